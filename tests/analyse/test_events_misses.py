"""Gold-style acts that had no candidate at all in their sentence (session 18): constructions of everyday news
the rules did not read. Sentences composed for these tests in the style of wire news, through the whole pipeline,
with negatives where the rule must not fire."""

from __future__ import annotations

import pytest

from detente.analyse.events.patterns import load_codebook

from .test_events_precision import coded, has

SLOW = pytest.mark.slow


# --- a visit told as travelling or being somewhere "for" or "on" it (verbs.yaml visit_travel_verbs) ---------


def test_the_travel_verbs_load() -> None:
    words = load_codebook().visit_travel_verbs
    assert {"arrive", "be", "fly"} <= words


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "HANOI, May 4 (Xinhua) -- Chinese President Hu Jintao arrived here Tuesday for a three-day official "
            "goodwill visit.",
            "CHN",
            "VNM",
        ),
        ("Namibian President Hifikepunye Pohamba is in Singapore for a four-day state visit.", "NAM", "SGP"),
        ("Kenyan Prime Minister Raila Odinga flew to Tokyo on Sunday on a five-day working visit.", "KEN", "JPN"),
    ],
)
def test_the_traveller_makes_the_visit(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "042", target)


@SLOW
@pytest.mark.parametrize(
    "text",
    [
        # announced, not under way: no visit made yet
        "Japanese Prime Minister Shinzo Abe will be in India next week for a state visit.",
        # not a visit: travelling for a match
        "NAIROBI, May 4 (Xinhua) -- The Brazilian team arrived here on Sunday for the final.",
        # coming back from a visit is not making one
        "NAIROBI, May 4 (Xinhua) -- Chinese Vice Premier Wu Yi is back from a visit to Tanzania.",
        # carried there: the one flown in makes no visit of its own choosing told here
        "NAIROBI, May 4 (Xinhua) -- Two wounded Somali officials were flown here on Sunday for a visit.",
    ],
)
def test_no_visit_without_a_traveller_on_a_visit(text: str) -> None:
    assert not any(code.startswith("042") for _s, code, _t in coded(text))


@SLOW
def test_a_travel_verb_coded_itself_is_not_coded_twice() -> None:
    found = coded("Chinese President Hu Jintao arrived in Hanoi on Monday for a state visit.")
    assert sum(code.startswith("042") for _s, code, _t in found) == 1
