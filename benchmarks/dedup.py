"""Syndication benchmark: near-duplicate precision/recall on perturbed newswire, and check time at 10k stored.

    .venv/bin/python benchmarks/dedup.py                      # default sizes (about 2-4 minutes on 1 core)
    .venv/bin/python benchmarks/dedup.py --copies 200 --stored 5000

Corpus: the 2,452 AFP/Xinhua TE3-silver articles (../shared/benchmarks/newswire-te3-silver, read in place,
TimeML tags stripped) as distinct originals, plus copies made from a seeded random sample of them, each
with its own banner (a republisher), headline and later date, written as .txt files and read back by
detente's reader (so the banner/headline/date handling is the real one):

- exact:   the body unchanged;
- trimmed: only the first 40-80 % of the paragraphs kept (republishers cut from the bottom);
- edited:  2 %, 5 % or 10 % of the words changed (edited02/05/10), one sentence dropped, sentences
           re-paragraphed, a credit line added at the end.

Truth: a copy and its source form one group; the originals are distinct. Gigaword itself holds write-through
updates of the same story ("2nd Ld Writethru"), so groups joining two originals are counted as false
positives in the strict figure and listed separately (they are often genuine near-copies).

Articles go through ``detente.corpus.syndication.update`` (what ``Store.write`` runs) in batches of 64, in a
shuffled order (a copy may arrive before its source). Exact copies are included at this level; note that
``detente ingest`` already skips a body it has stored (same content hash) before analysis.

Speed: the store is filled to ``--stored`` articles (the corpus above plus distinct filler articles made of
paragraphs from different originals), then a fresh batch of copies and originals is checked; the figure is
wall time per article of ``syndication.update`` (shingling, MinHash, LSH bucket join in DuckDB, verification,
insert) -- the duplicate check as the write path runs it.

The parameters (word 3-grams, 128 permutations, LSH 0.25, Jaccard 0.4, containment 0.8) were chosen on a
separate development set (benchmarks/dedup_dev.py, the geoparsing news corpora), not on this one.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from detente.corpus import syndication  # noqa: E402
from detente.model import Article  # noqa: E402
from detente.read import read_paths  # noqa: E402
from detente.read.article import content_hash  # noqa: E402
from detente.store.schema import migrate  # noqa: E402

TE3 = ROOT.parent / "shared" / "benchmarks" / "newswire-te3-silver" / "te3-silver.tar.gz"
BATCH = 64
REPUBLISHERS = ["Asia News Network", "Yahoo News", "MSN", "NewsBreak", "Daily Times Online", "The World Wire"]
# Kinds of copy -> share of words a sub-editor changes (edited copies also lose a sentence, gain a credit).
EDIT_RATES = {"exact": None, "trimmed": None, "edited02": 0.02, "edited05": 0.05, "edited10": 0.10}
COPY_KINDS = tuple(f"{kind}-" for kind in EDIT_RATES)
CREDIT = "This article was first published by {src} and is republished with permission."


@dataclass(frozen=True)
class Original:
    doc_id: str
    date: str
    title: str
    dateline: str
    paragraphs: tuple[str, ...]


def load_te3() -> list[Original]:
    originals = []
    with tarfile.open(TE3) as tar:
        for member in tar.getmembers():
            if not member.isfile() or not member.name.endswith(".tml"):
                continue
            raw = tar.extractfile(member).read().decode("utf-8")
            doc_id = re.search(r"<DOCID>(.*?)</DOCID>", raw).group(1)
            dct = re.search(r"<DCT>(.*?)</DCT>", raw, re.S).group(1)
            value = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct)
            title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
            body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
            plain = html.unescape(re.sub(r"<[^>]+>", "", body))
            paragraphs = tuple(" ".join(p.split()) for p in re.split(r"\n\s*\n", plain) if p.strip())
            place = re.match(r"\s*([A-Z][A-Z .'-]+),", re.sub(r"<[^>]+>", "", dct))
            if not paragraphs or not value:
                continue
            originals.append(
                Original(
                    doc_id,
                    value.group(1),
                    headline(title.group(1)) if title else doc_id,
                    place.group(1).strip() if place else "",
                    paragraphs,
                )
            )
    return sorted(originals, key=lambda o: o.doc_id)


def headline(raw: str) -> str:
    """The TITLE element as a headline: tags, wire notes ("(picture)", "///") and a closing stop removed."""
    text = " ".join(html.unescape(re.sub(r"<[^>]+>", "", raw)).split())
    text = re.sub(r"(?:\s*\([^()]*\))+\s*$", "", text)
    return re.sub(r"[\s/.]+$", "", text) or "Untitled"


def page(banner: str | None, title: str, day: str, dateline: str, paragraphs: list[str]) -> str:
    """An article as pasted: banner, headline, a Published line, the dateline opening the body."""
    head = [banner] if banner else []
    first = f"{dateline} — {paragraphs[0]}" if dateline else paragraphs[0]
    when = date.fromisoformat(day)
    published = f"Published: {when:%B} {when.day}, {when.year}"
    return "\n\n".join([*head, title, published, first, *paragraphs[1:]]) + "\n"


def later(day: str, rng: random.Random) -> str:
    return (date.fromisoformat(day) + timedelta(days=rng.randint(1, 3))).isoformat()


def edit(paragraphs: list[str], rng: random.Random, source: str, rate: float) -> list[str]:
    words_changed = []
    for paragraph in paragraphs:
        words = paragraph.split(" ")
        words_changed.append(" ".join(w[::-1] + "x" if rng.random() < rate else w for w in words))
    sentences = [s for p in words_changed for s in re.split(r"(?<=[.!?]) ", p)]
    if len(sentences) > 2:
        drop = rng.randrange(1, len(sentences))
        sentences = sentences[:drop] + sentences[drop + 1 :]
    # Re-paragraph every three sentences, as a CMS would.
    out = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    return [*out, CREDIT.format(src=source)]


def build_files(originals: list[Original], copies: int, folder: Path, seed: int) -> dict[str, str]:
    """Write originals and copies as .txt files; returns file name -> truth cluster (the source doc id)."""
    rng = random.Random(seed)
    truth: dict[str, str] = {}
    for o in originals:
        name = f"{o.doc_id}.txt"
        (folder / name).write_text(page(None, o.title, o.date, o.dateline, list(o.paragraphs)), encoding="utf-8")
        truth[name] = o.doc_id
    sources = rng.sample(originals, min(len(originals), copies * len(EDIT_RATES)))
    kinds = [kind for kind in EDIT_RATES for _ in range(copies)]
    for kind, o in zip(kinds, sources, strict=False):
        banner = rng.choice(REPUBLISHERS)
        headline = rng.choice(["UPDATE: ", "", "Report: ", "WORLD NEWS | "]) + o.title.upper()
        paragraphs = list(o.paragraphs)
        if kind == "trimmed":
            paragraphs = paragraphs[: max(1, round(len(paragraphs) * rng.uniform(0.4, 0.8)))]
        elif EDIT_RATES[kind]:
            paragraphs = edit(paragraphs, rng, "AFP" if o.doc_id.startswith("AFP") else "Xinhua", EDIT_RATES[kind])
        name = f"{kind}-{o.doc_id}.txt"
        (folder / name).write_text(page(banner, headline, later(o.date, rng), o.dateline, paragraphs), encoding="utf-8")
        truth[name] = o.doc_id
    return truth


def read_folder(folder: Path) -> dict[str, Article]:
    """Read every file with detente's reader; ids made unique per file (exact copies share a body)."""
    articles = {}
    for item in read_paths([folder]):
        if isinstance(item, Article):
            name = Path(item.path).name
            articles[name] = item.model_copy(update={"id": name})
    return articles


def run_updates(conn: duckdb.DuckDBPyConnection, articles: list[Article]) -> float:
    started = time.perf_counter()
    for i in range(0, len(articles), BATCH):
        conn.execute("BEGIN TRANSACTION")
        syndication.update(conn, articles[i : i + BATCH])
        conn.execute("COMMIT")
    return time.perf_counter() - started


def pairs(groups: dict[str, list[str]]) -> set[frozenset[str]]:
    return {frozenset(p) for members in groups.values() for p in combinations(sorted(members), 2)}


def evaluate(conn: duckdb.DuckDBPyConnection, truth: dict[str, str]) -> None:
    predicted: dict[int, list[str]] = defaultdict(list)
    for article_id, group in conn.execute("SELECT article_id, group_id FROM syndication").fetchall():
        if group is not None and article_id in truth:
            predicted[group].append(article_id)
    true_groups: dict[str, list[str]] = defaultdict(list)
    for name, cluster in truth.items():
        true_groups[cluster].append(name)
    true_pairs = pairs({k: v for k, v in true_groups.items() if len(v) > 1})
    found_pairs = pairs({str(k): v for k, v in predicted.items()})
    tp = len(true_pairs & found_pairs)
    fp_pairs = found_pairs - true_pairs
    between_originals = {p for p in fp_pairs if all(truth[n] == n.removesuffix(".txt") for n in p)}
    precision = tp / len(found_pairs) if found_pairs else 1.0
    recall = tp / len(true_pairs) if true_pairs else 1.0
    copies = [n for n in truth if n.startswith(COPY_KINDS)]
    print(f"articles: {len(truth)} ({len(truth) - len(copies)} originals, {len(copies)} copies)")
    print(f"pairs: true {len(true_pairs)}, predicted {len(found_pairs)}, correct {tp}")
    print(
        f"pairwise precision {precision:.3f}  recall {recall:.3f}  F1 {2 * precision * recall / max(precision + recall, 1e-9):.3f}"
    )
    print(
        f"false-positive pairs: {len(fp_pairs)}, of which {len(between_originals)} join two TE3 originals "
        "(Gigaword write-throughs of one story?)"
    )
    if fp_pairs:
        precision_copies = tp / (len(found_pairs) - len(between_originals)) if found_pairs else 1.0
        print(f"precision not counting original-original pairs: {precision_copies:.3f}")
    grouped_of = {m: g for g, members in predicted.items() for m in members}
    for kind in EDIT_RATES:
        names = [n for n in truth if n.startswith(kind + "-")]
        hits = sum(1 for n in names if n in grouped_of and grouped_of.get(truth[n] + ".txt") == grouped_of[n])
        print(f"  recall {kind:8s} {hits}/{len(names)} = {hits / max(len(names), 1):.3f}")
    originals_ok = 0
    checked = 0
    rows = conn.execute("SELECT article_id, original_id FROM syndication_original").fetchall()
    for article_id, original_id in rows:
        if article_id in truth and article_id.startswith(COPY_KINDS):
            checked += 1
            originals_ok += original_id == truth[article_id] + ".txt"
    print(f"copies whose group names their true source as original: {originals_ok}/{checked}")
    if between_originals:
        # Are they real near-copies? Exact (not estimated) similarity of their shingle sets.
        texts = dict(conn.execute("SELECT id, text FROM bench_text").fetchall())
        real = 0
        for pair in between_originals:
            a, b = (syndication.shingles(texts[n]) for n in pair)
            jaccard = len(a & b) / max(len(a | b), 1)
            containment = len(a & b) / max(min(len(a), len(b)), 1)
            real += jaccard >= syndication.MIN_JACCARD or containment >= syndication.MIN_CONTAINMENT
        print(
            f"  original-original pairs whose exact similarity passes the copy thresholds: {real}/{len(between_originals)}"
        )
        for pair in sorted(between_originals, key=sorted)[:3]:
            print("   e.g.", " <> ".join(sorted(pair)))
    wrong = [
        (a, o)
        for a, o in rows
        if a in truth and a.startswith(COPY_KINDS) and o != truth[a] + ".txt" and grouped_of.get(a) is not None
    ]
    for article_id, original_id in wrong[:3]:
        print(f"   original named for {article_id}: {original_id}")


def filler(originals: list[Original], count: int, seed: int) -> list[Article]:
    """Distinct articles for the speed run: paragraphs drawn from different originals."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        parts = [rng.choice(rng.choice(originals).paragraphs) for _ in range(rng.randint(4, 9))]
        text = "\n\n".join(parts)
        out.append(Article(id=f"filler-{i}", text=text, date="2006-01-01", content_hash=content_hash(text)))
    return out


def original_view(conn: duckdb.DuckDBPyConnection) -> None:
    """The original of each group (earliest date, then first stored), as Store.write writes it on articles."""
    conn.execute(
        """
        CREATE OR REPLACE TEMP VIEW syndication_original AS
        SELECT article_id, first_value(article_id) OVER (
            PARTITION BY group_id ORDER BY "date" NULLS LAST, stored_order
            ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS original_id
        FROM syndication WHERE group_id IS NOT NULL
        """
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=200, help="Copies of each kind (see EDIT_RATES).")
    parser.add_argument("--stored", type=int, default=10_000, help="Store size for the speed figure.")
    parser.add_argument("--probe", type=int, default=640, help="Articles checked against the full store.")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    originals = load_te3()
    print(f"TE3-silver originals: {len(originals)}")
    with tempfile.TemporaryDirectory(prefix="detente-dedup-") as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        truth = build_files(originals, args.copies, folder, args.seed)
        articles = read_folder(folder)
        order = sorted(articles)
        random.Random(args.seed).shuffle(order)
        conn = duckdb.connect(str(Path(tmp) / "dedup.duckdb"))
        migrate(conn)
        conn.execute("CREATE TABLE bench_text (id VARCHAR, text VARCHAR)")
        conn.executemany("INSERT INTO bench_text VALUES (?, ?)", [(n, a.text) for n, a in articles.items()])
        seconds = run_updates(conn, [articles[n] for n in order])
        print(f"\n== accuracy ({len(order)} articles, batches of {BATCH}, shuffled) ==")
        original_view(conn)
        evaluate(conn, truth)
        print(
            f"time: {seconds:.1f} s, {1000 * seconds / len(order):.2f} ms/article while the store grew to {len(order)}"
        )

        print(f"\n== speed at {args.stored:,} stored articles ==")
        probe_source = random.Random(args.seed + 1).sample(originals, args.probe)
        fill = max(0, args.stored - len(order))
        started = time.perf_counter()
        run_updates(conn, filler(originals, fill, args.seed))
        print(f"filled with {fill:,} distinct filler articles in {time.perf_counter() - started:.1f} s")
        stored = conn.execute("SELECT count(*) FROM syndication").fetchall()[0][0]
        bands = conn.execute("SELECT count(*) FROM syndication_band").fetchall()[0][0]
        probes = []
        for i, o in enumerate(probe_source):
            paragraphs = list(o.paragraphs)
            if i % 2:  # half are trimmed copies, half new distinct articles (filler-like mixtures)
                text = "\n\n".join(paragraphs[: max(1, len(paragraphs) * 2 // 3)]) + f"\n\nprobe {i}"
            else:
                rng = random.Random(i)
                text = "\n\n".join(rng.choice(rng.choice(originals).paragraphs) for _ in range(6)) + f"\n\nprobe {i}"
            probes.append(Article(id=f"probe-{i}", text=text, date="2007-01-01", content_hash=content_hash(text)))
        seconds = run_updates(conn, probes)
        found = conn.execute(
            "SELECT count(*) FROM syndication WHERE article_id LIKE 'probe-%' AND group_id IS NOT NULL"
        ).fetchall()[0][0]
        print(f"store: {stored:,} articles, {bands:,} LSH band rows")
        print(
            f"duplicate check: {len(probes)} articles in batches of {BATCH}: {seconds:.2f} s, "
            f"{1000 * seconds / len(probes):.2f} ms/article ({found} grouped; {len(probes) // 2} were trimmed copies)"
        )
        conn.close()


if __name__ == "__main__":
    main()
