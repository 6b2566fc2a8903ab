"""The fourth wire DEV set (benchmarks/wire_dev4/): real news read from ../shared by id, gold by offsets.

These tests check that the set is registered on its own (not in devall nor in any held-out group), that it loads
through the wire DEV set's loader, that its offsets resolve and its hashes match, and that its articles share no
position with the other wire sets. They never print its sentences and never run detente on its articles.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev4"
OTHER_WIRE_SETS = (
    "wire_dev",
    "wire_heldout",
    "wire_dev2",
    "wire_heldout2",
    "wire_dev3",
    "wire_dev5",
    "wire_dev6",
    "wire_dev7",
    "wire_dev8",
)


def test_wiredev4_is_a_set_of_its_own(composed):
    assert composed.SETS["wiredev4"] == ["wire_dev4"]
    assert composed.SET_TITLES["wiredev4"] == "Wire dev set 4 (real news)"
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert composed.SETS["wiredev2"] == ["wire_dev2"]
    assert composed.SETS["wiredev3"] == ["wire_dev3"]
    assert composed.SETS["heldout-wireall"] == ["wire_heldout", "wire_heldout2"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "wiredev4":
            assert "wire_dev4" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_dev4")
    others = [x for folder in OTHER_WIRE_SETS for x in wire_positions(folder)]
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 20th article from 415, in order (50 articles, 415 ... 1395); wire_dev3 took 405, 425, ... 1385,
    # wire_dev5 1405, 1425, ... 2385, wire_dev7 1415, 1435, ... 2395, wire_dev8 5, 15, ... 395 and the other wire
    # sets multiples of 10.
    assert [p for _, p in mine] == list(range(415, 415 + 20 * len(mine), 20))
    assert not {p for _, p in mine} & {p for _, p in others}
    assert all(
        p % 10 == 0 or (p - 405) % 20 == 0 or (p >= 1415 and (p - 1415) % 20 == 0) or (p < 400 and p % 10 == 5)
        for _, p in others
    )


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)
