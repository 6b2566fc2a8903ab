"""The reader's segmentation: overlapping spans, sentence anchors, offsets that do not fit the text."""

from __future__ import annotations

from detente.model import Actor, ActorRef, Article, Event, Mention, Place, Quote, Sentence
from detente.serve.spans import article_spans, segments

TEXT = 'Seoul said "we will talk to Beijing" on Monday. Talks followed in Beijing.'


def _article() -> Article:
    first_end = TEXT.index(".") + 1
    beijing = TEXT.index("Beijing")
    quote_start = TEXT.index('"') + 1
    quote_end = TEXT.index('"', quote_start)
    return Article(
        id="t",
        text=TEXT,
        content_hash="x",
        sentences=[Sentence(start=0, end=first_end), Sentence(start=first_end + 1, end=len(TEXT))],
        actors=[
            Actor(
                id="a0",
                name="Beijing",
                code="CHNGOV",
                mentions=[Mention(start=beijing, end=beijing + 7), Mention(start=len(TEXT) - 8, end=len(TEXT) - 1)],
            )
        ],
        events=[
            Event(
                source_actor=ActorRef(code="KORGOV"),
                target_actor=ActorRef(code="CHNGOV", actor="a0"),
                cameo="040",
                root="04",
                quad_class=1,
                goldstein=1.0,
                sentence=0,
                start=TEXT.index("talk"),
                end=TEXT.index("talk") + 4,
            )
        ],
        quotes=[Quote(text=TEXT[quote_start:quote_end], kind="direct", start=quote_start, end=quote_end)],
        places=[
            Place(name="Seoul", start=0, end=5),
            Place(name="Nowhere", start=len(TEXT) - 3, end=len(TEXT) + 40),  # runs past the text: left out
        ],
    )


def test_segments_cover_the_text_once_and_carry_every_overlapping_span() -> None:
    article = _article()
    spans = article_spans(article)
    assert {s.ref for s in spans} == {"a0.0", "a0.1", "e0", "q0", "p0"}  # the bad place is dropped
    pieces = segments(article, spans)
    assert "".join(p.text for p in pieces) == TEXT
    assert all(p.start < p.end for p in pieces)
    by_ref: dict[str, str] = {}
    for piece in pieces:
        for ref in piece.refs:
            by_ref[ref] = by_ref.get(ref, "") + piece.text
    for span in spans:
        assert by_ref[span.ref] == TEXT[span.start : span.end], span
    talk = next(p for p in pieces if p.text == "talk")
    assert talk.kinds == ["event", "quote"]  # inside the quote and the event at once
    beijing = next(p for p in pieces if p.start == TEXT.index("Beijing"))
    assert beijing.kinds == ["quote", "actor"]


def test_each_sentence_is_anchored_once_and_gaps_belong_to_none() -> None:
    article = _article()
    pieces = segments(article, article_spans(article))
    assert [p.sentence for p in pieces if p.sentence_start] == [0, 1]
    gap = next(p for p in pieces if p.text == " " and p.sentence is None)  # the space between the sentences
    assert gap.start == article.sentences[0].end
