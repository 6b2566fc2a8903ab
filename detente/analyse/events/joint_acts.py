"""Acts done jointly: "China and Pakistan are jointly developing the JF-17 fighter", "a project jointly established
by the UNDP and the Chinese government", "Japan will build the plant together with Vietnam". Making, founding or
funding something together is material cooperation (CAMEO 06) between the parties (verbs.yaml ``joint_work``)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .actors import ActorHit
from .context import Context
from .found import Found
from .grammar import children, is_future, is_hypothetical, is_negated, prep_objects, with_conjuncts
from .noun_triggers import unrealised, verb_in
from .subjects import subjects_of

# Material cooperation, not specified below (CAMEO 060): the sub-code is refined later by what is made.
JOINT_WORK = "060"


def joint_acts(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """Verbs of making something, marked as done jointly, with two parties doing it."""
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed or not verb_in(ctx, verb, ctx.codebook.joint_work_verbs):
            continue
        marker = _joint_marker(ctx, verb)
        if marker is None or _not_done(ctx, verb):
            continue
        parties = _partners(ctx, verb, marker)
        if len(parties) < 2:
            continue
        claimed.add(verb.i)
        found.append(Found(JOINT_WORK, verb, [marker, verb], parties[:1], parties[1:2], notes=["jointly"]))
    return found


def _joint_marker(ctx: Context, verb: Token) -> Token | None:
    """The adverb that says the act is done together ('jointly', 'together'), on the verb or on its 'with'
    ('built the plant together with Vietnam': the parser hangs 'together' from 'with')."""
    heads = [verb, *(p for p in children(verb, {"prep"}) if p.lower_ == "with")]
    adverbs = [a for h in heads for a in children(h, {"advmod"})]
    return next((a for a in adverbs if a.lower_ in ctx.codebook.joint_work_markers), None)


def _not_done(ctx: Context, verb: Token) -> bool:
    """'will jointly build', 'could jointly develop', 'did not jointly fund', 'plan to jointly set up': not (yet)
    an act done."""
    return is_negated(verb) or is_future(verb) or is_hypothetical(verb) or unrealised(ctx, verb)


def _partners(ctx: Context, verb: Token, marker: Token) -> list[ActorHit]:
    """Who does the act together: its 'by' agents or (active) subjects, and whom 'with' names ('together with')."""
    agents = [o for a in children(verb, {"agent"}) for o in children(a, {"pobj"})]
    if agents:
        doers = ctx.actors.of_tokens(with_conjuncts(agents))
    else:
        subjects, passive = subjects_of(ctx, verb)
        doers = [] if passive else subjects
    partners = doers + ctx.actors.of_tokens(prep_objects(verb, {"with"}) + prep_objects(marker, {"with"}))
    unique: dict[str, ActorHit] = {}
    for hit in partners:
        unique.setdefault(hit.key, hit)
    return list(unique.values())
