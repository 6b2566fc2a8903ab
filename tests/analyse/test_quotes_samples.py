"""Quotes of the two sample articles, analysed by the full pipeline (read from ../shared, never copied)."""

from __future__ import annotations

import pytest

import detente.analyse.stages.quotes  # noqa: F401  (registers the stage even before stages/__init__ lists it)
from detente.analyse.quotes.marks import paragraphs
from detente.analyse.registry import STAGES

# Speakers of the direct quotations, in text order: the Korea sample quotes Lee Jae Myung and Chen Jining
# (one quotation of Lee's is a paragraph of its own with no attribution, two follow an attributed one).
KOREA_DIRECT = ["Lee"] * 6 + ["Chen"] * 4 + ["Lee"] * 4
# The CGTN piece: Xi twice (described, "He stressed"), two phrases of Niu Xiaoping, Xi, Lee's phrase.
CGTN_DIRECT = ["Xi", "Xi", "Niu", "Niu", "Xi", "Lee"]


def surname(quote) -> str | None:
    if quote.speaker is None or quote.speaker.name is None:
        return None
    for name in ("Lee", "Chen", "Xi", "Niu"):
        if name in quote.speaker.name.replace("President ", "").split()[0:3]:
            return name
    return quote.speaker.name


@pytest.mark.slow
def test_korea_every_quote_of_lee_and_chen(analysed_samples):
    article = analysed_samples["korea"]
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [surname(q) for q in direct] == KOREA_DIRECT
    reported = [q for q in article.quotes if q.kind == "reported"]
    assert reported and all(surname(q) in {"Lee", "Chen"} for q in reported)
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text


@pytest.mark.slow
def test_cgtn_xi_and_niu_quotes_and_headings_unattributed(analysed_samples):
    article = analysed_samples["cgtn"]
    direct = [q for q in article.quotes if q.kind == "direct"]
    assert [surname(q) for q in direct] == CGTN_DIRECT
    # Section headings: short paragraphs without a full stop, typed in quotation marks.
    headings = [
        (s, e)
        for s, e in paragraphs(article.text)
        if article.text[s] in "‘“'\"" and len(article.text[s:e].split()) < 12 and article.text[e - 1] not in ".!?"
    ]
    assert len(headings) == 2
    assert not [q for q in article.quotes if any(q.start < e and s < q.end for s, e in headings)]


@pytest.mark.slow
def test_sample_speakers_point_at_actors_when_the_actors_stage_runs(analysed_samples):
    if "actors" not in STAGES:
        pytest.skip("the actors stage is not registered yet: speakers are named but not linked")
    for article in analysed_samples.values():
        ids = {a.id: a for a in article.actors}
        for quote in article.quotes:
            if quote.kind == "direct":
                assert quote.speaker.actor in ids, quote
                assert surname(quote) in ids[quote.speaker.actor].name, quote


@pytest.mark.slow
def test_quotes_are_stored_with_speaker_columns(analysed_samples, tmp_path):
    from detente.store import Store

    with Store(tmp_path / "quotes.duckdb") as store:
        store.write(list(analysed_samples.values()))
        rows = store.conn.execute(
            "SELECT speaker_name, speaker_actor, kind, attribution, speaker_text FROM quote ORDER BY article_id, idx"
        ).fetchall()
    stored = sum(len(a.quotes) for a in analysed_samples.values())
    assert len(rows) == stored > 0
    assert {kind for _, _, kind, _, _ in rows} == {"direct", "reported"}
    assert any(name and "Lee" in name and attribution == "continuation" for name, _, _, attribution, _ in rows)
