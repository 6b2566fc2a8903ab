"""Parties only the story gives: a visitor's acts in the country it visits (told earlier in the story, or where the
story is filed from), and a guess of the story's other party made only when that party is a side the story is
about near the act. Texts composed for these tests in the style of wire news, run through the whole pipeline."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.pipeline import analyse_one
from detente.model import Article
from tests.analyse.test_events_constructions import country

pytestmark = pytest.mark.slow


def coded(text: str) -> list[tuple[str | None, str, str | None]]:
    """(source country, CAMEO code, target country) of every event the rules code, confidence aside."""
    return [event for _sentence, event in placed(text)]


def placed(text: str) -> list[tuple[int, tuple[str | None, str, str | None]]]:
    """Each event the rules code with the index of its sentence."""
    with keep_every_event():
        article = analyse_one(Article(id="t", text=text, content_hash=f"t-{hash(text)}", date="2026-03-03"))
    return [
        (e.sentence, (country(e.source_actor), e.cameo, country(e.target_actor)))
        for e in article.events
        if not e.negated
    ]


def test_a_visit_to_a_place_inside_the_visited_country_is_a_visit_to_it() -> None:
    # the visit told first names the host (a body of it); later sights, told four sentences on, are visits to it
    story = (
        "Kenyan President William Ruto visited a research institute in Wuhan on Tuesday.\n\n"
        "The institute's director briefed the president on its work on rice breeding.\n\n"
        "Ruto said Kenya has lots of similarities with the region in farming.\n\n"
        "There is a big potential in agriculture, he said.\n\n"
        "The institute was founded in 1958 and employs 600 scientists.\n\n"
        "Ruto also visited a tea plantation and showed great interest in its drought-resistant varieties."
    )
    assert (5, ("KEN", "042", "CHN")) in placed(story)


def test_a_visit_in_a_story_filed_from_the_host_country_is_a_visit_to_it() -> None:
    story = (
        "HAIKOU, March 3 (Xinhua)-- Kenyan President William Ruto visited a tea plantation on Tuesday.\n\n"
        "The plantation on the outskirts of Haikou employs 600 workers."
    )
    assert ("KEN", "042", "CHN") in coded(story)


def test_no_host_where_the_story_names_no_foreign_place() -> None:
    # filed from nowhere and naming no other country's place: the plantation may be at home
    story = (
        "Kenyan President William Ruto visited a tea plantation on Tuesday, Kenyan state media said.\n\n"
        "The plantation was founded in 1958 and employs 600 workers."
    )
    assert not [e for e in coded(story) if e[1].startswith("04") and e[2] not in {None, "KEN"}]


def test_a_dateline_is_no_host_when_the_story_is_told_in_another_country() -> None:
    # a Somali story filed from Nairobi: the president's visit is at home, not to Kenya
    story = (
        "NAIROBI, March 3 (Xinhua)-- Somali President Hassan Sheikh Mohamud visited the port on Tuesday.\n\n"
        "The port of Kismayo in southern Somalia was retaken from militants in 2012, and Mogadishu hopes to reopen "
        "it to trade."
    )
    assert not [e for e in coded(story) if e[1].startswith("04") and e[2] == "KEN"]


def test_the_visitors_host_is_not_given_to_another_side_of_its_country() -> None:
    # a rebel leader's visit to India does not make his government's acts India's
    story = (
        "Maoist chief Prachanda visited New Delhi last week to attend a leadership summit.\n\n"
        "The summit was organised by a daily newspaper.\n\n"
        "It drew 300 delegates from business and politics.\n\n"
        "Its sessions ran for two days.\n\n"
        "Nepal's government agreed on Tuesday to hold elections in June."
    )
    assert not [e for e in coded(story) if e[0] == "NPL" and e[1].startswith("03") and e[2] == "IND"]


def test_a_comment_is_not_aimed_at_the_host_only_because_the_visitor_is_there() -> None:
    story = (
        "Kenyan President William Ruto visited a research institute in Wuhan on Tuesday.\n\n"
        "The institute was founded in 1958 and employs 600 scientists.\n\n"
        "It works on rice breeding and irrigation.\n\n"
        "Its fields cover 200 hectares.\n\n"
        "Ruto expressed his hope for world peace."
    )
    assert not [e for e in coded(story) if e[1].startswith("01") and e[2] == "CHN"]


def test_no_guess_of_a_side_the_story_names_less_than_its_leading_one() -> None:
    # the denial's story is Washington's charge: Venezuela, named once as a buyer, is not whom it is aimed at
    story = (
        "US Secretary of State Antony Blinken accused Russia on Monday of fuelling the war in Sudan.\n\n"
        "Washington said Russian mercenaries had supplied weapons to Sudanese fighters and urged Moscow to stop.\n\n"
        "Russia recently sold fighter jets to Venezuela, but Russian Foreign Minister Sergei Lavrov denied that "
        "Moscow was seeking to arm Latin America."
    )
    assert not [e for e in coded(story) if e[1].startswith("01") and e[2] == "VEN"]


def test_the_story_party_is_still_guessed_when_it_leads_the_story() -> None:
    story = (
        "Ethiopia accused Eritrea on Monday of massing troops on the border.\n\n"
        "Eritrea denied the charge and said Ethiopian troops had crossed into Eritrean territory.\n\n"
        "Ethiopian Prime Minister Abiy Ahmed ruled out negotiations."
    )
    assert ("ETH", "12", "ERI") in [(s, c[:2], t) for s, c, t in coded(story)]
