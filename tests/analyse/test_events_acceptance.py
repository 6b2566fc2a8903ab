"""The acceptance model: the learned probability that a rule-coded event is one an analyst would code.

Sentences are composed here (none from a benchmark). The model's weights are data, so these tests check what
must hold for any sensible fit: a probability in (0, 1) for every rule-coded event, a full act between two
named states ranking above the same kind of act with a party missing or told in a background clause, the
loader refusing a malformed file, and the training fit being deterministic."""

from __future__ import annotations

import json

import numpy as np
import pytest

from detente.analyse import analyse_one
from detente.analyse.events.acceptance import accept, keep_every_event, load_acceptance_model, recording
from detente.analyse.events.acceptance.features import article_features
from detente.analyse.events.acceptance.model import AcceptanceModel, parse_model
from detente.analyse.events.acceptance.order import in_rule_order, rule_rank
from detente.analyse.events.acceptance.train import matrix, train, vocabulary
from detente.analyse.events.learned.logistic import fit
from detente.model import Article, Event
from tests.analyse.test_events import triples


def events_of(_nlp, text: str) -> list[Event]:
    """The events of a composed article through the whole pipeline (actors found by the actors stage)."""
    return analyse_one(Article(id="t", text=text, content_hash="t", date="2026-01-06")).events


def test_the_shipped_weights_load_and_keep_every_event() -> None:
    model = load_acceptance_model()
    assert model.weights and all(isinstance(v, float) for v in model.weights.values())
    assert model.floor is None or 0.0 <= model.floor <= 1.0


@pytest.mark.parametrize(
    "raw",
    [{}, {"weights": {"bias": "high"}}, {"weights": {"bias": 1.0}, "floor": 1.5}],
)
def test_a_malformed_weights_file_is_refused(raw: dict) -> None:
    with pytest.raises(ValueError):
        parse_model(raw)


def test_unknown_features_count_for_nothing() -> None:
    model = AcceptanceModel({"bias": 0.0, "root:19": 2.0})
    assert model.probability({"bias": 1.0, "never-seen": 1.0}) == pytest.approx(0.5)
    assert model.probability({"bias": 1.0, "root:19": 1.0}) > 0.85


@pytest.mark.parametrize(
    "text",
    [
        "Japan signed a trade agreement with Vietnam on Monday.",
        "Russian artillery shelled the Ukrainian city of Kharkiv overnight, officials in Kyiv said.",
        "Kenya accused Somalia of arming the rebels and recalled its ambassador.",
    ],
)
def test_every_rule_coded_event_gets_a_probability(nlp, text: str) -> None:
    events = events_of(nlp, text)
    assert events, text
    assert all(0.0 < (e.confidence or 0) < 1.0 for e in events if not e.negated)


def _confidence_of(nlp, text: str, code: str) -> float:
    events = events_of(nlp, text)
    found = [e.confidence or 0 for e in events if e.cameo.startswith(code)]
    assert found, (text, triples(events))
    return max(found)


@pytest.mark.parametrize(
    ("full", "partial", "code"),
    [
        # both states named, against an act whose target no party names
        (
            "Norway signed an energy agreement with Poland on Tuesday.",
            "Norway signed an energy agreement on Tuesday.",
            "05",
        ),
        # the sentence's news, against the same act as the background of another
        (
            "Ethiopia expelled two diplomats from Egypt on Friday.",
            "After Ethiopia expelled two diplomats from Egypt, the talks on the dam stalled for months.",
            "16",
        ),
    ],
)
def test_a_full_act_between_named_states_ranks_higher(nlp, full: str, partial: str, code: str) -> None:
    assert _confidence_of(nlp, full, code) > _confidence_of(nlp, partial, code)


def test_events_made_by_another_stage_keep_their_confidence() -> None:
    def event(confidence: float) -> Event:
        return Event(
            cameo="040", root="04", quad_class=1, goldstein=1.0, sentence=0, start=0, end=1, confidence=confidence
        )

    ruled, proposed = event(0.9), event(0.42)
    out = accept([ruled, proposed], [{"bias": 1.0, "rule-confidence": 0.9}, None], sentences=1)
    assert out == [True, True] and proposed.confidence == 0.42 and ruled.confidence != 0.9


def test_sentence_features_count_the_events_of_each_sentence() -> None:
    def event(sentence: int) -> Event:
        return Event(cameo="040", root="04", quad_class=1, goldstein=1.0, sentence=sentence, start=0, end=1)

    events = [event(0), event(0), event(0), event(2)]
    out = article_features(events, [{"bias": 1.0}] * 4, sentences=3)
    assert [f["sentence-events:3+"] for f in out] == [1.0, 1.0, 1.0, 0.0]
    assert [f["sentence-events:1"] for f in out] == [0.0, 0.0, 0.0, 1.0]
    assert out[0]["lead-sentence"] == 1.0 and out[3]["article-position"] == 1.0


def test_article_features_tell_whether_an_events_pair_is_the_storys() -> None:
    from detente.model import ActorRef

    def event(source: str | None, target: str | None) -> Event:
        def ref(code: str | None) -> ActorRef | None:
            return ActorRef(name=code, code=code) if code else None

        return Event(
            cameo="040", root="04", quad_class=1, goldstein=1.0, sentence=0, start=0, end=1,
            source_actor=ref(source), target_actor=ref(target),
        )  # fmt: skip

    events = [event("KORGOV", "CHN"), event("CHNGOV", "KOR"), event("KORGOV", "JPN"), event("KOR", None)]
    out = article_features(events, [{"bias": 1.0}] * 4, sentences=1)
    # KOR-CHN twice (either direction): repeated and the article's main pair; KOR-JPN once and not the main pair
    assert [f.get("dyad-repeats") for f in out[:3]] == [1.0, 1.0, 0.0]
    assert [f.get("dyad-main") for f in out[:3]] == [1.0, 1.0, 0.0]
    assert out[3].get("dyad-none") == 1.0 and "dyad-main" not in out[3]


def test_the_trigger_word_is_a_feature(nlp) -> None:
    with recording() as recorded:
        events_of(nlp, "Norway signed an energy agreement with Poland on Tuesday.")
    assert any(f.get("trigger:sign") == 1.0 for _, features in recorded for f in features)


def test_recording_collects_every_scored_event_with_its_features(nlp) -> None:
    with recording() as recorded:
        events = events_of(nlp, "Norway signed an energy agreement with Poland on Tuesday.")
    assert len(recorded) == 1
    scored, features = recorded[0]
    assert scored == events and len(features) == len(scored)
    assert all("bias" in f and "rule-confidence" in f for f in features)


def test_training_is_deterministic_and_learns_the_sign_of_a_feature() -> None:
    rows = [
        {"group": f"g{i}", "kind": "composed", "label": int(i % 4 != 0), "features": {"bias": 1.0, "target:coded": 1.0}}
        for i in range(40)
    ] + [
        {
            "group": f"h{i}",
            "kind": "composed",
            "label": int(i % 4 == 0),
            "features": {"bias": 1.0, "target:missing": 1.0},
        }
        for i in range(40)
    ]
    first, second = train(rows), train(json.loads(json.dumps(rows)))
    assert first == second
    assert first["target:coded"] > 0 > first["target:missing"]
    names = vocabulary(rows)
    y = np.array([[r["label"]] for r in rows], float)
    w, bias = fit(matrix(rows, names), y, np.ones(len(rows)), 0.0, 200)
    assert np.all(np.isfinite(w)) and np.all(np.isfinite(bias))


def test_the_shared_fit_reaches_the_ridge_optimum() -> None:
    """Run to convergence, the binary fit's gradient vanishes: it is the penalised maximum-likelihood solution
    (the one the acceptance model's weights are), whatever way it was reached."""
    rng = np.random.default_rng(7)
    x = rng.integers(0, 2, size=(60, 4)).astype(float)
    y = (x @ np.array([1.5, -2.0, 0.5, 0.0]) + rng.normal(0, 1, 60) > 0).astype(float)[:, None]
    weight = np.where(np.arange(60) % 3 == 0, 0.5, 1.0)
    w, bias = fit(x, y, weight, 0.01, 20_000, 1e-10)
    p = 1.0 / (1.0 + np.exp(-(x @ w + bias)))
    share = weight[:, None] / weight.sum()
    assert np.abs(x.T @ ((p - y) * share) + 0.01 * w).max() < 1e-6
    assert abs(((p - y) * share).sum()) < 1e-6


def test_the_rules_order_within_a_sentence_is_kept_and_stays_strict() -> None:
    ranks = [rule_rank(0.9, True, False, 0), rule_rank(0.7, True, False, 1), rule_rank(0.9, False, False, 2)]
    # the model likes the rules' last event best: the run is pooled, the order kept, no ties
    out = in_rule_order([0, 0, 0], ranks, [0.5, 0.8, 0.2])
    assert out[0] > out[2] > out[1]
    assert sum(out) == pytest.approx(1.5, abs=0.01)
    # events of different sentences do not constrain each other
    assert in_rule_order([0, 1], ranks[:2], [0.2, 0.9]) == [0.2, 0.9]


def test_the_leading_event_of_a_sentence_is_the_one_the_rules_lead_with(nlp) -> None:
    events = [e for e in events_of(nlp, "Kenya accused Somalia of arming the rebels and recalled its ambassador.")]
    assert len(events) > 1
    by_rules = sorted(events, key=lambda e: (-e.confidence, e.target_actor is None, e.root == "01"))
    assert by_rules[0].cameo.startswith("112")


def test_the_floor_drops_a_sentences_weaker_events_never_its_leading_one(monkeypatch) -> None:
    import detente.analyse.events.acceptance as acceptance

    monkeypatch.setattr(acceptance, "load_acceptance_model", lambda: AcceptanceModel({"bias": -3.0}, floor=0.5))

    def event(sentence: int) -> Event:
        return Event(cameo="190", root="19", quad_class=4, goldstein=-10.0, sentence=sentence, start=0, end=1)

    lead, weaker, alone = event(0), event(0), event(1)
    features = [{"bias": 1.0, "rule-confidence": c} for c in (0.9, 0.7, 0.5)]
    assert accept([lead, weaker, alone], features, sentences=2) == [True, False, True]
    with keep_every_event():
        assert accept([lead, weaker, alone], features, sentences=2) == [True, True, True]


def test_wire_articles_are_left_out_one_at_a_time_and_weigh_in_training() -> None:
    from detente.analyse.events.acceptance.train import COMPOSED_DEV, fold_of

    assert fold_of("wire_dev/TE3-Silver-data/A.tml") == "wire_dev/TE3-Silver-data/A.tml"
    assert fold_of("wire_dev/TE3-Silver-data/A.tml") != fold_of("wire_dev/TE3-Silver-data/B.tml")
    assert fold_of("composed_dev_c/story-3") == "composed_dev_c"
    assert fold_of("sentences/17") in COMPOSED_DEV
    rows = [{"group": f"c{i}", "kind": "composed", "label": 1, "features": {"bias": 1.0}} for i in range(20)]
    rows += [{"group": f"w{i}", "kind": "wire", "label": 0, "features": {"bias": 1.0}} for i in range(20)]
    # the wire events (all wrong here) pull the probability down the more they weigh
    assert train(rows, wire_weight=2.0)["bias"] < 0 < train(rows, wire_weight=0.5)["bias"]
