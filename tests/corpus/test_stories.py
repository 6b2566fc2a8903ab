"""Stories: one real-world event from many reports, with GDELT's counters and every mention kept."""

from __future__ import annotations

import pytest

from detente.corpus import stories
from detente.corpus.views import stories as list_stories
from detente.corpus.views import story_mentions
from detente.store import Store

from .builders import article, event


def text(n: int) -> str:
    return f"Report number {n} on the talks between the two governments.\nA second paragraph follows here."


def story_rows(store: Store) -> list[tuple]:
    return store.conn.execute(
        "SELECT id, root, actor1_code, actor2_code, num_mentions, num_articles, num_sources FROM story ORDER BY id"
    ).fetchall()


@pytest.fixture()
def store(tmp_path):
    with Store(tmp_path / "db.duckdb") as opened:
        yield opened


def test_symmetric_events_merge_whatever_the_direction_within_a_day(store):
    store.write(
        [
            article(
                "a",
                text(1),
                date="2026-01-06",
                source="Yonhap",
                events=[event("040", "KORGOV", "CHNGOV", date="2026-01-06")],
            )
        ]
    )
    store.write(
        [
            article(
                "b",
                text(2),
                date="2026-01-07",
                source="Xinhua",
                events=[event("042", "CHNGOV", "KORGOV", date="2026-01-07")],
            )
        ]
    )
    [row] = story_rows(store)
    assert row[1] == "04"
    assert row[4:] == (2, 2, 2)


def test_directed_events_in_opposite_directions_are_two_stories(store):
    store.write(
        [article("a", text(1), date="2026-01-06", events=[event("112", "KORGOV", "CHNGOV", date="2026-01-06")])]
    )
    store.write(
        [article("b", text(2), date="2026-01-06", events=[event("112", "CHNGOV", "KORGOV", date="2026-01-06")])]
    )
    assert [(r[2], r[3]) for r in story_rows(store)] == [("KORGOV", "CHNGOV"), ("CHNGOV", "KORGOV")]


def test_dates_more_than_a_day_apart_or_other_roots_or_actors_are_other_stories(store):
    store.write([article("a", text(1), events=[event("040", "KORGOV", "CHNGOV", date="2026-01-06")])])
    store.write([article("b", text(2), events=[event("040", "KORGOV", "CHNGOV", date="2026-01-09")])])
    store.write([article("c", text(3), events=[event("057", "KORGOV", "CHNGOV", date="2026-01-06")])])
    store.write([article("d", text(4), events=[event("040", "KORGOV", "JPNGOV", date="2026-01-06")])])
    assert len(story_rows(store)) == 4


def test_counters_count_mentions_articles_and_distinct_outlets(store):
    meeting = event("040", "KORGOV", "CHNGOV", date="2026-01-06")
    again = event("040", "CHNGOV", "KORGOV", date="2026-01-06", sentence=1, start=70)
    store.write([article("a", text(1), source="Yonhap", events=[meeting, again], tone=2.0)])
    store.write([article("b", text(2), url="https://en.yna.co.kr/view/1", events=[meeting], tone=-1.0)])
    store.write([article("c", text(3), source="Unlisted Gazette", events=[meeting], tone=0.5)])
    [row] = list_stories(store.conn)
    # Three articles, four mentions; Yonhap twice (by name and by URL) counts once, plus the unlisted source.
    assert (row["num_mentions"], row["num_articles"], row["num_sources"]) == (4, 3, 2)
    assert row["avg_tone"] == pytest.approx((2.0 - 1.0 + 0.5) / 3)
    mentions = story_mentions(store.conn, row["id"])
    assert [(m["article_id"], m["sentence"], m["start"]) for m in mentions] == [
        ("a", 0, 0),
        ("a", 1, 70),
        ("b", 0, 0),
        ("c", 0, 0),
    ]
    assert all(m["confidence"] == 0.8 for m in mentions)
    assert mentions[1]["in_lead"] is False and mentions[0]["in_lead"] is True


def test_adding_articles_updates_counters_and_repeating_never_double_counts(store):
    meeting = event("040", "KORGOV", "CHNGOV", date="2026-01-06")
    first = article("a", text(1), source="Yonhap", events=[meeting])
    store.write([first])
    assert story_rows(store)[0][4:] == (1, 1, 1)
    stored_first = store.article("a")
    stories.update(store.conn, [stored_first])  # the same article again
    assert story_rows(store)[0][4:] == (1, 1, 1)
    store.write([article("b", text(2), source="Kyodo", events=[meeting])])
    assert story_rows(store)[0][4:] == (2, 2, 2)


def test_negated_and_undated_historical_events(store):
    store.write(
        [
            article(
                "a",
                text(1),
                date="2026-01-06",
                events=[
                    event("040", "KORGOV", "CHNGOV", negated=True),
                    event("040", "KORGOV", "USAGOV", historical=True),
                ],
            )
        ]
    )
    store.write([article("b", text(2), date="2026-01-06", events=[event("040", "KORGOV", "USAGOV", historical=True)])])
    rows = store.conn.execute('SELECT "date", actor2_code, num_articles FROM story ORDER BY id').fetchall()
    # Nothing happened in a negated event; undated background events are not merged on a guess.
    assert rows == [(None, "USAGOV", 1), (None, "USAGOV", 1)]


def test_an_undated_current_event_happened_around_the_article_date(store):
    store.write([article("a", text(1), date="2026-01-06", events=[event("040", "KORGOV", "CHNGOV")])])
    store.write(
        [article("b", text(2), date="2026-01-07", events=[event("040", "KORGOV", "CHNGOV", date="2026-01-06")])]
    )
    [row] = list_stories(store.conn)
    assert (row["date"], row["num_articles"]) == ("2026-01-06", 2)


def test_symmetry_codebook_loads():
    symmetric = stories.symmetry()
    assert "04" in symmetric.roots
    assert symmetric(event("042", "KORGOV", "CHNGOV")) and not symmetric(event("112", "KORGOV", "CHNGOV"))


def test_a_republished_copys_undated_events_happened_when_the_original_was_written(store):
    from ..conftest import KOREA_SAMPLE

    body = KOREA_SAMPLE.read_text(encoding="utf-8").split("\n", 1)[1]
    said = event("040", "KORGOV", "CHNGOV", date="2026-01-06")
    said.date_source = "article"
    reposted = event("040", "KORGOV", "CHNGOV", date="2026-01-12")
    reposted.date_source = "article"  # the copy's own (later) publication date, not a date in the text
    store.write([article("orig", body, date="2026-01-06", events=[said])])
    store.write([article("copy", body[:-400], date="2026-01-12", source="Yahoo News", events=[reposted])])
    [row] = list_stories(store.conn)
    assert (row["date"], row["num_articles"]) == ("2026-01-06", 2)
    # A distinct article dated by its own publication is not moved.
    store.write([article("other", text(9), date="2026-01-12", events=[reposted])])
    assert [s["date"] for s in list_stories(store.conn)] == ["2026-01-12", "2026-01-06"]


def test_events_without_any_actor_are_never_merged(store):
    for ident, n in (("a", 1), ("b", 2)):
        record = article(ident, text(n), events=[event("040", "KORGOV", "CHNGOV", date="2026-01-06")])
        record.events[0].source_actor = record.events[0].target_actor = None
        store.write([record])
    assert [r[5] for r in story_rows(store)] == [1, 1]
