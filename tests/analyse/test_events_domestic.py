"""State-society acts coded by who does them to whom (``detente/data/cameo/domestic.yaml``, module
``events.domestic``): a boycott by society is a protest (14), a ban a state puts on its own people restricts their
freedoms (17), police clashing with a crowd of their own country meet the crowd's violent protest (145); and the
people news names in such stories (youths, lawyers, bar associations) are civilians. Sentences composed for these
tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.domestic import DomesticLexiconError, load_domestic, parse_domestic

from .test_events_precision import coded, has

SLOW = pytest.mark.slow


# --- the lexicon ---------------------------------------------------------------------------------------------


def test_the_lexicon_loads_with_cameo_codes() -> None:
    lexicon = load_domestic()
    assert lexicon.boycotts.code == "143" and "boycott" in lexicon.boycotts.words
    assert lexicon.bans.code == "1721" and "ban" in lexicon.bans.words and "CVL" in lexicon.bans.roles
    assert lexicon.clashes.code == "145" and lexicon.clashes.roles == {"COP", "MIL"}


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {
            "society_boycotts": {"codes": ["163"], "words": ["boycott"], "code": "999", "roles": ["PTY"]},
            "home_bans": {"codes": ["163"], "words": ["ban"], "code": "1721", "roles": ["CVL"]},
            "crowd_clashes": {"codes": ["190"], "words": ["clash"], "code": "145", "forces": ["COP"]},
        },
        {
            "society_boycotts": {"codes": ["163"], "words": [], "code": "143", "roles": ["PTY"]},
            "home_bans": {"codes": ["163"], "words": ["ban"], "code": "1721", "roles": ["CVL"]},
            "crowd_clashes": {"codes": ["190"], "words": ["clash"], "code": "145", "forces": ["COP"]},
        },
    ],
)
def test_a_malformed_lexicon_is_refused(raw: dict) -> None:
    with pytest.raises(DomesticLexiconError):
        parse_domestic(raw)


# --- boycotts, strikes and hartals by society are protests --------------------------------------------------


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Opposition lawyers in Pakistan boycotted the courts on Monday to protest against the arrest of the "
            "chief justice.",
            "PAKCVL",
            "PAK",
        ),
        ("The main opposition party in Ethiopia boycotted parliament on Tuesday.", "ETHOPP", "ETH"),
        ("The main opposition party called a nationwide hartal in Bangladesh for Thursday.", "BGDOPP", "BGD"),
    ],
)
def test_a_boycott_or_strike_by_society_is_a_protest(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "14", target), found
    assert not any(c.startswith("16") for _s, c, _t in found), found


@SLOW
def test_a_boycott_by_states_stays_a_sanction() -> None:
    found = coded("Israel and the United States boycotted the Hamas-led government.")
    assert any(c.startswith("163") for _s, c, _t in found), found
    assert not any(c.startswith("14") for _s, c, _t in found), found


# --- bans on the state's own people restrict political freedoms ---------------------------------------------


@SLOW
@pytest.mark.parametrize(
    "text",
    [
        "The Malaysian government banned activists from holding rallies in Kuala Lumpur.",
        "Egyptian authorities banned opposition activists from travelling abroad on Sunday.",
    ],
)
def test_a_ban_on_the_state_s_own_people_is_a_restriction(text: str) -> None:
    found = coded(text)
    country = found[0][0][:3] if found and found[0][0] else ""
    assert has(found, country, "17", country), found
    assert not any(c.startswith("16") for _s, c, _t in found), found


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russia banned Georgian students from its universities on Monday.", "RUS", "GEO"),
        ("Russia banned Georgian wine imports on Monday.", "RUS", "GEO"),
    ],
)
def test_a_ban_on_another_country_s_people_or_goods_stays_a_sanction(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "16", target), found


# --- police clashing with a crowd of their own country -------------------------------------------------------


@SLOW
@pytest.mark.parametrize(
    ("text", "crowd", "force"),
    [
        ("Police clashed with students in the Bangladeshi capital Dhaka on Sunday.", "BGDEDU", "BGDCOP"),
        ("Kenyan police clashed with residents of Nairobi's largest slum on Sunday.", "KENCVL", "KENCOP"),
        ("Police clashed with youths in the French city of Rennes on Saturday.", "FRACVL", "FRACOP"),
    ],
)
def test_police_clashing_with_a_crowd_meet_its_violent_protest(text: str, crowd: str, force: str) -> None:
    found = coded(text)
    assert (crowd, "145", force) in found, found
    assert not any(c.startswith("19") for _s, c, _t in found), found


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # armed sides fight a battle
        ("Government troops clashed with rebels in eastern Congo on Monday.", "COD", "COD"),
        # a clash across a border between a force and another country's people is left to the conflict rules
        ("Israeli troops clashed with Palestinian youths in Hebron on Wednesday.", "ISR", "PSE"),
    ],
)
def test_a_clash_between_armed_sides_or_across_a_border_stays_a_fight(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "19", target), found


# --- people of the street and the professions ---------------------------------------------------------------


@SLOW
def test_youths_throwing_stones_at_police_protest_violently() -> None:
    found = coded("Youths hurled stones at police in the French city of Rennes on Saturday.")
    assert ("FRACVL", "145", "FRACOP") in found, found


@SLOW
def test_defence_lawyers_in_a_trial_are_no_civilian_party() -> None:
    found = coded(
        "The witness gave her testimony behind a curtain in a Baghdad court, but defence lawyers protested and "
        "charged that it was incomprehensible."
    )
    assert not any((s or "")[3:6] == "CVL" for s, _c, _t in found), found


# --- legal challenges against state bodies -------------------------------------------------------------------


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "The former prime minister of Canada filed a challenge against a judicial inquiry which blamed him for "
            "a funding scandal.",
            "CAN",
            "CANJUD",
        ),
        (
            "The opposition party in Kenya filed a legal challenge against the election commission on Monday.",
            "KEN",
            "KEN",
        ),
        ("Thai opposition leaders lodged an appeal against the court's ruling in Bangkok on Tuesday.", "THA", "THAJUD"),
    ],
)
def test_a_challenge_or_appeal_filed_against_a_body_is_legal_action(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any((s or "")[:3] == source and c == "115" and (t or "")[: len(target)] == target for s, c, t in found), (
        found
    )


@SLOW
def test_an_appeal_for_help_is_still_an_appeal() -> None:
    found = coded("The Red Cross in Geneva launched an appeal for aid to Somalia on Monday.")
    assert not any(c == "115" for _s, c, _t in found), found
