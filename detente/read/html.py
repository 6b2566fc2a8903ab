"""HTML pages (.html/.htm): trafilatura keeps the article body and its metadata, drops the page chrome."""

from __future__ import annotations

from ..model import Article
from .article import build_article
from .layout import Layout, parse_layout


class NoArticleText(ValueError):
    """The page has no article body trafilatura can find."""


def read_html(raw: str, path: str | None = None) -> Article:
    import trafilatura  # heavy import: only when HTML is read

    document = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=False, favor_precision=True
    )
    if document is None or not (document.text or "").strip():
        raise NoArticleText("no article text found in the page")
    # The body still carries datelines and wire footers; the plain-text layout rules remove them.
    body = parse_layout(document.text)
    layout = Layout(
        text=body.text,
        title=document.title or body.title,
        byline=document.author or body.byline,
        dateline=body.dateline,
        dateline_place=body.dateline_place,
        dateline_agency=body.dateline_agency,
        url=document.url or body.url,
        dates=dict(body.dates),
        footer=body.footer,
    )
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
