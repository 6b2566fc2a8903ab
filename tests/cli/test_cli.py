"""The `detente` command as a user runs it: a real process, real files, exit codes and messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from detente.store import Store


def detente(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "detente", *args], capture_output=True, text=True, cwd=cwd, timeout=300
    )


def test_help_teaches_with_an_example():
    for command in ("ingest", "extract", "stats", "schema"):
        result = detente(command, "--help")
        assert result.returncode == 0
        assert "Example" in result.stdout, command


@pytest.mark.slow
def test_extract_prints_one_record_per_sample(samples_dir):
    result = detente("extract", *sorted(str(p) for p in samples_dir.glob("*.txt")))
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 2
    by_date = {r["date"]: r for r in records}
    cgtn, korea = by_date["2025-11-01"], by_date["2026-01-06"]
    assert (cgtn["source"], cgtn["syndicated_by"]) == ("CGTN", "Cloud PR Wire")
    assert korea["dateline"] == "SHANGHAI"
    for record in records:
        for field in (
            "id",
            "path",
            "url",
            "title",
            "date",
            "date_source",
            "dateline",
            "byline",
            "source",
            "syndicated_by",
            "language",
            "text",
            "sentences",
            "actors",
            "events",
            "quotes",
            "amounts",
            "dates",
            "places",
            "tone",
        ):
            assert field in record
        text = record["text"]
        assert all(0 <= s["start"] < s["end"] <= len(text) for s in record["sentences"])
        assert "Disclaimer" not in text


@pytest.mark.slow
def test_extract_json_array_and_bad_input_exit_status(tmp_path, samples_dir):
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\xff" * 64)
    result = detente(
        "extract", "--format", "json", str(samples_dir / "korea-china-shanghai-2026-01-06.txt"), str(binary)
    )
    assert result.returncode == 1
    assert len(json.loads(result.stdout)) == 1
    assert f"{binary}: binary file" in result.stderr


@pytest.mark.slow
def test_ingest_reingest_and_stats(tmp_path, samples_dir):
    db = tmp_path / "d.duckdb"
    first = detente("ingest", str(samples_dir), "--db", str(db))
    assert first.returncode == 0, first.stderr
    assert "2 new article(s) stored, 0 already stored, 0 rejected" in first.stdout
    second = detente("ingest", str(samples_dir), "--db", str(db))
    assert "0 new article(s) stored, 2 already stored" in second.stdout
    stats = detente("stats", "--db", str(db), "--json")
    figures = json.loads(stats.stdout)
    assert figures["tables"]["article"] == 2
    assert figures["first_date"] == "2025-11-01" and figures["last_date"] == "2026-01-06"


@pytest.mark.slow
def test_binary_file_is_rejected_by_name_and_nothing_is_lost(tmp_path, samples_dir):
    db = tmp_path / "d.duckdb"
    assert detente("ingest", str(samples_dir / "china-rok-gyeongju-cgtn.txt"), "--db", str(db)).returncode == 0
    with Store(db, read_only=True) as store:
        before = store.conn.execute("SELECT content_hash, record FROM article").fetchall()
    binary = tmp_path / "scan.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = detente("ingest", str(binary), str(samples_dir / "korea-china-shanghai-2026-01-06.txt"), "--db", str(db))
    assert result.returncode == 1
    assert f"{binary}: binary file" in result.stderr
    assert "1 new article(s) stored, 0 already stored, 1 rejected" in result.stdout
    with Store(db, read_only=True) as store:
        after = store.conn.execute("SELECT content_hash, record FROM article").fetchall()
    assert set(before) < set(after) and len(after) == 2


def test_missing_database_gets_a_clear_message(tmp_path):
    result = detente("stats", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode != 0
    assert "no such database" in result.stderr and "detente ingest" in result.stderr


def test_schema_file_in_docs_is_current():
    result = detente("schema")
    documented = Path(__file__).resolve().parents[2] / "docs" / "article.schema.json"
    assert json.loads(result.stdout) == json.loads(documented.read_text()), (
        "docs/article.schema.json is stale: regenerate with `detente schema > docs/article.schema.json`"
    )
