"""Material cooperation told in everyday news language (session 14): things given to a named party coded by what is
given, recipients listed as officials "in" several places, joining an international body, a plan given up under
pressure, and an intent that frames a later coordinated act. Each on sentences composed for these tests, with the
sentences where the rule must not fire. The sentences go through the whole pipeline (the actors are the actor
stage's own)."""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import load_linking
from detente.analyse.events.patterns import load_codebook
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # aid goods, equipment and money given to a named party: by what is given
        ("Japan provided 500 tonnes of rice to North Korea on Monday.", ("JPN", "073", "PRK")),
        (
            "China has provided a liaison team and 100 vehicles to the Solomon Islands government.",
            ("CHN", "070", "SLB"),
        ),
        ("Germany sent 20 tonnes of flour to Sudan last week.", ("DEU", "073", "SDN")),
        ("Norway handed over five ambulances to the Palestinian Authority.", ("NOR", "070", "PSE")),
        # information handed to a named party: sharing information (064)
        (
            "The Vietnamese health ministry has reported the cases to the World Health Organization.",
            ("VNM", "064", "IGO"),
        ),
        ("The French police passed the intelligence to Belgian investigators.", ("FRA", "064", "BEL")),
        ("Indonesia gave the virus samples to the World Health Organization.", ("IDN", "064", "IGO")),
    ],
)
def test_a_thing_given_to_a_named_party_is_coded_by_what_it_is(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # no one named it is given to: a report, a speech, a statement
        "The Vietnamese health ministry reported two new cases of bird flu on Monday.",
        "The Thai government released a statement on the floods on Tuesday.",
        "The Russian president delivered a speech in Moscow on Monday.",
        # reported as speech, not handed over
        "The Philippine news agency reported that the talks had ended.",
        # given as a witness's testimony, or sought as an aim
        "A witness began to give evidence to the Iraqi court on Monday.",
        "Contacts are continuing with Arab countries to send agreed sums of money to the Palestinians.",
    ],
)
def test_no_thing_given_without_a_recipient(text: str) -> None:
    found = triples_of(text)
    assert not any(c.startswith(("06", "07")) for _s, c, _t in found), found


def test_officials_in_several_places_are_each_a_government() -> None:
    found = triples_of(
        "China's health ministry has reported the cases to the WHO and related authorities in Hong Kong, Macao and "
        "Taiwan."
    )
    for target in ("IGOUNOWHO", "HKGGOV", "MACGOV", "TWNGOV"):
        assert has(found, "CHN", "064", target), (target, found)
    found = triples_of("Kenya shared intelligence with the authorities in Uganda and Rwanda about the attack.")
    assert has(found, "KEN", "064", "UGA") and has(found, "KEN", "064", "RWA"), found


def test_a_list_in_apposition_names_each_doer() -> None:
    found = triples_of("Former communist states Bulgaria and Romania celebrated Monday joining the European Union.")
    assert has(found, "BGR", "06", "IGOEUREEC") and has(found, "ROU", "06", "IGOEUREEC"), found
    # posts held by one person are no list of parties
    found = triples_of(
        "Paul Wolfowitz, president of the World Bank and former US ambassador to Indonesia, offered assistance to "
        "Indonesia."
    )
    assert not any((s or "").startswith("USA") for s, _c, _t in found), found
    # a single apposition is the same party, no second doer
    found = triples_of("Shinzo Abe, Japan's prime minister, met Chinese President Xi Jinping on Monday.")
    assert [(s, c) for s, c, _t in found if c.startswith("04")] == [("JPNGOV", "040")], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Croatia joined NATO in 2009.", ("HRV", "06", "IGOWSTNAT")),
        ("Bulgaria joined NATO last year along with six other East European nations.", ("BGR", "06", "IGOWSTNAT")),
        (
            "Last week the Jatiya Party joined an electoral alliance with the opposition Awami League.",
            ("BGD", "06", "BGD"),
        ),
        # a hoped or planned entry is intent, not done
        (
            "Montenegro hopes to close all chapters by 2026 and to join the European Union in 2028.",
            ("MNE", "03", "IGO"),
        ),
        ("Ukraine applied to join NATO in 2022.", ("UKR", "02", "IGOWSTNAT")),
    ],
)
def test_joining_an_international_body_or_an_alliance(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        "The Chinese foreign minister joined the talks in Geneva on Monday.",
        "Japanese Prime Minister Shinzo Abe joined US President George W. Bush in calling for restraint.",
        # an aim or a hope under a noun or an adjective, and an entry scheduled in the simple present
        "The Pope opposed Turkey's bid to join the European Union.",
        "He was hopeful of Poland joining the Asian Development Bank next year.",
        "Restrictions will apply after the two countries join the European Union on January 1.",
        # a body's people joined, not the body
        "Sudan agreed in principle to let U.N. troops join African Union peacekeepers in Darfur.",
        "The Polish prime minister said his country would decide on its schedule to join the euro zone.",
        # a posts held, not a list of parties
        "Jia Qinglin, chairman of the National Committee and member of the Political Bureau, attended the meeting.",
    ],
)
def test_no_accession_where_none_is_told_as_done(text: str) -> None:
    found = triples_of(text)
    assert not any(c.startswith("06") for _s, c, _t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Jordanian government suspended the fuel price increase following protests in Amman.",
        "The Kenyan government shelved the tax proposal amid protests by traders.",
        "Officials in China's Heilongjiang Province have suspended a proposed cull of wild boar, after about 10,000 "
        "local people signed a petition against the plan.",
    ],
)
def test_a_plan_given_up_under_pressure_accedes_to_demands(text: str) -> None:
    found = triples_of(text)
    assert any(c == "0832" for _s, c, _t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Kenyan government suspended the plan after the floods.",
        "The Jordanian government suspended the fuel price increase on Monday.",
        "The Colombian government suspended talks with the rebels after the attack.",
    ],
)
def test_no_yielding_without_pressure_or_an_own_plan(text: str) -> None:
    found = triples_of(text)
    assert not any(c == "0832" for _s, c, _t in found), found


def test_the_data_lists_load() -> None:
    codebook, linking = load_codebook(), load_linking()
    assert codebook.given_things["rice"] == "073" and codebook.given_things["case"] == "064"
    assert {"provide", "report", "hand over"} <= codebook.giving_verbs
    assert codebook.verbs["join"].needs_igo_object
    assert "authority" in linking.placed_official_nouns


def test_information_shared_inside_one_government_is_administration() -> None:
    found = triples_of(
        "The Vietnamese health ministry informed Vietnamese Prime Minister Pham Minh Chinh of the cases."
    )
    assert not any(c.startswith("064") for _s, c, _t in found), found
    found = triples_of("The Vietnamese health ministry informed the World Health Organization of the cases.")
    assert has(found, "VNM", "064", "IGOUNOWHO"), found
