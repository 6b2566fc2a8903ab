"""The SQL behind the API and the dashboard pages: one function per question, parameters always bound."""

from __future__ import annotations

import functools
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import duckdb
from fastapi import HTTPException

from ..corpus import views
from ..model import Article
from .db import Database
from .filters import EVENT_DATE, ArticleFilters, EventFilters, Where, first_day

# Sort keys offered to users, mapped to fixed SQL: user input only ever selects one of these.
# Unqualified names: the page query's own columns (event_date is its alias).
EVENT_SORTS: dict[str, str] = {
    # by the first day a date covers: as text, a week ('2025-W27') would sort after '2025-07-31'
    "date": f"{first_day('event_date')} ASC NULLS LAST, article_id, idx",
    "-date": f"{first_day('event_date')} DESC NULLS LAST, article_id, idx",
    "goldstein": "goldstein ASC, article_id, idx",
    "-goldstein": "goldstein DESC, article_id, idx",
    "root": "root, cameo, article_id, idx",
    "quad_class": "quad_class, article_id, idx",
    "article": "article_id, idx",
}
ARTICLE_SORTS: dict[str, str] = {
    "date": "a.date ASC NULLS LAST, a.id",
    "-date": "a.date DESC NULLS LAST, a.id",
    "title": "a.title NULLS LAST, a.id",
    "source": "a.source NULLS LAST, a.id",
}
QUAD_NAMES = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def _contains(words: str) -> str:
    """An ILIKE pattern matching the words literally (their % and _ are not wildcards)."""
    return "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def rows(cursor: duckdb.DuckDBPyConnection, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    result = cursor.execute(sql, params or [])
    names = [d[0] for d in result.description]
    return [dict(zip(names, row, strict=True)) for row in result.fetchall()]


@dataclass(frozen=True)
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"total": self.total, "limit": self.limit, "offset": self.offset, "items": self.items}


T = TypeVar("T")


class Memo:
    """Answers of the aggregate queries (actors, network, places, timelines, stories), kept while the
    server runs. They cannot go stale: the database is open read-only, and DuckDB's file lock keeps any
    writer out until the server stops. Bounded, least recently used first out."""

    def __init__(self, size: int = 512) -> None:
        self.size = size
        self._answers: OrderedDict[tuple, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple, compute: Callable[[], T]) -> T:
        with self._lock:
            if key in self._answers:
                self._answers.move_to_end(key)
                return self._answers[key]
        answer = compute()  # outside the lock: two first requests may both compute, never block each other
        with self._lock:
            self._answers[key] = answer
            while len(self._answers) > self.size:
                self._answers.popitem(last=False)
        return answer


def memoized(method: Callable[..., T]) -> Callable[..., T]:
    """Keep a Queries method's answers in its Memo, keyed by the method and its arguments (not the cursor)."""

    @functools.wraps(method)
    def answer(self: Queries, cur: duckdb.DuckDBPyConnection, *args: Any, **kwargs: Any) -> T:
        key = (method.__name__, repr(args), repr(sorted(kwargs.items())))
        return self.memo.get(key, lambda: method(self, cur, *args, **kwargs))

    return answer


class Queries:
    """Queries bound to one database's schema (older databases may lack newer columns)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.memo = Memo()
        # Where the reporting outlet is based; NULL until the store has that column.
        self.outlet_country = "a.outlet_country" if db.has("article", "outlet_country") else "CAST(NULL AS VARCHAR)"
        self.outlet = "a.outlet" if db.has("article", "outlet") else "CAST(NULL AS VARCHAR)"  # codebook id

    # -- events ----------------------------------------------------------------------------------

    def events(
        self, cur: duckdb.DuckDBPyConnection, filters: EventFilters, *, sort: str, limit: int, offset: int
    ) -> Page:
        where, params = filters.where(self.outlet_country, self.outlet)
        # Counting needs the article row only to filter on dates or the outlet.
        source = "event e JOIN article a ON a.id = e.article_id" if filters.uses_article else "event e"
        total = cur.execute(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]
        items = rows(
            cur,
            f"""SELECT e.*, {EVENT_DATE} AS event_date, a.title AS article_title, a.date AS article_date,
                       a.source AS outlet, {self.outlet_country} AS outlet_country
                FROM event e JOIN article a ON a.id = e.article_id WHERE {where}
                ORDER BY {EVENT_SORTS[sort]} LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
        self._add_sentence_text(cur, items)
        return Page(total, limit, offset, items)

    @staticmethod
    def _add_sentence_text(cur: duckdb.DuckDBPyConnection, items: list[dict[str, Any]]) -> None:
        """The text of each event's sentence, read for the page's articles only (a join would scan
        every sentence and article text of the database)."""
        ids = sorted({item["article_id"] for item in items})
        if not ids:
            return
        texts = dict(cur.execute("SELECT id, text FROM article WHERE id IN (SELECT unnest(?))", [ids]).fetchall())
        spans = {
            (article_id, idx): (start, end)
            for article_id, idx, start, end in cur.execute(
                'SELECT article_id, idx, start, "end" FROM sentence WHERE article_id IN (SELECT unnest(?))', [ids]
            ).fetchall()
        }
        for item in items:
            start, end = spans.get((item["article_id"], item["sentence"]), (0, 0))
            item["sentence_text"] = texts[item["article_id"]][start:end] or None

    # -- articles --------------------------------------------------------------------------------

    def articles(
        self, cur: duckdb.DuckDBPyConnection, filters: ArticleFilters, *, sort: str, limit: int, offset: int
    ) -> Page:
        words = _contains(filters.words or "")
        where = (
            Where()
            .when(filters.words, "(a.title ILIKE ? ESCAPE '\\' OR a.text ILIKE ? ESCAPE '\\')", words, words)
            .when(filters.source, "lower(a.source) = lower(?)", filters.source)
            .when(
                filters.actor,
                "a.id IN (SELECT x.article_id FROM actor x WHERE starts_with(x.code, ?))",
                filters.actor,
            )
            .when(filters.outlet_country, f"{self.outlet_country} = ?", filters.outlet_country)
            .dates("a.date", filters.date_from, filters.date_to)
        )
        params = where.params
        base = f"FROM article a WHERE {where.sql}"
        total = cur.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        items = rows(
            cur,
            f"""SELECT a.id, a.title, a.date, a.source, {self.outlet_country} AS outlet_country, a.url,
                       a.language, a.tone_tone AS tone
                {base} ORDER BY {ARTICLE_SORTS[sort]} LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
        # How much each stage found, from the page's stored records only: parsing every matching
        # record, or counting four child tables, costs far more.
        fields = ("events", "actors", "quotes", "places")
        lengths = ", ".join(f"json_array_length(record, '$.{field}')" for field in fields)
        counts = {
            row[0]: row[1:]
            for row in cur.execute(
                f"SELECT id, {lengths} FROM article WHERE id IN (SELECT unnest(?))", [[i["id"] for i in items]]
            ).fetchall()
        }
        for item in items:
            item.update(zip(fields, counts[item["id"]], strict=True))
        return Page(total, limit, offset, items)

    def article(self, cur: duckdb.DuckDBPyConnection, article_id: str) -> tuple[Article, str | None] | None:
        """The full stored record and the outlet's country."""
        row = cur.execute(
            f"SELECT record, {self.outlet_country} FROM article a WHERE a.id = ?", [article_id]
        ).fetchone()
        if row is None:
            return None
        return Article.model_validate(json.loads(row[0])), row[1]

    # -- actors, network, places -----------------------------------------------------------------

    @memoized
    def actors(self, cur: duckdb.DuckDBPyConnection, *, country: str | None, limit: int, offset: int) -> Page:
        """The corpus layer's actor list (grouped by code, by name when uncoded) with event counts added."""
        items = views.actors(cur, country=country, limit=limit, offset=offset)
        total = cur.execute(
            "SELECT count(DISTINCT coalesce(code, lower(name))) FROM actor WHERE ? IS NULL OR country = ?",
            [country, country],
        ).fetchone()[0]
        codes = [item["code"] for item in items if item["code"]]
        counts = {
            code: (as_source, as_target)
            for code, as_source, as_target in cur.execute(
                """SELECT c.code, count(*) FILTER (WHERE e.source_actor_code = c.code),
                          count(*) FILTER (WHERE e.target_actor_code = c.code)
                   FROM (SELECT unnest(?) AS code) c
                   JOIN event e ON c.code IN (e.source_actor_code, e.target_actor_code)
                   GROUP BY c.code""",
                [codes],
            ).fetchall()
        }
        for item in items:
            item["events_as_source"], item["events_as_target"] = counts.get(item["code"], (0, 0))
        return Page(total, limit, offset, items)

    @memoized
    def network(
        self,
        cur: duckdb.DuckDBPyConnection,
        filters: EventFilters,
        *,
        country_level: bool,
        min_weight: int,
        limit: int,
    ) -> dict[str, Any]:
        """Actors as nodes, events between them as undirected weighted links."""
        where, params = filters.where(self.outlet_country, self.outlet)
        node = "left({}, 3)" if country_level else "{}"
        src, tgt = node.format("e.source_actor_code"), node.format("e.target_actor_code")
        links = rows(
            cur,
            f"""
            WITH pairs AS (
                SELECT least({src}, {tgt}) AS a, greatest({src}, {tgt}) AS b, e.quad_class, e.goldstein
                FROM event e JOIN article a ON a.id = e.article_id
                WHERE {where} AND e.source_actor_code IS NOT NULL AND e.target_actor_code IS NOT NULL
                  AND {src} <> {tgt}
            )
            SELECT a AS source, b AS target, count(*) AS weight,
                   count(*) FILTER (WHERE quad_class IN (1, 2)) AS cooperation,
                   count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict,
                   round(avg(goldstein), 2) AS goldstein_mean
            FROM pairs GROUP BY a, b HAVING count(*) >= ?
            ORDER BY weight DESC, source, target LIMIT ?""",
            params + [min_weight, limit],
        )
        weights: dict[str, int] = {}
        for link in links:
            for end in (link["source"], link["target"]):
                weights[end] = weights.get(end, 0) + link["weight"]
        names = dict(
            cur.execute(
                f"SELECT {node.format('code')} AS c, mode(name) FROM actor WHERE c IN (SELECT unnest(?)) GROUP BY c",
                [list(weights)],
            ).fetchall()
        )
        nodes = [{"id": code, "name": names.get(code) or code, "events": weight} for code, weight in weights.items()]
        nodes.sort(key=lambda n: (-n["events"], n["id"]))
        return {"nodes": nodes, "links": links}

    @memoized
    def places(
        self,
        cur: duckdb.DuckDBPyConnection,
        *,
        country: str | None,
        date_from: str | None,
        date_to: str | None,
        located_only: bool,
        events_only: bool = False,
        limit: int,
    ) -> list[dict[str, Any]]:
        where = (
            Where()
            .when(country, "p.country = ?", country)
            .when(located_only, "p.lat IS NOT NULL AND p.lon IS NOT NULL")
            .dates("a.date", date_from, date_to)
        )
        dated = date_from or date_to
        event_dates = Where().dates("a.date", date_from, date_to)
        # Two steps (per article, then per place) count articles without a costly count(DISTINCT). Events
        # name their place, so they are counted by name.
        return rows(
            cur,
            f"""
            WITH per_article AS (
                SELECT p.name, p.country, round(p.lat, 4) AS lat, round(p.lon, 4) AS lon, p.article_id,
                       any_value(p.feature) AS feature, max(p.geonames_id) AS geonames_id, count(*) AS n
                FROM place p {"JOIN article a ON a.id = p.article_id" if dated else ""} WHERE {where.sql}
                GROUP BY p.name, p.country, round(p.lat, 4), round(p.lon, 4), p.article_id
            ),
            per_place AS (
                SELECT name, country, lat, lon, mode(feature) AS feature, max(geonames_id) AS geonames_id,
                       sum(n)::BIGINT AS mentions, count(*) AS articles
                FROM per_article GROUP BY name, country, lat, lon
            ),
            per_name AS (
                SELECT e.place AS name, count(*) AS events
                FROM event e {"JOIN article a ON a.id = e.article_id" if dated else ""}
                WHERE e.place IS NOT NULL AND {event_dates.sql} GROUP BY e.place
            )
            SELECT p.*, coalesce(n.events, 0) AS events
            FROM per_place p LEFT JOIN per_name n ON n.name = p.name
            WHERE {"n.events > 0" if events_only else "true"}
            ORDER BY {"events DESC, " if events_only else ""}mentions DESC, p.name LIMIT ?""",
            where.params + event_dates.params + [limit],
        )

    # -- the corpus layer's views (the same queries as `detente dyad` and `detente stories`) -------

    def _require_corpus(self) -> None:
        if not self.db.has("story"):
            raise HTTPException(
                409,
                f"{self.db.path} was written by an older detente (no stories yet); stop the server and run: "
                f"detente corpus-update --db {self.db.path}",
            )

    @memoized
    def dyad_timeline(self, cur: duckdb.DuckDBPyConnection, a: str, b: str, **options: Any) -> list[dict[str, Any]]:
        self._require_corpus()
        return views.dyad_timeline(cur, a, b, **options)

    @memoized
    def stories(self, cur: duckdb.DuckDBPyConnection, **filters: Any) -> list[dict[str, Any]]:
        self._require_corpus()
        return views.stories(cur, **filters)

    def story_mentions(self, cur: duckdb.DuckDBPyConnection, story_id: int) -> list[dict[str, Any]]:
        self._require_corpus()
        return views.story_mentions(cur, story_id)
