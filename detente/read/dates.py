"""Publication-date parsing shared by the readers (dateline, 'Published' line, URL, HTML)."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?=[/_.-]|$)")


def iso_or_none(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def parse_publication_date(text: str) -> str | None:
    """An ISO date from a free-text date ('March 12, 2026', 'Aug 3 2026 10:00 KST', '2026-01-06').

    Only absolute dates: a string without a year gives None, because a publication date must not be
    guessed from today's clock.
    """
    match = _ISO.match(text)
    if match:
        return iso_or_none(*(int(g) for g in match.groups()))
    if not re.search(r"\b(?:1[89]|20)\d{2}\b", text):
        return None
    import dateparser  # slow import: only when a free-text date needs it

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year", "month", "day"]},
    )
    return parsed.date().isoformat() if parsed else None


def date_from_url(url: str) -> str | None:
    """The date in a URL path such as ``/news/2025-11-01/…`` or ``/2026/01/06/…``."""
    match = _URL_DATE.search(url)
    if not match:
        return None
    return iso_or_none(*(int(g) for g in match.groups()))
