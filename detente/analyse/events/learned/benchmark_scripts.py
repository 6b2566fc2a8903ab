"""The benchmark scripts the training modules label DEV data with (their matchers are the ones the figures use).

They live in ``benchmarks/`` beside the package, not inside it, and import only from that folder: one helper puts
it on the path once and imports a script by name (``composed``, ``sentences``).
"""

from __future__ import annotations

import importlib
import json
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

BENCHMARKS = Path(__file__).resolve().parents[4] / "benchmarks"
# The real-news wire DEV sets both learned parts train on, each joining right after its one blind run (its README,
# "First run"); never the held-out wire sets.
WIRE_DEV_SETS = tuple(f"wire_dev{n}" for n in ("", 2, 3, 4, 5, 6, 7, 8, 9))


@cache
def benchmark_script(name: str) -> ModuleType:
    """``benchmarks/<name>.py`` as a module (its folder put on ``sys.path`` first, once)."""
    if str(BENCHMARKS) not in sys.path:
        sys.path.insert(0, str(BENCHMARKS))
    return importlib.import_module(name)


def sentence_event_right(record: dict, event) -> bool:
    """Whether an event codes a DEV sentence record, by the sentence benchmark's ``judge``: its root, and the
    source and target countries where the record names them (the label both learned parts train on)."""
    root_ok, source_ok, target_ok = benchmark_script("sentences").judge(record, event)
    return root_ok and (source_ok or not record.get("source")) and (target_ok or not record.get("target"))


def composed_set(folder: Path) -> tuple[list, dict[str, dict]]:
    """The articles and gold records (by article id) of a set in the composed benchmark's form, read as that
    benchmark reads them: a wire set's texts from the newswire archive, its gold sentences from their offsets."""
    from detente.model import Article  # noqa: PLC0415
    from detente.read import read_paths  # noqa: PLC0415

    composed = benchmark_script("composed")
    lines = (folder / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    golds = {g["id"]: g for g in map(json.loads, filter(str.strip, lines))}
    articles = composed.wire_articles(folder / "articles.jsonl")
    if articles is None:
        return [a for a in read_paths([folder / "articles.jsonl"]) if isinstance(a, Article)], golds
    composed.fill_sentences(golds, articles)
    return articles, golds
