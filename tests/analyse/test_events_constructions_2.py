"""Constructions, second round: how a verb of saying asks for an act, light nouns under a preposition, the
kind an adjective gives a noun phrase, and which event of a sentence leads; on sentences composed for
these tests and run through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_constructions import analysed, best

pytestmark = pytest.mark.slow


def test_telling_a_party_to_do_something_is_a_demand_whatever_the_act() -> None:
    assert best("Ankara told Athens to keep its fishing boats away from the islets.") == ("TUR", "100", "GRC")
    assert best("The Chinese premier told Manila that it must stay out of the lagoon.")[1:] == ("100", "PHL")


def test_telling_reporters_or_reporting_what_happened_is_no_demand() -> None:
    assert not [e for e in analysed("The spokesman told journalists to wait for a written statement.")]
    assert best("Rome told Vienna that the border talks had gone smoothly.")[1] != "100"
