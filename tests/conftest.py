"""Shared fixtures: the real sample articles (read from ../shared, never copied) and the real pipeline."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SAMPLES = SHARED / "samples"
KOREA_SAMPLE = SAMPLES / "korea-china-shanghai-2026-01-06.txt"
CGTN_SAMPLE = SAMPLES / "china-rok-gyeongju-cgtn.txt"
BENCHMARKS = SHARED / "benchmarks"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    if not SAMPLES.is_dir():
        pytest.fail(f"{SAMPLES} is missing: the tests read the sample articles from ../shared beside the repo")
    return SAMPLES


@pytest.fixture(scope="session")
def analysed_samples(samples_dir: Path):
    """Both sample articles read and analysed by the full pipeline, keyed 'korea' and 'cgtn'."""
    from detente.analyse import analyse
    from detente.read import read_paths

    articles = {Path(a.path).name: a for a in analyse(x for x in read_paths([samples_dir]))}
    return {"korea": articles[KOREA_SAMPLE.name], "cgtn": articles[CGTN_SAMPLE.name]}


@pytest.fixture(scope="session")
def nlp():
    from detente.analyse.nlp import load_nlp

    return load_nlp()
