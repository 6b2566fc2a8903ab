"""The doer of a toll told in an attack (conflict_kinds.attack_doers): 'soldiers were killed in an ambush by rebels',
'militants were killed in an Israeli air strike', 'rebels were killed in clashes with government troops'.

The sentences are composed for these tests (none is copied from a benchmark or the wire) and run through the whole
pipeline; the negative cases guard running tolls, attacks that name no party and attacks coded as events of their
own. The lexicon is the ``attack_doers`` section of detente/data/cameo/conflict.yaml.
"""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from detente.analyse.events.conflict_lexicon import ConflictLexiconError, load_conflict_lexicon, parse_conflict_lexicon
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


def pairs(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source code, CAMEO root, target code) of every event of the text."""
    return {
        (e.source_actor.code if e.source_actor else None, e.root, e.target_actor.code if e.target_actor else None)
        for e in analysed(text)
    }


def test_the_lexicon_lists_attacks_and_fights() -> None:
    lexicon = load_conflict_lexicon()
    assert {"ambush", "raid", "strike"} <= lexicon.attack_nouns
    assert {"clash", "gunbattle"} <= lexicon.fight_nouns
    assert lexicon.attack_doer_roots == {"18", "19", "20"}


def test_a_conflict_lexicon_without_the_attack_doers_section_fails_at_load_time() -> None:
    raw = yaml.safe_load(resources.files("detente.data.cameo").joinpath("conflict.yaml").read_text(encoding="utf-8"))
    del raw["attack_doers"]
    with pytest.raises(ConflictLexiconError, match="attack_doers"):
        parse_conflict_lexicon(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the attack's "by" phrase
        (
            "Four policemen were killed in an ambush by Maoist guerrillas in eastern Nepal on Friday.",
            ("NPLREB", "NPLCOP"),
        ),
        # a party named on the attack
        ("Two Hamas gunmen were killed in an Israeli air strike on a car in Gaza on Friday.", ("ISR", "PSEREB")),
        # a fight's other side
        (
            "Three Kurdish separatists were killed in clashes with Turkish soldiers near the Iraqi border.",
            ("TURMIL", "REB"),
        ),
    ],
)
def test_a_toll_told_in_an_attack_is_done_by_the_attack_s_party(text: str, expected: tuple[str, str]) -> None:
    found = {(s[:6] if s else s, t[:6] if t else t) for s, root, t in pairs(text) if root in {"18", "19", "20"}}
    source, target = expected  # (the target by its country and role, or its role alone)
    assert any(s and s.startswith(source) and t and target in t for s, t in found), found


def test_the_attack_s_party_is_not_its_victim() -> None:
    # "killed in a Turkish raid": Turkey does it, the farmers suffer it
    found = pairs("Five Syrian farmers were killed in a Turkish raid near the border on Monday.")
    assert not any(t and t.startswith("TUR") for _s, root, t in found if root in {"18", "19", "20"}), found
    assert any(s and s.startswith("TUR") for s, root, _t in found if root in {"18", "19", "20"}), found


@pytest.mark.parametrize(
    "text",
    [
        # a running toll stays a statistic
        "More than 900 people have been killed in attacks by the rebels since the insurgency began in 2004.",
        # so does a count over a period
        "At least 300 Indian soldiers have been killed in clashes with Naxalite rebels this year.",
        # an attack that names no party names no doer
        "Six soldiers were killed in a roadside bombing outside the garrison town on Friday.",
        # not killed: the act is negated
        "No policemen were killed in the ambush by the guerrillas, a spokesman said.",
    ],
)
def test_no_doer_is_read_from_a_toll_or_an_attack_that_names_none(text: str) -> None:
    found = pairs(text)
    assert not any(s and root in {"18", "19", "20"} for s, root, _t in found), found
