"""What the party linker reads of one (act, actor mention, role) triple: a few features per mention.

The candidates of an act are the coded actor mentions (a country or organisation code) of its sentence and of
the sentence before it; each is scored as the act's source and as its target. Features are named with the role
first ("source:path=nsubj", "target:path=prep_with>pobj") so one logistic fit holds both roles' weights."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from ..actors import ActorHit, ActorIndex, side_of
from ..codes import cameo_code
from ..found import Found
from ..grammar import is_coded

Features = dict[str, float]
SOURCE, TARGET = "source", "target"
ROLES = (SOURCE, TARGET)
# Prepositions that tell a party's role on a path ("met with", "aid to", "attacked by", "protest against").
ROLE_PREPS = frozenset({"with", "to", "by", "from", "against", "on", "for", "between", "of", "at", "in"})
MAX_STEPS = 3  # a longer path is named only "far"
DISTANCE_BUCKETS = (2, 5, 10, 20)  # token distance from the trigger: 0-2, 3-5, 6-10, 11-20, more
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "agent"})


@dataclass(frozen=True)
class Mention:
    """One candidate filler: an actor as one of its mentions names it, and that mention's head word."""

    hit: ActorHit
    head: Token
    previous: bool  # in the sentence before the act's

    @property
    def side(self) -> str:
        return side_of(self.hit.actor.code)


def candidates(found: Found, sent: Span, index: ActorIndex) -> list[Mention]:
    """The coded actor mentions of the act's sentence and of the sentence before it, in text order."""
    doc = sent.doc
    spans = [(sent, False)]
    if sent.start > 0:
        spans.insert(0, (doc[sent.start - 1].sent, True))
    out: list[Mention] = []
    for span, previous in spans:
        for start, end, actor in index.mentioned_between(span.start_char, span.end_char):
            piece = doc.char_span(start, end, alignment_mode="expand")
            if piece is None or not len(piece) or not is_coded(actor):
                continue
            out.append(Mention(ActorHit(actor), piece.root, previous))
    return out


def step_label(token: Token) -> str:
    """An arc's label, with the preposition it goes through ("prep_with", "agent_by")."""
    if token.dep_ in {"prep", "agent"}:
        word = token.lower_ if token.lower_ in ROLE_PREPS else "other"
        return f"{token.dep_}_{word}"
    return token.dep_


def dependency_path(anchor: Token, head: Token) -> list[str]:
    """The arcs from the act's anchor to a word of its sentence: up to their common head ("^dep"), then down."""
    chain = [anchor, *anchor.ancestors]
    position = {t.i: k for k, t in enumerate(chain)}
    down: list[Token] = []
    word = head
    while word.i not in position:
        down.append(word)
        if word.head.i == word.i:
            return ["unlinked"]
        word = word.head
    up = [f"^{chain[k].dep_}" for k in range(position[word.i])]
    return up + [step_label(t) for t in reversed(down)]


def _bucket(distance: int) -> str:
    for k, top in enumerate(DISTANCE_BUCKETS):
        if distance <= top:
            return str(k)
    return str(len(DISTANCE_BUCKETS))


def _governing_subject(anchor: Token, head: Token) -> bool:
    """The mention is the subject of a verb above the act ("Iran said it would retaliate")."""
    return head.dep_ in SUBJECTS and any(head.head.i == a.i for a in anchor.ancestors)


def _quoted(head: Token, sent: Span) -> bool:
    """Inside quotation marks: an odd number of quote marks before it in its sentence."""
    marks = sum(1 for t in sent if t.i < head.i and t.text in {'"', "``", "''", "\u201c", "\u201d"})
    return marks % 2 == 1


def _mention_kind(hit: ActorHit) -> str:
    code = hit.actor.code or ""
    if code[:3] in {"IGO", "NGO"}:
        return "igo"
    role = code[3:6]
    if hit.actor.kind == "person":
        return f"person-{role or 'none'}"
    return f"{hit.actor.kind or 'other'}-{role or 'state'}"


def mention_features(found: Found, mention: Mention, sent: Span) -> Features:
    """The role-free features of one candidate for one act (the role is put in front by ``role_features``)."""
    anchor, head = found.anchor, mention.head
    quad = cameo_code(found.code).quad_class
    feats: Features = {"bias": 1.0, f"kind={_mention_kind(mention.hit)}": 1.0, f"quad={quad}": 1.0}
    # what kind of act it is (how often an act of this root and form is an event at all)
    feats[f"root={found.code[:2]}"] = 1.0
    feats["nominal" if found.nominal else f"anchor={anchor.pos_}"] = 1.0
    if mention.previous:
        feats["previous-sentence"] = 1.0
        feats[f"previous&quad={quad}"] = 1.0
        return feats
    path = dependency_path(anchor, head)
    named = ">".join(path) if len(path) <= MAX_STEPS else "far"
    feats[f"path={named}"] = 1.0
    feats[f"first={path[0] if path else 'self'}"] = 1.0
    feats[f"last={path[-1] if path else 'self'}"] = 1.0
    feats[f"quad={quad}&first={path[0] if path else 'self'}"] = 1.0
    feats[f"root={found.code[:2]}&last={path[-1] if path else 'self'}"] = 1.0
    feats["after" if head.i > anchor.i else "before"] = 1.0
    feats[f"distance={_bucket(abs(head.i - anchor.i))}"] = 1.0
    if _governing_subject(anchor, head):
        feats["governing-subject"] = 1.0
    if _quoted(head, sent):
        feats["quoted"] = 1.0
    if any(t.i == head.i for t in found.trigger):
        feats["in-trigger"] = 1.0
    return feats


def _sides(hits: list[ActorHit]) -> set[str]:
    return {side_of(h.actor.code) for h in hits if is_coded(h.actor)}


def role_features(found: Found, mention: Mention, base: Features, role: str, targets: list[ActorHit]) -> Features:
    """One candidate's features for one role: the role-free ones under the role's name, and what the rules chose
    (``targets``: the rules' targets, or the speaker a conflict is aimed at)."""
    own, other = (found.sources, targets) if role == SOURCE else (targets, found.sources)
    feats = {f"{role}:{name}": value for name, value in base.items()}
    if mention.side in _sides(own):
        feats[f"{role}:rules-chose"] = 1.0
    elif not own:
        feats[f"{role}:rules-none"] = 1.0
    if mention.side in _sides(other):
        feats[f"{role}:rules-other-role"] = 1.0
    if found.speaker is not None and found.speaker.actor.id == mention.hit.actor.id:
        feats[f"{role}:speaker"] = 1.0
    return feats
