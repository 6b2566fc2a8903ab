"""The wire DEV set (benchmarks/wire_dev/): real news read from ../shared by id, gold sentences by offsets."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_dev"


@pytest.fixture(scope="module")
def composed():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("composed_benchmark", BENCH / "composed.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        events = importlib.import_module("events")
    finally:
        sys.path.remove(str(BENCH))
    if not events.NEWSWIRE.is_file():
        pytest.skip(f"{events.NEWSWIRE} is missing: the wire set's texts are read from ../shared")
    return module


def test_wire_set_is_a_set_of_its_own_and_not_in_devall(composed):
    assert composed.SETS["wiredev"] == ["wire_dev"]
    assert "wire_dev" not in composed.SETS["devall"]


def test_articles_carry_no_text_and_gold_no_sentence():
    lines = [json.loads(x) for x in (WIRE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all(set(x) == {"id", "date"} for x in lines)
    golds = [json.loads(x) for x in (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [g["id"] for g in golds] == [x["id"] for x in lines]
    assert all("sentence" not in e and {"start", "end", "sha1"} <= set(e) for g in golds for e in g["events"])


def test_offsets_resolve_and_hashes_match(composed):
    articles = composed.wire_articles(WIRE / "articles.jsonl")
    golds = {g["id"]: g for g in map(json.loads, (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    assert [a.id for a in articles] == list(golds)
    composed.fill_sentences(golds, articles)
    texts = {a.id: a.text for a in articles}
    for article_id, gold in golds.items():
        for event in gold["events"]:
            span = texts[article_id][event["start"] : event["end"]]
            assert event["sentence"] == span and span.strip() == span and span
            assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == event["sha1"]
        assert gold["quotes"] == [] and gold["dates"] == []


def test_a_changed_span_is_refused(composed):
    articles = composed.wire_articles(WIRE / "articles.jsonl")
    golds = {g["id"]: g for g in map(json.loads, (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines())}
    gold = next(g for g in golds.values() if g["events"])
    gold["events"][0]["start"] += 1
    with pytest.raises(SystemExit, match="sha1"):
        composed.fill_sentences(golds, articles)


def test_composed_sets_still_read_their_own_text(composed):
    assert composed.wire_articles(BENCH / "composed_dev" / "articles.jsonl") is None
