"""Words with a protest sense and another: transitive "demonstrate" shows a thing, intransitive "demonstrate"
protests; and names news gives a state instead of its own ("the Jewish state"). Sentences composed for these
tests, through the whole pipeline."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_organs_lead import codes

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "From Peking opera to acrobatics, Kenyan and Chinese artists demonstrated their exquisite skills and profound "
        "culture.",
        "A second study of 1,700 patients in twelve hospitals in Ontario, Canada, demonstrated the danger of the virus.",
    ],
)
def test_demonstrating_a_thing_is_no_protest(text: str) -> None:
    assert not [e for e in codes(text) if e[1].startswith("14")]


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of students demonstrated against the government in Seoul on Friday.",
        "Thousands of Palestinians demonstrated in Gaza on Friday against the Israeli blockade.",
    ],
)
def test_demonstrating_against_a_party_is_a_protest(text: str) -> None:
    assert [e for e in codes(text) if e[1] == "141"]


def test_a_state_named_by_what_news_calls_it_is_the_counterpart() -> None:
    # not the two signers acting on each other: the third party is named, as "the Jewish state"
    events = codes("Only two Arab countries, Egypt and Jordan, have signed peace treaties with the Jewish state.")
    assert ("EGY", "057", "ISR") in events and ("JOR", "057", "ISR") in events
    assert not [e for e in events if {e[0], e[2]} == {"EGY", "JOR"}]
