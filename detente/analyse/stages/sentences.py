"""Sentence segmentation: character ranges of each sentence in the article text."""

from __future__ import annotations

from ...model import Sentence
from ..registry import Parsed, stage


@stage("sentences", order=10, fields=("sentences",))
def split_sentences(parsed: Parsed) -> dict[str, list[Sentence]]:
    sentences = []
    for sent in parsed.doc.sents:
        text = sent.text
        start = sent.start_char + (len(text) - len(text.lstrip()))
        end = sent.end_char - (len(text) - len(text.rstrip()))
        if end > start:
            sentences.append(Sentence(start=start, end=end))
    return {"sentences": sentences}
