"""An act of conflict told without any doer is no event; with a doer we cannot code, it keeps its target."""

from __future__ import annotations

import pytest

from tests.analyse.test_events import events_of
from tests.analyse.test_events import triples as triples_of


def triples(nlp, text: str) -> set[tuple[str | None, str, str | None]]:
    return set(triples_of([e for e in events_of(nlp, text) if not e.negated]))


@pytest.mark.parametrize(
    "text",
    [
        "Eight schoolchildren were killed in a road accident in northern Japan on Tuesday.",
        "A Japanese journalist was arrested in Jakarta on Monday.",
        "Two Turkish soldiers were killed and four wounded in southeastern Turkey, an official statement said.",
        "The victims were shot in groups and buried outside the town in Bosnia, prosecutors said.",
    ],
)
def test_an_act_that_only_befell_its_victims_is_no_event(nlp, text: str) -> None:
    assert triples(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        ("Gunmen kidnapped two Japanese engineers in the Niger Delta.", "181", "JPN"),
        ("Two Japanese engineers were kidnapped by armed bandits in the Niger Delta.", "181", "JPN"),
    ],
)
def test_a_doer_we_cannot_code_keeps_the_known_target(nlp, text: str, code: str, target: str) -> None:
    found = triples(nlp, text)
    assert any(source is None and cameo == code and (tgt or "").startswith(target) for source, cameo, tgt in found)
