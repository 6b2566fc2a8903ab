"""Resolve one temporal expression against an anchor date: 'last November' + 2025-11-01 -> 2024-11.

A pure function with no spaCy in it, so the dates stage, the events stage and anyone else can call it::

    >>> from datetime import date
    >>> resolve("on Monday", date(2026, 1, 6)).value
    '2026-01-05'
    >>> resolve("last November", date(2025, 11, 1)).value
    '2024-11'

Values follow TIMEX3 (TimeML), the format news corpora are annotated in:

* dates: ``2026-01-05`` (day), ``2026-W02`` (ISO week), ``2026-W02-WE`` (weekend), ``2025-11`` (month),
  ``2025-FA`` (season: SP, SU, FA, WI; a winter belongs to the year it starts in), ``2025-Q3`` (quarter),
  ``2025-H1`` (half), ``2025`` (year), ``199`` (decade: the 1990s), ``19`` (century: the 1900s);
* times: ``2026-01-06T10:00``, or a part of the day ``2026-01-06TMO`` (MO, AF, EV, NI, MI);
* ranges: ``A/B`` of two values (``2026/2030``, ``2025-01/2025-08``);
* durations: ``P2W``, ``P21Y``, ``PT3H``, ``PXY`` (an unknown number of years);
* sets (recurrences): the period, ``P1W`` for 'each week';
* vague references: ``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``.

News is written about the past, so ambiguous expressions are read backwards unless ``tense="future"``:
a weekday is the article's week ('on Tuesday' in an article of Wednesday 2026-01-07 -> 2026-01-06; the
anchor's own weekday is the anchor day), a bare month is the most recent one not after the anchor's month,
a month and day without a year is the closest such day with the past preferred. Expressions said relative
to another date ('the following day', 'two weeks later') use ``reference`` when the caller knows the last
date the text named, else the anchor.

Rules cover what news writes; dateparser (imported lazily) is the fallback for other absolute forms.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Literal

from detente.packaged import read_data_text

from .numbers import parse_number

Tense = Literal["past", "future"] | None

# Granularities, from finest to coarsest; a Resolved names one of them.
GRANULARITIES = (
    "time",
    "part_of_day",
    "day",
    "week",
    "weekend",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
    "duration",
    "set",
    "reference",
)


@dataclass(frozen=True)
class Resolved:
    """A normalised temporal expression.

    ``value`` is the TIMEX3 value (see the module doc), ``kind`` its TIMEX3 type (date, time, duration,
    set), ``granularity`` how precise it is, ``start``/``end`` the first and last calendar day it covers
    (None for durations, sets and vague references), ``end_value`` the value of the end of a range and
    ``mod`` a TIMEX3 modifier (START, MID, END, APPROX, ...) for 'early August', 'the end of 2024'.
    """

    value: str
    granularity: str
    kind: Literal["date", "time", "duration", "set"] = "date"
    start: date | None = None
    end: date | None = None
    end_value: str | None = None
    mod: str | None = None


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """The temporal word lists (months, weekdays, seasons, units, ...), loaded once."""
    text = read_data_text("dates/lexicon.json")
    return json.loads(text)


# --------------------------------------------------------------------------------------------- helpers


def _month_end(year: int, month: int) -> date:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return following - timedelta(days=1)


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _day(value: date, mod: str | None = None) -> Resolved:
    return Resolved(value.isoformat(), "day", start=value, end=value, mod=mod)


def _month(year: int, month: int, mod: str | None = None) -> Resolved:
    return Resolved(
        f"{year:04d}-{month:02d}", "month", start=date(year, month, 1), end=_month_end(year, month), mod=mod
    )


def _year(year: int, mod: str | None = None) -> Resolved:
    return Resolved(f"{year:04d}", "year", start=date(year, 1, 1), end=date(year, 12, 31), mod=mod)


def _week(day: date, mod: str | None = None) -> Resolved:
    iso = day.isocalendar()
    monday = day - timedelta(days=day.weekday())
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}", "week", start=monday, end=monday + timedelta(days=6), mod=mod)


def _weekend(day: date) -> Resolved:
    iso = day.isocalendar()
    saturday = day - timedelta(days=day.weekday()) + timedelta(days=5)
    return Resolved(f"{iso.year:04d}-W{iso.week:02d}-WE", "weekend", start=saturday, end=saturday + timedelta(days=1))


def _season(year: int, code: str, mod: str | None = None) -> Resolved:
    first = lexicon()["season_start_month"][code]
    last_year, last_month = _add_months(year, first, 2)
    return Resolved(
        f"{year:04d}-{code}", "season", start=date(year, first, 1), end=_month_end(last_year, last_month), mod=mod
    )


def _quarter(year: int, quarter: int, mod: str | None = None) -> Resolved:
    first = 3 * (quarter - 1) + 1
    return Resolved(
        f"{year:04d}-Q{quarter}", "quarter", start=date(year, first, 1), end=_month_end(year, first + 2), mod=mod
    )


def _half(year: int, half: int, mod: str | None = None) -> Resolved:
    first = 1 if half == 1 else 7
    return Resolved(f"{year:04d}-H{half}", "half", start=date(year, first, 1), end=_month_end(year, first + 5), mod=mod)


def _decade(year: int, mod: str | None = None) -> Resolved:
    first = year - year % 10
    return Resolved(f"{first // 10:03d}", "decade", start=date(first, 1, 1), end=date(first + 9, 12, 31), mod=mod)


def _century(first_year: int, mod: str | None = None) -> Resolved:
    return Resolved(
        f"{first_year // 100:02d}", "century", start=date(first_year, 1, 1), end=date(first_year + 99, 12, 31), mod=mod
    )


def _with_time(day: date, suffix: str, granularity: str) -> Resolved:
    return Resolved(f"{day.isoformat()}T{suffix}", granularity, kind="time", start=day, end=day)


def _span(first: Resolved, last: Resolved) -> Resolved:
    """A range 'A/B' covering two resolved dates."""
    return Resolved(
        f"{first.value}/{last.value}",
        first.granularity,
        kind=first.kind,
        start=first.start,
        end=last.end,
        end_value=last.value,
    )


def _shift(unit: str, count: int, base: date) -> Resolved | None:
    """The date ``count`` units away from ``base``, at the unit's granularity ('two weeks ago')."""
    if unit == "D":
        return _day(base + timedelta(days=count))
    if unit in {"W", "2W"}:
        return _week(base + timedelta(weeks=count * (2 if unit == "2W" else 1)))
    if unit == "WE":
        return _weekend(base + timedelta(weeks=count))
    if unit == "M":
        return _month(*_add_months(base.year, base.month, count))
    if unit == "Q":
        year, month = _add_months(base.year, base.month, 3 * count)
        return _quarter(year, (month - 1) // 3 + 1)
    if unit == "Y":
        return _year(base.year + count)
    if unit == "DE":
        return _decade(base.year + 10 * count)
    if unit == "CE":
        return _century(base.year - base.year % 100 + 100 * count)
    return None


def _duration(count: float | None, unit: str) -> Resolved:
    """TIMEX3 duration: P3D, P2W, P21Y, PT5H, P20Y for 'two decades', P2Y6M, PXY (unknown count)."""
    if unit in {"DE", "CE"} and count is not None:  # TimeML writes decades and centuries in years
        count, unit = count * (10 if unit == "DE" else 100), "Y"
    if unit == "Y" and count is not None and not float(count).is_integer():
        years, months = int(count), round((count - int(count)) * 12)
        return Resolved(f"P{years}Y{months}M" if years else f"P{months}M", "duration", kind="duration")
    if count is None:
        amount = "X"
    elif float(count).is_integer():
        amount = str(int(count))
    else:
        amount = f"{count:g}"
    if unit == "2W":
        amount, unit = ("X" if count is None else str(int(2 * count))), "W"
    if unit in {"H", "MIN", "S"}:
        code = {"H": "H", "MIN": "M", "S": "S"}[unit]
        return Resolved(f"PT{amount}{code}", "duration", kind="duration")
    return Resolved(f"P{amount}{unit}", "duration", kind="duration")


# ----------------------------------------------------------------------------------------- normalising

# Modifiers that narrow a period without changing its value (TIMEX3 'mod').
_MODIFIERS = [
    (re.compile(r"^(?:the\s+)?(?:very\s+)?(?:early|beginning of|start of|first days of|dawn of)\s+"), "START"),
    (re.compile(r"^(?:the\s+)?(?:mid-?|middle of\s+|mid\s+)"), "MID"),
    (re.compile(r"^(?:the\s+)?(?:late|end of|close of|last days of)\s+"), "END"),
    (re.compile(r"^(?:about|around|approximately|roughly|nearly|almost|some|a mere|merely)\s+"), "APPROX"),
    (re.compile(r"^(?:more than|over|at least|no less than|fully)\s+"), "MORE_THAN"),
    (re.compile(r"^(?:less than|under|up to|at most|no more than|barely|only|just)\s+"), "LESS_THAN"),
    (re.compile(r"^(?:earlier|later|sometime|some time)\s+(?:in\s+|on\s+)?"), None),  # 'earlier Sunday'
]
# Words that introduce a temporal expression but are not part of its value.
_LEADING = re.compile(
    r"^(?:(?:on|in|at|during|since|by|until|till|before|after|of|for|throughout|through|over|within|as of|as early as|as late as|starting|beginning|from|between|until|around|about|circa)\s+)+"
)
_TRAILING = re.compile(r"[\s,;:.!?'\"’”)]+$")


def _normalise(expression: str) -> str:
    text = expression.strip().lower()
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-").replace("\u00a0", " ")
    text = re.sub(r"\b(a|p)\.\s?m\.?", r"\1m", text)  # 'p.m.' -> 'pm'
    text = re.sub(r"\b([a-z]{3,5})\.(?=\s|,|$)", r"\1", text)  # 'oct.' -> 'oct'
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)  # '16th' -> '16'
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"'s$", "", _TRAILING.sub("", text))  # "last month's"
    return _TRAILING.sub("", text).strip("(").strip()


# ------------------------------------------------------------------------------------------------ rules


@dataclass(frozen=True)
class _Context:
    anchor: date
    tense: Tense
    reference: date


def _month_number(word: str) -> int | None:
    return lexicon()["months"].get(word)


def _pick_month(month: int, anchor: date, tense: Tense) -> int:
    """Year of a bare month: past tense, the most recent not after the anchor's month; future, the
    next not before it; unknown tense, the closest, a month ahead counting double its distance."""
    past_year = anchor.year if month <= anchor.month else anchor.year - 1
    future_year = anchor.year if month >= anchor.month else anchor.year + 1
    if tense == "past":
        return past_year
    if tense == "future":
        return future_year
    back = (anchor.year - past_year) * 12 + anchor.month - month
    ahead = (future_year - anchor.year) * 12 + month - anchor.month
    return past_year if back <= 2 * ahead else future_year


def _pick_month_day(month: int, day: int, anchor: date, tense: Tense) -> date | None:
    """Year of a month-day: explicit tense decides; else the closest, a past day preferred."""
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    if tense == "past":
        past = [c for c in candidates if c <= anchor]
        return max(past) if past else min(candidates)
    if tense == "future":
        future = [c for c in candidates if c >= anchor]
        return min(future) if future else max(candidates)
    # Unknown tense: news mostly reports what happened, so a future day counts double its distance.
    return min(candidates, key=lambda c: (anchor - c).days if c <= anchor else 2 * (c - anchor).days)


_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})"
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
_WEEKDAY = r"(?P<weekday>mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
_RELATION = r"(?P<rel>this|last|next|past|previous|coming|following|current|present|same|that)"
_UNIT_WORD = r"(?P<unit>seconds?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|weekends?|fortnights?|months?|quarters?|years?|yrs?|decades?|centur(?:y|ies))"
_COUNT = r"(?P<count>(?:\d[\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|a half|and|few|a few|several|couple|a couple of|many|some|dozens? of|-|\s)+?)"
_ORDINALS = {
    **dict.fromkeys(("first", "1st", "1"), 1),
    **dict.fromkeys(("second", "2nd", "2"), 2),
    **dict.fromkeys(("third", "3rd", "3"), 3),
    **dict.fromkeys(("fourth", "4th", "4", "final", "last"), 4),
}

_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?:t(?P<time>\d{1,2}:\d{2}))?")
_SLASH_DATE = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2}|\d{4})$")
_YEAR_ONLY = re.compile(
    rf"^(?:the\s+)?(?:(?:fiscal|financial|calendar|school|academic|model)\s+(?:year\s+)?|fy\s?)?{_YEAR}$"
)
_YEAR_SHORT = re.compile(r"^(?:fy|fiscal\s+)'?(?P<yy>\d{2})$")
_DECADE = re.compile(r"^(?:the\s+)?(?:(?P<full>1[0-9]{2}|20[0-9])0|'?(?P<short>[0-9])0)'?s$")
_CENTURY = re.compile(
    r"^(?:the\s+)?(?P<n>\d{1,2}|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)(?:st|nd|rd|th)?[ -]century$"
)
_CENTURY_WORDS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
_MONTH_DAY = re.compile(
    rf"^(?:{_WEEKDAY},?\s+)?(?:{_MONTH}\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?:of\s+)?{_MONTH.replace('month', 'month2')})(?:,?\s+{_YEAR})?$"
)
_MONTH_YEAR = re.compile(
    rf"^{_MONTH}(?:,?\s+(?:of\s+)?{_YEAR}|\s+(?P<which>this|last|next) year|\s+of (?P<which2>this|last|next) year)$"
)
_MONTH_REL = re.compile(rf"^(?:{_RELATION}\s+)?{_MONTH}$")
_SEASON = re.compile(
    r"^(?:(?P<rel>this|last|next|past|coming|previous|current)\s+)?(?:the\s+)?(?P<season>spring|summer|fall|autumn|winter)"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4})|\s+(?:of\s+)?(?P<which>this|last|next)\s+year)?$"
)
_YEAR_SEASON = re.compile(r"^(?P<year>\d{4})\s+(?P<season>spring|summer|fall|autumn|winter)$")
_QUARTER = re.compile(
    rf"^(?:(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th|[1-4])[ -](?:fiscal\s+|calendar\s+)?quarter|q(?P<q>[1-4]))(?:\s+(?:of\s+)?(?:fiscal\s+)?{_YEAR}|\s+(?:of\s+)?(?P<which>this|last|next) year)?$"
)
_HALF = re.compile(
    rf"^(?:the\s+)?(?P<ord>first|second|1st|2nd|latter|last)[ -]half(?:\s+(?:of\s+)?{_YEAR}|\s+(?:of\s+)?(?P<which>this|last|next) year)?$"
)
_LATEST_QUARTER = re.compile(r"^the\s+(?:latest\s+|most recent\s+|just-ended\s+|recent\s+)?(?:fiscal\s+)?quarter$")
_HALF_CODE = re.compile(rf"^h(?P<h>[12])\s+{_YEAR}$")
_WEEKDAY_RE = re.compile(
    rf"^(?:(?P<rel>this|last|next|this past|this coming|past|coming)\s+)?{_WEEKDAY}(?:\s+(?P<part>morning|afternoon|evening|night|overnight))?$"
)
_PART_WEEKDAY = re.compile(rf"^(?P<part>morning|afternoon|evening|night)\s+(?:of\s+)?{_WEEKDAY}$")
_RELATIVE_UNIT = re.compile(
    rf"^(?:(?P<lead>earlier|later|late|early|sometime|some time)\s+)?(?:in\s+)?(?:{_RELATION}|(?P<the>the))\s+(?P<unit>week|weekend|month|quarter|year|decade|century|fiscal year|season)$"
)
_THE_UNIT = re.compile(
    r"^(?:the|a|one|that|this)\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after|earlier|later)$"
)
_CONTEXT_DAY = re.compile(
    r"^the\s+(?P<rel>following|next|subsequent|previous|preceding|prior|same)\s+(?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)$"
)
_DAY_CONTEXT = re.compile(
    r"^(?:the|that)\s+(?P<unit>day|morning|night|evening)\s+(?P<dir>before|after)$|^that (?P<same>day|morning|night|evening|week|month|year)$"
)
_AGO = re.compile(
    rf"^{_COUNT}\s*(?:-\s*)?{_UNIT_WORD}\s+(?P<dir>ago|earlier|before|later|after|afterwards|on|hence|from now|from today|previously|prior|back)$"
)
_DURATION = re.compile(
    rf"^(?:the\s+)?(?:(?P<rel>past|last|next|coming|previous|first|final|recent|following|preceding|remaining|other)\s+)?(?:{_COUNT}\s*(?:-\s*)?)?(?:(?:more|full|consecutive|straight|successive|long|short|calendar|business|working|additional|further|extra)\s+)*{_UNIT_WORD}(?:[ -](?:long|old|plus|running|in a row))?$"
)
_RECENT = re.compile(
    r"^(?:in\s+)?(?:the\s+)?(?:recent|coming|past|last|next|few|several|many)\s+(?:few\s+|several\s+)?(?P<unit>seconds|minutes|hours|days|nights|weeks|weekends|months|quarters|years|decades|centuries)$"
)
_SET = re.compile(
    rf"^(?:(?P<freq>once|twice|three times|four times|\d+ times)\s+(?:a|an|per|every|each)|every|each|per)\s+(?:(?P<count>\w+)\s+)?(?:(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)|{_UNIT_WORD})$"
)
_TIME = re.compile(
    r"^(?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ampm>am|pm|a m|p m)?(?:\s+(?:local time|gmt|utc|et|est|edt|bst|cet|kst|jst|cst|[a-z]{2,4} time))?(?:,?\s+(?:on\s+)?(?P<rest>.+))?$"
)
_MILITARY = re.compile(r"^(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:gmt|utc|hrs|hours|local time|local|z)$")
_NOONS = {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}


def _rule_reference(text: str, ctx: _Context) -> Resolved | None:
    code = lexicon()["references"].get(text)
    return Resolved(code, "reference") if code else None


def _rule_relative_day(text: str, ctx: _Context) -> Resolved | None:
    """today, yesterday, tomorrow, tonight, this morning, last night, yesterday afternoon."""
    offsets = lexicon()["relative_days"]
    parts = lexicon()["parts_of_day"]
    if text in offsets:
        day = ctx.anchor + timedelta(days=offsets[text])
        last_word = text.split()[-1]
        if text == "tonight":
            return _with_time(day, "NI", "part_of_day")
        if last_word in parts:
            return _with_time(day, parts[last_word], "part_of_day")
        return _day(day)
    match = re.fullmatch(
        r"(?P<base>today|yesterday|tomorrow)\s+(?P<part>morning|afternoon|evening|night)"
        r"|(?P<part2>morning|afternoon|evening|night)\s+(?P<base2>today|yesterday|tomorrow)"
        r"|(?:the|this)\s+(?P<part3>morning|afternoon|evening)",
        text,
    )
    if match:
        base = match["base"] or match["base2"] or "today"
        part = match["part"] or match["part2"] or match["part3"]
        return _with_time(ctx.anchor + timedelta(days=offsets[base]), parts[part], "part_of_day")
    return None


def _rule_context_day(text: str, ctx: _Context) -> Resolved | None:
    match = _CONTEXT_DAY.match(text)
    if match:
        offset = lexicon()["context_offsets"][match["rel"]]
        unit = match["unit"]
        if unit == "week":
            return _week(ctx.reference + timedelta(weeks=offset))
        if unit == "weekend":
            return _weekend(ctx.reference + timedelta(weeks=offset))
        if unit == "month":
            return _month(*_add_months(ctx.reference.year, ctx.reference.month, offset))
        if unit == "year":
            return _year(ctx.reference.year + offset)
        day = ctx.reference + timedelta(days=offset)
        return _day(day) if unit == "day" else _with_time(day, lexicon()["parts_of_day"][unit], "part_of_day")
    match = _DAY_CONTEXT.match(text)
    if match:
        if match["same"]:
            return _shift(lexicon()["units"].get(match["same"], "D"), 0, ctx.reference)
        return _day(ctx.reference + timedelta(days=1 if match["dir"] == "after" else -1))
    match = _THE_UNIT.match(text)
    if match:
        step = 1 if match["dir"] in {"after", "later"} else -1
        return _shift(lexicon()["units"][match["unit"]], step, ctx.reference)
    return None


def _rule_iso(text: str, ctx: _Context) -> Resolved | None:
    match = _ISO_DATE.match(text)
    if match:
        try:
            day = date(int(match["year"]), int(match["month"]), int(match["day"]))
        except ValueError:
            return None
        return _with_time(day, match["time"], "time") if match["time"] else _day(day)
    match = _SLASH_DATE.match(text)
    if match:  # US order first (m/d/y), the day-first reading when the US one is impossible
        year = int(match["year"])
        year += 2000 if year < 100 else 0
        for month, day in ((int(match["a"]), int(match["b"])), (int(match["b"]), int(match["a"]))):
            try:
                return _day(date(year, month, day))
            except ValueError:
                continue
    return None


def _rule_year(text: str, ctx: _Context) -> Resolved | None:
    if re.fullmatch(r"(?:the\s+)?(?:year-ago|year-earlier|year ago|year earlier|prior-year|previous-year)", text):
        return _year(ctx.anchor.year - 1)  # 'the year-ago quarter' is said of the year before
    if re.fullmatch(r"(?:the\s+)?(?:year-end|year end|end-year)", text):
        return _year(ctx.anchor.year, mod="END")
    if re.fullmatch(r"(?:the\s+)?(?:current\s+|present\s+)?(?:fiscal|financial)\s+year", text):
        return _year(ctx.anchor.year)
    match = _YEAR_ONLY.match(text)
    if match:
        return _year(int(match["year"]))
    match = _YEAR_SHORT.match(text)
    if match:
        return _year(
            2000 + int(match["yy"]) if int(match["yy"]) <= (ctx.anchor.year % 100) + 10 else 1900 + int(match["yy"])
        )
    match = _DECADE.match(text)
    if match:
        if match["full"]:
            return _decade(int(match["full"]) * 10)
        short = int(match["short"]) * 10
        century = ctx.anchor.year - ctx.anchor.year % 100
        return _decade(century + short if century + short <= ctx.anchor.year else century - 100 + short)
    match = _CENTURY.match(text)
    if match:
        number = int(match["n"]) if match["n"].isdigit() else _CENTURY_WORDS[match["n"]]
        return _century((number - 1) * 100)
    return None


def _rule_month_day(text: str, ctx: _Context) -> Resolved | None:
    match = _MONTH_DAY.match(text)
    if not match:
        return None
    month = _month_number(match["month"] or match["month2"])
    day = int(match["day"] or match["day2"])
    if month is None or not 1 <= day <= 31:
        return None
    if match["year"]:
        try:
            return _day(date(int(match["year"]), month, day))
        except ValueError:
            return None
    if match["weekday"]:  # 'Saturday, April 25': the year in which that day is that weekday
        weekday = lexicon()["weekdays"].get(match["weekday"])
        for year in (ctx.anchor.year, ctx.anchor.year + 1, ctx.anchor.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate.weekday() == weekday:
                return _day(candidate)
    picked = _pick_month_day(month, day, ctx.anchor, ctx.tense)
    return _day(picked) if picked else None


def _rule_month(text: str, ctx: _Context) -> Resolved | None:
    match = _MONTH_YEAR.match(text)
    if match:
        month = _month_number(match["month"])
        if month is None:
            return None
        if match["year"]:
            return _month(int(match["year"]), month)
        which = match["which"] or match["which2"]
        return _month(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[which], month)
    match = _MONTH_REL.match(text)
    if not match:
        return None
    month = _month_number(match["month"])
    if month is None:
        return None
    relation = match["rel"]
    if relation in {"last", "past", "previous"}:  # strictly before the anchor's month
        return _month(ctx.anchor.year if month < ctx.anchor.month else ctx.anchor.year - 1, month)
    if relation in {"next", "coming", "following"}:  # strictly after the anchor's month
        return _month(ctx.anchor.year if month > ctx.anchor.month else ctx.anchor.year + 1, month)
    if relation in {"this", "current", "present", "same"}:
        return _month(ctx.anchor.year, month)
    return _month(_pick_month(month, ctx.anchor, ctx.tense), month)


def _season_code(word: str) -> str:
    return lexicon()["seasons"][word]


def _current_season_year(code: str, anchor: date) -> int:
    """The year a season of this name that is under way or most recently begun started in."""
    first = lexicon()["season_start_month"][code]
    return anchor.year if anchor.month >= first else anchor.year - 1


def _rule_season(text: str, ctx: _Context) -> Resolved | None:
    match = _YEAR_SEASON.match(text)
    if match:
        return _season(int(match["year"]), _season_code(match["season"]))
    match = _SEASON.match(text)
    if not match:
        return None
    code = _season_code(match["season"])
    if match["year"]:
        return _season(int(match["year"]), code)
    if match["which"]:  # 'spring next year', 'summer this year'
        return _season(ctx.anchor.year + {"this": 0, "last": -1, "next": 1}[match["which"]], code)
    relation = match["rel"]
    first = lexicon()["season_start_month"][code]
    started = _current_season_year(code, ctx.anchor)
    under_way = date(started, first, 1) <= ctx.anchor <= _season(started, code).end  # type: ignore[operator]
    if relation in {"this", "current"}:
        # 'this winter' in January is the winter that began in December; otherwise the anchor's year.
        return _season(started if under_way else ctx.anchor.year, code)
    if relation in {"last", "past", "previous"}:
        return _season(started - 1 if under_way else started, code)
    if relation in {"next", "coming"}:
        return _season(started + 1, code)
    if ctx.tense == "future" and not under_way:
        return _season(started + 1, code)
    return _season(started, code)


def _which_year(which: str | None, anchor: date) -> int | None:
    return None if which is None else anchor.year + {"this": 0, "last": -1, "next": 1}[which]


def _rule_quarter_half(text: str, ctx: _Context) -> Resolved | None:
    match = _QUARTER.match(text)
    if match:
        number = int(match["q"]) if match["q"] else _ORDINALS[match["ord"]]
        year = int(match["year"]) if match["year"] else _which_year(match["which"], ctx.anchor)
        if year is None:  # the most recent such quarter not after the anchor's: results report past quarters
            current = (ctx.anchor.month - 1) // 3 + 1
            year = ctx.anchor.year if number <= current else ctx.anchor.year - 1
        return _quarter(year, number)
    if _LATEST_QUARTER.match(text):  # 'the quarter', 'the latest quarter': the last one that has ended
        year, month = _add_months(ctx.anchor.year, ctx.anchor.month, -3)
        return _quarter(year, (month - 1) // 3 + 1)
    match = _HALF_CODE.match(text)
    if match:
        return _half(int(match["year"]), int(match["h"]))
    match = _HALF.match(text)
    if match:
        number = 1 if match["ord"] in {"first", "1st"} else 2
        year = int(match["year"]) if match["year"] else _which_year(match["which"], ctx.anchor)
        if year is None:
            current = 1 if ctx.anchor.month <= 6 else 2
            year = ctx.anchor.year if number <= current or ctx.tense == "future" else ctx.anchor.year - 1
        return _half(year, number)
    return None


def _weekday_date(weekday: int, anchor: date, relation: str | None, tense: Tense) -> date:
    """A weekday in the article's week: past by default, the anchor itself on its own weekday."""
    back = (anchor.weekday() - weekday) % 7
    forward = (weekday - anchor.weekday()) % 7
    if relation in {"last", "past", "this past"}:
        return anchor - timedelta(days=back or 7)
    if relation in {"next", "coming", "this coming"}:
        return anchor + timedelta(days=forward or 7)
    if tense == "future":
        return anchor + timedelta(days=forward)
    return anchor - timedelta(days=back)


def _rule_weekday(text: str, ctx: _Context) -> Resolved | None:
    match = _WEEKDAY_RE.match(text) or _PART_WEEKDAY.match(text)
    if not match:
        return None
    weekday = lexicon()["weekdays"].get(match["weekday"])
    if weekday is None:
        return None
    relation = match.groupdict().get("rel")
    day = _weekday_date(weekday, ctx.anchor, relation, ctx.tense)
    if match["part"]:
        return _with_time(day, lexicon()["parts_of_day"][match["part"]], "part_of_day")
    return _day(day)


def _rule_relative_unit(text: str, ctx: _Context) -> Resolved | None:
    match = _RELATIVE_UNIT.match(text)
    if not match:
        return None
    relation, unit = match["rel"], match["unit"]
    if unit == "season" or (match["the"] and unit in {"decade", "century", "fiscal year"}):
        return None
    if match["the"] and unit == "weekend":  # 'the weekend': the one just past (future tense: the next)
        step = 1 if ctx.tense == "future" and ctx.anchor.weekday() < 5 else 0 if ctx.anchor.weekday() >= 5 else -1
        return _weekend(ctx.anchor + timedelta(weeks=step))
    step = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(relation, 0)
    base = ctx.reference if relation in {"following", "same", "that"} else ctx.anchor
    lead = match["lead"]
    mod = {"earlier": "START", "early": "START", "later": "END", "late": "END"}.get(lead or "")
    if unit == "fiscal year":
        unit = "year"
    if relation == "past":
        return None  # 'past week' is a stretch of time ending now: left to the duration rule
    resolved = _shift(lexicon()["units"][unit], step, base)
    if resolved is None:
        return None
    return replace(resolved, mod=mod or resolved.mod)


def _count(text: str | None) -> float | None:
    if text is None:
        return None
    cleaned = text.strip().replace(" of", "")
    if not cleaned:
        return None
    if re.fullmatch(r"(?:a\s+)?(?:few|several|many|some|dozens)", cleaned):
        return None
    return parse_number(cleaned)


def _rule_ago(text: str, ctx: _Context) -> Resolved | None:
    match = _AGO.match(text)
    if not match:
        return None
    count = _count(match["count"])
    unit = lexicon()["units"][match["unit"]]
    if count is None:
        # 'a few years ago': the direction is known, the distance is not
        return Resolved(
            "PAST_REF" if match["dir"] in {"ago", "earlier", "before", "previously", "prior", "back"} else "FUTURE_REF",
            "reference",
        )
    if not float(count).is_integer():
        return None
    forward = match["dir"] in {"later", "after", "afterwards", "on", "hence", "from now", "from today"}
    base = ctx.anchor if match["dir"] in {"ago", "hence", "from now", "from today", "back"} else ctx.reference
    return _shift(unit, int(count) if forward else -int(count), base)


def _rule_duration(text: str, ctx: _Context) -> Resolved | None:
    text = re.sub(r"\s+of\s+(?:\d{4}|(?:this|last|next|the)\s+year)$", "", text)  # 'the first nine months of 1997'
    match = _RECENT.match(text)
    if match:
        return _duration(None, lexicon()["units"][match["unit"]])
    match = _DURATION.match(text)
    if not match:
        return None
    unit_word = match["unit"]
    count_text = match["count"]
    if count_text is None:
        # 'the past week', 'the next year', 'years', 'week-long'
        if match["rel"] is None and not unit_word.endswith("s") and not text.endswith("long"):
            return None  # a bare 'week' or 'year' is no expression
        count = 1.0 if not unit_word.endswith("s") else None
    else:
        count = _count(count_text)
        if count is None and not re.search(r"few|several|couple|many|some|dozens", count_text):
            return None
    return _duration(count, lexicon()["units"][unit_word])


def _rule_set(text: str, ctx: _Context) -> Resolved | None:
    adverb = lexicon()["set_adverbs"].get(text)
    if adverb:
        return Resolved(adverb, "set", kind="set")
    match = _SET.match(text)
    if not match:
        return None
    if match["weekday"]:
        return Resolved("XXXX-WXX-" + str(lexicon()["weekdays"][match["weekday"]] + 1), "set", kind="set")
    count = _count(match["count"]) if match["count"] else 1.0
    if count is None:
        return None
    duration = _duration(count, lexicon()["units"][match["unit"]])
    return Resolved(duration.value, "set", kind="set")


def _rule_time(text: str, ctx: _Context) -> Resolved | None:
    match = _MILITARY.match(text)
    if match:  # wire style: '1100 GMT'
        return _time_on(f"{match['h']}:{match['m']}", "", ctx)
    for word, clock in _NOONS.items():
        if text.startswith(word):
            rest = text[len(word) :].strip(" ,")
            return _time_on(clock, rest, ctx)
    match = _TIME.match(text)
    if not match or (match["m"] is None and match["ampm"] is None):
        return None
    hour = int(match["h"])
    minute = int(match["m"] or 0)
    ampm = (match["ampm"] or "").replace(" ", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return _time_on(f"{hour:02d}:{minute:02d}", (match["rest"] or "").strip(), ctx)


def _time_on(clock: str, rest: str, ctx: _Context) -> Resolved | None:
    day = ctx.anchor
    if rest:
        resolved = _resolve_text(_strip_leading(rest), ctx)
        if resolved is None or resolved.granularity != "day" or resolved.start is None:
            return None
        day = resolved.start
    return _with_time(day, clock, "time")


# Years may prefix or follow ranges: 'from January to August this year', '2026-2030', 'between 2019 and 2021'.
_RANGE = re.compile(r"^(?:from|between)?\s*(?P<a>.+?)\s*(?:\s(?:to|through|thru|until|till|and)\s|-)\s*(?P<b>.+)$")
_DAY_RANGE = re.compile(rf"^{_MONTH}\s+(?P<d1>\d{{1,2}})\s*-\s*(?P<d2>\d{{1,2}})(?:,?\s+{_YEAR})?$")
_YEAR_RANGE = re.compile(r"^(?:from\s+|between\s+)?(?P<a>\d{4})\s*(?:-|to|through|and|until)\s*(?P<b>\d{2}|\d{4})$")


def _rule_range(text: str, ctx: _Context) -> Resolved | None:
    match = _YEAR_RANGE.match(text)
    if match:
        first = int(match["a"])
        last = int(match["b"]) if len(match["b"]) == 4 else first - first % 100 + int(match["b"])
        if last <= first:
            return None
        return _span(_year(first), _year(last))
    match = _DAY_RANGE.match(text)
    if match:
        month = _month_number(match["month"])
        if month is None:
            return None
        year = int(match["year"]) if match["year"] else None
        first_day = _pick_month_day(month, int(match["d1"]), ctx.anchor, ctx.tense) if year is None else None
        year = year or (first_day.year if first_day else ctx.anchor.year)
        try:
            return _span(_day(date(year, month, int(match["d1"]))), _day(date(year, month, int(match["d2"]))))
        except ValueError:
            return None
    if not re.search(r"\s(?:to|through|thru|until|till|and)\s|-", text):
        return None
    match = _RANGE.match(text)
    if not match:
        return None
    if not (text.startswith(("from ", "between ")) or re.search(r"\s(?:to|through|thru|until|till)\s", text)):
        return None
    last = _resolve_text(_strip_leading(match["b"]), ctx)
    if last is None or last.kind not in {"date", "time"} or last.start is None:
        return None
    left = _strip_leading(match["a"])
    first = _resolve_text(left, ctx)
    month = _month_number(left)
    if month is not None and last.granularity == "month" and last.start is not None:
        # 'January to August this year': the first month takes the year of the second
        year = last.start.year if month <= last.start.month else last.start.year - 1
        first = _month(year, month)
    if first is None or first.start is None or first.kind not in {"date", "time"} or first.start > last.start:
        return None
    return _span(first, last)


_RULES = (
    _rule_reference,
    _rule_relative_day,
    _rule_context_day,
    _rule_iso,
    _rule_year,
    _rule_range,
    _rule_month_day,
    _rule_month,
    _rule_season,
    _rule_quarter_half,
    _rule_weekday,
    _rule_relative_unit,
    _rule_ago,
    _rule_set,
    _rule_duration,
    _rule_time,
)


def _strip_leading(text: str) -> str:
    return _LEADING.sub("", text).strip()


def _resolve_text(text: str, ctx: _Context) -> Resolved | None:
    for rule in _RULES:
        resolved = rule(text, ctx)
        if resolved is not None:
            return resolved
    return None


def _strip_modifier(text: str) -> tuple[str, str | None]:
    """'early August' -> ('August', 'START'); the text unchanged when no modifier leads it."""
    for pattern, mod in _MODIFIERS:
        stripped = pattern.sub("", text, count=1)
        if stripped != text and stripped:
            return stripped.strip(), mod
    return text, None


# Month-year and month-day-year forms dateparser reads well; its answer for bare words is left to rules.
_DATEPARSER_HINT = re.compile(r"\d")
# A numeric date with a two-digit year ('16.10.25', '10/16/25'): its year is not written out in full.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2}\b")


@lru_cache(maxsize=1)
def _date_data_parser() -> Any:
    from dateparser.date import DateDataParser  # slow import (~0.5 s): only when rules fail

    return DateDataParser(languages=["en"], settings={"PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["year"]})


def _fallback_dateparser(text: str) -> Resolved | None:
    """Absolute dates in forms the rules do not list ('16.10.2025', 'the 16th of October, 2025')."""
    if not _DATEPARSER_HINT.search(text) or len(text) > 40 or text.isdigit():
        return None
    data = _date_data_parser().get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    day = data.date_obj.date()
    if str(day.year) not in text and not _NUMERIC_DATE.search(text):
        return None  # dateparser reads any number as a year: '72 hours on Tuesday' is not 1972
    if data.period == "month":
        return _month(day.year, day.month)
    if data.period == "year":
        return _year(day.year)
    if data.period == "day":
        return _day(day)
    return None


@lru_cache(maxsize=20000)
def _resolve_cached(text: str, anchor: date, tense: Tense, reference: date) -> Resolved | None:
    if text in lexicon()["not_temporal"]:
        return None
    ctx = _Context(anchor, tense, reference)
    if text.startswith(("between ", "from ")):  # a range keeps its opening word: 'between X and Y'
        resolved = _rule_range(text, ctx)
        if resolved is not None:
            return resolved
    stripped = _strip_leading(text)
    resolved = _resolve_text(stripped, ctx)
    if resolved is not None:
        return resolved
    core, mod = _strip_modifier(stripped)
    while core != stripped:  # 'only about two weeks': peel modifiers one by one
        stripped = _strip_leading(core)
        resolved = _resolve_text(stripped, ctx)
        if resolved is not None:
            return replace(resolved, mod=mod or resolved.mod)
        core, inner = _strip_modifier(stripped)
        mod = mod or inner
    # finance news: 'the six months ended Oct. 1', 'the year ending June 30' name the period first
    period = re.split(r"\s+(?:ended|ending)\s+", stripped, maxsplit=1)
    if len(period) == 2:
        resolved = _resolve_text(period[0], ctx)
        closing = _resolve_text(_strip_leading(period[1]), ctx)
        if resolved is not None and resolved.granularity == "year" and closing is not None and closing.start:
            return _year(closing.start.year)  # 'the financial year ending June 2007' is fiscal 2007
        if resolved is not None:
            return resolved
    return _fallback_dateparser(stripped)


def resolve(expression: str, anchor: date, *, tense: Tense = None, reference: date | None = None) -> Resolved | None:
    """Normalise one temporal expression against the article date.

    ``expression`` is the phrase as written ('on Monday', 'last November', 'from 2026 to 2030');
    ``anchor`` is the article's date; ``tense`` says whether the clause speaks of the future ('will visit on
    Friday') or the past, None when unknown (read as news: past preferred); ``reference`` is the last date
    the text named, for 'the following day' and 'two weeks later' (default: the anchor).
    Returns None when the phrase is not a temporal expression the rules or dateparser can read.
    """
    text = _normalise(expression)
    if not text:
        return None
    try:
        return _resolve_cached(text, anchor, tense, reference or anchor)
    except (ValueError, OverflowError):
        # Calendar arithmetic past what a date can hold ('4,000 years ago', '10,000 years from now'):
        # such spans are not dates an event can be placed on.
        return None


# ------------------------------------------------------------------------------------ reading values back

_VALUE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?P<weekend>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?(?:T.*)?$"
)
_OFFSET = re.compile(r"^P(?P<count>\d+)(?P<unit>[DWMY])$")


def period(value: str | None) -> tuple[date, date] | None:
    """The first and last day a calendar value covers ('2025-W27', '2026-H1', '2024-10-26TNI'), None for
    durations, sets, ranges and vague references: what a resolved mention is, read back from its value."""
    match = _VALUE.match(value or "")
    if match is None:
        return None
    year = int(match["year"])
    try:
        if match["day"]:
            day = date(year, int(match["month"]), int(match["day"]))
            return day, day
        if match["month"]:
            return date(year, int(match["month"]), 1), _month_end(year, int(match["month"]))
        if match["week"]:
            monday = date.fromisocalendar(year, int(match["week"]), 1)
            first = monday + timedelta(days=5) if match["weekend"] else monday
            return first, monday + timedelta(days=6)
        if match["quarter"] or match["half"] or match["season"]:
            covered = (
                _quarter(year, int(match["quarter"]))
                if match["quarter"]
                else _half(year, int(match["half"]))
                if match["half"]
                else _season(year, match["season"])
            )
            return (covered.start, covered.end) if covered.start and covered.end else None
    except ValueError:
        return None
    return date(year, 1, 1), date(year, 12, 31)


def offset(duration: str | None, base: date, sign: int) -> str | None:
    """The date a whole-count duration away from ``base`` at the duration's own precision: 'two weeks
    after' a day is that day's week ('P2W', 2019-07-20, -1 -> '2019-W27'), 'a day before' is a day."""
    match = _OFFSET.match(duration or "")
    if match is None:
        return None
    shifted = _shift(match["unit"], sign * int(match["count"]), base)
    return shifted.value if shifted is not None else None
