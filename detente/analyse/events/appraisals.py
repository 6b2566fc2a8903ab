"""Appraisals told in speech with no act verb and no verb of being: what a speaker says another party achieved
("said Cambodia has made great achievements", "has developed rapidly under the leadership of Hun Sen") or failed
at ("said the electoral council has failed to correct the errors"), and a blameworthy or praiseworthy thing a party
did or owns, whatever the clause says of it ("said the illegal action by the United States would not weaken Iran").
Each gives the code and the words that name the appraised party; speech.judgement_in keeps it only for a party
other than the speaker's side. Words in judgements.yaml (kinds, appraisals)."""

from __future__ import annotations

from spacy.tokens import Token

from .actors import ActorIndex
from .grammar import (
    OWNER_DEPS,
    children,
    in_clause_of,
    is_future,
    is_hypothetical,
    is_negated,
    is_to_infinitive,
    named_owners,
    with_conjuncts,
)
from .judgements import Deeds, JudgementLexicon, load_judgement_lexicon

# Prepositions of a credit phrase: "under the leadership of X".
CREDIT_PREPS = {"under"}


def appraisal_in(clause: Token, actors: ActorIndex) -> tuple[str, list[Token]] | None:
    """The code a reported clause appraises with and the words that name whom it appraises: a judged thing of a
    party, else (for a clause told as done) an achievement, a change credited to a party or a failing."""
    lexicon = load_judgement_lexicon()
    judged = judged_thing(clause, lexicon, actors)
    if judged is not None:
        return judged
    if is_negated(clause) or is_future(clause) or is_hypothetical(clause) or clause.pos_ not in {"VERB", "AUX"}:
        return None  # ("would make great achievements", "has not failed"): nothing done is appraised
    deeds = lexicon.appraisals
    subjects = children(clause, {"nsubj"})
    if _achieved(clause, deeds.achievements) or _failed(clause, deeds.failings):
        code = deeds.failings.code if _failed(clause, deeds.failings) else deeds.achievements.code
        return code, subjects
    credited = _credited(clause, deeds.credit)
    return (deeds.credit.code, credited) if credited else None


def judged_thing(clause: Token, lexicon: JudgementLexicon, actors: ActorIndex) -> tuple[str, list[Token]] | None:
    """'the illegal action by the United States', 'abusive Chinese rule', 'Beijing's constructive role': a thing
    of the clause with an evaluative adjective (judgements.yaml kinds) and a named doer or owner (its possessive,
    a modifier naming a party, its "by" phrase). The thing's own clause may be foretold: its judgement is told.
    People are no thing ('illegal Moroccan immigrants' blames no state)."""
    for noun in clause.subtree:
        if noun.pos_ != "NOUN" or not in_clause_of(noun, clause) or _names_people(noun, actors, lexicon):
            continue
        # ("heavy-handed and abusive Chinese rule": coordinated adjectives too)
        adjectives = with_conjuncts(children(noun, {"amod"}))
        words = [a for a in adjectives if a.pos_ == "ADJ" and a.lemma_.lower() in lexicon.codes]
        owners = [o for o in owners_of(noun) if o not in words]
        if words and owners:
            return lexicon.codes[words[0].lemma_.lower()], owners
    return None


def _names_people(noun: Token, actors: ActorIndex, lexicon: JudgementLexicon) -> bool:
    """'the rebels', 'illegal Moroccan immigrants': a noun that is a party or people itself, not a thing ('Chinese
    rule', 'Israeli settlements')."""
    return bool(actors.overlapping(noun.idx, noun.idx + len(noun))) or noun.lemma_.lower() in lexicon.people_nouns


def owners_of(noun: Token) -> list[Token]:
    """'Japan's decision', 'the decision by Japan', 'the Japanese decision', 'the government move': the words that
    may name who did or owns a thing (the caller keeps those that name a party)."""
    modifiers = [m for m in children(noun, OWNER_DEPS - {"poss"}) if m.pos_ in {"PROPN", "ADJ", "NOUN"}]
    return named_owners(noun, ("by",)) + modifiers


def _achieved(clause: Token, achievements: Deeds) -> bool:
    """'has made great achievements', 'made important contributions to peace'."""
    return clause.lemma_.lower() in achievements.verbs and any(
        o.lemma_.lower() in achievements.nouns for o in children(clause, {"dobj"})
    )


def _failed(clause: Token, failings: Deeds) -> bool:
    """'has failed to correct the errors'."""
    return clause.lemma_.lower() in failings.verbs and any(is_to_infinitive(c) for c in children(clause, {"xcomp"}))


def _credited(clause: Token, credit: Deeds) -> list[Token]:
    """'has developed rapidly under the leadership of Hun Sen', 'under Hun Sen's leadership': whom a change for
    the better is credited to."""
    if clause.lemma_.lower() not in credit.verbs:
        return []
    nouns = [
        o
        for p in children(clause, {"prep"})
        if p.lower_ in CREDIT_PREPS
        for o in children(p, {"pobj"})
        if o.lemma_.lower() in credit.nouns
    ]
    return [w for n in nouns for w in named_owners(n, ("of",))]
