"""Acts the rules did not see (session 10): a light verb's noun told by a relative clause or a participle,
ways into a country closed, parties informed, doers of nominal acts named by "by" under their patient,
killings named as a noun, exercises joined, ambassadors appointed. Sentences composed for these tests; each
group has cases where nothing must fire."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded, has

# (text, source, code or root, target), by group
SEEN = [
    # the noun a relative clause or a participle takes as its object
    ("Trucks were stranded at the Rafah crossing, which Egypt closed last week.", "EGY", "17", "PSE"),
    ("Lorries queued at the Torkham crossing that Pakistan shut to trade with Afghanistan.", "PAK", "17", "AFG"),
    ("The sanctions that the European Union imposed on Russia have hurt its economy.", "IGO", "16", "RUS"),
    ("The aid that Japan pledged to Vietnam arrived on Monday.", "JPN", "03", "VNM"),
    # ways into a country closed or reopened
    ("Israel sealed the border with Gaza on Friday.", "ISR", "17", "PSE"),
    ("Turkey closed its airspace to Russian planes on Monday.", "TUR", "17", "RUS"),
    ("Israel shut the Erez checkpoint after the attack from Gaza.", "ISR", "17", "PSE"),
    ("Hungary reopened the checkpoint on its border with Serbia.", "HUN", "08", "SRB"),
    # a party informed or notified is given information (064)
    ("China informed the United Nations of the chemical spill on Saturday.", "CHN", "064", "IGO"),
    ("The Chinese government has also informed Russia of the pollution in the river.", "CHN", "064", "RUS"),
    ("Japan notified South Korea of its decision on Monday.", "JPN", "064", "KOR"),
    # nominal acts: the doer named by "by" under the one the act is done to
    ("The arrest of a French journalist by Iranian police angered France.", "IRN", "17", "FRA"),
    ("The detention of two Canadian citizens by Chinese authorities strained relations.", "CHN", "17", "CAN"),
    ("The expulsion of Russian diplomats by Poland drew a sharp response.", "POL", "16", "RUS"),
    ("The killing of two Israeli soldiers by Hezbollah fighters sparked the war.", "LBN", "19", "ISR"),
    # (criticism of the act is aimed at its doer)
    ("Washington criticised the killing of hundreds of protesters by Uzbek troops.", "USA", "11", "UZB"),
    # exercises joined or taken part in, sanctions joined, ambassadors appointed
    ("Singapore troops participated in the exercise with troops from the Australian army.", "SGP", "06", "AUS"),
    ("Japan joined the naval drill with India off Chennai.", "JPN", "06", "IND"),
    ("Canada joined the sanctions against Russia on Friday.", "CAN", "16", "RUS"),
    ("Bahrain has appointed its first ambassador to Iran since 2016.", "BHR", "05", "IRN"),
]


@pytest.mark.parametrize(("text", "source", "code", "target"), SEEN)
def test_acts_seen(text: str, source: str, code: str, target: str) -> None:
    assert has(coded(text), source, code, target), coded(text)


# (text, code prefixes that must not be coded)
NOT_SEEN = [
    # a statement named as where words were said is no statement of its own
    ("Egyptian officials said in a statement issued on Monday that the crossing into Gaza was busy.", ("01",)),
    # the relative word is the subject: the noun does the act, it is not acted on
    ("The commission that imposed the fine on the club met on Friday.", ("16",)),
    # a deal sealed is an agreement; an index or shops closing are no act
    ("Britain and France sealed a deal on migration in London.", ("17",)),
    ("Tokyo's Nikkei index closed higher on Tuesday.", ("",)),
    ("Shops in Nairobi closed early ahead of the holiday.", ("",)),
    # what informs a decision is no party told anything
    ("The ministry said the new figures informed its policy on imports from China.", ("064",)),
    ("A spokesman said Germany would keep the public informed.", ("064",)),
    # an office filled at home: no act between parties (an organisation joined is cooperation with it: session 14,
    # tests/analyse/test_events_matcoop.py)
    ("The president of Kenya appointed a new defence minister on Monday.", ("05", "06", "16")),
    ("Thailand joined the World Trade Organization in 1995.", ("05", "16")),
]


@pytest.mark.parametrize(("text", "codes"), NOT_SEEN)
def test_acts_not_seen(text: str, codes: tuple[str, ...]) -> None:
    found = coded(text)
    assert not any(c.startswith(codes) for _, c, _ in found), found


def test_a_sealed_deal_stays_an_agreement() -> None:
    found = coded("Britain and France sealed a deal on migration in London.")
    assert has(found, "GBR", "05", "FRA"), found


def test_a_boycott_joined_is_not_aimed_at_its_leader() -> None:
    found = coded("Australia joined a US-led diplomatic boycott of the Winter Olympics on Wednesday.")
    assert not has(found, "AUS", "16", "USA"), found


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # whoever reacts to an act done to someone did not do it
        ("Lebanon mourned Hariri's killing on Monday.", "LBN"),
        ("France protested the arrest of its journalist in Iran.", "FRA"),
    ],
)
def test_who_reacts_to_a_suffered_act_did_not_do_it(text: str, country: str) -> None:
    found = coded(text)
    assert not any((s or "")[:3] == country and c[:2] in {"17", "19"} for s, c, _ in found), found
