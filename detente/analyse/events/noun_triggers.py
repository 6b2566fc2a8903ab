"""What event a noun names ("talks", "phone talks"), and the modifiers and governing verbs that make it none
("a typhoon warning", "postponed the talks")."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context
from .grammar import children, is_to_infinitive


def non_event_compound(ctx: Context, noun: Token) -> bool:
    """Whether a modifier makes the noun no event by the codebook's null compounds ("a typhoon warning")."""
    forms = {noun.lemma_.lower(), noun.lower_}
    return any(
        (mod.lemma_.lower(), form) in ctx.codebook.non_event_compounds
        for mod in children(noun, {"compound", "amod"})
        for form in forms
    )


def noun_code(ctx: Context, noun: Token) -> tuple[str, list[Token]] | None:
    """(code, trigger) of an event noun, a modifier first ("phone talks"), else None."""
    lemma = noun.lemma_.lower()
    if non_event_compound(ctx, noun):
        return None  # "a typhoon warning"
    for mod in children(noun, {"compound", "amod"}):
        code = ctx.codebook.compounds.get((mod.lemma_.lower(), lemma))
        if code:
            return code, [mod, noun]
    code = ctx.codebook.nouns.get(lemma) or ctx.codebook.nouns.get(noun.lower_)
    return (code, [noun]) if code else None


def non_event_verb(ctx: Context, verb: Token) -> bool:
    """Whether the verb, or the verb with its particle ("put off"), keeps its object event from happening."""
    return verb_in(ctx, verb, ctx.codebook.non_event_verbs)


def verb_in(ctx: Context, verb: Token, words: frozenset[str]) -> bool:
    """Whether the verb, or the verb with its particle ("put off", "turn out"), is one of ``words``."""
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    return bool({lemma, *(f"{lemma} {p.lower_}" for p in children(verb, {"prt"}))} & words)


# Links of a non-finite complement: "to avoid travelling", "proposed hosting", "asked Xi to help ease".
_COMPLEMENTS = {"xcomp", "ccomp"}


def unrealised(ctx: Context, verb: Token) -> bool:
    """Whether an act sits in the complement of a verb that keeps it from happening ('urged its citizens to
    avoid travelling to Japan', 'proposed hosting direct talks') or of a verb that frames another act, which
    codes it itself ('asked Xi to help ease restrictions': the easing is asked for, not done). Only
    non-finite complements are followed: a that-clause asserts its act on its own ('we want you to
    understand that we will defend Taiwan')."""
    token = verb
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and non_event_verb(ctx, verb.head.head):
        return True  # "missiles capable of striking Tokyo", "hackers able to ...": a capability, not an act
    while token.dep_ in _COMPLEMENTS and token.head.i != token.i:
        if token.dep_ == "ccomp" and not is_to_infinitive(token):
            return False
        head = token.head
        if token.dep_ == "xcomp" and _schedule_passive(ctx, head):
            return False  # "is scheduled to meet": an arranged act, which coding.py codes as the parties' intent
        if non_event_verb(ctx, head) or ctx.codebook.modality_of(ctx.codebook.verb_lemma(head.lemma_, head.lower_)):
            return True
        token = head
    return False


def _schedule_passive(ctx: Context, verb: Token) -> bool:
    """'is scheduled / slated / set to': a passive frame of an arranged act (linking.yaml ``schedule_frames``)."""
    frames = ctx.linking.schedule_frames
    framed = verb.lemma_.lower() in frames or verb.lower_ in frames
    return framed and verb.pos_ == "VERB" and bool(children(verb, {"auxpass"}))
