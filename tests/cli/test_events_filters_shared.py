"""`detente events` and `/api/events` read one DuckDB file through one filter core
(detente.serve.filters.EventFilters): the same filter, given as command options and as query parameters,
selects the same events. Real store, real CLI, real FastAPI app."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from detente.cli import main
from detente.model import Article, Sentence
from detente.serve import create_app
from detente.serve.synthetic import synthetic_articles
from detente.store import Store
from tests.cli.test_events_cli import event

TEXT = "Seoul and Tokyo met. Tokyo protested. Beijing denied it. China banned imports long ago. Seoul did not go."


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Synthetic articles plus one whose events carry the cases where date rules differ: a month-only date,
    a range, no date (the article's), undated background history, a negated act, no confidence."""
    path = tmp_path_factory.mktemp("shared") / "shared.duckdb"
    edges = Article(
        id="edges",
        text=TEXT,
        content_hash="h-edges",
        date="2026-01-06",
        sentences=[Sentence(start=0, end=20), Sentence(start=21, end=36), Sentence(start=37, end=54)],
        events=[
            event("KORGOV", "040", "JPNGOV", "2025-11", 0, confidence=0.9),
            event("JPNGOV", "111", "KORGOV", "2025-12-30/2026-01-02", 1),
            event("CHNGOV", "125", "JPN", None, 2, confidence=0.7),
            event("CHN", "163", "KOR", None, 3, historical=True, confidence=0.8),
            event("KOR", "042", "CHN", "2026-01-05", 4, negated=True),
        ],
    )
    with Store(path) as store:
        store.write([*synthetic_articles(30, seed=5, days=900), edges])
    return path


@pytest.fixture(scope="module")
def api(db: Path):
    with TestClient(create_app(db)) as client:
        yield client


def key(row: dict) -> tuple[str, int, str, str | None, str | None]:
    source = row.get("source_actor_code", row.get("source"))
    target = row.get("target_actor_code", row.get("target"))
    return row["article_id"], row["sentence"], row["cameo"], source, target


def by_cli(db: Path, options: list[str]) -> list[tuple]:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "json", "--limit", "5000", *options])
    assert result.exit_code == 0, result.output
    return sorted(key(r) for r in json.loads(result.stdout))


def by_api(api: TestClient, params: dict) -> list[tuple]:
    found, offset = [], 0
    while True:
        page = api.get("/api/events", params={**params, "limit": 500, "offset": offset})
        assert page.status_code == 200, page.text
        body = page.json()
        found += [key(item) for item in body["items"]]
        offset += 500
        if offset >= body["total"]:
            return sorted(found)


@pytest.mark.parametrize(
    ("options", "params"),
    [
        ([], {}),
        (["--actor", "kor"], {"actor": "kor"}),
        (["--source", "CHN", "--target", "JPN"], {"source": "CHN", "target": "JPN"}),
        (["--dyad", "KOR", "CHN"], {"dyad": "KOR-CHN"}),
        (["--dyad", "JPN", "KOR", "--directed"], {"dyad": "JPN-KOR", "directed": True}),
        (["--root", "4", "--root", "11"], {"root": ["04", "11"]}),
        (["--quad-class", "3", "--quad-class", "4"], {"quad_class": ["3", "4"]}),
        (["--plover", "consult"], {"plover": "consult"}),
        (["--since", "2025-11-01"], {"date_from": "2025-11-01"}),
        (["--since", "2025-11-15", "--until", "2026-01-05"], {"date_from": "2025-11-15", "date_to": "2026-01-05"}),
        (["--until", "2021-06-30"], {"date_to": "2021-06-30"}),
        (["--no-historical"], {"historical": False}),
        (["--no-negated", "--actor", "KOR"], {"negated": False, "actor": "KOR"}),
        (["--min-confidence", "0.75"], {"min_confidence": 0.75}),
    ],
)
def test_one_filter_selects_the_same_events_in_cli_and_api(
    db: Path, api: TestClient, options: list[str], params: dict
) -> None:
    from_cli = by_cli(db, options)
    assert from_cli == by_api(api, params)
    if options:  # every filter selects something and leaves something out, or the comparison says little
        assert 0 < len(from_cli) < len(by_cli(db, []))


def test_undated_background_is_outside_every_date_range(db: Path, api: TestClient) -> None:
    history = ("edges", 3, "163", "CHN", "KOR")
    assert history in by_cli(db, [])
    assert history not in by_cli(db, ["--since", "2026-01-01"])
    assert history not in by_api(api, {"date_from": "2026-01-01"})


def test_a_month_date_is_inside_a_range_that_holds_the_whole_month(db: Path, api: TestClient) -> None:
    month = ("edges", 0, "040", "KORGOV", "JPNGOV")
    assert month in by_cli(db, ["--since", "2025-11-01", "--until", "2025-11-30"])
    assert month in by_api(api, {"date_from": "2025-11", "date_to": "2025-11"})
    assert month not in by_cli(db, ["--since", "2025-11-02"])
    assert month not in by_cli(db, ["--until", "2025-11-29"])


def test_a_bad_value_names_the_commands_option(db: Path) -> None:
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--plover", "consult;"])
    assert result.exit_code != 0 and "--plover" in result.output
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--actor", "KOR GOV"])
    assert result.exit_code != 0 and "--actor" in result.output
