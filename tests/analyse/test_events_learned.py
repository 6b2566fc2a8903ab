"""The learned event proposer: shipped weights, what it proposes where the rules find nothing, and where it must not."""

from __future__ import annotations

import numpy as np
import pytest

from detente.analyse import analyse
from detente.analyse.events.actors import ActorIndex
from detente.analyse.events.learned.features import (
    _position,
    clause_features,
    context_features,
    previous_sentence,
    trigger_of,
)
from detente.analyse.events.learned.logistic import fit
from detente.analyse.events.learned.model import NO_EVENT, load_proposer, model_from_json
from detente.analyse.events.learned.train import Example, _sentence_start, reach, strict_right
from detente.analyse.nlp import load_nlp
from detente.model import Article


def _analysed(text: str) -> Article:
    return next(analyse([Article(id="t", text=text, content_hash="learned-test", date="2024-05-01")]))


def _best_root(text: str) -> tuple[str, float]:
    article = _analysed(text)
    sent = next(load_nlp()(text).sents)
    trigger, reporter = trigger_of(sent)
    return load_proposer().best_root(clause_features(trigger, reporter, sent, ActorIndex(article.actors)))


def test_shipped_weights_load() -> None:
    model = load_proposer()
    assert model is not None
    assert model.classes == [f"{i:02d}" for i in range(1, 21)] + [NO_EVENT]
    assert 0.0 < model.threshold < 1.0
    assert model.trained_on.startswith("DEV only")
    probabilities = model.probabilities(["t=meet", "p=with", "feature never seen"])
    assert sum(probabilities.values()) == pytest.approx(1.0)


def test_weights_survive_their_json_form() -> None:
    model = load_proposer()
    again = model_from_json(model.to_json())
    features = ["t=sign", "o=agreement", "countries=2", "w=trade"]
    assert again.best_root(features) == pytest.approx(model.best_root(features))
    assert again.vague_roots == model.vague_roots and again.stative_lemmas == model.stative_lemmas


def test_training_is_deterministic() -> None:
    x = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0]])
    y = np.eye(3)
    weight = np.ones(3)
    first = fit(x, y, weight, 1e-3, 50)
    second = fit(x, y, weight, 1e-3, 50)
    assert np.array_equal(first[0], second[0]) and np.array_equal(first[1], second[1])
    scores = x @ first[0] + first[1]
    assert list(scores.argmax(axis=1)) == [0, 1, 2]


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Kenya lodged a formal complaint with Uganda over the detention of its fishermen.", "11"),
        ("Indian troops exchanged fire with Pakistani soldiers along the frontier.", "19"),
        ("Japan added four Chinese chipmakers to its export control list on Thursday.", "16"),
        ("Thailand rebuffed Cambodia's offer of joint patrols along the border.", "12"),
    ],
)
def test_reads_a_sensible_root(text: str, root: str) -> None:
    assert _best_root(text)[0] == root


def test_reporting_verb_is_not_the_trigger() -> None:
    sent = next(load_nlp()("Officials in Lima said Peru had recalled its ambassador from Caracas.").sents)
    trigger, reporter = trigger_of(sent)
    assert trigger.lemma_ == "recall" and reporter is not None and reporter.lemma_ == "say"


@pytest.mark.parametrize(
    ("text", "source", "target", "root"),
    [
        ("Kuwait sent an ambassador to Iraq for the first time since the 1990 invasion.", "KWT", "IRQ", "05"),
        ("Canada added Iran to its list of state sponsors of terrorism.", "CAN", "IRN", "16"),
    ],
)
def test_proposes_where_the_rules_find_nothing(
    text: str, source: str, target: str, root: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The mechanism (parties, code, origin, confidence) at a threshold these clear and with no sentence gate: the
    # shipped thresholds, chosen by leaving one wire set out, are higher (the root's 0.8 after the six-wire-set
    # retrain of session 15; from session 16 a root and a gate threshold, test_events_gate.py), and the model
    # reads both at about 0.2 (the root still right).
    from dataclasses import replace

    from detente.analyse.events.learned import propose

    lowered = replace(load_proposer(), threshold=0.15, gate=None, root_given_act=False)
    monkeypatch.setattr(propose, "load_proposer", lambda: lowered)
    events = _analysed(text).events
    assert len(events) == 1
    event = events[0]
    assert event.origin == "learned"
    assert event.root == root and event.cameo == f"{root}0"
    assert (event.source_actor.code[:3], event.target_actor.code[:3]) == (source, target)
    assert event.confidence is not None and event.confidence < 0.7


@pytest.mark.parametrize(
    "text",
    [
        # nothing between states
        "The minister said the weather was good for the harvest.",
        "Kenyan police flooded the streets of Nairobi with officers on Tuesday.",
        "The Senegalese army took control of the border town under an emergency decree.",
        # a company is no party a guess may name
        "Japan added four Chinese chipmakers to its export control list on Thursday.",
        # not done, or not yet
        "Bahrain did not appoint an ambassador to Iran.",
        "Bahrain will appoint an ambassador to Iran next year.",
        "Washington bears no ill will toward Iran.",
        # a state, not an act
        "Poland is the only member that has not set a date for joining the euro.",
    ],
)
def test_no_proposal(text: str) -> None:
    assert [e for e in _analysed(text).events if e.origin == "learned"] == []


def test_rule_events_keep_their_origin() -> None:
    events = _analysed("Vietnam and Laos signed a pact on hydropower exports on Tuesday.").events
    assert events and all(e.origin == "rules" for e in events)


def test_a_model_may_read_the_sentence_embedding() -> None:
    from dataclasses import replace

    from detente.analyse.embeddings import DIMENSIONS, load_encoder

    shipped = load_proposer()
    assert not shipped.reads_embeddings and shipped.states_only  # the shipped weights read words only
    rng = np.random.default_rng(0)
    model = replace(
        shipped,
        embedding_weights=rng.normal(size=(DIMENSIONS, len(shipped.classes))),
        embedding_scale=8.0,
        states_only=False,
    )
    again = model_from_json(model.to_json())
    assert again.reads_embeddings and not again.states_only and again.embedding_scale == 8.0
    embedding = load_encoder().embed(["Hanoi and Vientiane signed a trade agreement."])[0]
    features = ["t=sign", "o=agreement"]
    assert again.best_root(features, embedding) == pytest.approx(model.best_root(features, embedding), abs=1e-3)
    assert model.probabilities(features, embedding) != pytest.approx(shipped.probabilities(features))
    with pytest.raises(ValueError, match="embedding"):
        model.probabilities(features)


def test_stative_triggers_are_never_read() -> None:
    model = load_proposer()
    assert model.reads_trigger("VERB", "sign")
    assert not model.reads_trigger("VERB", "be") and not model.reads_trigger("NOUN", "talk")


def test_training_reads_the_benchmarks_own_matchers() -> None:
    from detente.analyse.events.learned.benchmark_scripts import benchmark_script

    sentences = benchmark_script("sentences")
    assert sentences is benchmark_script("sentences")
    assert callable(sentences.actor_key) and callable(benchmark_script("composed").match_events)


def _example(group: str, gold: list[dict], source: str = "USA", target: str = "CHN") -> Example:
    parties = {"verbal": [[source], [target]], "material": [[source], [target]]}
    return Example(group, [], "04", gold, False, parties)


def test_a_proposal_is_judged_by_the_composed_benchmarks_matcher() -> None:
    composed = [{"root": "07|03", "source": "USA", "target": "CHN"}]
    assert strict_right(_example("composed/x", composed), "03")  # an alternative root counts, as in the benchmark
    assert strict_right(_example("composed/x", composed), "07")
    assert not strict_right(_example("composed/x", composed), "04")
    assert not strict_right(_example("composed/x", composed, "CHN", "USA"), "07")  # the wrong way round
    mutual = [{"root": "19", "source": "USAMIL", "target": "CHNMIL", "mutual": True}]
    assert strict_right(_example("composed/x", mutual, "CHNGOV", "USAGOV"), "19")
    assert strict_right(_example("composed/x", [{"root": "04", "source": "USA", "target": "CHN"}], "CHN", "USA"), "04")


def test_a_proposal_is_judged_by_the_sentence_benchmarks_judge() -> None:
    record = {"code": "042", "alt_codes": ["036"], "source": "USAGOV", "target": "CHNGOV"}
    assert strict_right(_example("sentences/x", [record]), "04")
    assert strict_right(_example("sentences/x", [record]), "03")
    assert not strict_right(_example("sentences/x", [record], "USA", "JPN"), "04")
    # a side the record leaves open is not scored
    assert strict_right(_example("sentences/x", [{"code": "111", "target": "CHN"}], "RUS", "CHN"), "11")


def test_a_proposal_without_firm_parties_is_never_right() -> None:
    example = Example("composed/x", [], "04", [{"root": "04", "source": "USA", "target": "CHN"}], False, {})
    assert not strict_right(example, "04")


def test_a_gold_sentence_is_found_at_its_offset_when_a_story_repeats_it() -> None:
    text = "Ghana protested to Togo. Talks followed. Ghana protested to Togo. Nothing else."
    repeated = text.index("Ghana protested", 5)
    assert _sentence_start(text, {"sentence": "Ghana protested to Togo.", "start": repeated}) == repeated
    assert _sentence_start(text, {"sentence": "Ghana protested to Togo."}) == 0  # no offset: the first one
    assert _sentence_start(text, {"sentence": "Talks followed.", "start": 3}) == text.index("Talks")  # a stale offset


def test_reach_counts_what_any_proposer_could_get_right() -> None:
    parties = {"verbal": [["PAKGOV"], ["AFGGOV"]], "material": [["PAKGOV"], ["AFGGOV"]]}
    gold = [{"root": "19", "source": "PAK", "target": "AFG"}, {"root": "04", "source": "IND", "target": "AFG"}]
    shelled = Example("wire/a1", ["t=ferry", "pos=VERB", "countries=3"], "19", gold, False, parties)
    copula = Example("wire/a2", ["t=be", "pos=AUX", "countries=2"], "19", gold[:1], False, parties)
    partyless = Example("composed/c", ["t=strike", "pos=VERB", "countries=1"], "19", gold[:1], False, {})
    coded = Example("wire/a3", ["t=shell", "pos=VERB", "countries=2"], "19", gold[:1], True, parties)
    quiet = Example("wire/a4", ["t=shell", "pos=VERB", "countries=2"], "none", [], False, parties)
    tallies = reach([shelled, copula, partyless, coded, quiet])
    wire = tallies["wire"]  # the rule-coded sentence and the one with no gold event are not counted
    assert wire["gold events"] == 3 and wire["two countries named"] == 3 and wire["firm parties"] == 3
    assert wire["right with a gold root"] == 2  # the Indian visit is not between the parties found
    assert wire["... on a trigger it may read"] == 1  # never on a copula
    assert tallies["composed"]["gold events"] == 1 and tallies["composed"]["firm parties"] == 0


def test_sentence_position_and_previous_sentence() -> None:
    doc = load_nlp()("Seoul protested on Monday. Beijing rejected the protest. Talks resumed on Friday.")
    sents = list(doc.sents)
    assert [_position(s) for s in sents] == [0, 1, 2]
    assert previous_sentence(sents[0]) is None
    assert previous_sentence(sents[2]).text == sents[1].text


@pytest.mark.parametrize("text", ['"We will not yield," he said.', "``We will not yield,'' he said."])
def test_quotes_are_read_in_every_form(text: str) -> None:
    sent = next(load_nlp()(text).sents)
    assert "ctx=quoted" in context_features(sent)


def test_unquoted_sentence_is_not_quoted() -> None:
    sent = next(load_nlp()("Seoul protested to Beijing on Monday.").sents)
    assert "ctx=quoted" not in context_features(sent)
