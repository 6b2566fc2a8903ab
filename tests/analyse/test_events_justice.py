"""Courts, police and investigators acting on people of their own state (session 14, helper ``justice``).

A court's penalties as verbs and nouns ("imposed a fine on", "returned the verdict on", "were fined"), the court of
a story whose sentence names several countries taken from the court the article names, a fine told of a sports body
or a regulator being no legal act, and goods a security force seizes with no owner named taken from suspects of its
own country. The sentences are composed for these tests in the style of wire news (none is copied from a benchmark
or the wire); the negative cases guard sport, year tallies, background told in the past perfect and people named.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.implied_doers import (
    ImpliedDoersError,
    load_implied_doers,
    load_seizures,
    parse_implied_doers,
    parse_seizures,
)
from tests.analyse.test_events_agents import of_root, pairs
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


# --- the lexicon -------------------------------------------------------------------------------------------------


def test_a_fine_is_a_court_s_only_in_a_story_that_names_a_court() -> None:
    kind = load_implied_doers()["fine"]
    assert kind.doer == "JUD" and kind.named_only and kind.name == "court"
    assert not load_implied_doers()["sentence"].named_only
    seizures = load_seizures()
    assert seizures.owner == "CRM" and "COP" in seizures.doers and "GOV" not in seizures.doers


def test_a_malformed_seizures_section_fails_at_load_time() -> None:
    with pytest.raises(ImpliedDoersError, match="seizures.owner"):
        parse_seizures({"seizures": {"codes": ["171"], "verbs": ["seize"], "doers": ["COP"], "owner": "owners"}})
    with pytest.raises(ImpliedDoersError, match="named_only"):
        parse_implied_doers({"kinds": {"fine": {"doer": "JUD", "patient": "CRM", "named_only": 1, "triggers": ["x"]}}})


# --- a court's penalties -----------------------------------------------------------------------------------------


def test_a_fine_imposed_on_a_man_is_the_court_s_legal_action() -> None:
    text = "A court in Nairobi imposed a heavy fine on a man who smuggled ivory from Tanzania, a newspaper said."
    assert ("KENJUD", "KENCVL") in pairs(text, "17")


def test_the_court_the_article_names_jails_and_fines_in_a_story_of_two_countries() -> None:
    text = (
        "A Malaysian court imposed a record fine on a trader who smuggled timber from Thailand, a report said. "
        "The trader, who was also jailed for three years, said he would appeal. "
        "Two other men who helped him were fined 20,000 dollars each."
    )
    found = pairs(text, "17")
    assert {s for s, _t in found} == {"MYSJUD"}
    assert len(of_root(analysed(text), "17")) == 3
    # "a trader" (a role word since session 15, roles.tsv) of no stated country: the court's, in his own sector
    assert ("MYSJUD", "MYSBUS") in found


def test_a_jury_returning_its_verdict_finds_the_defendant_guilty() -> None:
    text = "A jury in Los Angeles returned the verdict on the former mayor after a three-week trial."
    assert ("USAJUD", "USAGOV") in pairs(text, "11")


def test_a_jury_named_in_the_story_convicted_a_foreigner() -> None:
    text = (
        "A Nigerian man was convicted on Tuesday of laundering money for a drug ring in Colombia. "
        "The federal jury in Miami returned its verdict after two days of deliberations."
    )
    assert ("USAJUD", "NGACVL") in pairs(text, "11") or ("USAJUD", "NGACRM") in pairs(text, "11")


def test_a_fine_by_a_sports_body_or_a_regulator_is_no_legal_action() -> None:
    for text in (
        "Dallas receiver Terrell Owens was fined 35,000 dollars on Monday by the NFL for spitting at an opponent.",
        "The Australian regulator fined two banks for misleading customers, the regulator said.",
    ):
        assert not of_root(analysed(text), "17"), text


def test_a_fine_in_a_story_with_no_court_implies_no_doer() -> None:
    text = "Japanese football club Urawa Reds said two of its players were fined for missing training."
    assert not any(s and s.endswith("JUD") for s, _t in pairs(text, "17"))


def test_a_sentence_told_as_past_perfect_background_implies_no_court() -> None:
    text = (
        "Mali's military leader on Friday pardoned 46 Ivorian soldiers who had been sentenced to 20 years in prison. "
        "A Bamako court convicted them last week of plotting against the state."
    )
    events = analysed(text)
    assert not any(e.sentence == 0 and e.source_actor and e.source_actor.code == "MLIJUD" for e in events)


# --- goods seized ------------------------------------------------------------------------------------------------


def test_drugs_police_confiscated_are_taken_from_suspects_of_their_country() -> None:
    text = "Turkish police confiscated 90 kg of heroin hidden in a lorry in Istanbul on Friday, Anatolia reported."
    assert ("TURCOP", "TURCRM") in pairs(text, "17")


def test_a_year_s_tally_of_seizures_is_no_act() -> None:
    text = "In 2005, Turkish security forces seized 6,000 kg of heroin and 40 kg of cocaine, official figures showed."
    assert not any(t and t.endswith("CRM") for _s, t in pairs(text, "17"))


def test_boats_seized_beside_an_arrest_are_the_arrested_people_s() -> None:
    text = "The Sri Lankan navy arrested 12 Indian fishermen and seized three trawlers near Delft Island on Monday."
    assert not any(t and t.endswith("CRM") for _s, t in pairs(text, "17"))


def test_a_town_seized_by_troops_or_goods_seized_by_officials_get_no_suspects() -> None:
    for text in (
        "Ethiopian troops seized the town of Baidoa on Wednesday, residents said.",
        "Beijing food safety officials seized 1,100 kilograms of tainted eggs from markets on Tuesday.",
    ):
        assert not any(t and t.endswith("CRM") for _s, t in pairs(text, "17")), text


# --- investigations and bans -------------------------------------------------------------------------------------


def test_the_subject_of_a_probe_is_whom_it_investigates() -> None:
    text = "A lawyer for the former senator said on Friday that the senator has been the subject of an FBI probe."
    assert ("USACOP", "USALEG") in pairs(text, "09")


def test_the_subject_of_a_film_is_no_investigation() -> None:
    text = "The former senator was the subject of a documentary shown on French television on Friday."
    assert not of_root(analysed(text), "09")


def test_barred_from_contesting_or_standing_restricts_a_politician() -> None:
    for text in (
        "Bangladesh's election commission barred the former president from contesting the January polls.",
        "Kenya's electoral commission has barred the opposition leader from standing in next month's election.",
    ):
        assert any(e.cameo == "1722" for e in analysed(text)), text


def test_kept_from_entering_a_stadium_is_no_political_ban() -> None:
    text = "Egyptian football club Al Ahly barred its fans from entering the stadium for two matches."
    assert not any(e.cameo == "1722" for e in analysed(text))


def test_sentencing_is_legal_action_and_convicting_finds_guilty() -> None:
    text = (
        "Indonesian police said the gang smuggled migrants to Australia. "
        "A court in Jakarta convicted the gang's leader of people smuggling and sentenced him to eight years in jail. "
        "Judges handed down a prison sentence to his brother."
    )
    events = analysed(text)
    assert any(e.cameo == "116" for e in events) and sum(e.cameo == "173" for e in events) >= 2


def test_a_person_detained_by_the_authorities_is_a_suspect_of_their_country() -> None:
    text = "Chinese state media said a headmaster has been detained by the local authorities after the stampede."
    # a headmaster is EDU since session 15 (roles.tsv): the patient keeps the sector his noun gives, of their country
    assert ("CHNGOV", "CHNEDU") in pairs(text, "17")
    text = "Chinese state media said a man has been detained by the local authorities after the stampede."
    assert ("CHNGOV", "CHNCRM") in pairs(text, "17") or ("CHNGOV", "CHNCVL") in pairs(text, "17")


def test_a_thing_detained_or_a_person_a_rebel_group_holds_gets_no_suspect() -> None:
    for text in (
        "Kenyan police said they detained it on Monday.",
        "Somali rebels detained a trader in Kismayo on Monday, residents said.",
    ):
        assert not any(t and t.endswith("CRM") for _s, t in pairs(text, "17")), text


def test_a_year_s_tally_of_arrests_makes_no_suspects() -> None:
    text = "Spanish police have arrested 2,600 undocumented migrants off the coast of Granada so far this year."
    assert not any(t and t.endswith("CRM") for _s, t in pairs(text, "17"))
