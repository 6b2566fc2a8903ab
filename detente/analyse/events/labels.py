"""Labels put on a party or an act: "called the incursion a massacre", "described the junta as illegitimate",
"called the decision 'regrettable'" criticise (111) whoever the label is put on; "called the talks productive"
praises (051). The label's tone decides: the VADER valences the tone stage reads, and linking.yaml's
``blame_labels`` / ``praise_labels`` for the words of diplomacy VADER lacks ("piracy", "provocation").

Blame is a label too: "Kenya held al-Shabaab responsible for the attack" accuses (112) whom the holder holds so."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tone_lexicon import valences
from .appraisals import judged_thing
from .context import Context
from .found import Found
from .grammar import OBJECTS, PASSIVE_SUBJECTS, children, is_coded, is_hypothetical, is_negated, with_conjuncts
from .judgements import load_judgement_lexicon
from .objects import objects_of
from .speech import judged_parties
from .subjects import RELATIVE_PRONOUNS, subjects_of

CRITICISM = "111"
PRAISE = "051"
ACCUSATION = "112"
# How the blame word hangs from "held": its predicate ("held Syria responsible"), or, as the small parser
# often reads "holds Hamas accountable", a clause of its own whose subject is the one blamed.
BLAME_WORD_LINKS = {"oprd", "acomp", "ccomp", "xcomp", "advcl"}
# How strong a label's summed valence must be to criticise or praise (VADER's scale runs from -4 to 4).
TONE_THRESHOLD = 1.0


def labelled(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """The labels the sentence's speakers put on parties or acts; the verb is claimed."""
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed or verb.lemma_.lower() not in ctx.linking.label_verbs:
            continue
        objects = [o for o in children(verb, OBJECTS) if o.lower_ != "what"]  # "in what it called": no one
        labels = _labels(verb, objects)
        if not objects or not labels or is_negated(verb) or is_hypothetical(verb):
            continue
        if not any(_labelled_party_or_act(ctx, o) for o in objects):
            continue  # "called this phenomenon ...", "called it ...": nothing the label can be pinned on
        tone = _tone(ctx, labels)
        code = CRITICISM if tone <= -TONE_THRESHOLD else PRAISE if tone >= TONE_THRESHOLD else None
        sources = subjects_of(ctx, verb)[0]
        if code is None or not sources:
            continue
        claimed.add(verb.i)
        relative = verb.dep_ == "relcl" and any(o.lower_ in RELATIVE_PRONOUNS | {"whom"} for o in objects)
        # ("the TPLF leadership, whom he described as a criminal clique": the noun the clause hangs from)
        targets = ctx.actors.of_tokens([verb.head]) if relative else objects_of(ctx, verb, [])
        found.append(Found(code, verb, [verb], sources, targets, notes=["label"]))
    return found + held_to_blame(ctx, sent, claimed) + labelled_what(ctx, sent, claimed)


def labelled_what(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'living under what Western governments describe as abusive Chinese rule', 'what it called illegal Israeli
    settlements': a thing labelled in a free relative with an evaluative adjective (judgements.yaml kinds) and a
    named owner judges that owner (111 / 051), by the labeller, when it is another party. ('what he called a tragic
    mistake by NATO forces': a label with no such adjective is the speaker's word for a thing told elsewhere.)"""
    lexicon = load_judgement_lexicon()
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed or verb.lemma_.lower() not in ctx.linking.label_verbs:
            continue
        what = [o for o in children(verb, OBJECTS) if o.lower_ == "what"]
        if not what or is_negated(verb) or is_hypothetical(verb):
            continue
        sources = [s for s in subjects_of(ctx, verb)[0] if is_coded(s.actor)]
        judged = [j for label in _labels(verb, what) if (j := judged_thing(label, lexicon, ctx.actors)) is not None]
        targets = judged_parties(ctx.actors.of_tokens(judged[0][1]), sources) if judged and sources else []
        if targets:
            claimed.add(verb.i)
            found.append(Found(judged[0][0], verb, [verb], sources, targets, notes=["label", "labelled-what"]))
    return found


def held_to_blame(ctx: Context, sent: Span, claimed: set[int]) -> list[Found]:
    """'Kenya held al-Shabaab responsible', 'Israel holds Hamas accountable': an accusation (112) by a named
    holder. Not the passive ('will be held accountable': no accuser, and a promise of punishment), nor a
    negated or possible one ('did not hold Iran responsible', 'could hold them liable')."""
    found: list[Found] = []
    for verb in sent:
        if verb.pos_ != "VERB" or verb.i in claimed or verb.lemma_.lower() not in ctx.linking.blame_hold_verbs:
            continue
        words = [w for w in children(verb, BLAME_WORD_LINKS) if w.lower_ in ctx.linking.blame_hold_words]
        # ("held al-Shabaab responsible": the parser may hang the word after the object as its modifier)
        words += [
            w
            for o in children(verb, OBJECTS)
            for w in o.children
            if w.dep_ == "amod" and w.i > o.i and w.lower_ in ctx.linking.blame_hold_words
        ]
        passive = children(verb, {"auxpass"} | PASSIVE_SUBJECTS)
        if not words or passive or is_negated(verb) or is_hypothetical(verb):
            continue
        sources = [s for s in subjects_of(ctx, verb)[0] if is_coded(s.actor)]
        blamed = children(verb, OBJECTS) or [s for w in words for s in children(w, {"nsubj"})]
        targets = [t for t in ctx.actors.of_tokens(with_conjuncts(blamed)) if is_coded(t.actor)]
        if not sources or not targets:
            continue  # blame is an accusation only between two named parties
        claimed.add(verb.i)
        found.append(Found(ACCUSATION, verb, [verb, words[0]], sources, targets, notes=["held-to-blame"]))
    return found


def _labels(verb: Token, objects: list[Token]) -> list[Token]:
    """The label: the object's predicate ('called X a massacre'), its apposition ('called the move "spy
    mania"'), or what it is described 'as' ('described the junta as illegitimate')."""
    labels = children(verb, {"oprd"})
    labels += [a for o in objects for a in children(o, {"appos"})]
    for head in [verb, *objects]:
        labels += [o for p in head.children if p.dep_ == "prep" and p.lower_ == "as" for o in children(p, {"pobj"})]
    # ("as illegitimate", which the parser may hang as a clause of its own with 'as' as its adverb)
    labels += [c for c in children(verb, {"advcl", "acomp"}) if any(a.lower_ == "as" for a in c.children)]
    return labels


def _labelled_party_or_act(ctx: Context, noun: Token) -> bool:
    """An actor ('called Petro a drug leader'), or an act or thing done ('called the incursion a massacre',
    'the decision', 'the remarks'), or a relative pronoun standing for one ('whom he described as ...')."""
    if noun.lower_ in RELATIVE_PRONOUNS | {"whom"}:
        return noun.head.dep_ == "relcl"
    if ctx.actors.of_token(noun) is not None:
        return True
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (
        lemma in ctx.codebook.nouns
        or lemma in ctx.codebook.event_nouns
        or lemma in ctx.linking.act_nouns
        or lemma in ctx.linking.proposal_nouns
        or lemma in ctx.codebook.patient_nouns
    )


def _words_of(label: Token) -> list[Token]:
    """The label's own words: its head, its modifiers and what it is 'of' ('an act of piracy'), not the
    phrases about something else ('a significant moment for the war-torn country')."""
    words = [label]
    for child in label.children:
        if child.dep_ in {"amod", "compound", "advmod", "nmod", "conj", "acomp", "npadvmod"}:
            words += _words_of(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words += [w for o in children(child, {"pobj"}) for w in _words_of(o)]
    return words


def _tone(ctx: Context, labels: list[Token]) -> float:
    """The summed valence of the label's words ('an unacceptable violation of sovereignty' -4.2)."""
    lexicon = valences()
    tone = 0.0
    for label in labels:
        for word in _words_of(label):
            lower, lemma = word.lower_, word.lemma_.lower()
            if lower in ctx.linking.blame_labels or lemma in ctx.linking.blame_labels:
                tone -= 2.0
            elif lower in ctx.linking.praise_labels or lemma in ctx.linking.praise_labels:
                tone += 2.0
            else:
                tone += lexicon.get(lower, 0.0)
    return tone
