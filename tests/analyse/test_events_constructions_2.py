"""Constructions, second round: how a verb of saying asks for an act, light nouns under a preposition, the
kind an adjective gives a noun phrase, and which event of a sentence leads; on sentences composed for
these tests and run through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.pipeline import analyse_one
from detente.model import Article, Event


def analysed(text: str) -> list[Event]:
    return analyse_one(Article(id="t", text=text, content_hash=f"t-{hash(text)}", date="2026-03-02")).events


def country(ref) -> str | None:
    return ref.code[:3] if ref is not None and ref.code else None


def best(text: str) -> tuple[str | None, str, str | None]:
    """The sentence's leading event as (source country, CAMEO code, target country), ranked as users and
    benchmarks rank them: the highest confidence, then one with a target, then text order."""
    events = analysed(text)
    assert events, text
    top = sorted(enumerate(events), key=lambda p: (-(p[1].confidence or 0), p[1].target_actor is None, p[0]))[0][1]
    return country(top.source_actor), top.cameo, country(top.target_actor)


pytestmark = pytest.mark.slow


def test_telling_a_party_to_do_something_is_a_demand_whatever_the_act() -> None:
    assert best("Ankara told Athens to keep its fishing boats away from the islets.") == ("TUR", "100", "GRC")
    assert best("The Chinese premier told Manila that it must stay out of the lagoon.")[1:] == ("100", "PHL")


def test_telling_reporters_or_reporting_what_happened_is_no_demand() -> None:
    assert not [e for e in analysed("The spokesman told journalists to wait for a written statement.")]
    assert best("Rome told Vienna that the border talks had gone smoothly.")[1] != "100"
