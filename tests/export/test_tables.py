"""CSV, Parquet and JSON Lines exports of the stored tables, opened again with DuckDB and pandas."""

from __future__ import annotations

import io
import json

import duckdb
import pandas as pd
import pytest

from detente.export import TABLE_QUERIES, export_table, export_table_to_stream
from detente.model import ActorRef, Quote
from detente.store import Store

from ..corpus.builders import article, event


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("tables") / "db.duckdb"
    korean = article(
        "k1",
        'Seoul talks, with a "quote", a comma\nand a new line.',
        date="2026-01-06",
        source="Yonhap",
        events=[event("040", "KORGOV", "CHNGOV", date="2026-01-06")],
    )
    korean.quotes.append(
        Quote(text="quote", speaker=ActorRef(name="Lee", actor="korgov"), kind="direct", start=21, end=26)
    )
    chinese = article(
        "c1",
        "Beijing's view.\nMore.",
        date="2026-01-07",
        source="Xinhua",
        events=[event("042", "CHNGOV", "KORGOV", date="2026-01-07"), event("112", "CHNGOV", "USAGOV")],
    )
    with Store(path) as opened:
        opened.write([korean, chinese])
        yield opened


def count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM ({TABLE_QUERIES[table]})").fetchall()[0][0]


@pytest.mark.parametrize("table", list(TABLE_QUERIES))
def test_every_table_in_every_format_opens_in_duckdb_and_pandas(store, tmp_path, table):
    expected = count(store, table)
    assert expected > 0
    for fmt, read_pandas, read_duckdb in (
        ("csv", pd.read_csv, duckdb.read_csv),
        ("parquet", pd.read_parquet, duckdb.read_parquet),
        ("jsonl", lambda p: pd.read_json(p, lines=True), duckdb.read_json),
    ):
        path = tmp_path / f"{table}.{fmt}"
        assert export_table(store.conn, table, fmt, path) == expected
        assert len(read_pandas(path)) == expected, fmt
        assert len(read_duckdb(str(path)).fetchall()) == expected, fmt


def test_values_survive_the_round_trip(store, tmp_path):
    path = tmp_path / "articles.csv"
    export_table(store.conn, "articles", "csv", path)
    frame = pd.read_csv(path).set_index("id")
    assert frame.loc["k1", "text"] == 'Seoul talks, with a "quote", a comma\nand a new line.'
    assert (frame.loc["k1", "outlet"], frame.loc["k1", "outlet_country"]) == ("yonhap", "KOR")
    assert "record" not in frame.columns  # it repeats the other columns
    export_table(store.conn, "events", "parquet", tmp_path / "e.parquet")
    events = pd.read_parquet(tmp_path / "e.parquet")
    assert sorted(events.cameo) == ["040", "042", "112"]  # codes keep their leading zero
    assert set(events.article_outlet) == {"yonhap", "xinhua"}
    # The two reports of the meeting point at one story; the criticism has its own.
    meeting = events[events.cameo.isin(["040", "042"])].story_id
    assert meeting.nunique() == 1 and events[events.cameo == "112"].story_id.iloc[0] != meeting.iloc[0]


def test_jsonl_to_a_stream_is_one_object_per_line(store):
    out = io.BytesIO()
    assert export_table_to_stream(store.conn, "stories", "jsonl", out) == 2
    lines = out.getvalue().decode().splitlines()
    stories = [json.loads(line) for line in lines]
    assert [s["num_articles"] for s in stories] == [2, 1]


def test_unknown_table_is_refused(store, tmp_path):
    with pytest.raises(ValueError, match="unknown table"):
        export_table(store.conn, "secrets; DROP TABLE article", "csv", tmp_path / "x.csv")


def test_paths_with_quotes_are_safe(store, tmp_path):
    path = tmp_path / "it's here.csv"
    assert export_table(store.conn, "quotes", "csv", path) == 1
    assert path.exists()
