"""The second wire DEV set (benchmarks/wire_dev2/): real news read from ../shared by id, gold by offsets.

These tests check that the set loads through the wire DEV set's loader, that its offsets resolve and its hashes
match, and that its articles share no position with wire_dev or wire_heldout. They never print its sentences.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev2"


def ids(folder: str) -> list[str]:
    text = (BENCH / folder / "articles.jsonl").read_text(encoding="utf-8")
    return [json.loads(x)["id"] for x in text.splitlines() if x.strip()]


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


def test_positions_share_nothing_with_the_other_wire_sets(composed):
    mine = ids("wire_dev2")
    assert len(set(mine)) == len(mine)
    assert not set(mine) & set(ids("wire_dev"))
    assert not set(mine) & set(ids("wire_heldout"))
    sys.path.insert(0, str(BENCH))
    try:
        events = importlib.import_module("events")
    finally:
        sys.path.remove(str(BENCH))
    position = {a.id: i for i, a in enumerate(events.newswire(2452))}
    # Every 20th article from 1400, in order; wire_dev took 400, 420, ... 1380 and wire_heldout 410, 430, ... 1390.
    assert [position[x] for x in mine] == list(range(1400, 1400 + 20 * len(mine), 20))
    assert max(position[x] for x in ids("wire_dev") + ids("wire_heldout")) < 1400


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)
