"""Doers and targets the grammar implies (session 12, helper ``agents``).

Acts only one kind of actor does, told in the passive with no agent (implied_doers.py and
detente/data/cameo/implied_doers.yaml): "was sentenced to life imprisonment" (a court), "were held for questioning"
(police), the doer being that organ of the country where the act happens, and the patient a convict or suspect when
the text gives it no role. The sentences are composed for these tests in the style of wire news (none is copied from
a benchmark or the wire); the negative cases guard agents named, acts anyone may do and stories with no one country.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.implied_doers import ImpliedDoersError, load_implied_doers, parse_implied_doers
from detente.analyse.events.trace import EventTrace
from detente.analyse.explain import explain_article
from detente.model import Article, Event
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


def pairs(text: str, root: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the text's events of one CAMEO root."""
    return {
        (e.source_actor.code if e.source_actor else None, e.target_actor.code if e.target_actor else None)
        for e in analysed(text)
        if e.root == root
    }


def of_root(events: list[Event], root: str) -> list[Event]:
    return [e for e in events if e.root == root]


# --- the lexicon -------------------------------------------------------------------------------------------------


def test_the_lexicon_names_courts_and_police() -> None:
    lexicon = load_implied_doers()
    assert lexicon["sentence"].doer == "JUD" and lexicon["jail"].patient == "CRM"
    assert lexicon["arrest"].doer == "COP" and lexicon["hold questioning"].doer == "COP"
    assert "kill" not in lexicon and "charge" not in lexicon  # (anyone may kill; a charge may be laid abroad)


def test_a_role_that_is_no_three_letter_code_fails_at_load_time() -> None:
    with pytest.raises(ImpliedDoersError, match="court.doer"):
        parse_implied_doers({"kinds": {"court": {"doer": "JUDGE", "patient": "CRM", "triggers": ["sentence"]}}})
    with pytest.raises(ImpliedDoersError, match="triggers"):
        parse_implied_doers({"kinds": {"court": {"doer": "JUD", "patient": "CRM", "triggers": []}}})


# --- a court's acts ----------------------------------------------------------------------------------------------


def test_a_sentence_told_in_the_passive_is_the_court_s_of_the_story_s_country() -> None:
    text = (
        "Chinese prosecutors said the gang sold fake medicine across three provinces. "
        "The founder of the gang was sentenced to life imprisonment on Tuesday."
    )
    # (sentencing is legal action, 17, since session 14: the wire gold's "a court sentencing named convicts")
    assert pairs(text, "17") >= {("CHNJUD", "CHNCRM")}


def test_a_group_no_actor_names_is_jailed_and_convicted_as_criminals() -> None:
    text = (
        "Vietnamese police broke up a smuggling ring in Hanoi last year. "
        "The other six members of the ring were jailed for terms of two to eight years. "
        "The seven were convicted of smuggling cigarettes."
    )
    assert ("VNMJUD", "VNMCRM") in pairs(text, "17")
    assert ("VNMJUD", "VNMCRM") in pairs(text, "11")


def test_a_named_official_keeps_his_role_when_jailed() -> None:
    text = "Zhang Wei, a county official in Hunan province, China, was jailed on Monday for taking bribes."
    assert pairs(text, "17") == {("CHNJUD", "CHNGOV")}


# --- police acts -------------------------------------------------------------------------------------------------


def test_people_held_for_questioning_are_held_by_the_police_of_the_place() -> None:
    text = "Riot police clashed with youths in the French city of Rennes on Saturday. Ten people were held for questioning."
    assert ("FRACOP", "FRACVL") in pairs(text, "17")


def test_arrests_in_a_named_place_are_that_country_s_police() -> None:
    text = "Officials in Madrid said the raids went on all night. Twelve suspects were arrested in Sydney and Perth."
    assert ("AUSCOP", "AUSCRM") in pairs(text, "17")


def test_a_suspect_s_own_nationality_stays_his() -> None:
    text = "A Bulgarian engineer was detained in Athens on Sunday over a forged licence."
    assert pairs(text, "17") == {("GRCCOP", "BGRCRM")}


def test_held_in_custody_is_a_detention() -> None:
    text = "Two Kenyan journalists were being held in custody in Nairobi on Friday."
    assert ("KENCOP", "KENMED") in pairs(text, "17") or ("KENCOP", "KENCRM") in pairs(text, "17")


# --- where no doer is implied ------------------------------------------------------------------------------------


def test_an_agent_named_is_the_doer_even_uncoded() -> None:
    text = "In a village of northern Mali, two teachers were arrested by gunmen on Monday, residents said."
    assert not any(s and s.endswith("COP") for s, _t in pairs(text, "17"))


def test_acts_anyone_may_do_imply_no_doer() -> None:
    text = "Kenyan officials said the attack took place in Mombasa. Four people were killed and two were kidnapped."
    events = analysed(text)
    assert not any(e.source_actor and e.source_actor.code in {"KENCOP", "KENJUD"} for e in events)


def test_a_story_of_two_countries_with_no_place_implies_no_court() -> None:
    text = (
        "A Canadian businessman accused of selling Iranian oil appeared before a judge in London on Friday. "
        "He was convicted last year of money laundering."
    )
    events = of_root(analysed(text), "11")
    assert not any(e.source_actor and (e.source_actor.code or "").endswith("JUD") for e in events)


# --- calls and demands named as nouns ----------------------------------------------------------------------------


def test_calls_led_for_a_party_to_act_are_appeals_to_it_not_its_act() -> None:
    events = analysed("The United States has led calls for President Mobutu of Zaire to step down after 30 years.")
    assert ("USA", "COD") in {(e.source_actor.code[:3], e.target_actor.code[:3]) for e in of_root(events, "02")}
    assert not any(e.root == "08" for e in events)  # (the stepping down is asked for, not done)


def test_a_call_renewed_for_a_party_to_withdraw_is_an_appeal_to_it() -> None:
    events = analysed("Britain on Monday renewed its call for Syria to withdraw its troops from Lebanon.")
    assert any(e.source_actor.code[:3] == "GBR" and e.target_actor.code[:3] == "SYR" for e in of_root(events, "02"))
    assert not any(e.root == "08" for e in events)


def test_calls_a_party_rejects_are_not_its_own_appeal() -> None:
    events = analysed("Damascus on Tuesday rejected calls for Syria to withdraw its troops from Lebanon.")
    assert not any(e.source_actor and e.source_actor.code[:3] == "SYR" and e.root == "02" for e in events)


def test_a_phone_call_is_no_appeal() -> None:
    events = analysed(
        "French President Jacques Chirac took a call from Russian President Vladimir Putin that lasted an hour."
    )
    assert not of_root(events, "02")


def test_calls_echoed_by_a_party_are_its_appeal() -> None:
    text = "Calls for the Sri Lankan president to step down were echoed on Tuesday by the country's Buddhist clergy."
    events = analysed(text)
    assert [e.target_actor.code[:3] for e in of_root(events, "02")] == ["LKA"]
    assert not any(e.root == "08" for e in events)


def test_a_participle_describing_a_person_implies_no_arrest() -> None:
    for text in (
        "Iran's judiciary chief vowed to punish people arrested in the protests in Tehran.",
        "A hunger strike by the jailed Bahraini activist Abdulhadi al-Khawaja entered its 54th day on Monday.",
    ):
        assert not of_root(analysed(text), "17"), text


# --- a participle on a party is its act --------------------------------------------------------------------------


def test_an_active_participle_on_a_party_is_that_party_s_act() -> None:
    text = "Kenyan troops backing the Somali government shelled Islamist positions near Kismayo on Monday."
    found = {(c.code[:2], c.source) for c in _trace(text).candidates}
    assert any(code == "05" and source and "Kenyan troops" in source for code, source in found)


def test_a_participle_on_a_thing_has_no_doer_of_its_own() -> None:
    text = "Police in Kinshasa dispersed a demonstration backing the prime minister on Wednesday."
    found = {(c.code[:2], c.source) for c in _trace(text).candidates}
    assert not any(code == "05" and source for code, source in found)


def _trace(text: str) -> EventTrace:
    """Every act the rules found in the text, kept or dropped (as ``detente explain`` shows them)."""
    article = Article(id="t", text=text, content_hash=f"t-{hash(text)}", date="2026-03-02")
    return explain_article(article)[1]
