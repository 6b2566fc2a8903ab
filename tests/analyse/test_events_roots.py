"""The root chosen where the parties are right (session 15): what a speaker's side owes jointly with another.

- '"We should expand exchanges," Hu told Kibaki', 'told Abe that the two countries should speed up
  consultation': what the teller's side owes with the party told is its proposal to that party, a stated intent
  (03, verbs.yaml ``modality: intent``), not a demand on it (10).
- 'Wen said China and Vietnam should deepen cooperation', 'both countries should cement their cooperation': an
  owed act whose doers take in the speaker's side and another is the speaker's intent toward the other (03), not
  an appeal (02) (speech.includes_speaker, speech.proposal).
- Unchanged: what another party alone owes ('Japan should stop its provocations' 02, 'told Abe that Japan should
  face up to history' 10), a lone pronoun read as the speaker ('it must abandon ...'), 'we' said to no one ('we
  must do it': the speaker's side alone), conflict owed jointly ('we should punish them'), a negated duty.

The sentences are composed for these tests and go through the whole pipeline (the actors are the actor stage's own).
"""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We should strengthen cooperation in trade and energy," Chinese Premier Wen Jiabao told Russian Prime'
            " Minister Mikhail Fradkov on Monday.",
            ("CHN", "03", "RUS"),
        ),
        (
            "Chinese President Hu Jintao told Kenyan President Mwai Kibaki on Friday that we should expand exchanges"
            " between our governments and peoples.",
            ("CHN", "03", "KEN"),
        ),
        (
            "Chinese Premier Wen Jiabao said on Tuesday that China and Vietnam should deepen cooperation in energy.",
            ("CHN", "03", "VNM"),
        ),
        (
            "The Indian prime minister said India and Nepal must expand cooperation in hydropower.",
            ("IND", "03", "NPL"),
        ),
    ],
)
def test_a_duty_the_speakers_side_shares_with_another_is_a_proposal(text: str, expected: tuple) -> None:
    with keep_every_event():  # (the rule's answer; the learned floor is retrained on the rules at the session's end)
        found = triples_of(text)
    assert has(found, *expected), found
    source, _code, target = expected
    assert not has(found, source, "10", target) and not has(found, source, "02", target), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another party alone owes it: an appeal or a demand, as before
        ("Japan should stop its provocations, Chinese Foreign Minister Wang Yi said on Monday.", ("CHN", "02", "JPN")),
        (
            "Chinese Premier Wen Jiabao told Japanese Prime Minister Shinzo Abe that Japan should face up to history.",
            ("CHN", "10", "JPN"),
        ),
        ("Chinese Premier Wen Jiabao told Japan to stop its provocations.", ("CHN", "10", "JPN")),
    ],
)
def test_a_duty_another_party_owes_alone_stays_a_request(text: str, expected: tuple) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *expected), found
    assert not has(found, expected[0], "03", expected[2]), found


@pytest.mark.parametrize(
    "text",
    [
        # 'it' read as the speaker is no joint doer: what the other party must do is demanded of it
        '"If Japan wants better relations, it must first abandon its hostile policy," the North Korean foreign'
        " ministry spokeswoman said.",
        # 'we' said to no party is the speaker's side alone
        '"We must support the reforms and it will be done," the Russian finance minister said on Monday.',
        # conflict owed jointly is no proposal of cooperation
        '"We should attack the rebels together," the Chadian president told the Sudanese president.',
        # a duty denied is no proposal
        "The Chinese foreign minister said China and Japan should not hold talks on the islands.",
    ],
)
def test_no_proposal_without_a_joint_cooperative_duty(text: str) -> None:
    with keep_every_event():
        found = triples_of(text)
    assert not any(code.startswith("03") for _s, code, _t in found), found
