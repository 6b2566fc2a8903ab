"""The temporal resolver on expressions news writes, against fixed anchors (no spaCy needed)."""

from __future__ import annotations

from datetime import date

import pytest

from detente.analyse.temporal import Resolved, lexicon, resolve

WEDNESDAY = date(2026, 1, 7)
TUESDAY = date(2026, 1, 6)
SATURDAY = date(2025, 11, 1)


def value(expression: str, anchor: date, **kwargs) -> str | None:
    resolved = resolve(expression, anchor, **kwargs)
    return resolved.value if resolved else None


@pytest.mark.parametrize(
    ("expression", "anchor", "expected"),
    [
        # weekdays: the article's week, looking back; the anchor's own weekday is the anchor day
        ("on Tuesday", WEDNESDAY, "2026-01-06"),
        ("Monday", TUESDAY, "2026-01-05"),
        ("Tuesday", TUESDAY, "2026-01-06"),
        ("on Friday", WEDNESDAY, "2026-01-02"),
        ("last Tuesday", TUESDAY, "2025-12-30"),
        ("next Monday", TUESDAY, "2026-01-12"),
        ("Tuesday morning", TUESDAY, "2026-01-06TMO"),
        ("Sept. 3", SATURDAY, "2025-09-03"),
        # months
        ("last November", SATURDAY, "2024-11"),
        ("last November", date(2025, 12, 15), "2025-11"),
        ("In August", SATURDAY, "2025-08"),
        ("in December", SATURDAY, "2025-12"),  # tense unknown: the closest, one month ahead
        ("in May", date(2025, 11, 5), "2025-05"),
        ("in January", date(2025, 11, 5), "2026-01"),
        ("next March", SATURDAY, "2026-03"),
        ("this November", SATURDAY, "2025-11"),
        ("October 2025", SATURDAY, "2025-10"),
        ("mid-August", SATURDAY, "2025-08"),
        # month and day without a year: the closest, the past preferred
        ("October 16", SATURDAY, "2025-10-16"),
        ("November 1", SATURDAY, "2025-11-01"),
        ("Nov. 3", SATURDAY, "2025-11-03"),
        ("December 28", date(2026, 1, 4), "2025-12-28"),
        ("March 3, 2013", SATURDAY, "2013-03-03"),
        ("3 March 2013", SATURDAY, "2013-03-03"),
        ("2013-03-22", SATURDAY, "2013-03-22"),
        # years, decades, seasons, quarters
        ("In 2024", SATURDAY, "2024"),
        ("this year", TUESDAY, "2026"),
        ("last year", SATURDAY, "2024"),
        ("the 1990s", SATURDAY, "199"),
        ("the 20th century", SATURDAY, "19"),
        ("this fall", SATURDAY, "2025-FA"),
        ("last summer", SATURDAY, "2025-SU"),
        ("this winter", TUESDAY, "2025-WI"),
        ("summer 2024", SATURDAY, "2024-SU"),
        ("the third quarter", SATURDAY, "2025-Q3"),
        ("the fourth quarter", date(2013, 3, 20), "2012-Q4"),
        ("Q3 2024", SATURDAY, "2024-Q3"),
        ("the first half of 2025", SATURDAY, "2025-H1"),
        # relative to the anchor
        ("earlier this month", SATURDAY, "2025-11"),
        ("later this year", SATURDAY, "2025"),
        ("two weeks ago", SATURDAY, "2025-W42"),
        ("three days ago", SATURDAY, "2025-10-29"),
        ("a year ago", SATURDAY, "2024"),
        ("two months ago", SATURDAY, "2025-09"),
        ("last week", SATURDAY, "2025-W43"),
        ("next month", SATURDAY, "2025-12"),
        ("yesterday", TUESDAY, "2026-01-05"),
        ("tomorrow", TUESDAY, "2026-01-07"),
        ("tonight", TUESDAY, "2026-01-06TNI"),
        ("the following day", TUESDAY, "2026-01-07"),
        ("the next day", TUESDAY, "2026-01-07"),
        ("10 a.m.", TUESDAY, "2026-01-06T10:00"),
        ("1100 GMT", TUESDAY, "2026-01-06T11:00"),
        ("noon Thursday", WEDNESDAY, "2026-01-01T12:00"),
        ("the financial year ending June 2027", TUESDAY, "2027"),
        ("the six months ended Sept. 30", SATURDAY, "P6M"),
        ("just last month", SATURDAY, "2025-10"),
        ("year-end", SATURDAY, "2025"),
        # ranges
        ("from 2026 to 2030", TUESDAY, "2026/2030"),
        ("between 2019 and 2021", TUESDAY, "2019/2021"),
        ("2024-25", TUESDAY, "2024/2025"),
        ("from January to August this year", SATURDAY, "2025-01/2025-08"),
        ("October 16-18", SATURDAY, "2025-10-16/2025-10-18"),
        # durations and sets
        ("two weeks", SATURDAY, "P2W"),
        ("21 consecutive years", SATURDAY, "P21Y"),
        ("four-day", SATURDAY, "P4D"),
        ("week-long", SATURDAY, "P1W"),
        ("the past three years", SATURDAY, "P3Y"),
        ("recent months", SATURDAY, "PXM"),
        ("several years", SATURDAY, "PXY"),
        ("three hours", SATURDAY, "PT3H"),
        ("each week", SATURDAY, "P1W"),
        ("annually", SATURDAY, "P1Y"),
        ("now", SATURDAY, "PRESENT_REF"),
        ("recently", SATURDAY, "PAST_REF"),
    ],
)
def test_resolves_news_expressions(expression: str, anchor: date, expected: str) -> None:
    assert value(expression, anchor) == expected


def test_future_tense_looks_forward() -> None:
    assert value("on Friday", WEDNESDAY, tense="future") == "2026-01-09"
    assert value("in December", SATURDAY, tense="future") == "2025-12"
    assert value("in December", SATURDAY, tense="past") == "2024-12"
    assert value("In August", SATURDAY, tense="past") == "2025-08"
    assert value("November 3", date(2025, 11, 5), tense="future") == "2026-11-03"
    assert value("November 3", date(2025, 11, 5), tense="past") == "2025-11-03"


def test_relative_expressions_use_the_reference_date() -> None:
    launched = date(2025, 10, 16)
    assert value("the following day", SATURDAY, reference=launched) == "2025-10-17"
    assert value("Two weeks later", SATURDAY, reference=launched) == "2025-W44"
    assert value("the day before", SATURDAY, reference=launched) == "2025-10-15"
    # 'ago' counts from the article's date even when another date was named
    assert value("two days ago", SATURDAY, reference=launched) == "2025-10-30"


def test_resolved_carries_granularity_kind_and_calendar_bounds() -> None:
    season = resolve("this fall", SATURDAY)
    assert season == Resolved("2025-FA", "season", "date", date(2025, 9, 1), date(2025, 11, 30))
    span = resolve("from 2026 to 2030", TUESDAY)
    assert (
        span is not None
        and span.end_value == "2030"
        and span.start == date(2026, 1, 1)
        and span.end == date(2030, 12, 31)
    )
    week = resolve("last week", SATURDAY)
    assert week is not None and week.granularity == "week" and week.start == date(2025, 10, 20)
    duration = resolve("two weeks", SATURDAY)
    assert duration is not None and duration.kind == "duration" and duration.start is None
    early = resolve("early 2024", SATURDAY)
    assert early is not None and early.value == "2024" and early.mod == "START"


@pytest.mark.parametrize("expression", ["year on year", "the 80th anniversary", "", "rock bottom", "the two countries"])
def test_non_temporal_phrases_are_refused(expression: str) -> None:
    assert resolve(expression, SATURDAY) is None


def test_dateparser_is_the_fallback_for_other_absolute_forms() -> None:
    assert value("16.10.2025", SATURDAY) == "2025-10-16"
    assert value("the 16th of October, 2025", SATURDAY) == "2025-10-16"
    assert value("16.10.25", SATURDAY) == "2025-10-16"


@pytest.mark.parametrize("expression", ["72 hours on Tuesday", "48 hours on Friday", "35 minutes on Monday"])
def test_a_number_is_not_read_as_a_year_it_does_not_spell(expression: str) -> None:
    resolved = resolve(expression, SATURDAY)
    assert resolved is None or not resolved.value.startswith("19")


def test_lexicon_is_consistent() -> None:
    words = lexicon()
    assert set(words["months"].values()) == set(range(1, 13))
    assert set(words["weekdays"].values()) == set(range(7))
    assert set(words["seasons"].values()) == set(words["season_start_month"])


@pytest.mark.parametrize("expression", ["4,000 years ago", "3,000 years earlier", "10,000 years from now"])
def test_spans_beyond_the_calendar_give_no_date_instead_of_an_error(expression):
    assert resolve(expression, date(2006, 1, 1)) is None
