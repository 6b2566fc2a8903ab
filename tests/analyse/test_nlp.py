"""The shared spaCy pipeline: paragraph breaks are sentence breaks."""

from __future__ import annotations


def test_a_paragraph_break_ends_a_sentence_even_after_a_closing_quote(nlp):
    text = (
        "“We will keep talking until the ceasefire holds,” the envoy said. “Nobody wants another war”\n\n"
        "The talks resume in Geneva on Friday\n\nOfficials declined to comment."
    )
    doc = nlp(text)
    sentences = [s.text.strip() for s in doc.sents if s.text.strip()]
    assert sentences[-2:] == ["The talks resume in Geneva on Friday", "Officials declined to comment."]
    assert sentences[-3].endswith("“Nobody wants another war”")


def test_boundaries_inside_a_paragraph_are_left_to_the_parser(nlp):
    doc = nlp("The minister arrived in Seoul on Monday. She met her counterpart the next day.")
    assert [s.text for s in doc.sents] == [
        "The minister arrived in Seoul on Monday.",
        "She met her counterpart the next day.",
    ]
