"""SQL for the days an ISO date value covers, shared by the store's readers (filters, sorts, timelines).

Event and story dates keep the precision the text gave: a day, a month, a year, an ISO week, a quarter, a
half, a season, or a range 'A/B'. Compared or bucketed as text they go wrong ('2025-W27' sorts after
'2025-07-31'), so readers compare the first and last day a value covers, computed here in SQL to agree with
``detente.analyse.temporal.period``.
"""

from __future__ import annotations

from ..analyse import temporal

# Calendar values an event date may hold besides days, months and years (see temporal.period): ISO weeks
# ('2025-W27', a weekend '2025-W27-WE'), quarters ('2026-Q1'), halves ('2026-H2') and seasons ('2025-SU').
_YEAR = "CAST(left({v}, 4) AS INTEGER)"
_NUMBER = "CAST(regexp_extract({v}, '^\\d{{4}}-[WQH](\\d+)', 1) AS INTEGER)"
# Monday of ISO week 1 is the Monday on or before 4 January.
_WEEK_ONE = "(make_date({year}, 1, 4) - CAST(isodow(make_date({year}, 1, 4)) - 1 AS INTEGER))"


def _period_sql(value: str, last: bool) -> str:
    """SQL: the first (or last) day, as 'YYYY-MM-DD' text, of a week, quarter, half or season value; NULL
    for anything else."""
    year, number = _YEAR.format(v=value), _NUMBER.format(v=value)
    monday = f"({_WEEK_ONE.format(year=year)} + 7 * ({number} - 1))"
    week = f"{monday} + 6" if last else f"{monday} + (CASE WHEN {value} LIKE '%-WE%' THEN 5 ELSE 0 END)"
    quarter_month = f"(3 * {number} - 2)" if not last else f"(3 * {number})"
    half_month = f"(6 * {number} - 5)" if not last else f"(6 * {number})"
    seasons = []
    for code, first_month in temporal.lexicon()["season_start_month"].items():
        # A season runs three months from its first; winter ends in the next year.
        end_year, end_month = (f"{year} + 1", first_month - 10) if first_month > 10 else (year, first_month + 2)
        day = (
            f"last_day(make_date({end_year}, {end_month}, 1))" if last else f"make_date({year}, {first_month}, 1)"
        )
        seasons.append(f"WHEN regexp_matches({value}, '^\\d{{4}}-{code}') THEN {day}")
    month_day = "last_day(make_date({year}, {month}, 1))" if last else "make_date({year}, {month}, 1)"
    return (
        f"CAST(CASE WHEN regexp_matches({value}, '^\\d{{4}}-W\\d{{2}}') THEN {week} "
        f"WHEN regexp_matches({value}, '^\\d{{4}}-Q[1-4]') THEN "
        f"{month_day.format(year=year, month=quarter_month)} "
        f"WHEN regexp_matches({value}, '^\\d{{4}}-H[12]') THEN {month_day.format(year=year, month=half_month)} "
        f"{' '.join(seasons)} END AS VARCHAR)"
    )


def first_day(expression: str) -> str:
    """SQL: the first day an ISO date value covers, as text that sorts and compares: '2025-11' ->
    '2025-11-01', '2025' -> '2025-01-01', '2025-W27' -> that week's Monday, '2026-Q2' -> '2026-04-01', a
    range 'A/B' -> A's."""
    first = f"split_part({expression}, '/', 1)"
    return (
        f"(CASE WHEN regexp_matches({first}, '^\\d{{4}}(T|$)') THEN left({first}, 4) || '-01-01' "
        f"WHEN regexp_matches({first}, '^\\d{{4}}-\\d{{2}}(T|$)') THEN left({first}, 7) || '-01' "
        f"ELSE coalesce({_period_sql(first, last=False)}, left({first}, 10)) END)"
    )


def last_day(expression: str) -> str:
    """SQL: the last day an ISO date value covers: '2025-11' -> '2025-11-30', '2025' -> '2025-12-31',
    '2025-W27' -> that week's Sunday, '2025-WI' -> the end of February of the next year, a range 'A/B' ->
    B's."""
    last = f"split_part({expression}, '/', -1)"
    month_end = f"CAST(last_day(TRY_CAST(left({last}, 7) || '-01' AS DATE)) AS VARCHAR)"
    return (
        f"(CASE WHEN regexp_matches({last}, '^\\d{{4}}(T|$)') THEN left({last}, 4) || '-12-31' "
        f"WHEN regexp_matches({last}, '^\\d{{4}}-\\d{{2}}(T|$)') THEN coalesce({month_end}, {last}) "
        f"ELSE coalesce({_period_sql(last, last=True)}, left({last}, 10)) END)"
    )
