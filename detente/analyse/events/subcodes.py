"""CAMEO sub-codes named by what an act is about (words in ``subcodes.yaml``), never another root:

- what an appeal, demand, promise or refusal asks for, promises or refuses, read as the act it names and recoded
  by the frame ("asked Japan for budget support" 0231, "turned down a request for a loan" 1221, "pledged to hold
  a referendum" 0344); a complement the codebook codes decides first ("appealed to Britain to lift the sanctions"
  0254), and one of letting in names international involvement ("refused to allow UN peacekeepers" 1245);
- what an inquiry or an accusation is about ("opened an inquiry into bribes" 091, "accused of war crimes" 1124).

Only an act coded at its root's or an intermediate level is refined: "020" may become any 02 code, "023" only a
023x one; a code already specific is kept.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from ...model import Place
from .actors import FAMILIES, ActorHit, country_of
from .context import Context
from .found import Found
from .grammar import children, is_coded, is_to_infinitive
from .patterns import Modality
from .subcode_lexicon import Kind, SubcodeLexicon, load_subcode_lexicon
from .verb_triggers import for_clause, verb_code

# Links along which an act's content is read: objects, prepositional phrases, complements, modifiers.
CONTENT_LINKS = {
    "dobj", "pobj", "prep", "pcomp", "xcomp", "ccomp", "advcl", "acl", "compound", "amod", "conj", "nmod", "attr",
    "oprd", "dative", "nsubjpass", "npadvmod",
}  # fmt: skip
# Prepositions of time, place, cause or concession: what follows them is not what the act is about.
CIRCUMSTANCE_PREPS = {
    "after", "before", "since", "during", "amid", "amidst", "despite", "as", "at", "in", "within", "until", "ahead",
    "following", "near", "like", "than", "without", "by", "under", "across", "throughout", "among", "around",
}  # fmt: skip
# A meeting not specified further, and a meeting at a "third" location (CAMEO 044).
MEETING = "040"
THIRD_LOCATION = "044"
# How far below the act its content is read, and how far up a word's heads are looked for.
DEPTH = 4
HEAD_STEPS = 4
# The frame whose refusals of aid, cooperation or reform are refusals of a request for them, and the frame whose
# content is a harm (subcodes.yaml `harms`), not an act asked for or promised.
REFUSAL = "refusal"
THREAT = "threat"
APPEAL = "appeal"


def refine_subcode(ctx: Context, found: Found) -> None:
    """Give an act coded at its root's or an intermediate level the sub-code its content names, if any."""
    lexicon = load_subcode_lexicon()
    frame = lexicon.frames.get(found.code)
    family = lexicon.wrong_codes.get(found.code)
    if found.code in lexicon.yielding_codes:
        code = _let_in(ctx, found, lexicon)
    elif frame is None and family is None:
        return
    elif frame is not None:
        modality = ctx.codebook.modalities.get(frame)
        code = _framed_code(ctx, found, modality, lexicon) if modality is not None else None
    else:
        code = _wrong_code(ctx, found, family or "", lexicon)
    if code is not None and narrows(found.code, code):
        found.code = code


def narrows(code: str, refined: str) -> bool:
    """Whether ``refined`` is a more specific code of the same root: any code of the root for a root-level code
    ("020"), one below it for an intermediate one ("023" -> "0231")."""
    if refined == code or refined[:2] != code[:2]:
        return False
    if code[2:] == "0":
        return True
    return refined.startswith(code) and len(refined) > len(code)


def _framed_code(ctx: Context, found: Found, modality: Modality, lexicon: SubcodeLexicon) -> str | None:
    """The code of what a framed act asks for, promises or refuses: a coded complement, or the act its content
    names (what is let in, when it is a verb of letting in)."""
    # (an act under a preposition only for appeals, as verbs.yaml's frames read it: "called for strengthening")
    inner = _complement(found.anchor, modality.name == APPEAL)
    allowing = _allowing(found, inner, lexicon)
    allowed = _allowed_act(ctx, found, allowing, lexicon) if allowing is not None else None
    if allowed is not None:
        return modality.transform(allowed)
    if inner is not None:
        coded = verb_code(ctx, inner)
        if coded is not None and narrows(found.code, modality.transform(coded[0])):
            return modality.transform(coded[0])
    kind, word = _first_kind(ctx, found, lexicon.harms if modality.name == THREAT else lexicon.contents)
    if kind is None or kind.act is None or word is None:
        return None
    if (
        modality.name == REFUSAL
        and kind.act.startswith(lexicon.requested_acts)
        and not _under(word, lexicon.request_nouns)
    ):
        return None  # ("rejected the proposed constitution": no request refused)
    return modality.transform(kind.act)


def _complement(anchor: Token, prepositional: bool) -> Token | None:
    """The act a framing verb takes: its complement, an infinitive the parser hangs as an adverbial ('appealed to
    Britain to lift'), a clause with its own subject ('called for Israel to halt'), or, when ``prepositional``,
    one under a preposition ('called for strengthening ties')."""
    for child in anchor.children:
        if child.pos_ not in {"VERB", "AUX"}:
            if child.dep_ == "prep" and prepositional:
                verbs = [c for c in child.children if c.dep_ == "pcomp" and c.pos_ == "VERB"]
                if verbs:
                    return verbs[0]
            continue
        if child.dep_ in {"xcomp", "ccomp"} or for_clause(child) or _bare_infinitive(child):
            return child
    return None


def _bare_infinitive(clause: Token) -> bool:
    """'appealed to Britain to lift the sanctions': an infinitive adverbial with no mark of its own."""
    to = is_to_infinitive(clause)
    return clause.dep_ == "advcl" and to and not children(clause, {"mark", "nsubj"})


def _allowing(found: Found, inner: Token | None, lexicon: SubcodeLexicon) -> Token | None:
    """The verb of letting in ('allow', 'let') the act is, or frames ('refused to allow')."""
    for verb in (found.anchor, inner):
        if verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.allowing_verbs:
            return verb
    return None


def _let_in(ctx: Context, found: Found, lexicon: SubcodeLexicon) -> str | None:
    """What a yielding act lets in ('allowed UN inspectors to return', 'reopened the crossing to aid lorries')."""
    words = lexicon.allowing_verbs | lexicon.yielding_words
    opener = next((t for t in (found.anchor, *found.trigger) if t.lemma_.lower() in words), None)
    return _allowed_act(ctx, found, opener, lexicon) if opener is not None else None


def _allowed_act(ctx: Context, found: Found, verb: Token, lexicon: SubcodeLexicon) -> str | None:
    """What letting in is: peacekeepers received (0861), inspectors (0862), aid delivered (0863), observers (086);
    None when it lets in none of these ("allow schooling in Kurdish")."""
    # (who is let in may be the act's party, and the subject of what it is let do: "let UN inspectors return")
    let_do = [s for c in verb.children if c.dep_ in {"ccomp", "xcomp"} for s in children(c, {"nsubj"})]
    for word in [*let_do, *_content(ctx, found, verb, parties=False)]:
        lemma = word.lemma_.lower()
        if lemma in lexicon.allowed_words:
            return lexicon.allowed_words[lemma]
        kind = _kind_of(word, lexicon.contents, headed=False)
        if kind is not None and kind.act in lexicon.allowed_acts:
            return lexicon.allowed_acts[kind.act]
    return None


def _wrong_code(ctx: Context, found: Found, family: str, lexicon: SubcodeLexicon) -> str | None:
    """The code of an inquiry or accusation by the wrong it is about; the first kind named decides."""
    kind, _word = _first_kind(ctx, found, lexicon.wrongs)
    return kind.code_for(family) if kind is not None else None


def _first_kind(ctx: Context, found: Found, kinds: tuple[Kind, ...]) -> tuple[Kind | None, Token | None]:
    """The first kind named by the act's content, nearest word first, with the word that names it."""
    for word in _content(ctx, found, found.anchor):
        kind = _kind_of(word, kinds)
        if kind is not None:
            return kind, word
    return None, None


def _kind_of(word: Token, kinds: tuple[Kind, ...], headed: bool = True) -> Kind | None:
    """The kind a word names: a phrase it is part of ('budget support'), before any kind's single word; a kind
    with heads only under one of them ('asked for food'), unless ``headed`` is off."""
    lemma = word.lemma_.lower()
    phrased = [k for k in kinds if any(_in_phrase(word, phrase) for phrase in k.phrases)]
    worded = [k for k in kinds if lemma in (k.verbs if word.pos_ == "VERB" else k.words)]
    for kind in phrased + worded:
        if not headed or not kind.heads or _under(word, kind.heads):
            return kind
    return None


def _under(word: Token, heads: frozenset[str]) -> bool:
    """Whether a word hangs, a few links up, under one of these words ('a fresh tranche of budget support' under
    'for')."""
    current = word
    for _ in range(HEAD_STEPS):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.lemma_.lower() in heads or current.lower_ in heads:
            return True
    return False


def _in_phrase(word: Token, phrase: tuple[str, ...]) -> bool:
    """Whether the word is part of the phrase as the sentence spells it (lemmas or words)."""
    doc, size = word.doc, len(phrase)
    for offset in range(size):
        start = word.i - offset
        if start < word.sent.start or start + size > word.sent.end:
            continue
        span = doc[start : start + size]
        if all(t.lemma_.lower() == p or t.lower_ == p for t, p in zip(span, phrase, strict=True)):
            return True
    return False


def _content(ctx: Context, found: Found, start: Token, parties: bool = True) -> Iterator[Token]:
    """The words of what an act is about, nearest first: what its words take, then what those take (a preposition
    and its object are one step), leaving out its parties, circumstances (time, place, cause), clauses of their own
    (relative, marked adverbial) and what is kept from happening ('asked the AU to delay the withdrawal')."""
    own = [(m.start, m.end) for hit in (*found.sources, *found.targets) for m in hit.actor.mentions] if parties else []
    heads = [start, *(t for t in found.trigger if t.i != start.i)]
    seen = {t.i for t in heads}
    level = heads
    for _ in range(DEPTH):
        following: list[Token] = []
        for head in level:
            if head.i != start.i and head.pos_ == "VERB" and _kept_from(ctx, head):
                continue
            following += _links(head, seen)
        following.sort(key=lambda t: t.i)
        for word in following:
            if not any(s < word.idx + len(word) and word.idx < e for s, e in own):
                yield word
        level = following


def _links(head: Token, seen: set[int]) -> list[Token]:
    """The content words one step below a word (a preposition with its object), each taken once."""
    found: list[Token] = []
    for child in head.children:
        if child.i in seen or not _content_link(child):
            continue
        seen.add(child.i)
        found.append(child)
        if child.dep_ == "prep":
            found += _links(child, seen)
    return found


def _kept_from(ctx: Context, verb: Token) -> bool:
    """A verb whose object is not done: put off or prevented ('delay', 'prevent'; codebook ``non_event_verbs``) or
    ended ('stop enriching uranium for weapons'; ``denial_verbs``)."""
    lemma = ctx.codebook.verb_lemma(verb.lemma_, verb.lower_)
    return lemma in ctx.codebook.non_event_verbs or lemma in ctx.codebook.denial_verbs


def _content_link(child: Token) -> bool:
    if child.dep_ not in CONTENT_LINKS:
        return False
    if child.dep_ == "prep":
        return child.lower_ not in CIRCUMSTANCE_PREPS
    if child.dep_ == "advcl":
        # (an infinitive of purpose or asking, not a participle telling another act: "..., warning that ...")
        return _bare_infinitive(child) or for_clause(child)
    return True


def third_location(code: str, place: Place | None, source: ActorHit | None, target: ActorHit | None) -> str:
    """'The foreign ministers of India and China met in Moscow': two states meeting in the country of neither meet
    at a 'third' location (044). Only between two coded states, in a place whose country is known."""
    if code != MEETING or place is None or not place.country or source is None or target is None:
        return code
    sides = [country_of(hit) for hit in (source, target) if is_coded(hit.actor)]
    if len(sides) != 2 or any(side in FAMILIES for side in sides):
        return code
    return THIRD_LOCATION if place.country not in sides else code
