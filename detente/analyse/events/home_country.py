"""A sentence about one country: roles without country are its own ("police"), a protest with no target is
aimed at its authorities, and a protest is an official complaint or a demonstration by who makes it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import FAMILIES, ActorHit
from .conflict_kinds import place_party
from .context import Context
from .found import Found
from .grammar import SUBJECTS, children, prep_objects_any

# A protest the codebook does not tell apart (140), by officials (114 formal complaint), by a crowd (141).
GENERAL_PROTEST, OFFICIAL_PROTEST, DEMONSTRATION = "140", "114", "141"


def at_home(ctx: Context, found: Found, sent: Span) -> None:
    """In a sentence that names one country only, a role without country ("police", "the opposition")
    belongs to it, as an analyst reads "Egyptian police dispersed demonstrators"; and a protest that names
    no target is aimed at that country's own authorities (CAMEO's domestic protest)."""
    country = _abroad(ctx, sent, ctx.actors.only_country(sent.start_char, sent.end_char))
    if country is None and not ctx.actors.countries(sent.start_char, sent.end_char):
        # "Authorities imposed a curfew in eight districts of Manipur": no actor names a country, the places do
        country = _only_place_country(ctx, sent) or story_country(ctx, sent)
    if country is None or found.code.startswith("01"):
        return  # (whom a statement is made to or about is not settled by where it is made)
    # A person acting is left alone: an unplaced leader is as often the foreign counterpart's host or rival
    # ("President X welcomed the South African leader"); a person acted upon by that country's own people
    # is theirs ("rebels in the Ivory Coast dismissed an appeal from the President").
    # A group named by a people or faith of its own ("Arab leaders", "Kurdish farmers") is not placed either.
    peoples = [t for t in sent if t.ent_type_ == "NORP"]
    found.sources = [
        h if h.actor.kind == "person" or _named_by_people(h, peoples) else ctx.actors.at_home(h, country)
        for h in found.sources
    ]
    domestic = any((h.actor.code or "").startswith(country) for h in found.sources)
    found.targets = [
        h
        if (h.actor.kind == "person" and not domestic) or _named_by_people(h, peoples)
        else _foreign_place(ctx, h, sent, country) or ctx.actors.at_home(h, country)
        for h in found.targets
    ]
    if found.code[:2] == "14" and not found.targets and found.sources:
        home = ctx.actors.home_of(sent.start_char, sent.end_char, country, {h.key for h in found.sources})
        if home is not None:
            found.targets = [home]


def _abroad(ctx: Context, sent: Span, country: str | None) -> str | None:
    """'American soldiers killed six insurgents west of Baghdad': when the one country the actors name acts in
    places that all lie in another country, the roles without country are of where it happens (Iraq's
    insurgents), not of the foreign side that acts there."""
    if country is None:
        return None
    # (only places that are not an actor's own name: "US" of "the US military" is the doer, not where it acts)
    here = {
        p.country
        for p in ctx.places
        if sent.start_char <= p.start < sent.end_char
        and p.in_name is None
        and not ctx.actors.overlapping(p.start, p.end)
    }
    if len(here) != 1 or None in here:
        return country
    (place,) = here
    # (a country the story's actors name too: a place read as another country's namesake, "Mina" in Mexico for the
    # valley by Mecca, is no such sign)
    named = ctx.actors.countries(0, len(sent.doc.text))
    return place if place[:3] != country[:3] and place[:3] not in FAMILIES and place in named else country


def _foreign_place(ctx: Context, hit: ActorHit, sent: Span, country: str) -> ActorHit | None:
    """'Armenian forces rained rockets on the city of Ganja': an uncoded target named by a place of another
    country than the sentence's one is that country's (as a place an act is aimed at names its party), not
    the home country's."""
    if hit.actor.code is not None and not hit.actor.code.startswith("---"):
        return None
    for mention in hit.actor.mentions:
        if not sent.start_char <= mention.start < sent.end_char:
            continue
        for place in ctx.places:
            # (the mention ends in the place: "Ganja", "the city of Ganja"; not "the father of a Liverpool player")
            ends_in = place.start < mention.end <= place.end
            if ends_in and place.country and place.country != country:
                return place_party(ctx, place)
    return None


def story_country(ctx: Context, sent: Span) -> str | None:
    """'Police arrested 33 loggers' in a story that so far has named one country only: a sentence that names
    no country of its own goes on in the story's one (as a reader takes "the opposition" of a Kazakh story).
    A story that has named two countries leaves it open: then "police" may be either's."""
    countries = ctx.actors.countries(0, sent.end_char) | {
        p.country for p in ctx.places if p.start < sent.end_char and p.country
    }
    if len(countries) != 1:
        return None
    (country,) = countries
    return None if country[:3] in FAMILIES else country


def _only_place_country(ctx: Context, sent: Span) -> str | None:
    """The one country every place of the sentence lies in, if the sentence has places and they agree."""
    countries = {p.country for p in ctx.places if sent.start_char <= p.start < sent.end_char}
    return countries.pop() if len(countries) == 1 and None not in countries else None


def protest_kind(ctx: Context, found: Found) -> None:
    """'The government protested': a protest by officials is an official complaint (114); by a crowd
    (students, workers, the opposition) a demonstration (141). Decided by the doers' roles; a bare
    country or a mixed lot keeps the codebook's general protest."""
    if found.code != GENERAL_PROTEST or not found.sources:
        return
    roles = {(h.actor.code or "")[3:6] for h in found.sources}
    if roles <= ctx.linking.official_roles:
        found.code = OFFICIAL_PROTEST
    elif roles <= ctx.linking.crowd_roles:
        found.code = DEMONSTRATION


# CAMEO's violent protest, riot.
RIOT = "145"


def riot_kind(ctx: Context, found: Found) -> None:
    """'Rioters torched cars', 'protesters stormed the parliament', 'youths clashed with police': violence
    done by a crowd in the street is a violent protest (145), whoever it hits; the same act by police or
    troops stays what it is."""
    if found.nominal or not any(found.code.startswith(p) for p in ctx.linking.riot_codes):
        return
    verb = found.anchor
    doers = children(verb, SUBJECTS)
    if not doers and verb.dep_ == "conj":
        doers = children(verb.head, SUBJECTS)  # "youths torched cars and clashed with police"
    if doers and all(d.lemma_.lower() in ctx.linking.crowd_nouns for d in doers):
        found.code = RIOT


# CAMEO's violent repression, and the actor roles (police, military) that use it.
REPRESSION = "175"
SECURITY_ROLES = {"COP", "MIL"}


def repression_kind(ctx: Context, found: Found) -> None:
    """'Police opened fire on demonstrators', 'troops fired on the crowd': force used on a crowd in the
    street by anyone but a crowd is violent repression (175), not an armed clash."""
    if (
        found.nominal
        or found.code[:2] == RIOT[:2]
        or not any(found.code.startswith(p) for p in ctx.linking.repression_codes)
    ):
        return
    verb = found.anchor
    heads = [verb, *found.trigger[1:]]
    # (what is hit: an object that is not the act's own noun, "opened fire on", "fired at")
    trigger = {t.i for t in found.trigger}
    hit = [o for h in heads for o in children(h, {"dobj"}) if o.i not in trigger] + prep_objects_any(
        heads, {"on", "at"}
    )
    # (only a security force represses: "a minefield explosion killed two youths" is no repression)
    if not found.sources or not all((h.actor.code or "")[3:6] in SECURITY_ROLES for h in found.sources):
        return
    if hit and all(o.lemma_.lower() in ctx.linking.crowd_nouns for o in hit):
        found.code = REPRESSION


def _named_by_people(hit: ActorHit, peoples: list[Token]) -> bool:
    """Whether one of the actor's mentions holds or is modified by a people's or faith's name ("Arab")."""
    return any(
        m.start <= t.idx < m.end or (t.dep_ in {"amod", "compound"} and m.start <= t.head.idx < m.end)
        for m in hit.actor.mentions
        for t in peoples
    )
