"""The office-holder, IGO and group dictionaries: well-formed rows, no ambiguous names, coverage, and
end-to-end coding of people and bodies they name (sentences written for these tests)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from functools import partial

import pytest

from detente.analyse.actors import find_actors
from detente.analyse.actors.lexicon import data_rows, read_office_holders, split_list
from detente.model import Actor, Article

from .test_actors_lexicon import ISO3, ROLES

IGO_CODES = {row["code"] for row in data_rows("igos.tsv")}

# The 193 UN member states (ISO alpha-3), plus Taiwan, Palestine and Kosovo.
UN_MEMBER_CODES = """AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN
    BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM
    ECU EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL
    IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG MWI
    MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR
    OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT KOR ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE
    SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR
    ARE GBR TZA USA URY UZB VUT VEN VNM YEM ZMB ZWE"""
UN_MEMBERS = set(UN_MEMBER_CODES.split())
COVERED = UN_MEMBERS - {"SMR"} | {"TWN", "PSE", "XKX"}  # San Marino's two captains regent change every six months
# Names that stand for too many people to be listed alone (the file's rule for surnames).
AMBIGUOUS_ALONE = {"Kim", "Lee", "Park", "Khan", "Singh", "Ali", "Ahmed", "Mohammed", "Hassan", "Wang", "Li", "Zhang"}


def phrases_of(holder) -> list[str]:
    return [holder.name, *holder.aliases]


def test_office_holders_are_well_formed():
    holders = read_office_holders()
    assert len(holders) > 1500
    seen = set()
    for h in holders:
        assert h.name and h.title, h
        assert h.country in ISO3 or h.country in IGO_CODES, h
        assert h.role is None or h.role in ROLES, h
        assert (h.role is None) == (h.country in IGO_CODES), h  # an IGO code is complete on its own
        assert h.valid_from is not None, h
        assert h.valid_to is None or h.valid_from <= h.valid_to, h
        key = (h.name, h.country, h.title, h.valid_from)
        assert key not in seen, f"duplicate row {key}"
        seen.add(key)


def test_no_name_means_two_countries_at_once():
    by_phrase = defaultdict(list)
    for h in read_office_holders():
        for phrase in phrases_of(h):
            by_phrase[phrase].append(h)
    for phrase, holders in by_phrase.items():
        for i, a in enumerate(holders):
            for b in holders[i + 1 :]:
                if a.country == b.country:
                    continue
                overlap = (a.valid_to is None or b.valid_from <= a.valid_to) and (
                    b.valid_to is None or a.valid_from <= b.valid_to
                )
                assert not overlap, f"{phrase!r}: {a.name} ({a.country}) and {b.name} ({b.country})"


def test_no_ambiguous_name_alone():
    for h in read_office_holders():
        for phrase in phrases_of(h):
            assert phrase not in AMBIGUOUS_ALONE, h


def test_every_state_has_a_leader_in_office():
    for day in (dt.date(2024, 6, 1), dt.date(2025, 6, 1)):
        # whoever rules: a government, a junta (MIL) or the Taliban (REB, as in groups.tsv)
        in_office = {h.country for h in read_office_holders() if h.in_office(day) and h.role in {"GOV", "MIL", "REB"}}
        assert not COVERED - in_office, (day, sorted(COVERED - in_office))


def test_igos_and_groups_are_well_formed():
    code_of: dict[str, str] = {}
    for row in data_rows("igos.tsv"):
        assert row["code"][:3] in {"IGO", "NGO", "IMG"}, row
        for phrase in [row["name"], *split_list(row["aliases"])]:
            assert code_of.setdefault(phrase, row["code"]) == row["code"], phrase
    countries_of: dict[str, set[str]] = {}
    for row in data_rows("groups.tsv"):
        assert row["country"] in ISO3 and row["role"] in ROLES, row
        dated = bool(row["valid_from"] or row["valid_to"])  # dated rows repeat a name for another period
        for phrase in [row["name"], *split_list(row["aliases"])]:
            # "RSF" is Sudan's Rapid Support Forces here, so not Reporters Without Borders in igos.tsv; an undated
            # repeat is another country's party of the same name (Taiwan's and Malawi's DPP), never the same one's
            assert (dated or row["country"] not in countries_of.get(phrase, set())) and phrase not in code_of, phrase
            countries_of.setdefault(phrase, set()).add(row["country"])


# ---------------------------------------------------------------------------------------------------
# End to end, through the actors stage


def find_actors_in(nlp, text: str, date: str | None = None) -> list[Actor]:
    article = Article(id="t", text=text, content_hash="x", date=date)
    return find_actors(nlp(text), article)


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def code_at(actors: list[Actor], text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    end = start + len(phrase)
    found = [a for a in actors for m in a.mentions if m.start < end and m.end > start]
    assert found, f"no actor mention covers {phrase!r}: {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return found[0].code


def test_surname_alone_of_a_listed_leader(actors_of):
    text = "Vucic told reporters that Serbia would not join the sanctions."
    assert code_at(actors_of(text, "2025-03-02"), text, "Vucic") == "SRBGOV"


def test_titled_surname_in_an_archive_article(actors_of):
    # the office-holder data on the article's date: which President Mitterrand and of what
    text = "President Mitterrand gave a warm welcome to the visiting Nigerian leader on Thursday."
    assert code_at(actors_of(text, "1990-05-10"), text, "Mitterrand") == "FRAGOV"


def test_same_surname_takes_the_holder_in_office_that_day(actors_of):
    text = "Bush said the United States would not accept the invasion."
    assert code_at(actors_of(text, "1990-08-05"), text, "Bush") == "USAGOV"
    text = "Former prime minister Benazir Bhutto demanded new elections in Islamabad."
    assert code_at(actors_of(text, "1992-03-01"), text, "Benazir Bhutto").startswith("PAK")


def test_former_leader_keeps_country_but_not_office(actors_of):
    text = "Jacinda Ardern spoke at a climate conference in Oslo on Tuesday."
    assert code_at(actors_of(text, "2025-09-10"), text, "Jacinda Ardern") == "NZL"
    assert code_at(actors_of(text, "2019-09-10"), text, "Jacinda Ardern") == "NZLGOV"


def test_igo_head_and_armed_group_leader(actors_of):
    text = "Ngozi Okonjo-Iweala warned against new tariffs, while Naim Qassem rejected any disarmament plan."
    actors = actors_of(text, "2025-04-20")
    assert code_at(actors, text, "Ngozi Okonjo-Iweala") == "IGOWTO"
    assert code_at(actors, text, "Naim Qassem") == "LBNREB"


def test_armed_groups_and_parties(actors_of):
    text = "The Tehrik-i-Taliban Pakistan claimed the attack, and the Awami League called a strike in Dhaka."
    actors = actors_of(text, "2025-07-01")
    assert code_at(actors, text, "Tehrik-i-Taliban Pakistan") == "PAKREB"
    assert code_at(actors, text, "Awami League") == "BGDPTY"


def test_old_names_of_bodies(actors_of):
    text = (
        "European Community ministers met the International Labour Office and the General Assembly "
        "president to discuss the crisis."
    )
    actors = actors_of(text, "2025-02-11")
    assert code_at(actors, text, "European Community") == "IGOEUREEC"
    assert code_at(actors, text, "International Labour Office") == "IGOUNOILO"
    assert code_at(actors, text, "General Assembly") == "IGOUNO"


def test_archive_names_of_states(actors_of):
    text = "The Soviet Union and West Germany signed a treaty, and Soviet troops left the USSR's bases in Bonn."
    actors = actors_of(text, "1990-09-12")
    assert code_at(actors, text, "Soviet Union").startswith("RUS")
    assert code_at(actors, text, "West Germany").startswith("DEU")
    assert code_at(actors, text, "Soviet troops").startswith("RUS")


def test_a_group_that_turned_on_its_state_changes_role_on_the_day(nlp):
    # the Rapid Support Forces: a state paramilitary (MIL) until 15 April 2023, rebels (REB) since
    text = "The Rapid Support Forces shelled the market, and Hemedti said the RSF would not withdraw."
    before = find_actors_in(nlp, text, "2021-06-01")
    after = find_actors_in(nlp, text, "2024-06-01")
    undated = find_actors_in(nlp, text)
    assert {a.code for a in before} == {"SDNMIL"}
    assert {a.code for a in after} == {"SDNREB"}
    assert {a.code for a in undated} == {"SDNREB"}  # the newest row first


def test_a_president_elect_named_alone_is_of_his_country_before_he_takes_office(nlp):
    text = "Argentine President Javier Milei phoned Kast on Monday to congratulate him."
    actors = find_actors_in(nlp, text, "2025-12-16")
    kast = next(a for a in actors if any(m.text == "Kast" for m in a.mentions))
    assert kast.country == "CHL"  # the office-holder file, not the Argentine caller
    assert kast.role != "GOV"  # not yet in office
    text = "Jose Antonio Kast won Chile's presidential runoff on Sunday."
    winner = find_actors_in(nlp, text, "2025-12-15")[0]
    assert winner.code == "CHLGOV"  # the president-elect, as for a winner the data does not know
