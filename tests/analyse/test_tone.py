"""Tone stage: GDELT-style arithmetic on the VADER lexicon, news filters, tone per actor, samples."""

from __future__ import annotations

import re

import pytest

import detente.analyse.stages.tone  # noqa: F401  (registers the stage even before stages/__init__ lists it)
from detente.analyse.registry import Parsed
from detente.analyse.stages.tone import neutral_words, score_tone, valences
from detente.model import Actor, Article, Mention


def tone_of(nlp, text: str, actors: list[Actor] | None = None):
    article = Article(id="t", text=text, content_hash="x", actors=actors or [])
    return score_tone(Parsed(nlp(text), article))["tone"]


def test_lexicon_is_vader_minus_news_neutral_words():
    lexicon = valences()
    assert lexicon["peace"] > 0 and lexicon["war"] < 0
    assert {"party", "united", "security"} <= neutral_words()
    assert not neutral_words() & set(lexicon)


def test_gdelt_arithmetic(nlp):
    # 8 words: "welcomed" (+), "peace" (+), "war" (-); everything else is neutral in VADER.
    tone = tone_of(nlp, "Both governments welcomed the peace after the war.")
    assert tone.word_count == 8
    assert tone.positive == pytest.approx(25.0)
    assert tone.negative == pytest.approx(12.5)
    assert tone.tone == pytest.approx(12.5)
    assert tone.polarity == pytest.approx(37.5)


def test_function_word_senses_do_not_count(nlp):
    tone = tone_of(nlp, "Leaders like Ramos of the ruling party attended the Security Council session as well.")
    assert tone.positive == 0 and tone.negative == 0 and tone.tone == 0


def test_signs_follow_the_words(nlp):
    assert tone_of(nlp, "The talks were a great success and both sides praised the friendly atmosphere.").tone > 0
    assert tone_of(nlp, "The attack killed civilians and sparked anger, fear and bitter protests.").tone < 0


def test_tone_per_actor_uses_the_sentences_that_mention_it(nlp):
    text = "Norway praised the generous and successful aid effort. Officials accused Ruritania of brutal attacks."
    actors = [
        Actor(
            id=a_id,
            name=name,
            kind="country",
            mentions=[Mention(start=m.start(), end=m.end()) for m in re.finditer(name, text)],
        )
        for a_id, name in (("a1", "Norway"), ("a2", "Ruritania"))
    ]
    tone = tone_of(nlp, text, actors)
    assert tone.by_actor["a1"] > 0 > tone.by_actor["a2"]


def test_empty_text_has_zero_tone(nlp):
    tone = tone_of(nlp, "")
    assert tone.word_count == 0 and tone.tone == 0


@pytest.mark.slow
def test_samples_have_a_tone(analysed_samples):
    for article in analysed_samples.values():
        tone = article.tone
        assert tone.word_count > 500
        # Both sample pieces report leaders pledging cooperation: more positive than negative words.
        assert tone.positive > tone.negative
        assert tone.tone == pytest.approx(tone.positive - tone.negative, abs=1e-3)
        # every actor with a mention gets the tone of its sentences
        assert set(tone.by_actor) == {a.id for a in article.actors if a.mentions}
