"""The amounts stage on the real samples and on sentences composed in the style of news."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.analyse.stages.amounts import _parse_value, units
from detente.model import Amount, Article


def amounts_of(text: str) -> dict[str, Amount]:
    article = Article(id="t", text=text, date="2026-01-07", content_hash="t")
    return {amount.text: amount for amount in analyse_one(article).amounts}


def triple(amount: Amount) -> tuple[float | None, str | None, str | None]:
    return amount.value, amount.unit, amount.object


@pytest.mark.slow
def test_cgtn_sample(analysed_samples) -> None:
    found = {a.text: a for a in analysed_samples["cgtn"].amounts}
    assert triple(found["$328.08 billion"]) == (328080000000.0, "USD", "trade")
    percent = found["5.6 percent"]
    assert (percent.value, percent.unit, percent.change) == (5.6, "percent", "up")
    trips = found["near 2 million"]
    assert triple(trips) == (2000000.0, "trips", "trips") and trips.approximate
    years = next(a for a in found.values() if a.text == "21")
    assert (years.value, years.unit) == (21.0, "years")
    # the numbers of dates are not amounts
    assert not any(a.text in {"16", "1", "2024"} for a in found.values())


@pytest.mark.slow
def test_korea_sample(analysed_samples) -> None:
    found = {a.text: a for a in analysed_samples["korea"].amounts}
    companies = found["around 3,200"]
    assert triple(companies) == (3200.0, "companies", "companies") and companies.approximate
    assert triple(found["roughly 400"]) == (400.0, "flights", "flights")
    assert triple(found["approximately 27,000"])[:2] == (27000.0, "nationals")
    assert triple(found["roughly 10 percent"]) == (10.0, "percent", "trade")
    assert not any(a.text in {"2026", "2030"} for a in found.values())


@pytest.mark.slow
def test_offsets_point_at_the_text(analysed_samples) -> None:
    for article in analysed_samples.values():
        assert article.amounts
        for amount in article.amounts:
            assert article.text[amount.start : amount.end] == amount.text


@pytest.mark.slow
def test_counts_money_and_shares_in_composed_news() -> None:
    found = amounts_of(
        "Two soldiers were killed near the border. The government pledged 9.9 billion yuan in aid, "
        "and the carrier will cut 13,000 jobs, about 5% of its workforce. A $5 billion loan was agreed."
    )
    assert triple(found["Two"]) == (2.0, "soldiers", "soldiers")
    assert triple(found["9.9 billion yuan"]) == (9.9e9, "CNY", "aid")
    assert triple(found["13,000"]) == (13000.0, "jobs", "jobs")
    assert triple(found["about 5%"]) == (5.0, "percent", "workforce")
    assert triple(found["$5 billion"]) == (5e9, "USD", "loan")


@pytest.mark.slow
def test_glued_m_is_metres_unless_it_counts_a_plural() -> None:
    found = amounts_of("Park won the 400m freestyle in a 3-D arena, and the city of 2m people cheered.")
    assert (found["400m"].value, found["400m"].unit) == (400.0, "m")
    assert (found["2m"].value, found["2m"].unit) == (2e6, "people")
    assert "3" not in found


@pytest.mark.slow
def test_numbers_that_name_are_not_amounts() -> None:
    found = amounts_of(
        "At level five the water is unusable. Resolution 2231 passed. Between one and three lakes are clean."
    )
    assert set(found) == {"Between one and three"}
    assert (found["Between one and three"].value, found["Between one and three"].upper) == (1.0, 3.0)


@pytest.mark.slow
def test_measures_and_rarer_currencies() -> None:
    found = amounts_of("The rebels hired mercenaries for 50 million kina, and the wall rose 80 centimetres.")
    assert (found["50 million kina"].value, found["50 million kina"].unit) == (5e7, "PGK")
    assert (found["80 centimetres"].value, found["80 centimetres"].unit) == (80.0, "cm")


@pytest.mark.slow
def test_changes_and_levels() -> None:
    found = amounts_of("Exports fell 3.2% to $45 billion last year.")
    assert (found["3.2%"].change, found["3.2%"].object) == ("down", "exports")
    assert (found["$45 billion"].change, found["$45 billion"].object) == (None, "exports")


@pytest.mark.slow
def test_vague_counts_keep_what_they_count() -> None:
    found = amounts_of("Thousands of protesters marched in Seoul.")
    thousands = found["Thousands"]
    assert (thousands.value, thousands.unit, thousands.approximate) == (None, "protesters", True)


@pytest.mark.slow
def test_model_numbers_and_dates_are_not_amounts() -> None:
    found = amounts_of(
        "Boeing delivered the 737 airliner on March 3, 2025, and Seoul ordered 12 aircraft. "
        "The 787 first flew before the 787-8 did."
    )
    assert set(found) == {"12"}
    assert found["12"].unit == "aircraft"


@pytest.mark.parametrize(
    ("text", "value", "upper", "unit", "approximate"),
    [
        ("$328.08 billion", 328080000000.0, None, "USD", False),
        ("about US$1.4 billion", 1.4e9, None, "USD", True),
        ("HK$300 million", 3e8, None, "HKD", False),
        ("€2bn", 2e9, None, "EUR", False),
        ("£13 billion", 1.3e10, None, "GBP", False),
        ("5 trillion won", 5e12, None, "KRW", False),
        ("KRW 5 trillion", 5e12, None, "KRW", False),
        ("between $12 million and $20 million", 1.2e7, 2e7, "USD", False),
        ("15-20%", 15.0, 20.0, "percent", False),
        ("12 to 20 million", 1.2e7, 2e7, None, False),
        ("between 100,000 and one million", 1e5, 1e6, None, False),
        ("1,200 points", 1200.0, None, "points", False),
        ("up to 60", 60.0, None, None, True),
        ("40-percent", 40.0, None, "percent", False),
        ("0.25 percentage points", 0.25, None, "percentage points", False),
        ("more than 1,200 km", 1200.0, None, "km", True),
        ("twenty-one", 21.0, None, None, False),
    ],
)
def test_values_units_and_ranges(
    text: str, value: float, upper: float | None, unit: str | None, approximate: bool
) -> None:
    parsed = _parse_value(text)
    assert (parsed["value"], parsed["upper"], parsed["unit"], parsed["approximate"]) == (
        value,
        upper,
        unit,
        approximate,
    )


def test_unit_lexicon_codes_are_iso_4217() -> None:
    import pycountry

    codes = {c.alpha_3 for c in pycountry.currencies} | {"XBT"}  # bitcoin has no ISO code; XBT is the market's
    lexicon = units()
    assert set(lexicon["currency_symbols"].values()) <= codes
    assert set(lexicon["currency_words"].values()) <= codes
    assert set(lexicon["changes"].values()) == {"up", "down"}
    for word, by_country in lexicon["currency_by_country"].items():
        if not word.startswith("_"):
            assert set(by_country.values()) <= codes, word
            assert all(len(country) == 3 and country.isupper() for country in by_country), word


@pytest.mark.slow
def test_shared_currency_names_follow_the_article_country() -> None:
    colombo = amounts_of("Sri Lanka's stock market turnover in Colombo reached 319 million rupees on Monday.")
    assert colombo["319 million rupees"].unit == "LKR"
    delhi = amounts_of("India pledged 5 billion rupees to the project, officials in New Delhi said.")
    assert delhi["5 billion rupees"].unit == "INR"
    plain = amounts_of("The fund holds 5 billion rupees.")
    assert plain["5 billion rupees"].unit == "INR"  # no country named: the lexicon's default


def test_a_determiner_is_not_part_of_the_amount_and_clock_durations_count() -> None:
    found = amounts_of("The ministry protested against the 25 percent duties and its $3 billion loan programme.")
    assert found["25 percent"].value == 25 and found["25 percent"].unit == "percent"
    assert found["$3 billion"].value == 3e9
    talks = amounts_of("The commanders spoke by telephone for 35 minutes on Friday.")
    assert [(a.value, a.unit) for a in talks.values()] == [(35, "minutes")]
