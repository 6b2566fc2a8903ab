"""One act coded twice for one party, once by its bare country and once by its organ or person ("a visit to China
at the invitation of President Hu"), keeps the organ's pair only (``coding._organs_lead``); two distinct parties of
one country stay. Texts composed for these tests in the style of wire news, run through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.events.coding import _bare_country_of
from detente.analyse.pipeline import analyse_one
from detente.model import Article

pytestmark = pytest.mark.slow


def codes(text: str) -> list[tuple[str | None, str, str | None]]:
    """(source code, CAMEO code, target code) of every event the rules code, confidence aside."""
    with keep_every_event():
        article = analyse_one(Article(id="t", text=text, content_hash=f"t-{hash(text)}", date="2026-03-03"))
    return [
        (e.source_actor and e.source_actor.code, e.cameo, e.target_actor and e.target_actor.code)
        for e in article.events
        if not e.negated
    ]


def test_a_visit_at_a_leaders_invitation_is_one_visit_to_his_government() -> None:
    events = codes(
        "Brazilian President Luiz Inacio Lula da Silva arrived here on Monday for a four-day state visit to "
        "China at the invitation of Chinese President Xi Jinping."
    )
    visits = [e for e in events if e[1] == "042"]
    assert visits == [("BRAGOV", "042", "CHNGOV")]


def test_the_state_and_its_rebels_mediated_between_stay_two_parties() -> None:
    events = codes("Qatar has mediated between Colombia and the FARC rebels since April.")
    targets = {e[2] for e in events if e[1].startswith("04")}
    assert {"COL", "COLREB"} <= targets


@pytest.mark.parametrize(
    ("code", "organ", "bare"),
    [
        ("CHN", "CHNGOV", True),
        ("FRA", "FRABUS", True),
        ("SYR", "SYRMIL", True),
        ("COD", "CODREB", False),  # the state beside its rebels: two sides
        ("IND", "INDOPP", False),
        ("CHNGOV", "CHNGOVMIL", False),  # not a bare country
        ("IGO", "IGOUNO", False),
        ("USA", "CHNGOV", False),
    ],
)
def test_a_bare_country_beside_its_own_party(code: str, organ: str, bare: bool) -> None:
    assert _bare_country_of(code, organ) is bare


def test_two_acts_of_one_sentence_are_not_one_restated() -> None:
    # thanking and backing are two acts, whatever the pairs' codes
    events = codes(
        "The Palauan president thanked Taiwan for its steadfast friendship and said Palau would continue to back "
        "Taipei's participation in international bodies."
    )
    assert ("PLWGOV", "051", "TWN") in events
    assert ("PLW", "051", "TWNGOV") in events
