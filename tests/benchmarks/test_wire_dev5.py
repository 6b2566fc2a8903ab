"""The fifth wire DEV set (benchmarks/wire_dev5/): real news read from ../shared by id, gold by offsets.

These tests check that the set is registered on its own (not in devall nor in any held-out group), that it loads
through the wire DEV set's loader, that its offsets resolve and its hashes match, and that its articles share no
position with the other wire sets. They never print its sentences and never run detente on its articles.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev5"
OTHER_WIRE_SETS = (
    "wire_dev",
    "wire_heldout",
    "wire_dev2",
    "wire_heldout2",
    "wire_dev3",
    "wire_dev4",
    "wire_dev6",
    "wire_dev7",
    "wire_dev8",
)


def test_wiredev5_is_a_set_of_its_own(composed):
    assert composed.SETS["wiredev5"] == ["wire_dev5"]
    assert composed.SET_TITLES["wiredev5"] == "Wire dev set 5 (real news)"
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert composed.SETS["wiredev2"] == ["wire_dev2"]
    assert composed.SETS["wiredev3"] == ["wire_dev3"]
    assert composed.SETS["wiredev4"] == ["wire_dev4"]
    assert composed.SETS["heldout-wireall"] == ["wire_heldout", "wire_heldout2"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "wiredev5":
            assert "wire_dev5" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_dev5")
    others = [x for folder in OTHER_WIRE_SETS for x in wire_positions(folder)]
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 20th article from 1405, in order (50 articles, 1405 ... 2385); wire_dev3 took 405, 425, ... 1385,
    # wire_dev4 415, 435, ... 1395, wire_dev7 1415, 1435, ... 2395, wire_dev8 5, 15, ... 395 (p - 405 a multiple
    # of 10, below 1400) and the other wire sets multiples of 10.
    assert [p for _, p in mine] == list(range(1405, 1405 + 20 * len(mine), 20))
    assert not {p for _, p in mine} & {p for _, p in others}
    assert all(
        p % 10 == 0 or (p < 1400 and (p - 405) % 10 == 0) or (p >= 1415 and (p - 1415) % 20 == 0) for _, p in others
    )


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)
