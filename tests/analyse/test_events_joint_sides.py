"""Two countries' sides that fight, meet or drill together act on each other, whatever place the sentence names."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded as triples


@pytest.mark.parametrize(
    ("text", "pair", "root"),
    [
        ("Thai and Cambodian soldiers fought near the Preah Vihear temple on Friday.", {"THAMIL", "KHMMIL"}, "19"),
        ("Armenian and Azerbaijani forces clashed in the Tavush region on Monday.", {"ARMMIL", "AZEMIL"}, "19"),
    ],
)
def test_two_sides_act_on_each_other(text: str, pair: set[str], root: str) -> None:
    found = [(s, t) for s, code, t in triples(text) if code.startswith(root)]
    assert len(found) == 1 and set(found[0]) == pair, triples(text)


def test_a_third_party_named_stays_the_target() -> None:
    found = triples("China and Russia held talks with Iran in Beijing.")
    assert {(s[:3], t[:3]) for s, code, t in found if code.startswith("04")} == {("CHN", "IRN"), ("RUS", "IRN")}
