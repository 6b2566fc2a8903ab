"""GDELT 2.0 exports read back with GDELT's own column lists, types and value ranges."""

from __future__ import annotations

import io

import duckdb
import pandas as pd
import pytest

from detente.export import EVENT_COLUMNS, MENTION_COLUMNS, event_rows, iso3_to_fips, mention_rows, write_tsv
from detente.model import Place
from detente.store import Store

from ..corpus.builders import article, event

# The GDELT 2.0 event table, in order, as GDELT's codebook lists it (written out here, not imported).
GDELT_EVENT_COLUMNS = [
    "GlobalEventID",
    "Day",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
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
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
]
GDELT_MENTION_COLUMNS = [
    "GlobalEventID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
]
# String columns (codes keep their leading zeros); the rest GDELT types as numbers.
EVENT_STRINGS = {c: str for c in GDELT_EVENT_COLUMNS if "Code" in c or "Name" in c or c in ("SOURCEURL",)}
EVENT_STRINGS.update({c: str for c in GDELT_EVENT_COLUMNS if c.endswith(("FullName", "FeatureID"))})

SEOUL = Place(
    name="Seoul", country="KOR", lat=37.566, lon=126.9784, start=0, end=5, feature="city", geonames_id=1835848
)


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("gdelt") / "db.duckdb"
    meeting = event("040", "KORGOV", "CHNGOV", date="2026-01-06")
    meeting.place = "Seoul"
    with Store(path) as opened:
        first = article("k1", "Seoul talks.\nMore text.", date="2026-01-06", source="Yonhap",
                        url="https://en.yna.co.kr/view/1", events=[meeting], tone=2.5)  # fmt: skip
        first.places.append(SEOUL)
        opened.write([first])
        opened.write([article("c1", "Talks in Seoul, says Beijing.\nMore.", date="2026-01-07", source="Xinhua",
                              events=[event("042", "CHNGOV", "KORGOV", date="2026-01-07", confidence=0.6),
                                      event("112", "CHNGOV", "USAGOV", date="2025-12")],
                              tone=-0.5)])  # fmt: skip
        yield opened


def exported(rows) -> str:
    out = io.StringIO()
    write_tsv(rows, out)
    return out.getvalue()


def test_the_column_lists_are_gdelts():
    assert list(EVENT_COLUMNS) == GDELT_EVENT_COLUMNS and len(EVENT_COLUMNS) == 61
    assert list(MENTION_COLUMNS) == GDELT_MENTION_COLUMNS and len(MENTION_COLUMNS) == 16


def test_event_file_reads_back_with_gdelt_types_and_values(store, tmp_path):
    path = tmp_path / "events.tsv"
    path.write_text(exported(event_rows(store.conn)), encoding="utf-8")
    frame = pd.read_csv(
        path, sep="\t", header=None, names=GDELT_EVENT_COLUMNS, dtype=EVENT_STRINGS, keep_default_na=False
    )
    assert len(frame) == 2
    meeting = frame[frame.EventRootCode == "04"].iloc[0]
    assert (meeting.Day, meeting.MonthYear, meeting.Year) == (20260106, 202601, 2026)
    assert meeting.FractionDate == pytest.approx(2026 + 6 / 365, abs=1e-4)
    assert (meeting.Actor1Code, meeting.Actor1CountryCode, meeting.Actor1Type1Code) == ("KORGOV", "KOR", "GOV")
    assert (meeting.Actor2Code, meeting.Actor2Name) == ("CHNGOV", "XI JINPING")
    assert (meeting.EventCode, meeting.EventBaseCode, meeting.QuadClass, meeting.GoldsteinScale) == (
        "040",
        "040",
        1,
        1.0,
    )
    # Reported by Yonhap on the 6th and Xinhua on the 7th (the other direction, symmetric): one event.
    assert (meeting.NumMentions, meeting.NumSources, meeting.NumArticles) == (2, 2, 2)
    assert meeting.AvgTone == pytest.approx(1.0)
    assert meeting.IsRootEvent == 1
    assert (meeting.ActionGeo_Type, meeting.ActionGeo_FullName, meeting.ActionGeo_CountryCode) == (4, "Seoul", "KS")
    # An event without a place leaves the coordinates empty, so the column reads as text.
    assert (float(meeting.ActionGeo_Lat), float(meeting.ActionGeo_Long)) == (37.566, 126.9784)
    assert meeting.ActionGeo_FeatureID == "1835848"
    assert frame[frame.EventRootCode == "11"].iloc[0].ActionGeo_Lat == ""
    assert meeting.Actor1Geo_Type == 0 and meeting.Actor1Geo_FullName == ""
    assert len(str(meeting.DATEADDED)) == 14
    assert meeting.SOURCEURL == "https://en.yna.co.kr/view/1"
    criticism = frame[frame.EventRootCode == "11"].iloc[0]
    assert criticism.Day == 20251201  # dated by month only: the first day of the month
    assert criticism.SOURCEURL == "detente:article:c1"


def test_event_file_loads_in_duckdb_with_the_gdelt_schema(store, tmp_path):
    path = tmp_path / "events.tsv"
    path.write_text(exported(event_rows(store.conn)), encoding="utf-8")
    types = {c: "VARCHAR" for c in GDELT_EVENT_COLUMNS}
    types.update({"GlobalEventID": "BIGINT", "Day": "INTEGER", "FractionDate": "DOUBLE", "QuadClass": "INTEGER",
                  "GoldsteinScale": "DOUBLE", "NumMentions": "INTEGER", "NumSources": "INTEGER",
                  "NumArticles": "INTEGER", "AvgTone": "DOUBLE", "ActionGeo_Lat": "DOUBLE", "DATEADDED": "BIGINT"})  # fmt: skip
    rows = duckdb.read_csv(str(path), delimiter="\t", header=False, columns=types).fetchall()
    assert len(rows) == 2


def test_mention_file_reads_back(store, tmp_path):
    path = tmp_path / "mentions.tsv"
    path.write_text(exported(mention_rows(store.conn)), encoding="utf-8")
    frame = pd.read_csv(path, sep="\t", header=None, names=GDELT_MENTION_COLUMNS, keep_default_na=False,
                        dtype={"MentionSourceName": str, "MentionIdentifier": str})  # fmt: skip
    assert len(frame) == 3
    yonhap = frame[frame.MentionIdentifier == "https://en.yna.co.kr/view/1"].iloc[0]
    assert (yonhap.MentionType, yonhap.MentionSourceName, yonhap.SentenceID) == (1, "en.yna.co.kr", 1)
    assert (yonhap.Confidence, yonhap.MentionDocLen, yonhap.MentionDocTone) == (80, 23, 2.5)
    assert str(yonhap.MentionTimeDate) == "20260106000000"
    xinhua = frame[frame.MentionIdentifier == "detente:article:c1"]
    assert set(xinhua.MentionType) == {2} and set(xinhua.MentionSourceName) == {"Xinhua"}
    assert 60 in set(xinhua.Confidence)
    # Every mention points at an event of the event file.
    events = pd.read_csv(io.StringIO(exported(event_rows(store.conn))), sep="\t", header=None, names=GDELT_EVENT_COLUMNS,
                         dtype=EVENT_STRINGS, keep_default_na=False)  # fmt: skip
    assert set(frame.GlobalEventID) <= set(events.GlobalEventID)
    merged = events.set_index("GlobalEventID").NumMentions
    assert frame.groupby("GlobalEventID").size().to_dict() == merged.to_dict()


def test_fips_table_covers_the_world():
    fips = iso3_to_fips()
    assert len(fips) >= 240
    assert (fips["KOR"], fips["CHN"], fips["DEU"], fips["USA"], fips["GBR"]) == ("KS", "CH", "GM", "US", "UK")


def test_tabs_and_newlines_never_break_a_row():
    out = io.StringIO()
    write_tsv(iter([[1, "a\tb\nc", None, 2.5]]), out)
    assert out.getvalue() == "1\ta b c\t\t2.5\n"
