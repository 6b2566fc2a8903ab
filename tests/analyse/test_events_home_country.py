"""Domestic politics in a story of one country: a sentence that names no country of its own goes on in the
country its story has named so far, so roles without a country word ("police", "the opposition", "the
government") take it; a story that has named two countries leaves them open. Internal administration stays
uncoded. Sentences composed for these tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow

STORY = "Kazakhstan held a presidential election on Sunday."
TWO_COUNTRY_STORY = "Kenya and Uganda signed a trade deal in Kampala on Monday."


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        # roles without a country word take the story's one
        (f"{STORY} Police detained dozens of protesters outside the election commission.", "KAZCOP", "17", "KAZOPP"),
        (f"{STORY} The opposition accused the government of rigging the vote.", "KAZOPP", "11", "KAZGOV"),
        # criminals are a party of their country
        ("Peruvian police arrested twelve cocaine smugglers near Cusco on Tuesday.", "PERCOP", "17", "PERCRM"),
        ("Kenyan police shot dead three armed robbers in Nairobi.", "KENCOP", "19", "KENCRM"),
        ("Kidnappers freed two Italian engineers in Nigeria on Sunday.", "NGACRM", "08", "ITA"),
    ],
)
def test_domestic_parties_are_coded_with_their_country(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert (source, root, target) in {(s, c[: len(root)], t) for s, c, t in found}, found


@pytest.mark.parametrize(
    "text",
    [
        "The interior ministry ordered police to step up patrols in the capital.",
        "Lawmakers passed the budget for next year on Monday.",
        "The ruling party won 80 percent of the vote, officials said.",
        "The president campaigned in the south before the vote.",
    ],
)
def test_administration_procedure_results_and_campaigns_are_no_events(text: str) -> None:
    assert coded(f"{STORY} {text}") == [], coded(f"{STORY} {text}")


def test_a_story_of_two_countries_does_not_place_police_in_either() -> None:
    found = coded(f"{TWO_COUNTRY_STORY} Police arrested twenty protesters outside the venue.")
    assert not any(s and s[:3] in {"KEN", "UGA"} and c.startswith("17") for s, c, _t in found), found
    assert has(found, "KEN", "05", "UGA"), found


@pytest.mark.parametrize(
    "text", ["Mexico vowed to fight drug trafficking and smuggling on Monday.", "Vendors sold pirate DVDs in Lagos."]
)
def test_crime_words_that_name_no_one_are_no_criminals(text: str) -> None:
    assert not any("CRM" in (s or "") + (t or "") for s, _c, t in coded(text)), coded(text)
