"""Stage "quotes": direct quotations and reported statements, speakers resolved to the article's actors.

Reads ``parsed.article.actors`` (actors stage, order 20). Rules in :mod:`detente.analyse.quotes`.
A quoted phrase with no attribution that does not read as speech (a section heading, a title, a
scare-quoted term) is not emitted: it is nobody's quotation.
"""

from __future__ import annotations

from bisect import bisect_right

from ...model import Quote
from ..quotes import attribute
from ..registry import Parsed, stage


@stage("quotes", order=60, fields=("quotes",))
def find_quotes(parsed: Parsed) -> dict[str, list[Quote]]:
    text = parsed.doc.text
    sentence_starts = [s.start for s in parsed.article.sentences]
    quotes = []
    for a in attribute(parsed.doc, parsed.article.actors):
        named = a.speaker_start is not None and a.speaker_end is not None
        quotes.append(
            Quote(
                text=text[a.start : a.end],
                speaker=a.speaker,
                kind=a.kind,
                start=a.start,
                end=a.end,
                cue=a.cue,
                cue_start=a.cue_start,
                cue_end=a.cue_end,
                speaker_text=text[a.speaker_start : a.speaker_end] if named else None,
                speaker_start=a.speaker_start,
                speaker_end=a.speaker_end,
                attribution=a.how,
                sentence=(bisect_right(sentence_starts, a.start) - 1) if sentence_starts else None,
            )
        )
    return {"quotes": quotes}
