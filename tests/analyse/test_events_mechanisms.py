"""Event-code mechanisms the codebook's vocabulary relies on, on sentences composed for these tests."""

from __future__ import annotations

from importlib import resources
from typing import Any

from detente.analyse.events.coding import article_events
from detente.analyse.events.linking import load_linking
from detente.analyse.events.patterns import Codebook, parse_codebook, read_codebook_text
from tests.analyse.test_events import compose, events_of, triples


def test_owner_of_an_act_on_someone_named_by_of_does_it(nlp) -> None:
    # the one acted on is named by "of", so the owner is the doer (not the one arrested)
    assert ("JPN", "173", "CHN") in triples(events_of(nlp, "China condemned Japan's arrest of Chinese fishermen."))
    found = triples(events_of(nlp, "Japan's expulsion of two Chinese diplomats angered Beijing."))
    assert found == [("JPN", "166", "CHN")]
    # with no "of", the owner still suffers the act
    assert ("CHN", "173", "JPN") not in triples(events_of(nlp, "China protested the students' arrests."))


def test_who_withdraws_is_named_by_of_and_the_place_left_by_from(nlp) -> None:
    found = triples(events_of(nlp, "The withdrawal of Russian forces from Ukraine began on Monday."))
    assert found == [("RUS", "0874", "UKR")]


def codebook_with(**sections: dict[str, Any]) -> Codebook:
    """The packaged codebook with entries added to its sections (a test's own small vocabulary)."""
    text = resources.files("detente.data.cameo").joinpath("verbs.yaml").read_text(encoding="utf-8")
    raw = read_codebook_text(text)
    for section, entries in sections.items():
        if isinstance(raw.setdefault(section, {}), list):
            raw[section] = [*raw[section], *entries]
        else:
            raw[section] = {**raw[section], **entries}
    return parse_codebook(raw)


def coded(nlp, text: str, codebook: Codebook) -> list[tuple[str | None, str, str | None]]:
    doc, article = compose(nlp, text)
    return triples(article_events(doc, article, codebook))


def test_a_cancelled_meeting_is_not_held(nlp) -> None:
    for text in ("Japan called off the talks with China.", "Japan pulled out of the talks with China."):
        found = triples(events_of(nlp, text))
        assert not [t for t in found if t[1].startswith("04")], text
    # "pulled out of" with the parser hanging "of" from the particle is still the phrasal verb, not a retreat
    assert triples(events_of(nlp, "Japan pulled out of the talks with China.")) == [("JPN", "164", "CHN")]


def test_a_phrasal_light_verb_and_a_phrasal_non_event_verb(nlp) -> None:
    codebook = codebook_with(light_verbs={"call off": {"talks": "164", "talk": "164"}}, non_event_verbs=["put off"])
    assert coded(nlp, "Japan called off the talks with China.", codebook) == [("JPN", "164", "CHN")]
    assert coded(nlp, "Japan put off the visit to China.", codebook) == []


def test_a_null_code_marks_a_light_noun_or_compound_as_no_event(nlp) -> None:
    codebook = codebook_with(light_verbs={"strike": {"balance": None}}, compounds={"flood warning": None})
    assert codebook.light_non_events["strike"] == frozenset({"balance"})
    assert ("flood", "warning") in codebook.non_event_compounds
    assert coded(nlp, "Japan struck a balance between China and Vietnam.", codebook) == []
    assert coded(nlp, "Japan issued a flood warning for Vietnam.", codebook) == []


def test_a_response_made_with_an_act_is_that_act(nlp) -> None:
    assert "retaliate" in load_linking().response_verbs
    assert triples(events_of(nlp, "China retaliated against Japan with sanctions.")) == [("CHN", "163", "JPN")]
    assert triples(events_of(nlp, "China retaliated with sanctions on Japan.")) == [("CHN", "163", "JPN")]


def test_a_light_noun_under_a_preposition(nlp) -> None:
    codebook = codebook_with(light_verbs={"put": {"investigation": "090"}, "withdraw": {"treaty": "127"}})
    found = coded(nlp, "The Japanese ambassador was put under investigation by China.", codebook)
    assert found == [("CHN", "090", "JPN")]
    assert coded(nlp, "The United States withdrew from the treaty with Iran.", codebook) == [("USA", "127", "IRN")]


def test_a_modified_light_noun_listed_under_its_verb_names_the_act(nlp) -> None:
    codebook = codebook_with(light_verbs={"sign": {"agreement": "057", "loan agreement": "071"}})
    assert coded(nlp, "Japan signed a loan agreement with Vietnam.", codebook) == [("JPN", "071", "VNM")]
    assert coded(nlp, "Japan signed a trade agreement with Vietnam.", codebook) == [("JPN", "057", "VNM")]
    # what a message says is the act
    assert triples(events_of(nlp, "Japan sent messages of congratulations to China.")) == [("JPN", "051", "CHN")]


def test_a_light_noun_aimed_at_a_party_is_the_aimed_act(nlp) -> None:
    codebook = codebook_with(aimed={"missile": "195"})
    assert codebook.aimed["missile"] == "195"
    assert coded(nlp, "North Korea launched missiles at Japan.", codebook) == [("PRK", "195", "JPN")]
    # not aimed at anyone: the codebook's own code for launching missiles (a show of force)
    assert coded(nlp, "North Korea launched missiles on Monday.", codebook) == [("PRK", "150", None)]


def test_a_hyphenated_prefix_is_one_word_with_the_lemma_of_its_verb(nlp) -> None:
    doc = nlp("North Korea test-fired two missiles after China re-opened its embassy and co-hosted talks.")
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["test-fired"] == "test-fire"
    assert lemmas["re-opened"] == "reopen"
    assert lemmas["co-hosted"] == "cohost"
    assert [t.text for t in doc if t.pos_ == "VERB"] == ["test-fired", "re-opened", "co-hosted"]
    assert len(list(doc.sents)) == 1
    codebook = codebook_with(light_verbs={"reimpose": {"sanctions": "163", "sanction": "163"}})
    assert coded(nlp, "Japan re-imposed sanctions on Vietnam.", codebook) == [("JPN", "163", "VNM")]


def test_who_protests_tells_a_complaint_from_a_demonstration(nlp) -> None:
    assert triples(events_of(nlp, "President Lee protested against China.")) == [("KORGOV", "114", "CHN")]
    assert triples(events_of(nlp, "University students protested against Japan.")) == [("JPNEDU", "141", "JPN")]
    # a bare country may be its government or its people: the general protest
    assert triples(events_of(nlp, "China protested against Japan.")) == [("CHN", "140", "JPN")]
    assert "GOV" in load_linking().official_roles


def test_an_act_joined_to_a_reported_clause_is_the_reporters(nlp) -> None:
    found = triples(events_of(nlp, "Lee said the talks had been useful and accused Japan of lying."))
    assert found == [("KORGOV", "112", "JPN")]
    # a doer of its own in the reported clause still does the joined act
    assert ("JPN", "190", "VNM") in triples(events_of(nlp, "Lee said Japan had attacked and invaded Vietnam."))


def test_every_actor_of_a_coordinated_object_phrase_is_a_target(nlp) -> None:
    found = triples(events_of(nlp, "Vietnam hosted Chinese and Japanese negotiators in Hanoi."))
    assert sorted(found) == [("VNM", "043", "CHN"), ("VNM", "043", "JPN")]


def test_the_adversary_of_the_story_is_found_in_a_conflict_before_a_meeting(nlp) -> None:
    text = "Vietnam accused Japan of spying. China met Japan in Beijing on Friday. Japan said it would not accept blackmail."
    assert ("JPN", "120", "VNM") in triples(events_of(nlp, text))
