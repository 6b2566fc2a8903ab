"""Derive detente/data/actors/people_phoenix.tsv from the Phoenix/CountryInfo actors dictionary.

    .venv/bin/python scripts/import_phoenix_people.py PATH/Phoenix.Countries.actors.txt \\
        --commit 676801cd9cb2924bbbad09f86d15c9323e7097bf > detente/data/actors/people_phoenix.tsv

The dictionary (Open Event Data Alliance, MIT licence; github.com/openeventdata/petrarch2,
petrarch2/data/dictionaries/Phoenix.Countries.actors.txt) lists about 18,000 people taken from CountryInfo
(its person blocks carry the comment "CountryInfo.txt") with dated CAMEO codes. Only what is safe to match
in news is kept (see ``main``): persons, full names of two words or more written as news writes them, exact
(no stems), each naming one country; a name two people of different countries share, a name that is a country,
place or organisation detente knows, and a form that begins with a title ("President Bush") are dropped.
Run time never needs the dictionary: detente reads the derived file (``lexicon.read_past_people``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from detente.analyse.actors.cities import city_country, province_country
from detente.analyse.actors.lexicon import default_lexicon, read_roles
from detente.analyse.actors.petrarch import _CODE, _COMMENT_BLOCK, _dated_code
from detente.analyse.actors.variants import name_key

UPSTREAM = "github.com/openeventdata/petrarch2"
UPSTREAM_PATH = "petrarch2/data/dictionaries/Phoenix.Countries.actors.txt"
# The dictionary was compiled from CountryInfo.140130 (30 January 2014): a two-digit year after it is of the
# 1900s ("250101" is 1925, not 2025), and a term still open then is closed at the end of 2014, since the
# dictionary knows nothing later (a minister of 2010 is not in office in a 2026 article).
COMPILED = dt.date(2014, 1, 30)
OPEN_TERMS_END = dt.date(2014, 12, 31)
# CAMEO codes of states that are ISO's under another code; Kinakuta (KNT) is PETRARCH's test country
COUNTRY_CODES = {"DDR": "DEU", "TMP": "TLS"}
# Honorifics written before a name: the name is also listed without them ("Sir Julius Chan" -> "Julius Chan")
HONORIFICS = (
    ("hojjat", "ol", "eslam"),
    ("hojjat", "ol-eslam"),
    *((word,) for word in ("sir", "dame", "dr", "dr.", "sheikh", "sheik", "shaikh", "ratu", "datuk", "tun")),
    *((word,) for word in ("hojatolislam", "hojatoleslam", "hojjatoleslam")),
)
# Words that start a form naming the person by office or by context, never a name ("Former Defense Secretary X")
NOT_NAME_STARTS = frozenset({"the", "former", "acting", "late", "ex", "new", "interim", "then"})
# Articles and particles written in lower case inside a name ("Nuri al-Maliki", "Dominique de Villepin")
JOINED_PARTICLES = frozenset({"al", "el", "ul"})
PARTICLES = frozenset(
    {"bin", "bint", "ibn", "de", "da", "di", "del", "della", "van", "von", "der", "den", "du", "dos", "das", "le"}
)
ROMAN = re.compile(r"^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$", re.I)
# Roles of the dictionary's codes detente uses as they are; ELI (elites: before or after office) gives no role
ROLES = frozenset({"GOV", "MIL", "SPY", "JUD", "LEG", "COP", "OPP", "REB", "PTY"})


@dataclass
class Block:
    """One actor of the dictionary: its names (the first is its main name), dated codes, and whether
    CountryInfo is its source (a person)."""

    names: list[str]
    codes: list[tuple[str, dt.date | None, dt.date | None]] = field(default_factory=list)
    person: bool = False


def _year_fixed(day: dt.date | None) -> dt.date | None:
    return day.replace(year=day.year - 100) if day and day > COMPILED else day


def _code(body: str) -> tuple[str, dt.date | None, dt.date | None] | None:
    found = _dated_code(body)
    if found is None:
        return None
    code, first, last = found
    return code, _year_fixed(first), _year_fixed(last)


def read_blocks(text: str) -> list[Block]:
    """The dictionary's actors, in order; a code-less head line right after a person with no codes yet is one
    more name of that person (the dictionary sometimes drops the '+' of an alias line)."""
    blocks: list[Block] = []
    for raw in _COMMENT_BLOCK.sub("", text).splitlines():
        body, _, comment = raw.partition("#")
        line = body.strip()
        if not line:
            continue
        code = _CODE.search(line)
        dated = _code(code.group(1)) if code else None
        if line.startswith("+") and blocks:
            blocks[-1].names.append(line[1:].split("[")[0].strip())
        elif raw[0].isspace() and line.startswith("[") and blocks:
            pass
        elif blocks and blocks[-1].person and not blocks[-1].codes and not dated and "CountryInfo" not in comment:
            blocks[-1].names.append(line.split("[")[0].strip())
        else:
            blocks.append(Block([line.split("[")[0].strip()], person="CountryInfo" in comment))
        if dated and blocks:
            blocks[-1].codes.append(dated)
    return blocks


def news_form(name: str) -> str:
    """'OMAR_HASSAN_AHMAD  AL_BASHIR_' -> 'Omar Hassan Ahmad al-Bashir'; 'ABDULLAH_II' -> 'Abdullah II'."""
    words = name.strip("_ ").replace("_", " ").split()
    out: list[str] = []
    for i, word in enumerate(words):
        lower = word.lower()
        inner = 0 < i < len(words) - 1
        if inner and lower in JOINED_PARTICLES:
            out.append(lower + "-")
        elif inner and lower in PARTICLES:
            out.append(lower + " ")
        elif ROMAN.match(word) and i > 0:
            out.append(word.upper() + " ")
        else:
            out.append(_capitalised(word) + " ")
    return "".join(out).strip()


def _capitalised(word: str) -> str:
    """'MCDONALD' -> 'McDonald', "O'NEILL" -> "O'Neill", 'DOUSTE-BLAZY' -> 'Douste-Blazy', 'H.D.' -> 'H.D.'."""
    parts = [part[:1].upper() + part[1:].lower() for part in word.split("-")]
    text = "-".join(parts)
    text = re.sub(r"\.(\w)", lambda m: "." + m.group(1).upper(), text)
    text = re.sub(r"^(Mc)(\w)", lambda m: m.group(1) + m.group(2).upper(), text)
    return re.sub(r"^(O')(\w)", lambda m: m.group(1) + m.group(2).upper(), text)


def name_forms(raw_names: list[str], titles: frozenset[str], place_words: frozenset[str]) -> list[str]:
    """The news forms of a person's names that are names: two words or more, no title or country word before
    them; a form with an honorific is also given without it."""
    forms: list[str] = []
    for raw in raw_names:
        form = news_form(raw)
        for candidate in (_without_honorifics(form), form):
            if _is_name(candidate, titles, place_words) and candidate not in forms:
                forms.append(candidate)
    return forms


def _without_honorifics(form: str) -> str:
    words = form.split()
    stripped = True
    while stripped:
        stripped = False
        for honorific in HONORIFICS:
            if tuple(w.lower() for w in words[: len(honorific)]) == honorific:
                words, stripped = words[len(honorific) :], True
    return " ".join(words)


def _is_name(form: str, titles: frozenset[str], place_words: frozenset[str]) -> bool:
    """Two words or more, none of them a title or a country word at either end ("Foreign Minister Abdullah",
    "US President George Bush", "Secretary Rice" are the dictionary's ways of naming a person by office)."""
    words = form.split()
    if len(words) < 2 or not all(w[:1].isalpha() for w in words):
        return False
    lower = form.lower()
    if words[0].lower() in NOT_NAME_STARTS | place_words or any(lower.startswith(t + " ") for t in titles):
        return False
    return words[-1].lower() not in titles - {"major", "general"}


@dataclass
class Person:
    names: list[str]
    country: str
    terms: list[tuple[str, dt.date | None, dt.date | None]]  # (role, from, to)


def _term_order(term: tuple[str, dt.date | None, dt.date | None]) -> tuple[dt.date, str, dt.date]:
    """Terms by start, role and end: the file is the same on every run."""
    role, first, last = term
    return first or dt.date.min, role, last or dt.date.max


def person_of(block: Block, forms: list[str], states: frozenset[str]) -> Person | None:
    """The person of a block if its codes give one state (IGO codes such as an EU presidency aside)."""
    countries: set[str] = set()
    terms: list[tuple[str, dt.date | None, dt.date | None]] = []
    for code, first, last in block.codes:
        country = COUNTRY_CODES.get(code[:3], code[:3])
        if country not in states:
            continue
        countries.add(country)
        rest = code[3:]
        if rest[:3] not in ROLES and rest[3:6] in ROLES | {"ELI"}:
            rest = rest[3:]  # a territory's: GBRVGBGOV, the governor of the British Virgin Islands
        last = last or OPEN_TERMS_END
        if rest[:3] in ROLES and (first is None or first <= last):  # a term that ends before it begins is a slip
            terms.append((rest[:3], first, last))
    if len(countries) != 1 or not forms:
        return None
    return Person(forms, countries.pop(), sorted(set(terms), key=_term_order))


def known_phrases() -> set[str]:
    """Every name detente already has for something other than a person (countries, seats, IGOs, groups,
    companies, media, peoples, regions), lower-cased."""
    return {e.phrase.lower() for e in default_lexicon().entries if e.kind != "person"}


def is_place(form: str) -> bool:
    return bool(city_country(form, 15_000) or province_country(form, known_place=True))


def _key(form: str) -> tuple[str, ...]:
    return tuple(name_key(w) for w in re.findall(r"[\w.']+", form))


def people(blocks: list[Block]) -> list[Person]:
    """The persons worth matching: names of one country each, none that detente knows as something else."""
    import pycountry

    states = frozenset(c.alpha_3 for c in pycountry.countries)
    titles = frozenset(w.phrase for w in read_roles() if w.kind == "title")
    places = frozenset(e.phrase.lower() for e in default_lexicon().entries if e.kind in {"country", "demonym"})
    places |= {"us", "u.s.", "un", "u.n.", "eu"}
    found = [
        p for b in blocks if b.person and (p := person_of(b, name_forms(b.names, titles, places), states)) is not None
    ]
    countries_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    mains_of: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for p in found:
        for form in p.names:
            countries_of[_key(form)].add(p.country)
            mains_of[_key(form)].add(p.names[0])
    known = known_phrases()
    common = _common_names(found)
    kept: list[Person] = []
    by_main: dict[tuple[str, str], Person] = {}
    for p in found:
        p.names = [
            f
            for f in p.names
            if len(countries_of[_key(f)]) == 1 and f.lower() not in known and not is_place(f) and f not in common
        ]
        if not p.names:
            continue
        same = by_main.get((p.country, p.names[0]))
        if same is not None:  # one person listed twice (two cabinets): one row set with both terms
            same.names += [f for f in p.names if f not in same.names]
            same.terms = sorted(set(same.terms + p.terms), key=_term_order)
            continue
        by_main[(p.country, p.names[0])] = p
        kept.append(p)
    # a form shared by two people of one country names neither for sure: it stays with neither, their
    # countries agree but not their terms (two ministers "Abdul Ali")
    owners: dict[tuple[str, ...], int] = defaultdict(int)
    for p in kept:
        for key in {_key(form) for form in p.names}:
            owners[key] += 1
    result = []
    for p in kept:
        p.names = [f for f in p.names if owners[_key(f)] == 1]
        if p.names:
            result.append(p)
    return sorted(result, key=lambda p: (p.country, p.names[0]))


# A two-word name of a given name that begins this many of the dictionary's names and a surname its people
# of this many states bear ("James Brown", "Mohamed Ahmed") names many people besides the one listed
COMMON_GIVEN = 25
COMMON_SURNAME_STATES = 3


def _common_names(found: list[Person]) -> set[str]:
    given: dict[str, int] = defaultdict(int)
    surname_states: dict[str, set[str]] = defaultdict(set)
    forms = {form: p.country for p in found for form in p.names}
    for form, country in forms.items():
        words = form.lower().split()
        given[words[0]] += 1
        surname_states[words[-1]].add(country)
    return {
        form
        for form in forms
        if len(words := form.lower().split()) == 2
        and given[words[0]] >= COMMON_GIVEN
        and len(surname_states[words[1]]) >= COMMON_SURNAME_STATES
    }


def header(commit: str) -> str:
    return f"""# People of the past: about 15,000 heads of state and government, ministers and other officials of every
# state since the early twentieth century, with their country and dated terms, derived from the Open Event
# Data Alliance's Phoenix dictionary (compiled from CountryInfo.140130), by scripts/import_phoenix_people.py.
# Upstream: {UPSTREAM}, commit {commit}, {UPSTREAM_PATH}
# Columns: name, aliases (|-separated, case-sensitive, as news writes them), country (ISO alpha-3), role
# (CAMEO: GOV, MIL, SPY, JUD, LEG, COP, ...; empty: the dictionary gives only the country), valid_from,
# valid_to (the term of that role; one row per term). A name is matched for its country on any date; its role
# applies only inside a term (as office_holders.csv, which wins wherever both know a person). Terms still open
# in January 2014 end on {OPEN_TERMS_END.isoformat()}: the dictionary knows nothing later.
#
# The MIT License (MIT)
#
# Copyright (c) 2014 Open Event Data Alliance
#
# Permission is hereby granted, free of charge, to any person obtaining a copy
# of this software and associated documentation files (the "Software"), to deal
# in the Software without restriction, including without limitation the rights
# to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
# copies of the Software, and to permit persons to whom the Software is
# furnished to do so, subject to the following conditions:
#
# The above copyright notice and this permission notice shall be included in
# all copies or substantial portions of the Software.
#
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
# IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
# AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
# LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
# OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
# THE SOFTWARE.
"""


def rows(found: list[Person]) -> list[str]:
    lines = ["name\taliases\tcountry\trole\tvalid_from\tvalid_to"]
    for p in found:
        aliases = "|".join(p.names[1:])
        for role, first, last in p.terms or [("", None, None)]:
            dates = [d.isoformat() if d else "" for d in (first, last)]
            lines.append("\t".join([p.names[0], aliases, p.country, role, *dates]))
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dictionary", type=Path, help="Phoenix.Countries.actors.txt")
    parser.add_argument("--commit", default="676801cd9cb2924bbbad09f86d15c9323e7097bf", help="upstream commit read")
    args = parser.parse_args(argv)
    text = args.dictionary.read_text(encoding="utf-8", errors="replace")
    found = people(read_blocks(text))
    sys.stdout.write(header(args.commit) + "\n".join(rows(found)) + "\n")
    print(f"{len(found)} people", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
