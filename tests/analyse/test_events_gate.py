"""The learned proposer's sentence gate (does this sentence report a codable act at all?), the sentences the
proposer is asked about, and parties read from the previous sentence (sixteenth session)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from detente.analyse import analyse
from detente.analyse.events.actors import ActorIndex
from detente.analyse.events.context import Context
from detente.analyse.events.learned import propose
from detente.analyse.events.learned.features import (
    SENTENCE,
    SPORT,
    previous_sentence,
    sentence_features,
    trigger_of,
)
from detente.analyse.events.learned.model import SentenceGate, load_proposer, model_from_json
from detente.analyse.events.learned.train import (
    WIRE_GROUP,
    Example,
    Settings,
    choose_threshold,
    cross_validate,
    train_gate,
)
from detente.analyse.events.linking import load_linking
from detente.analyse.events.patterns import load_codebook
from detente.analyse.nlp import load_nlp
from detente.model import Article

STORY = (
    "Foreign ministers of Chile and Peru met in Lima on Monday. "
    "They agreed to reopen the border crossing. "
    '"We will not accept this," the spokesman told reporters. '
    "Copper prices rose 3 percent to $7,000 a tonne in March."
)


def _analysed(text: str) -> Article:
    return next(analyse([Article(id="g", text=text, content_hash="gate-test", date="2024-05-01")]))


def _sentence_features(text: str) -> list[list[str]]:
    article = _analysed(text)
    index = ActorIndex(article.actors)
    return [sentence_features(sent, index, load_linking()) for sent in load_nlp()(text).sents]


@pytest.fixture(scope="module")
def story_features() -> list[list[str]]:
    return _sentence_features(STORY)


def test_the_gate_reads_verbs_and_their_tense(story_features: list[list[str]]) -> None:
    first = story_features[0]
    assert f"{SENTENCE}v=meet" in first and f"{SENTENCE}tag=VBD" in first and f"{SENTENCE}root_tag=VBD" in first


def test_the_gate_reads_actor_kinds_and_countries(story_features: list[list[str]]) -> None:
    first, markets = story_features[0], story_features[3]
    assert f"{SENTENCE}countries=2" in first and f"{SENTENCE}kind=GOV" in first
    assert f"{SENTENCE}actors=0" in markets and f"{SENTENCE}countries=0" in markets


def test_the_gate_reads_position_quotes_modals_and_numbers(story_features: list[list[str]]) -> None:
    first, _second, quote, markets = story_features
    assert f"{SENTENCE}pos=0" in first and f"{SENTENCE}pos=2-4" in quote
    assert f"{SENTENCE}quoted" in quote and f"{SENTENCE}modal=will" in quote and f"{SENTENCE}verb_said_VBD" in quote
    assert f"{SENTENCE}quoted" not in first and f"{SENTENCE}modal=will" not in first
    assert f"{SENTENCE}money" in markets and f"{SENTENCE}number" in markets
    assert f"{SENTENCE}money" not in first


def test_sport_is_marked_and_never_proposed_on(monkeypatch: pytest.MonkeyPatch) -> None:
    match = "Kenya beat Uganda 2-1 in the World Cup qualifier in Nairobi on Saturday."
    assert SPORT in _sentence_features(match)[0]
    assert not any(SPORT in f for f in _sentence_features(STORY))
    _lowered(monkeypatch, None)
    assert [e for e in _analysed(match).events if e.origin == "learned"] == []


def test_previous_sentence() -> None:
    sents = list(load_nlp()(STORY).sents)
    assert previous_sentence(sents[0]) is None
    assert previous_sentence(sents[2]).start == sents[1].start


def _gate(threshold: float) -> SentenceGate:
    return SentenceGate({"s:v=meet": 0, "s:money": 1}, np.array([2.0, -3.0]), -1.0, threshold)


def test_a_gate_scores_and_survives_its_json_form() -> None:
    gate = _gate(0.5)
    assert gate.probability(["s:v=meet"]) == pytest.approx(1 / (1 + np.exp(-1.0)))
    assert gate.passes(["s:v=meet", "unseen"]) and not gate.passes(["s:v=meet", "s:money"])
    model = replace(load_proposer(), gate=gate, previous_sentence=True)
    again = model_from_json(model.to_json())
    assert again.gate is not None and again.gate.threshold == 0.5 and again.previous_sentence
    assert again.gate.probability(["s:money"]) == pytest.approx(gate.probability(["s:money"]))


def test_a_model_without_a_gate_reads_as_before() -> None:
    data = load_proposer().to_json()
    data.pop("gate", None)
    data.pop("previous_sentence", None)
    model = model_from_json(data)
    assert model.gate is None and not model.previous_sentence


POSTED = "Bahrain posted an ambassador to Iran for the first time in eight years."


def _lowered(monkeypatch: pytest.MonkeyPatch, gate: SentenceGate | None, previous: bool = False) -> None:
    lowered = replace(load_proposer(), threshold=0.15, gate=gate, previous_sentence=previous)
    monkeypatch.setattr(propose, "load_proposer", lambda: lowered)


def test_an_open_gate_lets_a_proposal_through(monkeypatch: pytest.MonkeyPatch) -> None:
    _lowered(monkeypatch, SentenceGate({}, np.zeros(0), 5.0, 0.5))
    assert [e.origin for e in _analysed(POSTED).events] == ["learned"]


def test_a_closed_gate_stops_a_proposal(monkeypatch: pytest.MonkeyPatch) -> None:
    _lowered(monkeypatch, SentenceGate({}, np.zeros(0), -5.0, 0.5))
    assert [e for e in _analysed(POSTED).events if e.origin == "learned"] == []


def _context(text: str) -> tuple[Context, list]:
    article = _analysed(text)
    index = ActorIndex(article.actors)
    return Context(load_codebook(), index, load_linking(), places=article.places), list(load_nlp()(text).sents)


@pytest.mark.parametrize("text", ["Chile and Peru held talks in Lima. The officials opened a new crossing."])
def test_parties_may_come_from_the_previous_sentence(text: str) -> None:
    ctx, sents = _context(text)
    trigger, _ = trigger_of(sents[1])
    alone = propose.proposed_parties(ctx, trigger, "040")
    assert not propose.between_states(alone, states_only=False)
    found = propose.proposed_parties(ctx, trigger, "040", previous=True)
    assert propose.between_states(found, states_only=False)
    assert {found.sources[0].actor.code[:3], found.targets[0].actor.code[:3]} == {"CHL", "PER"}


def test_the_previous_sentence_is_not_read_when_the_sentence_names_both() -> None:
    ctx, sents = _context("Japan and Korea held talks in Seoul. Chile opened a new embassy in Peru.")
    trigger, _ = trigger_of(sents[1])
    found = propose.proposed_parties(ctx, trigger, "040", previous=True)
    assert propose.between_states(found, states_only=False)
    assert (found.sources[0].actor.code[:3], found.targets[0].actor.code[:3]) == ("CHL", "PER")


def test_training_sees_only_the_sentences_the_proposer_is_asked_about() -> None:
    # a sentence with an act the rules found is never the proposer's, even if a filter drops that act
    from detente.analyse.events.learned.train import _examples_of

    text = "Vietnam and Laos signed a pact on hydropower exports. The weather was fine in Hanoi."
    article = Article(id="a", text=text, content_hash="gate-asked", date="2024-05-01")
    signed, weather = _examples_of([article], lambda _a, _s: [], f"{WIRE_GROUP}x")
    assert not signed.asked and not signed.proposers
    assert weather.asked and weather.proposers
    assert weather.sentence_features and all(f.startswith(SENTENCE) for f in weather.sentence_features)


def _example(group: str, features: list[str], label: str, asked: bool = True) -> Example:
    gold = [{"root": label, "source": "CHL", "target": "PER"}] if label != "none" else []
    parties = {"verbal": [["CHL"], ["PER"]], "material": [["CHL"], ["PER"]]}
    return Example(group, ["pos=VERB", "t=open", *features], label, gold, False, parties, asked=asked)


def test_the_gate_learns_which_sentences_hold_an_act() -> None:
    examples = [_example("composed/a", ["s:v=open", "s:countries=2"], "04")] * 6
    examples += [_example(f"{WIRE_GROUP}w", ["s:money", "s:countries=0"], "none")] * 6
    gate = train_gate(examples, Settings(steps=80, min_count=1), 0.5)
    assert gate.passes(["s:v=open", "s:countries=2"]) and not gate.passes(["s:money", "s:countries=0"])


def test_the_gate_may_learn_from_the_asked_sentences_only() -> None:
    examples = [_example("composed/a", ["s:v=open"], "04", asked=False)] * 3
    examples += [_example("composed/a", ["s:money"], "none")] * 3
    gate = train_gate(examples, Settings(steps=20, min_count=1, gate_asked_only=True), 0.5)
    assert "s:v=open" not in gate.vocabulary and "s:money" in gate.vocabulary


def test_cross_validation_counts_each_gate_and_root_threshold() -> None:
    talks = [_example(f"{WIRE_GROUP}w{i}", ["s:v=open", "w=border"], "04") for i in range(2)]
    markets = [_example(f"{WIRE_GROUP}w{i}", ["s:money", "w=border"], "none") for i in range(2)]
    settings = Settings(steps=40, min_count=1)
    tallies = cross_validate((talks + markets) * 3, settings, [0.2], [0.0, 0.9])
    assert set(tallies["all"]) == {(0.2, 0.0), (0.2, 0.9)} and set(tallies) == {"all", "wire", "wire/w0", "wire/w1"}
    open_gate, shut = tallies["wire"][(0.2, 0.0)], tallies["wire"][(0.2, 0.9)]
    assert open_gate["sentences"] == shut["sentences"] == 12
    assert open_gate["gate open"] == 12 and shut["gate open"] < 12
    assert shut["proposed"] <= open_gate["proposed"]


def _tallies(all_dev: dict, wire: dict) -> dict:
    def counters(figures: dict) -> dict:
        return {k: Counter({"proposed": p, "strict right": r}) for k, (p, r) in figures.items()}

    return {"all": counters(all_dev), "wire": counters(wire)}


def test_the_setting_with_most_right_on_wire_wins() -> None:
    settings = [(0.3, 0.0), (0.3, 0.5), (0.5, 0.5)]
    tallies = _tallies(
        {(0.3, 0.0): (20, 10), (0.3, 0.5): (10, 6), (0.5, 0.5): (4, 3)},
        {(0.3, 0.0): (9, 4), (0.3, 0.5): (5, 3), (0.5, 0.5): (1, 1)},
    )
    assert choose_threshold(tallies, settings, 0.45, 0.5) == (0.3, 0.5)


def test_as_many_wrong_as_right_on_wire_does_not_pass() -> None:
    tallies = _tallies({(0.3, 0.0): (10, 6), (0.5, 0.0): (4, 3)}, {(0.3, 0.0): (4, 2), (0.5, 0.0): (2, 1)})
    assert choose_threshold(tallies, [(0.3, 0.0), (0.5, 0.0)], 0.45, 0.5) == (0.5, 0.0)  # the last: none passes
