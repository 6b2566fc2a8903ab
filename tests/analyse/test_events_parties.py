"""Parties of events that are found: who does an act and whom it is aimed at, through the whole pipeline (real
parse, real actors stage), on sentences composed here (none is taken from a benchmark or the newswire corpus).

Each class was found by grouping the events whose root was right and whose source or target was not, on the
DEV stories and sentences; each test has a negative beside its positive.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.linking import load_linking

from .test_events_precision import coded, has

# --- the purpose of reaching a party: 'telephoned X to demand', 'summoned the envoy to lodge a protest' ----


def test_contact_verbs_are_listed() -> None:
    verbs = load_linking().contact_verbs
    assert {"telephone", "summon", "meet"} <= verbs
    # verbs of asking make the party reached the doer of what is asked, and stay out
    assert not verbs & {"urge", "ask", "invite", "order", "force", "tell"}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # the caller demands, of the party called
        (
            "The German chancellor telephoned the Russian president to demand an immediate ceasefire.",
            ("DEU", "10", "RUS"),
        ),
        # the summoner protests, to the envoy summoned
        ("Pakistan summoned the Indian envoy to condemn the killing of civilians in Kashmir.", ("PAK", "11", "IND")),
        # the host urges, the guest is urged
        ("Egypt's foreign minister met Israeli officials to urge restraint in Gaza.", ("EGY", "02", "ISR")),
    ],
)
def test_the_infinitive_of_reaching_a_party_is_the_callers_act(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found
    source, root, target = act
    assert not has(found, target, root, source), found  # never the party reached doing it to the caller


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a verb of asking: the party asked does what is asked for
        ("Washington urged Seoul to resume talks with Tokyo.", ("USA", "02", "KOR")),
        ("The Arab League asked Syria to withdraw its troops from Lebanon.", ("IGO", "02", "SYR")),
    ],
)
def test_the_infinitive_of_asking_stays_the_party_asked(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found


# --- the party a clause on a noun acts on: 'the fighters Nairobi blames', 'a reporter seized by the FSB' ---


@pytest.mark.parametrize(
    ("text", "act"),
    [
        # a relative clause with its own subject and no object: its noun is what it blames
        (
            "Kenyan troops crossed into Somalia, pursuing al-Shabaab fighters Nairobi blames for the kidnappings.",
            ("KEN", "11", "SOM"),
        ),
        # a passive participle with its doer: its noun is whom it seized
        ("Reuters reporter Tom Smith, seized by Iranian guards in March, was freed on Sunday.", ("IRN", "17", "GBR")),
        # a passive relative clause: its noun is whom it was given to
        (
            "Police detained the Colombian activist Ana Ruiz, who had been granted asylum by Mexico.",
            ("MEX", "07", "COL"),
        ),
    ],
)
def test_the_noun_a_clause_hangs_from_is_its_party(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found


def test_a_participle_on_a_thing_gives_its_agent_no_act() -> None:
    # "funded by Chinese loans" tells of a railway, not of an act the loans do to a party
    found = coded(
        "Laos and Vietnam agreed to speed up a railway from Lao Cai to Hai Phong, funded partly by Chinese loans."
    )
    assert not has(found, "CHN", "07", "LAO"), found


def test_the_troops_a_country_deployed_are_not_its_target() -> None:
    found = coded("Russia reinforced the troops Moscow deployed in Belarus last year.")
    assert not any(s and t and s[:3] == t[:3] == "RUS" for s, _c, t in found), found


# --- force that lands on a place: 'rained rockets on the city of X', 'fired shells at X' --------------------


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Turkish forces rained rockets on the city of Kobani overnight.", ("TUR", "19", "SYR")),
        ("Russian troops fired shells at the city of Kharkiv on Monday.", ("RUS", "19", "UKR")),
    ],
)
def test_force_aimed_at_a_foreign_place_is_aimed_at_its_country(text: str, act: tuple) -> None:
    found = coded(text)
    assert has(found, *act), found
