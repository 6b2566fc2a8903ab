"""Optional per-stage timings of the analysis pipeline (used by benchmarks/throughput.py)."""

from __future__ import annotations

from detente.analyse import analyse
from detente.analyse.registry import ordered_stages
from detente.read import read_paths


def test_timings_cover_the_parse_and_every_stage_and_change_nothing(samples_dir):
    articles = list(read_paths([samples_dir]))
    timings: dict[str, float] = {}
    timed = list(analyse(articles, timings=timings))
    assert timed == list(analyse(articles))
    assert set(timings) == {"spacy", *(s.name for s in ordered_stages())}
    assert all(seconds >= 0 for seconds in timings.values())
    assert timings["spacy"] > 0  # parsing two full articles takes measurable CPU time
