"""API latency benchmark: p50/p95 of the main endpoints over a DuckDB with >= 100k synthetic events.

Builds (once, then reuses) a database of synthetic article records -- ``detente.serve.synthetic``:
valid records of the data model, 10 coded events each between nine actors, outlets in four countries,
geocoded places -- written with the real Store (so the corpus layer's outlets, syndication and stories
are computed as at ingest). Then starts ``detente serve`` in a subprocess on a free loopback port and
times sequential HTTP requests per endpoint, with varied parameters (actors, dyads, roots, date ranges,
deep pages), after one warm-up round.

    .venv/bin/python benchmarks/api_latency.py                       # 10,000 articles = 100,000 events
    .venv/bin/python benchmarks/api_latency.py --articles 20000 --requests 60 --rebuild

The target is p95 <= 100 ms per endpoint. Latency is wall time at the client, one request at a time,
on this machine (2 shared cores); nothing was tuned against these figures beyond the query design.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx

from detente.serve.synthetic import ACTORS, synthetic_articles
from detente.store import Store

ROOT = Path(__file__).resolve().parents[1]
TARGET_P95_MS = 100.0
COUNTRIES = sorted({code[:3] for code, *_ in ACTORS if not code.startswith("IGO")})
ROOTS = ["01", "02", "03", "04", "05", "06", "07", "11", "13", "16", "19"]


def build(db: Path, articles: int, batch: int = 500) -> None:
    started = time.perf_counter()
    partial = db.with_suffix(".partial.duckdb")
    partial.unlink(missing_ok=True)
    with Store(partial) as store:
        pending = []
        for article in synthetic_articles(articles):
            pending.append(article)
            if len(pending) == batch:
                store.write(pending)
                pending = []
                print(f"  stored {store.counts()['article']:,} articles", file=sys.stderr, flush=True)
        store.write(pending)
    shutil.move(partial, db)
    print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def requests(rng: random.Random, article_ids: list[str]) -> dict[str, Callable[[], tuple[str, dict]]]:
    """Endpoint name -> a maker of (path, params), varied on each call."""

    def pair() -> tuple[str, str]:
        a, b = rng.sample(COUNTRIES, 2)
        return a, b

    def year_range() -> dict:
        year = rng.randint(2020, 2025)
        return {"date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}

    return {
        "events (newest first)": lambda: ("/api/events", {"limit": 50}),
        "events actor+root": lambda: (
            "/api/events",
            {"actor": rng.choice(COUNTRIES), "root": rng.choice(ROOTS), "limit": 50},
        ),
        "events dyad+dates": lambda: ("/api/events", {"dyad": "-".join(pair()), **year_range(), "limit": 50}),
        "events quad+outlet+deep page": lambda: (
            "/api/events",
            {
                "quad_class": rng.randint(1, 4),
                "outlet_country": rng.choice(["KOR", "CHN", "JPN", "USA"]),
                "sort": "-goldstein",
                "offset": rng.randint(0, 5000),
                "limit": 100,
            },
        ),
        "articles search": lambda: ("/api/articles", {"actor": rng.choice(COUNTRIES), "limit": 50}),
        "article with spans": lambda: (f"/api/articles/{rng.choice(article_ids)}", {}),
        "actors": lambda: ("/api/actors", {"limit": 50}),
        "stories": lambda: ("/api/stories", {"actor": rng.choice(COUNTRIES), "limit": 50}),
        "dyad timeline (month, by outlet)": lambda: ("/api/dyads/{}/{}/timeline".format(*pair()), {"by": "month"}),
        "network": lambda: ("/api/network", {}),
        "places": lambda: ("/api/places", {"located": True}),
    }


def cpu_ms(pid: int) -> float:
    """CPU time (user + system, all threads) the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


def report(client: httpx.Client, makers: dict[str, Callable[[], tuple[str, dict]]], count: int, pid: int) -> None:
    """Time ``count`` sequential requests per endpoint; print p50/p95 over all of them and over the
    requests whose exact parameters were new (the server keeps aggregate answers: see Memo), and the
    server's CPU time per request, which other load on the machine does not inflate."""
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"machine: {os.cpu_count()} cores, load average {load} (wall times grow with other load)")
    print(f"{count} sequential requests per endpoint; milliseconds at the client")
    print(
        f"{'endpoint':34} {'first':>6} | {'p50':>7} {'p95':>7} {'max':>7} | {'new':>4} {'p50':>7} {'p95':>7} "
        f"| cpu/req | rows"
    )
    worst = worst_new = 0.0
    seen: set[tuple] = set()
    first_call: dict[str, float] = {}
    for name, make in makers.items():  # warm-up, timed apart: DuckDB's first plans, page cache, Memo
        path, params = make()
        started = time.perf_counter()
        client.get(path, params=params).raise_for_status()
        first_call[name] = (time.perf_counter() - started) * 1000
        seen.add((path, tuple(sorted(params.items()))))
    for name, make in makers.items():
        times: list[float] = []
        new: list[float] = []
        sizes: list[int] = []
        cpu_before = cpu_ms(pid)
        for _ in range(count):
            path, params = make()
            key = (path, tuple(sorted(params.items())))
            started = time.perf_counter()
            response = client.get(path, params=params)
            elapsed = (time.perf_counter() - started) * 1000
            response.raise_for_status()
            times.append(elapsed)
            if key not in seen:
                seen.add(key)
                new.append(elapsed)
            body = response.json()
            sizes.append(len(body.get("items") or body.get("series") or body.get("links") or body.get("spans") or []))
        cpu = (cpu_ms(pid) - cpu_before) / count
        worst = max(worst, percentile(times, 0.95))
        new_columns = f"{0:4} {'-':>7} {'-':>7}"
        if new:
            worst_new = max(worst_new, percentile(new, 0.95))
            new_columns = f"{len(new):4} {statistics.median(new):7.1f} {percentile(new, 0.95):7.1f}"
        print(
            f"{name:34} {first_call[name]:6.0f} | {statistics.median(times):7.1f} {percentile(times, 0.95):7.1f} {max(times):7.1f} | "
            f"{new_columns} | {cpu:7.1f} | {statistics.median(sizes):.0f}"
        )
    verdict = "met" if worst <= TARGET_P95_MS else "NOT met"
    print(f"worst p95, all requests: {worst:.1f} ms (target <= {TARGET_P95_MS:.0f} ms: {verdict})")
    print(f"worst p95, requests with new parameters: {worst_new:.1f} ms")
    print("first = the very first request to the endpoint (cold: not in DuckDB's cache, not in the Memo)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=Path("/tmp/detente-api-latency.duckdb"))
    parser.add_argument("--articles", type=int, default=10_000, help="10 events each (default: 100k events)")
    parser.add_argument("--requests", type=int, default=40, help="timed requests per endpoint")
    parser.add_argument("--rebuild", action="store_true", help="build the database again")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()

    if args.rebuild or not args.db.exists():
        build(args.db, args.articles)
    with Store(args.db, read_only=True) as store:
        counts = store.counts()
        article_ids = [r[0] for r in store.conn.execute("SELECT id FROM article USING SAMPLE 500 ROWS").fetchall()]
    print(
        f"database: {args.db} ({args.db.stat().st_size / 1e6:.0f} MB): {counts['article']:,} articles, "
        f"{counts['event']:,} events, {counts.get('story', 0):,} stories, {counts['place']:,} places"
    )

    port = free_port()
    server = subprocess.Popen(
        [str(ROOT / ".venv/bin/detente"), "serve", "--db", str(args.db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    rng = random.Random(args.seed)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/actors", params={"limit": 1}).raise_for_status()
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("the server did not start") from None
                    time.sleep(0.2)
            makers = requests(rng, article_ids)
            report(client, makers, args.requests, server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
