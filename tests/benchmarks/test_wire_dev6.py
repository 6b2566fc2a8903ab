"""The sixth wire DEV set (benchmarks/wire_dev6/): real news read from ../shared by id, gold by offsets.

These tests check that the set is registered on its own (not in devall nor in any held-out group), that it loads
through the wire DEV set's loader, that its offsets resolve and its hashes match, that its events have the
format of the other wire sets, and that its articles share no position with the other wire sets (wire DEV 5,
coded in the same session on another branch, included by its positions). They never print its sentences and
never run detente on its articles.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev6"
OTHER_WIRE_SETS = (
    "wire_dev",
    "wire_heldout",
    "wire_dev2",
    "wire_heldout2",
    "wire_dev3",
    "wire_dev4",
    "wire_dev5",
    "wire_dev7",
    "wire_dev8",
)
# every 10th article below 400 and from 2400 on
POSITIONS = [*range(0, 400, 10), *range(2400, 2452, 10)]
PLOVER = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip


def test_wiredev6_is_a_set_of_its_own(composed):
    assert composed.SETS["wiredev6"] == ["wire_dev6"]
    assert composed.SET_TITLES["wiredev6"] == "Wire dev set 6 (real news)"
    # The earlier sets keep their folders, so their figures compare across sessions.
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert composed.SETS["wiredev2"] == ["wire_dev2"]
    assert composed.SETS["wiredev3"] == ["wire_dev3"]
    assert composed.SETS["wiredev4"] == ["wire_dev4"]
    assert composed.SETS["wiredev5"] == ["wire_dev5"]
    assert composed.SETS["heldout-wireall"] == ["wire_heldout", "wire_heldout2"]
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "wiredev6":
            assert "wire_dev6" not in folders


def test_positions_share_nothing_with_the_other_wire_sets(wire_positions):
    mine = wire_positions("wire_dev6")
    others = [x for folder in OTHER_WIRE_SETS for x in wire_positions(folder)]
    assert len({x for x, _ in mine}) == len(mine)
    assert not {x for x, _ in mine} & {x for x, _ in others}
    # Every 10th article below 400 and from 2400 on, in order (46 articles: 0, 10, ... 390 and 2400, ... 2450);
    # the other wire sets took 400 ... 2395 (multiples of 10 every 20th, and 405 / 415 / 1405 / 1415 every 20th),
    # and wire_dev8 5, 15, ... 395.
    assert [p for _, p in mine] == POSITIONS
    assert not {p for _, p in mine} & {p for _, p in others}
    assert all(400 <= p < 2400 or (p < 400 and p % 10 == 5) for _, p in others)


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
