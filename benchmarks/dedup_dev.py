"""Development set for the syndication parameters: shingle size and thresholds, chosen here, reported elsewhere.

    .venv/bin/python benchmarks/dedup_dev.py        # about a minute

The parameters of ``detente.corpus.syndication`` (word n-gram size, LSH threshold, minimum Jaccard and
containment) were chosen on this set -- the geoparsing news corpora (../shared/benchmarks/geoparsing: LGL
US local news, TR-News, GeoWebNews; 888 articles over 60 words) -- so that ``benchmarks/dedup.py`` can
report on the TE3-silver newswire without having been tuned on it.

Copies are made at the text level: trimmed (first 40-80 % of the sentences) and edited (2, 5, 10 or 15 % of
the words changed, one sentence dropped, a credit line added), 100 of each. Each configuration runs the real
``syndication.update`` on a fresh in-memory DuckDB, in shuffled batches of 64, and prints pairwise precision,
recall, false-positive pairs (and how many join two originals) and recall per kind of copy.
"""

from __future__ import annotations

import random
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detente.corpus import syndication  # noqa: E402
from detente.model import Article  # noqa: E402
from detente.read.article import content_hash  # noqa: E402
from detente.store.schema import migrate  # noqa: E402

GEOPARSING = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
KINDS = {"trimmed": None, "edited02": 0.02, "edited05": 0.05, "edited10": 0.10, "edited15": 0.15}
# (shingle words, min Jaccard, min containment, LSH threshold); the first was the a-priori choice.
CONFIGS = [(5, 0.5, 0.8, 0.3), (4, 0.5, 0.8, 0.3), (3, 0.5, 0.8, 0.3), (5, 0.4, 0.8, 0.25), (4, 0.4, 0.8, 0.25),
           (3, 0.4, 0.8, 0.25), (5, 0.3, 0.7, 0.2)]  # fmt: skip


def load_texts() -> list[str]:
    texts = []
    for name in ("lgl.xml", "TR-News.xml", "GWN.xml"):
        for article in ET.parse(GEOPARSING / name).getroot().iter("article"):
            text = " ".join((article.findtext("text") or "").split())
            if len(text.split()) > 60:
                texts.append(text)
    return texts


def sentences(text: str) -> list[str]:
    return re.split(r"(?<=[.!?]) ", text)


def corpus(texts: list[str], seed: int) -> list[tuple[str, str, str]]:
    """(id, text, truth cluster) for the originals and their copies."""
    rng = random.Random(seed)
    items = [(f"o{i}", text, f"o{i}") for i, text in enumerate(texts)]
    sources = rng.sample(range(len(texts)), 100 * len(KINDS))
    for n, (kind, rate) in enumerate((k, r) for k, r in KINDS.items() for _ in range(100)):
        parts = sentences(texts[sources[n]])
        if rate is None:
            copy = " ".join(parts[: max(1, round(len(parts) * rng.uniform(0.4, 0.8)))])
        else:
            if len(parts) > 2:
                drop = rng.randrange(1, len(parts))
                parts = parts[:drop] + parts[drop + 1 :]
            words = " ".join(parts).split(" ")
            copy = " ".join(w[::-1] + "x" if rng.random() < rate else w for w in words)
            copy += " This article was first published elsewhere."
        items.append((f"{kind}-{n}", copy, f"o{sources[n]}"))
    return items


def run(items: list[tuple[str, str, str]], words: int, jaccard: float, containment: float, lsh: float) -> None:
    syndication.SHINGLE_WORDS, syndication.MIN_JACCARD = words, jaccard
    syndication.MIN_CONTAINMENT, syndication.LSH_THRESHOLD = containment, lsh
    syndication.shingles.__defaults__ = (words,)
    syndication._lsh_shape.cache_clear()
    conn = duckdb.connect()
    migrate(conn)
    articles = [Article(id=i, text=t, content_hash=content_hash(i + t)) for i, t, _ in items]
    random.Random(1).shuffle(articles)
    started = time.perf_counter()
    for start in range(0, len(articles), 64):
        syndication.update(conn, articles[start : start + 64])
    seconds = time.perf_counter() - started
    groups: dict[int, list[str]] = defaultdict(list)
    for article_id, group in conn.execute("SELECT article_id, group_id FROM syndication WHERE group_id IS NOT NULL").fetchall():  # fmt: skip
        groups[group].append(article_id)
    truth = {i: c for i, _, c in items}
    clusters: dict[str, list[str]] = defaultdict(list)
    for article_id, cluster in truth.items():
        clusters[cluster].append(article_id)
    found = {frozenset(p) for members in groups.values() for p in combinations(members, 2)}
    true = {frozenset(p) for members in clusters.values() for p in combinations(members, 2)}
    correct = len(found & true)
    wrong = found - true
    between_originals = sum(1 for p in wrong if all(x.startswith("o") for x in p))
    group_of = {m: g for g, members in groups.items() for m in members}
    recall = {
        kind: sum(1 for i in truth if i.startswith(kind + "-") and i in group_of and group_of.get(truth[i]) == group_of[i])
        for kind in KINDS
    }  # fmt: skip
    per_kind = " ".join(f"{kind} {hits}%" for kind, hits in recall.items())
    print(
        f"{words}-grams J>={jaccard} C>={containment} LSH {lsh}: precision {correct / max(len(found), 1):.3f} "
        f"recall {correct / len(true):.3f} false pairs {len(wrong)} ({between_originals} original-original) | "
        f"{per_kind} | {1000 * seconds / len(articles):.1f} ms/article"
    )


def main() -> None:
    texts = load_texts()
    items = corpus(texts, seed=3)
    print(f"dev set: {len(texts)} originals, {len(items) - len(texts)} copies")
    for config in CONFIGS:
        run(items, *config)


if __name__ == "__main__":
    main()
