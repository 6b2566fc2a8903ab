"""The second wire HELD-OUT set (benchmarks/wire_heldout2/): real news read from ../shared by id, gold by offsets.

Figures only: these tests check that the set loads through the wire DEV set's loader, that its offsets resolve
and its hashes match, that its articles share no position with the other wire sets, and that `--errors` is
refused for it and for heldout-wireall. They never print its sentences.
"""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_heldout2"


def test_heldout_wire2_is_a_set_of_its_own_and_scored_with_the_first_in_heldout_wireall(composed):
    assert composed.SETS["heldout-wire2"] == ["wire_heldout2"]
    assert composed.SETS["heldout-wireall"] == ["wire_heldout", "wire_heldout2"]
    assert "heldout-wire2" in composed.SET_TITLES and "heldout-wireall" in composed.SET_TITLES
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["heldout-wire"] == ["wire_heldout"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name not in ("heldout-wire2", "heldout-wireall"):
            assert "wire_heldout2" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_heldout2")
    others = (
        wire_positions("wire_dev")
        + wire_positions("wire_heldout")
        + wire_positions("wire_dev2")
        + wire_positions("wire_dev3")
        + wire_positions("wire_dev4")
        + wire_positions("wire_dev5")
        + wire_positions("wire_dev6")
        + wire_positions("wire_dev7")
        + wire_positions("wire_dev8")
        + wire_positions("wire_dev9")
    )
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 20th article from 1410, in order; wire_dev took 400, 420, ... 1380, wire_heldout 410, 430, ... 1390,
    # wire_dev2 1400, 1420, ... 2380, wire_dev3 405, 425, ... 1385, wire_dev4 415, 435, ... 1395, wire_dev5
    # 1405, 1425, ... 2385, wire_dev6 0, 10, ... 390 and 2400, 2410, ... 2450, wire_dev7 1415, 1435, ... 2395,
    # wire_dev8 5, 15, ... 395 and wire_dev9 2, 12, ... 392.
    assert [p for _, p in mine] == list(range(1410, 1410 + 20 * len(mine), 20))
    assert not {p for _, p in mine} & {p for _, p in others}


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)


@pytest.mark.parametrize("name", ["heldout-wire2", "heldout-wireall"])
def test_errors_are_refused_for_the_second_heldout_wire_set(composed, capsys, name):
    with pytest.raises(SystemExit) as refused:
        composed.main(["--set", name, "--errors"])
    assert refused.value.code == 2
    assert "refused" in capsys.readouterr().err
