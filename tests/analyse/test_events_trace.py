"""The event trace: for every act the rules found, the filter that dropped it or kept, and no change to the result."""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.analyse.events.coding import article_events
from detente.analyse.events.patterns import load_codebook
from detente.analyse.events.trace import KEPT, REASONS, EventTrace
from detente.analyse.explain import explain_article
from detente.model import Article


def _article(text: str) -> Article:
    return Article(id="trace", text=text, content_hash=f"trace-{hash(text)}", date="2026-03-02")


def _reasons(text: str) -> list[tuple[int, str, str]]:
    _analysed, trace = explain_article(_article(text))
    return [(c.sentence, c.code[:2], c.reason) for c in trace.candidates]


@pytest.mark.parametrize(
    ("text", "root", "reason"),
    [
        ("Will Russia invade Georgia?", "13", "question"),
        ("The Indian prime minister is expected to visit Pakistan next month.", "03", "forecast"),
        ("The Kenyan president urged the army to stay calm.", "02", "within-state"),
        ("Canada hosts about 500 Latvian soldiers.", "04", "standing"),
    ],
)
def test_the_trace_names_the_filter_that_dropped_an_act(text: str, root: str, reason: str) -> None:
    assert (0, root, reason) in _reasons(text)


def test_a_kept_act_is_traced_as_kept_with_its_parties_and_confidence() -> None:
    analysed, trace = explain_article(_article("Egypt condemned the Israeli raid on the Lebanese border."))
    (condemned,) = [c for c in trace.candidates if c.code == "111"]
    assert condemned.kept and condemned.reason == KEPT
    assert condemned.source == "Egypt (EGY)" and condemned.target is not None and "ISR" in condemned.target
    assert condemned.confidence is not None and 0.0 < condemned.confidence <= 1.0
    assert [c.event for c in trace.candidates if c.kept] == analysed.events


def test_a_sentence_with_no_act_word_has_no_candidate() -> None:
    analysed, trace = explain_article(_article("Heavy rain fell across the region on Tuesday. Egypt condemned Israel."))
    assert trace.of_sentence(0) == []
    assert trace.of_sentence(1)


@pytest.mark.parametrize(
    "text",
    [
        "Will Russia invade Georgia? Lithuania expelled two Russian diplomats on Monday.",
        "The Kenyan president urged the army to stay calm. Uganda accused Kenya of sheltering rebels.",
        "Gunmen killed three Nigerian soldiers near the border, the army said. Chad offered to help Nigeria.",
    ],
)
def test_results_are_identical_with_and_without_the_trace(text: str, nlp) -> None:
    analysed = analyse_one(_article(text))
    doc = nlp(text)
    without = article_events(doc, analysed, load_codebook())
    trace = EventTrace()
    with_trace = article_events(doc, analysed, load_codebook(), trace)
    assert with_trace == without
    assert [c.event for c in trace.candidates if c.kept] == with_trace
    assert all(c.reason in REASONS for c in trace.candidates)
