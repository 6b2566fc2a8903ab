"""When the arcs name no actor: the nearest coded actor on each side of the verb, within its own clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ...model import Actor
from .actors import STATE_ORGANS, ActorHit
from .codes import MATERIAL_CONFLICT, MATERIAL_COOPERATION, cameo_code
from .context import Context
from .found import Found
from .grammar import GROUP_OWN_PRONOUNS, SUBJECTS, children, in_clause_of, is_coded, is_own
from .linking import is_natural_force

# Material acts, and the roots of promising or threatening one (intent 03, threat 13).
MATERIAL = {MATERIAL_COOPERATION, MATERIAL_CONFLICT}
PROMISE_ROOTS = {"03", "13"}


def fall_back(ctx: Context, found: Found, verb: Token, passive: bool) -> None:
    """When the arcs name no actor, take the nearest coded actor on each side of the verb within its
    own clause, as PETRARCH's coders do: the source before it, the target after it (marked as a guess).
    A neighbouring clause's actors are its own ("X eased measures as authorities in Y cracked down")."""
    if not found.sources and not passive and not _done_by_nature(ctx, verb):
        before = [h for h in _clause_actors(ctx, verb, verb.left_edge.idx, verb.idx) if not _inviter(ctx, verb.doc, h)]
        if before:
            nearest = max(before, key=lambda h: h[1])
            found.sources = _with_coordinated(ctx, verb.doc, nearest, before)
            found.notes.append("guessed-source")
    together = len(found.sources) > 1 and ctx.codebook.is_symmetric(found.code)  # "X and Y met": no guess
    # (a target the actors stage gave no code at all, "the Tiwinza outpost" read as a name, tells no party)
    if not any(t.actor.code for t in found.targets) and found.sources and not together:
        source = found.sources[0].actor
        material = cameo_code(found.code).quad_class in MATERIAL or found.code[:2] in PROMISE_ROOTS
        edge = verb.right_edge
        after = [
            h
            for h in _clause_actors(ctx, verb, verb.idx + len(verb), edge.idx + len(edge), content=True)
            if all(h[2].id != s.actor.id for s in found.sources)  # never a doer ("supported by X, Y and Z")
            and h[2].code not in {source.code, (source.code or "")[:3]}  # nor the first doer's country
            # nor, for a material act or its promise or threat, its own people: "put its armed forces on
            # high alert", "promised to withdraw its troops" (but an appeal or praise may go to them)
            and not (material and _own_people(verb.doc, h))
            and not _own_side_guess(found, h[2])
        ]
        if after:
            # ("spoke by telephone with Aliyev and Pashinyan": the nearest and those coordinated with it)
            found.targets = _with_coordinated(ctx, verb.doc, min(after, key=lambda h: h[0]), after)
            found.notes.append("guessed-target")


def _done_by_nature(ctx: Context, verb: Token) -> bool:
    """'A road accident in Shanxi killed 10', 'an earthquake in northern Pakistan killed 30': a subject that is a
    disaster or an accident leaves no doer to guess from the places named around it."""
    return any(is_natural_force(s, ctx.linking) for s in children(verb, SUBJECTS))


def _clause_actors(
    ctx: Context, verb: Token, start: int, end: int, *, content: bool = False
) -> list[tuple[int, int, Actor]]:
    """Coded actors mentioned between two offsets inside the verb's own clause (with ``content``: or in
    the clause that says what the act is about, see ``in_clause_of``)."""
    found = []
    for hit in ctx.actors.overlapping(start, end):
        token = _token_at(verb.doc, hit[0], hit[1])
        if is_coded(hit[2]) and token is not None and in_clause_of(token, verb, content=content):
            found.append(hit)
    return found


def _inviter(ctx: Context, doc: Doc, hit: tuple[int, int, Actor]) -> bool:
    """'At the invitation of Xi Jinping, the president paid a visit to China', 'at the request of the UN': who
    invites or asks is the host or the asker, never the doer of the act (linking.yaml ``inviter_nouns``)."""
    token = _token_at(doc, hit[0], hit[1])
    if token is None:
        return False
    owner = token.head.head if token.dep_ == "pobj" and token.head.lower_ == "of" else token.head
    if token.dep_ not in {"pobj", "poss"} or owner.i == token.i:
        return False
    return owner.lemma_.lower() in ctx.linking.inviter_nouns


def _own_side_guess(found: Found, actor: Actor) -> bool:
    """Whether a guessed target is the doer's own state: 'Indian jets struck what New Delhi called a camp',
    'complaining that Avarua had failed to consult Wellington', 'declared a mobilisation, calling up its army'.
    A state's organs and the country itself are one side; its people, parties and rebels are others ('reneged on
    his commitment to the Zambian people', 'charged that the rebels had used the truce')."""
    code = actor.code or ""
    own = {(s.actor.code or "")[:3] for s in found.sources}
    if code[:3] not in own or not _state_side(code):
        return False
    return all(_state_side(s.actor.code or "") for s in found.sources)


def _state_side(code: str) -> bool:
    """A country's code alone, or one of its organs (government, forces, police, intelligence)."""
    return len(code) == 3 or code[3:6] in STATE_ORGANS


def _own_people(doc: Doc, hit: tuple[int, int, Actor]) -> bool:
    token = _token_at(doc, hit[0], hit[1])
    return token is not None and is_own(token, GROUP_OWN_PRONOUNS)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _with_coordinated(
    ctx: Context, doc: Doc, nearest: tuple[int, int, Actor], candidates: list[tuple[int, int, Actor]]
) -> list[ActorHit]:
    """'the Sudanese government and the rebels agreed', parsed apart from the verb: the nearest actor and
    the actors coordinated with it act together, in text order (the first conjunct leads)."""
    token = _token_at(doc, nearest[0], nearest[1])
    if token is None:
        return [ActorHit(nearest[2])]
    partners = {t.i for t in token.conjuncts}
    chosen = [
        h for h in candidates if h is nearest or ((t := _token_at(doc, h[0], h[1])) is not None and t.i in partners)
    ]
    hits: dict[str, ActorHit] = {}
    for hit in sorted(chosen, key=lambda h: h[0]):
        hits.setdefault(hit[2].id, ActorHit(hit[2]))
    return list(hits.values())
