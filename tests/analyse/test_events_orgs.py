"""Organisations and agent nouns from the Phoenix dictionaries (session 15, `orgs`): IGOs and international NGOs
in igos.tsv, armed groups and national NGOs in groups.tsv, agent nouns in roles.tsv (rows marked "Phoenix";
scripts/import_phoenix_orgs.py prints the agent rows). Data checks, then sentences composed here in the style of
wire news (none is taken from a benchmark or the newswire corpus), each family with a negative beside it.
"""

from __future__ import annotations

from functools import partial

import pycountry
import pytest

from detente.analyse.actors.lexicon import data_rows, read_roles, split_list
from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_precision import coded

SECTORS = frozenset(
    {
        "AGR",
        "BUS",
        "COP",
        "CRM",
        "CVL",
        "EDU",
        "GOV",
        "HLH",
        "JUD",
        "LAB",
        "LEG",
        "MED",
        "MIL",
        "NGO",
        "OPP",
        "PTY",
        "REB",
        "REF",
        "REL",
        "SPY",
    }
)


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


# --- data -------------------------------------------------------------------------------------------------------


def named_rows() -> list[tuple[str, str, str]]:
    """(file, phrase, code) of every name and alias of igos.tsv and groups.tsv (rows of no date: a group whose role
    changed, such as the Taliban or the RSF, has one dated row for each role on purpose)."""
    found = []
    for row in data_rows("igos.tsv"):
        found += [("igos.tsv", p, row["code"]) for p in [row["name"], *split_list(row["aliases"])]]
    for row in data_rows("groups.tsv"):
        if row.get("valid_from") or row.get("valid_to"):
            continue
        code = row["country"] + row["role"]
        found += [("groups.tsv", p, code) for p in [row["name"], *split_list(row["aliases"])]]
    return found


def test_no_name_has_two_codes() -> None:
    codes: dict[str, set[tuple[str, str]]] = {}
    for file, phrase, code in named_rows():
        codes.setdefault(phrase, set()).add((file, code))
    # (but two countries' parties of one name, in groups.tsv, one code each: the article's country decides,
    # mentions._homonym_groups)
    homonyms = {
        p for p, c in codes.items() if {f for f, _ in c} == {"groups.tsv"} and len({k[:3] for _, k in c}) == len(c)
    }
    clashes = {p: c for p, c in codes.items() if len(c) > 1 and p not in homonyms}
    assert not clashes, clashes


def test_international_codes_are_whole_family_codes() -> None:
    for row in data_rows("igos.tsv"):
        assert row["code"][:3] in {"IGO", "NGO", "IMG"}, row
        assert row["code"].isupper() and row["code"].isalnum(), row


def test_group_rows_name_a_state_and_a_sector() -> None:
    iso3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}
    for row in data_rows("groups.tsv"):
        assert row["country"] in iso3, row
        assert row["role"] in SECTORS, row


def test_role_words_are_one_sector_and_not_listed_twice_differently() -> None:
    roles: dict[tuple[str, bool], set[str | None]] = {}
    for word in read_roles():
        assert word.role is None or word.role in SECTORS, word
        roles.setdefault((word.phrase, word.plural), set()).add(word.role)
    assert not {k: v for k, v in roles.items() if len(v) > 1}


@pytest.mark.parametrize("phrase", ["trader", "surgeon", "missionary", "peasant", "herdsman", "jurist", "arsonist"])
def test_phoenix_agent_nouns_are_read(phrase: str) -> None:
    words = {w.phrase for w in read_roles()}
    assert phrase in words


@pytest.mark.parametrize("phrase", ["prison", "hospital", "christian", "tanker", "mother", "population", "captain"])
def test_things_kinship_and_peoples_are_not_agent_nouns(phrase: str) -> None:
    assert phrase not in {w.phrase for w in read_roles() if w.kind == "group"}


PHOENIX_AGENTS = """
!PERSON! = MAN, MEN
TRADER [~BUS]
ORTHODONTIST [~HLH]
CHAPLAIN [~CHRPRO]
SAWYER {} [~LAB]
HOSPITAL [~HLH]
GUNSLINGER [~UAF]
TOBACCO_FARMER [~AGR]
MINISTER_OF_FISHERIES [~GOVAGR]
OBSERVERS_IN [IGO~]
"""


def test_the_importer_keeps_new_agent_nouns_in_detentes_sectors(tmp_path) -> None:
    from scripts.import_phoenix_orgs import rows

    path = tmp_path / "agents.txt"
    path.write_text(PHOENIX_AGENTS, encoding="utf-8")
    # trader is in roles.tsv already; a hospital is a place, a gunslinger an attacker of no side; phrases of two
    # words, government titles and prefixed codes are left to the hand
    assert rows(str(path)) == [
        ("orthodontist", "HLH", "group", "yes"),
        ("sawyer", "LAB", "group", "yes"),
        ("chaplain", "REL", "group", "yes"),
    ]


# --- actors -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("ActionAid said food stocks in the north had run out.", "ActionAid", "NGO"),
        ("The World Wildlife Fund warned that the dam would flood the forest.", "World Wildlife Fund", "NGO"),
        ("The International Commission of Jurists said the decree was illegal.", "International Commission", "NGO"),
        ("Terre des Hommes said 40 children were missing.", "Terre des Hommes", "NGO"),
        ("The Intergovernmental Panel on Climate Change released its report.", "Intergovernmental Panel", "IGOUNOIPCC"),
        ("The Inter-Parliamentary Union sent a delegation to Dhaka.", "Inter-Parliamentary Union", "IGOIPU"),
        ("The Popular Resistance Committees fired rockets at Sderot.", "Popular Resistance Committees", "PSEREB"),
        ("The Salafist Group for Preaching and Combat claimed the attack.", "Salafist Group", "DZAREB"),
        ("The American Civil Liberties Union sued the Pentagon.", "American Civil Liberties Union", "USANGO"),
    ],
)
def test_organisations_of_the_phoenix_dictionaries(actors_of, text: str, phrase: str, code: str) -> None:
    assert actor_at(actors_of(text), text, phrase).code == code


def test_an_ngo_is_not_its_host_state(actors_of) -> None:
    text = "Kenyan police raided the offices of Action Against Hunger in Nairobi."
    assert actor_at(actors_of(text), text, "Action Against Hunger").code == "NGO"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the same words in lower case or in another name are no organisation
        ("The plan calls for action against hunger in the region.", "action against hunger"),
        ("Friends of the president said he would resign.", "Friends of the president"),
    ],
)
def test_common_words_are_no_organisation(actors_of, text: str, phrase: str) -> None:
    start = text.index(phrase)
    end = start + len(phrase)
    assert not any(a.code == "NGO" for a in actors_of(text) for m in a.mentions if m.start < end and m.end > start)


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("Angry Nigerian traders blocked the road to the port.", "traders", "NGABUS"),
        ("Chinese surgeons operated on the injured.", "surgeons", "CHNHLH"),
        ("Two American missionaries were freed on Sunday.", "missionaries", "USAREL"),
        ("Bolivian peasants marched on La Paz.", "peasants", "BOLAGR"),
        ("Pakistani jurists condemned the decree.", "jurists", "PAKCVL"),
    ],
)
def test_agent_nouns_take_their_country_and_sector(actors_of, text: str, phrase: str, code: str) -> None:
    assert actor_at(actors_of(text), text, phrase).code == code


# --- events -----------------------------------------------------------------------------------------------------


def test_an_ngo_condemns_a_government() -> None:
    found = coded("ActionAid condemned the Ethiopian government for expelling aid workers.")
    assert any(s == "NGO" and c.startswith("11") and t == "ETHGOV" for s, c, t in found), found


def test_traders_accuse_officials() -> None:
    found = coded("Kenyan traders accused customs officials of demanding bribes at the border.")
    assert any(s == "KENBUS" and c.startswith("11") for s, c, _t in found), found


def test_an_armed_group_attacks() -> None:
    found = coded("The Popular Resistance Committees fired rockets at Israel on Monday.")
    assert any(s == "PSEREB" and t and t.startswith("ISR") for s, _c, t in found), found


def test_an_agent_of_no_country_a_court_fines_is_of_the_courts_country() -> None:
    text = "A Kenyan court fined a trader who smuggled ivory from Tanzania, a report said."
    assert ("KENJUD", "KENBUS") in {(s, t) for s, c, t in coded(text) if c.startswith("17")}


def test_an_agent_of_a_stated_country_keeps_it_before_a_foreign_court() -> None:
    text = "A Kenyan court fined a Tanzanian trader who smuggled ivory, a report said."
    found = {(s, t) for s, c, t in coded(text) if c.startswith("17")}
    assert ("KENJUD", "TZABUS") in found and ("KENJUD", "KENBUS") not in found
