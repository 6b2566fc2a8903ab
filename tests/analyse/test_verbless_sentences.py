"""Sentences whose root is not a verb (headlines, captions, lists) must not stall any stage.

spaCy makes a new Token object on every access, so a loop that climbs heads until ``token.head is
token`` never ends; the stages compare token indices instead. The alarm turns a hang into a failure.
"""

from __future__ import annotations

import signal

import pytest

from detente.analyse import analyse_one
from detente.read import read_text

VERBLESS = (
    "Talks between Seoul and Tokyo, the two neighbours, and Beijing.\n\n"
    "Minister Park, the envoy to Washington, and his deputy Kim.\n\n"
    "Troops of India and Pakistan near the Line of Control in the Poonch sector.\n\n"
    "4,000 years ago, a kingdom; 10,000 years from now, a ruin."
)


@pytest.fixture
def alarm():
    def stalled(*_):
        raise TimeoutError("a stage did not finish: endless loop over the parse?")

    previous = signal.signal(signal.SIGALRM, stalled)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def test_every_stage_finishes_on_verbless_sentences(alarm):
    article = analyse_one(read_text(VERBLESS))
    assert len(article.sentences) >= 4
    assert {"KOR", "JPN", "IND", "PAK"} <= {a.country for a in article.actors}
