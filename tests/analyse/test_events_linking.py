"""How events take their arguments: clause attachment, coordinated subjects, noun targets, stative passives,
refusals of event nouns, documents that speak for their issuer, and which event leads a sentence.

Sentences are composed for these tests; actors are given by hand, so only the events stage is exercised.
"""

from __future__ import annotations

import pytest

from detente.analyse import analyse_one
from detente.analyse.events.coding import article_events
from detente.analyse.events.linking import LinkingError, load_linking, parse_linking, tells_sport
from detente.analyse.events.patterns import load_codebook
from detente.model import Actor, Article, Event, Mention

from .test_events import compose, triples


def events_of(nlp, text: str) -> list[Event]:
    doc, article = compose(nlp, text)
    return article_events(doc, article, load_codebook())


def best(events: list[Event]) -> tuple[str | None, str, str | None]:
    """The sentence's leading event as the benchmarks pick it: highest confidence, then text order."""
    top = sorted(enumerate(events), key=lambda p: (-(p[1].confidence or 0), p[1].target_actor is None, p[0]))[0][1]
    return (
        top.source_actor.code if top.source_actor else None,
        top.cameo,
        top.target_actor.code if top.target_actor else None,
    )


def test_linking_lexicon_loads_and_checks_roots() -> None:
    linking = load_linking()
    assert "oppose" in linking.stative_passives and "statement" in linking.document_nouns
    assert "17" in linking.place_doer_roots
    with pytest.raises(LinkingError, match="place_doer_roots"):
        parse_linking(
            {
                "stative_passives": ["oppose"],
                "document_nouns": ["statement"],
                "place_doer_roots": ["99"],
                "place_target_roots": ["08"],
                "place_preps": ["in"],
            }
        )
    with pytest.raises(LinkingError, match="document_nouns"):
        parse_linking({"stative_passives": ["oppose"]})


def test_a_neighbouring_clause_lends_no_target(nlp) -> None:
    # a target guessed for an act stays inside its own clause: Iran and Israel belong to the 'as' clause
    found = triples(events_of(nlp, "France welcomed the plan on Monday as Iran criticized Israel."))
    assert ("IRN", "111", "ISR") in found
    assert all(t is None for s, _c, t in found if s == "FRA")


def test_noun_object_targets_whoever_did_it(nlp) -> None:
    found = triples(events_of(nlp, "Japan condemned the decision by China to close the border."))
    assert ("JPN", "111", "CHN") in found
    # the doer of the condemned act, not its victim
    assert ("JPN", "111", "CHN") in triples(events_of(nlp, "Japan condemned the attack by China on Vietnam."))


def test_an_uncoded_object_gives_way_to_a_coded_target(nlp) -> None:
    # "the protesters" name no country; the preposition names the party the act is aimed at
    found = triples(events_of(nlp, "Japan returned the protesters to China on Monday."))
    assert found and all(t == "CHN" for _s, _c, t in found)


def test_stative_passive_is_the_subject_s_stance(nlp) -> None:
    found = triples(events_of(nlp, "Georgia is opposed to Russian mediation in the dispute."))
    assert ("GEO", "126", "RUS") in found
    assert all(t != "GEO" for _s, _c, t in found)  # Georgia opposes; nothing is done to it


def test_refusing_to_answer_a_demand_rejects_it(nlp) -> None:
    found = triples(events_of(nlp, "Iran refused to respond to a demand from France to free the sailors."))
    # (what the demand asks, freeing the sailors, names the refusal's sub-code: refuse to release persons)
    assert ("IRN", "1243", "FRA") in found


def test_a_statement_speaks_for_whoever_issued_it(nlp) -> None:
    found = triples(events_of(nlp, "Chile issued a statement demanding that Vietnam release the fishermen."))
    assert any(s == "CHL" and c.startswith("10") and t == "VNM" for s, c, t in found)


def test_people_named_by_a_demonym_are_not_their_state(nlp) -> None:
    # an inquiry into one's own nationals is a domestic event, not an actor acting on itself
    found = triples(events_of(nlp, "Japan is investigating attacks by Japanese extremists on Chinese tourists."))
    assert ("JPN", "090", "JPN") in found


def test_coordinated_subjects_parsed_apart_from_their_verb_act_together(nlp) -> None:
    text = (
        "With the signing of a memorandum on fisheries, the Chinese government and Vietnam have agreed to resume talks."
    )
    found = triples(events_of(nlp, text))
    assert found and {s for s, _c, _t in found} <= {"CHN", "VNM"}
    assert "CHN" in {s for s, _c, _t in found} | {t for _s, _c, t in found}


def test_background_clause_does_not_lead_the_sentence(nlp) -> None:
    text = "France criticized Iran on Monday as Russian forces shelled Kyiv."
    assert best(events_of(nlp, text)) == ("FRA", "111", "IRN")


def test_reported_act_leads_over_its_report(nlp) -> None:
    text = "Pakistan said Indian troops had fired at its border posts."
    assert best(events_of(nlp, text))[1].startswith("19")


def test_attribution_of_a_news_item_is_no_event(nlp) -> None:
    # "..., officials said": the sourcing of the news is not a statement to anyone
    found = triples(events_of(nlp, "Russian forces shelled Kyiv overnight, Ukraine said on Monday."))
    assert found == [("RUS", "194", "UKR")]


def test_a_statement_about_one_s_own_country_is_no_event(nlp) -> None:
    # what Japan says it will do is coded as that intent, not as Japan's statement to itself
    found = triples(events_of(nlp, "A spokesman for Japan said Japan would send aid to Vietnam."))
    assert all(code != "010" for _s, code, _t in found)


def test_a_reaction_to_an_act_told_before_is_aimed_at_its_doer(nlp) -> None:
    text = "North Korea fired missiles at Japan on Monday. South Korea condemned the launch on Tuesday."
    assert ("KOR", "111", "PRK") in triples(events_of(nlp, text))
    text = "Pakistan accused India of violating the ceasefire. India rejected the allegation."
    assert any(s == "IND" and c.startswith("12") and t == "PAK" for s, c, t in triples(events_of(nlp, text)))


def test_a_new_act_is_not_an_earlier_one(nlp) -> None:
    # "the fishermen" are no act told before: no antecedent is looked for
    text = "China imposed sanctions on Japan. Vietnam freed the fishermen."
    assert all(s != "VNM" or t is None for s, _c, t in triples(events_of(nlp, text)))


def test_both_sides_are_the_story_s_two_parties(nlp) -> None:
    text = "Chinese President Xi Jinping met President Lee Jae-myung in Seoul. The two leaders agreed to expand trade."
    found = triples(events_of(nlp, text))
    assert any(c.startswith("03") and {s, t} == {"CHN", "KORGOV"} for s, c, t in found)
    text = "Pakistan accused India of shelling border villages. France urged both governments to show restraint."
    found = triples(events_of(nlp, text))
    # an appeal to both (020, or 0256 for an appeal to de-escalate: "show restraint")
    appeals = {(s, t) for s, c, t in found if c.startswith("02")}
    assert ("FRA", "PAK") in appeals and ("FRA", "IND") in appeals


def test_a_relative_pronoun_is_the_noun_it_stands_for(nlp) -> None:
    found = triples(events_of(nlp, "Vietnam protested to Japan, which has threatened to impose sanctions on China."))
    assert any(s == "JPN" and c.startswith("13") and t == "CHN" for s, c, t in found)


def test_acts_placed_in_a_country_without_a_named_party(nlp) -> None:
    # compose() takes places by name; the places stage would give each its country
    doc, article = compose(nlp, "A French engineer was arrested in Kandahar on Monday.", places=("Kandahar",))
    article.places[0].country = "AFG"
    found = triples(article_events(doc, article, load_codebook()))
    # the police of the place arrest (implied_doers.yaml), and the one arrested is a suspect of his own country
    assert ("AFGCOP", "173", "FRACRM") in found
    doc, article = compose(nlp, "Japan suspended aid deliveries in Kandahar.", places=("Kandahar",))
    article.places[0].country = "AFG"
    assert [t for _s, _c, t in triples(article_events(doc, article, load_codebook()))] == ["AFG"]


def test_a_coordinated_act_shares_the_party_of_its_partner(nlp) -> None:
    found = triples(events_of(nlp, "Japan spoke to Vietnam by phone and promised new patrol boats."))
    assert any(s == "JPN" and c.startswith("03") and t == "VNM" for s, c, t in found)


def test_an_occasion_is_not_a_party(nlp) -> None:
    # the summit is where they met, not whom they met: one meeting between both
    text = "Xi Jinping and President Lee Jae-myung met on the sidelines of the Japan summit."
    assert triples(events_of(nlp, text)) == [("CHN", "040", "KORGOV")]


def test_acts_named_in_passing_are_no_events(nlp) -> None:
    # a noun modifier names no event ("riot police"), and what a condemnation is about is its topic
    found = triples(events_of(nlp, "Japan condemned new Chinese export controls."))
    assert found == [("JPN", "111", "CHN")]
    found = triples(events_of(nlp, "Chinese riot police detained students."))
    assert all(not c.startswith("14") for _s, c, _t in found)


def test_the_officials_of_both_countries_are_the_pair(nlp) -> None:
    text = "Japan protested to China on Monday. Senior officials of the two countries held talks in Tokyo."
    found = triples(events_of(nlp, text))
    assert any(c.startswith("04") and {s, t} == {"JPN", "CHN"} for s, c, t in found)


def test_a_warning_of_what_will_befall_another_is_a_threat(nlp) -> None:
    found = triples(events_of(nlp, "Iran warned in a statement that Israel and the United States would regret it."))
    assert ("IRN", "130", "ISR") in found and ("IRN", "130", "USA") in found
    # warning of one's own harmful act is the threat of that act, coded once
    found = triples(events_of(nlp, "Japan warned that it would impose sanctions on North Korea."))
    assert found == [("JPN", "1312", "PRK")]


def test_the_two_leaders_are_the_pair_even_when_read_as_a_role(nlp) -> None:
    text = "Xi Jinping met President Lee Jae-myung in Seoul. The two leaders signed a trade agreement."
    doc, article = compose(nlp, text)
    start = text.index("leaders")
    role = Mention(start=start, end=start + len("leaders"), text="leaders")
    article.actors.append(Actor(id="role", name="leaders", code="---GOV", kind="group", mentions=[role]))
    found = triples(article_events(doc, article, load_codebook()))
    assert any(c == "057" and {s, t} == {"CHN", "KORGOV"} for s, c, t in found)


def test_a_promise_of_a_later_act_is_dated_when_made(nlp) -> None:
    doc, article = compose(nlp, "Japan pledged to send aid to Vietnam next month.", dates={"next month": "2026-02"})
    events = article_events(doc, article, load_codebook())
    assert events and all((e.date, e.date_source) == ("2026-01-06", "article") for e in events)


def test_the_speaker_s_side_refusing_is_aimed_at_the_other_party(nlp) -> None:
    text = "Japan imposed tariffs on Vietnam on Monday. A spokesman for Vietnam said Vietnam would not accept the pressure."
    found = triples(events_of(nlp, text))
    assert any(s == "VNM" and c.startswith("12") and t == "JPN" for s, c, t in found)
    assert all(t != "VNM" for s, _c, t in found if s == "VNM")  # never aimed at the speaker's own side


def test_a_thing_done_names_its_doer_in_a_relative_clause(nlp) -> None:
    found = triples(events_of(nlp, "Vietnam filed a protest against the tariffs Japan imposed last year."))
    assert any(s == "VNM" and t == "JPN" for s, _c, t in found)


def test_taking_part_in_an_act_is_doing_it_where_it_happens(nlp) -> None:
    doc, article = compose(nlp, "Russian forces were involved in the shelling in Donetsk.", places=("Donetsk",))
    article.places[0].country = "UKR"
    found = triples(article_events(doc, article, load_codebook()))
    assert any(s == "RUS" and c.startswith("19") and t == "UKR" for s, c, t in found)


def test_violence_with_no_named_doer_is_done_by_the_place_s_people(nlp) -> None:
    text = "A roadside bomb near the town of Kandahar killed two Japanese engineers."
    doc, article = compose(nlp, text, places=("Kandahar",))
    article.places[0].country = "AFG"
    found = triples(article_events(doc, article, load_codebook()))
    assert any(s == "AFG" and c.startswith("18") and t == "JPN" for s, c, t in found)


def test_one_s_own_people_are_not_the_target(nlp) -> None:
    text = "Russia will withdraw its advisers from Iran."
    doc, article = compose(nlp, text)
    start = text.index("its advisers")
    mention = Mention(start=start, end=start + len("its advisers"), text="its advisers")
    article.actors.append(Actor(id="advisers", name="advisers", code="RUSMIL", kind="group", mentions=[mention]))
    found = triples(article_events(doc, article, load_codebook()))
    assert found and all(t == "IRN" for _s, _c, t in found)


def test_what_a_message_says_is_the_act(nlp) -> None:
    found = triples(events_of(nlp, "Japan sent a message of congratulations to Chile."))
    assert found == [("JPN", "051", "CHL")]


def test_saying_how_a_criticism_was_made_is_no_second_statement(nlp) -> None:
    found = triples(events_of(nlp, "Japan criticised China, saying Vietnam was a close partner."))
    assert all(c != "010" for _s, c, _t in found)


def test_everything_agreed_is_one_promise(nlp) -> None:
    found = triples(events_of(nlp, "Japan agreed to send aid to Vietnam and to cooperate on fisheries."))
    assert all(c.startswith("03") for _s, c, _t in found)


def test_a_place_named_by_what_was_taken_is_where_the_violence_was(nlp) -> None:
    found = triples(events_of(nlp, "Russian forces shelled the village of Kurakhove in eastern Ukraine."))
    assert any(s == "RUS" and c.startswith("19") and t == "UKR" for s, c, t in found)


def test_the_story_s_parties_by_number_and_by_side(nlp) -> None:
    text = "France, Japan and Chile criticised Iran on Monday. Iran accused the three states of hypocrisy."
    found = triples(events_of(nlp, text))
    assert {t for s, c, t in found if s == "IRN" and c.startswith("11")} == {"FRA", "JPN", "CHL"}
    text = "Chinese President Xi Jinping met President Lee Jae-myung in Seoul. The leaders agreed to expand trade."
    found = triples(events_of(nlp, text))
    assert any(c.startswith("03") and {s, t} == {"CHN", "KORGOV"} for s, c, t in found)


def test_the_parties_of_an_earlier_clause_and_an_act_s_purpose(nlp) -> None:
    text = "Xi Jinping received President Lee Jae-myung in Beijing, and both sides pledged to expand trade."
    found = triples(events_of(nlp, text))
    assert any(c.startswith("03") and {s, t} == {"CHN", "KORGOV"} for s, c, t in found)
    # the purpose of a call, of the same kind, is that call: one event
    found = triples(events_of(nlp, "Xi Jinping held a phone call with President Lee Jae-myung to discuss trade."))
    assert len([c for _s, c, _t in found if c.startswith("04")]) == 1


def test_the_toll_of_an_attack_is_not_a_second_attack(nlp) -> None:
    found = triples(events_of(nlp, "Russian forces shelled Kyiv overnight, killing three people."))
    assert [c[:2] for _s, c, _t in found] == ["19"]


def test_a_denial_does_not_cover_what_is_coordinated_with_it(nlp) -> None:
    found = triples(events_of(nlp, "Pakistan denied the charge and accused India of shelling its border posts."))
    assert any(s == "PAK" and c.startswith("11") and t == "IND" for s, c, t in found)


def test_what_an_act_is_done_to_names_the_other_party(nlp) -> None:
    found = triples(events_of(nlp, "Japan announced a suspension of flights with China on Monday."))
    assert any(s == "JPN" and c.startswith("16") and t == "CHN" for s, c, t in found)


def test_condemning_the_strikes_told_before(nlp) -> None:
    text = "Russian forces struck targets in Kyiv on Monday. Ukraine condemned the strikes as a war crime."
    found = triples(events_of(nlp, text))
    assert ("UKR", "111", "RUS") in found


def test_warning_of_one_s_own_next_step_threatens_the_other_party(nlp) -> None:
    text = "Iran rejected the demands of France on Monday. France warned that it would seek a resolution at the UN."
    found = triples(events_of(nlp, text))
    assert any(s == "FRA" and c.startswith("13") and t == "IRN" for s, c, t in found)


@pytest.mark.parametrize(
    "text",
    [
        "India dismissed Pakistan for 180 runs in the cricket final.",
        "France will host Chile in the rugby championship next month.",
        "Chile clashed with France in the rugby semifinal on Sunday.",
        "South Korea shot down Japan's hopes in the Olympic hockey tournament.",
    ],
)
def test_sports_reports_are_no_acts_between_states(nlp, text: str) -> None:
    assert "cup" in load_linking().sport_words
    assert events_of(nlp, text) == []


def test_a_summit_next_to_a_sports_sentence_keeps_its_event(nlp) -> None:
    text = "France hosted Chile for talks in Paris. Later, Chile clashed with France in the football final."
    assert triples(events_of(nlp, text)) == [("FRA", "043", "CHL")]


def test_an_act_about_sport_between_states_stays_an_event(nlp) -> None:
    found = triples(events_of(nlp, "Russia banned Ukrainian athletes from the tournament in Moscow."))
    assert [(source, code[:2], target) for source, code, target in found] == [("RUS", "16", "UKR")]


@pytest.mark.parametrize(
    ("text", "sport"),
    [
        ("Italy beat France in the World Cup final on Sunday.", True),
        ("Japan and China agreed to co-host the football tournament.", True),
        (
            "Liberia's opposition leader, who once played football for Monaco, accused the election board of fraud.",
            False,
        ),
        ("Mensah, a former Olympic sprinter, condemned the Ghanaian government for the arrests.", False),
    ],
)
def test_a_sport_word_that_only_describes_someone_tells_no_sport(nlp, text: str, sport: bool) -> None:
    assert tells_sport(next(nlp(text).sents), load_linking()) is sport


def test_an_accusation_by_a_former_player_is_coded_outside_a_sports_report() -> None:
    text = "Liberia's opposition leader, who once played football for Monaco, accused the Liberian government of fraud."
    article = analyse_one(Article(id="s", text=text, content_hash="sport-bio", date="2026-03-02"))
    assert [(e.source_actor.code[:3] if e.source_actor else None, e.root) for e in article.events] == [("LBR", "11")]
