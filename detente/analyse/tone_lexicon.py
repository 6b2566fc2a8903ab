"""The tone lexicon: VADER valences less the words that carry no tone in news.

Shared by the tone stage and by the events stage's labels ("called the move a provocation"); kept apart from
both so that neither stage module imports the other (the stages package imports every stage).
"""

from __future__ import annotations

from functools import lru_cache

from detente.packaged import read_data_text


@lru_cache(maxsize=1)
def neutral_words() -> frozenset[str]:
    text = read_data_text("tone/neutral_in_news.tsv")
    rows = [
        line.split("\t")[0].strip().lower() for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    return frozenset(rows[1:])  # first row is the header


@lru_cache(maxsize=1)
def valences() -> dict[str, float]:
    """Word -> VADER valence, minus the words that carry no tone in news."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    neutral = neutral_words()
    return {w: v for w, v in SentimentIntensityAnalyzer().lexicon.items() if v and w not in neutral}
