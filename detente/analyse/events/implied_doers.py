"""Doers the act itself implies (``detente/data/cameo/implied_doers.yaml``): a court sentences, convicts and jails;
police arrest, detain and hold for questioning. Told in the passive with no agent ("the creator of the website was
sentenced to life imprisonment", "ten people were held for questioning"), such an act is done by that organ of the
country where it happens, as CAMEO's coders read it; its patient, a person or group the text gives no role, is a
convict or suspect of that country (CRM). Loaded once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml
from spacy.tokens import Token

from ...model import Actor
from .actors import FAMILIES, ActorHit, ActorIndex
from .found import Found
from .grammar import PASSIVE_SUBJECTS, children

# A note on an event whose doer the act implied.
IMPLIED_DOER = "implied-doer"
# Subject pronouns that are things, not persons ("it was seized"): no patient to code.
_THING_PRONOUNS = {"it", "this", "which"}
# Relative pronouns that stand for the noun their clause hangs from ("Williams, who was sentenced to die").
_RELATIVE_PRONOUNS = {"who", "whom", "that"}


class ImpliedDoersError(ValueError):
    """The implied-doers lexicon is malformed (a missing key, a role that is no three-letter code)."""


@dataclass(frozen=True)
class ImpliedKind:
    """A kind of act only one kind of actor does: its doer's role, its patient's role, its triggers."""

    name: str  # what the doer is called when the article names no such organ: "court", "police"
    doer: str
    patient: str
    triggers: frozenset[str]


def _role(section: dict[str, Any], key: str, where: str) -> str:
    value = section.get(key)
    if not isinstance(value, str) or len(value) != 3 or not value.isalpha() or not value.isupper():
        raise ImpliedDoersError(f"implied_doers.yaml {where}.{key}: expected a three-letter role code")
    return value


def parse_implied_doers(raw: dict[str, Any]) -> dict[str, ImpliedKind]:
    """Each trigger ('sentence', 'hold questioning') with the kind of act it is."""
    kinds = raw.get("kinds") if isinstance(raw, dict) else None
    if not isinstance(kinds, dict) or not kinds:
        raise ImpliedDoersError("implied_doers.yaml: expected a mapping 'kinds'")
    by_trigger: dict[str, ImpliedKind] = {}
    for name, section in kinds.items():
        if not isinstance(section, dict):
            raise ImpliedDoersError(f"implied_doers.yaml {name}: expected a mapping")
        triggers = section.get("triggers")
        if not isinstance(triggers, list) or not triggers or not all(isinstance(t, str) and t for t in triggers):
            raise ImpliedDoersError(f"implied_doers.yaml {name}.triggers: expected a non-empty list of words")
        kind = ImpliedKind(
            str(name), _role(section, "doer", name), _role(section, "patient", name), frozenset(triggers)
        )
        for trigger in kind.triggers:
            if trigger in by_trigger:
                raise ImpliedDoersError(f"implied_doers.yaml {name}: trigger {trigger!r} listed twice")
            by_trigger[trigger.lower()] = kind
    return by_trigger


@lru_cache(maxsize=1)
def load_implied_doers() -> dict[str, ImpliedKind]:
    text = resources.files("detente.data.cameo").joinpath("implied_doers.yaml").read_text(encoding="utf-8")
    return parse_implied_doers(yaml.safe_load(text))


def implied_kind(found: Found) -> ImpliedKind | None:
    """The kind of an act told in the passive with no agent whose doer only one kind of actor can be ('was
    sentenced', 'were held for questioning'), or None: an act with a doer, or with one named that the actors stage
    could not code ('was arrested by rebels'), implies none."""
    verb = found.anchor
    if found.sources or found.nominal or verb.tag_ != "VBN" or children(verb, {"agent"}):
        return None
    if not children(verb, {"auxpass"}):
        return None  # ("people arrested in the protests", "the jailed activist": a description, not the news)
    lexicon = load_implied_doers()
    lemma = verb.lemma_.lower()
    words = [w for t in found.trigger[1:] for w in (t.lemma_.lower(), t.lower_)]  # ("questioning" may read as a verb)
    keys = [*(f"{lemma} {w}" for w in words), lemma]
    return next((lexicon[key] for key in keys if key in lexicon), None)


def imply_parties(found: Found, kind: ImpliedKind, country: str, index: ActorIndex) -> None:
    """Give the act its implied doer, the organ of ``country`` (the article's own, when it names one: 'the Taiyuan
    court'), and its patient a role: the one the text gave it, else the kind's ('the nine' -> CRM)."""
    code = country + kind.doer
    doer = index.country_named(code) or ActorHit(
        Actor(id=f"implied:{code}", name=kind.name, code=code, country=country, role=kind.doer), from_place=True
    )
    found.sources = [doer]
    found.notes.append(IMPLIED_DOER)
    patients = [_with_role(t, kind.patient, country) for t in found.targets if t.actor.kind != "country" or t.people]
    found.targets = patients or _named_patients(found.anchor, kind.patient, country, index) or found.targets


def _with_role(hit: ActorHit, role: str, country: str) -> ActorHit:
    """A patient with no role of its own ('Chen Hui' of China, 'Croatian extremists') takes the act's; one with no
    country ('Wang Jianfei', '---CVL' people) is of the country where the act happens."""
    code = hit.actor.code or ""
    own_country = code[:3] if code and not code.startswith("-") else country
    own_role = code[3:6] or role
    if own_country + own_role == code:
        return hit
    update = {"code": own_country + own_role, "country": own_country, "role": own_role}
    return ActorHit(hit.actor.model_copy(update=update), placed=True)


def _named_patients(verb: Token, role: str, country: str, index: ActorIndex) -> list[ActorHit]:
    """The patients a passive names when its targets did not: 'a radical jailed in Spain', 'Williams, who was
    sentenced to die' (the noun the participle or relative clause hangs from), 'the nine were convicted', 'three
    managers have been arrested' (a group no actor names: of the country its own phrase names, else of the
    country where the act happens, in the act's role, named by its phrase)."""
    patients = children(verb, PASSIVE_SUBJECTS)
    if verb.dep_ == "acl" or (verb.dep_ == "relcl" and all(p.lower_ in _RELATIVE_PRONOUNS for p in patients)):
        patients = [verb.head]
    found = []
    for patient in (p for p in patients if p.lower_ not in _THING_PRONOUNS):
        hit = index.of_token(patient)
        if hit is not None:
            found.append(_with_role(hit, role, country))
            continue
        start, end = patient.left_edge.idx, patient.right_edge.idx + len(patient.right_edge)
        named = index.countries(start, end) - FAMILIES
        own = named.pop() if len(named) == 1 else country
        phrase = patient.doc.text[start:end]
        actor = Actor(id=f"implied:{patient.i}", name=phrase, code=own + role, country=own, role=role)
        found.append(ActorHit(actor, from_place=True))
    return found
