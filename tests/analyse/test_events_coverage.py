"""Coverage: acts that news reports in wordings the codebook did not reach (issue 5). Sentences composed for
these tests; each group has negative cases for the senses it must not take."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded, has

# --- refusing an act the codebook does not code is a rejection (CAMEO 12) -----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Budapest refused to lift its veto on the Ukraine aid package.", "HUN", "UKR"),
        ("Washington declined to renew the waiver for Iraqi purchases of Iranian electricity.", "USA", None),
        ("The Turkish government refused to hand over the suspects to Sweden.", "TUR", "SWE"),
    ],
)
def test_refusing_an_uncoded_act_is_a_rejection(text: str, source: str, target: str | None) -> None:
    found = coded(text)
    assert any(s and s[:3] == source and c.startswith("12") for s, c, _ in found), found
    if target:
        assert has(found, source, "12", target), found


@pytest.mark.parametrize(
    "text",
    [
        # withholding words is no rejection of a party
        "The Japanese foreign ministry declined to give details of the talks with Seoul.",
        "A French diplomat, who declined to be named, said the talks with Iran had stalled.",
        "Egypt's foreign minister declined to comment on the reports from Gaza.",
        # a refusal only supposed, or of no act done to anything
        "Washington would impose sanctions if Khartoum refused to change its position.",
        "Striking teachers in Lagos refused to go back to work.",
    ],
)
def test_withheld_words_and_supposed_refusals_are_no_rejection(text: str) -> None:
    assert not any(c.startswith("12") for _, c, _ in coded(text)), coded(text)


# --- intrusions into computers: hacking is coercion (CAMEO 17, PLOVER COERCE) -------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian hackers tried to hack into the email accounts of German lawmakers.", "RUS", "DEU"),
        ("Chinese hackers broke into the computers of the Indian power grid operator.", "CHN", "IND"),
        ("Iranian hackers breached the networks of three Israeli water utilities.", "IRN", "ISR"),
        ("North Korean spies hacked the servers of South Korea's nuclear power operator.", "PRK", "KOR"),
        ("Moscow launched a cyberattack against Estonia's government websites.", "RUS", "EST"),
    ],
)
def test_hacking_is_coercion(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "17", target), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Burglars broke into a house in Lyon and stole jewellery.",
        "The finance minister hacked away at the defence budget.",
        "The singer broke into tears as the crowd in Seoul cheered.",
    ],
)
def test_break_ins_and_cuts_are_no_coercion(text: str) -> None:
    assert not any(c.startswith("17") for _, c, _ in coded(text)), coded(text)


# --- an act an accusation is about was done by the accused, not the accuser ----------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "root", "victim", "accuser"),
    [
        ("Canberra blamed Beijing for a cyberattack on Australian parliament computers.", "CHN", "17", "AUS", "AUS"),
        ("Yerevan accused Baku of an artillery attack on Armenian border villages.", "AZE", "19", "ARM", "ARM"),
    ],
)
def test_the_accused_did_the_act(text: str, doer: str, root: str, victim: str, accuser: str) -> None:
    found = coded(text)
    assert has(found, doer, root, victim), found
    assert not has(found, accuser, root, victim), found
