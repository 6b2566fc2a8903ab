"""The dates stage on the real samples and on sentences composed in the style of news."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.model import Article


def dates_of(text: str, day: str | None = "2026-01-07") -> dict[str, str | None]:
    article = Article(id="t", text=text, date=day, content_hash="t")
    return {mention.text: mention.value for mention in analyse_one(article).dates}


def values(article: Article) -> dict[str, str | None]:
    return {mention.text: mention.value for mention in article.dates}


@pytest.mark.slow
def test_korea_sample(analysed_samples) -> None:
    article = analysed_samples["korea"]
    found = values(article)
    assert article.date == "2026-01-06"
    assert found["Tuesday"] == "2026-01-06"
    assert found["Monday"] == "2026-01-05"
    assert found["the following day"] == "2026-01-07"
    assert found["this year"] == "2026"
    range_values = [v for t, v in found.items() if "2026" in t and "2030" in t]
    assert range_values == ["2026/2030"]


@pytest.mark.slow
def test_cgtn_sample(analysed_samples) -> None:
    article = analysed_samples["cgtn"]
    found = values(article)
    assert article.date == "2025-11-01"
    assert found["last November"] == "2024-11"
    assert found["November 1"] == "2025-11-01"
    assert found["October 16"] == "2025-10-16"
    assert found["August"] == "2025-08"
    assert found["2024"] == "2024"
    assert found["this fall"] == "2025-FA"
    assert found["21 consecutive years"] == "P21Y"
    assert "year" not in found  # 'year on year' is a ratio, not a time
    fall = next(m for m in article.dates if m.text == "this fall")
    assert (fall.kind, fall.granularity) == ("date", "season")
    months = next(m for m in article.dates if "January to August" in m.text)
    assert (months.value, months.end_value, months.granularity) == ("2025-01/2025-08", "2025-08", "month")


@pytest.mark.slow
def test_offsets_point_at_the_text(analysed_samples) -> None:
    for article in analysed_samples.values():
        assert article.dates
        for mention in article.dates:
            assert article.text[mention.start : mention.end] == mention.text


@pytest.mark.slow
def test_weekdays_and_following_day_in_composed_news() -> None:
    found = dates_of(
        "The foreign ministers met in Hanoi on Tuesday. They toured the port the following day. "
        "Talks had collapsed in March, officials said."
    )
    assert found["Tuesday"] == "2026-01-06"
    assert found["the following day"] == "2026-01-07"
    assert found["March"] == "2025-03"


@pytest.mark.slow
def test_following_day_counts_from_a_date_named_just_before() -> None:
    found = dates_of("The ceasefire took effect on December 28. Fighting resumed the next day.")
    assert found["December 28"] == "2025-12-28"
    assert found["the next day"] == "2025-12-29"


@pytest.mark.slow
def test_future_tense_moves_a_weekday_forward() -> None:
    found = dates_of("The delegation will travel to Seoul on Friday for talks.")
    assert found["Friday"] == "2026-01-09"


@pytest.mark.slow
def test_reported_future_looks_forward() -> None:
    found = dates_of("Spicer said he would hold a press conference Thursday.", day="1997-04-09")
    assert found["Thursday"] == "1997-04-10"


@pytest.mark.slow
def test_ranges_and_relative_periods() -> None:
    found = dates_of(
        "Exports rose between 2019 and 2021 and again earlier this month. Two years ago, the treaty lapsed."
    )
    assert found["between 2019 and 2021"] == "2019/2021"
    assert found["earlier this month"] == "2026-01"
    assert found["Two years ago"] == "2024"


@pytest.mark.slow
def test_alternatives_and_seasons_of_a_year() -> None:
    found = dates_of("A deal could come in February or March, or by spring next year.")
    assert found["February"] == "2026-02" and found["March"] == "2026-03"
    assert found["spring next year"] == "2027-SP"
    found = dates_of("Deals made between January 1 2004 and January 31 2006 are under review.")
    assert found["between January 1 2004 and January 31 2006"] == "2004-01-01/2006-01-31"
    found = dates_of("We can have a deal maybe in February or March.", day="2025-11-22")
    assert (found["February"], found["March"]) == ("2026-02", "2026-03")


@pytest.mark.slow
def test_ages_and_joined_times() -> None:
    found = dates_of("A 52-year-old farmer was detained at noon Thursday, police said.")
    assert not any("old" in text for text in found)
    assert found["noon Thursday"] == "2026-01-01T12:00"


@pytest.mark.slow
def test_a_deadline_in_hours_next_to_a_weekday_stays_two_expressions() -> None:
    found = dates_of("The ministry ordered the envoy to leave within 48 hours on Monday.")
    assert found.get("48 hours") == "PT48H"
    assert found.get("Monday") == "2026-01-05"


@pytest.mark.slow
def test_without_an_article_date_mentions_are_kept_unresolved() -> None:
    found = dates_of("The summit took place on Monday.", day=None)
    assert found == {"Monday": None}


@pytest.mark.slow
def test_a_planned_event_looks_forward_whatever_the_verb_tense() -> None:
    found = dates_of(
        "The envoys agreed to meet again ahead of a planned visit by the president in April.", "2025-11-13"
    )
    assert found["April"] == "2026-04"
    assert dates_of("The president made a visit to Beijing in April.", "2025-11-13")["April"] == "2025-04"


# A time with its GMT aside, then its day (wire style): the bracket ends the time, and the time is that day's.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A bomb went off at 10:00 am (0700 GMT) Monday in the capital.",
            {"10:00 am": "2026-01-05T10:00", "0700 GMT": "2026-01-05T07:00", "Monday": "2026-01-05"},
        ),
        (
            "The envoys met at 9:30 a.m. (0630 GMT) on Monday in Geneva.",
            {"9:30 a.m.": "2026-01-05T09:30", "0630 GMT": "2026-01-05T06:30", "Monday": "2026-01-05"},
        ),
    ],
)
def test_a_time_is_on_the_day_written_beside_it(text: str, expected: dict[str, str]) -> None:
    found = dates_of(text)
    for phrase, value in expected.items():
        assert found[phrase] == value
    assert not any(v and v[:4] < "1000" for v in found.values())  # never a year read from "(0700"


def test_a_time_with_no_day_beside_it_stays_on_the_article_day() -> None:
    # the day belongs to another clause: the time is not moved to it
    found = dates_of("The talks resumed at 10:00 am, three days after Monday's clashes ended.")
    assert found["10:00 am"] == "2026-01-07T10:00"
