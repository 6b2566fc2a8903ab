"""Quotations and reported statements with their speakers (see :mod:`.attribution` for the rules)."""

from .attribution import Attribution, attribute
from .marks import QuoteSpan, find_quote_spans

__all__ = ["Attribution", "QuoteSpan", "attribute", "find_quote_spans"]
