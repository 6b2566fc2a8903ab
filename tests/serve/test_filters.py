"""Request filters: validation messages name the parameter; date bounds work at day, month and year
precision; every value reaches DuckDB as a bound parameter."""

from __future__ import annotations

import duckdb
import pytest

from detente.analyse.temporal import period
from detente.serve.filters import EventFilters, FilterError, Where, dyad, first_day, last_day


def test_dyad_forms_and_errors() -> None:
    assert dyad("dyad", "kor-chn") == ("KOR", "CHN")
    assert dyad("dyad", "KORGOV,CHN") == ("KORGOV", "CHN")
    with pytest.raises(FilterError) as err:
        dyad("dyad", "KOR")
    assert err.value.parameter == "dyad"


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2026-01", "2026-01", ["2026-01", "2026-01-06", "2026-01-31"]),
        ("2026", "2026", ["2026", "2026-01", "2026-01-06", "2026-01-31", "2026-02-01"]),
        ("2026-01-06", "2026-01-31", ["2026-01-06", "2026-01-31"]),
        ("2026-01-07", None, ["2026-01-31", "2026-02-01"]),
    ],
)
def test_date_bounds_at_each_precision(date_from: str, date_to: str | None, expected: list[str]) -> None:
    dates = ["2025-12-31", "2026", "2026-01", "2026-01-06", "2026-01-31", "2026-02-01"]
    where = Where().dates("d", date_from, date_to)
    conn = duckdb.connect()
    conn.execute("CREATE TABLE t (d VARCHAR)")
    conn.executemany("INSERT INTO t VALUES (?)", [[d] for d in dates])
    got = [r[0] for r in conn.execute(f"SELECT d FROM t WHERE {where.sql} ORDER BY d", where.params).fetchall()]
    assert got == expected


CALENDAR_VALUES = [
    "2025", "2025-02", "2024-02", "2025-11-03", "2024-10-26TNI", "2025-W27", "2025-W27-WE", "2025-W01",
    "2026-W01", "2020-W53", "2026-Q1", "2026-Q4", "2026-H1", "2026-H2", "2025-SP", "2025-SU", "2025-FA",
    "2025-WI", "2024-WI",
]


@pytest.mark.parametrize("value", CALENDAR_VALUES)
def test_sql_period_of_a_value_is_the_one_the_dates_stage_means(value: str) -> None:
    """Weeks, quarters, halves and seasons are compared by the days they cover, not as text ('2025-W27'
    sorts after '2025-07-31' as text)."""
    first, last = duckdb.connect().execute(f"SELECT {first_day('$1')}, {last_day('$1')}", [value]).fetchone()
    covered = period(value)
    assert covered is not None
    assert (first, last) == (covered[0].isoformat(), covered[1].isoformat())


@pytest.mark.parametrize(
    ("date_from", "date_to", "expected"),
    [
        ("2025-06-30", "2025-07-06", ["2025-W27"]),  # the week Monday 30 June .. Sunday 6 July
        ("2025-07-01", "2025-07-31", []),  # the week starts in June
        ("2025-07", "2025-09", ["2025-Q3"]),  # summer starts in June
        ("2025-06", "2025-09", ["2025-Q3", "2025-SU", "2025-W27"]),
        ("2025-12-01", "2026-02-28", ["2025-WI"]),  # winter ends in the next year
        ("2025", "2025", ["2025-Q3", "2025-SU", "2025-W27"]),
    ],
)
def test_date_bounds_on_weeks_quarters_and_seasons(date_from: str, date_to: str, expected: list[str]) -> None:
    where = Where().dates("d", date_from, date_to)
    conn = duckdb.connect()
    conn.execute("CREATE TABLE t (d VARCHAR)")
    conn.executemany("INSERT INTO t VALUES (?)", [[d] for d in ["2025-W27", "2025-Q3", "2025-SU", "2025-WI"]])
    got = [r[0] for r in conn.execute(f"SELECT d FROM t WHERE {where.sql} ORDER BY d", where.params).fetchall()]
    assert got == expected


def test_values_are_bound_never_formatted() -> None:
    filters = EventFilters.parse(actor="kor", plover="consult", outlet="x' OR '1'='1", roots=["04"], quad_classes=["1"])
    sql, params = filters.where("a.outlet_country", "a.outlet")
    assert "x' OR" not in sql and "KOR" not in sql and "CONSULT" not in sql
    assert "KOR" in params and "CONSULT" in params and "x' OR '1'='1" in params


@pytest.mark.parametrize(
    ("values", "parameter"),
    [
        ({"roots": ["4"]}, "root"),
        ({"quad_classes": ["0"]}, "quad_class"),
        ({"plover": "consult;"}, "plover"),
        ({"date_to": "2026-02-30x"}, "date_to"),
        ({"outlet_country": "Korea"}, "outlet_country"),
        ({"source": "KOR GOV"}, "source"),
        ({"min_confidence": 80.0}, "min_confidence"),
    ],
)
def test_bad_values_name_their_parameter(values: dict, parameter: str) -> None:
    with pytest.raises(FilterError) as err:
        EventFilters.parse(**values)
    assert err.value.parameter == parameter


def test_min_confidence_is_a_bound_parameter() -> None:
    sql, params = EventFilters.parse(min_confidence=0.8).where("a.outlet_country")
    assert "e.confidence" in sql and "0.8" not in sql and 0.8 in params
    assert "confidence" not in EventFilters.parse().where("a.outlet_country")[0]


def test_dates_sort_by_the_first_day_they_cover() -> None:
    from detente.serve.queries import EVENT_SORTS

    conn = duckdb.connect()
    conn.execute("CREATE TABLE t (event_date VARCHAR, article_id VARCHAR, idx INTEGER)")
    values = ["2025-07-31", "2025-W27", "2025-Q3", "2025-06-29", "2025"]
    conn.executemany("INSERT INTO t VALUES (?, 'a', ?)", [[v, i] for i, v in enumerate(values)])
    got = [r[0] for r in conn.execute(f"SELECT event_date FROM t ORDER BY {EVENT_SORTS['date']}").fetchall()]
    assert got == ["2025", "2025-06-29", "2025-W27", "2025-Q3", "2025-07-31"]
