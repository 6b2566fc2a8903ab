"""What the learned proposer reads of a sentence: the clause it turns on (its trigger) and that clause's words.

The trigger is the sentence's main verb, or, when that verb only reports speech ("officials said ..."), the verb
of what was reported. Features are strings (one-hot): the trigger's lemma and the words hanging from it (particle,
object, preposition + its object, open complement), the grammar around it (passive, negation, modal), whether its
subject and object name coded actors and how many countries the sentence names, the content lemmas of the
sentence (so that a verb never seen in training can still be read through its nouns: "troops", "talks", "aid"),
and where the sentence stands (``context_features``: an article's lead or its body, quoted speech or not).
The same function serves training (``train``) and the proposer at run time, so both read a sentence alike.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span, Token

from ..actors import QUOTE_MARKS, STATE_ORGANS, ActorIndex
from ..grammar import MODAL_AUXILIARIES, OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, is_coded
from ..linking import Linking, is_sport, is_sports_report
from ..subjects import SPEECH_VERBS

# Words the modal auxiliaries of possible or future acts start with.
# Parts of speech whose lemmas make the sentence's bag of words.
CONTENT_POS = {"NOUN", "VERB", "ADJ"}
# The sentences of an article's top (headline and lead) where wire news states its main act.
LEAD_SENTENCES = 2
# The context features' prefix (``train --no-context`` leaves them out by it).
CONTEXT = "ctx="
# ``Doc.user_data`` keys: what features read of the whole document, worked out once per document, not per sentence.
_SENTENCE_STARTS = "detente_sentence_starts"
_SPORTS_REPORT = "detente_sports_report"
# How deep reported speech is followed ("X said Y told reporters that Z ...").
MAX_REPORT_DEPTH = 3
# The sentence gate's features' prefix (``sentence_features``): what the sentence as a whole is like.
SENTENCE = "s:"
# Where a sentence stands in its article, in bands (the gate reads "2-4", not "3"): wire news tells its acts
# at the top and background further down.
POSITION_BANDS = ((0, "0"), (1, "1"), (4, "2-4"), (9, "5-9"))
# Sentence lengths in tokens, in bands: a long sentence has more room for an act and for background.
LENGTH_BANDS = ((12, "short"), (30, "mid"), (50, "long"))
# The feature of a sentence that tells sport or stands in a sports report.
SPORT = f"{SENTENCE}sport"
# Words of money and shares: market and economic reports, where a state seldom acts on another.
MONEY_WORDS = frozenset({"$", "dollar", "yuan", "euro", "yen", "percent", "%", "cent", "pound", "rupee"})


def trigger_of(sent: Span) -> tuple[Token, Token | None]:
    """The token the sentence's news turns on, and the speech verb that reports it (None if told directly)."""
    token, reporter = sent.root, None
    for _ in range(MAX_REPORT_DEPTH):
        if token.lemma_.lower() not in SPEECH_VERBS:
            break
        reported = [c for c in token.children if c.dep_ == "ccomp"]
        if not reported:
            break
        reporter, token = token, reported[0]
    return token, reporter


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def _coded_hit(index: ActorIndex, tokens: list[Token]) -> bool:
    return any(hit is not None and is_coded(hit.actor) for hit in (index.of_token(t) for t in tokens))


def sentence_countries(index: ActorIndex, sent: Span) -> set[str]:
    """The countries (or organisation families) of the coded actors a sentence names."""
    return {
        (actor.code or "")[:3] for _s, _e, actor in index.overlapping(sent.start_char, sent.end_char) if is_coded(actor)
    }


def clause_features(trigger: Token, reporter: Token | None, sent: Span, index: ActorIndex) -> list[str]:
    """The one-hot features of a sentence's trigger clause (see the module's docstring)."""
    lemma = _lemma(trigger)
    features = [f"t={lemma}", f"pos={trigger.pos_}", f"dep={trigger.dep_}"]
    if reporter is not None:
        features.append(f"said={_lemma(reporter)}")
    subjects: list[Token] = []
    objects: list[Token] = []
    for child in trigger.children:
        dep = child.dep_
        if dep == "prt":
            features.append(f"prt={lemma}_{child.lower_}")
        elif dep in OBJECTS:
            objects.append(child)
            features += [f"o={_lemma(child)}", f"to={lemma}_{_lemma(child)}"]
        elif dep in SUBJECTS:
            subjects.append(child)
        elif dep in PASSIVE_SUBJECTS:
            features.append("passive")
            objects.append(child)
        elif dep == "neg":
            features.append("neg")
        elif dep == "aux" and child.lower_ in MODAL_AUXILIARIES:
            features.append(f"modal={child.lower_}")
        elif dep in {"attr", "acomp"}:
            features.append(f"a={_lemma(child)}")
        elif dep == "xcomp":
            features.append(f"x={_lemma(child)}")
            features += [f"xo={_lemma(o)}" for o in child.children if o.dep_ in OBJECTS]
            features += _prep_features(child, "xp")
        elif dep == "dative":
            objects.append(child)
    features += _prep_features(trigger, "p")
    features.append(f"subj_coded={_coded_hit(index, subjects)}")
    features.append(f"obj_coded={_coded_hit(index, objects)}")
    countries = len(sentence_countries(index, sent))
    features.append(f"countries={min(countries, 3)}")
    features += sorted({f"w={_lemma(t)}" for t in sent if t.pos_ in CONTENT_POS and not t.is_stop and t.is_alpha})
    return features + context_features(sent)


def sentence_features(sent: Span, index: ActorIndex, linking: Linking) -> list[str]:
    """What the sentence gate reads of a sentence as a whole (all prefixed ``s:``): its verbs' lemmas and
    tenses, modality and aspect, quotes and speech verbs, where it stands and how long it is, the kinds of coded
    actors it names and how many countries, its numbers, money and dates (see ``_actor_kinds``), and whether it
    or its whole story tells sport (``SPORT``: CAMEO codes no match, and the proposer never proposes there)."""
    features = {f"{SENTENCE}pos={_band(_position(sent), POSITION_BANDS, '10+')}"}
    if _names_sport(sent, linking):
        features.add(SPORT)
    features.add(f"{SENTENCE}len={_band(len(sent), LENGTH_BANDS, 'very long')}")
    features.add(f"{SENTENCE}root_tag={sent.root.tag_}")
    for token in sent:
        features.update(_token_features(token))
    features.update(_actor_kinds(sent, index))
    return sorted(features)


def _names_sport(sent: Span, linking: Linking) -> bool:
    """Whether the sentence names sport, or stands in a sports report (as the rule coder reads one)."""
    return is_sport(sent, linking) or _sports_report(sent.doc, linking)


def _sports_report(doc: Doc, linking: Linking) -> bool:
    """``is_sports_report``, once per document and lexicon (it reads every sentence)."""
    known = doc.user_data.get(_SPORTS_REPORT)
    if known is None or known[0] is not linking:
        known = doc.user_data[_SPORTS_REPORT] = (linking, is_sports_report(doc, linking))
    return known[1]


def _token_features(token: Token) -> list[str]:
    """One token's share of the sentence features: a verb's lemma and tag, a modal, a quote, a number, money."""
    lemma = _lemma(token)
    if token.pos_ == "VERB":
        said = "said" if lemma in SPEECH_VERBS else "act"
        return [f"{SENTENCE}v={lemma}", f"{SENTENCE}tag={token.tag_}", f"{SENTENCE}verb_{said}_{token.tag_}"]
    if token.dep_ == "aux" and token.lower_ in MODAL_AUXILIARIES:
        return [f"{SENTENCE}modal={token.lower_}"]
    if token.dep_ == "aux" and lemma == "have" and token.head.tag_ == "VBN":
        return [f"{SENTENCE}perfect"]
    if token.dep_ == "aux" and lemma == "be" and token.head.tag_ == "VBG":
        return [f"{SENTENCE}progressive"]
    if token.text in QUOTE_MARKS:
        return [f"{SENTENCE}quoted"]
    if token.text == "?":
        return [f"{SENTENCE}question"]
    if lemma in MONEY_WORDS:
        return [f"{SENTENCE}money"]
    if token.like_num:
        return [f"{SENTENCE}number"]
    if token.ent_type_ == "DATE":
        return [f"{SENTENCE}date"]
    return []


def _actor_kinds(sent: Span, index: ActorIndex) -> list[str]:
    """The coded actors a sentence names, by kind (a bare state, a state organ, an IGO, another role such as
    rebels or a company) and how many, and how many countries: an act between two actors needs two."""
    kinds = [_kind(actor.code or "") for _s, _e, actor in index.overlapping(sent.start_char, sent.end_char)]
    coded = [k for k in kinds if k != "uncoded"]
    features = [
        f"{SENTENCE}actors={min(len(coded), 3)}",
        f"{SENTENCE}countries={min(len(sentence_countries(index, sent)), 3)}",
    ]
    features += [f"{SENTENCE}kind={k}" for k in set(kinds)]
    features += [f"{SENTENCE}kinds={a}+{b}" for a in set(coded) for b in set(coded) if a <= b]
    return features


def _kind(code: str) -> str:
    """An actor code's kind: "state" (a bare country), its organ ("GOV"), "IGO", "other" role, or "uncoded"."""
    if not code or code.startswith("-"):
        return "uncoded"
    if code.startswith("IGO"):
        return "IGO"
    if len(code) == 3:
        return "state"
    return code[3:6] if code[3:6] in STATE_ORGANS else "other"


def _sentence_starts(doc: Doc) -> list[int]:
    """The first token of each of the document's sentences, in order (kept on the document: read per sentence)."""
    starts = doc.user_data.get(_SENTENCE_STARTS)
    if starts is None:
        starts = doc.user_data[_SENTENCE_STARTS] = [s.start for s in doc.sents]
    return starts


def _position(sent: Span) -> int:
    """How many sentences of its document come before this one."""
    return bisect_left(_sentence_starts(sent.doc), sent.start)


def _band(value: int, bands: tuple[tuple[int, str], ...], beyond: str) -> str:
    return next((name for most, name in bands if value <= most), beyond)


def previous_sentence(sent: Span) -> Span | None:
    """The sentence before this one in its document (None for the first)."""
    position = _position(sent)
    if position == 0:
        return None
    starts = _sentence_starts(sent.doc)
    end = starts[position] if position < len(starts) else len(sent.doc)
    return sent.doc[starts[position - 1] : end]


def context_features(sent: Span) -> list[str]:
    """Where the sentence stands: in the article's lead or its body (news states its main act at the top and
    background further down), and whether it quotes someone's words (a quote tells opinion more than acts)."""
    features = [f"{CONTEXT}{'lead' if _position(sent) < LEAD_SENTENCES else 'body'}"]
    if any(t.text in QUOTE_MARKS for t in sent):
        features.append(f"{CONTEXT}quoted")
    return features


def _prep_features(verb: Token, prefix: str) -> list[str]:
    """'talks with Seoul' -> p=with, p=with_seoul: the preposition alone and with its object's lemma."""
    features = []
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        features.append(f"{prefix}={prep.lower_}")
        features += [f"{prefix}={prep.lower_}_{_lemma(o)}" for o in prep.children if o.dep_ == "pobj"]
    return features
