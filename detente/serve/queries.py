"""The SQL behind the API and the dashboard pages: one function per question, parameters always bound."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import duckdb

from ..corpus import views
from ..model import Article
from .db import Database
from .filters import EVENT_DATE, ArticleFilters, EventFilters, Where

# Sort keys offered to users, mapped to fixed SQL: user input only ever selects one of these.
# Unqualified names: they resolve both inside the page query and in the query that decorates the page.
EVENT_SORTS: dict[str, str] = {
    "date": "event_date ASC NULLS LAST, article_id, idx",
    "-date": "event_date DESC NULLS LAST, article_id, idx",
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


class Queries:
    """Queries bound to one database's schema (older databases may lack newer columns)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        # Where the reporting outlet is based; NULL until the store has that column.
        self.outlet_country = "a.outlet_country" if db.has("article", "outlet_country") else "CAST(NULL AS VARCHAR)"

    # -- events ----------------------------------------------------------------------------------

    def events(
        self, cur: duckdb.DuckDBPyConnection, filters: EventFilters, *, sort: str, limit: int, offset: int
    ) -> Page:
        where, params = filters.where(self.outlet_country)
        base = f"FROM event e JOIN article a ON a.id = e.article_id WHERE {where}"
        total = cur.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        items = rows(
            cur,
            f"""
            WITH page AS (
                SELECT e.*, {EVENT_DATE} AS event_date, a.title AS article_title, a.date AS article_date,
                       a.source AS outlet, {self.outlet_country} AS outlet_country
                {base}
                ORDER BY {EVENT_SORTS[sort]}
                LIMIT ? OFFSET ?
            )
            SELECT page.*, substr(a.text, s.start + 1, s."end" - s.start) AS sentence_text
            FROM page
            JOIN article a ON a.id = page.article_id
            LEFT JOIN sentence s ON s.article_id = page.article_id AND s.idx = page.sentence
            ORDER BY {EVENT_SORTS[sort]}
            """,
            params + [limit, offset],
        )
        return Page(total, limit, offset, items)

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
                "EXISTS (SELECT 1 FROM actor x WHERE x.article_id = a.id AND starts_with(x.code, ?))",
                filters.actor,
            )
            .when(filters.outlet_country, f"{self.outlet_country} = ?", filters.outlet_country)
            .dates("a.date", filters.date_from, filters.date_to)
        )
        params = where.params
        base = f"FROM article a WHERE {where.sql}"
        total = cur.execute(f"SELECT count(*) {base}", params).fetchone()[0]
        counts = ", ".join(
            f"(SELECT count(*) FROM {table} c WHERE c.article_id = a.id) AS {table}s"
            for table in ("event", "actor", "quote", "place")
        )
        items = rows(
            cur,
            f"""SELECT a.id, a.title, a.date, a.source, {self.outlet_country} AS outlet_country, a.url,
                       a.language, a.tone_tone AS tone, {counts}
                {base} ORDER BY {ARTICLE_SORTS[sort]} LIMIT ? OFFSET ?""",
            params + [limit, offset],
        )
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
        where, params = filters.where(self.outlet_country)
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

    def places(
        self,
        cur: duckdb.DuckDBPyConnection,
        *,
        country: str | None,
        date_from: str | None,
        date_to: str | None,
        located_only: bool,
        limit: int,
    ) -> list[dict[str, Any]]:
        where = (
            Where()
            .when(country, "p.country = ?", country)
            .when(located_only, "p.lat IS NOT NULL AND p.lon IS NOT NULL")
            .dates("a.date", date_from, date_to)
        )
        return rows(
            cur,
            f"""
            SELECT p.name, p.country, round(p.lat, 4) AS lat, round(p.lon, 4) AS lon, mode(p.feature) AS feature,
                   max(p.geonames_id) AS geonames_id, count(*) AS mentions,
                   count(DISTINCT p.article_id) AS articles,
                   (SELECT count(*) FROM event e WHERE e.place = p.name) AS events
            FROM place p JOIN article a ON a.id = p.article_id
            WHERE {where.sql}
            GROUP BY p.name, p.country, round(p.lat, 4), round(p.lon, 4)
            ORDER BY mentions DESC, p.name LIMIT ?""",
            where.params + [limit],
        )
