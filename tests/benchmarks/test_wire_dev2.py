"""The second wire DEV set (benchmarks/wire_dev2/): real news read from ../shared by id, gold by offsets.

These tests check that the set loads through the wire DEV set's loader, that its offsets resolve and its hashes
match, and that its articles share no position with wire_dev or wire_heldout. They never print its sentences.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev2"


def test_wiredev2_is_a_set_of_its_own(composed):
    assert composed.SETS["wiredev2"] == ["wire_dev2"]
    assert "wiredev2" in composed.SET_TITLES
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert composed.SETS["heldout-wire"] == ["wire_heldout"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "wiredev2":
            assert "wire_dev2" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_dev2")
    others = wire_positions("wire_dev") + wire_positions("wire_heldout")
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 20th article from 1400, in order; wire_dev took 400, 420, ... 1380 and wire_heldout 410, 430, ... 1390.
    assert [p for _, p in mine] == list(range(1400, 1400 + 20 * len(mine), 20))
    assert max(p for _, p in others) < 1400


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)
