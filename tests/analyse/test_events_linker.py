"""The learned party linker (detente.analyse.events.linker): features, the weights file, the policy."""

from __future__ import annotations

import pytest

from detente.analyse.events.actors import ActorIndex
from detente.analyse.events.linker import LinkerModel, load_linker_model, recording, using
from detente.analyse.events.linker.features import candidates, dependency_path, mention_features
from detente.analyse.events.linker.model import parse_model
from detente.analyse.events.linker.train import right

from .test_events import compose, events_of, triples


def _records(nlp, text: str) -> list[dict]:
    with recording() as recorded:
        events_of(nlp, text)
    return list(recorded)


def _mention(record: dict, side: str) -> dict:
    return next(m for m in record["mentions"] if m["side"] == side)


def test_met_with_subject_is_a_source_candidate_and_with_object_a_target_candidate(nlp) -> None:
    (record,) = [r for r in _records(nlp, "China met with Vietnam in Hanoi on Monday.") if r["root"] == "04"]
    chinese, vietnamese = _mention(record, "CHN"), _mention(record, "VNM")
    assert "source:path=nsubj" in chinese["source"]
    assert "source:before" in chinese["source"]
    assert "target:path=prep_with>pobj" in vietnamese["target"]
    assert "target:after" in vietnamese["target"]
    assert "source:rules-chose" in chinese["source"]
    assert "target:rules-chose" in vietnamese["target"]


def test_previous_sentence_mentions_are_candidates(nlp) -> None:
    doc, article = compose(nlp, "Chile asked for help. Japan pledged aid on Tuesday.")
    sentences = list(doc.sents)
    index = ActorIndex(article.actors)

    class Act:  # the few fields the candidate finder reads
        anchor = sentences[1][1]

    found = candidates(Act(), sentences[1], index)  # type: ignore[arg-type]
    sides = [(m.side, m.previous) for m in found]
    assert sides == [("CHL", True), ("JPN", False)]


def test_dependency_path_names_prepositions(nlp) -> None:
    doc = nlp("Iran protested against Israel.")
    assert dependency_path(doc[1], doc[3]) == ["prep_against", "pobj"]
    assert dependency_path(doc[1], doc[0]) == ["nsubj"]
    assert dependency_path(doc[3], doc[0]) == ["^pobj", "^prep", "nsubj"]


def test_previous_sentence_features_carry_no_path(nlp) -> None:
    (record,) = [r for r in _records(nlp, "Chile asked for help. Japan pledged aid on Tuesday.") if r["root"] == "03"]
    chile = _mention(record, "CHL")
    assert "target:previous-sentence" in chile["target"]
    assert not any(name.startswith("target:path=") for name in chile["target"])
    assert mention_features  # (the role-free features are what the record holds, under each role)


def test_shipped_model_loads_and_scores() -> None:
    model = load_linker_model()
    assert model.weights
    def chance(role: str, path: str) -> float:
        return model.probability({f"{role}:bias": 1.0, f"{role}:path={path}": 1.0})

    assert 0.0 < chance("source", "nsubj") < 1.0
    # a verb's subject is its likelier source, its object its likelier target
    assert chance("source", "nsubj") > chance("source", "dobj")
    assert chance("target", "dobj") > chance("target", "nsubj")


def test_bad_model_files_are_refused() -> None:
    with pytest.raises(ValueError):
        parse_model({"weights": {"a": "x"}})
    with pytest.raises(ValueError):
        parse_model({"weights": {}, "policy": "sometimes"})
    assert parse_model({"weights": {"a": 1}}).policy == "off"


def _filling() -> LinkerModel:
    """The shipped weights under the fill policy (whatever policy ships)."""
    shipped = load_linker_model()
    return LinkerModel(shipped.weights, "fill", 0.5, 1.0)


def test_fill_policy_gives_a_pledge_the_recipient_named_the_sentence_before(nlp) -> None:
    text = "Chile appealed for international help after the earthquake. Japan pledged aid on Tuesday."
    with using(_filling()):
        found = triples(events_of(nlp, text))
    assert any(s == "JPN" and c.startswith("03") and t == "CHL" for s, c, t in found)


def test_fill_never_links_an_actor_against_its_own_side(nlp) -> None:
    # the only other party in reach is the doer's own country: no target is filled
    text = "Japan held a cabinet meeting on Monday. Japan pledged aid on Tuesday."
    with using(LinkerModel({"target:bias": 30.0, "source:bias": 30.0}, "fill", 0.5, 1.0)):
        found = triples(events_of(nlp, text))
    assert not any(s is not None and s == t for s, _c, t in found)
    assert not any(t == "JPN" for _s, _c, t in found)


def test_off_policy_changes_nothing(nlp) -> None:
    text = "Chile appealed for international help after the earthquake. Japan pledged aid on Tuesday."
    with using(LinkerModel({"target:bias": 30.0}, "off", 0.5, 1.0)):
        off = triples(events_of(nlp, text))
    with using(LinkerModel({}, "off")):
        assert triples(events_of(nlp, text)) == off


def test_linking_is_right_when_the_side_is_gold_or_both_name_nobody() -> None:
    assert right({"CHN"}, ["CHN"])
    assert right(set(), [])
    assert not right(set(), ["CHN"])
    assert not right({"RUS"}, ["CHN"])
