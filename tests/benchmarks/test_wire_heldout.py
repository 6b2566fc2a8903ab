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


def test_heldout_wire_is_a_set_of_its_own(composed):
    assert composed.SETS["heldout-wire"] == ["wire_heldout"]
    assert "heldout-wire" in composed.SET_TITLES
    # heldoutall stays the two composed held-out sets, so its figures compare across sessions.
    assert composed.SETS["heldoutall"] == ["composed", "composed_heldout_b"]
    # Only heldout-wireall (both real-news held-out sets, figures only) scores it besides.
    for name, folders in composed.SETS.items():
        if name not in ("heldout-wire", "heldout-wireall"):
            assert "wire_heldout" not in folders


def test_no_article_is_also_in_the_wire_dev_set():
    def ids(folder: str) -> set[str]:
        text = (BENCH / folder / "articles.jsonl").read_text(encoding="utf-8")
        return {json.loads(x)["id"] for x in text.splitlines() if x.strip()}

    assert not ids("wire_heldout") & ids("wire_dev")


def test_files_carry_no_text_offsets_resolve_hashes_match_and_a_moved_span_is_refused(check_wire_gold):
    check_wire_gold(WIRE)


def test_errors_are_refused_for_the_heldout_wire_set(composed, capsys):
    with pytest.raises(SystemExit) as refused:
        composed.main(["--set", "heldout-wire", "--errors"])
    assert refused.value.code == 2
    assert "refused" in capsys.readouterr().err
