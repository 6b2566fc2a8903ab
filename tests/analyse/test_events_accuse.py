"""Verbal conflict on real news told without a plain act verb (session 12): harm a speaker says another party's
act or possession did, concern at another party's act, suspicion, and a charge denied in apposition.

- 'X's arsenal has provoked an arms race, a Y official said', '"The fact that X has nuclear arms constitutes a
  threat," Y said': the speaker criticises X (111, speech.judgement_in with judgements.yaml harm_verbs).
- 'The United States has been concerned over China's rising military might': 012 towards China, as
  "expressed concern over" (stances.concerns).
- 'Washington suspects Iran is seeking nuclear weapons': an accusation (112) of a coded party only.
- '..., a charge denied by Tehran': the denier's denial aimed at the accuser (stances.denied_charges).
- 'Norway said it would put forward a motion critical of Iran's record', 'an anti-Iran resolution submitted by
  Norway': the sponsor criticises the party the motion is hostile to (111, stances.hostile_motions).
- '"If the Danish government continues with its motion, this will deteriorate relations," X said': harm foretold
  should another party act is a warning to it (130, speech.conditional_warning).
- None: concern at what no party did, the speaker's own harm, harm foretold or denied, a hunch about no party, a
  charge dropped by a court.

The sentences are composed for these tests and go through the whole pipeline (the actors are the actor stage's own).
"""

from __future__ import annotations

import pytest
import yaml

from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.events.judgements import JudgementLexiconError, load_judgement_lexicon, parse_judgement_lexicon
from detente.analyse.events.patterns import load_codebook
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


def test_the_new_judgement_lists_load() -> None:
    lexicon = load_judgement_lexicon()
    assert {"provoke", "exacerbate", "undermine"} <= lexicon.harm_verbs
    assert lexicon.concern.code == "012"
    assert "concerned" in lexicon.concern.words and "over" in lexicon.concern.prepositions
    assert "suspect" in lexicon.suspicion_verbs
    assert "charge" in lexicon.charge_nouns


def test_harm_verbs_are_no_act_verbs_of_the_codebook() -> None:
    # (a harm verb the codebook codes would be its own event beside the judgement)
    verbs = load_codebook().verbs
    assert not [v for v in load_judgement_lexicon().harm_verbs if v in verbs]


VALID_LEXICON = """
kinds: {blame: {code: "111", words: [mistake]}}
blame_when_negated: [legal]
copulas: [be]
labelling_verbs: [describe]
wish_verbs: [want]
blame_manners: [deliberately]
harm_verbs: [provoke]
concern: {code: "012", words: [concerned], prepositions: [over]}
suspicion_verbs: [suspect]
charge_nouns: [charge]
consequence_verbs: [deteriorate]
hostile_documents:
  {code: "111", nouns: [motion], issuing_verbs: [table], adjectives: [critical], prepositions: [against], prefixes: [anti]}
need_verbs: [need]
hope_verbs: [hope]
opinion_verbs: [think]
people_nouns: [immigrant]
seeing_verbs: [see]
appraisals:
  achievements: {code: "051", verbs: [make], nouns: [achievement]}
  credit: {code: "051", verbs: [develop], nouns: [leadership]}
  failings: {code: "111", verbs: [fail]}
"""


def test_a_complete_lexicon_parses() -> None:
    lexicon = parse_judgement_lexicon(yaml.safe_load(VALID_LEXICON))
    assert lexicon.hostile_documents.nouns == frozenset({"motion"})


@pytest.mark.parametrize(
    ("section", "broken"),
    [
        ("concern", {"code": "999", "words": ["concerned"], "prepositions": ["over"]}),
        ("concern", {"code": "012", "words": [], "prepositions": ["over"]}),
        ("hostile_documents", {"code": "111", "nouns": ["motion"]}),
        ("harm_verbs", []),
    ],
)
def test_a_malformed_new_section_is_refused(section: str, broken: object) -> None:
    raw = yaml.safe_load(VALID_LEXICON)
    raw[section] = broken
    with pytest.raises(JudgementLexiconError):
        parse_judgement_lexicon(raw)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Israel's nuclear arsenal has provoked an arms race in the region, a senior Saudi official said on Friday.",
            ("SAU", "111", "ISR"),
        ),
        (
            '"The fact that Israel has nuclear arms constitutes the most dangerous threat to the Gulf," said the Saudi'
            " foreign minister.",
            ("SAU", "111", "ISR"),
        ),
        (
            "The Ukrainian foreign minister said Russia's gas cut-off had undermined stability in Europe.",
            ("UKR", "111", "RUS"),
        ),
        (
            '"The blockade by the Serbian police has exacerbated the crisis," the Kosovo prime minister said.',
            ("XKX", "111", "SRB"),
        ),
    ],
)
def test_harm_a_speaker_says_another_party_did_criticises_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # no party did it
        '"The floods have damaged thousands of homes," the Thai interior minister said.',
        # the speaker's own side
        '"Japan\'s own mistakes have hurt relations with China," the Japanese prime minister said.',
        # denied, foretold
        '"Russia\'s gas cut-off has not harmed our economy," the Ukrainian president said.',
        '"Israel\'s settlements would undermine the peace process," the Egyptian foreign minister said.',
    ],
)
def test_harm_no_other_party_did_is_no_criticism(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("111") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States has also been concerned over China's rising military might in Asia.",
            ("USA", "012", "CHN"),
        ),
        ("Japan is deeply concerned about North Korea's missile launches, the foreign minister said.", ("JPN", "012", "PRK")),
        ('"We are worried about Russia\'s troop build-up," the Polish foreign minister said.', ("POL", "012", "RUS")),
        ("The Philippine government was alarmed by China's reclamation work in the Spratlys.", ("PHL", "012", "CHN")),
    ],
)
def test_concern_at_another_partys_act_is_a_pessimistic_comment_aimed_at_it(
    text: str, expected: tuple[str, str, str]
) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        "Residents are concerned about the floods in the north.",
        "The United States is not concerned about China's military budget.",
        "Japan's prime minister is worried about Japan's ageing population.",
    ],
)
def test_concern_at_no_other_party_or_denied_is_none(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("012") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Washington suspects Iran of seeking nuclear weapons.", ("USA", "112", "IRN")),
        ("Washington suspects Tehran is secretly enriching uranium for a bomb.", ("USA", "112", "IRN")),
    ],
)
def test_a_suspicion_of_another_party_accuses_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        '"I suspect that they will be much more low-profile," the Australian general said.',
        "Police suspect the man was killed by a jealous neighbour.",
        # a noun of crime the parser reads as a verb
        "NATO troops in Bosnia raided the home of a supporter of war crimes suspect Radovan Karadzic, a spokesman said.",
    ],
)
def test_a_hunch_about_no_coded_party_accuses_no_one(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("112") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        (
            "The United States accuses Iran of developing nuclear weapons in secret, a charge rejected by Tehran as"
            " politically motivated.",
            ("IRN", "12", "USA"),
        ),
        (
            "Washington suspects Iran is seeking to develop nuclear weapons, a charge denied by Tehran.",
            ("IRN", "016", "USA"),
        ),
        (
            "India accuses Pakistan of training militants in Kashmir, an allegation denied by Islamabad.",
            ("PAK", "016", "IND"),
        ),
    ],
)
def test_a_charge_denied_in_apposition_is_the_deniers_answer_to_the_accuser(
    text: str, denial: tuple[str, str, str]
) -> None:
    with keep_every_event():  # (the rule's answer; the learned floor is retrained on the rules at the session's end)
        found = triples_of(text)
    assert has(found, *denial), found
    assert has(found, denial[2], "112", denial[0]), found  # and the accusation itself


def test_a_charge_dropped_by_a_court_is_no_denial() -> None:
    found = triples_of("Pakistan accused the Indian diplomat of spying, a charge dropped by the court last year.")
    assert not any(code.startswith(("01", "12")) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway said it would put forward a motion critical of Iran's human rights record.", ("NOR", "111", "IRN")),
        (
            "All states backing an anti-Iran resolution submitted by Norway would harm their ties with Tehran, Iran"
            " warned.",
            ("NOR", "111", "IRN"),
        ),
        ("Norway announced plans to sponsor a motion condemning Iran at the rights commission.", ("NOR", "111", "IRN")),
        ("The European Union tabled a resolution against Burma at the UN rights commission.", ("IGOEUREEC", "111", "MMR")),
    ],
)
def test_putting_forward_a_motion_hostile_to_a_party_criticises_it(text: str, expected: tuple[str, str, str]) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # voting against or declining to back a motion is not putting it forward
        "Norway voted against a motion critical of Iran's human rights record.",
        "Norway decided not to sponsor a motion critical of Iran's human rights record.",
        # a motion hostile to the sponsor's own country
        "Iranian reformists tabled a motion critical of Iran's human rights record.",
        # a motion of no party
        "A motion critical of the human rights record was tabled on Monday.",
    ],
)
def test_no_sponsor_or_no_other_party_is_no_motion_criticism(text: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code.startswith("111") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"If the Danish government continues with its motion, this will definitely deteriorate bilateral'
            ' relations," the Chinese foreign ministry spokesman said.',
            ("CHN", "13", "DNK"),
        ),
        (
            "If Japanese leaders pay homage to the shrine, they will greatly hurt the feelings of the Chinese people,"
            " the Chinese ambassador said.",
            ("CHN", "13", "JPN"),
        ),
    ],
)
def test_harm_foretold_if_another_party_acts_is_a_warning_to_it(text: str, expected: tuple[str, str, str]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


@pytest.mark.parametrize(
    "text",
    [
        # a condition on no party
        '"If the rains fail again, the harvest will suffer," the Kenyan agriculture minister said.',
        # no harm foretold, or harm denied
        '"If Vietnam joins the pact, its exports will grow," the Vietnamese foreign minister said.',
        '"If China builds the dam, it will not affect our rivers," the Vietnamese foreign minister said.',
        # the speaker's own side
        '"If Kenya raises its tariffs, our trade will suffer," the Kenyan trade minister said.',
    ],
)
def test_no_harm_foretold_on_another_partys_act_is_no_warning(text: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith("13") for _s, code, _t in found), found
