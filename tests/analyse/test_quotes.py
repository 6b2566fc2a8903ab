"""Quotes on composed sentences through the real spaCy pipeline: each hard case news is full of."""

from __future__ import annotations

import re

import pytest

from detente.analyse.quotes import attribute
from detente.analyse.quotes.lexicon import reporting_nouns, reporting_verbs, source_phrases
from detente.analyse.registry import Parsed
from detente.analyse.stages.quotes import find_quotes
from detente.model import Actor, Article, Mention


def run(nlp, text: str, actors: list[Actor] | None = None):
    return attribute(nlp(text), actors or [])


def speakers(found) -> list[str | None]:
    return [f.speaker.name if f.speaker else None for f in found]


def actor(text: str, actor_id: str, name: str, pattern: str, kind: str = "person") -> Actor:
    """An actor with a mention at every match of ``pattern`` (as the actors stage records them)."""
    mentions = [Mention(start=m.start(), end=m.end(), text=m.group()) for m in re.finditer(pattern, text)]
    return Actor(id=actor_id, name=name, kind=kind, mentions=mentions)


def test_lexicons_load():
    verbs = reporting_verbs()
    assert {"say", "tell", "stress", "underscore", "insist"} <= set(verbs)
    assert verbs["point"].particle == "out"
    assert ("according", "to") in source_phrases()
    assert "claim" in reporting_nouns()["noun"] and "issue" in reporting_nouns()["carrier"]


def test_speaker_after_the_quote(nlp):
    found = run(nlp, "“There are many areas in which our two countries can cooperate,” Park told Sato on Tuesday.")
    assert [(f.kind, f.cue) for f in found] == [("direct", "told")]
    assert speakers(found) == ["Park"]
    assert found[0].speaker_start is not None


def test_inverted_said_and_title(nlp):
    text = '"We are ready to talk," said Kim, a senior official.'
    found = run(nlp, text)
    assert speakers(found) == ["Kim"]
    assert text[found[0].start : found[0].end] == "We are ready to talk"


def test_colon_introduced_quote_and_role_speaker(nlp):
    found = run(nlp, 'A foreign ministry spokesperson said: "China firmly opposes the visit."')
    assert [f.kind for f in found] == ["direct"]
    assert speakers(found) == ["A foreign ministry spokesperson"]


def test_document_speaker(nlp):
    found = run(nlp, "The statement said the two sides would resume talks in March.")
    assert [(f.kind, f.cue) for f in found] == [("reported", "said")]
    assert speakers(found) == ["The statement"]


def test_reported_statements(nlp):
    text = "The minister stressed that the border would stay open. Exports will rise this year, the agency said."
    found = run(nlp, text)
    assert [(f.kind, f.cue, text[f.start : f.end]) for f in found] == [
        ("reported", "stressed", "that the border would stay open"),
        ("reported", "said", "Exports will rise this year"),
    ]
    assert speakers(found) == ["The minister", "the agency"]


def test_according_to(nlp):
    text = "According to the central bank, inflation slowed to 2 percent in May."
    found = run(nlp, text)
    assert [(f.kind, f.cue.lower()) for f in found] == [("reported", "according to")]
    assert speakers(found) == ["the central bank"]
    assert text[found[0].start : found[0].end].startswith("inflation slowed")


def test_paragraph_continuation_goes_to_the_last_speaker(nlp):
    text = (
        "“We will deepen our cooperation in trade and culture,” Prime Minister Ishiba told reporters.\n\n"
        "“Our peoples have been neighbours for two thousand years, and they will remain so.”\n\n"
        "The talks ended in the evening."
    )
    found = run(nlp, text)
    assert [f.kind for f in found] == ["direct", "direct"]
    assert speakers(found) == ["Prime Minister Ishiba", "Prime Minister Ishiba"]
    assert found[1].how == "continuation"


def test_second_quote_in_a_paragraph_shares_the_speaker(nlp):
    text = "“The talks were frank,” Garcia said. “We will meet again next month to settle the rest.”"
    assert speakers(run(nlp, text)) == ["Garcia", "Garcia"]


def test_quote_inside_a_quote_is_one_quote_of_the_outer_speaker(nlp):
    text = "“He told me ‘we will never surrender,’ and I believed him,” the envoy said."
    found = run(nlp, text)
    assert len(found) == 1
    assert text[found[0].start : found[0].end] == "He told me ‘we will never surrender,’ and I believed him"
    assert speakers(found) == ["the envoy"]


def test_heading_and_scare_quotes_are_nobodys_quotes(nlp):
    text = (
        "The two leaders met in Hanoi on Friday.\n\n"
        "‘Partners that cannot be separated’\n\n"
        "The so-called “peace plan” was rejected by the parliament."
    )
    assert run(nlp, text) == []


def test_quoted_phrase_inside_a_reported_statement(nlp):
    text = "Ortiz said the summit played “a guiding role” for both countries."
    found = run(nlp, text)
    assert [(f.kind, text[f.start : f.end]) for f in found] == [
        ("reported", "the summit played “a guiding role” for both countries"),
        ("direct", "a guiding role"),
    ]
    assert speakers(found) == ["Ortiz", "Ortiz"]


def test_pronoun_speaker_resolves_to_the_last_person_subject(nlp):
    text = "President Mendes met Chancellor Weber in Berlin. He said that the visit would open a new chapter."
    found = run(nlp, text)
    assert speakers(found) == ["Mendes"] or speakers(found) == ["President Mendes"]


def test_speakers_resolve_to_actors(nlp):
    text = (
        "President Lindqvist met Prime Minister Okafor in Oslo. “We share the same goals,” Lindqvist told Okafor. "
        "He added that trade would double.\n\n“Energy is where we start,” Okafor said."
    )
    actors = [
        actor(text, "a1", "Erik Lindqvist", r"(President )?Lindqvist"),
        actor(text, "a2", "Ngozi Okafor", r"(Prime Minister )?Okafor"),
    ]
    found = run(nlp, text, actors)
    assert [(f.kind, f.speaker.actor if f.speaker else None) for f in found] == [
        ("direct", "a1"),
        ("reported", "a1"),
        ("direct", "a2"),
    ]
    assert found[0].speaker.name == "Erik Lindqvist"


def test_stage_fills_quote_records(nlp):
    text = "“We will not back down,” a defence ministry spokesperson said on Monday."
    article = Article(id="t", text=text, content_hash="x")
    quotes = find_quotes(Parsed(nlp(text), article))["quotes"]
    assert [(q.kind, q.text, q.cue, q.speaker.name) for q in quotes] == [
        ("direct", "We will not back down", "said", "a defence ministry spokesperson")
    ]
    quote = quotes[0]
    assert text[quote.cue_start : quote.cue_end] == "said"
    assert text[quote.speaker_start : quote.speaker_end] == quote.speaker_text == "a defence ministry spokesperson"
    assert quote.attribution == "cue"


@pytest.mark.parametrize(
    "text",
    [
        "The deal was signed in Geneva after three days of talks.",
        "Officials visited the “Red Zone” district on Tuesday.",
    ],
)
def test_no_quote_without_speech(nlp, text):
    assert run(nlp, text) == []


def test_transcript_labels_name_the_speaker(nlp):
    text = "WALLACE: Let us start with the debate tonight.\n\nPENCE: Well, it was a fine night for both of us."
    found = run(nlp, text)
    assert [(f.kind, f.how, f.speaker.name) for f in found] == [
        ("direct", "label", "WALLACE"),
        ("direct", "label", "PENCE"),
    ]
    assert text[found[1].start : found[1].end] == "Well, it was a fine night for both of us."


def test_dash_signature_names_the_speaker(nlp):
    text = "“The debate showed who he really is.” ―Maria Lopez\n“I hope turnout will be high this year.” ―Tom Reyes"
    found = run(nlp, text)
    assert [(f.how, f.speaker.name) for f in found] == [("signature", "Maria Lopez"), ("signature", "Tom Reyes")]


def test_newswire_ascii_quotes(nlp):
    text = "``We will not give up,'' the senator said."
    found = run(nlp, text)
    assert [(text[f.start : f.end], f.speaker.name) for f in found] == [("We will not give up", "the senator")]


def test_parenthetical_and_infinitive_reports(nlp):
    text = "The economy, the minister said, will grow by 3 percent. Ankara urged Athens to withdraw its ships."
    found = run(nlp, text)
    assert [(f.cue, text[f.start : f.end]) for f in found] == [
        ("said", "The economy, the minister said, will grow by 3 percent"),
        ("urged", "Athens to withdraw its ships"),
    ]
    assert speakers(found) == ["the minister", "Ankara"]


def test_open_quote_carried_into_the_next_paragraph(nlp):
    # Press convention: a quote that goes on in the next paragraph has no closing mark at the paragraph end.
    text = (
        "“We have never accepted the deployment,” Foreign Minister Ortega said. “The region needs fewer weapons.\n\n"
        "“We will raise the matter at the United Nations next week.”\n\n"
        "Analysts said the dispute could last for months."
    )
    found = run(nlp, text)
    assert [(f.kind, f.how) for f in found] == [
        ("direct", "cue"),
        ("direct", "paragraph"),
        ("direct", "continuation"),
        ("reported", "cue"),
    ]
    assert speakers(found) == ["Foreign Minister Ortega"] * 3 + ["Analysts"]


def test_relative_pronoun_speaker_is_its_noun(nlp):
    found = run(nlp, "The poll, which suggested that support for the treaty had fallen, was published on Friday.")
    assert [(f.cue, f.speaker.name) for f in found] == [("suggested", "The poll")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A senior official was dismissed after admitting that he had leaked the report.", "A senior official"),
        ("Germany, vowing to keep up the pressure, said it would send envoys.", "Germany"),
        (
            'After predicting "good results" from the talks, the vice foreign minister left Beijing.',
            "the vice foreign minister",
        ),
    ],
)
def test_speaker_of_participle_cues(nlp, text, speaker):
    found = run(nlp, text)
    assert found and speakers(found)[0] == speaker


def test_reporting_nouns_with_that_clauses(nlp):
    text = (
        "Beijing rejected Manila's claim that the reef lies in its waters. "
        "The ministry made the argument that prices would rise. "
        "Officials dismissed the report that talks had collapsed."
    )
    found = run(nlp, text)
    assert [(f.cue, text[f.start : f.end]) for f in found] == [
        ("claim", "that the reef lies in its waters"),
        ("argument", "that prices would rise"),
        ("report", "that talks had collapsed"),
    ]
    assert speakers(found) == ["Manila", "The ministry", None]  # a dismissed report is not the officials'


def test_heading_in_the_other_kind_of_marks_is_not_speech(nlp):
    text = (
        "“We will keep working together for peace in the region,” the president said.\n\n"
        "‘Partners that cannot be separated, whatever happens.’\n\n"
        "Trade between the two countries grew by 5 percent last year."
    )
    found = run(nlp, text)
    assert [text[f.start : f.end] for f in found] == ["We will keep working together for peace in the region"]


def test_a_document_speaks_for_its_issuer(nlp):
    text = (
        "The Japanese foreign ministry issued a statement on Monday. "
        "The statement said Tokyo would send an envoy to Seoul next week."
    )
    ministry = actor(
        text, "a1", "Ministry of Foreign Affairs of Japan", r"[Tt]he Japanese foreign ministry", "organisation"
    )
    found = run(nlp, text, [ministry])
    assert [(f.cue, f.speaker.actor, text[f.speaker_start : f.speaker_end]) for f in found] == [
        ("said", "a1", "The statement")
    ]


def test_speaker_matched_by_surname_when_no_mention_overlaps(nlp):
    text = "“We are ready,” Mr. Okafor said."
    okafor = Actor(id="a7", name="Ngozi Okafor", kind="person", mentions=[])  # known from elsewhere
    found = run(nlp, text, [okafor])
    assert [f.speaker.actor for f in found] == ["a7"]


@pytest.mark.parametrize(
    "text", ["", '"', "“", "“Unclosed and alone", "''", "' ' '", "”backwards“ marks,” he said.", "\n\n“\n\n”"]
)
def test_odd_inputs_do_not_break_the_stage(nlp, text):
    for found in run(nlp, text):
        assert 0 <= found.start <= found.end <= len(text)


def test_pronoun_with_two_candidate_subjects_stays_unresolved(nlp):
    text = (
        "President Mendes and Chancellor Weber held talks in Berlin. He said that the visit would open a new chapter."
    )
    found = run(nlp, text)
    assert [(f.speaker.name, f.speaker.actor) for f in found] == [("He", None)]


def test_pronoun_linked_by_the_actors_stage_keeps_its_actor(nlp):
    text = "Mendes met Weber in Berlin. He said that the visit would open a new chapter."
    weber = actor(text, "a2", "Karl Weber", r"Weber|He")  # as if the actors stage linked "He" to Weber
    mendes = actor(text, "a1", "Ana Mendes", r"Mendes")
    found = run(nlp, text, [mendes, weber])
    assert [f.speaker.actor for f in found] == ["a2"]


def test_a_quoted_phrase_in_a_reported_promise_is_the_reporters(nlp):
    text = 'The spokeswoman said her government would respond "firmly and in proportion" to the move.'
    direct = [f for f in run(nlp, text) if f.kind == "direct"]
    assert speakers(direct) == ["The spokeswoman"]


@pytest.mark.parametrize(
    ("text", "speaker", "quoted"),
    [
        (
            'Ruto hailed the pipeline accord as "a win for the whole region" on Friday.',
            "Ruto",
            "a win for the whole region",
        ),
        ('Marcos branded the water cannon attack "reckless and illegal".', "Marcos", "reckless and illegal"),
        ('Lula thanked Beijing for its "sincere friendship" during the floods.', "Lula", "sincere friendship"),
        (
            'Albanese decried the new tariffs as "economic coercion" in a radio interview.',
            "Albanese",
            "economic coercion",
        ),
        ('Scholz voiced "deep concern" over the arrests in Minsk.', "Scholz", "deep concern"),
        ('The embassy brushed off the report as "pure fiction" on Monday.', "embassy", "pure fiction"),
    ],
)
def test_a_judgement_quoted_in_part_is_the_judges_quote(nlp, text: str, speaker: str, quoted: str):
    found = run(nlp, text)
    assert [(f.kind, text[f.start : f.end]) for f in found] == [("direct", quoted)]
    assert speaker in (speakers(found)[0] or "")


def test_a_scare_quoted_term_as_a_subject_is_nobodys_quote(nlp):
    # the quoted words are what is talked about, not what the verb's subject said
    assert run(nlp, 'The so-called "peace dividend" was hailed by investors.') == []


def test_words_quoted_inside_a_reported_request_are_the_reporters(nlp):
    text = 'Foreign Minister Wong said Canberra had urged Beijing to show "maximum restraint" near the reef.'
    found = [f for f in run(nlp, text) if f.kind == "direct"]
    assert [text[f.start : f.end] for f in found] == ["maximum restraint"]
    assert speakers(found) == ["Foreign Minister Wong"] or "Wong" in (speakers(found)[0] or "")


def test_words_quoted_inside_reported_speech_keep_their_own_speaker(nlp):
    text = 'Moon said Kim told him "we will not test missiles again" during their talks.'
    found = [f for f in run(nlp, text) if f.kind == "direct"]
    assert [text[f.start : f.end] for f in found] == ["we will not test missiles again"]
    assert speakers(found) == ["Kim"]
