"""State-society acts whose CAMEO root depends on who does them to whom (``detente/data/cameo/domestic.yaml``):
a boycott by society is a protest, a ban a state puts on its own people restricts their freedoms, and police
clashing with a crowd meet the crowd's violent protest. Run after the parties are placed (``home_country``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from detente.packaged import read_data_yaml

from .actors import STATE_SIDE_ROLES, ActorHit, country_of
from .codes import cameo_codes
from .context import Context
from .found import Found


class DomesticLexiconError(ValueError):
    """The domestic lexicon is malformed (a missing list, a code that is no CAMEO code)."""


@dataclass(frozen=True)
class Recode:
    """One rule: events of these codes shown by these words become ``code`` when the parties' roles say so."""

    codes: frozenset[str]
    words: frozenset[str]
    code: str
    roles: frozenset[str]


@dataclass(frozen=True)
class DomesticLexicon:
    boycotts: Recode
    bans: Recode
    clashes: Recode


def _recode(raw: dict[str, Any], key: str, roles_key: str) -> Recode:
    entry = raw.get(key)
    if not isinstance(entry, dict):
        raise DomesticLexiconError(f"domestic.yaml: '{key}' must be a mapping")
    known = cameo_codes()
    codes = [str(c) for c in entry.get("codes", [])]
    code = str(entry.get("code", ""))
    for value in [*codes, code]:
        if value not in known:
            raise DomesticLexiconError(f"domestic.yaml: '{key}' names {value!r}, no CAMEO code")
    words, roles = entry.get("words"), entry.get(roles_key)
    if not words or not roles:
        raise DomesticLexiconError(f"domestic.yaml: '{key}' needs 'words' and '{roles_key}'")
    return Recode(
        codes=frozenset(codes),
        words=frozenset(str(w).lower() for w in words),
        code=code,
        roles=frozenset(str(r) for r in roles),
    )


def parse_domestic(raw: dict[str, Any]) -> DomesticLexicon:
    """The lexicon from its parsed YAML, checked against the CAMEO table."""
    return DomesticLexicon(
        boycotts=_recode(raw, "society_boycotts", "roles"),
        bans=_recode(raw, "home_bans", "roles"),
        clashes=_recode(raw, "crowd_clashes", "forces"),
    )


@lru_cache(maxsize=1)
def load_domestic() -> DomesticLexicon:
    """The packaged domestic lexicon, parsed and checked once per process."""
    return parse_domestic(read_data_yaml("cameo/domestic.yaml"))


def _role(hit: ActorHit) -> str:
    return (hit.actor.code or "")[3:6]


def _country(hit: ActorHit) -> str:
    """The party's three-letter country, '' when the actors stage gave it none ('---OPP')."""
    country = country_of(hit)
    return "" if country.startswith("-") else country


def _shown_by(found: Found, rule: Recode) -> bool:
    return found.code in rule.codes and any(t.lemma_.lower() in rule.words for t in found.trigger)


def _society(ctx: Context, hit: ActorHit, extra: frozenset[str]) -> bool:
    """A party of a country's society: its people named by demonym, or a crowd role (civilians, workers, ...)."""
    return hit.people or _role(hit) in ctx.linking.crowd_roles | extra


def _at_home(first: ActorHit, second: ActorHit) -> bool:
    """Both parties of one country, or the second of none named (then the first's, as the sentence reads)."""
    return not _country(second) or _country(first) == _country(second)


def society_boycott(ctx: Context, found: Found, lexicon: DomesticLexicon) -> None:
    """'Lawyers boycotted the courts', 'the opposition boycotted parliament': a boycott done by society is a
    strike or boycott (143), a protest; done by a state it stays a sanction (163)."""
    rule = lexicon.boycotts
    if _shown_by(found, rule) and found.sources and all(_society(ctx, h, rule.roles) for h in found.sources):
        found.code = rule.code


def home_ban(found: Found, lexicon: DomesticLexicon) -> None:
    """'The government banned activists from discussing religion': a ban a state puts on its own people, groups
    or press restricts political freedoms (1721); one on another country's people or goods stays a sanction."""
    rule = lexicon.bans
    if not _shown_by(found, rule) or not found.sources or not found.targets:
        return
    if any(h.people or _role(h) not in STATE_SIDE_ROLES for h in found.sources):
        return
    if all(_role(t) in rule.roles and _at_home(s, t) for s in found.sources for t in found.targets):
        found.code = rule.code


def crowd_clash(ctx: Context, found: Found, lexicon: DomesticLexicon) -> None:
    """'Police clashed with youths': security forces clashing with a crowd or civilians of their own country meet
    the crowd's violent protest (145), aimed at the force; the crowd becomes the doer."""
    rule = lexicon.clashes
    if not _shown_by(found, rule) or not found.sources or not found.targets:
        return
    if not all(_role(h) in rule.roles and not h.people for h in found.sources):
        return
    if all(_society(ctx, t, frozenset()) and _at_home(s, t) for s in found.sources for t in found.targets):
        found.code = rule.code
        found.sources, found.targets = found.targets, found.sources


def domestic_kind(ctx: Context, found: Found) -> None:
    """The state-society recodings of one found act, in order."""
    lexicon = load_domestic()
    society_boycott(ctx, found, lexicon)
    home_ban(found, lexicon)
    crowd_clash(ctx, found, lexicon)
