"""Request filters turned into SQL conditions with bound parameters (user input is never formatted into SQL)."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from typing import Any

from ..store.date_sql import first_day, last_day

CODE = re.compile(r"^[A-Z0-9]{1,24}$")  # CAMEO-style actor codes and prefixes: KOR, KORGOV, IGOUNO
ROOT = re.compile(r"^(0[1-9]|1[0-9]|20)$")
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")  # year, month or day
PLOVER = re.compile(r"^[A-Z_]{2,40}$")
COUNTRY = re.compile(r"^[A-Z]{3}$|^IGO[A-Z]{0,9}$")

# The date an event happened: its own date if the text gave one, else its article's, unless it is background
# history: an undated background event is never stamped with the report's day (CLI and API alike).
EVENT_DATE = "(CASE WHEN coalesce(e.historical, false) THEN e.date ELSE coalesce(e.date, a.date) END)"


def bound_day(value: str, last: bool) -> str:
    """A bound of any precision as a day: '2026' -> '2026-01-01', or '2026-12-31' as an upper bound."""
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return value
    year, month = parts[0], (parts[1] if len(parts) == 2 else (12 if last else 1))
    if not last:
        return f"{year:04d}-{month:02d}-01"
    return f"{year:04d}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


class FilterError(ValueError):
    """A request parameter that cannot be used; the message says what is expected."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message


def actor_code(parameter: str, value: str) -> str:
    code = value.strip().upper()
    if not CODE.match(code):
        raise FilterError(
            parameter, f"{value!r} is not an actor code or prefix (letters and digits, e.g. KOR or KORGOV)"
        )
    return code


def dyad(parameter: str, value: str) -> tuple[str, str]:
    """'KOR-CHN' or 'KOR,CHN' -> ('KOR', 'CHN')."""
    parts = [p for p in re.split(r"[-,:/ ]", value.strip()) if p]
    if len(parts) != 2:
        raise FilterError(parameter, f"{value!r} is not a dyad; write two actor codes as A-B, e.g. KOR-CHN")
    return actor_code(parameter, parts[0]), actor_code(parameter, parts[1])


def iso_date(parameter: str, value: str | None) -> str | None:
    if value is None or value == "":
        return None
    if not ISO_DATE.match(value):
        raise FilterError(parameter, f"{value!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    return value


def date_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    start, end = iso_date("date_from", date_from), iso_date("date_to", date_to)
    if start and end and start > end:
        raise FilterError("date_from", f"{start} is after date_to {end}")
    return start, end


class Where:
    """SQL conditions joined with AND, and their parameters in order (always bound, never formatted)."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> Where:
        self.conditions.append(condition)
        self.params += params
        return self

    def when(self, value: Any, condition: str, *params: Any) -> Where:
        """Add the condition only if the filter has a value."""
        return self.add(condition, *params) if value else self

    def dates(self, expression: str, start: str | None, end: str | None) -> Where:
        """Bounds on an ISO date column that may hold a day, a month or a year.

        A value is inside when the whole period it names is: date_to=2026-01 keeps 2026-01-31, a month-only
        event date 2026-01 is inside date_from=2026 .. date_to=2026-02 and inside date_from=2026-01-01, a
        year-only 2026 is not inside January, and a range '2024/2026' runs from 2024 to 2026.
        """
        self.when(start, f"{first_day(expression)} >= ?", bound_day(start or "2000", last=False))
        return self.when(end, f"{last_day(expression)} <= ?", bound_day(end or "2000", last=True))

    @property
    def sql(self) -> str:
        return " AND ".join(self.conditions) or "true"


def country_code(parameter: str, value: str | None) -> str | None:
    if not value:
        return None
    code = value.strip().upper()
    if not COUNTRY.match(code):
        raise FilterError(parameter, f"{value!r} is not an ISO 3166 alpha-3 code (e.g. KOR)")
    return code


@dataclass
class ArticleFilters:
    """The filters of article lists (API and dashboard)."""

    words: str | None = None
    source: str | None = None
    actor: str | None = None
    outlet_country: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    @classmethod
    def parse(
        cls,
        *,
        words: str | None = None,
        source: str | None = None,
        actor: str | None = None,
        outlet_country: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> ArticleFilters:
        start, end = date_range(date_from, date_to)
        return cls(
            words=words or None,
            source=source or None,
            actor=actor_code("actor", actor) if actor else None,
            outlet_country=country_code("outlet_country", outlet_country),
            date_from=start,
            date_to=end,
        )


def _prefix(column: str) -> str:
    return f"starts_with({column}, ?)"


@dataclass
class EventFilters:
    """The filters /api/events and the dashboard share; every field optional."""

    actor: str | None = None  # either side starts with this code
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    directed: bool = False  # dyad A-B only as A -> B
    roots: list[str] = field(default_factory=list)
    quad_classes: list[int] = field(default_factory=list)
    plover: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    outlet_country: str | None = None
    outlet: str | None = None
    article_id: str | None = None
    include_historical: bool = True
    include_negated: bool = True
    min_confidence: float | None = None  # only events the coder is at least this sure of (0 to 1)

    @classmethod
    def parse(
        cls,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        dyad_value: str | None = None,
        directed: bool = False,
        roots: list[str] | None = None,
        quad_classes: list[str] | list[int] | None = None,
        plover: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        outlet_country: str | None = None,
        outlet: str | None = None,
        article_id: str | None = None,
        include_historical: bool = True,
        include_negated: bool = True,
        min_confidence: float | None = None,
    ) -> EventFilters:
        """Validate raw request values; raises FilterError naming the bad parameter. Empty values (an
        empty form field) mean no filter."""
        start, end = date_range(date_from, date_to)
        roots = [r.strip() for r in roots or [] if r.strip()]
        for root in roots:
            if not ROOT.match(root):
                raise FilterError("root", f"{root!r} is not a CAMEO root (two digits, 01 to 20)")
        quads = [str(q).strip() for q in quad_classes or [] if str(q).strip()]
        for quad in quads:
            if quad not in ("1", "2", "3", "4"):
                raise FilterError("quad_class", f"{quad!r} is not a QuadClass (1 to 4)")
        plover_code = plover.strip().upper() if plover else None
        if plover_code and not PLOVER.match(plover_code):
            raise FilterError("plover", f"{plover!r} is not a PLOVER event type (e.g. CONSULT, AGREE, ACCUSE)")
        country = country_code("outlet_country", outlet_country)
        if min_confidence is not None and not 0 <= min_confidence <= 1:
            raise FilterError("min_confidence", f"{min_confidence!r} is not a confidence (0 to 1)")
        return cls(
            actor=actor_code("actor", actor) if actor else None,
            source=actor_code("source", source) if source else None,
            target=actor_code("target", target) if target else None,
            dyad=dyad("dyad", dyad_value) if dyad_value else None,
            directed=directed,
            roots=roots,
            quad_classes=[int(q) for q in quads],
            plover=plover_code,
            date_from=start,
            date_to=end,
            outlet_country=country,
            outlet=outlet.strip() if outlet and outlet.strip() else None,
            article_id=article_id or None,
            include_historical=include_historical,
            include_negated=include_negated,
            min_confidence=min_confidence,
        )

    @property
    def uses_article(self) -> bool:
        """Whether the condition reads the article row (dates fall back to it; the outlet is on it)."""
        return bool(self.date_from or self.date_to or self.outlet_country or self.outlet)

    def where(self, outlet_country_sql: str, outlet_sql: str = "CAST(NULL AS VARCHAR)") -> tuple[str, list[Any]]:
        """SQL condition over ``event e JOIN article a`` and its parameters."""
        src, tgt = "e.source_actor_code", "e.target_actor_code"
        where = Where()
        where.when(self.actor, f"({_prefix(src)} OR {_prefix(tgt)})", self.actor, self.actor)
        where.when(self.source, _prefix(src), self.source)
        where.when(self.target, _prefix(tgt), self.target)
        if self.dyad:
            a, b = self.dyad
            forward = f"({_prefix(src)} AND {_prefix(tgt)})"
            if self.directed:
                where.add(forward, a, b)
            else:
                where.add(f"({forward} OR {forward})", a, b, b, a)
        where.when(self.roots, "e.root IN (SELECT unnest(?))", self.roots)
        where.when(self.quad_classes, "e.quad_class IN (SELECT unnest(?))", self.quad_classes)
        where.when(self.plover, "upper(e.plover) = ?", self.plover)
        where.dates(EVENT_DATE, self.date_from, self.date_to)
        where.when(self.outlet_country, f"{outlet_country_sql} = ?", self.outlet_country)
        where.when(self.outlet, f"(lower(a.source) = lower(?) OR {outlet_sql} = ?)", self.outlet, self.outlet)
        where.when(self.article_id, "e.article_id = ?", self.article_id)
        where.when(not self.include_historical, "NOT coalesce(e.historical, false)")
        where.when(not self.include_negated, "NOT coalesce(e.negated, false)")
        where.when(self.min_confidence is not None, "coalesce(e.confidence, 0) >= ?", self.min_confidence)
        return where.sql, where.params
