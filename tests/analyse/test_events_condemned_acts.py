"""An act a party condemns is not that party's act: the condemner is the source of the criticism only."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_precision import coded


@pytest.mark.parametrize(
    ("text", "judge", "act_root"),
    [
        ("Argentina on Tuesday condemned the assassination of the Lebanese industry minister.", "ARG", "18"),
        ("The United States condemned the bombing of the embassy in Nairobi.", "USA", "19"),
        ("Brazil denounced the shelling of a hospital in the north of the country.", "BRA", "19"),
    ],
)
def test_the_condemner_did_not_do_the_act(text: str, judge: str, act_root: str) -> None:
    found = coded(text)
    assert any((s or "").startswith(judge) and code.startswith("11") for s, code, _t in found), found
    assert not any((s or "").startswith(judge) and code.startswith(act_root) for s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "doer", "act_root"),
    [
        # a doer the sentence names keeps the condemned act
        ("Japan deplored the arrest of its nationals by Chinese police.", "CHN", "17"),
        ("Germany condemned Russia's attack on the Ukrainian port of Odesa.", "RUS", "19"),
        # blame names the doer, not the one who blames
        ("Britain blamed Russia for a cyberattack on Ukraine's power grid.", "RUS", "17"),
    ],
)
def test_a_named_doer_keeps_the_condemned_act(text: str, doer: str, act_root: str) -> None:
    # what the rules code: the acceptance floor may drop a sentence's weaker event (test_events_acceptance)
    with keep_every_event():
        found = coded(text)
    assert any((s or "").startswith(doer) and code.startswith(act_root) for s, code, _t in found), found
