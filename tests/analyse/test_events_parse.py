"""Parse repairs for news language (``detente/analyse/nlp.py``): sentence bounds at closing quotes,
base-form "verbs" inside a determiner's noun phrase, and sentences whose verb the parser hung below its subject.
Composed sentences only."""

from __future__ import annotations

import pytest


def _sentences(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(text).sents if s.text.strip()]


def _token(doc, text: str):
    return next(t for t in doc if t.text == text)


# --- a closing quotation mark stays with its sentence -------------------------------------------------------


def test_a_closing_quote_at_a_paragraph_end_is_no_sentence_of_its_own(nlp):
    text = (
        'The minister said the raid was "a planned attempt to kill the governor."\n\n'
        "Police arrested four men on Tuesday."
    )
    assert _sentences(nlp, text) == [
        'The minister said the raid was "a planned attempt to kill the governor."',
        "Police arrested four men on Tuesday.",
    ]


def test_a_whole_quoted_paragraph_keeps_its_closing_quote(nlp):
    text = '"We will keep up the strike until the government meets all our demands."\n\nThe union has 40,000 members.'
    sentences = _sentences(nlp, text)
    assert sentences[0].endswith('demands."')
    assert not any(s == '"' for s in sentences)


def test_a_lower_case_reporting_clause_after_an_exclamation_stays_in_the_sentence(nlp):
    sentences = _sentences(nlp, '"Thank you for the help and support!" the former envoy wrote on Monday.')
    assert sentences == ['"Thank you for the help and support!" the former envoy wrote on Monday.']


def test_a_capitalised_sentence_after_a_quote_still_starts_a_new_sentence(nlp):
    sentences = _sentences(nlp, 'He shouted "Stop the war!" The crowd cheered and the police withdrew.')
    assert sentences[-1] == "The crowd cheered and the police withdrew."


def test_an_opening_quote_after_a_full_stop_and_a_space_starts_the_next_sentence(nlp):
    sentences = _sentences(nlp, 'The talks ended on Friday. "We made progress," the envoy said.')
    assert sentences == ["The talks ended on Friday.", '"We made progress," the envoy said.']


# --- a base-form "verb" inside a determiner's noun phrase is a noun ------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "noun", "predicate"),
    [
        ("Cuba called the US blockade a crime against its people.", "blockade", "crime"),
        ("Russia called the EU ban a political decision.", "ban", "decision"),
    ],
)
def test_a_determined_noun_misread_as_a_verb_is_the_object_of_the_naming_verb(nlp, sentence, noun, predicate):
    doc = nlp(sentence)
    word = _token(doc, noun)
    assert (word.pos_, word.dep_, word.head.text) == ("NOUN", "dobj", "called")
    assert _token(doc, "the").head == word
    assert (_token(doc, predicate).dep_, _token(doc, predicate).head.text) == ("oprd", "called")


@pytest.mark.parametrize(
    ("sentence", "verb"),
    [
        ("The sanctions will make the regime pay a price.", "pay"),
        ("Washington let the UN lead the talks.", "lead"),
        ("Witnesses saw the soldiers attack a village.", "attack"),
        ("The rebels want the government to release a list of prisoners.", "release"),
    ],
)
def test_a_verb_with_a_subject_of_its_own_stays_a_verb(nlp, sentence, verb):
    assert _token(nlp(sentence), verb).pos_ == "VERB"


def test_a_naming_verb_with_a_noun_object_is_no_call_to_act(nlp):
    from detente.analyse.explain import explain_article
    from detente.model import Article

    text = "Cuba called the US blockade a crime against its people."
    _analysed, trace = explain_article(Article(id="t", text=text, content_hash="t"))
    assert not any(c.code.startswith("02") for c in trace.candidates)


# --- a sentence whose verb the parser hung below its subject ---------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("The special prosecutor plans to appeal the two acquittals.", "plans"),
        ("Israel and the West fear that Tehran's nuclear programme masks an attempt to build a bomb.", "fear"),
    ],
)
def test_a_noun_with_a_subject_of_its_own_is_a_verb(nlp, sentence, noun):
    word = _token(nlp(sentence), noun)
    assert word.pos_ == "VERB"
    assert word.lemma_ == noun.rstrip("s")


@pytest.mark.parametrize(
    ("sentence", "verb", "subject"),
    [
        (
            "Thousands of participants to the meetings called for collective action to tackle the threat.",
            "called",
            "Thousands",
        ),
        (
            "A 14-member Executive Committee of the union on Tuesday with a majority elected Lechkov its first vice "
            "president.",
            "elected",
            "Committee",
        ),
        (
            "The first French soldiers of an international force in Albania disembarked here at dawn Sunday and met "
            "up with an advanced Italian unit.",
            "disembarked",
            "soldiers",
        ),
    ],
)
def test_a_past_verb_read_as_a_participle_of_its_subject_is_the_sentence_verb(nlp, sentence, verb, subject):
    doc = nlp(sentence)
    word = _token(doc, verb)
    assert (word.dep_, word.pos_, word.tag_) == ("ROOT", "VERB", "VBD")
    assert (_token(doc, subject).dep_, _token(doc, subject).head) == ("nsubj", word)
    assert len(list(doc.sents)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Monday's rubber prices in Singapore cents per kilo provided by the Singapore Commodity Exchange:",
        "-- Arms seized in a raid near the summit venue.",
        "A report released by the ministry on Monday.",
    ],
)
def test_a_participle_with_an_agent_or_in_a_headline_stays_a_participle(nlp, sentence):
    doc = nlp(sentence)
    assert not any(t.dep_ == "ROOT" and t.pos_ == "VERB" and t.tag_ == "VBD" for t in doc)


def test_a_sentence_with_a_verb_of_its_own_keeps_its_parse(nlp):
    doc = nlp("The troops deployed in the south withdrew on Monday.")
    assert _token(doc, "withdrew").dep_ == "ROOT"
    assert _token(doc, "deployed").dep_ == "acl"


def test_a_restored_verb_gives_the_event_its_doer(nlp):
    from detente.analyse.explain import explain_article
    from detente.model import Article

    text = "Foreign ministers of the European Union to the Nairobi meetings called for collective action against Iran."
    _analysed, trace = explain_article(Article(id="t", text=text, content_hash="t"))
    calls = [c for c in trace.candidates if c.trigger.startswith("called") and c.kept]
    assert calls and calls[0].code.startswith("02")
    assert calls[0].source is not None and "IGOEUREEC" in calls[0].source
