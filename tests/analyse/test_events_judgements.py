"""Judgements told in speech with no act verb (detente/data/cameo/judgements.yaml, speech.judgement_in,
verb_triggers.labelled_code).

- A coded speaker who says another party, or a thing it did or owns, is blameworthy ("said Japan's decision
  was a grave mistake", "the strikes were an act of aggression, X said") criticises that party (111); praise
  ("had been constructive") is praise (051).
- Labelling an object so ("described the American move as provocative", "regards the visit as a provocation")
  is the same judgement of the object's party.
- No event: a judgement of a thing no party owns ("the situation is grave"), of the speaker's own side, one
  only supposed ("would be a mistake"), a neutral predicate, a negated blame.

The sentences are composed for these tests and go through the whole pipeline (the actors are the actor stage's own).
"""

from __future__ import annotations

import pytest
import yaml

from detente.analyse.events.codes import cameo_codes
from detente.analyse.events.judgements import JudgementLexiconError, load_judgement_lexicon, parse_judgement_lexicon
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


def test_the_lexicon_loads_with_cameo_codes() -> None:
    lexicon = load_judgement_lexicon()
    assert lexicon.codes["mistake"] == "111"
    assert lexicon.codes["constructive"] == "051"
    assert all(code in cameo_codes() for code in lexicon.codes.values())
    assert {"be", "remain"} <= lexicon.copulas
    assert "describe" in lexicon.labelling_verbs


@pytest.mark.parametrize(
    "raw",
    [
        {},
        {"kinds": {"blame": {"code": "999", "words": ["mistake"]}}},
        {"kinds": {"blame": {"code": "111", "words": []}}},
        {"kinds": {"blame": {"code": "111", "words": ["mistake", None]}}},
        {
            "kinds": {"blame": {"code": "111", "words": ["wise"]}, "praise": {"code": "051", "words": ["wise"]}},
            "blame_when_negated": ["legal"],
            "copulas": ["be"],
            "labelling_verbs": ["describe"],
        },
    ],
)
def test_a_malformed_lexicon_is_refused(raw: dict) -> None:
    with pytest.raises(JudgementLexiconError):
        parse_judgement_lexicon(yaml.safe_load(yaml.safe_dump(raw)))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Brazilian foreign ministry said Argentina's new tariffs were a serious error.", ("BRA", "111", "ARG")),
        (
            "Kenya's foreign minister said that the Ugandan decision to close the border was irresponsible.",
            ("KEN", "111", "UGA"),
        ),
        ('"Turkey\'s meddling in Iraqi affairs is intolerable," the Iraqi prime minister said.', ("IRQ", "111", "TUR")),
        (
            "The Russian naval drills were a provocation, the Norwegian defence ministry said on Monday.",
            ("NOR", "111", "RUS"),
        ),
        (
            "The Vietnamese government said the Chinese patrols remained a threat to regional stability.",
            ("VNM", "111", "CHN"),
        ),
        ("Peru's president said Chile's claims were not legitimate.", ("PER", "111", "CHL")),
        # the party the predicate names as the doer
        ('"This is a crime committed by the Sudanese army," the Chadian president said.', ("TCD", "111", "SDN")),
        ("The Egyptian foreign minister said Qatar's mediation had been constructive.", ("EGY", "051", "QAT")),
        # what the judgement is said of
        (
            '"These remarks are unacceptable," the Dutch foreign minister said of the Turkish president\'s speech.',
            ("NLD", "111", "TUR"),
        ),
        # labelling verbs
        ("The Serbian prime minister described the Croatian arrests as a grave provocation.", ("SRB", "111", "HRV")),
        ("The Greek government described the Turkish survey as illegal.", ("GRC", "111", "TUR")),
        ("The Iranian foreign minister regards the British sanctions as hostile.", ("IRN", "111", "GBR")),
        ("The Ethiopian prime minister described Kenya's role in the talks as invaluable.", ("ETH", "051", "KEN")),
        # names for a person or a government
        ("North Korea called the South Korean president a traitor.", ("PRK", "111", "KOR")),
        ("Venezuela's president branded his Colombian counterpart a liar.", ("VEN", "111", "COL")),
        ("The Ukrainian foreign minister called the Belarusian leader a puppet of Moscow.", ("UKR", "111", "BLR")),
        # an adverb of blame on another country's act accuses it
        ("Manila said the Chinese coast guard vessel had deliberately rammed its supply boat.", ("PHL", "112", "CHN")),
        (
            "The Estonian foreign ministry said Russian aircraft had illegally entered its airspace.",
            ("EST", "112", "RUS"),
        ),
    ],
)
def test_a_judgement_of_another_party_or_its_act_is_coded(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # a thing no party owns
        "The Indonesian president said the situation in the region was grave.",
        "The Mexican foreign minister said the floods were a tragedy.",
        # the speaker's own side
        "The Japanese prime minister said Japan's decision had been a mistake.",
        # only supposed
        "The Chinese foreign ministry said any Japanese visit to the shrine would be a grave mistake.",
        # the doer the predicate names is the speaker's own side
        "The Bolivian government said the blockade was an act of aggression by Bolivian farmers.",
        # a neutral predicate
        "The Chilean foreign minister said Bolivia's proposal was long.",
        # a negated blame
        "The Canadian foreign minister said the American tariffs were not a mistake.",
        # a labelling verb with no judgement
        "The Thai government described the Cambodian proposal in detail.",
        # a name for a person told as a fact of the story, not said by a party of it
        "The former Haitian dictator returned to Port-au-Prince on Sunday after 25 years in exile.",
    ],
)
def test_no_judgement_of_another_party_is_no_criticism(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith(("111", "051")) for _s, code, _t in found), found


def test_what_a_speaker_calls_a_thing_in_a_relative_clause_is_no_labelling() -> None:
    found = triples_of("The American general apologised for what he called a tragic mistake by NATO forces in Libya.")
    assert not any(code.startswith("111") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We want Syria to withdraw its troops," the Turkish foreign minister said.', ("TUR", "02", "SYR")),
        ("The Lithuanian president said Lithuania wanted Belarus to close the nuclear plant.", ("LTU", "02", "BLR")),
        (
            '"We expect Venezuela to respect the agreement," the Guyanese president told reporters.',
            ("GUY", "02", "VEN"),
        ),
        ("Seoul wants Tokyo to apologise for its wartime abuses.", ("KOR", "02", "JPN")),
    ],
)
def test_wanting_another_party_to_act_asks_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found
    assert not any(code.startswith("03") for _s, code, _t in found), found  # not the wisher's own intent


@pytest.mark.parametrize(
    "text",
    [
        # the wisher's own act
        "Georgia wants to join NATO within five years.",
        '"We expect to sign the agreement with Armenia next month," the Azerbaijani president said.',
        # a forecast of a party that is not asked, by no coded wisher
        "Analysts expect the Chinese central bank to cut interest rates.",
        # not wanting is not asked here
        "Iran's foreign minister said Tehran does not want Washington to interfere in the region.",
    ],
)
def test_wanting_to_act_oneself_or_a_forecast_asks_no_one(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("02") for _s, code, _t in found), found


@pytest.mark.parametrize(
    "text",
    [
        "The Korean navy said its own patrol boat had deliberately slowed down.",
        "Ankara said the Greek frigate would deliberately sail through the strait.",
        "The Indian army said Pakistani troops had not deliberately fired on the post.",
        "Norway said the Russian trawler had slowly left the fjord.",
    ],
)
def test_an_adverb_of_blame_on_ones_own_a_future_or_a_denied_act_accuses_no_one(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("112") for _s, code, _t in found), found


def test_i_in_a_quote_is_its_speaker() -> None:
    found = triples_of('"I regard the Belarusian blockade as illegal," the Lithuanian prime minister told reporters.')
    assert has(found, "LTU", "111", "BLR"), found
