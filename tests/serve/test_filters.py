"""Request filters: validation messages name the parameter; date bounds work at day, month and year
precision; every value reaches DuckDB as a bound parameter."""

from __future__ import annotations

import duckdb
import pytest

from detente.serve.filters import EventFilters, FilterError, Where, dyad


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
