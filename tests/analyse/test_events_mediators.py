"""A third party's part in an act of others (detente/analyse/events/mediators.py, verbs.yaml mediation_verbs):
"a ceasefire mediated by Egypt", "a China-brokered deal", "talks hosted by Qatar" are the mediator's (045) or
host's (043) act towards the parties of the act the noun belongs to, and the mediator is no party of that act.
The sentences are composed for these tests and go through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reduced relative with its agent, the act's parties the subjects of the verb it hangs from
        ("Israel and Hamas agreed to a ceasefire mediated by Egypt.", ("EGY", "045", ["ISR", "PSE"])),
        ("Ethiopia and Somalia signed an agreement brokered by Turkey.", ("TUR", "045", ["ETH", "SOM"])),
        # the act's parties named as the agents of a passive
        (
            "The truce, brokered by Saudi Arabia, was signed by Sudan's army and the Rapid Support Forces.",
            ("SAU", "045", ["SDN"]),
        ),
        # a hyphened modifier; the parties named by "between"
        ("Hamas rejected a US-brokered agreement between the Palestinians and Israel.", ("USA", "045", ["PSE", "ISR"])),
        ("Saudi Arabia restored ties with Iran in a China-brokered deal in March.", ("CHN", "045", ["SAU", "IRN"])),
        # the parties named by "between" on the participle that tells the act ("reached between")
        (
            "Fatah welcomed a US-brokered agreement reached on Tuesday between the Palestinians and Israel.",
            ("USA", "045", ["PSE", "ISR"]),
        ),
        # hosting the talks that led to the act
        (
            "Pakistan and Afghanistan agreed to a ceasefire after talks in Doha hosted by Qatar.",
            ("QAT", "043", ["PAK", "AFG"]),
        ),
    ],
)
def test_a_mediator_acts_towards_the_parties_of_the_act(text: str, expected: tuple[str, str, list[str]]) -> None:
    source, code, targets = expected
    found = triples_of(text)
    for target in targets:
        assert has(found, source, code, target), found


def test_the_mediator_is_no_party_of_the_agreement() -> None:
    found = triples_of("Armenia and Azerbaijan agreed to a Russian-brokered truce.")
    assert has(found, "RUS", "045", "ARM") and has(found, "RUS", "045", "AZE"), found
    assert not any(s in {"ARM", "AZE"} and t == "RUS" for s, _c, t in found), found


@pytest.mark.parametrize(
    "text",
    [
        # hosting what is no act of two parties
        "The World Cup hosted by Qatar drew record crowds.",
        "A dinner hosted by the French president was attended by business leaders.",
        # a mediator with no party to mediate between
        "The plan brokered by Norway remained on paper.",
    ],
)
def test_no_mediation_without_the_parties_of_an_act(text: str) -> None:
    found = triples_of(text)
    assert not any(c.startswith(("045", "043")) for _s, c, _t in found), found


def test_mediation_verbs_are_checked_codes() -> None:
    from detente.analyse.events.patterns import CodebookError, load_codebook, parse_codebook
    from tests.analyse.test_events_codebook import minimal_codebook

    book = load_codebook()
    assert book.mediation_verbs["broker"] == "045" and book.mediation_verbs["host"] == "043"
    with pytest.raises(CodebookError, match=r"mediation_verbs\.broker"):
        parse_codebook(minimal_codebook(mediation_verbs={"broker": "9999"}))
