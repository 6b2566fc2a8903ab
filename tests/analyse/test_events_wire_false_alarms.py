"""False alarms of the kinds found on real wire news (seventh session), on sentences composed for these tests
through the whole pipeline: a state's own procedure approved is no act between parties, and an act none of
whose parties has a country or organisation code tells nothing about relations between actors."""

from __future__ import annotations

import pytest

from detente.analyse.events.patterns import load_codebook

from .test_events_precision import coded, has

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "The provincial assembly approved the resignations of three Kenyan ministers.",
        "The Philippine Senate approved the ambassador's appointment on Tuesday.",
        "Argentina's Congress approved a bill on fishing rights near the Falklands.",
        "The Nigerian parliament approved the budget on Friday.",
    ],
)
def test_approving_a_states_own_procedure_is_no_event(text: str) -> None:
    assert not any(c.startswith("05") for _s, c, _t in coded(text)), coded(text)


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("The IMF approved a loan to Pakistan.", "IGO", "07", "PAK"),
        ("The EU approved Croatia's membership bid.", "IGO", "05", "HRV"),
    ],
)
def test_approving_aid_or_a_partys_bid_stays(text: str, source: str, root: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, root, target), found


def test_the_codebook_lists_procedure_nouns_approve_takes_as_no_event() -> None:
    assert {"resignation", "appointment", "budget", "bill"} <= load_codebook().light_non_events["approve"]


@pytest.mark.parametrize(
    "text",
    [
        "Kenyon Martin signed a seven-year contract with the club in July.",
        "The team's spokesman refused to comment on the latest developments.",
        "The group claimed responsibility in a statement sent to a radio station.",
    ],
)
def test_an_act_with_no_coded_party_is_no_event(text: str) -> None:
    assert coded(text) == [], coded(text)


def test_an_act_with_one_coded_party_or_a_role_stays() -> None:
    found = coded("Gunmen killed two Israeli soldiers near Hebron.")
    assert any((t or "").startswith("ISR") for _s, _c, t in found), found
    # (a role is a code: "---COP" police; a doer-less act on an uncoded party is kept as told)
    assert coded("Israeli police went on high alert in Jerusalem.") != []
