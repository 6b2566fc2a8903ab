"""The shared queries: dyad timelines (by period, by outlet country), stories, actors."""

from __future__ import annotations

import json

import pytest

from detente.corpus import views
from detente.store import Store

from .builders import article, event


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("views") / "db.duckdb"
    with Store(path) as opened:
        opened.write(
            [
                article(
                    "k1",
                    "Korean report one.\nMore.",
                    date="2026-01-06",
                    source="Yonhap",
                    tone=3.0,
                    events=[
                        event("040", "KORGOV", "CHNGOV", date="2026-01-06"),
                        event("112", "KORGOV", "CHNGOV", date="2026-01-06", start=30),
                    ],
                ),
                article(
                    "c1",
                    "Chinese report one.\nMore.",
                    date="2026-01-06",
                    source="Xinhua",
                    tone=1.0,
                    events=[event("040", "CHNGOV", "KORGOV", date="2026-01-06")],
                ),
                article(
                    "c2",
                    "Chinese report two.\nMore.",
                    date="2026-02-10",
                    source="Global Times",
                    tone=-2.0,
                    events=[event("112", "CHNGOV", "KORGOV", date="2026-02-10")],
                ),
                article(
                    "j1",
                    "Japanese report.\nMore.",
                    date="2026-02-10",
                    source="NHK",
                    events=[event("057", "JPNGOV", "USAGOV", date="2026-02-10")],
                ),
            ]
        )
        yield opened


def test_dyad_timeline_by_month_both_directions(store):
    rows = views.dyad_timeline(store.conn, "KOR", "CHN")
    summary = [(r["period"], r["direction"], r["events"], r["quad1"], r["quad3"]) for r in rows]
    assert summary == [("2026-01", "KOR->CHN", 2, 1, 1), ("2026-02", "CHN->KOR", 1, 0, 1)]
    january = rows[0]
    assert (january["mentions"], january["articles"]) == (3, 2)  # the meeting reported twice, the criticism once
    assert january["goldstein"] == pytest.approx((1.0 - 2.0) / 2)
    json.dumps(rows)  # plain data


def test_dyad_is_the_same_whichever_side_is_named_first(store):
    ab = views.dyad_timeline(store.conn, "KOR", "CHN")
    ba = views.dyad_timeline(store.conn, "chn", "kor")
    assert sum(r["events"] for r in ab) == sum(r["events"] for r in ba) == 3


def test_dyad_matches_actor_code_prefixes_and_weeks(store):
    rows = views.dyad_timeline(store.conn, "KORGOV", "CHN", by="week")
    assert [r["period"] for r in rows] == ["2026-W02", "2026-W07"]
    assert views.dyad_timeline(store.conn, "KORMIL", "CHN") == []


def test_dyad_by_outlet_country_shows_each_sides_media(store):
    rows = views.dyad_timeline(store.conn, "KOR", "CHN", by_outlet_country=True)
    january = {r["outlet_country"]: r for r in rows if r["period"] == "2026-01"}
    assert set(january) == {"KOR", "CHN"}
    assert (january["KOR"]["events"], january["KOR"]["tone"]) == (2, 3.0)
    assert (january["CHN"]["events"], january["CHN"]["quad3"], january["CHN"]["tone"]) == (1, 0, 1.0)


def test_stories_filters(store):
    assert len(views.stories(store.conn)) == 4
    assert {s["root"] for s in views.stories(store.conn, actor="JPN")} == {"05"}
    assert [s["num_articles"] for s in views.stories(store.conn, min_articles=2)] == [2]
    assert all(s["date"] >= "2026-02-01" for s in views.stories(store.conn, since="2026-02-01"))
    assert len(views.stories(store.conn, limit=1)) == 1


def test_actors_lists_what_is_stored(store):
    rows = {r["code"]: r for r in views.actors(store.conn)}
    assert rows["KORGOV"]["articles"] == 3 and rows["KORGOV"]["country"] == "KOR"
    assert [r["code"] for r in views.actors(store.conn, country="jpn")] == ["JPNGOV"]


def test_parameters_are_bound_not_formatted(store):
    assert views.dyad_timeline(store.conn, "KOR' OR 1=1 --", "CHN") == []
    assert views.stories(store.conn, actor="x') OR ('1'='1") == []


@pytest.fixture(scope="module")
def coarse_store(tmp_path_factory):
    """Events whose text gave only a week or a year ("this week", "this year")."""
    path = tmp_path_factory.mktemp("coarse") / "db.duckdb"
    with Store(path) as opened:
        opened.write(
            [
                article("w1", "Report one.\nMore.", date="2026-01-16", events=[event("040", "JPNGOV", "USAGOV", date="2026-W03")]),
                article("w2", "Report two.\nMore.", date="2026-01-30", events=[event("057", "JPNGOV", "USAGOV", date="2026-W05")]),
                article("y1", "Report three.\nMore.", date="2026-03-02", events=[event("042", "USAGOV", "JPNGOV", date="2026")]),
            ]
        )
        yield opened


def test_a_week_falls_in_its_own_week_and_in_the_month_that_holds_it(coarse_store):
    by_week = {(r["period"], r["events"]) for r in views.dyad_timeline(coarse_store.conn, "JPN", "USA", by="week")}
    assert by_week == {("2026-W03", 1), ("2026-W05", 1), ("undated", 1)}
    by_month = [(r["period"], r["events"]) for r in views.dyad_timeline(coarse_store.conn, "JPN", "USA")]
    # 19-25 January is inside January; 26 January - 1 February is not inside one month; a year never is
    assert sorted(by_month) == [("2026-01", 1), ("undated", 1), ("undated", 1)]
