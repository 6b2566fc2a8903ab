"""Sentence embeddings (MiniLM, ONNX): loaded once, normalised, cached on the document, batched, clear when missing."""

from __future__ import annotations

import numpy as np
import pytest

from detente.analyse import embeddings
from detente.analyse.embeddings import (
    DIMENSIONS,
    EmbeddingsUnavailable,
    embed_sentences,
    load_encoder,
    sentence_embedding,
)
from detente.analyse.nlp import load_nlp


def test_rows_are_unit_vectors_and_meaning_is_near() -> None:
    rows = load_encoder().embed(
        [
            "Ghana and Togo signed a trade pact in Accra.",
            "Accra and Lome concluded a commercial agreement.",
            "Heavy rain flooded the valley overnight.",
        ]
    )
    assert rows.shape == (3, DIMENSIONS)
    assert np.allclose(np.linalg.norm(rows, axis=1), 1.0, atol=1e-4)
    similar, unrelated = float(rows[0] @ rows[1]), float(rows[0] @ rows[2])
    assert similar > 0.4 and similar > unrelated + 0.3


def test_encoder_is_loaded_once() -> None:
    assert load_encoder() is load_encoder()


def test_no_texts_no_rows() -> None:
    assert load_encoder().embed([]).shape == (0, DIMENSIONS)


def test_a_sentence_reads_the_same_alone_or_in_a_batch() -> None:
    texts = ["Peru recalled its ambassador from Caracas.", "A much longer sentence " + "about trade " * 20]
    batch = load_encoder().embed(texts)
    alone = load_encoder().embed(texts[:1])
    assert np.allclose(batch[0], alone[0], atol=1e-3)


def test_embeddings_are_cached_on_the_document(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = load_nlp()("Chile expelled two Bolivian diplomats. Bolivia protested. Markets were calm.")
    sentences = list(doc.sents)
    embed_sentences(doc, sentences[:2])
    calls: list[int] = []
    real = load_encoder().embed

    def counting(texts: list[str]) -> np.ndarray:
        calls.append(len(texts))
        return real(texts)

    monkeypatch.setattr(embeddings.SentenceEncoder, "embed", lambda self, texts: counting(texts))
    first = sentence_embedding(sentences[0])
    embed_sentences(doc, sentences)  # only the third is new: one batch of one
    assert calls == [1]
    assert np.array_equal(first, sentence_embedding(sentences[0]))
    assert not np.allclose(sentence_embedding(sentences[0]), sentence_embedding(sentences[2]))


def test_missing_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(embeddings, "MODEL_PACKAGE", "no_such_package_for_detente")
    load_encoder.cache_clear()
    try:
        with pytest.raises(EmbeddingsUnavailable, match="no_such_package_for_detente"):
            load_encoder()
    finally:
        monkeypatch.undo()
        load_encoder.cache_clear()
