"""Analysis: spaCy parse + registered stages that fill an article's sentences, actors, events, ..."""

from .pipeline import analyse, analyse_doc, analyse_one
from .registry import Parsed, stage

__all__ = ["Parsed", "analyse", "analyse_doc", "analyse_one", "stage"]
