"""Background history on real wire news: an act a generation before the report, told by the narrator as
background ("in the 1916 Rising, rebels took over the post office", "divided since 1974, when troops invaded"),
is no event to code; the recent past, acts someone alleges now, and today's acts in a sentence that names an
old date stay. Sentences composed for these tests, through the whole pipeline (article date 2026-03-02)."""

from __future__ import annotations

import pytest

from detente.analyse.events.when_where import HISTORY_YEARS, long_past

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow


OLD_ACTS = [
    "Iraqi troops invaded Kuwait in August 1990.",
    "In 1956, British and French forces seized the Suez Canal from Egypt.",
    "Greek and Turkish envoys met in Vienna on Monday. The island has been divided since 1974, when Turkish troops "
    "invaded its northern third.",
]


@pytest.mark.parametrize("text", OLD_ACTS)
def test_an_act_a_generation_back_told_as_background_is_no_event(text: str) -> None:
    found = coded(text)
    assert not any(c[:2] in {"17", "19"} for _s, c, _t in found), found


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        # the recent past is coded with its own date
        ("Qatar and Saudi Arabia restored diplomatic ties in January 2021.", "QAT", "05", "SAU"),
        ("Iraqi troops invaded Kuwait in August 2025.", "IRQ", "19", "KWT"),
        # an old act alleged now: the charge and the act it alleges are both news
        ("Japan maintains that North Korean agents abducted a Japanese schoolgirl in 1977.", "PRK", "18", "JPN"),
        ("Japan maintains that North Korean agents abducted a Japanese schoolgirl in 1977.", "JPN", "11", "PRK"),
        # today's act in a sentence whose background clause names an old date
        (
            "During his visit, the first since the two countries established ties in 1964, the French defence "
            "minister invited Chinese officers to study in France.",
            "FRA",
            "03",
            "CHN",
        ),
    ],
)
def test_the_recent_past_claims_and_todays_acts_stay(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, root, target), found


def test_long_past_is_a_generation_before_the_article() -> None:
    assert long_past("1974-07", "2006-11-13")
    assert long_past("198", "2026-03-02")  # the 1980s, a TIMEX3 decade
    assert not long_past("2011", "2025-10-27")  # fourteen years: recent enough to be coded
    assert not long_past(None, "2026-03-02")
    assert not long_past("1990", None)
    assert HISTORY_YEARS == 20
