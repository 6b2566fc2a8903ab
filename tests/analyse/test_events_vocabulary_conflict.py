"""Conflict-side vocabulary of news (CAMEO roots 10-20) the sentence DEV sets showed missing: each group of
codebook entries coded on sentences composed for these tests, and the wrong senses each group guards against.

The sentences are written for these tests (none is copied from a benchmark); actors are given by hand (see
tests/analyse/test_events.py), so what is checked is the codebook and the grammar reading it.
"""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from tests.analyse.test_events import events_of, triples


def coded(nlp, text: str) -> list[tuple[str | None, str, str | None]]:
    return triples(events_of(nlp, text))


def found(nlp, text: str, expected: tuple[str | None, str, str | None]) -> bool:
    """Whether the sentence has the expected event; with no target expected, only its doer and code are checked
    (acts that name no other party may be aimed at the doer's own country, a rule of the grammar, not of these words)."""
    events = coded(nlp, text)
    if expected[2] is None:
        return expected[:2] in [event[:2] for event in events]
    return expected in events


def roots(nlp, text: str) -> set[str]:
    return {code[:2] for _source, code, _target in coded(nlp, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is demanded names the kind of demand
        ("Ukraine demanded the withdrawal of Russian forces from the Black Sea coast.", ("UKR", "106", "RUS")),
        ("Japan demanded the release of the fishermen detained by China.", ("JPN", "1053", "CHN")),
        ("Pakistan demanded an international inquiry into the shooting by Indian troops.", ("PAK", "101", "IND")),
        ("France demanded an explanation from Iran for the seizure of the tanker.", ("FRA", "101", "IRN")),
        ("Georgia demanded talks with Russia on the disputed border.", ("GEO", "108", "RUS")),
        # demands handed, put forward or tabled
        ("The protesters handed the police a list of demands.", ("---OPP", "100", "---COP")),
        ("Pakistan put forward a list of demands to India.", ("PAK", "100", "IND")),
        ("Japan tabled a list of demands at the talks with China.", ("JPN", "100", "CHN")),
    ],
)
def test_demands_by_what_is_demanded(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert found(nlp, text, expected)


def test_demand_for_goods_is_no_demand(nlp) -> None:
    assert "10" not in roots(nlp, "Demand for Chinese steel fell sharply in Japan last year.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan took strong exception to remarks by Chinese officials on Taiwan.", ("JPN", "111", "CHN")),
        ("Iran put the United States on notice that it would close the strait.", ("IRN", "1381", "USA")),
        ("Russia brandished the threat of a nuclear strike against Ukraine.", ("RUS", "1385", "UKR")),
        # an attack unleashed, vowed: a threat of force
        ("North Korea vowed to unleash a wave of attacks on the United States.", ("PRK", "138", "USA")),
    ],
)
def test_disapproval_and_threat_idioms(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert found(nlp, text, expected)


def test_taking_part_and_putting_on_hold_are_no_conflict(nlp) -> None:
    assert not roots(nlp, "Japan took part in the talks with China.") & {"11", "13"}
    assert not roots(nlp, "China put the project on hold after talks with Vietnam.") & {"11", "13"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russian forces mounted an offensive against Ukraine in the east.", ("RUS", "190", "UKR")),
        ("Russian drones hit a power plant in Ukraine overnight.", ("RUS", "195", "UKR")),
        ("Russian forces captured the district from Ukraine.", ("RUS", "192", "UKR")),
        ("Russian forces seized a strategic hill in Ukraine.", ("RUS", "192", "UKR")),
        ("Russian forces dropped chlorine gas on the town in Ukraine.", ("RUS", "2041", "UKR")),
    ],
)
def test_attacks_mounted_hit_captured_and_dropped(nlp, text: str, expected: tuple[str, str, str]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "India's opener unleashed a flurry of shots against Pakistan.",  # cricket
        "France mounted an exhibition of Chinese art.",
        "Japan mounted a campaign for a seat on the Security Council.",
        "A typhoon hit Japan on Friday.",  # only weapons hitting a place attack it
        "Falling oil prices hit Russia hard.",
        "Russia dropped gas prices for Ukraine.",  # a gas that is no chemical weapon
    ],
)
def test_the_same_verbs_in_other_senses_are_no_attack(nlp, text: str) -> None:
    assert not roots(nlp, text) & {"18", "19", "20"}


def test_killed_by_hand_is_killing_by_assault(nlp) -> None:
    # "hacked / stoned / stabbed / clubbed to death", as "beaten to death"
    assert (None, "1823", "IND") in coded(nlp, "Gunmen hacked to death three villagers in India.")
    assert (None, "1823", "IRN") in coded(nlp, "Protesters were stoned to death in Iran.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Israel raised its readiness posture after North Korea tested a missile.", ("ISR", "152", None)),
        ("India flooded Kashmir with paramilitary police.", ("IND", "153", "INDCOP")),
        ("Russia massed tanks along the border with Ukraine.", ("RUS", "154", "UKR")),
        ("Georgia declared a general mobilisation after Russian forces crossed the border.", ("GEO", "154", None)),
        ("Israeli police went on high alert in Jerusalem.", ("---COP", "152", None)),
        ("North Korea carried out a missile test on Monday.", ("PRK", "150", None)),
        ("China lobbed missiles into the sea near Japan.", ("CHN", "150", "JPN")),
    ],
)
def test_force_posture(nlp, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert found(nlp, text, expected)


def test_police_drafted_in_but_not_resolutions_or_goods(nlp) -> None:
    assert (None, "153", "CHL") in coded(
        nlp, "Thousands of police were drafted into the capital of Chile after the riots."
    )
    assert roots(nlp, "France drafted a resolution on Ukraine at the United Nations.") == set()
    assert roots(nlp, "China flooded the Japanese market with cheap steel.") == set()
    assert roots(nlp, "France carried out tests on samples from Iran.") == set()  # a test of no weapon


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (over wages, a policy: 1432, the sub-code of the strike's aim)
        ("French doctors downed tools on Monday over unpaid wages.", ("FRA", "1432", "FRA")),
        ("French dock workers walked off the job on Monday.", ("FRA", "143", "FRA")),
        ("Protesters poured into the streets of Georgia.", (None, "141", "GEO")),
    ],
)
def test_strikes_and_crowds(nlp, text: str, expected: tuple[str | None, str, str | None]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States froze budget support to Ukraine.", ("USA", "162", "UKR")),
        # people kicked out are expelled (174); an international presence is withdrawn (166x)
        ("Russia kicked out two French journalists on Friday.", ("RUS", "174", "FRA")),
        ("Iran kicked out the UN inspectors last year.", ("IRN", "1662", None)),
        ("Iran cut internet access across the country during the protests.", ("IRN", "1721", None)),
        ("China blocked websites run by students in Hong Kong.", ("CHN", "1721", None)),
        ("A court in Iran dissolved the reformist party on Tuesday.", ("IRN", "1722", None)),
        ("The president of Georgia placed the country under martial law.", ("GEO", "1724", None)),
        ("Pakistan invoked emergency rule after the protests.", ("PAK", "1724", None)),
    ],
)
def test_reducing_relations_and_coercion(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Russia froze fuel prices for Ukraine.",
        "Japan cut interest rates on Monday.",
        "The prime minister of Japan dissolved parliament on Friday.",
        # in a sports report, a team kicked out of a tournament is no expulsion
        "Japan were kicked out of the World Cup by France in the quarterfinal.",
    ],
)
def test_prices_rates_parliaments_and_teams_are_no_coercion(nlp, text: str) -> None:
    assert not roots(nlp, text) & {"16", "17"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # diplomats kicked out are expelled as by "expel" (166); journalists and nationals are individuals (174)
        ("Russia kicked out two French diplomats on Friday.", ("RUS", "166", "FRA")),
        ("Russia expelled two French journalists on Friday.", ("RUS", "174", "FRA")),
        ("Iran ordered the arrest of two French nationals.", ("IRN", "173", "FRA")),
        ("Russia ordered a partial mobilisation on Wednesday.", ("RUS", "154", None)),
        ("South Korea raised its alert level after North Korea tested a missile.", ("KOR", "152", None)),
        ("Russian jets attacked a convoy in Ukraine.", ("RUS", "195", "UKR")),
        ("Israel sealed off the Gaza Strip on Tuesday.", ("ISR", "191", None)),
        ("Israel blockaded the port of Gaza.", ("ISR", "191", None)),
        # roads blockaded by a crowd are an obstruction (144), not a blockade of a country
        ("Farmers in India blockaded highways into New Delhi.", ("IND", "144", None)),
        ("Police in Iran crushed the protests by students.", ("IRNCOP", "175", None)),
    ],
)
def test_expulsions_orders_alerts_and_repression(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan sought an explanation from China for the incursion.", ("JPN", "101", "CHN")),
        ("Iran refused to allow UN investigators into the country.", ("IRN", "1245", None)),
        # walking away from talks is breaking them off; said on a condition, a threat to (134)
        (
            "Iran said it would walk away from the talks with the United States if sanctions were not lifted.",
            ("IRN", "134", "USA"),
        ),
        ("Israel recalled its negotiating team from Doha.", ("ISR", "164", None)),
        ("Russia paused its talks with Ukraine.", ("RUS", "164", "UKR")),
        ("The United States paused funding to Ukraine.", ("USA", "1621", "UKR")),
        ("Russia pulled the plug on the grain deal with Ukraine.", ("RUS", "160", "UKR")),
    ],
)
def test_explanations_sought_refusals_and_talks_halted(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # kicked out of school, the navy or a country, a pupil, a sailor or a disease is expelled by no one
        "Several pupils in Japan were kicked out of school for poor grades.",
        "Polio has been kicked out of Pakistan, the United Nations said.",
        "A sailor from Chile was kicked out of the navy.",
        # a chance seized, a rival crushed at cricket, a pause for silence, a cordon after a blast
        "Japan seized the chance to host the summit.",
        "Pakistan crushed India by eight wickets in the cricket final.",
        "Japan paused for a minute of silence.",
        "Police sealed off the area in Paris after the blast.",
        # a state of emergency after floods is no coercion
        "The government of Japan placed the region under a state of emergency after the floods.",
    ],
)
def test_other_senses_of_the_same_words_are_no_conflict(nlp, text: str) -> None:
    assert not roots(nlp, text) & {"16", "17", "18", "19"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Iran hanged two French nationals on Saturday.", ("IRN", "1823", "FRA")),
        ("Gunmen snatched two French aid workers in Pakistan.", (None, "181", "FRA")),
        ("Georgia's opposition shunned the parliamentary elections.", ("GEO", "143", None)),
        ("Japanese workers staged a walkout on Monday.", ("JPN", "143", "JPN")),
        ("The United States slapped export controls on chips bound for China.", ("USA", "163", "CHN")),
        ("Russia built up troops along the border with Ukraine.", ("RUS", "154", "UKR")),
        ("Russia poured reinforcements into Ukraine.", ("RUS", "154", "UKR")),
        ("Russia shuttered its embassy in Georgia.", ("RUS", "161", "GEO")),
        ("Russia placed the assets of French firms under state management.", ("RUS", "1711", "FRA")),
        ("Israel bulldozed homes in Gaza.", ("ISR", "1712", None)),
        ("Iran scuttled the talks with France.", ("IRN", "164", "FRA")),
    ],
)
def test_executions_abductions_boycotts_build_ups_and_seizures(
    nlp, text: str, expected: tuple[str | None, str, str | None]
) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Japan hung the Chinese flag at the summit.",  # a flag, even a Chinese one, is no person hanged
        "Japan snatched a late victory over China in the World Cup.",
        "China built up its capacity for space missions.",
        "The United States poured money into Ukraine.",
    ],
)
def test_flags_victories_capacity_and_money_are_no_conflict(nlp, text: str) -> None:
    assert not roots(nlp, text) & {"15", "17", "18"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what is insisted on names the demand, as with "demand"
        ("Ukraine insisted on the withdrawal of Russian forces.", ("UKR", "106", "RUS")),
        ("Japan insisted on talks with China.", ("JPN", "108", "CHN")),
        ("The opposition in Georgia tore into the government over the deal with Russia.", ("GEO", "111", "RUS")),
        ("Iran poured scorn on the offer from the United States.", ("IRN", "111", "USA")),
        ("Japan heaped criticism on China over the drills.", ("JPN", "111", "CHN")),
        # a proposal shot down is rejected; a drone shot down is attacked
        ("Russia shot down the proposal by Japan.", ("RUS", "125", "JPN")),
        ("Russia shot down a drone from Ukraine.", ("RUS", "195", "UKR")),
        ("Iran torpedoed the talks with France.", ("IRN", "164", "FRA")),
        ("Russian forces rained rockets on the town in Ukraine.", ("RUS", "195", "UKR")),
        # flags and effigies burned are a protest, not destroyed property
        ("Protesters in Pakistan burned an effigy of the president of India.", ("PAK", "141", "IND")),
        ("Protesters in Iran chanted slogans against the United States.", ("IRN", "141", "USA")),
        ("Russia placed the opposition leader under house arrest.", ("RUS", "173", None)),
        ("Pakistan stripped two Indian nationals of their citizenship.", ("PAK", "172", None)),
    ],
)
def test_demands_insisted_on_verbal_attacks_protests_and_arrests(
    nlp, text: str, expected: tuple[str, str, str | None]
) -> None:
    assert found(nlp, text, expected)


def test_burned_flags_are_no_destruction_and_players_tearing_into_each_other_no_attack(nlp) -> None:
    assert "17" not in roots(nlp, "Protesters in Pakistan burned American flags.")
    assert roots(nlp, "France and Japan tore into each other in the World Cup semifinal.") == set()
    assert roots(nlp, "A storm rained debris on Japan.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States frowned on the deal between Iran and China.", ("USA", "110", "IRN")),
        ("China bristled at the remarks by officials in Japan.", ("CHN", "111", "JPN")),
        ("Iran ripped into France over the sanctions.", ("IRN", "111", "FRA")),
        ("Japan took China to task over the drills.", ("JPN", "111", "CHN")),
        ("Israel pointed the finger at Iran for the attack.", ("ISR", "112", "IRN")),
        ("Iran revoked the accreditation of two French journalists.", ("IRN", "1721", "FRA")),
        # a town assaulted by troops is attacked; people assaulted by police are assaulted
        ("Russian forces assaulted the town in Ukraine.", ("RUS", "190", "UKR")),
        ("Police in Iran assaulted two French journalists.", ("IRNCOP", "182", "FRA")),
        ("Ukraine sank a Russian warship in the Black Sea.", ("UKR", "190", "RUS")),
        ("Russia's chemical attack on the town in Ukraine killed dozens.", ("RUS", "2041", None)),
    ],
)
def test_disapproval_blame_and_attacks_in_other_words(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    # what the rules code: the acceptance floor may drop a sentence's weaker event (test_events_acceptance)
    with keep_every_event():
        assert found(nlp, text, expected)


def test_a_ship_that_sinks_is_sunk_by_no_one(nlp) -> None:
    assert roots(nlp, "The ferry sank off Japan on Monday.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaCy gives "raped" the lemma "rap": people named as raped are raped, not rebuked
        ("Russian soldiers raped dozens of women in the town in Ukraine.", ("RUS", "1821", "UKR")),
        ("Women were raped by Russian soldiers in Ukraine.", ("RUS", "1821", "UKR")),
        ("China rapped Japan over the visit to the shrine.", ("CHN", "111", "JPN")),
        ("A court in Pakistan disbanded the opposition party.", ("PAK", "1722", None)),
        ("Japan brought a case against China before the tribunal.", ("JPN", "115", "CHN")),
        ("China served notice on Japan that there would be consequences.", ("CHN", "130", "JPN")),
        ("Russian jets struck a convoy in Ukraine.", ("RUS", "195", "UKR")),
        ("Japan cancelled the exchange programme with China.", ("JPN", "160", "CHN")),
        ("The United States cut funding for Ukraine.", ("USA", "162", "UKR")),
        ("Soldiers from Israel enforced a curfew in Gaza.", ("ISR", "1723", None)),
        ("Soldiers from Israel put the village to the torch.", ("ISR", "1712", None)),
        ("Russian forces carried out an ethnic cleansing campaign in Ukraine.", ("RUS", "203", "UKR")),
        ("Russia barred international monitors from observing the vote.", ("RUS", "1245", None)),
        ("Russian forces used chemical weapons against Ukraine.", ("RUS", "2041", "UKR")),
        ("Iran declined to ease its crackdown on protesters.", ("IRN", "1242", None)),
        ("Farmers in India cut off highways into New Delhi.", ("IND", "144", None)),
        ("Shoppers in Iran boycotted French products.", ("IRN", "143", "FRA")),
        ("Iran ordered the UN inspectors out of the country.", ("IRN", "1662", None)),
        ("Pakistan ordered two Indian diplomats to leave the country.", ("PAK", "166", None)),
    ],
)
def test_round_six_vocabulary(nlp, text: str, expected: tuple[str, str, str | None]) -> None:
    assert found(nlp, text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The commission of Japan will take up the task of counting the damage in China.",  # a task, no rebuke
        "The heavy rain cut off roads in Japan.",
    ],
)
def test_tasks_taken_up_and_roads_cut_by_rain_are_no_conflict(nlp, text: str) -> None:
    assert not roots(nlp, text) & {"11", "14", "16"}
