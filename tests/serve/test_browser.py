"""The dashboard in a real browser: Debian's chromium driven by Playwright, fully offline.

Every page must load without console errors or page errors and without a single request leaving the
test server; charts must draw what the API returns; hostile markup in an article must stay text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest

from .conftest import HOSTILE_PATH, HOSTILE_SOURCE, HOSTILE_TITLE, ThreadedServer

pytestmark = pytest.mark.slow

CHROMIUM = Path("/usr/bin/chromium")
# Offline flags (../shared/NOTES.md): no sandbox in containers, no GPU, no background or update traffic.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.fail(
            f"{CHROMIUM} is missing: install the Debian package (apt-get install -y chromium); scripts/test.sh does"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield launched
        launched.close()


@dataclass
class Visit:
    """A page plus everything that went wrong while it was open."""

    page: object
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.console_errors == [], self.console_errors
        assert self.page_errors == [], self.page_errors
        assert self.outside_requests == [], self.outside_requests
        assert self.dialogs == [], self.dialogs


@pytest.fixture
def visit(browser, server: ThreadedServer) -> Iterator:
    context = browser.new_context()
    visits: list[Visit] = []

    def open_page(path: str, on: ThreadedServer = server) -> Visit:
        page = context.new_page()
        seen = Visit(page)
        page.on("console", lambda msg: seen.console_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda err: seen.page_errors.append(str(err)))

        def on_dialog(dialog) -> None:
            seen.dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        def only_this_server(route) -> None:
            if route.request.url.startswith(on.url + "/"):
                route.continue_()
            else:  # a CDN, a tile server, anything else: offline means none of it
                seen.outside_requests.append(route.request.url)
                route.abort()

        page.route("**/*", only_this_server)
        response = page.goto(on.url + path, wait_until="networkidle")
        assert response is not None and response.status == 200, path
        visits.append(seen)
        return seen

    yield open_page
    context.close()


@pytest.mark.parametrize("path", ["/", "/timeline?a=KOR&b=CHN", "/network", "/map", "/articles", "/actors", "/stories"])
def test_every_page_loads_cleanly(visit, path: str) -> None:
    seen = visit(path)
    assert seen.page.locator("main h1").count() == 1
    seen.assert_clean()


def test_events_search_form_filters_by_actor(visit, client: httpx.Client) -> None:
    expected = client.get("/api/events", params={"actor": "CHN"}).json()["total"]
    assert expected > 0
    seen = visit("/")
    page = seen.page
    page.fill("form.filters input[name=actor]", "CHN")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    assert page.locator("#event-count").inner_text().startswith(f"{expected} event")
    rows = page.locator("#events tbody tr")
    assert rows.count() == min(expected, 50)
    for i in range(rows.count()):
        codes = rows.nth(i).locator(".code").all_inner_texts()
        assert any(code.startswith("CHN") for code in codes[:1] + codes[2:3]), codes
    seen.assert_clean()


def test_articles_form_filters_by_outlet_country(visit, records: dict[str, dict]) -> None:
    seen = visit("/articles")
    page = seen.page
    page.fill("form.filters input[name=outlet_country]", "chn")
    with page.expect_navigation():
        page.click("form.filters button[type=submit]")
    titles = page.locator("#articles a.article-link").all_inner_texts()
    assert titles == [records["cgtn"]["title"]]  # CGTN: Chinese state media in the outlets codebook
    seen.assert_clean()


def test_reader_pages_load_cleanly(visit, records: dict[str, dict]) -> None:
    for record in records.values():
        seen = visit(f"/articles/{quote(record['id'])}")
        assert seen.page.locator("#article-text").inner_text() == record["text"]
        seen.assert_clean()


def test_offline_api_docs_render_operations(visit) -> None:
    seen = visit("/docs")
    seen.page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert seen.page.locator(".swagger-ui .opblock").count() >= 8
    seen.assert_clean()


def _timeline_cells(series: list[dict]) -> set[tuple[str, str]]:
    """(outlet country, period) pairs the chart draws: both directions together, undated left out."""
    return {(row["outlet_country"], row["period"]) for row in series if row["period"] != "undated"}


def test_timeline_draws_the_dyad(visit, client: httpx.Client) -> None:
    cells = _timeline_cells(client.get("/api/dyads/KOR/CHN/timeline").json()["series"])
    assert cells, "the samples' KOR-CHN events have dates"
    seen = visit("/timeline?a=KOR&b=CHN")
    page = seen.page
    page.wait_for_selector("#timeline svg rect.bar")
    assert page.locator("#timeline svg").count() == 3  # counts, Goldstein, tone
    assert page.locator("#timeline rect.bar").count() == 2 * len(cells)  # cooperation and conflict bars
    assert page.locator("#timeline circle.point").count() == 2 * len(cells)  # Goldstein and tone points
    legend = page.locator("#timeline .legend").inner_text()
    assert all(f"outlets in {country}" in legend for country, _ in cells)
    seen.assert_clean()


def test_timeline_charts_synthetic_dyad_by_outlet_country(visit, synthetic_server: ThreadedServer) -> None:
    """With many coded events, the timeline draws non-empty SVG: bars, Goldstein and tone per outlet country."""
    with httpx.Client(base_url=synthetic_server.url) as http:
        data = http.get("/api/dyads/KOR/CHN/timeline", params={"by": "month"}).json()
    cells = _timeline_cells(data["series"])
    assert len({country for country, _ in cells}) >= 2  # the framing split needs outlets in several countries
    seen = visit("/timeline?a=KOR&b=CHN&by=month", on=synthetic_server)
    page = seen.page
    page.wait_for_selector("#timeline svg rect.bar")
    assert page.locator("#timeline svg").count() == 3
    assert page.locator("#timeline rect.bar").count() == 2 * len(cells)
    assert page.locator("#timeline circle.point").count() == 2 * len(cells)
    heights = page.eval_on_selector_all("#timeline rect.bar.coop", "els => els.map(e => +e.getAttribute('height'))")
    assert max(heights) > 0
    seen.assert_clean()


def test_network_and_map_chart_synthetic_events(visit, synthetic_server: ThreadedServer) -> None:
    with httpx.Client(base_url=synthetic_server.url) as http:
        network = http.get("/api/network").json()
        located = http.get("/api/places", params={"located": True}).json()["items"]
    seen = visit("/network", on=synthetic_server)
    seen.page.wait_for_selector("#network svg line.link")
    assert seen.page.locator("#network svg line.link").count() == len(network["links"]) > 10
    assert seen.page.locator("#network svg a.node").count() == len(network["nodes"])
    seen.assert_clean()
    seen = visit("/map", on=synthetic_server)
    seen.page.wait_for_selector("#map svg circle.place")
    assert seen.page.locator("#map svg circle.place").count() == len(located) == 8
    seen.assert_clean()


def test_map_draws_the_outline_and_the_places(visit, client: httpx.Client) -> None:
    located = client.get("/api/places", params={"located": True}).json()["items"]
    seen = visit("/map")
    page = seen.page
    page.wait_for_selector("#map svg path.country")
    assert page.locator("#map svg path.country").count() > 150  # the 1:110m outline has 177 countries
    assert page.locator("#map svg circle.place").count() == len(located) > 0
    assert page.locator("#places tbody tr").count() == len(located)
    seen.assert_clean()
    where_events = client.get("/api/places", params={"located": True, "events_only": True}).json()["items"]
    seen = visit("/map?events_only=true")
    seen.page.wait_for_selector("#map svg path.country")
    assert seen.page.locator("#map svg circle.place").count() == len(where_events) > 0
    seen.assert_clean()


def test_network_draws_nodes_and_links(visit, client: httpx.Client) -> None:
    network = client.get("/api/network").json()
    seen = visit("/network")
    page = seen.page
    page.wait_for_function("document.getElementById('network-status').textContent !== 'Loading…'")
    assert page.locator("#network svg line.link").count() == len(network["links"])
    assert page.locator("#network svg a.node").count() == (len(network["nodes"]) if network["links"] else 0)
    seen.assert_clean()


def _spans_text(page, ref: str) -> str:
    return page.evaluate(
        """ref => [...document.querySelectorAll('#article-text .seg[data-refs]')]
               .filter(el => el.dataset.refs.split(' ').includes(ref)).map(el => el.textContent).join('')""",
        ref,
    )


def test_reader_highlights_spans_and_links_events_to_sentences(visit, records: dict[str, dict]) -> None:
    korea = records["korea"]
    seen = visit(f"/articles/{quote(korea['id'])}")
    page = seen.page
    text = korea["text"]
    # A known quote (the first one the quotes stage found) is highlighted exactly, colour-keyed as a quote.
    if korea["quotes"]:
        first = korea["quotes"][0]
        assert _spans_text(page, "q0") == text[first["start"] : first["end"]]
        assert page.locator(".seg.hl-quote").count() > 0
        background = page.locator(".seg.hl-quote").first.evaluate("el => getComputedStyle(el).backgroundColor")
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    # Whatever was found is highlighted exactly at its offsets, with the kind's class.
    for kind, listed, prefix in (("place", "places", "p"), ("date", "dates", "d"), ("amount", "amounts", "m")):
        for i, item in enumerate(korea[listed][:5]):
            assert _spans_text(page, f"{prefix}{i}") == text[item["start"] : item["end"]], (kind, item)
        assert page.locator(f".seg.hl-{kind}").count() >= min(1, len(korea[listed]))
    assert korea["places"], "the Korea sample has places to highlight"
    # Every event in the side panel links to its sentence; following the link marks that sentence.
    events = page.locator("#panel-events a.event-link")
    assert events.count() == len(korea["events"])
    if korea["events"]:
        events.first.click()
        sentence = korea["events"][0]["sentence"]
        page.wait_for_selector(f'.seg.current[data-s="{sentence}"]')
    page.goto(page.url.split("#")[0] + "#s-2")
    page.wait_for_selector('.seg.current[data-s="2"]')
    marked = page.evaluate("[...document.querySelectorAll('.seg.current')].map(el => el.textContent).join('')")
    s2 = korea["sentences"][2]
    assert marked.strip() == text[s2["start"] : s2["end"]].strip()
    # A side-panel place highlights its spans in the text.
    page.locator("#panel-places li.item").first.click()
    assert page.locator("#article-text .seg.focus").count() >= 1
    seen.assert_clean()


def test_hostile_markup_stays_inert(visit, records: dict[str, dict]) -> None:
    for path in (HOSTILE_PATH, "/articles", "/?date_from=2026-02", "/network", "/map", "/stories"):
        seen = visit(path)
        page = seen.page
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        assert page.locator("main img, main [onerror], main [onload], main [onclick], main script").count() == 0
        seen.assert_clean()
    reader = visit(HOSTILE_PATH).page
    assert reader.locator("#article-title").inner_text() == HOSTILE_TITLE
    assert reader.locator("#article-source").inner_text() == HOSTILE_SOURCE
    shown = reader.locator("#article-text").inner_text()
    assert "<script>window.__pwned = 'text'</script>" in shown
    assert "onerror=\"window.__pwned='text-img'\"" in shown
    assert reader.evaluate("document.title").startswith("<script>")
    listing = visit("/articles").page
    link = listing.get_by_text(HOSTILE_TITLE, exact=True)
    assert link.count() == 1
    with listing.expect_navigation():  # the id (slash, space, '#', '?', markup) survives the link
        link.click()
    assert listing.locator("#article-title").inner_text() == HOSTILE_TITLE
