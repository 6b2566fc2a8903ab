"""Names, datelines and office holders (seventeenth session): actors that were wrong before any event was coded.
Sentences composed here in the style of wire copy (none taken from a benchmark or the newswire corpus), with
negatives: a dateline's place and a news agency's byline are no parties (but an agency that says something is);
a person's name inside a place's or a body's name is not the person; a surname is the office holder in office on
the article's date, or the namesake the article named in full; a state body named for the place it deals with.
"""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors.lexicon import _shared_surnames, read_name_places, read_office_holders
from detente.analyse.pipeline import analyse_one
from detente.model import Article
from detente.read.layout import match_dateline, opening_lines, parse_layout, text_datelines
from tests.analyse.test_actors import actor_at, find_actors_in


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def coded(text: str, day: str = "2006-11-20") -> list[tuple[str | None, str, str | None]]:
    article = analyse_one(Article(id="n", text=text, content_hash="n", date=day))
    return [
        (e.source_actor.code if e.source_actor else None, e.cameo, e.target_actor.code if e.target_actor else None)
        for e in article.events
        if not e.negated
    ]


def names(actors) -> set[str]:
    return {m.text for a in actors for m in a.mentions}


# --- datelines left in a raw text --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "LUSAKA, Nov.3 (Xinhua) -- Zambia's copper output rose.",  # no space after the month's stop
        "HANOI, Nov. 27 (Xinhua) Vietnam is expected to export more rice.",  # no dash after the agency
        "BEIJING, Nov. 14(Xinhua)-- Ferry passengers rose by a tenth.",
        "KAIFENG, Henan, Nov. 14 (Xinhua) -- A temple fair opened.",
    ],
)
def test_dateline_forms_of_wire_copy(line):
    assert match_dateline(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        "Human Rights Watch (HRW) Said the trial was unfair.",  # an acronym in brackets is no agency byline
        "The chief of the Armed Forces of the Philippines (AFP) Monday praised the troops.",
        "North Korea's Korean Central News Agency (KCNA) said the test was a success.",
    ],
)
def test_no_dateline_without_a_place_in_capitals_and_a_date(line):
    assert match_dateline(line) is None


def test_reader_takes_a_dashless_dateline_off():
    layout = parse_layout("HANOI, Nov. 27 (Xinhua) Vietnam is expected to export more rice this year.")
    assert layout.dateline_place == "HANOI" and layout.dateline_agency == "Xinhua"
    assert layout.text.startswith("Vietnam")


def test_opening_lines_skip_headline_and_writer():
    text = "Kenya, Uganda sign trade pact\n\nBy Xinhua writer Li Ming\n\nNAIROBI, Nov. 2 (Xinhua) -- Kenya and Uganda signed."
    dateline, spans = opening_lines(text)
    assert dateline == "NAIROBI, Nov. 2 (Xinhua)"
    assert [text[s:e].strip() for s, e in spans] == ["By Xinhua writer Li Ming", "NAIROBI, Nov. 2 (Xinhua) --"]
    # a story's first sentence is no heading: a dateline further down is a digest's, not the article's
    assert (
        opening_lines("Kenya and Uganda signed a trade pact on Thursday.\n\nNAIROBI, Nov. 2 (Xinhua) -- More.")[0]
        is None
    )


def test_every_dateline_of_a_digest():
    text = "Kenya and Uganda signed a pact. (Kenya-Trade)\n\nCAIRO, Nov. 8 (Xinhua) -- Egypt said.\n\nGAZA, Nov. 8 (Xinhua) -- More."
    assert [place for _s, _e, place in text_datelines(text)] == ["CAIRO", "GAZA"]


def test_dateline_place_and_agency_are_no_actors(actors_of):
    text = (
        "NAIROBI, Nov. 2 (Xinhua) -- Kenyan President Mwai Kibaki held talks with Tanzanian President Jakaya Kikwete."
    )
    actors = actors_of(text, "2006-11-02")
    assert not {"NAIROBI", "Xinhua"} & names(actors)
    assert actor_at(actors, text, "Kibaki").code == "KENGOV"


def test_a_mention_run_on_past_the_dash_keeps_its_words(actors_of):
    text = "WASHINGTON, Nov. 11 (Xinhua)-- Senior Chinese diplomats met US officials on Saturday."
    actors = actors_of(text, "2006-11-11")
    assert all(not m.text.startswith("Xinhua") for a in actors for m in a.mentions)
    assert actor_at(actors, text, "diplomats").code == "CHNGOV"


def test_writer_line_is_no_actor_and_a_raw_dateline_places_no_one(actors_of):
    text = "By Xinhua writer Li Ming\n\nLISBON, Nov. 2 (Xinhua) -- Parliament Speaker Jaime Gama met Chinese envoys."
    actors = actors_of(text, "2006-11-02")
    assert not {"Li Ming", "Xinhua", "LISBON"} & names(actors)
    # a dateline left in the text is not taken for the article's: the story's own words place the speaker
    assert actor_at(actors, text, "Jaime Gama").country != "CHN"


def test_an_agency_that_speaks_stays_an_actor(actors_of):
    text = "SEOUL, Nov. 2 (Yonhap) -- North Korea's official KCNA news agency accused Japan of hostility."
    actors = actors_of(text, "2006-11-02")
    assert actor_at(actors, text, "KCNA").code == "PRKMED"
    assert "Yonhap" not in names(actors)


def test_a_visit_in_a_dateline_story_has_no_agency_for_visitor():
    events = coded(
        "BAGHDAD, Nov. 12 (Xinhua) -- UN Secretary-General Kofi Annan paid a surprise visit to Iraq on Sunday."
    )
    assert all(source != "CHNMED" for source, _code, _target in events)


# --- a person's name inside a place's or a body's name ------------------------------------------------------------


def test_name_places_data():
    words = read_name_places()
    assert {"mount", "lake"} <= words["before"] and {"airport", "square", "stadium"} <= words["place"]
    assert {"university", "foundation"} <= words["body"] and "international" in words["between"]


def test_place_named_after_a_person_is_no_person(actors_of):
    text = (
        "Pilgrims gathered on Mount Arafat on Tuesday. The plane landed at Ben Gurion Airport. "
        "Fans filled King Fahd Stadium. Israeli jets bombed Yasser Arafat International Airport."
    )
    actors = actors_of(text, "2000-11-30")
    people = {a.name for a in actors if a.kind == "person"}
    assert not people & {"Yasser Arafat", "David Ben-Gurion", "Fahd bin Abdulaziz"}


def test_the_person_himself_is_still_the_person(actors_of):
    # negatives: the name alone, or followed by a lower-case noun, is the person
    text = "Yasser Arafat met Ehud Barak at Camp David. King Fahd received Arafat's envoy at the airport."
    actors = actors_of(text, "2000-07-20")
    assert actor_at(actors, text, "Yasser Arafat").code == "PSEGOV"
    assert actor_at(actors, text, "King Fahd").country == "SAU"


# --- office holders by the article's date -------------------------------------------------------------------------


def test_shared_surnames_go_to_every_namesake():
    surnames = _shared_surnames(read_office_holders())
    assert surnames["George W. Bush", "USA"] == "Bush" and surnames["Junichiro Koizumi", "JPN"] == "Koizumi"
    assert ("Vladimir Putin", "RUS") not in surnames  # a surname no other holder bears as an alias is left alone
    assert ("Roman Herzog", "DEU") not in surnames  # a namesake of another state is left alone


@pytest.mark.parametrize(
    ("day", "bush", "herzog"),
    [
        ("2006-11-30", "George W. Bush", "Chaim Herzog"),  # in office; out of office, who held it, not who will
        ("1991-05-01", "George H. W. Bush", "Chaim Herzog"),
        ("2022-05-01", "George W. Bush", "Isaac Herzog"),  # of two out of office, the nearer term
    ],
)
def test_a_surname_is_the_holder_of_the_articles_date(actors_of, day, bush, herzog):
    text = "Bush praised Herzog on Tuesday."
    actors = actors_of(text, day)
    assert actor_at(actors, text, "Bush").name == bush
    assert actor_at(actors, text, "Herzog").name == herzog


def test_a_surname_after_the_full_name_is_that_person(actors_of):
    text = "Texas Governor George W. Bush met Mexican President Ernesto Zedillo on Monday. Bush praised Zedillo."
    actors = actors_of(text, "1997-05-01")
    assert actor_at(actors, text, "Bush", 1).name == "George W. Bush"


def test_a_surname_in_office_is_not_a_relative_named_before(actors_of):
    # negative: the holder in office on the day stays the holder, whoever of his name the article named
    text = "Laura Bush visited a school in Dakar on Monday. Bush praised Senegal's reforms."
    actors = actors_of(text, "2006-11-30")
    assert actor_at(actors, text, "Bush", 1).code == "USAGOV"


def test_bush_in_2006_is_the_president():
    assert ("USAGOV", "051", "IRQGOV") in coded(
        "US President George W. Bush met Iraqi Prime Minister Nuri al-Maliki in Amman on Thursday. "
        "Bush praised Maliki for his courage.",
        "2006-11-30",
    )


# --- a state body named for the place it deals with ---------------------------------------------------------------


def test_iraq_study_group_is_american(actors_of):
    text = "The Iraq Study Group urged Washington to talk to Iran and Syria."
    actors = actors_of(text, "2006-12-06")
    assert actor_at(actors, text, "Iraq Study Group").code == "USAGOV"
    # negative: Iraq itself is still Iraq
    other = "Iraq urged Syria to close its border."
    assert actor_at(actors_of(other, "2006-12-06"), other, "Iraq").country == "IRQ"


# --- national news agencies of wire copy ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phrase", "code"),
    [
        ("The opposition called a general strike, UNB reported.", "UNB", "BGDMED"),
        ("Egypt's MENA news agency said the talks had ended.", "MENA news agency", "EGYMED"),
        ("The SAPA news agency said the strike was over.", "SAPA", "ZAFMED"),
        ("The New China News Agency said the plant had closed.", "New China News Agency", "CHNMED"),
    ],
)
def test_news_agencies_are_their_countrys_media(actors_of, text, phrase, code):
    assert actor_at(actors_of(text, "2006-11-20"), text, phrase).code == code


def test_an_ambiguous_acronym_alone_is_no_agency(actors_of):
    # negative: "MENA" without "news agency" is the region of the Middle East and North Africa
    text = "Growth in the MENA region slowed, the IMF said."
    assert all(a.code != "EGYMED" for a in actors_of(text, "2006-11-20"))


def test_an_acronym_two_agencies_bear_is_not_one_of_them(actors_of):
    # negative: APA is Austria's agency as well as Azerbaijan's: the article's own words decide
    text = "The vote date is not important, the chancellor told Austria's APA news agency in Vienna."
    assert all(a.code != "AZEMED" for a in actors_of(text, "1997-05-01"))
