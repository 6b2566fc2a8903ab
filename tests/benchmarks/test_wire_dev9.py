"""The ninth wire DEV set (benchmarks/wire_dev9/): real news read from ../shared by id, gold by offsets.

These tests check that the set is registered on its own (not in devall nor in any held-out group), that it loads
through the wire DEV set's loader, that its offsets resolve and its hashes match, that its events have the
format of the other wire sets, and that its articles share no position with the other wire sets. They never
print its sentences and never run detente on its articles.
"""

from __future__ import annotations

import json
from pathlib import Path

from .conftest import load_benchmark

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev9"
OTHER_WIRE_SETS = (
    "wire_dev", "wire_heldout", "wire_dev2", "wire_heldout2", "wire_dev3", "wire_dev4", "wire_dev5", "wire_dev6",
    "wire_dev7", "wire_dev8",
)  # fmt: skip
# every 10th article from 2 below 400
POSITIONS = list(range(2, 393, 10))
PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip


def test_wiredev9_is_a_set_of_its_own(composed):
    assert composed.SETS["wiredev9"] == ["wire_dev9"]
    assert composed.SET_TITLES["wiredev9"] == "Wire dev set 9 (real news)"
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert composed.SETS["wiredev2"] == ["wire_dev2"]
    assert composed.SETS["wiredev3"] == ["wire_dev3"]
    assert composed.SETS["wiredev4"] == ["wire_dev4"]
    assert composed.SETS["wiredev5"] == ["wire_dev5"]
    assert composed.SETS["wiredev6"] == ["wire_dev6"]
    assert composed.SETS["wiredev7"] == ["wire_dev7"]
    assert composed.SETS["wiredev8"] == ["wire_dev8"]
    assert composed.SETS["heldout-wireall"] == ["wire_heldout", "wire_heldout2"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "wiredev9":
            assert "wire_dev9" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_dev9")
    others = [x for folder in OTHER_WIRE_SETS for x in wire_positions(folder)]
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 10th article from 2 below 400, in order (40 articles, 2 ... 392); wire_dev6 took 0, 10, ... 390 (and
    # 2400 ... 2450), wire_dev8 5, 15, ... 395, and the other wire sets 400 ... 2395.
    assert [p for _, p in mine] == POSITIONS
    assert not {p for _, p in mine} & {p for _, p in others}
    assert all(p % 10 in (0, 5) or p >= 400 for _, p in others)


def test_the_free_pool_leaves_the_set_out():
    drops = load_benchmark("drops")
    assert list(drops.WIRE_DEV9_POSITIONS) == POSITIONS
    assert not any(drops.free_position(p) for p in POSITIONS)


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)


def test_events_have_the_wire_format():
    raw = [json.loads(x) for x in (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert all(set(g) == {"id", "events", "actors", "quotes", "dates", "amounts", "places"} for g in raw)
    keys = {"source", "target", "root", "plover", "date", "mutual", "start", "end", "sha1"}
    events = [e for g in raw for e in g["events"]]
    assert events and all(set(e) == keys for e in events)
    for e in events:
        assert isinstance(e["mutual"], bool) and 0 <= e["start"] < e["end"] and len(e["sha1"]) == 10
        assert e["source"] and e["source"].isupper() and (e["target"] is None or e["target"].isupper())
        roots = e["root"].split("|")
        # PLOVER at root level: null when an alternative is 01; 08 is CONCEDE or RETREAT
        if "01" in roots:
            assert e["plover"] is None
        else:
            want = [PLOVER.get(r) for r in roots]
            got = e["plover"].split("|")
            assert all(w is None or w in got for w in want) and len(got) <= len(roots)
            assert all(g in {*PLOVER.values(), "CONCEDE", "RETREAT"} for g in got)
        assert len(e["date"]) in {4, 7, 8, 10} and e["date"][:4] in {"1997", "2005", "2006"}
