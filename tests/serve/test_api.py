"""The JSON API over real HTTP against a real server and a DuckDB file built by the real ingest.

Expected figures are computed from the stored article records (fetched through /api/articles/{id}),
so the aggregate endpoints are checked against an independent count, whatever the stages find.
"""

from __future__ import annotations

import re
from collections import Counter

import duckdb
import httpx
import pytest

from .conftest import HOSTILE_PATH, HOSTILE_TEXT, HOSTILE_TITLE

pytestmark = pytest.mark.slow  # the session ingests the samples with the full pipeline

SPAN_LISTS = {"event": "events", "quote": "quotes", "amount": "amounts", "date": "dates", "place": "places"}


def _code(ref: dict | None) -> str | None:
    return ref.get("code") if ref else None


def _all_events(records: dict[str, dict]) -> list[tuple[dict, dict]]:
    return [(record, event) for record in records.values() for event in record["events"]]


def test_articles_lists_every_stored_article(client: httpx.Client, records: dict[str, dict]) -> None:
    listing = client.get("/api/articles").json()
    assert listing["total"] == 3
    assert {"korea", "cgtn", "hostile"} <= set(records)
    assert records["korea"]["date"] == "2026-01-06"
    assert records["cgtn"]["source"] == "CGTN"
    by_id = {item["id"]: item for item in listing["items"]}
    for record in records.values():
        item = by_id[record["id"]]
        assert item["events"] == len(record["events"])
        assert item["places"] == len(record["places"])
    dates = [item["date"] for item in listing["items"]]
    assert dates == sorted(dates, reverse=True)  # default sort: newest first


def test_article_search_binds_its_parameter(client: httpx.Client, records: dict[str, dict]) -> None:
    found = client.get("/api/articles", params={"q": "Gyeongju"}).json()
    assert [item["id"] for item in found["items"]] == [records["cgtn"]["id"]]
    # SQL in a search term is a search term: no error, no rows.
    injected = client.get("/api/articles", params={"q": "x' OR 1=1 --"})
    assert injected.status_code == 200
    assert injected.json()["total"] == 0
    dated = client.get("/api/articles", params={"date_from": "2026-01", "date_to": "2026-01-31"}).json()
    assert [item["id"] for item in dated["items"]] == [records["korea"]["id"]]


def test_article_has_text_and_every_span(records: dict[str, dict]) -> None:
    for record in records.values():
        text = record["text"]
        spans = record["spans"]
        kinds = Counter(span["kind"] for span in spans)

        def valid(item: dict, length: int = len(text)) -> bool:
            return 0 <= item["start"] < item["end"] <= length

        for kind, field in SPAN_LISTS.items():
            assert kinds[kind] == sum(1 for item in record[field] if valid(item)), kind
        assert kinds["actor"] == sum(1 for actor in record["actors"] for m in actor["mentions"] if valid(m))
        for span in spans:
            assert 0 <= span["start"] < span["end"] <= len(text)
        # Spans that carry their own text match the article text at their offsets.
        for field in ("amounts", "dates"):
            for item in record[field]:
                assert text[item["start"] : item["end"]] == item["text"]
        for place in record["places"]:
            assert place["name"] and text[place["start"] : place["end"]]
    assert records["korea"]["places"], "the places stage finds places in the Korea sample"


def test_unknown_article_is_a_404(client: httpx.Client) -> None:
    response = client.get("/api/articles/no-such-article")
    assert response.status_code == 404
    assert "no-such-article" in response.json()["detail"]


def test_events_total_matches_the_records(client: httpx.Client, records: dict[str, dict]) -> None:
    everything = client.get("/api/events", params={"limit": 500}).json()
    stored = _all_events(records)
    assert everything["total"] == len(stored)
    assert len(everything["items"]) == min(500, len(stored))
    for item in everything["items"]:
        record = next(r for r in records.values() if r["id"] == item["article_id"])
        sentence = record["sentences"][item["sentence"]]
        assert item["sentence_text"] == record["text"][sentence["start"] : sentence["end"]]
        # the event's own date, else its article's, unless it is undated background history
        assert item["event_date"] == (item["date"] or (None if item["historical"] else record["date"]))


def test_event_filters(client: httpx.Client, records: dict[str, dict]) -> None:
    stored = _all_events(records)
    for root in {event["root"] for _, event in stored}:
        got = client.get("/api/events", params={"root": root, "limit": 500}).json()
        assert got["total"] == sum(1 for _, e in stored if e["root"] == root)
        assert {item["root"] for item in got["items"]} == {root}
    for quad in (1, 2, 3, 4):
        got = client.get("/api/events", params={"quad_class": quad}).json()
        assert got["total"] == sum(1 for _, e in stored if e["quad_class"] == quad)
    kor = client.get("/api/events", params={"actor": "kor", "limit": 500}).json()  # codes are case-insensitive
    expected = [
        e
        for _, e in stored
        if any((_code(e[side]) or "").startswith("KOR") for side in ("source_actor", "target_actor"))
    ]
    assert kor["total"] == len(expected)
    dyad = client.get("/api/events", params={"dyad": "KOR-CHN", "limit": 500}).json()
    pairs = {(_code(e["source_actor"]) or "")[:3] + (_code(e["target_actor"]) or "")[:3] for _, e in stored}
    assert dyad["total"] == sum(
        1
        for _, e in stored
        if {(_code(e["source_actor"]) or "")[:3], (_code(e["target_actor"]) or "")[:3]} == {"KOR", "CHN"}
    ), pairs
    directed = client.get("/api/events", params={"dyad": "KOR-CHN", "directed": True}).json()
    assert directed["total"] <= dyad["total"]
    in_2026 = client.get("/api/events", params={"date_from": "2026-01-01", "date_to": "2026-12-31"}).json()
    assert in_2026["total"] == sum(
        1
        for r, e in stored
        if "2026-01-01" <= (e["date"] or ("" if e["historical"] else r["date"]) or "")[:10] <= "2026-12-31"
    )
    one_article = client.get("/api/events", params={"article_id": records["korea"]["id"]}).json()
    assert one_article["total"] == len(records["korea"]["events"])
    for floor in (0.5, 0.85, 0.95):
        sure = client.get("/api/events", params={"min_confidence": floor, "limit": 500}).json()
        assert sure["total"] == sum(1 for _, e in stored if (e["confidence"] or 0) >= floor)


def test_event_filters_by_outlet_and_empty_form_fields(client: httpx.Client, records: dict[str, dict]) -> None:
    cgtn = len(records["cgtn"]["events"])
    assert cgtn > 0
    assert client.get("/api/events", params={"outlet": "CGTN"}).json()["total"] == cgtn  # the name it gives
    assert client.get("/api/events", params={"outlet": "cgtn"}).json()["total"] == cgtn  # the codebook id
    chinese = client.get("/api/events", params={"outlet_country": "CHN"}).json()["total"]
    assert chinese == cgtn  # CGTN is the only outlet of the samples that the codebook places
    everything = client.get("/api/events").json()["total"]
    # An empty form field means no filter, not an error.
    blank = {"actor": "", "dyad": "", "root": "", "quad_class": "", "plover": "", "date_from": "", "outlet": ""}
    assert client.get("/api/events", params=blank).json()["total"] == everything


def test_events_pagination_and_sorting(client: httpx.Client, records: dict[str, dict]) -> None:
    total = client.get("/api/events").json()["total"]
    seen = []
    for offset in range(0, total, 7):
        page = client.get("/api/events", params={"limit": 7, "offset": offset, "sort": "article"}).json()
        assert page["total"] == total
        seen += [(item["article_id"], item["idx"]) for item in page["items"]]
    assert len(seen) == total == len(set(seen))  # pages neither overlap nor skip
    by_goldstein = client.get("/api/events", params={"sort": "-goldstein", "limit": 500}).json()["items"]
    scores = [item["goldstein"] for item in by_goldstein]
    assert scores == sorted(scores, reverse=True)


@pytest.mark.parametrize(
    ("params", "status", "parameter"),
    [
        ({"root": "99"}, 400, "root"),
        ({"quad_class": 5}, 400, "quad_class"),
        ({"actor": "KOR' OR 1=1 --"}, 400, "actor"),
        ({"dyad": "KOR"}, 400, "dyad"),
        ({"date_from": "2026-13-01"}, 400, "date_from"),
        ({"date_from": "2026-02-01", "date_to": "2026-01-01"}, 400, "date_from"),
        ({"outlet_country": "Korea"}, 400, "outlet_country"),
        ({"limit": 501}, 422, "limit"),
        ({"offset": -1}, 422, "offset"),
        ({"sort": "text; DROP TABLE event"}, 422, "sort"),
        ({"quad_class": "one"}, 400, "quad_class"),
        ({"min_confidence": 2}, 422, "min_confidence"),
    ],
)
def test_bad_parameters_get_clear_4xx(client: httpx.Client, params: dict, status: int, parameter: str) -> None:
    response = client.get("/api/events", params=params)
    assert response.status_code == status
    body = response.json()
    named = body.get("parameter") or " ".join(p["parameter"] for p in body["detail"])
    assert parameter in named


def _dyad_events(records: dict[str, dict], a: str, b: str) -> list[tuple[dict, dict]]:
    return [
        (r, e)
        for r, e in _all_events(records)
        if {(_code(e["source_actor"]) or "")[:3], (_code(e["target_actor"]) or "")[:3]} == {a, b}
    ]


def test_dyad_timeline_counts_the_dyads_events(client: httpx.Client, records: dict[str, dict]) -> None:
    timeline = client.get("/api/dyads/KOR/CHN/timeline", params={"by": "month"}).json()
    stored = _dyad_events(records, "KOR", "CHN")
    # The samples are about Korea-China summits: the dyad has coded events, and each one is a mention
    # of exactly one story in the timeline.
    assert stored and timeline["series"]
    assert sum(row["mentions"] for row in timeline["series"]) == len(stored)
    for row in timeline["series"]:
        assert row["period"] == "undated" or re.fullmatch(r"\d{4}-\d{2}", row["period"])
        assert row["direction"] in ("KOR->CHN", "CHN->KOR")
        assert row["quad1"] + row["quad2"] + row["quad3"] + row["quad4"] == row["events"] <= row["mentions"]
    # The framing split: rows carry the reporting outlet's country (CGTN is Chinese state media).
    assert "CHN" in {row["outlet_country"] for row in timeline["series"]}
    whole = client.get("/api/dyads/KOR/CHN/timeline", params={"outlet_split": False}).json()["series"]
    assert sum(row["mentions"] for row in whole) == len(stored)
    weekly = client.get("/api/dyads/kor/chn/timeline", params={"by": "week"}).json()
    assert all(row["period"] == "undated" or re.fullmatch(r"\d{4}-W\d{2}", row["period"]) for row in weekly["series"])
    assert client.get("/api/dyads/KOR/CHN/timeline", params={"by": "fortnight"}).status_code == 422
    assert client.get("/api/dyads/K;R/CHN/timeline").status_code == 400


def test_stories_count_every_event_once(client: httpx.Client, records: dict[str, dict]) -> None:
    stories = client.get("/api/stories", params={"limit": 500}).json()["items"]
    events = _all_events(records)
    assert stories and sum(story["num_mentions"] for story in stories) == len(events)
    story = max(stories, key=lambda s: s["num_mentions"])
    mentions = client.get(f"/api/stories/{story['id']}").json()["mentions"]
    assert len(mentions) == story["num_mentions"]
    by_id = {r["id"]: r for r in records.values()}
    for mention in mentions:
        assert mention["text"] == by_id[mention["article_id"]]["text"][mention["start"] : mention["end"]]
    korean = client.get("/api/stories", params={"actor": "KOR", "limit": 500}).json()["items"]
    assert korean and all("KOR" in ((s["actor1_code"] or "") + (s["actor2_code"] or "")) for s in korean)
    assert client.get("/api/stories/987654").status_code == 404
    assert client.get("/api/stories", params={"root": "99"}).status_code == 400


def test_network_weights_are_event_counts(client: httpx.Client, records: dict[str, dict]) -> None:
    network = client.get("/api/network").json()
    pairs: Counter[tuple[str, str]] = Counter()
    for _, event in _all_events(records):
        a, b = _code(event["source_actor"]), _code(event["target_actor"])
        if a and b and a != b:
            pairs[tuple(sorted((a, b)))] += 1
    assert {(link["source"], link["target"]): link["weight"] for link in network["links"]} == dict(pairs)
    node_ids = {node["id"] for node in network["nodes"]}
    assert node_ids == {code for pair in pairs for code in pair}
    countries = client.get("/api/network", params={"level": "country"}).json()
    assert all(len(node["id"]) <= 3 for node in countries["nodes"])


def test_places_aggregate_the_place_records(client: httpx.Client, records: dict[str, dict]) -> None:
    places = client.get("/api/places", params={"limit": 2000}).json()["items"]
    assert sum(p["mentions"] for p in places) == sum(len(r["places"]) for r in records.values())
    located = client.get("/api/places", params={"located": True, "limit": 2000}).json()["items"]
    assert all(p["lat"] is not None and p["lon"] is not None for p in located)
    assert len(located) >= 1
    where_events = client.get("/api/places", params={"events_only": True, "limit": 2000}).json()["items"]
    placed = Counter(e["place"] for _, e in _all_events(records) if e["place"])
    assert placed, "the events stage gives some events a place"
    names = {p["name"] for p in places}
    assert {p["name"]: p["events"] for p in where_events} == {n: c for n, c in placed.items() if n in names}
    korean = client.get("/api/places", params={"country": "KOR"}).json()["items"]
    assert korean and all(p["country"] == "KOR" for p in korean)


def test_actors_group_by_code(client: httpx.Client, records: dict[str, dict]) -> None:
    actors = client.get("/api/actors", params={"limit": 500}).json()
    keys = {a["code"] or a["name"].lower() for r in records.values() for a in r["actors"]}
    assert actors["total"] == len(keys) == len(actors["items"])
    events = _all_events(records)
    for item in actors["items"]:
        if not item["code"]:
            continue
        assert item["articles"] == sum(
            1 for r in records.values() if any(a["code"] == item["code"] for a in r["actors"])
        )
        assert item["events_as_source"] == sum(1 for _, e in events if _code(e["source_actor"]) == item["code"])
        assert item["events_as_target"] == sum(1 for _, e in events if _code(e["target_actor"]) == item["code"])
    korean = client.get("/api/actors", params={"country": "kor"}).json()
    assert korean["total"] >= 1 and all(item["country"] == "KOR" for item in korean["items"])
    assert client.get("/api/actors", params={"country": "K-O"}).status_code == 400


def test_openapi_and_offline_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in (
        "/api/events",
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/actors",
        "/api/stories",
        "/api/stories/{story_id}",
        "/api/dyads/{a}/{b}/timeline",
        "/api/network",
        "/api/places",
    ):
        assert path in spec["paths"], path
    docs = client.get("/docs")
    assert docs.status_code == 200
    assert "cdn" not in docs.text.lower() and "https://" not in docs.text
    for asset in ("/static/vendor/swagger-ui/swagger-ui-bundle.js", "/static/vendor/swagger-ui/swagger-ui.css"):
        response = client.get(asset)
        assert response.status_code == 200 and len(response.content) > 10_000


def test_pages_escape_hostile_markup(client: httpx.Client, records: dict[str, dict]) -> None:
    hostile = records["hostile"]
    assert hostile["title"] == HOSTILE_TITLE and hostile["text"].startswith(HOSTILE_TEXT[:40])
    for path in (HOSTILE_PATH, "/articles", "/", "/actors", "/stories"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>window.__pwned" not in page.text, path
        assert "<img src=x" not in page.text and "<svg onload" not in page.text, path
    reader = client.get(HOSTILE_PATH).text
    assert "&lt;script&gt;window.__pwned" in reader  # shown as text
    assert 'href="javascript:' not in reader  # a javascript: URL is printed, never linked
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_database_is_opened_read_only(served_db) -> None:
    from detente.serve.db import Database

    db = Database(served_db)
    try:
        cursor = db.cursor()
        with pytest.raises(duckdb.Error):
            cursor.execute("CREATE TABLE sneaky (i INTEGER)")
        cursor.close()
    finally:
        db.close()


def test_database_without_corpus_tables_gets_a_clear_409(tmp_path) -> None:
    """A database written before the corpus layer: stories and timelines say what to run, the rest works."""
    from detente.serve import create_app
    from detente.serve.synthetic import synthetic_articles
    from detente.store import Store

    from .conftest import ThreadedServer

    db = tmp_path / "old.duckdb"
    with Store(db) as store:
        store.write(list(synthetic_articles(3)))
        for table in ("story_mention", "story"):
            store.conn.execute(f"DROP TABLE {table}")
    with ThreadedServer(create_app(db)) as server, httpx.Client(base_url=server.url) as http:
        for path in ("/api/stories", "/api/stories/1", "/api/dyads/KOR/CHN/timeline"):
            response = http.get(path)
            assert response.status_code == 409, path
            assert "detente corpus-update --db" in response.json()["detail"]
        page = http.get("/stories")
        assert page.status_code == 409 and "detente corpus-update" in page.text
        assert http.get("/api/events").json()["total"] == 30
