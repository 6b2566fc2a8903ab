"""The actor data files, their loaders, lexicon extension and the PETRARCH dictionary readers."""

from __future__ import annotations

import datetime as dt

import pycountry
import pytest

from detente.analyse.actors import find_actors
from detente.analyse.actors.lexicon import (
    Entry,
    current_lexicon,
    data_rows,
    default_lexicon,
    read_office_holders,
    read_roles,
    split_list,
    using_lexicon,
)
from detente.analyse.actors.petrarch import read_petrarch_actors, read_petrarch_agents
from detente.model import Article

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo: see countries.tsv
# CAMEO's region codes, which region_groups.tsv gives groups of states named by their region ("Western powers")
CAMEO_REGIONS = {
    "AFR",
    "ARB",
    "ASA",
    "BLK",
    "CAS",
    "CAU",
    "CFR",
    "EAF",
    "EEU",
    "EUR",
    "LAM",
    "MEA",
    "NAF",
    "SAF",
    "SAM",
    "SAS",
    "SEA",
    "WAF",
    "WST",
}
ROLES = {
    "GOV",
    "MIL",
    "LEG",
    "JUD",
    "MED",
    "BUS",
    "EDU",
    "CVL",
    "OPP",
    "PTY",
    "REB",
    "SPY",
    "COP",
    "LAB",
    "AGR",
    "REF",
    "NGO",
    "REL",
    "HLH",  # health workers ("doctors", "nurses"): CAMEO's health sector
    "CRM",  # criminals ("smugglers", "kidnappers", "pirates"): CAMEO's criminal sector
}


def entries_for(phrase: str) -> list[Entry]:
    return [e for e in default_lexicon().entries if e.phrase == phrase]


def best(phrase: str) -> Entry:
    return max(entries_for(phrase), key=lambda e: e.priority)


@pytest.mark.parametrize(
    ("phrase", "country"),
    [
        ("Republic of Korea", "KOR"),
        ("ROK", "KOR"),
        ("DPRK", "PRK"),
        ("South Korean", "KOR"),
        ("Chinese", "CHN"),
        ("Pakistani", "PAK"),
        ("U.S.", "USA"),
        ("UK", "GBR"),
        ("Seoul", "KOR"),
        ("Zhongnanhai", "CHN"),
        ("Kremlin", "RUS"),
        # what news and the parties' own media call a state instead of its name
        ("Jewish state", "ISR"),
        ("Zionist regime", "ISR"),
    ],
)
def test_override_table_wins(phrase, country):
    assert best(phrase).country == country


def test_library_countries_are_all_there():
    # pycountry/countryinfo supply what the override table does not list
    assert best("Uruguay").country == "URY"
    assert best("Uruguayan").kind == "demonym"
    assert best("Montevideo").kind == "seat"


def test_data_files_are_consistent():
    peoples_of_several_states = {row["name"] for row in data_rows("peoples.tsv") if not row["country"]}
    for entry in default_lexicon().entries:
        if entry.kind == "demonym" and entry.name in peoples_of_several_states:
            assert entry.country is None and entry.role == "CVL", entry
        elif entry.kind == "country" and entry.country in CAMEO_REGIONS:
            assert entry.phrase in {p for row in data_rows("region_groups.tsv") for p in split_list(row["names"])}, (
                entry
            )
        elif entry.kind in {"country", "demonym", "seat", "media", "organisation"}:
            assert entry.country in ISO3, entry
        elif entry.kind == "igo":
            assert entry.country[:3] in {"IGO", "NGO", "IMG"}, entry
        if entry.role:
            assert entry.role in ROLES, entry
    for holder in read_office_holders():
        assert holder.country in ISO3 or holder.country.startswith("IGO"), holder
        assert holder.valid_from is not None
        assert holder.valid_to is None or holder.valid_from <= holder.valid_to, holder
    for row in data_rows("provinces.tsv"):
        assert row["country"] in ISO3, row
    for row in data_rows("settlements.tsv"):
        assert row["place"] in ISO3 | {"*"} and (row["country"] in ISO3 or not row["country"]), row
    for row in data_rows("peoples.tsv"):
        assert row["country"] in ISO3 or not row["country"], row
    for row in data_rows("groups.tsv"):
        assert row["country"] in ISO3 and row["role"] in ROLES, row
        if row.get("valid_from") and row.get("valid_to"):
            assert row["valid_from"] <= row["valid_to"], row
    for word in read_roles():
        assert word.kind in {"title", "group", "org", "thing"}
        assert word.role is None or word.role in ROLES, word


def test_office_holders_cover_2024_to_2026_heads_of_state():
    in_office = {h.name for h in read_office_holders() if h.in_office(dt.date(2026, 1, 6))}
    assert {"Lee Jae-myung", "Xi Jinping", "Donald Trump", "Vladimir Putin", "Sanae Takaichi"} <= in_office
    assert "Yoon Suk Yeol" not in in_office


def test_using_lexicon_extends_the_stage(nlp):
    text = "Arnor accused the Mordor government of aggression."
    article = Article(id="t", text=text, content_hash="x")
    doc = nlp(text)
    assert not any(a.country == "ARN" for a in find_actors(doc, article))
    lexicon = default_lexicon().copy()
    lexicon.extend([Entry("Arnor", "Arnor", "country", "ARN"), Entry("Mordor", "Mordor", "country", "MOR")])
    with using_lexicon(lexicon):
        assert current_lexicon() is lexicon
        actors = find_actors(doc, article)
    assert current_lexicon() is default_lexicon()
    codes = {a.code for a in actors}
    assert {"ARN", "MORGOV"} <= codes


PETRARCH_ACTORS = """<!-- a test dictionary -->
ARNOR_  [ARN]
GONDOR [GON]
+MINAS_TIRITH
ARGENTIN  [ARG] # stem: Argentina, Argentine
HOBBITON
\t[HOBGOV 19950601 - 19990815]
\t[HOBREB > 990816]
BOROMIR  [---]
"""

PETRARCH_AGENTS = """!PERSON! = MAN, MEN
PRESIDENT [~GOV] # a comment
TROOPS {} [~MIL]
HUMAN_RIGHTS_BODY  [NGO~]
CONGRESS!PERSON! [~LEG]
"""


def test_read_petrarch_actors(tmp_path):
    path = tmp_path / "actors.txt"
    path.write_text(PETRARCH_ACTORS, encoding="utf-8")
    entries = read_petrarch_actors(path)
    by_phrase = {}
    for entry in entries:
        by_phrase.setdefault(entry.phrase, []).append(entry)
    assert by_phrase["ARNOR"][0].code == "ARN" and not by_phrase["ARNOR"][0].stem
    assert by_phrase["MINAS TIRITH"][0].code == "GON"
    assert by_phrase["ARGENTIN"][0].stem
    hobbiton = sorted(by_phrase["HOBBITON"], key=lambda e: e.code)
    assert [(e.code, e.valid_from, e.valid_to) for e in hobbiton] == [
        ("HOBGOV", dt.date(1995, 6, 1), dt.date(1999, 8, 15)),
        ("HOBREB", dt.date(1999, 8, 16), None),
    ]
    assert "BOROMIR" not in by_phrase  # "---" is no code


def test_read_petrarch_agents(tmp_path):
    path = tmp_path / "agents.txt"
    path.write_text(PETRARCH_AGENTS, encoding="utf-8")
    words = {w.phrase: w for w in read_petrarch_agents(path)}
    assert words["president"].role == "GOV" and "presidents" in words
    assert words["troops"].role == "MIL" and "troopses" not in words
    assert words["human rights body"].prefix and words["human rights body"].role == "NGO"
    assert words["congressman"].role == "LEG" and "congressmen" in words


def test_petrarch_dictionary_drives_the_stage(nlp, tmp_path):
    (tmp_path / "actors.txt").write_text(PETRARCH_ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(PETRARCH_AGENTS, encoding="utf-8")
    lexicon = default_lexicon().copy()
    lexicon.extend(read_petrarch_actors(tmp_path / "actors.txt"))
    lexicon.extend_roles(read_petrarch_agents(tmp_path / "agents.txt"))
    text = "Argentina and Arnor condemned Gondor troops. Hobbiton protested."
    with using_lexicon(lexicon):
        old = find_actors(nlp(text), Article(id="t", text=text, content_hash="x", date="1997-01-01"))
        new = find_actors(nlp(text), Article(id="t", text=text, content_hash="x", date="2001-01-01"))
    assert {"ARG", "ARN", "GONMIL", "HOBGOV"} <= {a.code for a in old}
    assert "HOBREB" in {a.code for a in new}
