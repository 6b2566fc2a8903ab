"""Coverage: acts that news reports in wordings the codebook did not reach (issue 5). Sentences composed for
these tests; each group has negative cases for the senses it must not take."""

from __future__ import annotations

import pytest

from tests.analyse.test_events_precision import coded, has

# --- refusing an act the codebook does not code is a rejection (CAMEO 12) -----------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Budapest refused to lift its veto on the Ukraine aid package.", "HUN", "UKR"),
        ("Washington declined to renew the waiver for Iraqi purchases of Iranian electricity.", "USA", None),
        ("The Turkish government refused to hand over the suspects to Sweden.", "TUR", "SWE"),
    ],
)
def test_refusing_an_uncoded_act_is_a_rejection(text: str, source: str, target: str | None) -> None:
    found = coded(text)
    assert any(s and s[:3] == source and c.startswith("12") for s, c, _ in found), found
    if target:
        assert has(found, source, "12", target), found


@pytest.mark.parametrize(
    "text",
    [
        # withholding words is no rejection of a party
        "The Japanese foreign ministry declined to give details of the talks with Seoul.",
        "A French diplomat, who declined to be named, said the talks with Iran had stalled.",
        "Egypt's foreign minister declined to comment on the reports from Gaza.",
        # a refusal only supposed, or of no act done to anything
        "Washington would impose sanctions if Khartoum refused to change its position.",
        "Striking teachers in Lagos refused to go back to work.",
    ],
)
def test_withheld_words_and_supposed_refusals_are_no_rejection(text: str) -> None:
    assert not any(c.startswith("12") for _, c, _ in coded(text)), coded(text)


# --- intrusions into computers: hacking is coercion (CAMEO 17, PLOVER COERCE) -------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian hackers tried to hack into the email accounts of German lawmakers.", "RUS", "DEU"),
        ("Chinese hackers broke into the computers of the Indian power grid operator.", "CHN", "IND"),
        ("Iranian hackers breached the networks of three Israeli water utilities.", "IRN", "ISR"),
        ("North Korean spies hacked the servers of South Korea's nuclear power operator.", "PRK", "KOR"),
        ("Moscow launched a cyberattack against Estonia's government websites.", "RUS", "EST"),
    ],
)
def test_hacking_is_coercion(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "17", target), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Burglars broke into a house in Lyon and stole jewellery.",
        "The finance minister hacked away at the defence budget.",
        "The singer broke into tears as the crowd in Seoul cheered.",
    ],
)
def test_break_ins_and_cuts_are_no_coercion(text: str) -> None:
    assert not any(c.startswith("17") for _, c, _ in coded(text)), coded(text)


# --- an act an accusation is about was done by the accused, not the accuser ----------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "root", "victim", "accuser"),
    [
        ("Canberra blamed Beijing for a cyberattack on Australian parliament computers.", "CHN", "17", "AUS", "AUS"),
        ("Yerevan accused Baku of an artillery attack on Armenian border villages.", "AZE", "19", "ARM", "ARM"),
    ],
)
def test_the_accused_did_the_act(text: str, doer: str, root: str, victim: str, accuser: str) -> None:
    found = coded(text)
    assert has(found, doer, root, victim), found
    assert not has(found, accuser, root, victim), found


# --- diplomatic and aid wording of state media and business wires ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        # support declared; an envoy's credentials; an arrangement reached; notes exchanged
        ("Uzbekistan declared support for Kazakhstan's bid for a seat on the Security Council.", "UZB", "05", "KAZ"),
        (
            "The new Brazilian ambassador presented his credentials to Indian President Droupadi Murmu.",
            "BRA",
            "05",
            "IND",
        ),
        ("Hanoi and Beijing reached an arrangement on fishing rights in the Gulf of Tonkin.", "VNM", "03", "CHN"),
        ("India and Bangladesh exchanged notes on the border agreement in Dhaka.", "IND", "05", "BGD"),
        # aid announced or unveiled for a party
        ("Canada announced a grant of 30 million dollars to Haiti for police training.", "CAN", "07", "HTI"),
        ("Germany unveiled 200 million euros in emergency assistance for Ukraine.", "DEU", "07", "UKR"),
        # a weapon tested shows force
        ("Pakistan tested a nuclear-capable cruise missile on Tuesday.", "PAK", "15", None),
    ],
)
def test_diplomatic_and_aid_wording(text: str, source: str, root: str, target: str | None) -> None:
    found = coded(text)
    if target is None:
        assert any(s and s[:3] == source and c.startswith(root) for s, c, _ in found), found
    else:
        assert has(found, source, root, target), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Oil prices are set to rise as Opec cuts output.", "03"),
        ("The Brazilian striker tested positive for a banned substance.", "15"),
        ("The election result will test the resolve of the ruling coalition.", "15"),
        ("The minister announced his resignation after the flood.", "07"),
    ],
)
def test_wording_of_other_senses_is_no_such_event(text: str, root: str) -> None:
    assert not any(c.startswith(root) for _, c, _ in coded(text)), coded(text)


# --- an act a speaker rules out is refused; a capability is no act ------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Kremlin said any meeting with the Ukrainian president was out of the question.", "RUS", "UKR"),
        ("Washington officials said lifting the sanctions on Syria was out of the question for now.", "USA", "SYR"),
        ("Israel said a truce with Hezbollah was off the table.", "ISR", "LBN"),
    ],
)
def test_an_act_ruled_out_is_refused(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "12", target), coded(text)


def test_a_holiday_ruled_out_is_no_event() -> None:
    assert coded("A holiday abroad is out of the question this summer, the teacher said.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Iran has trained hundreds of drone pilots capable of striking targets in Iraq.",
        "Russia deployed bombers able to strike European capitals to Belarus.",
    ],
)
def test_a_capability_is_no_attack(text: str) -> None:
    assert not any(c.startswith(("18", "19")) for _, c, _ in coded(text)), coded(text)


# --- "called for X to ...": the for-clause names the party appealed to, its act is not done -----------------


@pytest.mark.parametrize(
    ("text", "source", "target", "not_done"),
    [
        ("The African Union called for Ethiopia to withdraw its troops from Somalia.", "IGO", "ETH", "08"),
        ("The UN rights office called for Myanmar to free the detained journalists.", "IGO", "MMR", "08"),
        ("Brussels called for Belgrade to recognise Pristina's vehicle plates.", "IGO", "SRB", "05"),
    ],
)
def test_called_for_a_party_to_act(text: str, source: str, target: str, not_done: str) -> None:
    found = coded(text)
    assert any((s or "")[:3] == source and c.startswith("02") and (t or "")[:3] == target for s, c, t in found), found
    assert not any((s or "")[:3] == target and c.startswith(not_done) for s, c, _ in found), found


def test_called_for_calm_is_no_appeal_to_a_party() -> None:
    assert not any(t for _, c, t in coded("Religious leaders in Lagos called for calm.") if c.startswith("02"))


# --- an act done "in protest" is a protest ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of Georgian students sat outside parliament in protest against the foreign agents law.",
        "Kenyan nurses stayed away from hospitals in Nairobi in protest.",
    ],
)
def test_an_act_in_protest_is_a_protest(text: str) -> None:
    assert any(c.startswith("14") for _, c, _ in coded(text)), coded(text)


def test_a_protest_named_in_passing_is_no_act_of_the_subject() -> None:
    found = coded("The Japanese ambassador was caught in the protest outside the embassy in Seoul.")
    assert not any((s or "").startswith("JPN") and c.startswith("14") for s, c, _ in found), found


# --- the dead and wounded an act leaves are its victims ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Russian shelling left 12 Ukrainian civilians dead in Kharkiv.", "RUS", "UKR"),
        ("Al-Shabaab attacks have left dozens of Kenyan soldiers dead this year.", "SOM", "KEN"),
    ],
)
def test_those_an_act_leaves_dead_are_its_victims(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "1", target), coded(text)


def test_a_storm_that_leaves_people_dead_is_no_act() -> None:
    assert coded("The cyclone left 40 Bangladeshi villagers dead and thousands homeless.") == []


# --- a crowd gathering for a rally or march holds it ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Thousands of Ghanaians gathered in Accra for a rally against the new electronic levy.", "GHA"),
        ("Tens of thousands of Poles converged on Warsaw for a march against the abortion ruling.", "POL"),
        ("Hundreds of Armenians joined a march in Yerevan against the border deal.", "ARM"),
        ("Thousands of Chileans turned out for a demonstration in Santiago against the pension reform.", "CHL"),
    ],
)
def test_a_crowd_gathering_for_a_rally_protests(text: str, source: str) -> None:
    assert any((s or "")[:3] == source and c.startswith("14") for s, c, _ in coded(text)), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "Asian shares extended a rally in Tokyo on Monday as the yen weakened.",
        "Football fans gathered for a rally before the cup final in Madrid.",
        "Talks between Seoul and Tokyo will resume in March in Geneva.",
        "The Korean ambassador gathered his staff for a meeting in Tokyo.",
    ],
)
def test_rallies_of_markets_and_fans_are_no_protest(text: str) -> None:
    assert not any(c.startswith("14") for _, c, _ in coded(text)), coded(text)


# --- intent told by an adjective that takes the act ("open to talks"); ultimatums as deadlines ---------------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("Caracas remained open to talks with Washington on oil licences.", "VEN", "03", "USA"),
        ("The Kremlin said Putin was open to meeting the Ukrainian president.", "RUS", "03", "UKR"),
        ("Hanoi is ready for dialogue with Beijing over the disputed reef.", "VNM", "03", "CHN"),
        ("The EU gave Serbia a deadline of June to hand over the two suspects.", "IGO", "13", "SRB"),
        ("The African Union set Sudan a deadline of May to halt all hostilities.", "IGO", "13", "SDN"),
        # acts done together by joint subjects
        ("Armenia and Azerbaijan completed a prisoner exchange on the border.", "ARM", "08", "AZE"),
        ("India and France concluded joint naval exercises off Goa.", "IND", "06", "FRA"),
    ],
)
def test_intent_adjectives_deadlines_and_joint_acts(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(text), source, root, target), coded(text)


@pytest.mark.parametrize(
    "text",
    [
        "The new museum in Seoul is open to the public from Monday.",
        "Farmers in Ukraine are ready for the harvest.",
        "Tokyo and Seoul fans watched the final together.",
    ],
)
def test_open_to_the_public_and_watching_together_are_no_acts(text: str) -> None:
    assert coded(text) == [], coded(text)


def test_joint_critics_of_an_attack_did_not_attack_each_other() -> None:
    found = coded("Brazil and Colombia issued statements deploring the raid on the Mexican embassy.")
    assert not has(found, "BRA", "19", "COL"), found


# --- readouts of state media: relations reviewed, greetings conveyed, licences restored, trips planned ---------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("The Vietnamese ambassador conveyed the greetings of President Luong Cuong to Putin.", "VNM", "05", "RUS"),
        ("Kim Jong Un expressed thanks to Lavrov for Russia's support.", "PRK", "05", "RUS"),
        ("Beijing restored import licences for three Canadian canola exporters.", "CHN", "08", "CAN"),
        ("The Hungarian foreign minister announced plans to travel to Beijing next month.", "HUN", "03", "CHN"),
    ],
)
def test_state_media_readouts(text: str, source: str, root: str, target: str) -> None:
    assert has(coded(text), source, root, target), coded(text)


def test_two_leaders_reviewing_relations_consult() -> None:
    found = coded(
        "Saudi Crown Prince Mohammed bin Salman met Qatar's emir in Riyadh. The two leaders reviewed bilateral relations."
    )
    assert sum(c.startswith("04") for _, c, _ in found) >= 2, found


@pytest.mark.parametrize(
    "text",
    [
        "The education ministry reviewed the exam results in Seoul.",
        "The Korean singer announced plans to travel to Paris for a concert.",
    ],
)
def test_reviews_and_trips_of_no_party_are_no_events(text: str) -> None:
    assert coded(text) == [], coded(text)


# --- military operations authorised; clubs barring players ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "root", "target"),
    [
        ("The Russian parliament authorized military operations in Syria.", "RUS", "15", None),
    ],
)
def test_barred_parties_and_authorised_operations(text: str, source: str, root: str, target: str | None) -> None:
    found = coded(text)
    if target is None:
        assert any((s or "")[:3] == source and c.startswith(root) for s, c, _ in found), found
    else:
        assert has(found, source, root, target), found


@pytest.mark.parametrize(
    "text",
    [
        "The club barred the striker from training with the first team.",
        "The committee authorized the sale of the stadium in Madrid.",
    ],
)
def test_clubs_barring_players_and_sales_authorised_are_no_events(text: str) -> None:
    assert coded(text) == [], coded(text)
