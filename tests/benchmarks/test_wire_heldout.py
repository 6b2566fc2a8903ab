"""The wire HELD-OUT set (benchmarks/wire_heldout/): real news read from ../shared by id, gold by offsets.

Figures only: these tests check that the set loads through the wire DEV set's loader, that its offsets resolve
and its hashes match, and that `--errors` is refused. They never print its sentences.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks"
WIRE = BENCH / "wire_heldout"


def read_golds() -> dict[str, dict]:
    lines = (WIRE / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return {g["id"]: g for g in map(json.loads, lines) if g}


def test_heldout_wire_is_a_set_of_its_own(composed):
    assert composed.SETS["heldout-wire"] == ["wire_heldout"]
    assert "heldout-wire" in composed.SET_TITLES
    # heldoutall stays the two composed held-out sets, so its figures compare across sessions.
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    for name, folders in composed.SETS.items():
        if name != "heldout-wire":
            assert "wire_heldout" not in folders


def test_articles_carry_no_text_and_gold_no_sentence():
    lines = [json.loads(x) for x in (WIRE / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    assert lines and all(set(x) == {"id", "date"} for x in lines)
    golds = read_golds()
    assert list(golds) == [x["id"] for x in lines]
    assert all("sentence" not in e and {"start", "end", "sha1"} <= set(e) for g in golds.values() for e in g["events"])


def test_no_article_is_also_in_the_wire_dev_set():
    def ids(folder: str) -> set[str]:
        text = (BENCH / folder / "articles.jsonl").read_text(encoding="utf-8")
        return {json.loads(x)["id"] for x in text.splitlines() if x.strip()}

    assert not ids("wire_heldout") & ids("wire_dev")


def test_set_loads_offsets_resolve_and_hashes_match(resolve_wire_set):
    golds = resolve_wire_set(WIRE)
    events = [e for g in golds.values() for e in g["events"]]
    assert events and all(g["actors"] == [] for g in golds.values())
    assert all(e["root"] and all(len(r) == 2 and r.isdigit() for r in e["root"].split("|")) for e in events)


def test_a_changed_span_is_refused(composed):
    articles = composed.wire_articles(WIRE / "articles.jsonl")
    golds = read_golds()
    gold = next(g for g in golds.values() if g["events"])
    gold["events"][0]["start"] += 1
    with pytest.raises(SystemExit, match="sha1"):
        composed.fill_sentences(golds, articles)


def test_errors_are_refused_for_the_heldout_wire_set(composed, capsys):
    with pytest.raises(SystemExit) as refused:
        composed.main(["--set", "heldout-wire", "--errors"])
    assert refused.value.code == 2
    assert "refused" in capsys.readouterr().err
