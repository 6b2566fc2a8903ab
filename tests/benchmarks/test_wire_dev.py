"""The wire DEV set (benchmarks/wire_dev/): real news read from ../shared by id, gold sentences by offsets."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev"


def test_wire_set_is_a_set_of_its_own_and_not_in_devall(composed):
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert "wire_dev" not in composed.SETS["devall"]


def test_articles_carry_no_text_and_gold_no_sentence():
    lines = [json.loads(x) for x in (WIRE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all(set(x) == {"id", "date"} for x in lines)
    golds = [json.loads(x) for x in (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in golds] == [x["id"] for x in lines]
    assert all("sentence" not in e and {"start", "end", "sha1"} <= set(e) for g in golds for e in g["events"])


def test_offsets_resolve_and_hashes_match(resolve_wire_set):
    assert resolve_wire_set(WIRE)


def test_a_changed_span_is_refused(composed):
    articles = composed.wire_articles(WIRE / "articles.jsonl")
    golds = {g["id"]: g for g in map(json.loads, (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    gold = next(g for g in golds.values() if g["events"])
    gold["events"][0]["start"] += 1
    with pytest.raises(SystemExit, match="sha1"):
        composed.fill_sentences(golds, articles)


def test_composed_sets_still_read_their_own_text(composed):
    assert composed.wire_articles(BENCH / "composed_dev" / "articles.jsonl") is None
