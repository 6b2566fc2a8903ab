"""The acceptance model's gate on the learned linker's fills: which role the linker filled, how sure it was."""

from __future__ import annotations

import pytest

import detente.analyse.events.acceptance as acceptance
from detente.analyse.events.acceptance import AcceptanceModel, recording
from detente.analyse.events.acceptance.features import linked_features
from detente.analyse.events.linker import LinkerModel, load_linker_model, using

from .test_events import events_of, triples

# An appeal with no addressee, and a donor named in the sentence before it: the linker fills the appeal's target.
APPEAL = (
    "Japan and China signed a trade agreement in Beijing on Monday. Chile appealed for international help after "
    "the earthquake on Tuesday. Japan pledged aid on Wednesday."
)


def _filling() -> LinkerModel:
    """The shipped linker weights under the fill policy, whatever policy ships."""
    return LinkerModel(load_linker_model().weights, "fill", 0.5, 1.0)


def _features(nlp, text: str, linker: LinkerModel) -> list[tuple[str, dict[str, float]]]:
    with using(linker), recording() as recorded:
        events_of(nlp, text)
    return [(e.cameo, f) for events, features in recorded for e, f in zip(events, features, strict=True)]


def test_linked_features_name_the_role_and_the_bucketed_probability() -> None:
    assert linked_features({}) == {}
    assert linked_features({"target": 0.93}) == {"linked:target": 1.0, "linked-p:0.9": 1.0, "linked:target:0.9": 1.0}
    both = linked_features({"source": 0.55, "target": 0.71})
    assert both["linked:source:0.5"] == both["linked:target:0.7"] == 1.0
    assert both["linked-p:0.5"] == both["linked-p:0.7"] == 1.0


def test_a_filled_party_is_marked_for_the_acceptance_model(nlp) -> None:
    filled = [features for code, features in _features(nlp, APPEAL, _filling()) if code.startswith("02")]
    assert filled and all(features.get("linked:target") == 1.0 for features in filled)
    # the agreement had both parties from the rules: nothing is marked on it
    signed = [features for code, features in _features(nlp, APPEAL, _filling()) if code.startswith("05")]
    assert signed and not any(name.startswith("linked") for features in signed for name in features)


def test_with_the_linker_off_no_event_is_marked(nlp) -> None:
    off = LinkerModel(load_linker_model().weights, "off")
    assert not any(name.startswith("linked") for _, features in _features(nlp, APPEAL, off) for name in features)


@pytest.mark.parametrize(("weight", "kept"), [(-30.0, False), (0.0, True)])
def test_the_acceptance_model_keeps_or_drops_a_filled_appeal_by_its_linked_weight(
    nlp, monkeypatch, weight: float, kept: bool
) -> None:
    # every event is likely but the one the linker completed, which the linked feature's weight decides
    model = AcceptanceModel({"bias": 2.0, "linked:target": weight}, floor=0.25)
    monkeypatch.setattr(acceptance, "load_acceptance_model", lambda: model)
    with using(_filling()):
        found = triples(events_of(nlp, APPEAL))
    assert ("JPN", "057", "CHN") in found or any(c.startswith("05") for _s, c, _t in found)
    assert any(s == "CHL" and c.startswith("02") and t is not None for s, c, t in found) is kept


def test_the_linker_never_fills_a_party_with_the_other_partys_country(nlp) -> None:
    # the only coded mentions in reach are the doer's own country: however sure the model, no target is filled
    text = "Chile appealed for international help after the earthquake. Chile thanked the donors on Tuesday."
    eager = LinkerModel({"target:bias": 30.0, "source:bias": 30.0}, "fill", 0.3, 1.0)
    marked = _features(nlp, text, eager)
    assert marked and not any(name.startswith("linked") for _code, features in marked for name in features)
    with using(eager):
        found = triples(events_of(nlp, text))
    assert found and all(s == "CHL" and t is None for s, _c, t in found)


def test_the_cv_report_drops_what_the_stage_drops_later() -> None:
    from detente.analyse.events.acceptance.train import _survives

    def row(**features: float) -> dict:
        return {"features": {"bias": 1.0, **features}}

    full = row(**{"quad:4": 1.0, "root:19": 1.0})
    assert _survives(0.6, full, lead=False)
    assert not _survives(0.2, full, lead=False) and _survives(0.2, full, lead=True)
    assert not _survives(0.05, full, lead=True)  # under the article floor even as its sentence's lead
    assert not _survives(0.6, row(**{"quad:4": 1.0, "source:missing": 1.0}), lead=True)
    aid_to_nobody = row(**{"quad:2": 1.0, "root:07": 1.0, "target:missing": 1.0})
    appeal_to_nobody = row(**{"quad:1": 1.0, "root:02": 1.0, "target:missing": 1.0})
    assert not _survives(0.6, aid_to_nobody, lead=True) and _survives(0.6, appeal_to_nobody, lead=True)
