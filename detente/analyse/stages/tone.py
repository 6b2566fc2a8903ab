"""Stage "tone": GDELT-style tone of the article and of the sentences that mention each actor.

GDELT's GKG tone: ``positive`` = percent of words in the positive word list, ``negative`` = percent in
the negative list, ``tone`` = positive - negative (AvgTone), ``polarity`` = positive + negative (the
share of emotionally charged words), ``word_count`` = words counted. Words are counted as GDELT counts
them: one by one, no negation or intensifier rules.

Lexicon: the VADER sentiment lexicon (vaderSentiment 3.3.2, ``vader_lexicon.txt``, 7,500 entries with
valences -4..+4, Hutto & Gilbert 2014), shipped with the installed package. A word is positive when its
valence is > 0 and negative when < 0. Because VADER was written for social media, two filters adapt it
to news: only content words count (adjectives, adverbs, verbs, common nouns, interjections -- so "like"
as a preposition and names such as "Hope" do not), and the words in
``detente/data/tone/neutral_in_news.tsv`` (party, united, security, ...) are ignored.

``by_actor`` maps each Actor.id to the tone of the sentences that mention it (each sentence once).
"""

from __future__ import annotations

from bisect import bisect_right

from ...model import Tone
from ..registry import Parsed, stage
from ..tone_lexicon import neutral_words, valences

__all__ = ["neutral_words", "score_tone", "valences"]

TONE_POS = frozenset({"ADJ", "ADV", "VERB", "NOUN", "INTJ"})


def _tone(positive: int, negative: int, words: int) -> Tone:
    if not words:
        return Tone(tone=0.0, positive=0.0, negative=0.0, polarity=0.0, word_count=0)
    pos, neg = 100.0 * positive / words, 100.0 * negative / words
    return Tone(
        tone=round(pos - neg, 4),
        positive=round(pos, 4),
        negative=round(neg, 4),
        polarity=round(pos + neg, 4),
        word_count=words,
    )


@stage("tone", order=70, fields=("tone",))
def score_tone(parsed: Parsed) -> dict[str, Tone]:
    lexicon = valences()
    sentences = list(parsed.doc.sents)
    counts = []  # per sentence: positive words, negative words, words
    for sent in sentences:
        positive = negative = words = 0
        for token in sent:
            if not any(c.isalpha() for c in token.text):
                continue
            words += 1
            if token.pos_ not in TONE_POS:
                continue
            valence = lexicon.get(token.lower_) or lexicon.get(token.lemma_.lower()) or 0.0
            positive += valence > 0
            negative += valence < 0
        counts.append((positive, negative, words))
    tone = _tone(*(sum(column) for column in zip(*counts, strict=True))) if counts else _tone(0, 0, 0)
    starts = [sent.start_char for sent in sentences]
    by_actor: dict[str, float] = {}
    for actor in parsed.article.actors:
        mentioned = {bisect_right(starts, m.start) - 1 for m in actor.mentions} - {-1}
        if mentioned:
            picked = [counts[i] for i in sorted(mentioned)]
            by_actor[actor.id] = _tone(*(sum(column) for column in zip(*picked, strict=True))).tone or 0.0
    tone.by_actor = by_actor
    return {"tone": tone}
