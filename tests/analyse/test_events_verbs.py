"""Verbs, phrasals and light-verb nouns taken from the CAMEO 2.0 verb dictionary (petrarch2, MIT; see the header of
detente/data/cameo/verbs.yaml). Sentences composed for these tests in the style of wire news; each group has
negative cases for the senses of the word that are no event, or another one."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded, has

# --- bare verbs of the dictionary's synonym blocks ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Venezuela's president acclaimed Cuba's doctors during a ceremony in Caracas.", "VEN", "05", "CUB"),
        ("Moscow moved to legitimize the vote held by separatists in eastern Ukraine.", "RUS", "05", "UKR"),
        ("Pyongyang's state media maligned South Korea's president as a traitor.", "PRK", "11", "KOR"),
        ("Protesters in Athens jeered the visiting US secretary of state.", "GRC", "11", "USA"),
        ("Iran contravened the Security Council resolution by enriching uranium.", "IRN", "12", "IGO"),
        ("Egyptian police re-arrested the Italian researcher a day after his release.", "EGY", "17", "ITA"),
        ("Japanese officials conversed with North Korean diplomats in Beijing about the abductees.", "JPN", "04", "PRK"),
        ("Chinese warplanes overflew Taiwan's outlying islands on Monday.", "CHN", "15", "TWN"),
    ],
)
def test_dictionary_verbs_code_as_cameo_does(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(text), source, root, target), coded(text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # no party acted on: a dog savages, locusts or voters decimate, fans jeer a decision, a woman contacts the police
        ("A British tourist was savaged by a dog on a beach in Crete.", "11"),
        ("Locusts decimated the maize crop in southern Niger.", "19"),
        ("The ruling party decimated the opposition in the municipal elections.", "19"),
        ("Fans jeered the referee's decision in the second half.", "11"),
        ("A British woman contacted the police, who arrested the man two hours later.", "04"),
    ],
)
def test_dictionary_verbs_need_a_party_acted_on(text: str, root: str) -> None:
    assert not any(c.startswith(root) for _, c, _ in coded(text)), coded(text)


# --- light-verb nouns of the dictionary's object patterns ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Iraq broke the embargo by selling oil to Jordan.", "IRQ", "12", "JOR"),
        ("The Chinese foreign ministry expressed alarm at Japan's decision to expand its naval patrols.", "CHN", "01",
         "JPN"),
        ("Beijing voiced disapproval of the Philippine navy's new patrols near the shoal.", "CHN", "11", "PHL"),
        ("Moscow withdrew two diplomats from Tallinn after the expulsion of a Russian official.", "RUS", "16", "EST"),
        ("The opposition delivered a petition to the United Nations envoy in Kabul.", "AFG", "02", "IGO"),
        ("The European Union introduced an embargo on Syrian oil on Friday.", "IGO", "16", "SYR"),
        ("Ecuador granted refuge to the former Bolivian minister.", "ECU", "07", "BOL"),
        ("Saudi Arabia lifted its boycott of Qatari goods.", "SAU", "08", "QAT"),
        ("Kenya reduced ties with Somalia after the border clash.", "KEN", "16", "SOM"),
        ("Russia cut military cooperation with NATO after the expulsions.", "RUS", "16", "IGO"),
        ("Tokyo issued an apology to Seoul for the wartime abuses.", "JPN", "05", "KOR"),
        ("Guyana filed a claim against Venezuela at the International Court of Justice.", "GUY", "11", "VEN"),
        ("Russia found fault with the American proposal, officials said.", "RUS", "11", "USA"),
    ],
)
def test_dictionary_light_nouns_name_the_act(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(text), source, root, target), coded(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # a claim to territory rejected is refused, not denied (and "rejected the allegations" stays a rejection,
        # as the golds code it); prisoners a state holds are detained, not hostages; land seized from farmers is
        # confiscated, not occupied
        ("China rejected Japan's claim to the islands in the East China Sea.", "016"),
        ("India's foreign ministry rejected the Pakistani allegations as baseless.", "016"),
        ("Israel holds about 9,000 Palestinian prisoners in its jails.", "181"),
        # "March" the month is no march held
        ("Israel will hold general elections on March 28, with three major parties competing.", "141"),
        ("Zimbabwean war veterans seized land from white farmers in Mashonaland.", "192"),
        # faults found in a thing, or none found, blame no one
        ("The inspectors found no fault with the reactor.", "111"),
        ("Investigators found faults in the wiring of the Chinese-built plane.", "111"),
    ],
)
def test_dictionary_light_nouns_left_out_where_news_means_another_act(text: str, code: str) -> None:
    assert not any(c == code for _, c, _ in coded(text)), coded(text)
