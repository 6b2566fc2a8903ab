"""A real server for the serve tests: the samples plus a hostile article ingested by the real pipeline into a
DuckDB file, served by uvicorn on a free loopback port in a background thread."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
import uvicorn

from tests.conftest import SAMPLES

# An id as a JSONL file may give it: slashes, spaces, '#', '?' and markup must survive URLs and pages.
HOSTILE_ID = "hostile/markup #1?x=<b>"
HOSTILE_PATH = "/articles/" + quote(HOSTILE_ID)
# Markup that would run if any page put article data into the DOM as HTML. Each payload sets a
# different global, so a test can tell which field leaked.
HOSTILE_TITLE = (
    "<script>window.__pwned = 'title'</script>Seoul and Beijing <img src=x onerror=\"window.__pwned='title-img'\">"
)
HOSTILE_SOURCE = "<svg onload=\"window.__pwned='source'\">Evil Outlet</svg>"
HOSTILE_TEXT = (
    "South Korea's foreign ministry said on Tuesday that it would hold talks with China in Beijing next week. "
    "<script>window.__pwned = 'text'</script>\n\n"
    "The ministry <img src=x onerror=\"window.__pwned='text-img'\"> said the two governments agreed to expand "
    "trade and tourism, according to a statement.\n\n"
    '"We want <b onclick="window.__pwned=\'quote\'">peace</b> and cooperation with Japan," the minister told '
    "reporters in Seoul."
)


def write_hostile_article(folder: Path) -> Path:
    path = folder / "hostile.jsonl"
    record = {
        "id": HOSTILE_ID,
        "title": HOSTILE_TITLE,
        "source": HOSTILE_SOURCE,
        "url": "javascript:window.__pwned='url'",
        "date": "2026-02-10",
        "text": HOSTILE_TEXT,
    }
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def served_db(tmp_path_factory: pytest.TempPathFactory, samples_dir: Path) -> Path:
    """The two samples and the hostile article, read, analysed and stored by the real ingest."""
    from detente.store import Store, ingest

    folder = tmp_path_factory.mktemp("serve")
    hostile = write_hostile_article(folder)
    db = folder / "served.duckdb"
    with Store(db) as store:
        report = ingest([SAMPLES, hostile], store)
    assert report.stored_count == 3, report.rejected
    return db


class ThreadedServer:
    """uvicorn in a daemon thread on a socket bound to port 0: the OS picks a free port."""

    def __init__(self, app: object) -> None:
        self.socket = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> ThreadedServer:
        self.thread.start()
        deadline = time.monotonic() + 30
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.socket.close()


@pytest.fixture(scope="session")
def server(served_db: Path) -> Iterator[ThreadedServer]:
    from detente.serve import create_app

    with ThreadedServer(create_app(served_db)) as running:
        yield running


@pytest.fixture(scope="session")
def client(server: ThreadedServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url, timeout=30) as http:
        yield http


@pytest.fixture(scope="session")
def records(client: httpx.Client) -> dict[str, dict]:
    """Every stored article as the API returns it, keyed 'korea', 'cgtn' and 'hostile'."""
    listing = client.get("/api/articles", params={"limit": 500}).json()
    by_key: dict[str, dict] = {}
    for item in listing["items"]:
        record = client.get(f"/api/articles/{quote(item['id'])}").json()
        path = Path(record["path"] or "")
        key = {"korea-china-shanghai-2026-01-06.txt": "korea", "china-rok-gyeongju-cgtn.txt": "cgtn"}.get(path.name)
        by_key[key or ("hostile" if record["id"] == HOSTILE_ID else record["id"])] = record
    return by_key


@pytest.fixture(scope="session")
def synthetic_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ThreadedServer]:
    """A second server over synthetic records (many coded events between several countries, outlets in
    four countries), so the charts are exercised with data whatever the analysis stages find today."""
    from detente.serve import create_app
    from detente.serve.synthetic import synthetic_articles
    from detente.store import Store

    db = tmp_path_factory.mktemp("synthetic") / "synthetic.duckdb"
    with Store(db) as store:
        store.write(list(synthetic_articles(60, seed=11, days=180)))
    with ThreadedServer(create_app(db)) as running:
        yield running
