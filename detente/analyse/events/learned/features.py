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

from spacy.tokens import Span, Token

from ..actors import ActorIndex
from ..grammar import MODAL_AUXILIARIES, OBJECTS, PASSIVE_SUBJECTS, SUBJECTS, is_coded
from ..subjects import SPEECH_VERBS

# Words the modal auxiliaries of possible or future acts start with.
# Parts of speech whose lemmas make the sentence's bag of words.
CONTENT_POS = {"NOUN", "VERB", "ADJ"}
# The sentences of an article's top (headline and lead) where wire news states its main act.
LEAD_SENTENCES = 2
# The context features' prefix (``train --no-context`` leaves them out by it).
CONTEXT = "ctx="
QUOTE_MARKS = frozenset('"\u201c\u201d')
# How deep reported speech is followed ("X said Y told reporters that Z ...").
MAX_REPORT_DEPTH = 3


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


def context_features(sent: Span) -> list[str]:
    """Where the sentence stands: in the article's lead or its body (news states its main act at the top and
    background further down), and whether it quotes someone's words (a quote tells opinion more than acts)."""
    before = sum(1 for s in sent.doc.sents if s.start < sent.start)
    features = [f"{CONTEXT}{'lead' if before < LEAD_SENTENCES else 'body'}"]
    if any(t.text in QUOTE_MARKS or t.text == "``" for t in sent):
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
