"""Reusable queries over a detente database: dyad timelines, stories, actors, syndication groups.

The CLI (``detente dyad|stories|actors``), the exports and the API share these functions. Each takes a
DuckDB connection and plain parameters (always bound, never formatted into SQL) and returns plain data:
a list of dicts, one per row, JSON-ready.
"""

from __future__ import annotations

from typing import Any, Literal

import duckdb

from ..store.date_sql import first_day, last_day

Period = Literal["month", "week", "day"]
# strftime formats of each period; weeks are ISO weeks (2026-W02).
_PERIOD_FORMAT = {"month": "%Y-%m", "week": "%G-W%V", "day": "%Y-%m-%d"}


def _rows(cursor: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


# A story's side matches a requested actor by its country (KOR) or by its code's prefix (KORGOV).
_SIDE = "(s.actor{n}_country = ${p} OR starts_with(s.actor{n}_code, ${p}))"


def _dyad_stories_sql() -> str:
    a1, b2 = _SIDE.format(n=1, p="a"), _SIDE.format(n=2, p="b")
    b1, a2 = _SIDE.format(n=1, p="b"), _SIDE.format(n=2, p="a")
    # A story falls in the period that holds every day its date covers: a day, a month by month, a week by
    # week, and a week that lies inside one month by month; a year or a week across two months is undated.
    column = 's."date"'
    first, last = (f"strftime(try_cast({day(column)} AS DATE), $fmt)" for day in (first_day, last_day))
    period = f"(CASE WHEN {first} = {last} THEN {first} END)"
    return f"""
        SELECT s.*,
               CASE WHEN {a1} AND {b2} THEN $a || '->' || $b ELSE $b || '->' || $a END AS direction,
               coalesce({period}, 'undated') AS period
        FROM story s
        WHERE ({a1} AND {b2}) OR ({b1} AND {a2})
    """


def dyad_timeline(
    conn: duckdb.DuckDBPyConnection,
    a: str,
    b: str,
    *,
    by: Period = "month",
    by_outlet_country: bool = False,
) -> list[dict[str, Any]]:
    """Events between actors ``a`` and ``b`` over time, in both directions.

    ``a``/``b`` are country codes (KOR) or actor-code prefixes (KORGOV). One row per period and
    direction: ``events`` (distinct real-world events, i.e. stories), ``mentions`` and ``articles`` that
    report them, counts of events by QuadClass, the events' mean Goldstein score and the mean tone of the
    reporting articles. With ``by_outlet_country`` each row is also split by the country of the outlet
    that reported it ('unknown' when the outlet is not in the codebook): how each side's media tell it.
    """
    params = {"a": a.upper(), "b": b.upper(), "fmt": _PERIOD_FORMAT[by]}
    split = ", coalesce(m.outlet_country, 'unknown')" if by_outlet_country else ", NULL"
    keys = "period, direction, outlet_country"
    quads = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS quad{q}" for q in (1, 2, 3, 4))
    sql = f"""
        WITH reports AS (
            SELECT d.id, d.period, d.direction{split} AS outlet_country, d.quad_class, d.goldstein,
                   m.article_id, m.doc_tone
            FROM ({_dyad_stories_sql()}) d JOIN story_mention m ON m.story_id = d.id
        ),
        per_event AS (
            SELECT {keys}, id, any_value(quad_class) AS quad_class, any_value(goldstein) AS goldstein,
                   count(*) AS mentions
            FROM reports GROUP BY {keys}, id
        ),
        events AS (
            SELECT {keys}, count(*) AS events, sum(mentions)::BIGINT AS mentions, {quads},
                   round(avg(goldstein), 3) AS goldstein
            FROM per_event GROUP BY {keys}
        ),
        articles AS (
            SELECT {keys}, count(*) AS articles, round(avg(doc_tone), 3) AS tone
            FROM (SELECT DISTINCT {keys}, article_id, doc_tone FROM reports) GROUP BY {keys}
        )
        SELECT e.period, e.direction, e.outlet_country, e.events, e.mentions, a.articles,
               e.quad1, e.quad2, e.quad3, e.quad4, e.goldstein, a.tone
        FROM events e JOIN articles a
          ON a.period = e.period AND a.direction = e.direction
         AND a.outlet_country IS NOT DISTINCT FROM e.outlet_country
        ORDER BY e.period, e.direction, e.outlet_country
    """
    rows = _rows(conn.execute(sql, params))
    if not by_outlet_country:
        for row in rows:
            del row["outlet_country"]
    return rows


def stories(
    conn: duckdb.DuckDBPyConnection,
    *,
    actor: str | None = None,
    root: str | None = None,
    since: str | None = None,
    until: str | None = None,
    min_articles: int = 1,
    limit: int = 100,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Stored stories (one row per real-world event), newest first, most reported first."""
    sql = """
        SELECT s.id, s."date", s.cameo, s.root, s.quad_class, s.goldstein,
               s.actor1_code, s.actor1_name, s.actor2_code, s.actor2_name, s.place,
               s.num_mentions, s.num_sources, s.num_articles, s.avg_tone, s.is_root, s.first_article_id, s.source_url
        FROM story s
        WHERE ($actor IS NULL OR s.actor1_country = $actor OR s.actor2_country = $actor
               OR starts_with(s.actor1_code, $actor) OR starts_with(s.actor2_code, $actor))
          AND ($root IS NULL OR s.root = $root)
          AND ($since IS NULL OR s."date" >= $since)
          AND ($until IS NULL OR s."date" <= $until)
          AND s.num_articles >= $min_articles
        ORDER BY s."date" DESC NULLS LAST, s.num_articles DESC, s.id
        LIMIT $limit OFFSET $offset
    """
    params = {
        "actor": actor.upper() if actor else None,
        "root": root,
        "since": since,
        "until": until,
        "min_articles": min_articles,
        "limit": limit,
        "offset": offset,
    }
    return _rows(conn.execute(sql, params))


def story_mentions(conn: duckdb.DuckDBPyConnection, story_id: int) -> list[dict[str, Any]]:
    """Every report of one story: article, outlet, sentence, offsets, confidence, and the sentence text."""
    sql = """
        SELECT m.article_id, a.title, a.source, m.outlet, m.outlet_country, m.mention_date, m.url,
               m.event_idx, m.sentence, m.start, m."end", m.cameo, m.confidence, m.in_lead,
               substr(a.text, m.start + 1, m."end" - m.start) AS text
        FROM story_mention m JOIN article a ON a.id = m.article_id
        WHERE m.story_id = $id ORDER BY m.mention_date NULLS LAST, m.article_id, m.event_idx
    """
    return _rows(conn.execute(sql, {"id": story_id}))


def actors(
    conn: duckdb.DuckDBPyConnection, *, country: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored actors grouped by code (by name when uncoded): how many articles name them, how often."""
    sql = """
        SELECT coalesce(code, lower(name)) AS actor, any_value(code) AS code, mode(name) AS name,
               any_value(country) AS country, any_value(role) AS role,
               count(DISTINCT article_id) AS articles,
               sum(coalesce(json_array_length(mentions), 0))::BIGINT AS mentions
        FROM actor
        WHERE $country IS NULL OR country = $country
        GROUP BY 1 ORDER BY articles DESC, mentions DESC, actor
        LIMIT $limit OFFSET $offset
    """
    return _rows(conn.execute(sql, {"country": country.upper() if country else None, "limit": limit, "offset": offset}))


def syndication_groups(conn: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Every group of copies: its original and each member with its own outlet and date."""
    sql = """
        SELECT s.group_id AS "group", a.original_id,
               list({'id': a.id, 'title': a.title, 'date': a."date", 'source': a.source, 'outlet': a.outlet,
                     'similarity': s.similarity} ORDER BY a."date" NULLS LAST, s.stored_order) AS members
        FROM syndication s JOIN article a ON a.id = s.article_id
        WHERE s.group_id IS NOT NULL
        GROUP BY s.group_id, a.original_id ORDER BY s.group_id
    """
    return _rows(conn.execute(sql))
