"""`detente events` as a user runs it: a real DuckDB file, a real process, each filter checked."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.analyse.events.codes import cameo_code
from detente.cli import main
from detente.model import ActorRef, Article, Event, Sentence
from detente.store import Store

TEXT = "Xi met Lee in Gyeongju. Japan shelled Korea. Korea criticised China. China banned imports long ago."


def event(source: str, code: str, target: str | None, when: str | None, sentence: int, **extra) -> Event:
    info = cameo_code(code)
    return Event(
        source_actor=ActorRef(name=source, code=source, actor=source),
        target_actor=ActorRef(name=target, code=target, actor=target) if target else None,
        cameo=code,
        root=info.root,
        quad_class=info.quad_class,
        goldstein=info.goldstein,
        plover=info.plover,
        date=when,
        date_source="sentence" if when else None,
        sentence=sentence,
        start=0,
        end=2,
        trigger="x",
        **extra,
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("events") / "events.duckdb"
    sentences = [Sentence(start=0, end=23), Sentence(start=24, end=44), Sentence(start=45, end=68)]
    article = Article(
        id="art1",
        text=TEXT,
        content_hash="h-events-1",
        date="2026-01-06",
        sentences=sentences,
        events=[
            event("CHNGOV", "040", "KORGOV", "2025-11-01", 0, place="Gyeongju", confidence=0.9),
            event("JPNMIL", "194", "KOR", "2026-01-05", 1, confidence=0.8),
            event("KOR", "111", "CHN", None, 2, confidence=0.6),
            event("CHN", "163", None, None, 3, historical=True),
        ],
    )
    with Store(path) as store:
        store.write([article])
    return path


def run(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "detente", "events", "--db", str(db), *args], capture_output=True, text=True, timeout=120
    )


def rows(db: Path, *args: str) -> list[dict]:
    """The command in-process (the filters are many; one real process is checked below)."""
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def codes(found: list[dict]) -> list[str]:
    return [r["cameo"] for r in found]


def test_lists_all_with_the_sentence_in_date_order(db: Path) -> None:
    found = rows(db)
    assert codes(found) == ["163", "040", "194", "111"]  # historical first (no date -> article date order)
    meeting = found[1]
    assert meeting["sentence_text"] == "Xi met Lee in Gyeongju."
    assert (meeting["date"], meeting["place"], meeting["plover"]) == ("2025-11-01", "Gyeongju", "CONSULT")
    assert found[3]["date"] == "2026-01-06"  # no date of its own: the article's


def test_filters(db: Path) -> None:
    assert codes(rows(db, "--actor", "KOR")) == ["040", "194", "111"]  # prefix matches KORGOV too
    assert codes(rows(db, "--actor", "korgov")) == ["040"]
    assert codes(rows(db, "--dyad", "KOR", "CHN")) == ["040", "111"]  # either direction
    assert codes(rows(db, "--dyad", "KOR", "CHN", "--directed")) == ["111"]
    assert codes(rows(db, "--root", "19", "--root", "4")) == ["040", "194"]
    assert codes(rows(db, "--quad-class", "3", "--quad-class", "4")) == ["163", "194", "111"]
    assert codes(rows(db, "--since", "2026-01-01")) == ["194", "111"]
    assert codes(rows(db, "--until", "2025-12-31", "--no-historical")) == ["040"]
    assert codes(rows(db, "--limit", "1")) == ["163"]
    assert codes(rows(db, "--min-confidence", "0.8")) == ["040", "194"]  # no confidence counts as none
    assert codes(rows(db, "--min-confidence", "0")) == ["163", "040", "194", "111"]


def test_csv_and_table_output(db: Path) -> None:
    result = run(db, "--format", "csv", "--root", "04")
    assert result.returncode == 0, result.stderr
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["source"], row["cameo"], row["target"]) == ("CHNGOV", "040", "KORGOV")
    table = CliRunner().invoke(main, ["events", "--db", str(db), "--dyad", "JPN", "KOR"])
    assert table.exit_code == 0 and "194" in table.stdout and "1 events" in table.stdout


def test_bad_input_is_named(db: Path, tmp_path: Path) -> None:
    result = run(db, "--since", "last week")
    assert result.returncode != 0 and "--since" in result.stderr
    result = run(db, "--min-confidence", "80")
    assert result.returncode != 0 and "--min-confidence" in result.stderr
    missing = run(tmp_path / "none.duckdb")
    assert missing.returncode != 0 and "no such database" in missing.stderr


@pytest.mark.slow
def test_samples_ingested_then_listed_by_dyad(tmp_path: Path, samples_dir: Path) -> None:
    db = tmp_path / "samples.duckdb"
    ingested = CliRunner().invoke(main, ["ingest", str(samples_dir), "--db", str(db)])
    assert ingested.exit_code == 0, ingested.output
    meetings = rows(db, "--dyad", "KOR", "CHN", "--root", "04")
    assert meetings and all(r["sentence_text"] and r["trigger"] for r in meetings)
    assert {"2025-11-01", "2026-01-05", "2026-01-06"} <= {r["date"] for r in meetings}
    assert rows(db, "--dyad", "KOR", "CHN", "--quad-class", "3", "--quad-class", "4") == []
    with Store(db, read_only=True) as store:
        linked = store.conn.execute(
            "SELECT count(*) FROM event e JOIN actor a ON a.article_id = e.article_id AND a.id = e.source_actor_actor"
        ).fetchone()[0]
        total = store.conn.execute("SELECT count(*) FROM event WHERE source_actor_actor IS NOT NULL").fetchone()[0]
    assert total and linked == total  # every source points at a stored actor of its article
