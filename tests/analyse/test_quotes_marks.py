"""Quotation-mark scanning: curly and straight marks, apostrophes, nesting, paragraph continuation."""

from __future__ import annotations

from detente.analyse.quotes.marks import find_quote_spans, paragraphs


def quoted(text: str) -> list[str]:
    return [text[s.start : s.end] for s in find_quote_spans(text)]


def test_curly_and_straight_double_quotes():
    text = '“We agree,” she said. He replied: "We do not."'
    assert quoted(text) == ["We agree,", "We do not."]


def test_apostrophes_are_not_quotation_marks():
    text = "The city’s mayor said the leaders’ meeting went well and didn't end 'badly' at all."
    assert quoted(text) == ["badly"]


def test_quote_inside_quote_stays_in_the_outer_span():
    text = "“He told me ‘we will never surrender,’ and I believed him,” Smith said."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["He told me ‘we will never surrender,’ and I believed him,"]
    inner_start, inner_end = spans[0].nested[0]
    assert text[inner_start:inner_end] == "we will never surrender,"


def test_single_quoted_outer_with_double_inner():
    text = "The minister said: 'They called it \"a historic day\" and left.' Then he went home."
    assert quoted(text) == ['They called it "a historic day" and left.']


def test_quote_continuing_into_next_paragraph():
    text = "“The first part of the statement ends here.\n\n“And it goes on in this paragraph,” he said.\n\nNext."
    spans = find_quote_spans(text)
    assert [(s.paragraph, s.closed, s.continues_previous) for s in spans] == [(0, False, False), (1, True, True)]


def test_unclosed_heading_ends_with_its_paragraph():
    text = "Intro paragraph.\n\n‘A heading typed with one mark\n\nThe body goes on without quotes."
    spans = find_quote_spans(text)
    assert [(text[s.start : s.end], s.closed) for s in spans] == [("A heading typed with one mark", False)]


def test_paragraphs_split_on_blank_lines_and_unwrapped_lines():
    assert paragraphs("a\n\nb\n \nc") == [(0, 1), (3, 4), (7, 8)]
    assert paragraphs("a\nb") == [(0, 1), (2, 3)]
    wrapped = "\n".join(["x" * 70] * 4)  # hard-wrapped at 70 columns: one paragraph
    assert paragraphs(wrapped) == [(0, len(wrapped))]


def test_tokenized_clitics_are_not_quotation_marks():
    text = "He urged Somalia 's leaders to unite, but they 're divided over the 'roadmap' plan."
    assert quoted(text) == ["roadmap"]
