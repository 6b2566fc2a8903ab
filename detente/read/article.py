"""Turn what a reader found into an :class:`~detente.model.Article` (metadata, clean text, keys)."""

from __future__ import annotations

import hashlib
import re
from typing import Any
from urllib.parse import urlparse

from ..model import Article
from .layout import Layout, is_syndicator

# Strongest evidence first: an explicit field beats a dateline, which beats a 'Published' line, ...
DATE_PRECEDENCE = ("field", "dateline", "published", "url", "html")
# Headline prefixes that are labels, not outlets ("Exclusive: ...", "UPDATE 2: ...").
_TITLE_LABELS = re.compile(
    r"^(?:exclusive|analysis|update|updated|breaking|opinion|explainer|factbox|editorial|interview|live|"
    r"watch|video|photos?|commentary|feature|focus|insight|review|q&a|corrected|refile|timeline|news)\b",
    re.I,
)
_ENGLISH_STOPWORDS = frozenset(
    "the of and to in a is that for on with as was by at from it be are has have its said will an this".split()  # noqa: SIM905
)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def guess_language(text: str) -> str | None:
    """'en' when the text reads as English; None (unknown) otherwise. The pipeline is English-only."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(w in _ENGLISH_STOPWORDS for w in words) / len(words)
    return "en" if share >= 0.12 else None


def url_domain(url: str | None) -> str | None:
    if not url:
        return None
    host = urlparse(url).hostname or ""
    return host.removeprefix("www.") or None


def _title_outlet(layout: Layout, domain: str | None) -> str | None:
    """The outlet a republished headline names ('CGTN: …'), if other evidence backs it."""
    outlet = layout.title_outlet
    if not outlet or _TITLE_LABELS.match(outlet):
        return None
    letters = re.sub(r"[^a-z0-9]", "", outlet.lower())
    if domain and letters and letters in re.sub(r"[^a-z0-9.]", "", domain):
        return outlet
    if layout.banner and is_syndicator(layout.banner):
        return outlet
    return None


def build_article(
    layout: Layout,
    *,
    path: str | None,
    id: str | None = None,
    source: str | None = None,
    metadata: dict[str, Any] | None = None,
) -> Article:
    """Assemble the article record; evidence from the input's own fields wins over the layout's."""
    metadata = dict(metadata or {})
    domain = url_domain(layout.url)
    if domain:
        metadata.setdefault("domain", domain)
    if layout.dateline_place:
        metadata.setdefault("dateline_place", layout.dateline_place)
    if layout.dateline_agency:
        metadata.setdefault("dateline_agency", layout.dateline_agency)
    if layout.footer:
        metadata.setdefault("footer", layout.footer)
    for key, value in layout.extra.items():
        metadata.setdefault(key, value)
    source = source or layout.extra.get("source") or _title_outlet(layout, domain) or layout.dateline_agency
    syndicated_by = None
    if layout.banner:
        if is_syndicator(layout.banner) or (source and source.lower() != layout.banner.lower()):
            syndicated_by = layout.banner
        else:
            source = source or layout.banner
    date_source = next((s for s in DATE_PRECEDENCE if s in layout.dates), None)
    text = layout.text
    digest = content_hash(text)
    article = Article(
        id=id or "",
        path=path,
        url=layout.url,
        title=layout.title,
        date=layout.dates.get(date_source) if date_source else None,
        date_source=date_source,
        dateline=layout.dateline,
        byline=layout.byline,
        source=source,
        syndicated_by=syndicated_by,
        language=guess_language(text),
        text=text,
        content_hash=digest,
        metadata=metadata,
    )
    # Without an id of its own, an article is named by its record key: the same article read twice gets
    # the same id, a republished copy (own headline, date or outlet) another.
    return article if id else article.model_copy(update={"id": article.record_hash[:16]})
