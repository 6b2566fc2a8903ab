"""Event dates, second round: the day of a clause hung on a noun, acts told at a dated meeting, acts counted
from another ("two weeks after"), plans in a period that holds the report's day, days that start what was
announced ("a strike from Thursday"), and "that day". Whole pipeline (real parse, actors, dates, events) on
sentences composed here; each mechanism has a negative beside its positive.
"""

from __future__ import annotations

from datetime import date

import pytest

from detente.analyse import analyse_one
from detente.analyse.temporal import offset, period
from detente.model import Article, Event

# A Tuesday: "on Monday" is 2026-03-02, "on Sunday" 2026-03-01.
DAY = "2026-03-03"


def analysed(text: str, day: str = DAY) -> Article:
    article = analyse_one(Article(id="d", text=text, content_hash="d", date=day))
    assert not article.analysis_errors, article.analysis_errors
    return article


def events_of(article: Article, root: str, source: str) -> list[Event]:
    """Events of a CAMEO root whose source's code starts with ``source`` (a country code)."""
    return [
        e
        for e in article.events
        if e.root == root and e.source_actor is not None and (e.source_actor.code or "").startswith(source)
    ]


def date_of(article: Article, root: str, source: str) -> str | None:
    found = events_of(article, root, source)
    assert found, [(e.source_actor, e.cameo, e.trigger) for e in article.events]
    return found[0].date


# ------------------------------------------------------------------------ reading values back (temporal)


def test_period_reads_back_every_calendar_value() -> None:
    assert period("2025-W27") == (date(2025, 6, 30), date(2025, 7, 6))
    assert period("2026-H1") == (date(2026, 1, 1), date(2026, 6, 30))
    assert period("2024-10-26TNI") == (date(2024, 10, 26), date(2024, 10, 26))
    assert period("2025-07") == (date(2025, 7, 1), date(2025, 7, 31))
    assert period("P2W") is None
    assert period(None) is None


def test_offset_keeps_the_precision_of_the_count() -> None:
    assert offset("P2W", date(2019, 7, 20), -1) == "2019-W27"
    assert offset("P1D", date(2026, 1, 20), -1) == "2026-01-19"
    assert offset("P1M", date(2026, 6, 1), -1) == "2026-05"
    assert offset("PXD", date(2026, 6, 1), -1) is None  # "days after": no count, no date


# ------------------------------------------------------------------------ a day hung on a noun


@pytest.mark.slow
def test_day_hung_on_the_subject_or_a_place_dates_the_clause() -> None:
    article = analysed(
        "Kenyan officials on Sunday expelled two Ugandan diplomats. "
        "Ghanaian police fired tear gas at Togolese traders in Accra on Monday."
    )
    assert date_of(article, "16", "KEN") == "2026-03-01"
    assert date_of(article, "17", "GHA") == "2026-03-02"


@pytest.mark.slow
def test_a_day_at_the_end_of_a_relative_clause_dates_the_act() -> None:
    # the parser hangs 'on Sunday' on the relative clause; news means the firing
    article = analysed("Thai police fired tear gas at Cambodian traders who had blocked a border road on Sunday.")
    assert date_of(article, "17", "THA") == "2026-03-01"


@pytest.mark.slow
def test_a_day_of_reported_speech_does_not_date_the_report() -> None:
    article = analysed("Thailand charged that Cambodian troops had shelled a border village on Sunday.")
    assert date_of(article, "11", "THA") == DAY


# ------------------------------------------------------------------------ acts told of a dated meeting


MEETING = "Indonesian President Prabowo Subianto met Malaysian Prime Minister Anwar Ibrahim in Jakarta on Monday. "


@pytest.mark.slow
def test_the_meetings_parties_act_at_the_meeting() -> None:
    article = analysed(MEETING + "The two leaders also signed an agreement on joint border patrols.")
    signed = [e for e in article.events if e.root in {"05", "06"} and e.sentence == 1]
    assert signed, [(e.cameo, e.trigger, e.sentence) for e in article.events]
    assert {e.date for e in signed} == {"2026-03-02"}


@pytest.mark.slow
def test_a_third_partys_reaction_keeps_the_report_date() -> None:
    article = analysed(MEETING + "Singapore praised Indonesia for the agreement.")
    assert date_of(article, "05", "SGP") == DAY


@pytest.mark.slow
def test_an_act_with_its_own_tense_keeps_the_report_date() -> None:
    article = analysed(MEETING + "Jakarta has asked Kuala Lumpur to return two fishing boats.")
    assert date_of(article, "02", "IDN") == DAY


@pytest.mark.slow
def test_a_visit_of_several_days_dates_nothing_after_it() -> None:
    article = analysed(
        "Indonesian President Prabowo Subianto arrived in Kuala Lumpur on Monday for a three-day visit and met "
        "Malaysian Prime Minister Anwar Ibrahim. Indonesia pledged to help Malaysia train border guards."
    )
    assert date_of(article, "03", "IDN") == DAY


# ------------------------------------------------------------------------ acts counted from another


@pytest.mark.slow
def test_an_act_two_weeks_before_the_news_is_in_that_week() -> None:
    article = analysed("The protest came two weeks after Turkish troops shelled Syrian army positions.")
    assert date_of(article, "19", "TUR") == "2026-W08"  # 2026-02-17, two weeks before the Tuesday


@pytest.mark.slow
def test_a_day_after_counts_from_the_clause_own_day() -> None:
    article = analysed(
        "Chile recalled its ambassador from Peru on Monday, a day after Peruvian police detained three Chilean "
        "fishermen."
    )
    assert date_of(article, "17", "PER") == "2026-03-01"


@pytest.mark.slow
def test_a_count_written_in_words_beyond_twelve_is_read() -> None:
    article = analysed("The strike came fifteen days after Indian troops shelled Pakistani border posts.")
    assert date_of(article, "19", "IND") == "2026-02-16"


@pytest.mark.slow
def test_the_main_clause_is_not_counted_back() -> None:
    article = analysed("Peru expelled a Bolivian diplomat two days after the border talks collapsed.")
    expelled = [e for e in article.events if e.source_actor and (e.source_actor.code or "").startswith("PER")]
    assert expelled and all(e.date == DAY for e in expelled)


# ------------------------------------------------------------------------ periods that hold the report's day


@pytest.mark.slow
def test_a_planned_visit_later_this_year_dates_the_invitation_today() -> None:
    article = analysed("Egypt invited Jordan's King Abdullah to visit Cairo later this year.")
    assert date_of(article, "02", "EGY") == DAY


@pytest.mark.slow
def test_talks_held_this_week_keep_the_week() -> None:
    article = analysed("Kenya and Somalia held talks on maritime security in Nairobi this week.")
    talks = events_of(article, "04", "KEN") + events_of(article, "04", "SOM")
    assert talks and {e.date for e in talks} == {"2026-W10"}


# ------------------------------------------------------------------------ dates stage


def dates_of(text: str, day: str = DAY) -> dict[str, str | None]:
    return {m.text: m.value for m in analysed(text, day).dates}


@pytest.mark.slow
def test_a_weekday_that_starts_what_was_announced_lies_ahead() -> None:
    found = dates_of("Unions announced a two-day national strike starting on Friday, the labour ministry said.")
    assert found["Friday"] == "2026-03-06"
    found = dates_of("Transport workers called a general strike from Thursday and vowed to block roads.")
    assert found["Thursday"] == "2026-03-05"


@pytest.mark.slow
def test_a_range_of_weekdays_is_read_by_the_clause() -> None:
    found = dates_of("Rebels shelled the town from Friday until Sunday, officials said.")
    assert found["Friday"] == "2026-02-27"


@pytest.mark.slow
def test_that_day_is_the_day_named_before() -> None:
    found = dates_of(
        "Protesters marched on the parliament in March 2025. Opposition parties held a rally in Lima on Sunday. "
        "Police fired tear gas at the crowd that day."
    )
    assert found["that day"] == "2026-03-01"  # the last day named, not the first of a month named earlier


@pytest.mark.slow
def test_a_day_and_a_count_read_as_one_date_are_split() -> None:
    found = dates_of("Niger closed its border on Wednesday, months after the coup.", day="2026-03-05")
    assert found["Wednesday"] == "2026-03-04"
