"""Shared fixture of the wire sets' tests: benchmarks/composed.py loaded as a module, skipped without ../shared."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def load_benchmark(name: str):
    """benchmarks/NAME.py as a module, with the benchmarks folder on the path while it imports its siblings."""
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location(f"{name}_benchmark", BENCH / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(BENCH))
    return module


@pytest.fixture(scope="module")
def composed():
    """benchmarks/composed.py as a module; skips when the newswire archive in ../shared (the texts) is absent."""
    module = load_benchmark("composed")
    events = load_benchmark("events")
    if not events.NEWSWIRE.is_file():
        pytest.skip(f"{events.NEWSWIRE} is missing: the wire set's texts are read from ../shared")
    return module


@pytest.fixture(scope="module")
def wire_positions(composed):
    """A function giving the ids of a wire set folder (articles.jsonl, in order) with each article's position in
    newswire(2452), the list every wire set takes every 20th article of."""
    position = {a.id: i for i, a in enumerate(load_benchmark("events").newswire(2452))}

    def positions(folder: str) -> list[tuple[str, int]]:
        text = (BENCH / folder / "articles.jsonl").read_text(encoding="utf-8")
        ids = [json.loads(x)["id"] for x in text.splitlines() if x.strip()]
        return [(x, position[x]) for x in ids]

    return positions


@pytest.fixture(scope="module")
def resolve_wire_set(composed):
    """A function reading a wire set folder through composed.py's loader and checking every gold span: the
    articles are those of articles.jsonl in order, each offset pair gives a non-empty stripped sentence whose
    sha1 matches; returns the golds with their sentences filled in (never printed)."""

    def resolve(folder: Path, articles: list | None = None) -> dict[str, dict]:
        # (``articles``: the set's articles already read by ``composed.wire_articles``, not read again)
        articles = articles if articles is not None else composed.wire_articles(folder / "articles.jsonl")
        lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        golds = {g["id"]: g for g in map(json.loads, lines) if g}
        assert [a.id for a in articles] == list(golds)
        composed.fill_sentences(golds, articles)
        texts = {a.id: a.text for a in articles}
        for article_id, gold in golds.items():
            for event in gold["events"]:
                span = texts[article_id][event["start"] : event["end"]]
                assert event["sentence"] == span and span.strip() == span and span
                assert hashlib.sha1(span.encode("utf-8")).hexdigest()[:10] == event["sha1"]
            assert gold["quotes"] == [] and gold["dates"] == []
        return golds

    return resolve


@pytest.fixture(scope="module")
def check_wire_gold(composed, resolve_wire_set):
    """A function running the checks every wire set's gold shares: articles.jsonl carries only ids and dates
    and gold.jsonl offsets, no text; the set resolves (see resolve_wire_set), it has events and no actor gold,
    every root is two digits (alternatives joined by "|"), and the loader refuses a gold span moved by one
    character (the sha1 no longer matches)."""

    def check(folder: Path) -> None:
        lines = [json.loads(x) for x in (folder / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
        assert lines and all(set(x) == {"id", "date"} for x in lines)
        raw = [json.loads(x) for x in (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()]
        assert [g["id"] for g in raw] == [x["id"] for x in lines]
        assert all("sentence" not in e and {"start", "end", "sha1"} <= set(e) for g in raw for e in g["events"])
        articles = composed.wire_articles(folder / "articles.jsonl")
        golds = resolve_wire_set(folder, articles)
        events = [e for g in golds.values() for e in g["events"]]
        assert events and all(g["actors"] == [] for g in golds.values())
        assert all(e["root"] and all(len(r) == 2 and r.isdigit() for r in e["root"].split("|")) for e in events)
        lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
        fresh = {g["id"]: g for g in map(json.loads, lines) if g}
        next(g for g in fresh.values() if g["events"])["events"][0]["start"] += 1
        with pytest.raises(SystemExit, match="sha1"):
            composed.fill_sentences(fresh, articles)

    return check
