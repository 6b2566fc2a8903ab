"""Gold-style acts that had no candidate at all in their sentence (session 18): constructions of everyday news
the rules did not read. Sentences composed for these tests in the style of wire news, through the whole pipeline,
with negatives where the rule must not fire."""

from __future__ import annotations

import pytest

from detente.analyse.events.patterns import load_codebook

from .test_events_precision import coded, has

SLOW = pytest.mark.slow


# --- a visit told as travelling or being somewhere "for" or "on" it (verbs.yaml visit_travel_verbs) ---------


def test_the_travel_verbs_load() -> None:
    words = load_codebook().visit_travel_verbs
    assert {"arrive", "be", "fly"} <= words


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "HANOI, May 4 (Xinhua) -- Chinese President Hu Jintao arrived here Tuesday for a three-day official "
            "goodwill visit.",
            "CHN",
            "VNM",
        ),
        ("Namibian President Hifikepunye Pohamba is in Singapore for a four-day state visit.", "NAM", "SGP"),
        ("Kenyan Prime Minister Raila Odinga flew to Tokyo on Sunday on a five-day working visit.", "KEN", "JPN"),
    ],
)
def test_the_traveller_makes_the_visit(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "042", target)


@SLOW
@pytest.mark.parametrize(
    "text",
    [
        # announced, not under way: no visit made yet
        "Japanese Prime Minister Shinzo Abe will be in India next week for a state visit.",
        # not a visit: travelling for a match
        "NAIROBI, May 4 (Xinhua) -- The Brazilian team arrived here on Sunday for the final.",
        # coming back from a visit is not making one
        "NAIROBI, May 4 (Xinhua) -- Chinese Vice Premier Wu Yi is back from a visit to Tanzania.",
        # carried there: the one flown in makes no visit of its own choosing told here
        "NAIROBI, May 4 (Xinhua) -- Two wounded Somali officials were flown here on Sunday for a visit.",
    ],
)
def test_no_visit_without_a_traveller_on_a_visit(text: str) -> None:
    assert not any(code.startswith("042") for _s, code, _t in coded(text))


@SLOW
def test_a_travel_verb_coded_itself_is_not_coded_twice() -> None:
    found = coded("Chinese President Hu Jintao arrived in Hanoi on Monday for a state visit.")
    assert sum(code.startswith("042") for _s, code, _t in found) == 1


# --- light-verb nouns the codebook lacked (verbs.yaml light_verbs) -----------------------------------------


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "code", "target"),
    [
        ("Hamas leader Mahmoud al-Zahar shook hands with Palestinian President Mahmoud Abbas.", "PSE", "040", "PSE"),
        ("Israel froze high-level contacts with the Palestinian Authority on Monday.", "ISR", "161", "PSE"),
        ("Seoul suspended contacts with Pyongyang after the missile test.", "KOR", "161", "PRK"),
        ("China said it is willing to strengthen exchanges with Tanzania.", "CHN", "03", "TZA"),
        ("Israel has blocked a UN fact-finding mission led by Desmond Tutu.", "ISR", "1245", "IGO"),
        ("Iran barred an IAEA inspection of the Parchin site.", "IRN", "1245", "IGO"),
    ],
)
def test_light_verb_nouns_added(text: str, source: str, code: str, target: str) -> None:
    assert has(coded(text), source, code, target)


@SLOW
@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a road block, a fighting force blocked: no international mission refused
        ("Protesters blocked the main road to the airport on Monday.", "1245"),
        # a supply run blocked is a blockade, not an international mission refused
        ("Vietnamese navy ships blocked a Chinese supply mission to the reef on Friday.", "1245"),
        # contacts in a phone book are no relations
        ("Police froze the bank accounts of the suspects.", "161"),
        # a hand shaken by no party named: no meeting
        ("The earthquake shook the hands of the clock tower loose.", "040"),
    ],
)
def test_light_verb_nouns_added_do_not_fire_elsewhere(text: str, root: str) -> None:
    assert not any(code.startswith(root) for _s, code, _t in coded(text))


# --- acts of making something done jointly (verbs.yaml joint_work_markers, joint_work_verbs) -----------------


@SLOW
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "A poverty relief project has been jointly established by the United Nations Development Programme and "
            "the Chinese government.",
            "IGO",
            "CHN",
        ),
        ("Chinese and Kenyan scientists jointly developed a new malaria vaccine.", "CHN", "KEN"),
        ("Japan built the power plant together with Vietnam.", "JPN", "VNM"),
    ],
)
def test_what_two_parties_make_together_is_cooperation(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "06", target)


@SLOW
@pytest.mark.parametrize(
    "text",
    [
        "China and Pakistan will jointly build a new port.",  # announced, not done
        "China plans to jointly develop the oil field with Vietnam.",  # a plan
        "The United States and Britain did not jointly fund the project.",  # denied
        "Thai and Lao officials jointly opened the bridge.",  # opening a bridge makes nothing
        "Japan built the power plant near the border with Vietnam.",  # no marker of doing it together
    ],
)
def test_no_joint_work_unless_done_together(text: str) -> None:
    assert not any(code.startswith("06") for _s, code, _t in coded(text))
