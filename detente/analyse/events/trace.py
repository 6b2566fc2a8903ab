"""Why an act the rules found is or is not an event: a record of every candidate and the filter that dropped it.

``coding.article_events`` takes an optional ``EventTrace`` and notes in it, for each act the extractor found in a
sentence and for each source/target pair coded of it, the filter that dropped it or ``kept``. The trace changes no
result: it is only written to. ``detente explain`` prints it so an analyst can ask "why no event here?"."""

from __future__ import annotations

from dataclasses import dataclass, field

from ...model import ActorRef, Event
from .actors import ActorHit
from .found import Found

KEPT = "kept"

# Every reason a candidate can be given, in the order the coder applies its filters, with what it means.
REASONS: dict[str, str] = {
    # an act found in a sentence, before any pair is coded
    "question": "asked in a yes/no question, not told as done",
    "sport-contest": "a contest between teams in a sports story",
    "toll": "a toll with no doer ('700 people have been killed'), a statistic",
    "nature": "done by nature or an accident, not by a party",
    "supposed": "a supposed act ('a Chinese attack could ...')",
    "to-come": "a meeting or visit still to come, named as if done ('the meeting, to be held on Monday')",
    "feared-or-hoped": "what a party fears or hopes another will do",
    "done-by-none": "its subject says no one did it ('neither party', 'no country')",
    "purpose-only": "a meeting told only as the aim of a trip ('travelled to X to discuss')",
    "standing": "a standing state of affairs in the simple present ('hosts 1,500 troops')",
    "other-organ": "a penalty only a court's is legal action, told of another doer ('was fined by the league')",
    "forecast": "forecast by others or scheduled, not done ('is expected to sign')",
    "no-parties": "no source/target pair could be coded: no coded doer for this kind of act",
    # one source/target pair of the act
    "sport-talk": "talk between players, coaches or federations in a sports story",
    "uncoded-doer": "a doer with no code at all acting on no coded party",
    "within-state": "talk between two organs of the same state",
    "self-event": "the source and target are the same actor",
    "repeat": "the same code and pair is already coded in this sentence",
    # the events of one sentence
    "named-doer-leads": "no doer, beside an act of the sentence whose doer is named",
    "statement-beside-act": "a bare statement by a party whose act the sentence codes",
    "dyad-leads": "names one party only, below a clause whose act names both",
    "organ-leads": "restates a pair of the same act with a bare country where the other names its organ",
    # the article
    "acceptance-floor": "the acceptance model scores it under its floor and it does not lead its sentence",
    "article-floor": "a sentence's lone act scored under the article floor",
    "no-doer": "no doer, and it does not lead its article",
    "uncoded-source": "a doer with no code, and it does not lead its article",
    "one-sided-cooperation": "cooperation with no counterpart, and it does not lead its article",
    "one-sided-conflict-talk": "a warning, refusal or complaint aimed at no party, and it does not lead its article",
    "talk-at-home": "verbal cooperation between parties of one country",
    "itinerary": "a meeting or visit told in the future tense alone ('will visit', 'are to meet'), in an article",
    KEPT: "coded as an event",
}


@dataclass
class Candidate:
    """One candidate act or one coded pair of it, and what became of it.

    ``event`` is set once a pair is coded: its confidence is then read from it (the acceptance model sets it
    after the sentence filters), so a candidate shows the confidence the event ended with."""

    sentence: int
    code: str
    trigger: str
    source: str | None
    target: str | None
    reason: str
    event: Event | None = None

    @property
    def confidence(self) -> float | None:
        return self.event.confidence if self.event is not None else None

    @property
    def kept(self) -> bool:
        return self.reason == KEPT

    @property
    def why(self) -> str:
        return REASONS.get(self.reason, self.reason)


@dataclass
class EventTrace:
    """The candidates of one article, in the order the coder met them (the collector ``article_events`` fills)."""

    candidates: list[Candidate] = field(default_factory=list)

    def found(
        self, found: Found, sentence: int, reason: str, source: ActorHit | None = None, target: ActorHit | None = None
    ) -> None:
        """A found act (or one pair of it, with its parties) dropped before an event was made of it."""
        pair = source is not None or target is not None
        sources = ([source] if source is not None else []) if pair else found.sources
        targets = ([target] if target is not None else []) if pair else found.targets
        trigger = " ".join(t.text for t in sorted(found.trigger, key=lambda t: t.i))
        self.candidates.append(
            Candidate(
                sentence,
                found.code,
                trigger,
                _names(h.ref() for h in sources),
                _names(h.ref() for h in targets),
                reason,
            )
        )

    def event(self, event: Event, reason: str) -> None:
        """A coded event and what became of it: dropped by the named filter, or ``KEPT``."""
        self.candidates.append(
            Candidate(
                event.sentence,
                event.cameo,
                event.trigger,
                _names([event.source_actor]),
                _names([event.target_actor]),
                reason,
                event,
            )
        )

    def of_sentence(self, sentence: int) -> list[Candidate]:
        return [c for c in self.candidates if c.sentence == sentence]

    def reasons(self) -> dict[str, int]:
        """How many candidates each reason took (for counting drops over a corpus)."""
        counts: dict[str, int] = {}
        for candidate in self.candidates:
            counts[candidate.reason] = counts.get(candidate.reason, 0) + 1
        return counts


def note_found(
    trace: EventTrace | None,
    found: Found,
    sentence: int,
    reason: str,
    source: ActorHit | None = None,
    target: ActorHit | None = None,
) -> None:
    """Record a dropped act in the trace, if one is being kept."""
    if trace is not None:
        trace.found(found, sentence, reason, source, target)


def note_event(trace: EventTrace | None, event: Event, reason: str) -> None:
    """Record a coded event's fate in the trace, if one is being kept."""
    if trace is not None:
        trace.event(event, reason)


def _names(refs) -> str | None:
    """Parties as 'Name (CODE)', joined; None for no party."""
    shown = [f"{r.name} ({r.code})" if r.code else r.name for r in refs if isinstance(r, ActorRef)]
    return ", ".join(shown) if shown else None
