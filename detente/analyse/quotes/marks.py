"""Find quotation spans in raw text: curly and straight marks, nesting, paragraph continuation.

Works on characters only (no parse), so it sees what the tokenizer may split oddly. Rules, as news
typesetting uses them:

* “ ” „ « » and the newswire ASCII opener (two back-ticks) are unambiguous; a straight " (or two
  apostrophes) opens after a space, a bracket, a dash or the start of a
  paragraph and closes otherwise.
* ‘ ’ and ' are quotation marks only where they cannot be apostrophes: an opener follows a space or an
  opening mark and precedes a letter; a closer ends an open single quote and is not inside a word
  (``city’s``, ``don't`` stay apostrophes).
* Nested quotes (a single-quoted phrase inside a double-quoted one, or the reverse) stay inside the outer
  span; only outermost spans are returned, with the nested ones listed on them.
* A quote still open at the end of a paragraph continues when the next paragraph opens with the same
  kind of mark (the press convention for multi-paragraph quotes); otherwise it ends with its paragraph
  and is flagged ``closed=False`` (a heading typed with a stray opening mark, for instance).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
SINGLE_OPEN = "‘‹"
SINGLE_CLOSE = "’›"
# Characters after which a straight or single mark opens a quotation rather than closing one.
OPENING_CONTEXT = " \t\n([{—–-/:" + DOUBLE_OPEN + SINGLE_OPEN + '"'
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# What follows an apostrophe that ends or shortens a word: 's, 'd, 'm, 't, 'll, 're, 've.
CLITIC = re.compile(r"(?:s|d|m|t|ll|re|ve)(?![A-Za-z])")


@dataclass
class QuoteSpan:
    """One outermost quotation: ``start``/``end`` delimit the words inside the marks."""

    start: int
    end: int
    mark: str  # "double" or "single"
    paragraph: int
    closed: bool = True
    continues_previous: bool = False  # opened a paragraph that carries on an unclosed quote
    nested: list[tuple[int, int]] = field(default_factory=list)


def _hard_wrapped(lines: list[str]) -> bool:
    """Lines cut at a fixed width (an e-mail or wire layout) rather than one paragraph per line."""
    inner = [len(line) for line in lines[:-1]]
    return len(lines) >= 3 and sum(40 <= n <= 90 for n in inner) >= 0.8 * len(inner)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Character ranges of paragraphs: blank-line separated, and each line of a block that is not hard-wrapped."""
    ranges, start = [], 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        block = text[start:end]
        lines = block.split("\n")
        if len(lines) > 1 and not _hard_wrapped(lines):
            offset = start
            for line in lines:
                ranges.append((offset, offset + len(line)))
                offset += len(line) + 1
        else:
            ranges.append((start, end))
        start = match.end() if match else len(text)
    return [(s, e) for s, e in ranges if text[s:e].strip()]


def _classify(text: str, i: int, open_single: bool) -> tuple[str, str, int] | None:
    """('open'|'close', 'double'|'single', width) for the mark at ``i``; None for an apostrophe/other char.

    Two-character marks are the ASCII typesetting of newswire archives: two back-ticks open, two
    apostrophes are a straight double mark.
    """
    char, pair = text[i], text[i : i + 2]
    before = text[i - 1] if i > 0 else " "
    if pair == "``":
        return ("open", "double", 2)
    if pair == "''":
        after = text[i + 2] if i + 2 < len(text) else " "
        return ("open", "double", 2) if before in OPENING_CONTEXT and not after.isspace() else ("close", "double", 2)
    after = text[i + 1] if i + 1 < len(text) else " "
    if char in DOUBLE_OPEN:
        return ("open", "double", 1)
    if char in DOUBLE_CLOSE:
        return ("close", "double", 1)
    if char == '"':
        return ("open", "double", 1) if before in OPENING_CONTEXT and not after.isspace() else ("close", "double", 1)
    if char in SINGLE_OPEN or char in SINGLE_CLOSE or char == "'":
        if before.isalnum() and after.isalpha():
            return None  # inside a word: city’s, don't
        if CLITIC.match(text, i + 1):
            return None  # a clitic split off by a tokenizer: "Somalia 's", "they 're"
        if before in OPENING_CONTEXT and (after.isalnum() or after in DOUBLE_OPEN + "'\"‘"):
            # ’ typed where ‘ was meant still opens; but ’90s / 'em abbreviations are too rare to chase
            return ("open", "single", 1)
        if open_single and not before.isspace():
            return ("close", "single", 1)
        return None
    return None


def _opening_width(text: str, start: int, mark: str) -> int:
    """Width of the opening mark of kind ``mark`` at ``start`` (0 when there is none)."""
    if mark == "double" and text[start : start + 2] in ("``", "''"):
        return 2
    head = text[start : start + 1]
    return 1 if head and head in (DOUBLE_OPEN + '"' if mark == "double" else SINGLE_OPEN + "'") else 0


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Outermost quotation spans of ``text`` in order, with nested spans and continuation flags."""
    spans: list[QuoteSpan] = []
    paras = paragraphs(text)
    carried: str | None = None  # mark of a quote left open by the previous paragraph
    for number, (p_start, p_end) in enumerate(paras):
        stack: list[tuple[str, int]] = []  # (mark, content start)
        nested: list[tuple[int, int]] = []
        continues = False
        i = p_start
        if carried and _opening_width(text, p_start, carried):
            i = p_start + _opening_width(text, p_start, carried)
            stack.append((carried, i))
            continues = True
        carried = None
        while i < p_end:
            char, width = text[i], 1
            if char in DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'`":
                open_single = any(m == "single" for m, _ in stack)
                kind = _classify(text, i, open_single)
                if kind:
                    action, mark, width = kind
                    straight = char == '"' or text[i : i + 2] == "''"
                    if action == "open" and not (mark == "double" and straight and stack and stack[-1][0] == mark):
                        stack.append((mark, i + width))
                    elif any(m == mark for m, _ in stack):
                        while stack:
                            top_mark, top_start = stack.pop()
                            if top_mark == mark:
                                break
                        if stack:
                            nested.append((top_start, i))
                        else:
                            spans.append(QuoteSpan(top_start, i, mark, number, True, continues, nested))
                            nested, continues = [], False
                    elif action == "open":  # a straight " closing with nothing open is really an opener
                        stack.append((mark, i + width))
            i += width
        if stack:
            outer_mark, outer_start = stack[0]
            end = p_end
            while end > outer_start and text[end - 1].isspace():
                end -= 1
            spans.append(QuoteSpan(outer_start, end, outer_mark, number, False, continues, nested))
            next_start = paras[number + 1][0] if number + 1 < len(paras) else None
            if next_start is not None and _opening_width(text, next_start, outer_mark):
                carried = outer_mark
    return [s for s in spans if text[s.start : s.end].strip()]
