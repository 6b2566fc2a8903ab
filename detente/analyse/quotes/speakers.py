"""Speaker phrases -> the article's actors.

A speaker is resolved, in this order, to the actor whose mention overlaps the speaker's head word, the
actor whose mention overlaps the phrase, or the one actor whose name holds the phrase's last proper noun
("Mr. Lee" -> "Lee Jae-myung"). "he"/"she" resolve to the most recent person mentioned as a sentence
subject before the pronoun (subjects carry the discourse topic in news prose), else the most recent
person mentioned -- but not when two people share that subject ("Lee and Xi met. He said …"), which is
left unresolved. "it" likewise resolves to the most recent organisation, government or country. A
pronoun the actors stage already linked to an actor keeps that actor, so the stages agree. Without
actors (the actors stage not run) the spaCy entities stand in: a pronoun gets a name but no actor id.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...model import Actor, ActorRef

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
BODY_PRONOUNS = frozenset({"it"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


@dataclass(frozen=True)
class Candidate:
    """A place where a possible antecedent is named: an actor mention or, lacking actors, a PERSON entity."""

    start: int
    end: int
    name: str
    actor: Actor | None
    is_subject: bool


def actor_ref(actor: Actor) -> ActorRef:
    return ActorRef(name=actor.name, code=actor.code, actor=actor.id)


def _is_person(actor: Actor, doc: Doc, start: int, end: int) -> bool:
    if actor.kind:
        return actor.kind == "person"
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(ent.label_ == "PERSON" for ent in span.ents)


class SpeakerResolver:
    """Built once per document: indexes actor mentions by position for overlap and pronoun look-ups."""

    def __init__(self, doc: Doc, actors: list[Actor]):
        self.doc = doc
        self.actors = actors
        people: list[Candidate] = []
        bodies: list[Candidate] = []  # organisations, governments, countries: what "it" can stand for
        if actors:
            for actor in actors:
                for mention in actor.mentions:
                    person = _is_person(actor, doc, mention.start, mention.end)
                    subject = self._subject_at(mention.start, mention.end)
                    (people if person else bodies).append(
                        Candidate(mention.start, mention.end, actor.name, actor, subject)
                    )
        else:
            for ent in doc.ents:
                if ent.label_ in ("PERSON", "ORG", "GPE", "NORP"):
                    subject = self._subject_at(ent.start_char, ent.end_char)
                    candidate = Candidate(ent.start_char, ent.end_char, ent.text, None, subject)
                    (people if ent.label_ == "PERSON" else bodies).append(candidate)
        self.people = sorted(people, key=lambda c: c.start)
        self.bodies = sorted(bodies, key=lambda c: c.start)

    def _subject_at(self, start: int, end: int) -> bool:
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in SUBJECT_DEPS or (root.dep_ == "conj" and root.head.dep_ in SUBJECT_DEPS)

    def _overlapping(self, start: int, end: int) -> Actor | None:
        best: tuple[int, Actor] | None = None
        for actor in self.actors:
            for mention in actor.mentions:
                overlap = min(end, mention.end) - max(start, mention.start)
                if overlap > 0 and (best is None or overlap > best[0]):
                    best = (overlap, actor)
        return best[1] if best else None

    def _by_name(self, phrase: Span) -> Actor | None:
        """The one actor whose name holds the phrase's last proper noun ("Mr. Obama" -> "Barack Obama")."""
        names = [t for t in phrase if t.pos_ == "PROPN" and t.is_alpha]
        if not names:
            return None
        word = names[-1].lower_
        matches = [a for a in self.actors if word in a.name.lower().replace("-", " ").split()]
        return matches[0] if len(matches) == 1 else None

    def antecedent(self, before: int, person: bool = True) -> Candidate | None:
        """The person a he/she (or, ``person=False``, the body an "it") at ``before`` most likely refers to."""
        pool = self.people if person else self.bodies
        earlier = pool[: bisect_right([c.start for c in pool], before - 1)]
        for candidate in reversed(earlier):
            if candidate.is_subject:
                # "Lee and Xi held talks. He said …": two people share the subject -- ambiguous, left unresolved
                sentence = self.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
                if sentence is not None and any(
                    other.is_subject
                    and other.name != candidate.name
                    and sentence.sent.start_char <= other.start < candidate.start
                    for other in earlier
                ):
                    return None
                return candidate
        return earlier[-1] if earlier else None

    def resolve(self, phrase: Span, head: Token) -> ActorRef:
        """The ActorRef for a speaker phrase; the phrase's own words when no actor matches."""
        if head.lower_ in PERSON_PRONOUNS or head.lower_ in BODY_PRONOUNS:
            linked = self._overlapping(head.idx, head.idx + len(head.text))
            if linked is not None:  # the actors stage already resolved this pronoun: keep the stages consistent
                return actor_ref(linked)
            candidate = self.antecedent(head.idx, person=head.lower_ in PERSON_PRONOUNS)
            if candidate is None:
                return ActorRef(name=phrase.text)
            if candidate.actor is not None:
                return actor_ref(candidate.actor)
            return ActorRef(name=candidate.name)
        actor = (
            self._overlapping(head.idx, head.idx + len(head.text))
            or self._overlapping(phrase.start_char, phrase.end_char)
            or self._by_name(phrase)
        )
        return actor_ref(actor) if actor else ActorRef(name=phrase.text)
