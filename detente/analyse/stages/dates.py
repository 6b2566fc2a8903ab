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
        (?:from|between)\s+(?:(?:early|mid|late)[\s-])?(?:{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:1[0-9]|20|21)\d{{2}}\s+(?:to|and|until|through)\s+(?:(?:early|mid|late)[\s-])?(?:{_MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:1[0-9]|20|21)\d{{2}}
      | (?:from|between)\s+{_MONTHS}\s+(?:to|and|until|through)\s+{_MONTHS}(?:\s+(?:this|last|next)\s+year|,?\s+(?:1[0-9]|20|21)\d{{2}})?
      | (?:the\s+)?(?:following|next|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night|week|weekend)
      | that\s+(?:day|morning|afternoon|evening|night)(?!-)
      | (?:(?:earlier|later)\s+)?(?:this|last|next)\s+(?:{_MONTHS}|{_WEEKDAYS}|{_SEASONS}|week|weekend|month|year)
      | (?:earlier|later)\s+(?:this|that|in\s+the)\s+(?:week|month|year)
      | {_NUMBER}\s+{_UNITS}\s+(?:ago|later|earlier)
      | (?:day|week|month|year|decade)-long
      | (?:[01]\d|2[0-3])[0-5]\d\s+(?:GMT|UTC)
      | (?:(?:early|mid|late)[\s-])?{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[0-9]|20|21)\d{{2}})?
      | (?:(?:every|each)\s+)?{_WEEKDAYS}s?(?:\s+(?:morning|afternoon|evening|night)s?)?
      | (?:every|each)\s+(?:{_MONTHS}|{_SEASONS}|day|week|month|year|quarter|morning|evening|night)
      | (?:(?:more|most|until|only)\s+)?(?:now|currently|recently|nowadays|previously|formerly)
      | (?:in\s+)?the\s+(?:past|future)(?!\s+(?:tense|perfect))
      | (?:in|since|until|by|during|of)\s+(?:(?:early|mid|late)[\s-])?{_MONTHS}(?:\s+(?:1[0-9]|20|21)\d{{2}})?
      | (?:in|since|until|by|during|before|after)\s+(?:(?:early|mid|late)[\s-])?(?:1[89]|20|21)\d{{2}}
    )\b""",
    re.VERBOSE,
)
# Words whose presence makes a spaCy DATE a temporal expression ('the 80th anniversary' is not one).
_CUE = re.compile(
    rf"\b(?:{_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|past|future|previously|formerly|nowadays|{_WEEKDAYS}|{_SEASONS}|{_UNITS}|hours?|minutes?|nights?|centur(?:y|ies)|today|tonight|tomorrow|yesterday|now|currently|recently|"
    r"morning|afternoon|evening|noon|midnight|daily|weekly|monthly|annually|annual|quarterly|yearly|q[1-4]|h[12]|"
    r"\d{4}s?|'\d0s|\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\.?|\d{1,2}/\d{1,2}/\d{2,4})\b",
    re.IGNORECASE,
)
# Expressions said relative to a date of any precision ('four years later', 'that year').
_COARSE_RELATIVE = re.compile(r"\b(?:years?|months?|decades?|that|same)\b", re.IGNORECASE)
_DAY_UNIT = re.compile(r"\b(?:day|morning|afternoon|evening|night)\b", re.IGNORECASE)
_LEADING_PREPOSITION = re.compile(r"^(?:from|between|in|on|at|since|until|by|during|of|before|after)\s+", re.IGNORECASE)
# 'would' too: in reported speech it looks forward from the report ('he would hold a press conference Thursday').
_FUTURE_AUX = {"will", "shall", "'ll", "wo", "going", "would"}
# Adjectives that put the event their noun names in the future, whatever the verb's tense.
_FUTURE_MODIFIERS = {"planned", "upcoming", "scheduled", "forthcoming", "proposed", "expected", "prospective"}
_FUTURE_GOVERNORS = {"plan", "expect", "set", "schedule", "due", "intend", "aim", "hope", "prepare", "want", "seek"}


def _candidate_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character ranges of temporal expressions: spaCy entities and patterns, overlaps merged."""
    found: list[tuple[int, int]] = [
        _before_bracket(text, ent.start_char, ent.end_char) for ent in doc.ents if ent.label_ in {"DATE", "TIME"}
    ]
    for match in _PATTERNS.finditer(text):
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


def _before_bracket(text: str, start: int, end: int) -> tuple[int, int]:
    """An entity cut where a bracket opens: "10:00 am (0700 GMT) Monday" is read by the small model as one time
    "10:00 am (0700"; the bracket holds the same time in GMT, an aside (the patterns find it on its own)."""
    bracket = text.find("(", start, end)
    return (start, bracket) if bracket > start else (start, end)


# A time told with no day of its own, then its day ("9:30 a.m. (0630 GMT) on Monday", "10 am Monday"), or the day
# then its time ("Monday at 10 am"): the gap between the two mentions.
_TIME_THEN_DAY = re.compile(r"\)?[ ,]*(?:\([^()]{1,20}\)[ ,]*)?(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"[ ,]*(?:at\s+)?")


def _times_on_their_day(text: str, mentions: list[DateMention], anchor: date | None) -> list[DateMention]:
    """A time the text gives no day of its own was resolved on the article's day; when a day is written right
    beside it, the time is on that day ("at 9:30 a.m. (0630 GMT) on Monday" is Monday's 09:30)."""
    if anchor is None:
        return mentions
    today = anchor.isoformat()
    days = [m for m in mentions if m.granularity == "day" and m.value and len(m.value) == 10 and m.end_value is None]
    out = []
    for mention in mentions:
        day = (
            _day_beside(text, mention, days)
            if mention.granularity == "time" and (mention.value or "").startswith(today)
            else None
        )
        if day is not None and day.value != today:
            mention = mention.model_copy(update={"value": f"{day.value}{(mention.value or '')[10:]}"})
        out.append(mention)
    return out


def _day_beside(text: str, time: DateMention, days: list[DateMention]) -> DateMention | None:
    for day in days:
        after = day.start >= time.end and _TIME_THEN_DAY.fullmatch(text[time.end : day.start])
        before = day.end <= time.start and _DAY_THEN_TIME.fullmatch(text[day.end : time.start])
        if after or before:
            return day
    return None


_AGE = re.compile(r"^[-\s]?(?:years?|months?|weeks?|days?)?[-\s]old\b|-old$", re.IGNORECASE)


def _is_not_temporal(text: str, start: int, end: int) -> bool:
    """Ratios ('year on year') and ages ('a 52-year-old', '37 years old') are not times."""
    if _AGE.search(text[start:end]) or _AGE.match(text[end : end + 12]):
        return True
    window = text[max(0, start - 20) : end + 20].lower()
    return any(
        phrase in window and _overlaps(window, phrase, start - max(0, start - 20), end - max(0, start - 20))
        for phrase in lexicon()["not_temporal"]
    )


def _overlaps(window: str, phrase: str, start: int, end: int) -> bool:
    """Whether ``phrase`` occurs in ``window`` overlapping the range [start, end) of that window."""
    return any(m.start() < end and m.end() > start for m in re.finditer(re.escape(phrase), window))


def _tense(span: Span) -> Tense:
    """Whether the clause holding the expression speaks of the future or the past (None: unknown)."""
    token = span.root
    for _ in range(4):  # climb to the governing verb
        if token.pos_ in {"VERB", "AUX"} or token.head.i == token.i:
            break
        token = token.head
        if token.pos_ in {"NOUN", "PROPN"} and any(
            child.dep_ in {"amod", "compound"} and child.lower_ in _FUTURE_MODIFIERS for child in token.children
        ):
            return "future"  # 'a planned visit in April', 'the upcoming summit in May'
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    children = {child.lower_ for child in token.children if child.dep_ in {"aux", "auxpass"}}
    if children & _FUTURE_AUX:
        return "future"
    if token.lemma_ in _FUTURE_GOVERNORS and children & {"is", "are", "am", "'s", "'re"}:
        return "future"  # 'results are expected Monday', 'the vote is scheduled for Friday'
    if token.tag_ == "VB" and "to" in children:
        governor = token.head
        if governor.lemma_ in _FUTURE_GOVERNORS or {c.lower_ for c in governor.children} & _FUTURE_AUX:
            return "future"
    if token.tag_ == "VBD" or (token.tag_ == "VBN" and children & {"has", "have", "had", "was", "were"}):
        return "past"
    return None


# "a strike starting on Friday", "curfew from Monday", "effective Thursday": the day a thing announced begins.
_STARTING = re.compile(r"\b(?:from|starting|beginning|effective)(?:\s+(?:on|from))?\s+$", re.IGNORECASE)
_BARE_WEEKDAY = re.compile(rf"^{_WEEKDAYS}$")
_RANGE_ON = re.compile(rf"^\s+(?:to|until|till|through)\b|^\s+and\s+{_WEEKDAYS}", re.IGNORECASE)


def _starts_from(text: str, start: int, end: int) -> bool:
    """Whether a bare weekday names when something announced is to begin ("called a three-day strike from
    Thursday", "a curfew starting on Friday"): told from the report's day, it lies ahead, whatever the
    tense of the announcement. A range ("from Monday to Wednesday") is left to the clause's tense."""
    return (
        bool(_BARE_WEEKDAY.match(text[start:end]))
        and bool(_STARTING.search(text[max(0, start - 30) : start]))
        and not _RANGE_ON.match(text[end : end + 12])
    )


def _anchor(parsed: Parsed) -> date | None:
    if not parsed.article.date:
        return None
    try:
        return date.fromisoformat(parsed.article.date[:10])
    except ValueError:
        return None


# Not part of a temporal expression: possessors, and 'a' before a number ('a two-day visit').
_LEADING_NOISE = re.compile(
    r"^(?:(?:its|their|his|her|our|my|your|the company's)\s+|an?\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth)\b))",
    re.IGNORECASE,
)


def _trim(full_text: str, start: int, end: int) -> tuple[int, int]:
    text = full_text[start:end]
    stripped = re.sub(r"['’]s$", "", text.rstrip(" ,;:'’\"")).rstrip()  # "last month's"
    if stripped.endswith(".") and not re.search(r"\b(?:[ap]\.m|[A-Z][a-z]{2,3})\.$", stripped):
        stripped = stripped[:-1]  # a sentence's full stop, not the one of 'a.m.' or 'Sept.'

    lead = len(text) - len(text.lstrip(" ,;:'‘\""))
    noise = _LEADING_NOISE.match(text[lead:])
    if noise:
        lead += noise.end()
    return start + lead, start + max(len(stripped), lead)


@stage("dates", order=30, fields=("dates",))
def find_dates(parsed: Parsed) -> dict[str, list[DateMention]]:
    doc = parsed.doc
    anchor = _anchor(parsed)
    sentence_starts = [sent.start_char for sent in doc.sents]
    mentions: list[DateMention] = []
    # (sentence index, first day) of the last day-precise date, and of the last date of any precision:
    # 'the following day' counts from the first, 'four years later' and 'that year' from the second.
    last_day: tuple[int, date] | None = None
    last_date: tuple[int, date] | None = None
    # The doc was parsed from the article text; spaCy's doc.text rebuilds it token by token, which costs
    # more than this whole stage.
    full_text = parsed.article.text if _same_length(doc, parsed.article.text) else doc.text
    for start, end in _joined(full_text, anchor, _candidate_spans(doc, full_text)):
        text = full_text[start:end]
        if not text or not _CUE.search(text) or _is_not_temporal(full_text, start, end):
            continue
        resolved: Resolved | None = None
        sentence = _sentence_index(sentence_starts, start)
        if anchor is not None:
            span = doc.char_span(start, end, alignment_mode="expand")
            tense = "future" if _starts_from(full_text, start, end) else (_tense(span) if span is not None else None)
            # 'that day', 'the same night' count from a day named before, 'that year' from any date
            recent = last_date if _COARSE_RELATIVE.search(text) and not _DAY_UNIT.search(text) else last_day
            reference = recent[1] if recent and sentence - recent[0] <= REFERENCE_SENTENCES else None
            resolved = resolve(text, anchor, tense=tense, reference=reference)
            if resolved is None:
                # 'February or March', 'January 1 2004 and January 31 2006': each part on its own
                previous_part: Resolved | None = None
                for part_start, part_end in _alternatives(text, start):
                    part = resolve(full_text[part_start:part_end], anchor, tense=tense, reference=reference)
                    if (
                        part
                        and previous_part
                        and part.start
                        and previous_part.start
                        and part.start < previous_part.start
                    ):
                        # 'February or March': the second runs after the first
                        part = resolve(full_text[part_start:part_end], anchor, tense="future", reference=reference)
                    if part is not None:
                        mentions.append(_mention(full_text[part_start:part_end], part_start, part_end, part))
                        previous_part = part
                continue  # with a date to resolve against, what cannot be resolved is mostly noise ('the night')
            if resolved.kind == "set" and span is not None and len(span) == 1 and span[0].pos_ in {"NOUN", "PROPN"}:
                continue  # 'the Edge daily', 'a weekly': a newspaper, not a recurrence
            if resolved.kind in {"date", "time"} and resolved.start is not None and resolved.end_value is None:
                last_date = (sentence, resolved.start)
                if resolved.granularity in {"day", "part_of_day", "time"}:
                    last_day = (sentence, resolved.start)
        mentions.append(_mention(text, start, end, resolved))
    return {"dates": _times_on_their_day(full_text, mentions, anchor)}


def _same_length(doc: Doc, text: str) -> bool:
    if not len(doc):
        return not text
    last = doc[-1]
    return last.idx + len(last.text_with_ws) == len(text)


def _mention(text: str, start: int, end: int, resolved: Resolved | None) -> DateMention:
    if resolved is None:
        return DateMention(text=text, start=start, end=end)
    return DateMention(
        text=text,
        value=resolved.value,
        start=start,
        end=end,
        kind=resolved.kind,
        granularity=resolved.granularity,
        end_value=resolved.end_value,
    )


def _joined(text: str, anchor: date | None, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Trimmed spans, neighbours joined when together they make one expression ('noon Thursday',
    'Sunday, March 8', '5 p.m. EST Nov. 9')."""
    trimmed = [_trim(text, start, end) for start, end in spans]
    joined: list[tuple[int, int]] = []
    for start, end in trimmed:
        if joined and anchor is not None:
            previous_start, previous_end = joined[-1]
            gap = text[previous_end:start]
            together = (
                re.fullmatch(r"[ ,]{1,2}|\s+on\s+", gap) and resolve(text[previous_start:end], anchor) is not None
            )
            if together or re.fullmatch(r"\s+(?:or|and)\s+", gap):  # 'X or Y' is split again, in order, when resolved
                joined[-1] = (previous_start, end)
                continue
        joined.append((start, end))
    return joined


def _alternatives(text: str, start: int) -> list[tuple[int, int]]:
    """Character ranges of the parts of 'X or Y' / 'X and Y' when the whole does not resolve."""
    parts = []
    offset = 0
    # a comma too: spaCy reads "on Wednesday, months after ..." as one date
    for piece in re.split(r"(\s+(?:or|and)\s+|,\s+)", text):
        if piece and not re.fullmatch(r"\s+(?:or|and)\s+|,\s+", piece):
            parts.append((start + offset, start + offset + len(piece)))
        offset += len(piece)
    return parts if len(parts) > 1 else []


def _sentence_index(sentence_starts: list[int], offset: int) -> int:
    from bisect import bisect_right

    return max(0, bisect_right(sentence_starts, offset) - 1)
