"""The learned proposer's training on real news: where a sentence stands (context features), how wire sentences
weigh in the fit, the threshold chosen by leaving one wire set out, and the pipeline figures it reports."""

from __future__ import annotations

from collections import Counter

import pytest

from detente.analyse.events.learned.features import CONTEXT, context_features
from detente.analyse.events.learned.train import (
    WIRE_GROUP,
    Example,
    Settings,
    _weight,
    choose_threshold,
    pipeline_line,
    training_examples,
)
from detente.analyse.nlp import load_nlp

STORY = (
    "Chile recalled its ambassador from Lima on Monday. "
    "The move followed a dispute over fishing rights. "
    '"We will not accept this," the foreign minister told reporters. '
    "Talks between the two sides broke down in March."
)


def _context(text: str) -> list[list[str]]:
    return [context_features(sent) for sent in load_nlp()(text).sents]


def test_lead_and_body_sentences_differ() -> None:
    features = _context(STORY)
    assert f"{CONTEXT}lead" in features[0] and f"{CONTEXT}lead" in features[1]
    assert all(f"{CONTEXT}body" in f for f in features[2:])


def test_quoted_speech_is_marked() -> None:
    features = _context(STORY)
    assert f"{CONTEXT}quoted" in features[2]
    # (no quotation marks: reported speech alone is not a quote)
    assert not any(f"{CONTEXT}quoted" in f for i, f in enumerate(features) if i != 2)


def test_curly_quotes_count_too() -> None:
    features = _context("Peru protested. \u201cThis is unacceptable,\u201d a spokesman said.")
    assert f"{CONTEXT}quoted" in features[-1]


def _example(group: str, rule_event: bool = False) -> Example:
    return Example(group=group, features=["t=meet"], label="none", gold=[], rule_event=rule_event, parties={})


def test_wire_sentences_weigh_by_their_weight() -> None:
    settings = Settings(wire_weight=3.0, ruleless=2.0)
    assert _weight(_example(f"{WIRE_GROUP}wire_dev"), settings) == 6.0
    assert _weight(_example(f"{WIRE_GROUP}wire_dev", rule_event=True), settings) == 3.0
    assert _weight(_example("composed/composed_dev"), settings) == 2.0


def test_wire_weight_zero_leaves_the_wire_sets_out() -> None:
    examples = [_example(f"{WIRE_GROUP}wire_dev3"), _example("sentences/x"), _example("composed/composed_dev_b")]
    assert len(training_examples(examples, Settings(wire_weight=0.0))) == 2
    assert len(training_examples(examples, Settings(wire_weight=1.0))) == 3


def _tallies(all_dev: dict[float, tuple[int, int]], wire: dict[float, tuple[int, int]]) -> dict:
    def counters(figures: dict[float, tuple[int, int]]) -> dict[float, Counter]:
        return {t: Counter({"proposed": p, "strict right": r}) for t, (p, r) in figures.items()}

    return {"all": counters(all_dev), "wire": counters(wire)}


def test_threshold_needs_more_right_than_wrong_on_wire() -> None:
    thresholds = [0.3, 0.4, 0.5]
    # DEV is precise enough at 0.3, but on wire 1 right of 4: not before 0.5, where the wire proposals are 2 / 3
    tallies = _tallies({0.3: (10, 6), 0.4: (8, 5), 0.5: (5, 3)}, {0.3: (4, 1), 0.4: (3, 1), 0.5: (3, 2)})
    assert choose_threshold(tallies, thresholds, 0.45, 0.5) == 0.5


def test_threshold_with_no_wire_proposal_follows_dev() -> None:
    tallies = _tallies({0.3: (10, 3), 0.4: (8, 4)}, {0.3: (0, 0), 0.4: (0, 0)})
    assert choose_threshold(tallies, [0.3, 0.4], 0.45, 0.5) == 0.4


def test_threshold_falls_back_on_the_highest() -> None:
    tallies = _tallies({0.3: (10, 1), 0.4: (8, 1)}, {0.3: (2, 0), 0.4: (1, 0)})
    assert choose_threshold(tallies, [0.3, 0.4], 0.45, 0.5) == 0.4


def test_pipeline_line_adds_proposals_to_both_counts() -> None:
    # rules: 40 of 100 gold found, 40 of 80 events right; the proposer adds 4 events, 3 right
    line = pipeline_line(Counter({"proposed": 4, "strict right": 3}), [40, 100, 40, 80])
    assert line == "pipeline 0.400 / 0.500 -> 0.430 / 0.512"


@pytest.mark.parametrize("weight", [0.0, 1.0])
def test_trained_on_names_the_wire_sets_only_when_read(weight: float) -> None:
    from detente.analyse.events.learned.train import train, vocabulary_of

    examples = [
        Example("sentences/a", ["t=meet", "w=talk"], "04", [], False, {}),
        Example(f"{WIRE_GROUP}wire_dev", ["t=win", "w=match"], "none", [], False, {}),
    ]
    training = training_examples(examples, Settings(wire_weight=weight, steps=5))
    model = train(training, vocabulary_of(training, 1), Settings(wire_weight=weight, steps=5), 0.5)
    assert ("wire_dev4" in model.trained_on) == bool(weight)
    assert model.trained_on.startswith("DEV only")
