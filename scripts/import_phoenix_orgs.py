"""Print roles.tsv rows for the agent nouns of the Phoenix agents dictionary that roles.tsv still lacks.

Not needed at run time: the rows it printed were reviewed and appended to ``detente/data/actors/roles.tsv``
(the section marked "Phoenix"), so run on the same dictionary it now prints nothing. Usage::

    git --git-dir=PETRARCH2/.git show HEAD:petrarch2/data/dictionaries/Phoenix.agents.txt > agents.txt
    python scripts/import_phoenix_orgs.py agents.txt

Upstream: github.com/openeventdata/petrarch2, petrarch2/data/dictionaries/Phoenix.agents.txt at commit
676801cd9cb2924bbbad09f86d15c9323e7097bf (MIT License, Copyright (c) 2014 Open Event Data Alliance).

What is kept: nouns for a person or group of persons by occupation or status (the agent-noun endings below),
whose Phoenix role maps onto one of detente's sectors, and that neither roles.tsv nor EXCLUDED already
decides. Phoenix's compound roles are cut to detente's one sector, in detente's conventions (README "CAMEO
conventions kept"): religious families (CHR, MUS, JEW, HIN, BUD) are REL; unidentified armed forces (UAF) REB;
spokespeople say nothing of the sector (Phoenix MED); government titles, weapons and places are left out.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detente.analyse.actors.lexicon import read_roles  # noqa: E402
from detente.analyse.actors.petrarch import read_petrarch_agents  # noqa: E402

RELIGIOUS = frozenset({"CHR", "MUS", "JEW", "HIN", "BUD"})
SECTORS = {  # Phoenix family -> detente sector
    "AGR": "AGR",
    "BUS": "BUS",
    "CRM": "CRM",
    "EDU": "EDU",
    "HLH": "HLH",
    "JUD": "JUD",
    "LAB": "LAB",
    "REF": "REF",
    "REB": "REB",
    "UAF": "REB",
    "COP": "COP",
    "MIL": "MIL",
    "OPP": "OPP",
    "REL": "REL",
    "CVL": "CVL",
}
# a person by occupation or status: "trader", "surgeon", "missionary", "fisherwoman", "arsonist"
AGENT_ENDING = re.compile(r"(er|or|ist|ian|man|men|woman|women|person|ant|ent|ee|ary|ic|ier|eer|ive|ite|ain|al|on)$")
# nouns with an agent ending that name something other than a party to an event, or that news uses otherwise
_EXCLUDED_WORDS = (
    # things, places and machines; religions and peoples (peoples.tsv); surnames and rare or misspelt forms
    "prison hospital infirmary battlewagon echelon humvee jetfighter brigaider branokker tinginist traffiker "
    "buddhist christian islamic maronite unitarian cantor fisher cropper granger sodbuster snitcher snatcher "
    "husbandman husbandmen husbandperson husbandwoman husbandwomen kidnaper opthamologist educatee collegian "
    "kindergartner larcener larcenist malefactor miscreant pilferer rumrunner safebreaker safecracker "
    "housebreaker conman contrabandist arms-runner extortioner "
    # unnamed attackers and fighters of no side: news names them when it cannot say whose they are
    "assailant combatant mercenary hitman triggerman gunslinger marauder insurrectionist mutineer paramilitary "
    # titles or bodies that roles.tsv codes otherwise ("attorney general" GOV, "lawyer" CVL)
    "attorney-general barrister lawman detective sublieutenant steelworker steelmaker "
    # ships and aircraft (roles.tsv kind weapon decides those), ranks (titles)
    "freighter oiler supertanker tanker airliner jetliner bomber carrier cruiser destroyer naval privateer "
    "captain commandant corporal airman seaman "
    # words news uses for much besides a party: a trade, a kinship, a reader's role, a stance or an act
    "bargainer cabinetmaker employer merchandiser monger producer waiter killer perpetrator felon "
    "backpacker colonist constituent customer elector engineer excursionist hiker hunter infant mother native "
    "non-native non-resident onlooker passenger population scientist settlement sightseer tenant tourer "
    "academician educator historian intellectual sociologist caregiver caseworker conveyancer counsellor "
    "counselor pleader stipendiary employee campaigner crusader defector deserter dissenter objector recreant "
    "reformer reformist pillager plunderer raider rebellion believer mendicant religion"
)
EXCLUDED = frozenset(_EXCLUDED_WORDS.split())
# phrases of several words (and two government agents) taken one by one: collective agents news names without a
# name, whose sector the dictionary gives and roles.tsv lacked ("religious leaders" were GOV by "leader"); "an armed
# group", "a terrorist group" are left out: the group they stand for is named beside them ("Hezbollah, an armed
# group") and the acceptance model, trained without a sector on them, scores their acts lower; "political
# prisoner" too (OPP there; roles.tsv's "prisoner" CVL keeps them apart from the protesters who demand their release);
# a value overrides the dictionary's role (its MILSPY is an intelligence service: SPY)
PHRASES: dict[str, str | None] = {
    "armed opposition group": None,
    "death squad": None,
    "separatist group": None,
    "separatist movement": None,
    "freedom fighter": None,
    "rebel army": None,
    "resistance group": None,
    "arms dealer": None,
    "drug gang": None,
    "crime syndicate": None,
    "drug syndicate": None,
    "drug kingpin": None,
    "armed bandit": None,
    "law enforcement officer": None,
    "law enforcement official": None,
    "law enforcement agency": None,
    "border patrol": None,
    "chamber of commerce": None,
    "business leader": None,
    "business executive": None,
    "defence contractor": None,
    "defense contractor": None,
    "medical personnel": None,
    "health professional": None,
    "medical practitioner": None,
    "religious leader": None,
    "religious group": None,
    "religious organization": None,
    "protest group": None,
    "protest leader": None,
    "pro-democracy movement": None,
    "pro-democracy leader": None,
    "opposition supporter": None,
    "military intelligence": "SPY",
    "intelligence agent": None,
    "intelligence officer": None,
    "striking worker": None,
    "transport worker": None,
    "civil servant": "GOV",
    "firefighter": "GOV",
}
# head nouns of an organisation rather than of a group of people ("the Chamber of Commerce", "an armed group")
ORG_HEADS = frozenset({"group", "movement", "organization", "commerce", "syndicate", "squad", "gang", "agency", "army"})


def excluded(phrase: str) -> bool:
    return phrase in EXCLUDED


def sector(role: str) -> str | None:
    family = role[:3]
    return "REL" if family in RELIGIOUS else SECTORS.get(family)


def irregular_plural(phrase: str) -> bool:
    """'herdsmen', 'clergywomen': already plural (roles.tsv would add an -s)."""
    return phrase.endswith("men")


def chosen(phrase: str) -> bool:
    """A one-word agent noun not excluded, or a phrase taken one by one."""
    if phrase in PHRASES:
        return True
    return not excluded(phrase) and bool(AGENT_ENDING.search(phrase)) and " " not in phrase.strip(" .")


def kind_of(phrase: str) -> str:
    return "org" if phrase.split()[-1] in ORG_HEADS else "group"


def uncountable(phrase: str) -> bool:
    """No regular plural: already plural, a mass noun, or an "of" phrase ("chambers of commerce")."""
    return irregular_plural(phrase) or " of " in phrase or phrase.endswith(("personnel", "intelligence"))


def rows(path: str) -> list[tuple[str, str, str, str]]:
    """(phrase, role, kind, plural) of the agent nouns roles.tsv lacks."""
    known = {word.phrase for word in read_roles()}
    found: dict[str, str] = {}
    for word in read_petrarch_agents(path):
        role = PHRASES.get(word.phrase) or sector(word.role or "")
        if word.plural or word.prefix or role is None or word.phrase in known or not chosen(word.phrase):
            continue
        found.setdefault(word.phrase, role)
    kept = []
    for phrase, role in found.items():
        # "herdsmen" comes with "herdsman", which roles.tsv pluralises itself
        if irregular_plural(phrase) and phrase[:-3] + "man" in found:
            continue
        kept.append((phrase, role, kind_of(phrase), "no" if uncountable(phrase) else "yes"))
    return sorted(kept, key=lambda row: (row[1], row[0]))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    for phrase, role, kind, plural in rows(argv[0]):
        print(f"{phrase}\t{role}\t{kind}\t{plural}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
