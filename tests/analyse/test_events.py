"""Event extraction on composed news sentences, through the real spaCy parse.

The actors are given by hand (names -> code), so these tests exercise the events stage alone:
grammar (passive, reported speech, symmetric, nominal events, negation, modality), coding, date and place.
"""

from __future__ import annotations

import re

import pytest

from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.events.coding import article_events
from detente.analyse.events.patterns import load_codebook
from detente.model import Actor, Article, DateMention, Event, Mention, Place, Sentence

ACTORS: dict[str, tuple[str, list[str]]] = {
    "CHN": ("country", ["Chinese President Xi Jinping", "Xi Jinping", "China", "Chinese", "Beijing"]),
    "KORGOV": ("person", ["President Lee Jae-myung", "Lee"]),
    "KOR": ("country", ["South Korea", "South Korean", "Seoul"]),
    "JPN": ("country", ["Japan", "Japanese", "Tokyo"]),
    "RUS": ("country", ["Russian forces", "Russia", "Russian", "Moscow"]),
    "UKR": ("country", ["Ukraine", "Ukrainians", "Ukrainian", "Kyiv"]),
    "USA": ("country", ["United States", "Washington"]),
    "PRK": ("country", ["North Korea", "Pyongyang"]),
    "PAK": ("country", ["Pakistan"]),
    "IND": ("country", ["Indian troops", "India"]),
    "IRN": ("country", ["Iran"]),
    "ISR": ("country", ["Israel"]),
    "FRA": ("country", ["France", "French"]),
    "GEO": ("country", ["Georgia"]),
    "VNM": ("country", ["Vietnam", "Vietnamese"]),
    "CHL": ("country", ["Chile", "Chilean"]),
    "---EDU": ("group", ["university students", "University students", "students"]),  # country left open
    "---COP": ("group", ["police", "Police"]),
    "---OPP": ("group", ["demonstrators", "protesters"]),
}


def compose(
    nlp, text: str, dates: dict[str, str] | None = None, places: tuple[str, ...] = (), date: str = "2026-01-06"
):
    """A parsed article whose actors are every listed name found in ``text`` (longest names first)."""
    doc = nlp(text)
    taken: list[tuple[int, int]] = []
    actors = []
    for code, (kind, names) in ACTORS.items():
        mentions = []
        for name in names:
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                if not any(m.start() < e and m.end() > s for s, e in taken):
                    taken.append((m.start(), m.end()))
                    mentions.append(Mention(start=m.start(), end=m.end(), text=name))
        if mentions:
            actors.append(Actor(id=f"a{len(actors)}", name=names[0], code=code, kind=kind, mentions=mentions))
    date_mentions = [
        DateMention(text=t, value=v, start=text.index(t), end=text.index(t) + len(t)) for t, v in (dates or {}).items()
    ]
    place_mentions = [Place(name=p, start=text.index(p), end=text.index(p) + len(p)) for p in places]
    article = Article(
        id="t",
        text=text,
        content_hash="t",
        date=date,
        actors=actors,
        dates=date_mentions,
        places=place_mentions,
        sentences=[Sentence(start=s.start_char, end=s.end_char) for s in doc.sents],
    )
    return doc, article


def events_of(nlp, text: str, **kwargs) -> list[Event]:
    doc, article = compose(nlp, text, **kwargs)
    return article_events(doc, article, load_codebook())


def triples(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [
        (e.source_actor.code if e.source_actor else None, e.cameo, e.target_actor.code if e.target_actor else None)
        for e in events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan criticized China over the detention of its fishermen.", ("JPN", "111", "CHN")),
        ("Russian forces shelled Kyiv overnight.", ("RUS", "194", "UKR")),
        ("The United States imposed sanctions on Iran.", ("USA", "163", "IRN")),
        ("France pledged to send humanitarian aid to Ukraine.", ("FRA", "0333", "UKR")),
        ("Vietnam expelled two Chinese diplomats.", ("VNM", "166", "CHN")),
        ("Thousands of Ukrainians protested against Russia.", ("UKR", "140", "RUS")),
        ("Japan praised South Korea for its decision.", ("JPN", "051", "KOR")),
        ("Iran rejected the proposal of France.", ("IRN", "125", "FRA")),
        ("Pakistan accused India of violating the ceasefire.", ("PAK", "112", "IND")),
        ("The United States demanded that Iran release the sailors.", ("USA", "1053", "IRN")),
        ("Israel threatened to attack Iran.", ("ISR", "1384", "IRN")),
        ("North Korea fired missiles at Japan.", ("PRK", "195", "JPN")),
        ("China signed a trade agreement with Vietnam.", ("CHN", "057", "VNM")),
        ("Russia agreed to release the Ukrainian prisoners.", ("RUS", "0353", "UKR")),
    ],
)
def test_codes_one_event_per_sentence(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events_of(nlp, text))


def test_passive_voice_codes_the_agent_as_source(nlp) -> None:
    found = triples(events_of(nlp, "The Japanese ambassador was summoned by China."))
    assert found == [("CHN", "114", "JPN")]
    found = triples(events_of(nlp, "Kyiv was shelled by Russian forces."))
    assert found == [("RUS", "194", "UKR")]


def test_reported_speech_codes_the_saying_and_the_act(nlp) -> None:
    # saying that another country did harm blames it (CAMEO 112), and the harm is coded too
    found = triples(events_of(nlp, "Pakistan said Indian troops had fired first."))
    assert ("PAK", "112", "IND") in found
    assert ("IND", "190", "PAK") in found
    # a statement about another party that codes nothing else is no event: it is not said to that party
    # (tests/analyse/test_events_precision.py)
    assert triples(events_of(nlp, "Pakistan said India was a difficult neighbour.")) == []


def test_symmetric_meeting_is_one_event_between_both(nlp) -> None:
    events = events_of(
        nlp,
        "Chinese President Xi Jinping and President Lee Jae-myung met in Gyeongju on November 1.",
        dates={"November 1": "2025-11-01"},
        places=("Gyeongju",),
        date="2025-11-02",
    )
    assert len(events) == 1
    meeting = events[0]
    assert {meeting.source_actor.code, meeting.target_actor.code} == {"CHN", "KORGOV"}
    assert (meeting.root, meeting.quad_class, meeting.plover) == ("04", 1, "CONSULT")
    assert (meeting.date, meeting.date_source, meeting.place) == ("2025-11-01", "sentence", "Gyeongju")


def test_symmetric_only_for_joint_actions(nlp) -> None:
    found = triples(events_of(nlp, "Japan and South Korea condemned North Korea."))
    assert sorted(found) == [("JPN", "111", "PRK"), ("KOR", "111", "PRK")]


def test_nominal_events(nlp) -> None:
    found = triples(events_of(nlp, "The talks between China and Japan ended without a deal."))
    assert found == [("CHN", "040", "JPN")]
    text = "Lee began his state visit with a meeting with Xi Jinping."
    with keep_every_event():  # the rules code the nominal meeting ...
        assert ("KORGOV", "040", "CHN") in triples(events_of(nlp, text))
    # ... and the learned floor may keep only one of the two 04 acts toward the same party (the visit or the meeting)
    assert any(s == "KORGOV" and c[:2] == "04" and t == "CHN" for s, c, t in triples(events_of(nlp, text)))


def test_negation_and_denial(nlp) -> None:
    events = events_of(nlp, "Japan did not attend the talks with China.")
    assert triples(events) == [("JPN", "125", "CHN")] and events[0].negated
    assert triples(events_of(nlp, "Russia did not attack Ukraine.")) == []
    found = triples(events_of(nlp, "North Korea denied firing the missile at Japan."))
    assert all(code[:2] not in {"18", "19", "20"} for _s, code, _t in found)


def test_modality(nlp) -> None:
    assert ("IRN", "138", "ISR") in triples(events_of(nlp, "Iran vowed to retaliate against Israel."))
    assert ("RUS", "1312", "GEO") in triples(events_of(nlp, "Russia threatened to impose sanctions on Georgia."))
    assert ("JPN", "1243", "CHN") in triples(events_of(nlp, "Japan refused to release the Chinese fishermen."))
    assert ("USA", "026", "PRK") in triples(
        events_of(nlp, "The United States urged North Korea to resume negotiations.")
    )


def test_no_self_events(nlp) -> None:
    assert triples(events_of(nlp, "China praised China.")) == []


def test_friction_vocabulary_is_not_conflict(nlp) -> None:
    text = (
        "South Korea and China agreed to resolve misunderstandings and reduce frictions. "
        "Seoul hopes to overcome the differences and tensions with Beijing."
    )
    assert all(e.quad_class in {1, 2} for e in events_of(nlp, text))


def test_background_event_is_historical_not_stamped_with_today(nlp) -> None:
    text = (
        "Public sentiment has worsened since China's ban on cultural imports from South Korea. "
        "Relations soured in the aftermath of China's sanctions on South Korea."
    )
    events = events_of(nlp, text)
    assert events, "the ban and the sanctions are events"
    for event in events:
        assert event.historical and event.date is None and event.date_source is None


def test_event_date_from_sentence_else_article(nlp) -> None:
    text = "Japan protested to China on Monday. Japan praised South Korea."
    events = events_of(nlp, text, dates={"on Monday": "2026-01-05"})
    by_code = {e.cameo[:2]: e for e in events}
    assert (by_code["11"].date, by_code["11"].date_source) == ("2026-01-05", "sentence")  # 114 complain officially
    assert (by_code["05"].date, by_code["05"].date_source) == ("2026-01-06", "article")


def test_old_dated_event_is_historical(nlp) -> None:
    events = events_of(nlp, "Japan invaded China in 1937.", dates={"1937": "1937"})
    assert events and events[0].historical and events[0].date == "1937"


@pytest.mark.parametrize(
    ("text", "decade", "historical"),
    [
        ("Japan invaded China in the 1930s.", "193", True),
        ("Russia annexed Crimea in the 2010s.", "201", True),
        ("Japan praised China this decade.", "202", False),  # (the decade holds the report's day)
    ],
)
def test_a_decade_long_past_is_historical(nlp, text: str, decade: str, historical: bool) -> None:
    mention = re.search(r"(in the \d{4}s|this decade)", text).group(1)
    events = events_of(nlp, text, dates={mention: decade})
    assert events and all(e.date == decade and e.historical is historical for e in events), events


def test_offsets_and_trigger_point_into_the_text(nlp) -> None:
    text = "Tokyo said nothing. Japan imposed sanctions on North Korea."
    events = events_of(nlp, text)
    (event,) = events
    assert text[event.start : event.end] == "imposed sanctions"
    assert event.sentence == 1 and event.trigger == "imposed sanctions"
    assert (event.quad_class, event.goldstein, event.plover) == (4, -8.0, "COERCE")


def test_unknown_doer_keeps_the_known_target(nlp) -> None:
    events = events_of(nlp, "Gunmen kidnapped two Japanese engineers.")
    assert [(e.source_actor, e.cameo, e.target_actor.code) for e in events] == [(None, "181", "JPN")]
    assert events[0].confidence < 0.5


def test_possessor_of_an_arrest_is_its_victim(nlp) -> None:
    found = triples(events_of(nlp, "Vietnam condemned the arrest of Vietnamese fishermen by the Chinese coast guard."))
    assert ("CHN", "173", "VNM") in found
    assert not any(source == "VNM" and code == "173" for source, code, _target in found)
    # without a named doer the owner is only the victim: no arrest event with the victims as source
    found = triples(events_of(nlp, "Vietnam's arrests angered Japan."))
    assert not any(code == "173" for _source, code, _target in found)


def test_durations_are_not_event_dates(nlp) -> None:
    events = events_of(nlp, "Japan praised South Korea for three years.", dates={"three years": "P3Y"})
    assert events and events[0].date == "2026-01-06" and events[0].date_source == "article"


def test_announced_acts_are_intent_or_threat(nlp) -> None:
    assert ("RUS", "0356", "UKR") in triples(events_of(nlp, "Russia will withdraw its troops from Ukraine."))
    assert ("IRN", "138", "ISR") in triples(events_of(nlp, "Iran said it would attack Israel."))
    assert ("JPN", "036", "CHN") in triples(events_of(nlp, "Japan will meet China next week."))


def test_possible_and_conditional_acts_are_not_events(nlp) -> None:
    assert triples(events_of(nlp, "Analysts said Russia might attack Ukraine.")) == []
    found = triples(events_of(nlp, "If Japan imposes sanctions on China, Beijing will protest."))
    assert not any(code == "163" for _s, code, _t in found)


def test_reducing_relations_and_events_that_do_not_happen(nlp) -> None:
    assert triples(events_of(nlp, "France halted arms sales to Vietnam.")) == [("FRA", "162", "VNM")]
    assert triples(events_of(nlp, "Japan cancelled a visit to South Korea.")) == [("JPN", "160", "KOR")]
    assert triples(events_of(nlp, "Japan postponed the talks with China.")) == []
    # the yielding leads; the demand it yields to was made too (framed_nouns.answered_calls)
    assert triples(events_of(nlp, "Iran agreed to the demands of France.")) == [
        ("IRN", "083", "FRA"),
        ("FRA", "100", "IRN"),
    ]


def test_joint_and_mutual_acts(nlp) -> None:
    assert sorted(triples(events_of(nlp, "Iran and Pakistan exchanged prisoners."))) == [
        ("IRN", "0841", "PAK"),
        ("PAK", "0841", "IRN"),
    ]
    found = triples(events_of(nlp, "Chinese and Russian forces held joint exercises."))
    assert len(found) == 1 and found[0][1] == "062" and {found[0][0], found[0][2]} == {"CHN", "RUS"}
    assert ("ISR", "190", "IRN") in triples(events_of(nlp, "Iran came under attack from Israel."))


def test_reported_attack_on_the_speaker(nlp) -> None:
    found = triples(events_of(nlp, "Pakistan said shells were fired at it from India overnight."))
    assert ("IND", "194", "PAK") in found  # shells: artillery (194), the noun being more telling than "fire at"


def test_undone_or_feared_events_are_not_events(nlp) -> None:
    found = triples(events_of(nlp, "Russia called for the lifting of sanctions on Iran."))
    assert not any(code == "163" for _s, code, _t in found)
    found = triples(events_of(nlp, "Japan warned of attacks by North Korea."))
    assert not any(code[:2] == "19" for _s, code, _t in found)


def test_guessed_target_never_splits_a_joint_meeting_or_names_the_doers_own_country(nlp) -> None:
    events = events_of(nlp, "Xi Jinping and President Lee Jae-myung met in Gyeongju, South Korea.")
    assert [(e.cameo, {e.source_actor.code, e.target_actor.code}) for e in events] == [("040", {"CHN", "KORGOV"})]
    found = triples(events_of(nlp, "President Lee Jae-myung called for calm in South Korea."))
    assert ("KORGOV", "020", "KOR") not in found


def test_verbal_events_named_as_nouns(nlp) -> None:
    assert ("CHN", "120", "JPN") in triples(events_of(nlp, "China's rejection of the Japanese proposal angered Tokyo."))
    assert ("FRA", "020", None) in triples(events_of(nlp, "France's appeal for calm was ignored."))


def test_a_date_of_a_thing_is_not_the_date_of_the_event(nlp) -> None:
    events = events_of(nlp, "Japan praised the 2030 development plan of South Korea.", dates={"2030": "2030"})
    assert [(e.cameo, e.date, e.date_source) for e in events] == [("051", "2026-01-06", "article")]


def test_fighting_things_is_no_fight(nlp) -> None:
    assert triples(events_of(nlp, "Russian planes helped Vietnam fight the forest fires.")) == []
    assert ("RUS", "190", "UKR") in triples(events_of(nlp, "Russian forces fought Ukrainian troops near Kyiv."))


def test_statements_to_the_press_are_no_dyad(nlp) -> None:
    doc, article = compose(nlp, "Japan told reporters that talks were possible.")
    reporters = Actor(id="r", name="reporters", code="---MED", mentions=[Mention(start=11, end=20, text="reporters")])
    article = article.model_copy(update={"actors": [*article.actors, reporters]})
    assert triples(article_events(doc, article, load_codebook())) == []
    assert triples(events_of(nlp, "Japan told China that talks were possible.")) == [("JPN", "010", "CHN")]


def test_coordinated_owners_each_act(nlp) -> None:
    found = triples(events_of(nlp, "The leaders of France and Japan condemned Russia."))
    assert ("FRA", "111", "RUS") in found and ("JPN", "111", "RUS") in found


def test_a_role_without_country_takes_the_country_its_phrase_places_it_in(nlp) -> None:
    found = triples(events_of(nlp, "Thousands of university students across Chile staged demonstrations on Monday."))
    assert found and found[0][0] == "CHLEDU"
    # without a place in its own phrase the role stays uncoded rather than guessed
    found = triples(events_of(nlp, "University students staged demonstrations in the capital on Monday."))
    assert all(source != "CHLEDU" for source, _code, _target in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act held over the other side on a condition is a threat (13), not the act
        ("Japan will recall its ambassador from China unless Beijing releases the fishermen.", ("JPN", "13")),
        ("France may suspend talks with Iran if the inspections are blocked.", ("FRA", "13")),
    ],
)
def test_a_conditional_act_is_a_threat(nlp, text: str, expected: tuple[str, str]) -> None:
    found = triples(events_of(nlp, text))
    assert any(s == expected[0] and code.startswith(expected[1]) for s, code, _t in found), found
    assert not any(code.startswith(("16", "03")) for _s, code, _t in found), found


def test_an_unconditional_possible_act_is_still_not_coded(nlp) -> None:
    assert not [t for t in triples(events_of(nlp, "France may suspend talks with Iran.")) if t[1].startswith("16")]


def test_what_a_speaker_says_another_must_do_is_a_demand(nlp) -> None:
    found = triples(events_of(nlp, "Japan said China must release the detained fishermen."))
    assert any(s == "JPN" and code.startswith("10") and t == "CHN" for s, code, t in found), found
    # the act itself is not coded as done
    assert not any(s == "CHN" and code.startswith("08") for s, code, _t in found), found


def test_in_a_sentence_naming_one_country_roles_belong_to_it(nlp) -> None:
    found = triples(events_of(nlp, "Chilean police arrested dozens of demonstrators on Monday."))
    assert ("CHL", "173", "CHLOPP") in found or ("CHLCOP", "173", "CHLOPP") in found, found
    # two countries named: the role's country stays open
    found = triples(events_of(nlp, "Police arrested two Japanese protesters outside the Chinese embassy."))
    assert all(not (s or "").startswith(("CHN", "JPN")) for s, _code, _t in found), found


def test_a_domestic_protest_without_a_named_target_is_aimed_at_the_country(nlp) -> None:
    found = triples(events_of(nlp, "University students in Chile staged demonstrations on Monday."))
    assert ("CHLEDU", "141", "CHL") in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # general verbs and their nouns added in the second round of the codebook
        ("Japan upgraded ties with Vietnam.", ("JPN", "054", "VNM")),
        ("The United States suspended aid deliveries to Pakistan.", ("USA", "162", "PAK")),
        ("France gave a warm welcome to President Lee Jae-myung.", ("FRA", "043", "KORGOV")),
        ("Russia reimposed its blockade of Ukraine on Friday.", ("RUS", "191", "UKR")),
        ("Iran accepted the French plan after long talks.", ("IRN", "030", None)),
        ("Israel shared evidence with the United States.", ("ISR", "064", "USA")),
    ],
)
def test_second_round_codebook(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    found = triples(events_of(nlp, text))
    assert any(
        s == expected[0] and code == expected[1] and (expected[2] is None or t == expected[2]) for s, code, t in found
    ), found


def test_a_mediator_acts_on_both_parties(nlp) -> None:
    found = triples(events_of(nlp, "France launched a mediation effort between Russia and Ukraine on Monday."))
    assert ("FRA", "045", "RUS") in found and ("FRA", "045", "UKR") in found, found


def test_help_with_which_an_act_is_done_names_no_target(nlp) -> None:
    found = triples(events_of(nlp, "Russia tightened the blockade of Ukraine with Iran's help."))
    assert any(s == "RUS" and t == "UKR" for s, _code, t in found), found
    assert not any(t == "IRN" for _s, _code, t in found), found


def test_what_a_demand_noun_asks_for_is_not_done(nlp) -> None:
    found = triples(events_of(nlp, "Japan reiterated its demand that China release the detained fishermen."))
    assert any(s == "JPN" and code.startswith("10") and t == "CHN" for s, code, t in found), found
    assert not any(s == "CHN" for s, _code, _t in found), found


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("A roadside bombing killed three Japanese soldiers on Sunday.", "1833"),
        ("Two Japanese soldiers were killed by an explosive device on Sunday.", "183"),
        ("Russian forces killed five Ukrainian soldiers near Kyiv.", "190"),  # no bomb: military force
    ],
)
def test_killing_by_bomb_is_unconventional_violence(nlp, text: str, code: str) -> None:
    assert code in [c for _s, c, _t in triples(events_of(nlp, text))]


def test_an_owed_readiness_is_a_demand(nlp) -> None:
    found = triples(events_of(nlp, "Japan said the United States must be ready to meet North Korea."))
    assert any(s == "JPN" and code.startswith("10") and t == "USA" for s, code, t in found), found


def test_a_conditional_halt_of_mediation_is_a_threat(nlp) -> None:
    text = "France may halt its mediation efforts between Russia and Ukraine if the shelling continues."
    found = triples(events_of(nlp, text))
    assert any(s == "FRA" and code.startswith("13") for s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan is opposed to Chinese mediation in the dispute.", ("JPN", "126", "CHN")),
        ("Japan repeated its demand on Monday that China release the fishermen.", ("JPN", "1053", "CHN")),
        ("Russian forces forced out hundreds of Ukrainians from their homes.", ("RUS", "174", "UKR")),
        ("Iran allowed French inspectors into the site.", ("IRN", "0862", "FRA")),
    ],
)
def test_refusals_demands_and_yielding_over_event_nouns(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events_of(nlp, text))


def test_allowing_ones_own_people_is_yielding_not_letting_outsiders_in(nlp) -> None:
    codes = [c for _s, c, _t in triples(events_of(nlp, "Pakistan allowed the opposition to hold a rally in Lahore."))]
    assert "080" in codes and "086" not in codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Georgia received a team of observers from Japan.", ("GEO", "0862", "JPN")),
        ("Russia returned the seized weapons to Ukraine.", ("RUS", "0842", "UKR")),
        ("Pakistan reneged on its promise to India.", ("PAK", "120", "IND")),
        ("Russian forces were engaged in ethnic cleansing against Ukrainians.", ("RUS", "203", "UKR")),
    ],
)
def test_receiving_returning_reneging_and_taking_part(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events_of(nlp, text))


def test_background_events_rank_after_the_news(nlp) -> None:
    events = events_of(nlp, "Russia has expelled Japanese diplomats since Japan imposed sanctions on Moscow.")
    background = [e for e in events if e.historical]
    news = [e for e in events if not e.historical]
    assert background and news
    assert max(e.confidence for e in background) < max(e.confidence for e in news)
    assert min(e.confidence for e in background) <= 0.75  # lowered for being background, not only subordinate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine opened its border with Russia on Friday.", ("UKR", "081", "RUS")),
        ("Vietnam confiscated weapons from Chinese smugglers.", ("VNM", "1711", "CHN")),
    ],
)
def test_opening_borders_and_seizing_from(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(events_of(nlp, text))


def test_the_noun_handed_over_tells_aid_from_release(nlp) -> None:
    assert ("JPN", "073", "UKR") in triples(events_of(nlp, "Japan handed over medicine to Ukraine."))
    assert ("RUS", "0841", "UKR") in triples(events_of(nlp, "Russia handed over ten prisoners to Ukraine."))


def test_should_is_an_appeal_and_advice_to_the_public_is_no_event(nlp) -> None:
    found = triples(events_of(nlp, "Japan said China should release the detained fishermen."))
    assert any(s == "JPN" and code.startswith("02") and t == "CHN" for s, code, t in found), found
    # an uncoded act owed by nobody we can code is not turned into a demand
    found = triples(events_of(nlp, "Japan said the rules must be simplified by next year."))
    assert not any(code.startswith("10") for _s, code, _t in found), found


def test_a_group_named_by_its_own_people_is_not_placed_at_home(nlp) -> None:
    found = triples(events_of(nlp, "Chilean police arrested Arab demonstrators on Monday."))
    assert not any(t == "CHLOPP" for _s, _code, t in found), found


def test_a_visit_targets_the_country_of_the_place_it_goes_to(nlp) -> None:
    """Through the whole pipeline, as places carry their country: 'arrived in Hanoi' visits Vietnam."""
    from detente.analyse import analyse

    texts = [
        "The Japanese prime minister arrived in Hanoi on Tuesday for talks.",
        "The Japanese prime minister arrived in Osaka on Tuesday.",  # his own country: no one is visited
    ]
    abroad, home = analyse(
        Article(id=str(i), text=t, content_hash=f"v{i}", date="2026-01-06") for i, t in enumerate(texts)
    )
    visits = [e for e in abroad.events if e.cameo == "042"]
    assert visits and visits[0].target_actor is not None and visits[0].target_actor.code == "VNM"
    assert visits[0].target_actor.actor is None  # a country known only as a place: no actor to point at
    assert all(e.target_actor is None for e in home.events if e.cameo == "042")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("French peacekeepers arrived in Georgia on Monday.", ("FRA", "074", "GEO")),
        ("Russian troops arrived in Georgia on Monday.", ("RUS", "154", "GEO")),
    ],
)
def test_who_arrives_says_what_the_arrival_is(nlp, text: str, expected: tuple[str, str, str]) -> None:
    found = triples(events_of(nlp, text))
    assert expected in found, found
    assert not any(code == "042" for _s, code, _t in found), found
