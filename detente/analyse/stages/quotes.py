"""Stage "quotes": direct quotations and reported statements, speakers resolved to the article's actors.

Reads ``parsed.article.actors`` (actors stage, order 20). Rules in :mod:`detente.analyse.quotes`.
A quoted phrase with no attribution that does not read as speech (a section heading, a title, a
scare-quoted term) is not emitted: it is nobody's quotation.
"""

from __future__ import annotations

from ...model import Quote
from ..quotes import attribute
from ..registry import Parsed, stage


@stage("quotes", order=60, fields=("quotes",))
def find_quotes(parsed: Parsed) -> dict[str, list[Quote]]:
    text = parsed.doc.text
    quotes = [
        Quote(text=text[a.start : a.end], speaker=a.speaker, kind=a.kind, start=a.start, end=a.end, cue=a.cue)
        for a in attribute(parsed.doc, parsed.article.actors)
    ]
    return {"quotes": quotes}
