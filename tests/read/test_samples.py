"""The two real sample articles: metadata found, dateline and boilerplate out of the text."""

from __future__ import annotations

from detente.read import read_paths
from tests.conftest import CGTN_SAMPLE, KOREA_SAMPLE


def _read(path):
    (article,) = list(read_paths([path]))
    return article


def test_korean_press_sample_metadata():
    article = _read(KOREA_SAMPLE)
    assert article.date == "2026-01-06"
    assert article.date_source == "field"
    assert article.dateline == "SHANGHAI"
    assert article.metadata["dateline_place"] == "SHANGHAI"
    assert article.syndicated_by is None
    assert article.language == "en"
    # The date field and the dateline left the text; the body starts with its first word.
    assert article.text.startswith("President Lee Jae Myung on Tuesday")
    assert "SHANGHAI" not in article.text[:20]
    assert "2026-01-06" not in article.text
    assert article.text.endswith("frictions that have existed between us.”")


def test_state_media_piece_republished_by_pr_wire():
    article = _read(CGTN_SAMPLE)
    assert article.syndicated_by == "Cloud PR Wire"
    assert article.source == "CGTN"
    assert article.title.startswith("CGTN: How China, ROK leaders open new prospects")
    assert article.url.startswith("https://news.cgtn.com/news/2025-11-01/")
    assert article.date == "2025-11-01"
    assert article.date_source == "url"
    # Banner, title, URL and the disclaimer are not body text.
    assert not article.text.startswith("Cloud PR Wire")
    assert article.text.startswith("Following a face-to-face meeting")
    for boilerplate in ("Post Disclaimer", "Disclaimer:", "https://", "Idea Scope Analytics"):
        assert boilerplate not in article.text
    assert article.text.rstrip().endswith("a 40-percent increase year on year.")
    assert any("Disclaimer" in line for line in article.metadata["footer"])


def test_content_hash_is_the_idempotence_key():
    first, second = _read(KOREA_SAMPLE), _read(KOREA_SAMPLE)
    assert first.content_hash == second.content_hash
    assert first.id == second.id
    assert first.content_hash != _read(CGTN_SAMPLE).content_hash
