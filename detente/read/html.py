"""HTML pages (.html/.htm): trafilatura keeps the article body and its metadata, drops the page chrome."""

from __future__ import annotations

from ..model import Article
from .article import build_article
from .layout import BYLINE, Layout, clean_body


class NoArticleText(ValueError):
    """The page has no article body trafilatura can find."""


def read_html(raw: str, path: str | None = None) -> Article:
    import trafilatura  # heavy import: only when HTML is read

    document = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None or not (document.text or "").strip():
        raise NoArticleText("no article text found in the page")
    layout = Layout(text="", title=document.title, byline=document.author, url=document.url)
    # trafilatura gives one paragraph a line, headline and byline included; the body still carries
    # datelines and wire footers, which the plain-text layout rules remove.
    paragraphs = [line.strip() for line in document.text.split("\n") if line.strip()]
    while paragraphs and (paragraphs[0] == layout.title or BYLINE.match(paragraphs[0])):
        paragraphs.pop(0)
    layout.text = clean_body(paragraphs, layout)
    if document.date:
        layout.dates.setdefault("html", document.date[:10])
    if layout.url and "url" not in layout.dates:
        from .dates import date_from_url

        if url_date := date_from_url(layout.url):
            layout.dates["url"] = url_date
    metadata = {"sitename": document.sitename} if document.sitename else {}
    if document.description:
        metadata["description"] = document.description
    return build_article(layout, path=path, source=document.sitename, metadata=metadata)
