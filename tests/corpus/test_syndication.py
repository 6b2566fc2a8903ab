"""Syndication groups: exact and near copies found against everything stored, in this or a new process."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import duckdb
import pytest

from detente.corpus import syndication
from detente.corpus.views import syndication_groups
from detente.store import Store
from detente.store.schema import migrate

from ..conftest import CGTN_SAMPLE, KOREA_SAMPLE
from .builders import article


def body(path) -> str:
    """The sample's paragraphs (its first line is a metadata field, not text)."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "\n\n".join(lines[1:])


@pytest.fixture()
def korea() -> str:
    return body(KOREA_SAMPLE)


@pytest.fixture()
def cgtn() -> str:
    return body(CGTN_SAMPLE)


def trimmed(text: str, keep: float) -> str:
    paragraphs = text.split("\n\n")
    return "\n\n".join(paragraphs[: max(1, int(len(paragraphs) * keep))])


def edited(text: str, every: int) -> str:
    """A sub-editor's pass: every n-th word changed."""
    words = text.split(" ")
    return " ".join(w.upper() + "s" if i % every == 0 else w for i, w in enumerate(words))


def groups_of(store: Store) -> dict[str, int | None]:
    return dict(store.conn.execute("SELECT id, syndication_group FROM article").fetchall())


def test_shingles_ignore_case_punctuation_and_layout():
    assert syndication.shingles("Lee met Xi in Seoul, on Monday.") == syndication.shingles(
        "LEE met\nXi in Seoul on monday"
    )
    assert syndication.shingles("two words") == {b"two words"}
    assert syndication.shingles("") == set()


def test_signatures_and_buckets_are_stable(korea):
    first, second = syndication.signature(korea), syndication.signature(korea)
    assert (first.values == second.values).all()
    assert first.bands() == second.bands()
    restored = syndication.Signature.from_bytes(first.to_bytes(), first.shingle_count)
    assert restored.bands() == first.bands()


def test_near_copies_group_and_distinct_articles_do_not(tmp_path, korea, cgtn):
    with Store(tmp_path / "db.duckdb") as store:
        store.write([article("orig", korea, date="2026-01-06")])
        store.write([article("cgtn", cgtn, date="2025-11-01", source="CGTN")])
        store.write([article("trim", trimmed(korea, 0.6), date="2026-01-07", source="Korea Herald")])
        store.write([article("edit", edited(korea, 15), date="2026-01-08", source="Yonhap")])
        groups = groups_of(store)
    assert groups["cgtn"] is None
    assert groups["orig"] is not None
    assert groups["orig"] == groups["trim"] == groups["edit"]


def test_original_is_the_earliest_and_copies_keep_their_own_outlet_and_date(tmp_path, korea):
    with Store(tmp_path / "db.duckdb") as store:
        # The republished copy is stored first; the original arrives later.
        store.write([article("copy", trimmed(korea, 0.8), date="2026-01-08", source="Yahoo News")])
        store.write([article("orig", korea, date="2026-01-06", source="Korea Times")])
        copy, orig = store.article("copy"), store.article("orig")
        [group] = syndication_groups(store.conn)
    assert copy.original_id == orig.original_id == "orig"
    assert copy.syndication_group == orig.syndication_group == group["group"]
    assert (copy.outlet, copy.date) == ("yahoo-news", "2026-01-08")
    assert (orig.outlet, orig.date) == ("korea-times", "2026-01-06")
    assert [m["id"] for m in group["members"]] == ["orig", "copy"]


def test_copies_within_one_batch_group(tmp_path, korea):
    with Store(tmp_path / "db.duckdb") as store:
        store.write([article("a", korea, date="2026-01-06"), article("b", trimmed(korea, 0.7), date="2026-01-06")])
        groups = groups_of(store)
        assert store.article("b").original_id == "a"  # same date: the one stored first
    assert groups["a"] == groups["b"] is not None


def test_exact_copies_group(korea):
    conn = duckdb.connect()
    migrate(conn)
    syndication.update(conn, [article("a", korea, date="2026-01-06")])
    syndication.update(conn, [article("b", korea, date="2026-01-07")])
    rows = conn.execute("SELECT article_id, group_id, matched_id, similarity FROM syndication ORDER BY 1").fetchall()
    assert rows[0][1] == rows[1][1] is not None
    assert rows[1][2:] == ("a", 1.0)


def test_an_article_bridging_two_groups_merges_them(tmp_path, korea):
    paragraphs = korea.split("\n\n")
    half = len(paragraphs) // 2
    first, second = "\n\n".join(paragraphs[:half]), "\n\n".join(paragraphs[half:])
    with Store(tmp_path / "db.duckdb") as store:
        store.write([article("f1", first, date="2026-01-06"), article("f2", edited(first, 20), date="2026-01-06")])
        store.write([article("s1", second, date="2026-01-06"), article("s2", edited(second, 20), date="2026-01-06")])
        before = groups_of(store)
        assert before["f1"] == before["f2"] != before["s1"] == before["s2"]
        store.write([article("whole", korea, date="2026-01-05")])
        after = groups_of(store)
        assert len(set(after.values())) == 1
        assert {store.article(i).original_id for i in after} == {"whole"}


def test_updating_twice_changes_nothing(korea):
    conn = duckdb.connect()
    migrate(conn)
    copies = [article("a", korea, date="2026-01-06"), article("b", trimmed(korea, 0.7), date="2026-01-07")]
    syndication.update(conn, copies)
    before = conn.execute("SELECT * FROM syndication ORDER BY article_id").fetchall()
    bands = conn.execute("SELECT count(*) FROM syndication_band").fetchall()
    assert syndication.update(conn, copies).groups == set()
    assert conn.execute("SELECT * FROM syndication ORDER BY article_id").fetchall() == before
    assert conn.execute("SELECT count(*) FROM syndication_band").fetchall() == bands


@pytest.mark.slow
def test_a_new_process_finds_copies_of_stored_articles_without_recomputing(tmp_path, korea):
    db = tmp_path / "db.duckdb"
    with Store(db) as store:
        store.write([article("orig", korea, date="2026-01-06")])
        signature = store.conn.execute("SELECT signature FROM syndication WHERE article_id = 'orig'").fetchall()
    script = textwrap.dedent(
        f"""
        from detente.store import Store
        from detente.model import Article
        from detente.read.article import content_hash
        text = open({str(KOREA_SAMPLE)!r}, encoding="utf-8").read().split("\\n", 1)[1][:-300]
        with Store({str(db)!r}) as store:
            store.write([Article(id="copy", text=text, date="2026-01-07", content_hash=content_hash(text))])
            print(store.article("copy").original_id)
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "orig"
    with Store(db, read_only=True) as store:
        # The stored article's signature was read, not rewritten.
        assert store.conn.execute("SELECT signature FROM syndication WHERE article_id = 'orig'").fetchall() == signature


def test_signatures_made_with_other_parameters_are_remade_once(tmp_path, korea):
    with Store(tmp_path / "db.duckdb") as store:
        store.write([article("orig", korea, date="2026-01-06")])
        # As an older detente left it: other parameters, so other signatures and buckets.
        store.conn.execute(
            "UPDATE meta SET value = 'minhash perm=128 seed=1 words=5 lsh=0.3' WHERE key = 'syndication_parameters'"
        )
        store.conn.execute("UPDATE syndication SET signature = ?", [bytes(8 * syndication.NUM_PERM)])
        store.conn.execute("DELETE FROM syndication_band")
        store.write([article("copy", trimmed(korea, 0.7), date="2026-01-07")])
        assert store.article("copy").original_id == "orig"
        bands, _ = syndication._lsh_shape()
        assert store.conn.execute("SELECT count(*) FROM syndication_band").fetchall()[0][0] == 2 * bands
        assert store.conn.execute("SELECT value FROM meta WHERE key = 'syndication_parameters'").fetchall() == [
            (syndication.parameters(),)
        ]


def test_groups_bridged_twice_in_one_batch_end_as_one(tmp_path, korea):
    paragraphs = korea.split("\n\n")
    third = len(paragraphs) // 3
    one, two, three = ("\n\n".join(paragraphs[i * third : (i + 1) * third]) for i in range(3))
    with Store(tmp_path / "db.duckdb") as store:
        for name, part in (("one", one), ("two", two), ("three", three)):
            store.write(
                [
                    article(f"{name}-a", part, date="2026-01-06"),
                    article(f"{name}-b", edited(part, 25), date="2026-01-06"),
                ]
            )
        assert len({g for g in groups_of(store).values()}) == 3
        # X joins the groups of one and three; Y then joins two and three (already merged into one's).
        store.write(
            [
                article("x", one + "\n\n" + three, date="2026-01-07"),
                article("y", two + "\n\n" + three, date="2026-01-07"),
            ]
        )
        assert len(set(groups_of(store).values())) == 1
