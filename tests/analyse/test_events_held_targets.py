"""Force on a holding named by its owner's role is aimed at that owner (conflict_kinds.held_target): 'shelled rebel
positions', 'attacked a police station', 'blew up an army lorry', 'bombed a Syrian army post'.

The sentences are composed for these tests (none is copied from a benchmark or the wire) and run through the whole
pipeline; the negative cases guard parties of their own, roles that own nothing and sentences that place no owner.
The lexicon is the ``held_targets`` section of detente/data/cameo/conflict.yaml.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from detente.analyse.events.conflict_lexicon import ConflictLexiconError, load_conflict_lexicon, parse_conflict_lexicon
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


def force(text: str) -> set[tuple[str | None, str | None]]:
    """(source code, target code) of the text's events of force (roots 17-20)."""
    return {
        (e.source_actor.code if e.source_actor else None, e.target_actor.code if e.target_actor else None)
        for e in analysed(text)
        if e.root in {"17", "18", "19", "20"}
    }


def test_the_lexicon_maps_owners_to_roles() -> None:
    lexicon = load_conflict_lexicon()
    assert lexicon.holding_owners["rebel"] == "REB" and lexicon.holding_owners["police"] == "COP"
    assert {"position", "camp", "checkpoint"} <= lexicon.holdings


def test_a_role_that_is_no_three_letter_code_fails_at_load_time() -> None:
    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("conflict.yaml").read_text(encoding="utf-8"))
    raw["held_targets"]["owners"]["rebel"] = "REBEL"
    with pytest.raises(ConflictLexiconError, match="held_targets.owners"):
        parse_conflict_lexicon(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the doer's country: a state's forces and its challengers fight at home
        (
            "Nepalese soldiers shelled guerrilla positions in the hills west of the capital on Sunday.",
            ("NPLMIL", "NPLREB"),
        ),
        # rebels a state's forces strike across a border are still that state's own
        ("Colombian soldiers bombed a guerrilla camp inside Venezuelan territory on Sunday.", ("COLMIL", "COLREB")),
        # the country the place in the object names
        ("Masked gunmen attacked a police checkpoint in northern Peru on Sunday.", (None, "PERCOP")),
        # a country named on the holding
        ("Turkish jets bombed an Iraqi army outpost near the border on Sunday.", ("TUR", "IRQMIL")),
    ],
)
def test_force_on_a_holding_is_aimed_at_its_owner(text: str, expected: tuple[str | None, str]) -> None:
    found = force(text)
    source, target = expected
    assert any(t == target and (source is None or (s or "").startswith(source)) for s, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # a party of its own is the target
        "Rebel fighters attacked the convoy of the Norwegian envoy near the border on Sunday.",
        # a role that owns nothing named: a town the rebels hold is no rebel holding
        "Government troops shelled the rebel-held town near the border on Sunday.",
    ],
)
def test_no_owner_is_read_where_the_holding_names_none(text: str) -> None:
    found = force(text)
    assert not any(t and t.endswith("REB") for _s, t in found), found
