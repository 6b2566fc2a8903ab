"""The layout of a pasted news article: banner, title, byline, dateline, body, footer.

Works on any outlet's text by its shape and by patterns common to news copy, never by outlet name:
a short line without final punctuation above the body is a heading; an all-caps place followed by a
dash opens the body as its dateline; disclaimers, copyright lines and source URLs below it are footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dates import date_from_url, parse_publication_date

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# ("Nov.3": wire copy may leave out the space after the month's full stop)
_DATE_IN_DATELINE = (
    rf"(?:{_MONTH}(?:\.\s*|\s+)\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s*\d{{4}})?|\d{{1,2}}\s+{_MONTH}\.?(?:\s+\d{{4}})?)"
)
_DASH = r"(?:—|–|--|-|―)"
_CAPS_PLACE = r"[A-Z][A-Z.'’\-]*(?:\s+[A-Z][A-Z.'’\-]*){0,3}"
_ANY_PLACE = r"[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}"
_REGION = r"(?:,\s*(?!" + _MONTH + r"\b)[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"

# "SHANGHAI —", "NEW DELHI, Aug 3 2026 —", "TOKYO, March 12, 2026 (Kyodo) —", "Seoul, Jan. 6 (Yonhap) --"
DATELINE = re.compile(
    rf"^(?P<dateline>"
    rf"(?P<place>{_CAPS_PLACE}){_REGION}(?:\s*,?\s*(?P<date>{_DATE_IN_DATELINE}))?(?:\s*\((?P<agency>[^()\n]{{1,40}})\))?"
    rf"|(?P<place2>{_ANY_PLACE}){_REGION}(?:\s*,?\s*(?P<date2>{_DATE_IN_DATELINE}))(?:\s*\((?P<agency2>[^()\n]{{1,40}})\))?"
    rf"|(?P<place3>{_ANY_PLACE}){_REGION}\s*\((?P<agency3>[^()\n]{{1,40}})\)"
    rf")\s*{_DASH}\s*"
    # "HANOI, Nov. 27 (Xinhua) Vietnam is ...": a place in capitals, a date and an agency are a dateline without the dash
    rf"|^(?P<dateline4>(?P<place4>{_CAPS_PLACE}){_REGION}\s*,?\s*(?P<date4>{_DATE_IN_DATELINE})"
    rf"\s*\((?P<agency4>[^()\n]{{1,40}})\))\s+"
)
DATE_FIELD = re.compile(r"^\s*date\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]*)?\s*", re.I)
PUBLISHED = re.compile(r"^\s*(?:published|posted|first published)\s*(?:on|at|:)?\s*:?\s*(?P<when>.{6,80}?)\s*$", re.I)
UPDATED = re.compile(r"^\s*(?:updated|last updated)\s*(?:on|at|:)?\s*:?\s*(?P<when>.{6,80}?)\s*$", re.I)
BYLINE = re.compile(
    r"^\s*[Bb][Yy]\s+(?P<who>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4}"
    r"(?:\s*(?:,|and|&)\s*[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,4})*)\s*(?:[,|–—-]\s*.{0,80})?$"
)
URL_LINE = re.compile(r"^\s*(?:(?:source|original|link|url)\s*:\s*)?<?(?P<url>https?://[^\s<>]+)>?\s*$", re.I)
KEY_VALUE = re.compile(r"^\s*(?P<key>title|headline|source|outlet|author|url)\s*:\s*(?P<value>.+?)\s*$", re.I)
# The start of a footer: every line from here to the end is boilerplate, not article body.
FOOTER_START = re.compile(
    r"^\s*(?:post\s+disclaimer\b|disclaimer\s*:|disclaimer$|copyright\b|©|\(c\)\s*\d{4}|all rights reserved"
    r"|\(?(?:reporting|writing|editing|additional reporting|compiled) by\b|media contacts?\s*:?$|press contacts?\s*:?$"
    r"|contacts?\s*:$|about\s+[A-Z][\w&.\- ]{1,60}$|#{3}\s*$|-{3,}\s*$|\*{3}\s*$|share this (?:article|story)|"
    r"follow us\b|read more\s*:|related (?:articles|stories|news)\s*:?$|tags?\s*:|source\s*:|"
    r"this (?:article|story|content|press release) (?:was|is|has been) (?:originally )?(?:published|distributed|provided)|"
    r"the views(?:,| and| expressed)|views expressed|(?:end|ends)$|subscribe\b)",
    re.I,
)
# A prefix naming the original outlet in a republished headline: "CGTN: How China ...".
TITLE_OUTLET = re.compile(r"^(?P<outlet>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2})\s*:\s+(?=\S)")
SYNDICATOR_WORDS = re.compile(r"\b(?:PR|newswire|press\s*release|wire|syndicat\w*|release)\b", re.I)
# A sentence ends with . ! ? (maybe inside closing quotes or brackets); a headline may end with a quote
# or a bracket ('Xi hails "new chapter"', 'Floods hit coast (photos)') but not with sentence punctuation.
TERMINAL = re.compile(r"(?:[.!?…][\"”’')\]]*|[:;,])\s*$")
_FOOTER_WINDOW = 12


@dataclass
class Layout:
    """What the layout parser found; ``text`` is the clean body that all offsets index into."""

    text: str
    title: str | None = None
    banner: str | None = None
    byline: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    dateline_agency: str | None = None
    url: str | None = None
    dates: dict[str, str] = field(default_factory=dict)  # date_source -> ISO date
    title_outlet: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    footer: list[str] = field(default_factory=list)


def _is_heading(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= 30 and len(line) <= 250 and not TERMINAL.search(line)


def _meta_line(line: str, layout: Layout) -> bool:
    """Consume a metadata line (date field, URL, byline, Published, key: value); True if it was one."""
    if m := DATE_FIELD.match(line):
        if not line[m.end() :].strip():
            layout.dates.setdefault("field", m.group(1))
            return True
        return False
    if m := URL_LINE.match(line):
        layout.url = layout.url or m.group("url")
        return True
    if m := PUBLISHED.match(line):
        when = parse_publication_date(m.group("when"))
        if when:
            layout.dates.setdefault("published", when)
            return True
    if m := UPDATED.match(line):
        when = parse_publication_date(m.group("when"))
        if when:
            layout.extra.setdefault("updated", when)
            return True
    if m := BYLINE.match(line):
        layout.byline = layout.byline or m.group("who").strip()
        return True
    if m := KEY_VALUE.match(line):
        key, value = m.group("key").lower(), m.group("value")
        if key in ("title", "headline"):
            layout.title = layout.title or value
        elif key == "url":
            layout.url = layout.url or value
        elif key == "author":
            layout.byline = layout.byline or value
        else:
            layout.extra.setdefault("source", value)
        return True
    return False


def _paragraphs(lines: list[str]) -> list[str]:
    """Blank-line separated blocks, hard-wrapped lines joined with a space."""
    paragraphs, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line.strip())
        elif block:
            paragraphs.append(" ".join(block))
            block = []
    return paragraphs


def match_dateline(paragraph: str) -> re.Match[str] | None:
    m = DATELINE.match(paragraph)
    # The body must go on after the dash with a capital, a quote or a digit, as a sentence would.
    if m and m.end() < len(paragraph) and re.match(r"[A-Z\"“‘'0-9(]", paragraph[m.end() :]):
        return m
    return None


def _agency(m: re.Match[str]) -> str | None:
    return m.group("agency") or m.group("agency2") or m.group("agency3") or m.group("agency4")


def dateline_place(m: re.Match[str]) -> str:
    """The place a dateline match names ('NAIROBI', 'KAIFENG')."""
    return (m.group("place") or m.group("place2") or m.group("place3") or m.group("place4")).strip()


def dateline_text(m: re.Match[str]) -> str:
    """A dateline match as the article records it: without the dash that ends it ('NAIROBI, Nov. 2 (Xinhua)')."""
    return re.sub(rf"\s*{_DASH}\s*$", "", m.group(0)).strip()


def text_datelines(text: str) -> list[tuple[int, int, str]]:
    """Every dateline that opens a line of a text the reader did not clean (wire copy read raw keeps its dateline,
    a news digest one per story): (start, end, place), in characters, the dash after it included."""
    found = []
    for line in re.finditer(r"^[^\n]+", text, re.M):
        m = match_dateline(line.group(0))
        # (inside a body, a place in capitals or an agency: "Kasuri's December 7-9 visit" is a sentence)
        if m and (dateline_place(m).isupper() or _agency(m)):
            found.append((line.start(), line.start() + m.end(), dateline_place(m)))
    return found


# an opening line naming the writer: "By sportswriter Liu Yang", "by Xinhua writer An Bei", "By Zhou Yan"
_WRITER_LINE = re.compile(r"^\s*[Bb]y\s+\S[^.!?\n]{0,80}$")
_OPENING_LINES = 4


def opening_lines(text: str) -> tuple[str | None, list[tuple[int, int]]]:
    """The dateline that opens a raw text (after its headline, slug and writer lines, if any) and the character
    spans of what is no story: those lines and the dateline itself."""
    spans: list[tuple[int, int]] = []
    for n, line in enumerate(re.finditer(r"^[^\n]*\S[^\n]*", text, re.M)):
        if n >= _OPENING_LINES:
            break
        if m := match_dateline(line.group(0)):
            return dateline_text(m), [*spans, (line.start(), line.start() + m.end())]
        if not (_is_heading(line.group(0)) or _WRITER_LINE.match(line.group(0))):
            break
        if _WRITER_LINE.match(line.group(0)):
            spans.append(line.span())
    return None, []


def take_dateline(paragraphs: list[str], layout: Layout) -> list[str]:
    """Remove a dateline from the first paragraph, recording place, date and agency."""
    if not paragraphs:
        return paragraphs
    m = match_dateline(paragraphs[0])
    if not m:
        return paragraphs
    layout.dateline = dateline_text(m)
    layout.dateline_place = dateline_place(m)
    layout.dateline_agency = _agency(m)
    when = m.group("date") or m.group("date2") or m.group("date4")
    if when:
        iso = parse_publication_date(when)
        if iso:
            layout.dates.setdefault("dateline", iso)
        else:
            layout.extra["dateline_date"] = when
    return [paragraphs[0][m.end() :]] + paragraphs[1:]


def split_footer(paragraphs: list[str], layout: Layout) -> list[str]:
    """Cut the footer: from the first footer line among the last paragraphs to the end."""
    first_candidate = max(1, len(paragraphs) - _FOOTER_WINDOW)
    for index in range(first_candidate, len(paragraphs)):
        line = paragraphs[index]
        if FOOTER_START.match(line) or URL_LINE.match(line):
            for footer_line in paragraphs[index:]:
                if m := URL_LINE.match(footer_line):
                    layout.url = layout.url or m.group("url")
            layout.footer = paragraphs[index:]
            return paragraphs[:index]
    return paragraphs


def clean_body(paragraphs: list[str], layout: Layout) -> str:
    """Footer and dateline out of a body already split into paragraphs; the clean text."""
    body = take_dateline(split_footer(paragraphs, layout), layout)
    return "\n\n".join(p for p in body if p.strip())


def parse_layout(raw: str) -> Layout:
    """Split a pasted article into metadata and a clean body."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    lines = raw.split("\n")
    layout = Layout(text="")
    headings: list[str] = []
    index = 0
    # Header zone: metadata lines and single-line headings above the first body paragraph.
    while index < len(lines):
        line = lines[index].strip()
        if not line:
            index += 1
            continue
        if m := DATE_FIELD.match(line):  # "date 2026-01-06 SHANGHAI — ..." may share its line with the body
            layout.dates.setdefault("field", m.group(1))
            rest = line[m.end() :]
            if rest.strip():
                lines[index] = rest
                break
            index += 1
            continue
        if _meta_line(line, layout):
            index += 1
            continue
        next_line = lines[index + 1].strip() if index + 1 < len(lines) else ""
        single_line_block = not next_line or _meta_line(next_line, Layout(text=""))
        if _is_heading(line) and single_line_block and not match_dateline(line + " X") and len(headings) < 4:
            headings.append(line)
            index += 1
            continue
        break
    layout.text = clean_body(_paragraphs(lines[index:]), layout)
    # Footer lines that are metadata (a URL, a date) still count as evidence.
    if layout.url and (url_date := date_from_url(layout.url)):
        layout.dates.setdefault("url", url_date)
    _assign_headings(headings, layout)
    return layout


def _assign_headings(headings: list[str], layout: Layout) -> None:
    if not headings:
        return
    if len(headings) >= 2 and len(headings[0].split()) <= 6:
        layout.banner = headings[0]
        headings = headings[1:]
    if layout.title is None:
        layout.title = max(headings, key=len)
    rest = [h for h in headings if h != layout.title]
    if rest:
        layout.extra["subtitle"] = " ".join(rest)
    if layout.title and (m := TITLE_OUTLET.match(layout.title)):
        layout.title_outlet = m.group("outlet")


def is_syndicator(name: str) -> bool:
    """A banner naming a PR/news wire or other republisher rather than a newsroom."""
    return bool(SYNDICATOR_WORDS.search(name))
