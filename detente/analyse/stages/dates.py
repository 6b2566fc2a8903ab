"""Dates: every temporal expression of the article, normalised against the article's date.

Expressions are spaCy DATE/TIME entities plus patterns the small model misses or splits ('from 2026
to 2030', 'the following day', 'this fall'); overlapping finds are merged. Each is resolved by
:func:`detente.analyse.temporal.resolve` with the article date as anchor, the tense of the clause
('will meet on Friday' looks forward) and, for 'the following day' / 'two weeks later', the last
day-precise date named a few sentences before.
"""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc, Span

from ...model import DateMention
from ..registry import Parsed, stage
from ..temporal import Resolved, Tense, lexicon, resolve

# How many sentences back a day named earlier still anchors 'the following day'.
REFERENCE_SENTENCES = 3

_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
_WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_SEASONS = r"(?:spring|summer|fall|autumn|winter)"
_UNITS = r"(?:days?|weeks?|weekends?|months?|quarters?|years?|decades?)"
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)"
# Phrases the small spaCy model often leaves out or splits; case matters (May, March are words too).
_PATTERNS = re.compile(
    rf"""\b(?:
        (?:from|between)\s+(?:(?:early|mid|late)[\s-])?(?:{_MONTHS}\s+)?(?:1[0-9]|20|21)\d{{2}}\s+(?:to|and|until|through)\s+(?:(?:early|mid|late)[\s-])?(?:{_MONTHS}\s+)?(?:1[0-9]|20|21)\d{{2}}
      | (?:from|between)\s+{_MONTHS}\s+(?:to|and|until|through)\s+{_MONTHS}(?:\s+(?:this|last|next)\s+year|,?\s+(?:1[0-9]|20|21)\d{{2}})?
      | (?:the\s+)?(?:following|next|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night|week|weekend)
      | (?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:{_MONTHS}|{_WEEKDAYS}|{_SEASONS}|week|weekend|month|year)
      | (?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year)
      | {_NUMBER}\s+{_UNITS}\s+(?:ago|later|earlier)
      | (?:(?:early|mid|late)[\s-])?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[0-9]|20|21)\d{{2}})?
      | {_WEEKDAYS}(?:\s+(?:morning|afternoon|evening|night))?
      | (?:in|since|until|by|during|of)\s+(?:(?:early|mid|late)[\s-])?{_MONTHS}(?:\s+(?:1[0-9]|20|21)\d{{2}})?
      | (?:in|since|until|by|during|before|after)\s+(?:(?:early|mid|late)[\s-])?(?:1[89]|20|21)\d{{2}}
    )\b""",
    re.VERBOSE,
)
# Words whose presence makes a spaCy DATE a temporal expression ('the 80th anniversary' is not one).
_CUE = re.compile(
    rf"\b(?:{_MONTHS}|{_WEEKDAYS}|{_SEASONS}|{_UNITS}|hours?|minutes?|nights?|centur(?:y|ies)|today|tonight|tomorrow|yesterday|now|currently|recently|"
    r"morning|afternoon|evening|noon|midnight|daily|weekly|monthly|annually|annual|quarterly|yearly|q[1-4]|h[12]|"
    r"\d{4}s?|'\d0s|\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\.?|\d{1,2}/\d{1,2}/\d{2,4})\b",
    re.IGNORECASE,
)
_LEADING_PREPOSITION = re.compile(r"^(?:from|between|in|on|at|since|until|by|during|of|before|after)\s+", re.IGNORECASE)
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going"}
_FUTURE_GOVERNORS = {"plan", "expect", "set", "schedule", "due", "intend", "aim", "hope", "prepare", "want", "seek"}


def _candidate_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of temporal expressions: spaCy entities and patterns, overlaps merged."""
    found: list[tuple[int, int]] = [
        (ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in {"DATE", "TIME"}
    ]
    for match in _PATTERNS.finditer(doc.text):
        start, end = match.span()
        # 'in August' is found with its preposition; keep 'from'/'between' of ranges only
        head = _LEADING_PREPOSITION.match(match.group())
        if head and not match.group().lower().startswith(("from", "between")):
            start += head.end()
        found.append((start, end))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _is_not_temporal(doc: Doc, start: int, end: int) -> bool:
    """'year on year' and its kind are ratios, not times; spaCy tags their 'year' as DATE."""
    window = doc.text[max(0, start - 12) : end + 12].lower()
    return any(
        phrase in window and _overlaps(doc.text.lower(), phrase, start, end) for phrase in lexicon()["not_temporal"]
    )


def _overlaps(text: str, phrase: str, start: int, end: int) -> bool:
    for match in re.finditer(re.escape(phrase), text[max(0, start - 20) : end + 20]):
        offset = max(0, start - 20)
        if match.start() + offset < end and match.end() + offset > start:
            return True
    return False


def _tense(span: Span) -> Tense:
    """Whether the clause holding the expression speaks of the future or the past (None: unknown)."""
    token = span.root
    for _ in range(4):  # climb to the governing verb
        if token.pos_ in {"VERB", "AUX"} or token.head is token:
            break
        token = token.head
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    children = {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}
    if children & _FUTURE_AUX:
        return "future"
    if token.tag_ == "VB" and "to" in children:
        governor = token.head
        if governor.lemma_ in _FUTURE_GOVERNORS or {c.lower_ for c in governor.children} & _FUTURE_AUX:
            return "future"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and children & {"has", "have", "had", "was", "were"}):
        return "past"
    return None


def _anchor(parsed: Parsed) -> date | None:
    if not parsed.article.date:
        return None
    try:
        return date.fromisoformat(parsed.article.date[:10])
    except ValueError:
        return None


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    text = doc.text[start:end]
    stripped = text.rstrip(" ,.;:'’\"")
    lead = len(text) - len(text.lstrip(" ,;:'‘\""))
    return start + lead, start + len(stripped)


@stage("dates", order=30, fields=("dates",))
def find_dates(parsed: Parsed) -> dict[str, list[DateMention]]:
    doc = parsed.doc
    anchor = _anchor(parsed)
    sentence_starts = [sent.start_char for sent in doc.sents]
    mentions: list[DateMention] = []
    last_day: tuple[int, date] | None = None  # (sentence index, day) of the last day-precise date
    for raw_start, raw_end in _candidate_spans(doc):
        start, end = _trim(doc, raw_start, raw_end)
        text = doc.text[start:end]
        if not text or not _CUE.search(text) or _is_not_temporal(doc, start, end):
            continue
        resolved: Resolved | None = None
        sentence = _sentence_index(sentence_starts, start)
        if anchor is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            tense = _tense(span) if span is not None else None
            reference = last_day[1] if last_day and sentence - last_day[0] <= REFERENCE_SENTENCES else None
            resolved = resolve(text, anchor, tense=tense, reference=reference)
            if (
                resolved is not None
                and resolved.granularity in {"day", "part_of_day", "time"}
                and resolved.end_value is None
            ):
                last_day = (sentence, resolved.start or anchor)
        mentions.append(DateMention(text=text, value=resolved.value if resolved else None, start=start, end=end))
    return {"dates": mentions}


def _sentence_index(sentence_starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(sentence_starts, offset) - 1)
