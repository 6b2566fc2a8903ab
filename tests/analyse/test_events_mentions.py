"""Who the parties are (sixteenth session, `mentions`): wrong countries of parties whose act the rules find.

- a party name two countries' parties bear ("Democratic Progressive Party": Taiwan's and Malawi's) is the one of
  the country the article names (``mentions._homonym_groups``, rows in ``groups.tsv``);
- "China's opposition to the plan" is a stance, not China's opposition parties (``mentions._drop_stances``);
- roles of no stated country in a sentence where one country's side acts in places of another ("American soldiers
  killed insurgents west of Baghdad") are of where it happens, not of the foreign side (``home_country._abroad``).

Sentences composed here in the style of wire copy (none taken from a benchmark or the newswire corpus), with
negatives where each rule must not fire.
"""

from __future__ import annotations

from collections import defaultdict
from functools import partial

import pytest

from detente.analyse.actors.lexicon import data_rows
from tests.analyse.test_actors import actor_at, find_actors_in
from tests.analyse.test_events_people import coded_on


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


# --- a party name of two countries ----------------------------------------------------------------------------------


def test_homonym_rows_are_undated_and_of_distinct_countries():
    # (a dated row would outrank the undated one on every date of its term, whatever the article names)
    rows = defaultdict(list)
    for row in data_rows("groups.tsv"):
        for phrase in [row["name"], *filter(None, row["aliases"].split("|"))]:
            rows[phrase].append(row)
    homonyms = {p: rs for p, rs in rows.items() if len({r["country"] for r in rs}) > 1}
    assert "Democratic Progressive Party" in homonyms
    for phrase, found in homonyms.items():
        assert not any(r.get("valid_from") or r.get("valid_to") for r in found), phrase


@pytest.mark.parametrize(
    ("text", "phrase", "country"),
    [
        (
            "Malawi's ruling Democratic Progressive Party (DPP) said on Monday it would contest the by-elections.",
            "Democratic Progressive Party",
            "MWI",
        ),
        (
            "The opposition in Malawi accused the DPP of buying votes in the south of the country.",
            "DPP",
            "MWI",
        ),
        # the first row, the one most in the news, where the article names neither or both countries
        (
            "The Democratic Progressive Party won 12 seats in Saturday's local polls.",
            "Democratic Progressive Party",
            "TWN",
        ),
        (
            "Taiwan's Democratic Progressive Party (DPP) hosted a delegation from Malawi on Monday.",
            "Democratic Progressive Party",
            "TWN",
        ),
        (
            "Russia's nationalist Liberal Democratic Party said it would back the bill in the Duma.",
            "Liberal Democratic Party",
            "RUS",
        ),
        ("Japan's Liberal Democratic Party chose a new leader on Monday.", "Liberal Democratic Party", "JPN"),
    ],
)
def test_a_party_name_of_two_countries_is_the_named_countrys(actors_of, text, phrase, country):
    assert (actor_at(actors_of(text), text, phrase).code or "")[:3] == country


# --- "opposition to": a stance, not a party -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "China's opposition to the arms sale was made clear to Washington on Monday.",
        "Beijing reiterated its firm opposition to any official contact between Washington and Taipei.",
        "The minister voiced strong opposition against the new tariffs.",
    ],
)
def test_opposition_to_something_is_no_opposition_party(actors_of, text):
    assert not any((a.code or "").endswith("OPP") for a in actors_of(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The Kenyan opposition accused the government of rigging the vote.", "opposition"),
        ("Opposition leader Raila Odinga called for fresh protests in Nairobi.", "Opposition leader"),
        ("The opposition walked out of parliament to protest the ruling.", "opposition"),
    ],
)
def test_the_opposition_as_a_party_is_kept(actors_of, text, phrase):
    assert (actor_at(actors_of(text), text, phrase).code or "").endswith("OPP")


def test_the_opposition_of_a_state_is_no_opposition_party_as_a_doer():
    found = coded_on("China on Tuesday reiterated its opposition to the US missile defence plan.", "2001-05-01")
    assert not any((s or "").endswith("OPP") or (t or "").endswith("OPP") for s, _c, t in found)


# --- roles of no country where a foreign side acts abroad -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Violence in Iraq killed 40 people on Saturday. American soldiers killed six suspected insurgents in a "
            "raid on a farmhouse west of Baghdad late Saturday, the US military said.",
            "IRQ",
        ),
        (
            "Mali's army said the north was calm. French troops shot dead three gunmen who attacked their convoy "
            "near Timbuktu on Friday, the French army said.",
            "MLI",
        ),
    ],
)
def test_roles_of_no_country_are_of_the_place_a_foreign_side_acts_in(text, target):
    found = coded_on(text, "2006-12-03")
    assert any(c.startswith("19") and (t or "")[:3] == target for _s, c, t in found), found
    # (never the foreign side's own: "FRAREB" for gunmen shot by French troops in Mali)
    assert not any(c.startswith("193") and (t or "")[:3] == (s or "")[:3] for s, c, t in found), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # the side acts at home: its own country's places
        ("Chinese police arrested three suspects in a raid in Shanghai on Tuesday.", "CHN"),
        ("Indian police arrested two militants in Srinagar on Sunday, officials said.", "IND"),
        # a place whose country no actor of the story names (a namesake elsewhere, or a story told of one side)
        ("American soldiers arrested four suspected insurgents west of Baghdad on Saturday.", "USA"),
    ],
)
def test_roles_of_no_country_stay_the_sides(text, country):
    found = coded_on(text, "2006-12-03")
    assert any(c.startswith("17") and (t or "")[:3] == country for _s, c, t in found), found


# --- "He" after a sentence a statement reports ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # the reported clause's subject is whom the story follows: "He" is the visitor, not the host he met
        (
            "Kenyan President Mwai Kibaki arrived in Beijing on Monday and met Chinese President Hu Jintao, the "
            "foreign ministry said. He also met Premier Wen Jiabao.",
            "KEN",
            "CHN",
        ),
        # a person reports: he is the subject, whoever his quote names
        (
            '"President Bush has no right to judge our country," Iranian Foreign Minister Manouchehr Mottaki told '
            "reporters on Monday. He also accused Washington of meddling in the region.",
            "IRN",
            "USA",
        ),
        (
            "Chinese Foreign Minister Li Zhaoxing said Japanese Prime Minister Junichiro Koizumi should stop his "
            "visits to the shrine. He also urged Tokyo to face up to history.",
            "CHN",
            "JPN",
        ),
    ],
)
def test_a_pronoun_after_a_reported_sentence_is_whom_the_story_follows(text, source, target):
    found = coded_on(text, "2005-11-02")
    second = text.split(". ")[-1]
    assert any((s or "")[:3] == source and (t or "")[:3] == target for s, _c, t in found), (second, found)
    assert not any((s or "")[:3] == target and (t or "")[:3] == target for s, _c, t in found), found


def test_the_opposition_before_an_infinitive_is_a_party(actors_of):
    text = "Kenya's interior minister ordered the opposition to call off its planned protests."
    assert (actor_at(actors_of(text), text, "opposition").code or "").endswith("OPP")
