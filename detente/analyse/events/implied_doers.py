"""Doers the act itself implies (``detente/data/cameo/implied_doers.yaml``): a court sentences, convicts and jails;
police arrest, detain and hold for questioning. Told in the passive with no agent ("the creator of the website was
sentenced to life imprisonment", "ten people were held for questioning"), such an act is done by that organ of the
country where it happens, as CAMEO's coders read it; its patient, a person or group the text gives no role, is a
convict or suspect of that country (CRM). Loaded once and checked."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Span, Token

from detente.packaged import read_data_yaml

from ...model import Actor, DateMention
from .actors import FAMILIES, ActorHit, ActorIndex, mention_heads
from .found import Found
from .grammar import PASSIVE_SUBJECTS, children, prep_objects_any
from .patterns import undoubled_stem

# A note on an event whose doer the act implied.
IMPLIED_DOER = "implied-doer"
# Subject pronouns that are things, not persons ("it was seized"): no patient to code.
_THING_PRONOUNS = {"it", "this", "which"}
# Dates as long as a year or more: an act dated only by one ("in 2005", "last year") is a tally of many.
_LONG_GRAINS = {"year", "decade", "century"}
# Entities a penalty's object may be that are no person ("fined 5,000 dollars", "jailed for two years").
_THING_ENTITIES = {"MONEY", "DATE", "TIME", "QUANTITY", "CARDINAL", "PERCENT"}
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
    # only where the article names such an organ ("were fined" is a court's act in a story of a trial, a
    # regulator's or a sports body's elsewhere)
    named_only: bool = False


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
        named_only = section.get("named_only", False)
        if not isinstance(named_only, bool):
            raise ImpliedDoersError(f"implied_doers.yaml {name}.named_only: expected true or false")
        kind = ImpliedKind(
            section.get("name", str(name)),
            _role(section, "doer", name),
            _role(section, "patient", name),
            frozenset(triggers),
            named_only,
        )
        for trigger in kind.triggers:
            if trigger in by_trigger:
                raise ImpliedDoersError(f"implied_doers.yaml {name}: trigger {trigger!r} listed twice")
            by_trigger[trigger.lower()] = kind
    return by_trigger


@dataclass(frozen=True)
class Seizures:
    """Who seizes goods from suspects (roles), which codes are seizures, and the owners' role."""

    codes: tuple[str, ...]
    verbs: frozenset[str]
    doers: frozenset[str]
    owner: str


def parse_seizures(raw: dict[str, Any]) -> Seizures:
    section = raw.get("seizures") if isinstance(raw, dict) else None
    if not isinstance(section, dict):
        raise ImpliedDoersError("implied_doers.yaml: expected a mapping 'seizures'")
    codes, doers, verbs = section.get("codes"), section.get("doers"), section.get("verbs")
    if not isinstance(codes, list) or not codes or not all(isinstance(c, str) and c.isdigit() for c in codes):
        raise ImpliedDoersError("implied_doers.yaml seizures.codes: expected a list of code prefixes")
    if not isinstance(verbs, list) or not verbs or not all(isinstance(v, str) and v for v in verbs):
        raise ImpliedDoersError("implied_doers.yaml seizures.verbs: expected a list of verb lemmas")
    if not isinstance(doers, list) or not doers:
        raise ImpliedDoersError("implied_doers.yaml seizures.doers: expected a list of role codes")
    roles = frozenset(_role({"role": d}, "role", "seizures.doers") for d in doers)
    return Seizures(tuple(codes), frozenset(verbs), roles, _role(section, "owner", "seizures"))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, Any]:
    """implied_doers.yaml as parsed YAML, read once for its three sections' loaders (not mutated by them)."""
    return read_data_yaml("cameo/implied_doers.yaml")


@lru_cache(maxsize=1)
def load_implied_doers() -> dict[str, ImpliedKind]:
    return parse_implied_doers(_lexicon())


@lru_cache(maxsize=1)
def load_seizures() -> Seizures:
    return parse_seizures(_lexicon())


def parse_organs(raw: dict[str, Any]) -> frozenset[str]:
    """The roles of the state organs that may do an implied kind's act when named as its doer."""
    organs = raw.get("organs") if isinstance(raw, dict) else None
    if not isinstance(organs, list) or not organs:
        raise ImpliedDoersError("implied_doers.yaml organs: expected a list of role codes")
    return frozenset(_role({"role": o}, "role", "organs") for o in organs)


@lru_cache(maxsize=1)
def load_organs() -> frozenset[str]:
    return parse_organs(_lexicon())


def seized_goods_owners(found: Found, index: ActorIndex, dates: list[DateMention]) -> list[ActorHit]:
    """'Turkish police confiscated 160 kg of heroin': goods a security force of one country seizes with no owner
    named are taken from suspects of that country (CRM), the act's target; none for anything else."""
    seizures = load_seizures()
    verb = found.anchor
    lemma = undoubled_stem(verb.lemma_.lower(), verb.lower_) or verb.lemma_.lower()
    if found.nominal or not found.code.startswith(seizures.codes) or lemma not in seizures.verbs:
        return []
    country = _organ_country(found, seizures.doers)
    if country is None or _yearly(found.anchor.sent, dates):
        return []  # ("In 2005, security forces seized 6,663 kg of heroin": a year's tally, not a seizure)
    goods = children(found.anchor, {"dobj"})
    if not goods or any(index.of_token(g) for g in goods):
        return []
    held = _held_beside(found.anchor, index)
    if held:
        return held  # ("arrested 25 fishermen and seized their boats": the boats are the fishermen's)
    code = country + seizures.owner
    owners = Actor(id=f"implied:{code}:{found.anchor.i}", name="owners", code=code, country=country, role=seizures.owner)
    return [ActorHit(owners, from_place=True)]


def _organ_country(found: Found, roles: set[str] | frozenset[str]) -> str | None:
    """The one country whose organs of these roles are all the doers of an act that names no target, or None."""
    if found.targets or not found.sources:
        return None
    return _doers_country(found.sources, roles)


def _doers_country(sources: list[ActorHit], roles: set[str] | frozenset[str]) -> str | None:
    """The one country whose organs of these roles are all the doers, or None."""
    codes = {h.actor.code or "" for h in sources}
    countries = {c[:3] for c in codes}
    if len(countries) != 1 or any(c[3:6] not in roles for c in codes):
        return None
    (country,) = countries
    return None if country.startswith("-") or country in FAMILIES else country


def implied_kind(found: Found) -> ImpliedKind | None:
    """The kind of an act told in the passive with no agent whose doer only one kind of actor can be ('was
    sentenced', 'were held for questioning'), or None: an act with a doer, or with one named that the actors stage
    could not code ('was arrested by rebels'), implies none."""
    verb = found.anchor
    if found.sources or found.nominal or verb.tag_ != "VBN" or children(verb, {"agent"}):
        return None
    if not children(verb, {"auxpass"}):
        return None  # ("people arrested in the protests", "the jailed activist": a description, not the news)
    if verb.dep_ == "relcl" and any(a.lower_ == "had" for a in children(verb, {"aux"})):
        return None  # ("soldiers who had been sentenced to 20 years": background to the news, told before it)
    return _kind_of(found)


def _kind_of(found: Found) -> ImpliedKind | None:
    """The kind of act whose trigger the found act's verb (with its noun) is, or None."""
    verb = found.anchor
    lexicon = load_implied_doers()
    lemma = verb.lemma_.lower()
    lemma = undoubled_stem(lemma, verb.lower_) or lemma  # ("fined" read as "fin" + "ed")
    words = [w for t in found.trigger[1:] for w in (t.lemma_.lower(), t.lower_)]  # ("questioning" may read as a verb)
    keys = [*(f"{lemma} {w}" for w in words), lemma]
    return next((lexicon[key] for key in keys if key in lexicon), None)


def done_by_other_organ(found: Found) -> bool:
    """'Owens was fined by the league', 'the regulator fined the bank': a penalty that is legal action only when a
    court imposes it (a kind told only of named organs), told of another doer."""
    if found.nominal or not found.sources:
        return False
    kind = _kind_of(found)
    if kind is None or not kind.named_only:
        return False
    return any((h.actor.code or "")[3:6] != kind.doer for h in found.sources)


def _held_beside(verb: Token, index: ActorIndex) -> list[ActorHit]:
    """The parties a verb coordinated with the seizure acts on ('arrested 25 fishermen and seized four boats')."""
    verbs = [*([verb.head] if verb.dep_ == "conj" else []), *verb.conjuncts]
    hits = [index.of_token(o) for v in verbs if v.pos_ == "VERB" for o in children(v, {"dobj"})]
    return [h for h in hits if h is not None]


def _yearly(sent: Span, dates: list[DateMention]) -> bool:
    """Whether the sentence dates its acts by a whole year or more only ('In 2005, security forces seized ...',
    'Last year, the authorities seized ...'): a year's tally, not one act."""
    grains = {d.granularity for d in dates if sent.start_char <= d.start < sent.end_char and d.granularity}
    return bool(grains) and grains <= _LONG_GRAINS


def implied_country(kind: ImpliedKind, place: str | None, story: str | None, index: ActorIndex) -> str | None:
    """The country whose organ did an implied act: the place its clause names, else the one country whose organ of
    that kind the article names ('A Singapore court imposed a fine ... Fong, who was also jailed', in a story that
    names Indonesia too), else the one country the story has named so far. A kind told only of named organs needs
    one named."""
    organs = index.organ_countries(kind.doer)
    if kind.named_only and not organs:
        return None
    if place is not None:
        return place
    if len(organs) == 1:
        return next(iter(organs))
    return story


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
    return _patient_hits(patients, role, country, index)


def _patient_hits(patients: list[Token], role: str, country: str, index: ActorIndex) -> list[ActorHit]:
    """Each patient word as a party: its actor in the act's role, else the group its phrase names."""
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


_NAMED_ENTITIES = frozenset({"NORP", "GPE", "LOC"})


def placed_patients(found: Found) -> list[ActorHit]:
    """'A Malaysian court imposed a fine on a trader' in a story of two countries: an agent of no stated country
    ('---BUS') that a state organ's court or police act is done to is of the organ's country, in its own sector,
    as a patient no actor names is (organ_patients)."""
    kind = _kind_of(found)
    sent = found.anchor.sent
    if kind is None or not any(_of_no_country(t, sent) for t in found.targets):
        return found.targets
    country = _doers_country(found.sources, load_organs() | {kind.doer})
    if country is None:
        return found.targets
    return [_with_role(t, kind.patient, country) if _of_no_country(t, sent) else t for t in found.targets]


def _of_no_country(hit: ActorHit, sent: Span) -> bool:
    """An agent of no country whose phrase names none either: not a people of several states or a region ('Arab
    demonstrators', 'African migrants'), which is nobody's."""
    if not (hit.actor.code or "").startswith("-") or hit.actor.country_source is not None:
        return False
    heads = mention_heads(hit, sent)
    return not any(m.ent_type_ in _NAMED_ENTITIES or m.pos_ == "PROPN" for h in heads for m in h.lefts)


def organ_patients(found: Found, index: ActorIndex, dates: list[DateMention]) -> list[ActorHit]:
    """'A court in Nairobi jailed a trader', 'imposed a fine on a trader', 'the principal was detained by the local
    authorities': the person a state organ's court or police act is done to, when no actor names him, is a convict
    or suspect of the organ's country named by his phrase (as the agentless passive's patient is)."""
    kind = _kind_of(found)
    country = _organ_country(found, load_organs() | {kind.doer}) if kind is not None else None
    if kind is None or country is None or _yearly(found.anchor.sent, dates):
        return []  # ("have arrested 2,669 immigrants so far this year": a year's tally)
    nouns = [t for t in found.trigger[1:] if t.pos_ == "NOUN"]
    verb = found.anchor
    patients = children(verb, {"dobj", *PASSIVE_SUBJECTS})
    if nouns:
        patients = prep_objects_any([verb, *nouns], {"on"})
    people = [p for p in patients if p.pos_ in {"NOUN", "PROPN"} and p.ent_type_ not in _THING_ENTITIES]
    return _patient_hits(people, kind.patient, country, index)
