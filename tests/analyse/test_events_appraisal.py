"""What a speaker says about another party with a plain speech verb (session 14, judgements.yaml appraisals,
need_verbs, hope_verbs; appraisals.py, speech.judgement_in, speech.owing, speech.wished_of_another).

- Appraisals: another party's achievements ("has made great achievements"), a change credited to its leadership
  ("has developed rapidly under the leadership of X") praise it (051); its failings ("has failed to correct the
  errors") and a blameworthy thing it did or owns ("the illegal action by the United States") criticise it (111).
- Obligation: "X needs to / has to <act>" in a speaker's statement asks X for it (an appeal, 02), as "should" does.
- Hopes and wishes: "we hope that X can ...", "would like to see X invest ..." ask X (02).
- None: neutral reporting ("said the economy grew", "said the talks would resume"), the speaker's own side, what
  is only foretold, a negated deed.

The sentences are composed for these tests and go through the whole pipeline (the actors are the actor stage's own).
"""

from __future__ import annotations

import pytest
import yaml

from detente.analyse.events.judgements import JudgementLexiconError, load_judgement_lexicon, parse_judgement_lexicon
from tests.analyse.test_events_accuse import VALID_LEXICON
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


def test_the_appraisal_lexicon_loads() -> None:
    lexicon = load_judgement_lexicon()
    assert lexicon.appraisals.achievements.code == "051"
    assert "achievement" in lexicon.appraisals.achievements.nouns
    assert lexicon.appraisals.failings.code == "111"
    assert "leadership" in lexicon.appraisals.credit.nouns
    assert {"need", "have"} <= lexicon.need_verbs
    assert "hope" in lexicon.hope_verbs
    assert {"answer", "solution"} <= lexicon.blame_when_negated


@pytest.mark.parametrize(
    "broken",
    [
        None,
        {"achievements": {"code": "051", "verbs": ["make"], "nouns": ["achievement"]}},
        {
            "achievements": {"code": "999", "verbs": ["make"], "nouns": ["achievement"]},
            "credit": {"code": "051", "verbs": ["develop"], "nouns": ["leadership"]},
            "failings": {"code": "111", "verbs": ["fail"]},
        },
        {
            "achievements": {"code": "051", "verbs": ["make"], "nouns": []},
            "credit": {"code": "051", "verbs": ["develop"], "nouns": ["leadership"]},
            "failings": {"code": "111", "verbs": ["fail"]},
        },
    ],
)
def test_a_malformed_appraisal_section_is_refused(broken: object) -> None:
    raw = yaml.safe_load(VALID_LEXICON)
    raw["appraisals"] = broken
    with pytest.raises(JudgementLexiconError):
        parse_judgement_lexicon(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # achievements and credit
        (
            "The Thai foreign minister said Cambodia has made great achievements in reducing poverty.",
            ("THA", "051", "KHM"),
        ),
        (
            "The Indonesian president said Malaysia had made important contributions to peace in Aceh.",
            ("IDN", "051", "MYS"),
        ),
        (
            "The Laotian foreign minister said Vietnam has developed rapidly under the leadership of its communist party.",
            ("LAO", "051", "VNM"),
        ),
        # failings
        (
            "Indian Prime Minister Manmohan Singh said Pakistan has failed to act against the militants.",
            ("IND", "111", "PAK"),
        ),
        # a blameworthy thing a party did, whatever the clause says of it
        (
            "The Iranian spokesman said the illegal action by the United States would not weaken Iran.",
            ("IRN", "111", "USA"),
        ),
        (
            '"The reckless Russian manoeuvres endanger every ship in the area," the Norwegian minister said.',
            ("NOR", "111", "RUS"),
        ),
        # what is said not to answer the problem
        ("The Argentine president said the British garrison was not the solution.", ("ARG", "111", "GBR")),
        # a judgement told through a verb of opinion
        ('"We think Qatar\'s decision is sensible," the Egyptian foreign minister said.', ("EGY", "051", "QAT")),
        ("The Polish president said he believed Russia's conduct was abusive.", ("POL", "111", "RUS")),
        # praise drawn or won from a party is that party's praise
        (
            "British Prime Minister Tony Blair drew warm praise from the German chancellor for the deal.",
            ("DEU", "051", "GBR"),
        ),
        ("The Indian prime minister won plaudits from Washington for the nuclear deal.", ("USA", "051", "IND")),
        # told with a verb of saying that is no coded statement ("added", "noted", "wrote")
        ("The Chinese minister noted that the Japanese decision was a mistake.", ("CHN", "111", "JPN")),
        (
            "The Thai foreign minister visited Phnom Penh. He added that Cambodia has made great achievements.",
            ("THA", "051", "KHM"),
        ),
    ],
)
def test_what_a_speaker_says_of_another_party_appraises_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # neutral reporting
        "The Chinese ambassador said the Thai economy grew 5 percent last year.",
        "The Japanese foreign minister said the talks with South Korea would resume next week.",
        "The Indonesian president said Malaysia had made progress in the talks.",
        # the speaker's own side
        "The Chinese premier said China has made great achievements in reducing poverty.",
        "The Indian minister said India had failed to meet its export target.",
        # only foretold, or denied
        "The Thai foreign minister said Cambodia would make great achievements.",
        "The Indian prime minister said Pakistan had not failed to act.",
        # a blameworthy thing no party owns, or people
        "The Kenyan minister said the illegal trade in ivory was growing.",
        "The Spanish minister said illegal Moroccan immigrants were arriving by boat.",
        # an opinion of the speaker's own side, or of no party
        '"We think our decision is sensible," the Egyptian foreign minister said.',
        "The Polish president said he believed the weather was unfair to farmers.",
        # neutral reporting with another verb of saying
        "The Chinese minister added that the Thai economy grew 5 percent.",
        "The Chinese minister noted that the Japanese talks would resume next week.",
        # a prize won is no praise by a party
        "The Indian film won acclaim at the festival.",
    ],
)
def test_no_appraisal_of_another_party_is_no_praise_or_criticism(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith(("051", "111")) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chinese foreign ministry spokesman said Washington needs to take concrete steps to improve relations.",
            ("CHN", "02", "USA"),
        ),
        ("The Russian foreign minister said the United States has to stop its missile plans.", ("RUS", "02", "USA")),
        (
            '"We hope that the European countries can stop their confrontation with China," the Chinese spokesman said.',
            ("CHN", "02", "EUR"),
        ),
        (
            "The Vietnamese premier said he would like to see more Japanese companies invest in Vietnam.",
            ("VNM", "02", "JPN"),
        ),
        # ("hoped": the small model's lemma is "hop")
        (
            "EU foreign policy chief Javier Solana said he hoped that the Palestinians will bridge gaps with Israel.",
            ("IGOEUREEC", "02", "PSE"),
        ),
    ],
)
def test_an_act_a_speaker_says_another_party_needs_or_is_hoped_to_do_asks_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # the speaker's own side
        '"We need to take concrete steps to improve relations," the Chinese foreign ministry spokesman said.',
        "The Russian foreign minister said Russia has to protect its interests.",
        # negated need
        "The Russian foreign minister said the United States does not need to stop its missile plans.",
        # a hope for what no party does, or for a thing a party owns
        "The Chinese spokesman said he hoped that the weather would improve.",
        "China hopes US President George W. Bush's visit will advance relations, a Chinese spokesman said.",
    ],
)
def test_no_act_owed_by_another_party_is_no_appeal(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("02") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Six million Tibetans live under what Western governments describe as heavy-handed and abusive Chinese rule.",
            ("WST", "111", "CHN"),
        ),
        (
            "The Palestinian foreign minister spoke at length about what he called illegal Israeli settlements.",
            ("PSE", "111", "ISR"),
        ),
    ],
)
def test_a_thing_a_party_labels_in_a_free_relative_judges_its_owner(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # no evaluative adjective: the speaker's word for a thing told elsewhere
        "The American general apologised for what he called a tragic mistake by NATO forces in Libya.",
        # the labeller's own side
        "Israeli settlers live in what the Israeli government calls legal Israeli settlements.",
    ],
)
def test_a_free_relative_label_without_judgement_of_another_party_is_none(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith(("111", "051")) for _s, code, _t in found), found
