"""The actors of noun phrases, coordinated ones included ("Lee and Xi", "the leaders of France and Germany"),
with 'both sides' read as the story's two parties."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import FAMILIES, ActorHit, country_of
from .codes import MATERIAL_CONFLICT, cameo_code
from .context import Context
from .found import Found
from .grammar import children, is_coded, with_conjuncts
from .linking import Linking
from .patterns import Codebook
from .story import bare_definite, story_pair, story_role


def _resolve(ctx: Context, tokens: list[Token]) -> list[ActorHit]:
    """Actors of noun phrases, with 'both sides' / 'the two leaders' read as the story's two parties."""
    hits = ctx.actors.of_tokens(tokens)
    keys = {h.key for h in hits}
    for token in tokens:
        own = ctx.actors.of_token(token)
        role = story_role(ctx, token)
        if role is not None:
            # ("the visitor", "his hosts": the side of the visit the story told, not a civilian the actors stage guessed)
            hits = [h for h in hits if own is None or h.key != own.key]
            if role.key not in keys:
                hits.append(role)
                keys.add(role.key)
            continue
        pair = story_pair(ctx, token)
        if own is not None and is_coded(own.actor):
            # "The ministers agreed ...", read by the actors stage as one of them: a plural names both sides
            # of the story's pair when that one is among them
            # (not an organisation's: "the leaders" of APEC are its members, whatever the story told before)
            plural = token.tag_ == "NNS" and token.lemma_.lower() in ctx.linking.pair_nouns
            # ("the ministers" with nothing to say whose: the country the actors stage guessed from the context
            # is weaker than the pair the story just told)
            among = country_of(own) in {country_of(h) for h in pair} or bare_definite(token)
            if not plural or country_of(own) in FAMILIES or not among:
                pair = []
        if pair and own is not None:
            # "the two leaders" read by the actors stage as leaders of no country: the pair replaces them
            hits = [h for h in hits if h.key != own.key]
        for hit in pair:
            if hit.key not in keys:
                hits.append(hit)
                keys.add(hit.key)
    return hits


def coordinated(ctx: Context, heads: list[Token]) -> list[ActorHit]:
    """Actors of coordinated subjects, also when the parse mangles the coordination ("Lee and Chinese
    President Xi" parsed as one noun phrase): every actor inside a subject phrase that holds 'and'."""
    hits = _resolve(ctx, with_conjuncts(heads + _listed_in_apposition(ctx, heads)))
    for head in heads:
        phrase = head.doc[head.left_edge.i : head.i + 1]
        conjunctions = [t for t in phrase if t.dep_ == "cc" and t.lower_ in {"and", "&"}]
        if conjunctions:
            keys = {h.key for h in hits}
            for token in phrase:
                # names and demonyms: "Lee and Xi", "Chinese and Russian troops"
                hit = ctx.actors.of_token(token, follow_owner=False) if token.pos_ in {"PROPN", "ADJ"} else None
                if hit is not None and hit.key in keys and token.i < conjunctions[0].i:
                    # one mention spans "Lee and ... Xi": name the first conjunct by its own mentions
                    other = ctx.actors.named(token.text)
                    hit = ActorHit(other) if other is not None else hit
                if hit is not None and hit.key not in keys:
                    hits.append(hit)
                    keys.add(hit.key)
        # "the leaders of France and Germany": each coordinated owner acts
        owners = [o for p in children(head, {"prep"}) if p.lower_ in {"of", "from"} for o in children(p, {"pobj"})]
        placed = _placed_officials(ctx, head)
        for owner_list in (owners, placed):
            if owner_list and owner_list[0].conjuncts:
                countries = {(h.actor.code or "")[:3] for h in hits}
                for extra in ctx.actors.of_tokens(with_conjuncts(owner_list)):
                    if (extra.actor.code or "")[:3] not in countries:
                        hits.append(_as_government(extra) if owner_list is placed else extra)
                        countries.add((extra.actor.code or "")[:3])
    # one actor read twice (as the state and as its people): once
    seen: set[str] = set()
    hits = [h for h in hits if not (h.actor.id in seen or seen.add(h.actor.id))]
    return sorted(hits, key=lambda h: _named_first_in(h, heads))


def _listed_in_apposition(ctx: Context, heads: list[Token]) -> list[Token]:
    """'Former communist states Bulgaria and Romania', 'the two neighbours, India and Pakistan': a list set in
    apposition to the phrase names its members (only a list: 'Abe, Japan's prime minister' is the same one)."""
    listed = [a for h in heads for a in children(h, {"appos"}) if any(c.dep_ == "conj" for c in a.children)]
    # (names of two countries or more: "president of the World Bank and former US ambassador", "General Secretary
    # of the Workers' Party and President of the State Affairs" are one person's posts)
    names = [a for a in listed if all(t.pos_ == "PROPN" for t in with_conjuncts([a]))]
    return [a for a in names if len({country_of(h) for h in ctx.actors.of_tokens(with_conjuncts([a]))}) >= 2]


def _placed_officials(ctx: Context, head: Token) -> list[Token]:
    """'the related authorities in Hong Kong, Macao and Taiwan', 'officials in Kabul and Islamabad': the places a
    noun of officials (linking.yaml ``placed_official_nouns``) puts them in, each a government of its own."""
    if head.lemma_.lower() not in ctx.linking.placed_official_nouns:
        return []
    return [o for p in children(head, {"prep"}) if p.lower_ == "in" for o in children(p, {"pobj"})]


def _as_government(hit: ActorHit) -> ActorHit:
    """A country named as where officials are: its government ('authorities in Taiwan' -> TWNGOV)."""
    if hit.actor.kind != "country" or len(hit.actor.code or "") != 3:
        return hit
    return ActorHit(hit.actor.model_copy(update={"code": f"{hit.actor.code}GOV"}), placed=True)


def _named_first_in(hit: ActorHit, heads: list[Token]) -> int:
    """Where the phrases of ``heads`` first name an actor: 'Thai and Cambodian soldiers', 'Indian and Pakistani
    troops' list their sides in the order they are named (the first named leads a joint act), whichever word the
    parser made the head. An actor named elsewhere ('both sides' read as the story's pair) keeps its place after."""
    if not heads:
        return 0
    doc = heads[0].doc
    start = min(h.left_edge.idx for h in heads)
    end = max(h.right_edge.idx + len(h.right_edge) for h in heads)
    inside = [m.start for m in hit.actor.mentions if start <= m.start < end]
    return min(inside) if inside else len(doc.text)


# Prepositions of a fight's own noun that name what it is aimed at ("launched an assault on the town").
AIMED_PREPS = {"on", "against"}


def joint_on_a_thing(found: Found, codebook: Codebook) -> bool:
    """'US and Iraqi troops raided a rebel stronghold', 'Kenyan troops and AU forces retook the town', 'launched an
    assault on the city': two sides named as the doers of force done to something they name (a place, a
    position, a thing) did it together, not to each other. 'Thai and Cambodian soldiers fought near the temple',
    'clashed', 'fought a fierce battle' (an act's own noun) are against each other."""
    verb = found.anchor
    if found.nominal or verb.pos_ != "VERB" or cameo_code(found.code).quad_class != MATERIAL_CONFLICT:
        return False
    trigger = {t.i for t in found.trigger}
    things = [o for o in children(verb, {"dobj"}) if o.i not in trigger]
    things += [o for t in found.trigger[1:] if t.pos_ == "NOUN" for p in t.children if p.lower_ in AIMED_PREPS
               for o in children(p, {"pobj"})]  # fmt: skip
    return any(o.pos_ in {"NOUN", "PROPN"} and o.lemma_.lower() not in codebook.event_nouns for o in things)


def done_for_others(found: Found, linking: Linking) -> bool:
    """'Saudi Arabia and Qatar have offered aid', 'Japan and Korea sent relief supplies': an act two doers do for
    someone else (linking.yaml ``outward_codes``), so not one each does to the other."""
    return any(found.code.startswith(prefix) for prefix in linking.outward_codes)
