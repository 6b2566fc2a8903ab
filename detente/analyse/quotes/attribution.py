"""Who said it: cues, speakers and contents of direct quotations and reported statements.

Works on one spaCy ``Doc`` (no re-parsing) plus the quotation spans from :mod:`.marks`:

* A direct quotation's cue is the nearest reporting verb that governs it in the dependency tree
  ("…,” Lee told Chen; Lee said that “…”; Niu said the visit played “a … role”), else a reporting verb
  or a source phrase ("according to X") in the same sentence outside the quotation, a dash signature
  ("“…” ―Jane Doe") or a transcript label ("PENCE: …").
* The speaker is the cue's subject; participles and conjoined verbs take their governor's subject
  ("Chen underlined …, noting that …"), relative clauses their noun ("Smith, who said …").
* A quotation with no cue of its own takes the speaker of another attributed quotation in its paragraph,
  or -- when it opens a paragraph and reads as speech -- the last speaker within a few paragraphs (the
  press convention for quotes that continue with no attribution).
* A quotation with no cue that does not read as speech (a heading, a title, a scare-quoted term) is
  nobody's quote and is not emitted.
* A reported statement is a reporting verb outside any quotation with a clausal complement ("X said
  that …", "X stressed that …", "…, the minister said", "Trade, the minister said, will grow") or a
  to-infinitive ("urged Athens to withdraw"), a clause with "according to X", or a reporting noun with a
  that-clause ("Manila's claim that …").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ...model import Actor, ActorRef
from .lexicon import reporting_nouns, reporting_verbs, source_phrases
from .marks import QuoteSpan, find_quote_spans, paragraphs
from .speakers import SpeakerResolver

# How far back (in paragraphs) an unattributed, paragraph-opening quotation looks for its speaker.
CONTINUATION_PARAGRAPHS = 3
# A quotation must have this many words to read as speech without a cue of its own.
MIN_SPEECH_WORDS = 4
# A reported content needs this many words outside quotation marks; fewer means it is a direct quotation.
MIN_REPORTED_WORDS = 3
SENTENCE_END = ".!?…"
# A transcript speaker label opening a paragraph: one to three upper-case words and a colon ("MR. PENCE:").
TRANSCRIPT_LABEL = re.compile(r"[\"“‘' \t]*([A-Z][A-Z'.\-]+(?: [A-Z][A-Z'.\-]+){0,2}):\s+")
SPEAKER_PHRASE_DEPS = frozenset({"compound", "det", "amod", "poss", "nmod", "nummod", "case", "flat", "prep", "pobj"})
PHRASE_STOP_DEPS = frozenset({"cc", "conj", "punct", "relcl", "acl", "appos", "advcl"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
SUBJECT_INHERITING_DEPS = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp"})


@dataclass
class Attribution:
    """One quotation or reported statement, with the evidence it was attributed on."""

    kind: str  # "direct" or "reported"
    start: int
    end: int
    paragraph: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker: ActorRef | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    how: str = "none"  # cue, signature, label, source-phrase, paragraph, continuation; none = not yet


def _is_cue(token: Token) -> bool:
    verb = reporting_verbs().get(token.lemma_.lower())
    if verb is None or token.pos_ not in ("VERB", "AUX"):
        return False
    # the parser sometimes reads the particle as a preposition ("brushed off the report"): take it when adjacent
    return verb.particle is None or any(
        c.lower_ == verb.particle and (c.dep_ == "prt" or (c.dep_ == "prep" and c.i == token.i + 1))
        for c in token.children
    )


# Auxiliaries that make a reporting verb speech yet to come: in "X said the government would respond
# 'calmly'", the quoted words are X's, not the government's.
_NOT_YET = {"would", "will", "could", "should", "may", "might", "must", "can", "shall", "'ll", "wo", "to"}


def _speech_to_come(verb: Token) -> bool:
    """A cue inside someone else's reported clause, in the future or conditional: not the speaker's cue."""
    if verb.dep_ not in ("ccomp", "xcomp", "conj"):
        return False
    return any(child.dep_ in ("aux", "auxpass") and child.lower_ in _NOT_YET for child in verb.children)


def _cue_text(token: Token) -> tuple[str, int, int]:
    """The cue's words and offsets: the verb and an adjacent particle ("pointed out")."""
    particles = [c for c in token.children if c.dep_ == "prt"]
    if particles and particles[-1].i == token.i + 1:
        particle = particles[-1]
        return f"{token.text}{token.whitespace_}{particle.text}", token.idx, particle.idx + len(particle.text)
    return token.text, token.idx, token.idx + len(token.text)


def _subject(verb: Token) -> Token | None:
    """The speaker head of a cue verb, climbing from participles, conjuncts and relative clauses."""
    seen = 0
    while verb is not None and seen < 4:
        for child in verb.children:
            # a governing verb's passive subject is the doer of the cue ("was expelled after admitting …")
            inherited_passive = seen > 0 and child.dep_ == "nsubjpass" and child.lower_ != "it"
            if child.dep_ == "nsubj" or inherited_passive or (child.dep_ == "agent" and verb.tag_ == "VBN"):
                head = child
                if child.dep_ == "agent":
                    head = next((g for g in child.children if g.dep_ == "pobj"), None)
                if head is not None and head.tag_ in ("WP", "WDT"):
                    # "Smith, who said …" -> Smith; "a survey that showed …" -> survey
                    clause = next((v for v in [verb, *verb.ancestors] if v.dep_ in ("relcl", "acl")), None)
                    return clause.head if clause is not None else None
                return head
        if verb.dep_ == "relcl" or (verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN")):
            return verb.head  # "Germany -- vowing to …", "the minister, who said …"
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "after admitting …", "by vowing …"
            verb, seen = verb.head.head, seen + 1
            continue
        if verb.dep_ not in SUBJECT_INHERITING_DEPS or verb.head.i == verb.i:
            break
        verb, seen = verb.head, seen + 1
    return None


def _speaker_phrase(head: Token) -> Span:
    """The noun phrase naming the speaker: the head with its modifiers, without clauses or appositions."""
    doc = head.doc
    left = head.i
    for child in head.lefts:
        if child.dep_ in SPEAKER_PHRASE_DEPS:
            left = min(left, child.left_edge.i)
    right = head.i
    for child in head.rights:
        if child.dep_ in ("compound", "flat") or (child.dep_ == "prep" and child.lower_ == "of"):
            right = max(right, child.right_edge.i)
        else:
            break
    for i in range(head.i + 1, right + 1):  # "the secretary of state and …": stop before a clause or list
        if doc[i].dep_ in PHRASE_STOP_DEPS or doc[i].tag_ in ("WDT", "WP"):
            right = i - 1
            break
    while left < head.i and doc[left].is_punct:
        left += 1
    return doc[left : right + 1]


class Attributor:
    """Finds every attribution in one document; build once per document, then call :meth:`run`."""

    def __init__(self, doc: Doc, actors: list[Actor]):
        self.doc = doc
        self.text = doc.text
        self.spans = find_quote_spans(self.text)
        self.paras = paragraphs(self.text)
        self.resolver = SpeakerResolver(doc, actors)
        self._speech_acts: list[Attribution] | None = None
        self.inside = bytearray(len(self.text) + 1)  # 1 where a character is inside quotation marks
        for span in self.spans:
            self.inside[span.start : span.end] = b"\x01" * (span.end - span.start)

    # -- helpers -----------------------------------------------------------------------------------
    def _quoted(self, token: Token) -> bool:
        return bool(self.inside[token.idx])

    def _paragraph_of(self, char: int) -> int:
        for number, (start, end) in enumerate(self.paras):
            if start <= char < end or char < start:
                return number
        return len(self.paras) - 1

    def _tokens(self, start: int, end: int) -> Span | None:
        return self.doc.char_span(start, end, alignment_mode="expand")

    def _reporter(self, cue: Token) -> Token:
        """The speaker's own verb for words quoted inside a reported clause of another kind of act.

        In "Kihara said Tokyo had asked Beijing to take 'appropriate action'" the quoted words are Kihara's
        account, not Tokyo's: a judging or asking verb inside what a speech verb reports gives way to the
        speech verb. A speech verb inside another ("Kim said Trump told him '...'") keeps its own speaker.
        """
        verb = reporting_verbs()[cue.lemma_.lower()]
        if verb.verb_class == "speech":
            return cue
        clause = cue
        for _ in range(4):
            if clause.dep_ not in ("ccomp", "conj") or clause.head.i == clause.i:
                return cue
            outer = clause.head
            if clause.dep_ == "ccomp" and not self._quoted(outer) and _is_cue(outer):
                outer_verb = reporting_verbs()[outer.lemma_.lower()]
                return outer if outer_verb.verb_class == "speech" and _subject(outer) is not None else cue
            clause = outer
        return cue

    def _with_speaker(self, found: Attribution, cue: Token | None, head: Token | None, how: str) -> Attribution:
        if cue is not None:
            found.cue, found.cue_start, found.cue_end = _cue_text(cue)
        if head is not None and not self._quoted(head):
            phrase = _speaker_phrase(head)
            found.speaker = self.resolver.resolve(phrase, head)
            found.speaker_start, found.speaker_end = phrase.start_char, phrase.end_char
            if found.speaker.actor is None:
                issuer = self._issuer(head)
                if issuer is not None:
                    found.speaker = self.resolver.resolve(_speaker_phrase(issuer), issuer)
        found.how = how
        return found

    def _issuer(self, document: Token) -> Token | None:
        """Who issued "the statement" that speaks: the subject of the latest "X issued a statement" before it."""
        if document.lemma_.lower() not in reporting_nouns()["document"]:
            return None
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in document.children):
            return None
        for token in reversed(self.doc[: document.i]):
            if token.lemma_ == document.lemma_ and token.dep_ == "dobj" and token.head.pos_ == "VERB":
                return _subject(token.head)
        return None

    def _with_source(self, item: Attribution, phrase_start: int, phrase_end: int, head: Token) -> Attribution:
        """Attribute to the source a phrase names ("according to the ministry"); the phrase is the cue."""
        item = self._with_speaker(item, None, head, "source-phrase")
        item.cue, item.cue_start, item.cue_end = self.text[phrase_start:phrase_end], phrase_start, phrase_end
        return item

    def _source_phrase(self, sentence: Span) -> tuple[int, int, Token] | None:
        """(phrase start, phrase end, speaker head) of a source phrase outside quotation marks in the sentence."""
        openers = {phrase[0] for phrase in source_phrases()}
        if not any(t.lower_ in openers for t in sentence):
            return None  # the common case, decided without building word lists
        words = [t for t in sentence if not self._quoted(t)]
        lowered = [t.lower_ for t in words]
        for phrase in source_phrases():
            n = len(phrase)
            for i in range(len(words) - n + 1):
                if tuple(lowered[i : i + n]) == phrase and i + n < len(words):
                    last = words[i + n - 1]
                    head = next((c for c in last.children if c.dep_ in ("pobj", "dobj")), None) or words[i + n]
                    return words[i].idx, last.idx + len(last.text), head
        return None

    # -- direct quotations -------------------------------------------------------------------------
    def _cue_in_tree(self, quote: Span, paragraph: int) -> Token | None:
        para_start, para_end = self.paras[paragraph]
        for token in quote:
            if token.head.i >= quote.start and token.head.i < quote.end:
                continue
            child, ancestor = token, token.head
            for _ in range(8):
                if not para_start <= ancestor.idx < para_end:
                    break  # the parser joined paragraphs (a heading has no full stop): stay in ours
                if not self._quoted(ancestor) and _is_cue(ancestor) and not _speech_to_come(ancestor):
                    if child.dep_ in SUBJECT_DEPS:
                        break  # the quoted words are what is talked about ("the “plan” was rejected")
                    return ancestor
                if ancestor.head.i == ancestor.i:
                    break
                child, ancestor = ancestor, ancestor.head
        return None

    def _cue_nearby(self, span: QuoteSpan) -> Token | None:
        """A reporting verb with a subject in the sentence(s) around a speech-like quotation, nearest first.

        The fallback for parses that leave a quotation unattached; a short phrase must be attached by the tree.
        """
        if not self._reads_as_speech(span):
            return None
        sent_tokens = self._tokens(span.start, span.end)
        if sent_tokens is None:
            return None
        first, last = sent_tokens[0].sent, sent_tokens[-1].sent
        para_start, para_end = self.paras[span.paragraph]
        candidates = [
            t
            for t in self.doc[first.start : last.end]
            if para_start <= t.idx < para_end and not self._quoted(t) and _is_cue(t) and _subject(t) is not None
        ]
        return min(candidates, key=lambda t: min(abs(t.idx - span.start), abs(t.idx - span.end)), default=None)

    def _signature(self, span: QuoteSpan) -> tuple[int, int, int] | None:
        """(dash, name start, name end) of a dash line closing the paragraph after a quotation ("“…” ― Jane Doe")."""
        para_end = self.paras[span.paragraph][1]
        rest = self.text[span.end : para_end]
        lead = len(rest) - len(rest.lstrip(" ,.”’\"'"))
        if not rest[lead : lead + 1] or rest[lead] not in "―—–-":
            return None
        name = rest[lead + 1 :].strip()
        words = name.replace(",", " ").split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or not w[:1].isalpha() for w in words):
            return None
        start = span.end + rest.index(name, lead + 1)
        return span.end + lead, start, start + len(name)

    def _reads_as_speech(self, span: QuoteSpan) -> bool:
        words = self.text[span.start : span.end].split()
        if len(words) < MIN_SPEECH_WORDS:
            return False
        body = self.text[span.start : span.end].rstrip(" ,;:'\"’”")
        after = self.text[span.end : span.end + 2]
        return bool(body) and (body[-1] in SENTENCE_END or any(c in SENTENCE_END + "," for c in after))

    def _fills_paragraph(self, span: QuoteSpan) -> bool:
        para_start, para_end = self.paras[span.paragraph]
        outside = self.text[para_start : span.start] + self.text[span.end : para_end]
        return not outside.strip(" \t\n\"'“”‘’„«».,!?")

    def _opens_paragraph(self, span: QuoteSpan) -> bool:
        para_start = self.paras[span.paragraph][0]
        return not self.text[para_start : span.start].strip(" \t\n\"'“‘„«")

    def _labelled(self, item: Attribution, label: re.Match[str]) -> Attribution | None:
        """Attribute a transcript paragraph ("WALLACE: Let's start …") to its speaker label."""
        phrase = self._tokens(label.start(1), label.end(1))
        if phrase is None:
            return None
        item.start = max(item.start, label.end())
        item.cue, item.cue_start, item.cue_end = ":", label.end(1), label.end(1) + 1
        item.speaker = self.resolver.resolve(phrase, phrase[-1])
        item.speaker_start, item.speaker_end, item.how = phrase.start_char, phrase.end_char, "label"
        return item

    def _transcript(self) -> list[Attribution]:
        """Transcript paragraphs outside quotation marks: "PENCE: Well, look, …" is Pence speaking."""
        found = []
        for number, (start, end) in enumerate(self.paras):
            label = TRANSCRIPT_LABEL.match(self.text, start, end)
            if label and not self.inside[label.end()]:
                item = self._labelled(Attribution("direct", start, end, number), label)
                if item is not None and item.end > item.start:
                    found.append(item)
        return found

    def direct(self) -> list[Attribution]:
        found: list[Attribution] = self._transcript()
        for span in self.spans:
            end = span.end
            while end > span.start and self.text[end - 1] in " ,;:":
                end -= 1  # the comma before a closing mark belongs to the attribution sentence
            quote = self._tokens(span.start, end)
            item = Attribution("direct", span.start, end, span.paragraph)
            if quote is None:
                continue
            label = TRANSCRIPT_LABEL.match(self.text, span.start, end)
            if label and self._labelled(item, label):
                found.append(item)
                continue
            cue = self._cue_in_tree(quote, span.paragraph) or self._cue_nearby(span)
            if cue is not None:
                cue = self._reporter(cue)
                found.append(self._with_speaker(item, cue, _subject(cue), "cue"))
                continue
            signed = self._signature(span)
            if signed is not None:
                dash, name_start, name_end = signed
                phrase = self._tokens(name_start, name_end)
                item.cue, item.cue_start, item.cue_end = self.text[dash], dash, dash + 1
                item.speaker = self.resolver.resolve(phrase, phrase[-1]) if phrase else None
                if item.speaker is not None and item.speaker.actor is None:
                    item.speaker.name = self.text[name_start:name_end]  # the token may carry the dash
                item.speaker_start, item.speaker_end, item.how = name_start, name_end, "signature"
                found.append(item)
                continue
            source = self._source_phrase(quote[0].sent)
            if source is not None:
                found.append(self._with_source(item, *source))
                continue
            found.append(item)  # attributed (or dropped) once all cued quotations are known
        return self._attribute_by_context(found)

    def _attribute_by_context(self, found: list[Attribution]) -> list[Attribution]:
        spans_by_start = {s.start: s for s in self.spans}
        # The article's speech is typeset with one kind of mark; a whole paragraph in the other kind is a
        # title or section heading ('Partners that cannot be separated.' between “…” quotations).
        speech_marks = Counter(
            spans_by_start[f.start].mark for f in found if f.how == "cue" and f.start in spans_by_start
        )
        house_mark = speech_marks.most_common(1)[0][0] if speech_marks else None
        kept: list[Attribution] = []
        for item in found:
            if item.how != "none":
                kept.append(item)
                continue
            span = spans_by_start[item.start]
            same_paragraph = [f for f in found if f.paragraph == item.paragraph and f.speaker is not None]
            if same_paragraph:
                nearest = min(same_paragraph, key=lambda f: (f.start > item.start, abs(f.start - item.start)))
                kept.append(self._inherit(item, nearest, "paragraph"))
                continue
            heading = house_mark is not None and span.mark != house_mark and self._fills_paragraph(span)
            if (span.continues_previous or self._opens_paragraph(span)) and self._reads_as_speech(span) and not heading:
                previous = [
                    f
                    for f in kept + self._cue_events(item.start)
                    if f.speaker is not None
                    and f.start < item.start
                    and item.paragraph - f.paragraph <= CONTINUATION_PARAGRAPHS
                ]
                if previous:
                    kept.append(self._inherit(item, max(previous, key=lambda f: f.start), "continuation"))
            # else: a heading, title or scare-quoted term -- nobody's quotation, not emitted
        return kept

    def _inherit(self, item: Attribution, source: Attribution, how: str) -> Attribution:
        item.speaker, item.how = source.speaker, how
        item.speaker_start, item.speaker_end = source.speaker_start, source.speaker_end  # where it was named
        return item

    def _cue_events(self, before: int) -> list[Attribution]:
        """Speech acts without a quotation ("Lee repeatedly underscored the importance …") before ``before``:
        they also make their subject the last speaker. Found once per document, on first need."""
        if self._speech_acts is None:
            self._speech_acts = []
            for token in self.doc:
                if not self._quoted(token) and _is_cue(token):
                    head = _subject(token)
                    if head is not None:
                        event = Attribution("reported", token.idx, token.idx, self._paragraph_of(token.idx))
                        self._speech_acts.append(self._with_speaker(event, token, head, "cue"))
        return [event for event in self._speech_acts if event.start < before]

    # -- reported statements -----------------------------------------------------------------------
    def _unquoted_words(self, start: int, end: int) -> int:
        return sum(1 for t in self._tokens(start, end) or [] if t.is_alpha and not self._quoted(t))

    def _contents(self, cue: Token) -> list[tuple[int, int]]:
        """Character ranges of what a cue verb reports: its clausal complements ("said that …"), an
        infinitive for verbs that take one ("urged Seoul to resume talks"), or the clause it interrupts
        ("Trade, the minister said, will grow")."""
        ranges = []
        for child in cue.children:
            if child.dep_ == "ccomp":
                ranges.append((child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text)))
        if not ranges and reporting_verbs()[cue.lemma_.lower()].infinitive:
            clause = next((c for c in cue.children if c.dep_ == "xcomp" and c.i > cue.i), None)
            if clause is not None and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
                addressee = next((c for c in cue.children if c.dep_ in ("dobj", "prep") and c.i < clause.i), None)
                start = (
                    addressee.left_edge.idx
                    if addressee is not None and addressee.dep_ == "dobj"
                    else clause.left_edge.idx
                )
                ranges.append((start, clause.right_edge.idx + len(clause.right_edge.text)))
        if not ranges and cue.dep_ == "parataxis":
            head = cue.head
            if head.i < cue.i:  # "Trade will grow, the minister said": the clause before the cue
                ranges.append((head.left_edge.idx, cue.left_edge.idx))
            else:  # "Trade, the minister said, will grow": the whole clause around it
                ranges.append((head.left_edge.idx, head.right_edge.idx + len(head.right_edge.text)))
        return ranges

    def _noun_report(self, noun: Token) -> Attribution | None:
        """A statement named by a noun with a that-clause: "Beijing's claim that the islands are Chinese"."""
        clause = next(
            (
                c
                for c in noun.rights
                if c.dep_ in ("acl", "ccomp", "appos")
                and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)
            ),
            None,
        )
        if clause is None:
            return None
        start, end = self._trim(clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge.text))
        if self._unquoted_words(start, end) < MIN_REPORTED_WORDS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None and noun.dep_ == "dobj" and noun.head.lemma_.lower() in reporting_nouns()["carrier"]:
            owner = _subject(noun.head)  # "the ministry issued a warning that …"
        item = Attribution("reported", start, end, self._paragraph_of(start))
        item = self._with_speaker(item, None, owner, "cue")
        item.cue, item.cue_start, item.cue_end = noun.text, noun.idx, noun.idx + len(noun.text)
        return item

    def reported(self) -> list[Attribution]:
        found: list[Attribution] = []
        nouns = reporting_nouns()["noun"]
        for token in self.doc:
            if token.pos_ == "NOUN" and token.lower_ in nouns and not self._quoted(token):
                item = self._noun_report(token)
                if item is not None:
                    found.append(item)
                continue
            if self._quoted(token) or not _is_cue(token):
                continue
            for start, end in self._contents(token):
                start, end = self._trim(start, end)
                if end <= start or self._unquoted_words(start, end) < MIN_REPORTED_WORDS:
                    continue
                item = Attribution("reported", start, end, self._paragraph_of(start))
                found.append(self._with_speaker(item, token, _subject(token), "cue"))
        for sentence in self.doc.sents:
            source = self._source_phrase(sentence)
            if source is None:
                continue
            phrase_start, _, head = source
            phrase_end = head.right_edge.idx + len(head.right_edge.text)
            before = (sentence.start_char, phrase_start)
            after = (phrase_end, sentence.end_char)
            start, end = self._trim(*max(before, after, key=lambda r: r[1] - r[0]))
            if self._unquoted_words(start, end) < MIN_REPORTED_WORDS:
                continue
            if any(f.start <= start and end <= f.end for f in found):
                continue
            found.append(self._with_source(Attribution("reported", start, end, self._paragraph_of(start)), *source))
        return found

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start] in " ,;:—–-\n":
            start += 1
        while end > start and self.text[end - 1] in " ,;:.—–-\n":  # the full stop ends the sentence, not the report
            end -= 1
        return start, end

    def run(self) -> list[Attribution]:
        directs = self.direct()
        reported = [r for r in self.reported() if not any((d.start, d.end) == (r.start, r.end) for d in directs)]
        return sorted(directs + reported, key=lambda f: (f.start, f.end))


def attribute(doc: Doc, actors: list[Actor]) -> list[Attribution]:
    """Every direct quotation and reported statement of ``doc``, with speakers resolved to ``actors``."""
    return Attributor(doc, actors).run()
