"""`detente export|dyad|actors|stories` end to end: the two samples plus a republished copy, real pipeline."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.export import EVENT_COLUMNS
from detente.store import Store

from ..conftest import KOREA_SAMPLE


def detente(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a process of its own, as a user runs it (used for ingest)."""
    return subprocess.run([sys.executable, "-m", "detente", *args], capture_output=True, text=True, timeout=600)


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in this process (the many read-only calls below would each pay for a start-up)."""
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return subprocess.CompletedProcess(args, result.exit_code, result.stdout, result.stderr)


def republish(sample: Path, folder: Path, drop_last: int = 2) -> Path:
    """A partner site's copy: its own banner, headline and date; the body without its last paragraphs."""
    lines = sample.read_text(encoding="utf-8").split("\n", 1)
    paragraphs = [p for p in lines[1].split("\n\n") if p.strip()]
    # The sample's first line is a 'date YYYY-MM-DD' field followed by the dateline; keep the dateline.
    first = lines[0].split(maxsplit=2)[2] if lines[0].strip().startswith("date ") else lines[0]
    body = "\n\n".join([first, *paragraphs[: len(paragraphs) - drop_last]])
    copy = folder / "republished.txt"
    copy.write_text(
        "Asia News Network\n\nSouth Korea's Lee seeks reset in public sentiment on Shanghai visit\n\n"
        f"Published: January 8, 2026\n\n{body}\n",
        encoding="utf-8",
    )
    return copy


@pytest.fixture(scope="module")
def db(tmp_path_factory, samples_dir) -> Path:
    folder = tmp_path_factory.mktemp("corpus-cli")
    copy = republish(KOREA_SAMPLE, folder)
    path = folder / "corpus.duckdb"
    result = detente("ingest", str(samples_dir), str(copy), "--db", str(path), "-q")
    assert result.returncode == 0, result.stderr
    return path


def gdelt_events(db: Path) -> pd.DataFrame:
    result = run("export", "--db", str(db), "--format", "gdelt-events")
    assert result.returncode == 0, result.stderr
    return pd.read_csv(
        io.StringIO(result.stdout), sep="\t", header=None, names=list(EVENT_COLUMNS), dtype=str, keep_default_na=False
    )


def test_help_teaches_with_an_example():
    for command in ("export", "dyad", "actors", "stories", "corpus-update"):
        result = run(command, "--help")
        assert result.returncode == 0 and "Example" in result.stdout, command


@pytest.mark.slow
def test_the_republished_copy_forms_one_syndication_group(db):
    with Store(db, read_only=True) as store:
        rows = store.conn.execute(
            "SELECT id, path, date, source, syndication_group, original_id FROM article"
        ).fetchall()
    by_file = {Path(r[1]).name: r for r in rows}
    original, copy, cgtn = (
        by_file[KOREA_SAMPLE.name],
        by_file["republished.txt"],
        by_file["china-rok-gyeongju-cgtn.txt"],
    )
    assert original[4] is not None and original[4] == copy[4]
    assert original[5] == copy[5] == original[0]
    assert cgtn[4] is None
    # The copy keeps its own date and banner.
    assert (copy[2], copy[3]) == ("2026-01-08", "Asia News Network")
    assert original[2] == "2026-01-06"


@pytest.mark.slow
def test_the_lee_chen_meeting_is_one_event_reported_by_both_articles(db):
    events = gdelt_events(db)
    meeting = events[
        (events.EventRootCode == "04")
        & (events.Day == "20260106")
        & (events.Actor1Name + events.Actor2Name).str.contains("CHEN")
        & (events.Actor1Name + events.Actor2Name).str.contains("LEE")
    ]
    assert len(meeting) == 1, meeting
    assert int(meeting.iloc[0].NumArticles) >= 2
    assert int(meeting.iloc[0].NumMentions) >= int(meeting.iloc[0].NumArticles)
    assert {meeting.iloc[0].Actor1CountryCode, meeting.iloc[0].Actor2CountryCode} == {"KOR", "CHN"}


@pytest.mark.slow
def test_dyad_json_returns_the_timeline(db):
    result = run("dyad", "KOR", "CHN", "--db", str(db), "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = json.loads(result.stdout)
    january = [r for r in rows if r["period"] == "2026-01"]
    assert january and {r["direction"] for r in rows} <= {"KOR->CHN", "CHN->KOR"}
    assert all(r["events"] == sum(r[f"quad{q}"] for q in (1, 2, 3, 4)) for r in rows)
    split = json.loads(run("dyad", "KOR", "CHN", "--db", str(db), "--format", "json", "--by-outlet-country").stdout)
    # The CGTN article is Chinese state media; the Korean sample names no outlet.
    assert {r["outlet_country"] for r in split} >= {"CHN", "unknown"}
    weekly = json.loads(run("dyad", "KOR", "CHN", "--db", str(db), "--format", "json", "--by", "week").stdout)
    assert any(r["period"].startswith("2026-W") for r in weekly)


@pytest.mark.slow
def test_every_export_format_opens(db, tmp_path):
    for table in ("events", "actors", "quotes", "articles", "stories", "mentions"):
        for fmt in ("csv", "parquet", "jsonl"):
            out = tmp_path / f"{table}.{fmt}"
            result = run("export", "--db", str(db), "--format", fmt, "--table", table, "--output", str(out))
            assert result.returncode == 0, result.stderr
            reader = {"csv": duckdb.read_csv, "parquet": duckdb.read_parquet, "jsonl": duckdb.read_json}[fmt]
            assert len(reader(str(out)).fetchall()) > 0, (table, fmt)
    mentions = run("export", "--db", str(db), "--format", "gdelt-mentions")
    frame = pd.read_csv(io.StringIO(mentions.stdout), sep="\t", header=None)
    assert frame.shape[1] == 16 and len(frame) > 0
    jsonl = run("export", "--db", str(db), "--format", "jsonl", "--table", "stories")
    assert all(json.loads(line)["num_articles"] >= 1 for line in jsonl.stdout.splitlines())
    assert run("export", "--db", str(db), "--format", "parquet").returncode != 0  # binary needs --output


@pytest.mark.slow
def test_stories_and_actors_list_what_is_stored(db):
    stories = json.loads(run("stories", "--db", str(db), "--format", "json", "--min-articles", "2").stdout)
    assert stories and all(s["num_articles"] >= 2 for s in stories)
    mentions = json.loads(run("stories", "--db", str(db), "--format", "json", "--id", str(stories[0]["id"])).stdout)
    assert len({m["article_id"] for m in mentions}) >= 2 and all(m["text"] for m in mentions)
    actors = json.loads(run("actors", "--db", str(db), "--format", "json").stdout)
    assert {"KOR", "CHN"} <= {a["country"] for a in actors}
    table = run("stories", "--db", str(db))
    assert table.returncode == 0 and "stories" in table.stdout


@pytest.mark.slow
def test_ingesting_again_never_double_counts(db, samples_dir, tmp_path):
    before = gdelt_events(db)[["GlobalEventID", "NumMentions", "NumSources", "NumArticles"]]
    copy = republish(KOREA_SAMPLE, tmp_path)
    result = detente("ingest", str(samples_dir), str(copy), "--db", str(db), "-q")
    assert result.returncode == 0 and "3 already stored" in result.stdout
    after = gdelt_events(db)[["GlobalEventID", "NumMentions", "NumSources", "NumArticles"]]
    assert before.equals(after)


def test_a_missing_database_is_named(tmp_path):
    result = run("dyad", "KOR", "CHN", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode != 0 and "none.duckdb" in result.stderr


@pytest.mark.slow
def test_corpus_update_on_an_up_to_date_database_changes_nothing(db):
    before = gdelt_events(db)[["GlobalEventID", "NumMentions", "NumSources", "NumArticles"]]
    result = run("corpus-update", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert "3 article(s) checked: 0 newly indexed for syndication, 0 new story(ies)" in result.stdout
    assert gdelt_events(db)[["GlobalEventID", "NumMentions", "NumSources", "NumArticles"]].equals(before)


def test_a_database_without_corpus_tables_is_told_how_to_add_them(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.conn.execute("DROP TABLE story")
    refused = run("dyad", "KOR", "CHN", "--db", str(path))
    assert refused.returncode != 0 and f"detente corpus-update --db {path}" in refused.stderr
    assert run("corpus-update", "--db", str(path)).returncode == 0
    fixed = run("dyad", "KOR", "CHN", "--db", str(path), "--format", "json")
    assert fixed.returncode == 0 and json.loads(fixed.stdout) == []


@pytest.mark.slow
def test_an_exact_copy_with_its_own_banner_headline_and_date_is_stored_and_grouped(tmp_path, samples_dir):
    copy = republish(KOREA_SAMPLE, tmp_path, drop_last=0)
    path = tmp_path / "exact.duckdb"
    result = detente("ingest", str(samples_dir), str(copy), "--db", str(path), "-q")
    assert result.returncode == 0, result.stderr
    assert "3 new article(s) stored" in result.stdout
    with Store(path, read_only=True) as store:
        rows = store.conn.execute(
            "SELECT a.date, a.source, a.syndication_group, a.original_id, a.id, a.content_hash "
            "FROM article a WHERE a.path LIKE '%korea-china%' OR a.path LIKE '%republished%' ORDER BY a.date"
        ).fetchall()
    (original, copied) = rows
    assert original[5] == copied[5]  # the same text
    assert (original[0], copied[0], copied[1]) == ("2026-01-06", "2026-01-08", "Asia News Network")
    assert original[2] is not None and original[2] == copied[2]
    assert copied[3] == original[4]
    meeting = gdelt_events(path)
    meeting = meeting[
        (meeting.EventRootCode == "04")
        & (meeting.Day == "20260106")
        & (meeting.Actor1Name + meeting.Actor2Name).str.contains("CHEN")
    ]
    assert len(meeting) == 1 and int(meeting.iloc[0].NumArticles) >= 2
