"""Constructions, third round: on sentences composed for these tests and run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_constructions import analysed, best

pytestmark = pytest.mark.slow


def test_forcing_a_party_to_act_is_coercion_aimed_at_it_whatever_the_act() -> None:
    # an act the codebook codes ("abandon", "surrender") and one it does not ("change course")
    assert best("Ethiopian troops forced Eritrean soldiers to abandon their positions near the border.") == (
        "ETH",
        "170",
        "ERI",
    )
    assert best("Iranian boats forced a British tanker to change course in the Strait of Hormuz.") == (
        "IRN",
        "170",
        "GBR",
    )
    assert best("Sudan compelled the UN peacekeepers to leave Darfur.")[:2] == ("SDN", "170")


def test_what_forces_no_party_or_is_not_done_is_no_coercion() -> None:
    # a market, the weather or a strike compels nobody in the sense of CAMEO coercion
    assert not [e for e in analysed("Falling oil prices compelled Angola to cut its budget.") if e.cameo == "170"]
    assert not analysed("Heavy rain forced organisers to cancel the match.")
    # a coercion denied is none; one suffered with no coercer named is none
    assert not [e for e in analysed("Washington did not force Kyiv to accept the ceasefire.") if e.cameo == "170"]
    assert not [
        e for e in analysed("The Nigerian minister was forced to resign after the scandal.") if e.cameo == "170"
    ]


def test_a_party_forced_to_act_by_another_is_coerced_by_it() -> None:
    # the parser hangs the "by" phrase from the act forced, not from "forced"
    assert best("The Kenyan envoy was forced to leave Mogadishu by Somali militiamen.") == ("SOM", "170", "KEN")
    # "by" a date names no coercer
    assert not [e for e in analysed("The Kenyan envoy was forced to leave Mogadishu by the end of the month.")]


def test_a_government_act_on_its_own_capital_or_region_is_aimed_at_its_land() -> None:
    # the actors stage reads the capital as the government itself; the curfew is still imposed on the country
    assert best("Thai authorities imposed a curfew on Bangkok after the clashes.") == ("THA", "1723", "THA")
    assert best("Sri Lanka declared a state of emergency in Colombo after the riots.") == ("LKA", "1724", "LKA")


def test_an_actor_praising_or_meeting_itself_under_another_name_is_still_no_event() -> None:
    # only the acts a government does within its country (curfews, bans, reforms, inquiries) are kept
    assert not analysed("Thai authorities praised Bangkok for its calm.")


def test_a_fight_breaking_out_between_parties_is_between_them() -> None:
    # the first named leads, as in "the clashes between X and Y"
    assert best("Clashes erupted between Indian and Chinese troops in the Galwan valley.") == ("IND", "190", "CHN")
    assert best("Heavy fighting broke out between Eritrean soldiers and Ethiopian troops.") == ("ERI", "190", "ETH")


def test_a_fight_breaking_out_between_no_named_parties_takes_none_from_between() -> None:
    # with no parties named, "between" gives no doer (the place may still tell whose land it is)
    assert all(e.source_actor is None for e in analysed("Fighting erupted between rival gangs on Saturday."))


def test_who_moves_may_be_what_the_subject_counts() -> None:
    assert best("Hundreds of protesters gathered outside the Chinese consulate in Sydney.")[1:] == ("141", "CHN")
    assert best("Thousands of Syrian troops massed near the Turkish border.")[:2] == ("SYR", "154")


def test_a_counted_crowd_that_is_no_mover_of_the_codebook_is_no_event() -> None:
    assert not analysed("Thousands of fans gathered outside the national stadium in Lagos.")


def test_a_legal_action_is_aimed_at_whom_it_is_against_not_the_court() -> None:
    assert best("Gambia filed a lawsuit against Myanmar at the International Court of Justice.")[2] == "MMR"
    assert best("Ukraine brought a case against Russia before the World Court.") == ("UKR", "115", "RUS")


def test_what_a_legal_action_is_against_that_is_no_party_leaves_the_target_to_the_other_arcs() -> None:
    # "against the tariffs" names no party: whom the complaint goes to is still the target
    assert best("Brazil lodged a complaint against the steel tariffs with Washington.")[2] == "USA"


def test_police_or_troops_firing_on_a_crowd_is_violent_repression() -> None:
    assert best("Burmese police opened fire on demonstrators in Yangon.")[:2] == ("MMR", "175")
    assert best("Sudanese troops fired on the crowd outside the army headquarters.")[:2] == ("SDN", "175")


def test_firing_on_soldiers_or_a_crowd_firing_is_no_repression() -> None:
    assert best("Indian troops opened fire on Pakistani soldiers along the border.") == ("IND", "190", "PAK")
    assert best("Rioters fired on police in Nairobi.")[1] == "145"
