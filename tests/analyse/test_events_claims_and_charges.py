"""Which act a claim or a charge is (detente/data/cameo/verbs.yaml, verb_triggers.verb_code, speech.code_statement).

- Verbs of claiming ("claimed", "maintained", "reported", "countered", "contended", "asserted that ...") are
  statements like "said": a claim that another country's forces did harm is an accusation of that country
  (112) beside the act itself; a claim about one's own side, a claim with no hostile act in it and a claim
  of responsibility are no accusation.
- "withdrew the tariff cuts, saying Taipei had violated the pact": another country's act of conflict given as
  the reason for an act is an accusation beside that act (not when the act blames already: "criticised China,
  saying ..." is one criticism).
- "charged X with doing ..." blames X (112) when X is a state or one of its bodies (a government, an army,
  a rebel movement); people charged (nationals, officers, a journalist) are charged in court (173).

The sentences are composed for these tests and go through the whole pipeline (the actors are the actor stage's own).
"""

from __future__ import annotations

import pytest

from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Georgia's defence ministry claimed that Russian troops had shelled the village overnight.", "GEO", "RUS"),
        ("Ukraine maintained that Russian forces had attacked a hospital in Kharkiv.", "UKR", "RUS"),
        ("The Indian army reported that Pakistani troops had fired on Indian posts in Kashmir.", "IND", "PAK"),
        ("Armenia contended that Azerbaijani drones had struck a school in Stepanakert.", "ARM", "AZE"),
        ("Pakistan asserted that Indian jets had bombed a village near the border.", "PAK", "IND"),
    ],
)
def test_a_claim_of_another_countrys_attack_accuses_it(text: str, source: str, target: str) -> None:
    found = triples_of(text)
    assert has(found, source, "112", target), found
    assert has(found, target, "19", None), found  # the act claimed is still coded


@pytest.mark.parametrize(
    "text",
    [
        # one's own side's act, claimed
        "The Israeli army claimed that Israeli jets had struck targets in Gaza.",
        # a claim with no hostile act in it
        "Russia maintained that its relations with China were excellent.",
        "Peru claimed that it had never signed a maritime pact with Chile.",
        # a claim of responsibility is no accusation
        "The rebels claimed responsibility for the attack on the Nigerian army base.",
        # reporting figures, not an act
        "Credit Suisse reported a rise in its quarterly profit.",
        # a reason given for an act that blames already: the saying is how
        "Japan criticised China, saying Chinese ships had entered its waters.",
        # a reason that tells no hostile act
        "China welcomed the visit, saying Pakistan had been a reliable friend.",
        # a hostile act foretold is a warning, not an accusation
        "India closed the border crossing, saying Pakistani troops would attack its posts.",
    ],
)
def test_a_claim_or_reason_that_tells_no_past_hostile_act_of_another_is_no_accusation(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("112") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China withdrew tariff cuts on Taiwanese chemicals, saying Taipei had violated the trade pact.", "CHN", "TWN"),
        ("India closed the border crossing, saying Pakistani troops had fired on its posts.", "IND", "PAK"),
    ],
)
def test_a_reason_that_tells_another_countrys_hostile_act_accuses_it(text: str, source: str, target: str) -> None:
    found = triples_of(text)
    assert has(found, source, "112", target), found


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("India charged Ottawa with sheltering separatist militants.", "IND", "CAN"),
        ("Islamabad charged the Taliban with harbouring militants.", "PAK", "AFG"),
        ("Israel charged Hezbollah with using civilians as human shields.", "ISR", "LBN"),
        ("Pakistan charged the Indian government with funding rebels in Balochistan.", "PAK", "IND"),
    ],
)
def test_a_state_charged_with_an_act_is_accused(text: str, source: str, target: str) -> None:
    found = triples_of(text)
    assert has(found, source, "112", target), found
    assert not any(code.startswith("173") for _s, code, _t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "Police charged two Chinese nationals with spying.",
        "Russia charged the Ukrainian journalist with treason.",
        "US prosecutors charged Huawei with stealing trade secrets.",
    ],
)
def test_people_and_companies_charged_are_charged_in_court(text: str) -> None:
    found = triples_of(text)
    assert any(code.startswith("173") for _s, code, _t in found), found
    assert not any(code.startswith("112") for _s, code, _t in found), found


def test_body_object_is_a_checked_code() -> None:
    from detente.analyse.events.patterns import CodebookError, load_codebook, parse_codebook
    from tests.analyse.test_events_codebook import minimal_codebook

    assert load_codebook().verbs["charge"].body_object == "112"
    with pytest.raises(CodebookError, match=r"verbs\.charge\.body_object"):
        parse_codebook(minimal_codebook(verbs={"charge": {"code": "173", "body_object": "9999"}}))
