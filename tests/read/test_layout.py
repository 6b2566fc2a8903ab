"""Layout rules on articles composed for the test: banners, titles, datelines, bylines, footers."""

from __future__ import annotations

import pytest

from detente.read import read_text
from detente.read.layout import parse_layout


@pytest.mark.parametrize(
    ("first_line", "dateline", "date", "agency"),
    [
        ("SHANGHAI — Officials met on Monday.", "SHANGHAI", None, None),
        ("NEW DELHI, Aug 3 2026 — Officials met on Monday.", "NEW DELHI, Aug 3 2026", "2026-08-03", None),
        ("TOKYO, March 12, 2026 (Kyodo) — Officials met.", "TOKYO, March 12, 2026 (Kyodo)", "2026-03-12", "Kyodo"),
        ("WASHINGTON (Reuters) - Officials met.", "WASHINGTON (Reuters)", None, "Reuters"),
        ("Seoul, Jan. 6 (Yonhap) -- Officials met.", "Seoul, Jan. 6 (Yonhap)", None, "Yonhap"),
        ("BEIJING, 5 January 2026 — Officials met.", "BEIJING, 5 January 2026", "2026-01-05", None),
    ],
)
def test_datelines(first_line, dateline, date, agency):
    layout = parse_layout(first_line + "\n\nSecond paragraph of the story.")
    assert layout.dateline == dateline
    assert layout.dates.get("dateline") == date
    assert layout.dateline_agency == agency
    assert layout.text.startswith("Officials met")


@pytest.mark.parametrize(
    "body",
    [
        "The talks — which lasted hours — ended.",
        "In Beijing, officials met.",
        "Beijing and Seoul — long at odds — agreed to talk.",
        "China-ROK ties - a new chapter - began this week.",
    ],
)
def test_no_dateline_in_ordinary_sentences(body):
    layout = parse_layout(body)
    assert layout.dateline is None
    assert layout.text == body


def test_banner_title_byline_published_and_footer():
    raw = "\n".join(
        [
            "Global Newswire Daily",
            "",
            "Ministers agree on fisheries pact after long talks",
            "By Jane Doe and John Roe",
            "Published: March 3, 2026 10:00 KST",
            "",
            "TOKYO — Japan and South Korea agreed on Tuesday to renew a fisheries pact.",
            "",
            "The agreement covers the waters between the two countries.",
            "",
            "Copyright 2026 Global Newswire Daily. All rights reserved.",
            "This article was originally published by someone else.",
        ]
    )
    article = read_text(raw, path="composed.txt")
    assert article.title == "Ministers agree on fisheries pact after long talks"
    assert article.byline == "Jane Doe and John Roe"
    assert article.syndicated_by == "Global Newswire Daily"
    assert article.date == "2026-03-03"
    assert article.date_source == "published"
    assert article.dateline == "TOKYO"
    assert article.text == (
        "Japan and South Korea agreed on Tuesday to renew a fisheries pact.\n\n"
        "The agreement covers the waters between the two countries."
    )


def test_date_precedence_field_over_dateline_over_published_over_url():
    raw = "\n".join(
        [
            "date 2026-02-01",
            "Published March 3, 2026",
            "",
            "PARIS, Feb. 2, 2026 — Talks began.",
            "",
            "https://example.org/news/2026/02/04/talks.html",
        ]
    )
    assert read_text(raw).date == "2026-02-01"
    assert read_text(raw.replace("date 2026-02-01\n", "")).date_source == "dateline"
    no_dateline = raw.replace("date 2026-02-01\n", "").replace("PARIS, Feb. 2, 2026 — ", "")
    assert read_text(no_dateline).date_source == "published"
    only_url = no_dateline.replace("Published March 3, 2026\n", "")
    article = read_text(only_url)
    assert (article.date, article.date_source) == ("2026-02-04", "url")
    assert article.url == "https://example.org/news/2026/02/04/talks.html"
    assert "https://" not in article.text


def test_title_prefix_is_an_outlet_only_with_evidence():
    body = "\n\nThe two sides met on Monday and agreed to keep talking about trade.\n"
    assert read_text("Exclusive: Leaders to meet" + body).source is None
    assert read_text("Xinhua: Leaders to meet" + body).source is None  # no URL or wire banner backs it
    backed = read_text(
        "Some PR Wire\n\nXinhua: Leaders to meet" + body + "\nhttps://english.news.cn/20260105/abc/c.html"
    )
    assert backed.source == "Xinhua"
    assert backed.syndicated_by == "Some PR Wire"


def test_hard_wrapped_paragraphs_are_joined():
    raw = "The foreign ministers of the two countries met\nin Geneva on Friday to discuss the\nceasefire.\n\nA second paragraph."
    assert read_text(raw).text == (
        "The foreign ministers of the two countries met in Geneva on Friday to discuss the ceasefire.\n\nA second paragraph."
    )


def test_body_paragraph_starting_with_copyright_words_is_kept_outside_the_footer_window():
    paragraphs = [f"Paragraph {i} of the story about the copyright dispute." for i in range(20)]
    paragraphs[2] = "Copyright law was at the heart of the trade dispute, officials said."
    article = read_text("\n\n".join(paragraphs))
    assert "Copyright law was at the heart" in article.text
    assert article.text.count("Paragraph") == 19


@pytest.mark.parametrize(
    "title",
    ['Xi hails "new chapter" in ties with Seoul', "Floods hit the coast (photos)", "Why the talks failed — analysis"],
)
def test_headlines_ending_in_quotes_or_brackets_keep_the_header_metadata(title):
    raw = (
        f"{title}\n\nPublished: March 3, 2026\n\nOfficials from both countries met on Monday and agreed to talk again."
    )
    article = read_text(raw)
    assert article.title == title
    assert (article.date, article.date_source) == ("2026-03-03", "published")
    assert article.text == "Officials from both countries met on Monday and agreed to talk again."


def test_a_first_paragraph_ending_in_a_quoted_sentence_is_body():
    raw = 'Lee said: "We will cooperate."\n\nThe two sides met on Monday.'
    assert read_text(raw).text.startswith('Lee said: "We will cooperate."')
