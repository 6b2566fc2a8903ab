"""Syndication: exact and near copies of an article across the stored corpus (MinHash LSH, datasketch).

Each stored article keeps its MinHash signature (word 3-gram shingles of the clean text) and its LSH
band buckets in DuckDB (tables ``syndication`` and ``syndication_band``), so a new process checks new
articles against everything stored with one indexed join -- nothing is recomputed. Candidates that
share a bucket are verified on the signatures: a copy is an estimated Jaccard similarity of at least
``MIN_JACCARD``, or a trimmed copy whose shingles are mostly contained in the other's.

Copies form a syndication group; its original is the member with the earliest publication date
(ties: the one stored first). Republished copies keep their own outlet and date.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import duckdb
import numpy as np
import pyarrow as pa
from datasketch import MinHash, MinHashLSH

from ..model import Article
from .tables import insert_arrow

# Chosen on a development set (the geoparsing news corpora, see benchmarks/dedup_dev.py), not on the
# TE3 newswire the benchmark reports: word 3-grams keep an edited copy similar (a changed word breaks
# three shingles, not five) with no loss of precision there.
NUM_PERM = 128
SHINGLE_WORDS = 3
# LSH band threshold below the acceptance thresholds, so that true copies nearly always share a band
# (42 bands of 3 rows: at J = 0.5 the chance of a shared band is 99.6%); candidates are then verified
# on the signatures.
LSH_THRESHOLD = 0.25
MIN_JACCARD = 0.4
# A copy trimmed to its first paragraphs has a low Jaccard but most of its shingles in the original.
MIN_CONTAINMENT = 0.8
MIN_SHINGLES_FOR_CONTAINMENT = 20
SEED = 1

_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[bytes]:
    """Word n-grams of the lower-cased text: layout, punctuation and case do not tell copies apart."""
    words = _WORD.findall(text.lower())
    if len(words) < size:
        return {" ".join(words).encode()} if words else set()
    return {" ".join(words[i : i + size]).encode() for i in range(len(words) - size + 1)}


@lru_cache(maxsize=1)
def _lsh_shape() -> tuple[int, int]:
    """(bands, rows per band) that datasketch chooses for LSH_THRESHOLD and NUM_PERM."""
    lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
    return lsh.b, lsh.r


@lru_cache(maxsize=1)
def _template() -> MinHash:
    """Permutations are drawn once; copies of this template hash new texts."""
    return MinHash(num_perm=NUM_PERM, seed=SEED)


@dataclass(frozen=True)
class Signature:
    values: np.ndarray  # uint64, NUM_PERM values
    shingle_count: int

    def to_bytes(self) -> bytes:
        return self.values.astype("<u8").tobytes()

    @staticmethod
    def from_bytes(blob: bytes, shingle_count: int) -> Signature:
        return Signature(np.frombuffer(blob, dtype="<u8"), shingle_count)

    def bands(self) -> list[tuple[int, int]]:
        """(band, bucket) pairs: the bucket is a stable 64-bit hash of the band's slice of values."""
        b, r = _lsh_shape()
        out = []
        for band in range(b):
            digest = hashlib.blake2b(self.values[band * r : (band + 1) * r].tobytes(), digest_size=8).digest()
            out.append((band, int.from_bytes(digest, "little", signed=True)))
        return out


def signature(text: str) -> Signature:
    grams = shingles(text)
    minhash = _template().copy()
    if grams:
        minhash.update_batch(list(grams))
    return Signature(minhash.hashvalues.astype(np.uint64), len(grams))


def similarity(a: Signature, b: Signature) -> tuple[float, float]:
    """(estimated Jaccard, estimated containment of the smaller set in the larger)."""
    jaccard = float(np.mean(a.values == b.values))
    small, large = sorted((a.shingle_count, b.shingle_count))
    if small == 0:
        return jaccard, 0.0
    # |A ∩ B| = J (|A| + |B|) / (1 + J)
    containment = min(1.0, jaccard * (small + large) / (1 + jaccard) / small)
    return jaccard, containment


def is_copy(jaccard: float, containment: float, smaller: int) -> bool:
    return jaccard >= MIN_JACCARD or (smaller >= MIN_SHINGLES_FOR_CONTAINMENT and containment >= MIN_CONTAINMENT)


@dataclass
class SyndicationResult:
    """What one update changed: the groups touched and each new article's best stored match."""

    groups: set[int] = field(default_factory=set)
    matches: dict[str, tuple[str, float]] = field(default_factory=dict)


def _fetch_signatures(conn: duckdb.DuckDBPyConnection, ids: Iterable[str]) -> dict[str, tuple[Signature, int | None]]:
    ids = list(ids)
    if not ids:
        return {}
    rows = conn.execute(
        "SELECT article_id, signature, shingle_count, group_id FROM syndication WHERE article_id IN (SELECT unnest(?))",
        [ids],
    ).fetchall()
    return {r[0]: (Signature.from_bytes(r[1], r[2]), r[3]) for r in rows}


def _stored_candidates(conn: duckdb.DuckDBPyConnection, bands: dict[str, list[tuple[int, int]]]) -> dict[str, set[str]]:
    """New article id -> stored article ids sharing at least one LSH bucket (one indexed join)."""
    rows = [(band, bucket, aid) for aid, pairs in bands.items() for band, bucket in pairs]
    if not rows:
        return {}
    incoming = pa.table(
        {
            "band": pa.array([r[0] for r in rows], pa.int64()),
            "bucket": pa.array([r[1] for r in rows], pa.int64()),
            "new_id": pa.array([r[2] for r in rows], pa.string()),
        }
    )
    conn.register("_syndication_incoming", incoming)
    try:
        found = conn.execute(
            "SELECT DISTINCT i.new_id, s.article_id FROM _syndication_incoming i "
            "JOIN syndication_band s ON s.band = i.band AND s.bucket = i.bucket"
        ).fetchall()
    finally:
        conn.unregister("_syndication_incoming")
    out: dict[str, set[str]] = {}
    for new_id, stored_id in found:
        out.setdefault(new_id, set()).add(stored_id)
    return out


def update(conn: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> SyndicationResult:
    """Index new articles and group them with their stored (or same-batch) copies.

    Runs inside the caller's transaction. Articles already indexed are skipped, so calling it twice
    with the same articles changes nothing.
    """
    result = SyndicationResult()
    _ensure_parameters(conn)
    indexed = {
        r[0]
        for r in conn.execute(
            "SELECT article_id FROM syndication WHERE article_id IN (SELECT unnest(?))", [[a.id for a in articles]]
        ).fetchall()
    }
    fresh = [a for a in articles if a.id not in indexed]
    if not fresh:
        return result
    signatures = {a.id: signature(a.text) for a in fresh}
    bands = {aid: sig.bands() for aid, sig in signatures.items()}
    stored_candidates = _stored_candidates(conn, bands)
    stored = _fetch_signatures(conn, set().union(*stored_candidates.values()) if stored_candidates else ())
    # Exact copies (same clean text) are copies whatever the buckets say.
    by_hash = dict(
        conn.execute(
            "SELECT content_hash, article_id FROM syndication WHERE content_hash IN (SELECT unnest(?))",
            [[a.content_hash for a in fresh]],
        ).fetchall()
    )
    order = _next(conn, "stored_order")
    next_group = _next(conn, "group_id")
    groups: dict[str, int | None] = {aid: g for aid, (_, g) in stored.items()}
    batch_buckets: dict[tuple[int, int], list[str]] = {}
    rows: list[dict] = []
    absorbed_by: dict[int, int] = {}  # groups bridged by a new article: absorbed -> kept

    def final(group: int | None) -> int | None:
        while group in absorbed_by:
            group = absorbed_by[group]
        return group

    for article in fresh:
        sig = signatures[article.id]
        candidates = set(stored_candidates.get(article.id, ()))
        for pair in bands[article.id]:
            candidates.update(batch_buckets.get(pair, ()))
        if article.content_hash in by_hash:
            candidates.add(by_hash[article.content_hash])
        best: tuple[str, float] | None = None
        matched: list[str] = []
        for other in candidates:
            other_sig = stored[other][0] if other in stored else signatures[other]
            jaccard, containment = similarity(sig, other_sig)
            exact = by_hash.get(article.content_hash) == other
            if exact or is_copy(jaccard, containment, min(sig.shingle_count, other_sig.shingle_count)):
                matched.append(other)
                score = 1.0 if exact else jaccard
                if best is None or score > best[1]:
                    best = (other, score)
        group: int | None = None
        if matched:
            existing = sorted({g for m in matched if (g := final(groups.get(m))) is not None})
            if existing:
                group = existing[0]  # the oldest group absorbs the others
                absorbed_by.update((g, group) for g in existing[1:])
            else:
                group = next_group
                next_group += 1
            for m in matched:
                if groups.get(m) is None:
                    groups[m] = group
            result.matches[article.id] = best  # type: ignore[assignment]
        groups[article.id] = group
        for pair in bands[article.id]:
            batch_buckets.setdefault(pair, []).append(article.id)
        rows.append(
            {
                "article_id": article.id,
                "content_hash": article.content_hash,
                "date": article.date,
                "signature": sig.to_bytes(),
                "shingle_count": sig.shingle_count,
                "stored_order": order,
                "group_id": group,
                "matched_id": best[0] if best else None,
                "similarity": round(best[1], 4) if best else None,
            }
        )
        order += 1

    for row in rows:  # a batch member may have gained a copy, or its group a merge, later in the batch
        row["group_id"] = final(groups[row["article_id"]])
    _insert(conn, rows, bands)
    # Stored articles that just gained their first copy, and groups bridged by a new article.
    for aid, group in groups.items():
        if aid in stored and stored[aid][1] is None and group is not None:
            conn.execute("UPDATE syndication SET group_id = ? WHERE article_id = ?", [final(group), aid])
    for absorbed in absorbed_by:
        conn.execute("UPDATE syndication SET group_id = ? WHERE group_id = ?", [final(absorbed), absorbed])
    result.groups = {final(g) for g in groups.values() if g is not None}
    _refresh_articles(conn, result.groups)
    return result


def parameters() -> str:
    """What a stored signature depends on: signatures made otherwise cannot be compared with new ones."""
    return f"minhash perm={NUM_PERM} seed={SEED} words={SHINGLE_WORDS} lsh={LSH_THRESHOLD}"


def _ensure_parameters(conn: duckdb.DuckDBPyConnection) -> None:
    """Re-sign the stored articles once when the signature parameters changed (a detente upgrade).

    Groups already found are kept; only signatures and LSH buckets are recomputed from the stored texts.
    """
    rows = conn.execute("SELECT value FROM meta WHERE key = 'syndication_parameters'").fetchall()
    if rows and rows[0][0] == parameters():
        return
    stored = conn.execute(
        "SELECT s.article_id, a.text FROM syndication s JOIN article a ON a.id = s.article_id"
    ).fetchall()
    if stored:
        signatures = {article_id: signature(text) for article_id, text in stored}
        conn.execute("DELETE FROM syndication_band")
        conn.executemany(
            "UPDATE syndication SET signature = ?, shingle_count = ? WHERE article_id = ?",
            [[sig.to_bytes(), sig.shingle_count, article_id] for article_id, sig in signatures.items()],
        )
        _insert_bands(conn, {article_id: sig.bands() for article_id, sig in signatures.items()})
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('syndication_parameters', ?)", [parameters()])


def _next(conn: duckdb.DuckDBPyConnection, column: str) -> int:
    value = conn.execute(f"SELECT max({column}) FROM syndication").fetchall()[0][0]  # column: a fixed name
    return 1 if value is None else int(value) + 1


def _insert(conn: duckdb.DuckDBPyConnection, rows: list[dict], bands: dict[str, list[tuple[int, int]]]) -> None:
    table = pa.table(
        {
            "article_id": pa.array([r["article_id"] for r in rows], pa.string()),
            "content_hash": pa.array([r["content_hash"] for r in rows], pa.string()),
            "date": pa.array([r["date"] for r in rows], pa.string()),
            "signature": pa.array([r["signature"] for r in rows], pa.binary()),
            "shingle_count": pa.array([r["shingle_count"] for r in rows], pa.int64()),
            "stored_order": pa.array([r["stored_order"] for r in rows], pa.int64()),
            "group_id": pa.array([r["group_id"] for r in rows], pa.int64()),
            "matched_id": pa.array([r["matched_id"] for r in rows], pa.string()),
            "similarity": pa.array([r["similarity"] for r in rows], pa.float64()),
        }
    )
    insert_arrow(conn, "syndication", table)
    _insert_bands(conn, bands)


def _insert_bands(conn: duckdb.DuckDBPyConnection, bands: dict[str, list[tuple[int, int]]]) -> None:
    band_rows = [(band, bucket, aid) for aid, pairs in bands.items() for band, bucket in pairs]
    band_table = pa.table(
        {
            "band": pa.array([r[0] for r in band_rows], pa.int64()),
            "bucket": pa.array([r[1] for r in band_rows], pa.int64()),
            "article_id": pa.array([r[2] for r in band_rows], pa.string()),
        }
    )
    insert_arrow(conn, "syndication_band", band_table, or_ignore=True)


def _refresh_articles(conn: duckdb.DuckDBPyConnection, groups: set[int]) -> None:
    """Write each touched group's id and original onto its members' article rows.

    The stored ``record`` stays as analysed; ``Store.article`` reads these two fields from the columns.
    """
    if not groups:
        return
    conn.execute(
        """
        UPDATE article SET
            syndication_group = g.group_id,
            original_id = g.original_id
        FROM (
            SELECT article_id, group_id,
                   first_value(article_id) OVER (
                       PARTITION BY group_id ORDER BY "date" NULLS LAST, stored_order
                       ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS original_id
            FROM syndication WHERE group_id IN (SELECT unnest(?))
        ) g
        WHERE article.id = g.article_id
        """,
        [sorted(groups)],
    )
