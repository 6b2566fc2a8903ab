"""False alarms of the event vocabulary: words that code an act between parties where wire news means none.

Found by reading a sample of the events that this session's new codebook entries created on 2,452
unlabelled AFP/Xinhua articles (and those they removed). Each sentence below is composed here, none is
taken from the corpus or a benchmark; each negative names the wrong sense the corpus showed, and a positive
next to it keeps the right sense of the same words.
"""

from __future__ import annotations

import pytest

from tests.analyse.test_events import events_of, triples
from tests.analyse.test_events_codebook import has_event


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a sports report (linking.yaml sport_words) is not made of acts between states: clubs sign players,
        # players withdraw injured, head to a final or tour abroad and admit a poor run, teams press for a
        # goal, capture titles, defend them and join hands, fans abuse players
        ("Chile signed a striker from France before the World Cup.", "05"),
        ("Japan withdrew from the tennis tournament in Vietnam with a knee injury.", "08"),
        ("The skater from Japan headed to France for the final of the figure skating series.", "04"),
        ("The football team of Chile left for France on Sunday.", "04"),
        ("Pakistan toured Israel with its cricket team last season.", "04"),
        ("The midfielder from France admitted that the Cup draw had been kind to his side.", "01"),
        ("France pressed for an equaliser against Japan in the second half.", "02"),
        ("Fans in France abused the Japan striker during the football match.", "18"),
        ("Japan captured the gold medal at the championship in Vietnam.", "17"),
        ("France defended its title against Japan at the volleyball championship.", "05"),
        ("Japan joined hands with Vietnam to reach the tennis semifinals.", "06"),
    ],
)
def test_what_players_and_teams_do_in_a_sports_report_is_no_event(nlp, text: str, root: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith(root) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same words outside sport keep their act
        ("Japan signed a fishing agreement with Vietnam.", ("JPN", "057", "VNM")),
        ("Russia withdrew its troops from Georgia.", ("RUS", "0874", None)),
        ("The United States pressed for sanctions against Iran.", ("USA", "020", None)),
        # and acts about sport between states stay acts
        ("The United States boycotted the Olympics in Moscow.", ("USA", "1", None)),
    ],
)
def test_the_same_words_outside_sport_keep_their_act(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found


@pytest.mark.parametrize(
    "text",
    [
        # a fact-finding mission barred, expelled, turned back or criticised is no inquiry under way: the act
        # is what is done to it
        "Israel barred a French fact-finding mission from entering Gaza.",
        "Iran expelled a French fact-finding mission last year.",
        "A French fact-finding mission was turned back at the border of Iran.",
        "Japan criticised the fact-finding mission of France as biased.",
    ],
)
def test_a_fact_finding_mission_named_in_passing_is_no_inquiry(nlp, text: str) -> None:
    found = triples(events_of(nlp, text))
    assert not any(code.startswith("09") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one sent, set up or established investigates
        ("France sent a fact-finding mission to Iran.", ("FRA", "090", "IRN")),
        ("Japan set up a fact-finding mission on the killings in Ukraine.", ("JPN", "090", None)),
    ],
)
def test_a_fact_finding_mission_sent_or_set_up_investigates(nlp, text: str, expected) -> None:
    found = triples(events_of(nlp, text))
    assert has_event(found, expected), found
