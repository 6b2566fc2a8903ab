"""How news states acts the rules found no doer, target or code for (session 12): a gerund after "after" / "by"
sharing its clause's subject, "the two" standing alone for the story's pair, an offer told before as the target of
its welcome, pleas, appeals and common stances thrown out, denied or blocked (aimed at their owner), and "raped"
read as "rape", not "rap".

The sentences are composed for these tests (none is copied from a benchmark or the wire) and run through the whole
pipeline; the negative cases guard gerunds whose doer is the object, topics after "on", counts of people and things,
and words that keep their other senses. The codes are in detente/data/cameo/verbs.yaml (``light_verbs``).
"""

from __future__ import annotations

import pytest

from detente.analyse.events.patterns import undoubled_stem
from tests.analyse.test_events_constructions import analysed

pytestmark = pytest.mark.slow


def acts(text: str) -> set[tuple[str | None, str, str | None]]:
    """(source country, CAMEO root, target country) of the text's events."""
    return {
        (
            e.source_actor.code[:3] if e.source_actor and e.source_actor.code else None,
            e.root,
            e.target_actor.code[:3] if e.target_actor and e.target_actor.code else None,
        )
        for e in analysed(text)
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A Chinese navy fleet returned home on Tuesday after visiting ports in Canada and Chile.",
            {("CHN", "04", "CAN"), ("CHN", "04", "CHL")},
        ),
        ("The Indian minister left Seoul on Friday after meeting South Korean President Lee.", {("IND", "04", "KOR")}),
    ],
)
def test_a_gerund_after_after_shares_its_clauses_subject(text: str, expected: set) -> None:
    assert expected <= acts(text)


def test_a_gerund_after_for_is_not_the_subjects_act() -> None:
    # "condemned Russia for attacking Ukraine": the attack is Russia's, never Germany's
    assert not any(
        s == "DEU" and root == "19" for s, root, _ in acts("Germany condemned Russia for attacking Ukraine.")
    )


def test_a_gerund_after_on_is_a_topic_not_an_act() -> None:
    text = "Premier Li will exchange views with Czech leaders on promoting ties and sign some documents, Zhao added."
    assert not any(root == "05" for _, root, _ in acts(text))


@pytest.mark.parametrize(
    ("second", "expected"),
    [
        ("The two later discussed trade and energy.", ("BRA", "04", "RUS")),
        ("The two signed an agreement on space cooperation.", ("BRA", "05", "RUS")),
    ],
)
def test_the_two_alone_are_the_pair_just_told(second: str, expected: tuple) -> None:
    first = "Brazilian Foreign Minister Mauro Vieira met Russian Foreign Minister Sergei Lavrov in Brasilia on Monday."
    found = acts(f"{first} {second}")
    assert expected in found or (expected[2], expected[1], expected[0]) in found


def test_a_bare_count_of_people_is_not_the_pair() -> None:
    first = "Brazilian Foreign Minister Mauro Vieira met Russian Foreign Minister Sergei Lavrov in Brasilia on Monday."
    found = acts(f"{first} Two were killed in a blast in Kabul.")
    assert not any(root == "19" or root == "18" for _, root, _ in found)


def test_a_welcomed_offer_is_aimed_at_whoever_made_it() -> None:
    text = (
        "World Bank President Ajay Banga has offered assistance to Indonesia to fight bird flu. "
        "Indonesian President Prabowo Subianto welcomed the offer of assistance, among others compensation for farmers."
    )
    assert any(s == "IDN" and root == "05" and t == "IGO" for s, root, t in acts(text))


def test_an_offer_named_with_its_maker_keeps_the_maker() -> None:
    assert ("THA", "05", "CHN") in acts("Thailand welcomed the offer of aid from China.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya's High Court on Monday threw out the opposition's petition against the election result.", "12"),
        ("Germany blocked the British proposal at the EU summit.", "12"),
        ("Greece blocked Turkey's motion at the meeting in Brussels.", "12"),
    ],
)
def test_pleas_and_proposals_thrown_out_or_blocked_are_rejected(text: str, expected: str) -> None:
    assert any(root == expected for _, root, _ in acts(text))


@pytest.mark.parametrize(
    "text",
    [
        "Protesters threw stones at the police station in Nairobi.",
        "Police blocked the road to the airport in Lagos.",
        "Rwanda denied any involvement in the fighting in eastern Congo.",
        "The government was blocking his trip abroad in a bid to harm his health, the opposition leader said.",
    ],
)
def test_other_objects_keep_their_own_senses(text: str) -> None:
    assert not any(root == "12" for _, root, _ in acts(text))


def test_a_stance_blocked_is_aimed_at_its_owner_not_its_topic() -> None:
    text = "France this year blocked a common EU stance on China at the meeting in Brussels."
    found = acts(text)
    assert ("FRA", "12", "IGO") in found and ("FRA", "12", "CHN") not in found


@pytest.mark.parametrize(
    ("lemma", "word", "expected"),
    [
        ("rap", "raped", "rape"),
        ("rap", "raping", "rape"),
        ("rap", "rapped", None),  # doubled: the lemma is right
        ("visit", "visited", None),  # two syllables: no silent e
        ("show", "showed", None),
        ("stag", "staged", "stage"),
    ],
)
def test_an_undoubled_form_reads_as_the_verb_with_a_silent_e(lemma: str, word: str, expected: str | None) -> None:
    assert undoubled_stem(lemma, word) == expected


def test_raped_is_not_read_as_rapped() -> None:
    assert any(s == "USA" and root == "18" for s, root, _ in acts("US marines raped a Filipina in Olongapo on Monday."))
