"""Cooperation-side vocabulary of the event codebook (CAMEO roots 01-09): statements, appeals, intent, consultation,
diplomatic and material cooperation, aid, yielding and investigation, each group on sentences composed for
these tests, with the wrong senses the entries must not pick up. The sentences go through the whole pipeline, so
the actors are the actor stage's own."""

from __future__ import annotations

import pytest

from detente.analyse import analyse
from detente.analyse.events.acceptance import keep_every_event
from detente.model import Article
from tests.analyse.test_events import triples

Triple = tuple[str | None, str, str | None]


def triples_of(text: str) -> list[Triple]:
    """(source code, CAMEO code, target code) of every event the full pipeline finds in ``text``."""
    (article,) = analyse([Article(id="t", text=text, content_hash="t", date="2026-01-06")])
    return triples(article.events)


def has(found: list[Triple], source: str, code: str, target: str | None) -> bool:
    """Whether ``found`` holds an event by ``source`` (a code prefix: the country, or country and role) whose code
    starts with ``code``, aimed at ``target`` (a prefix too; None: not checked)."""
    return any(
        (s or "").startswith(source) and c.startswith(code) and (target is None or (t or "").startswith(target))
        for s, c, t in found
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 01: comments that strike or sound a note, voiced optimism or gloom, condolences cabled or passed on
        ("The Japanese foreign minister struck an upbeat note on relations with China.", ("JPN", "013", "CHN")),
        ("The Saudi foreign minister sounded a pessimistic note about the talks with Iran.", ("SAU", "012", "IRN")),
        ("The Indian minister voiced optimism about the trade talks with Britain.", ("IND", "013", "GBR")),
        ("Japan sounded the alarm over China's military build-up.", ("JPN", "012", "CHN")),
        ("Vietnam dismissed the accusations from China as groundless.", ("VNM", "016", "CHN")),
        ("Vietnam passed on its condolences to Laos.", ("VNM", "018", "LAO")),
        # 02: pleas and requests made; releases and loans sought
        ("A request for fuel and medicine was made to Japan by the Philippine government.", ("PHL", "0233", "JPN")),
        ("Turkey made a plea to Greece for the return of the migrants.", ("TUR", "020", "GRC")),
        ("France sought the release of three aid workers held by Mali.", ("FRA", "0253", None)),
        ("Sri Lanka sought a loan from China.", ("LKA", "0231", "CHN")),
        ("Sri Lanka requested assistance from India.", ("LKA", "023", "IND")),
        ("Bolivia requested a meeting with Chile.", ("BOL", "026", "CHL")),
        # 03: peace plans floated or unveiled
        ("Egypt floated a peace plan for Sudan.", ("EGY", "037", "SDN")),
        ("The Chinese envoy unveiled a peace proposal for Ukraine.", ("CHN", "037", "UKR")),
        # 03: relief pledged
        ("Canada pledged emergency relief to Haiti after the hurricane.", ("CAN", "0333", "HTI")),
        # 04: hosting, calls, shuttle diplomacy, bargaining resumed
        ("The Kenyan president played host to the Ugandan leader at State House.", ("KEN", "043", "UGA")),
        ("Lula and Biden spoke by phone on Tuesday.", ("BRA", "041", "USA")),
        ("The Qatari envoy shuttled between Israel and Hamas negotiators.", ("QAT", "045", "ISR")),
        ("Russia and the United States resumed bargaining on nuclear arms.", ("RUS", "046", "USA")),
        ("Argentina and Britain reopened negotiations over the Falklands.", ("ARG", "046", "GBR")),
        ("India and Pakistan opened talks on the Kashmir dispute.", ("IND", "040", "PAK")),
        ("Serbia and Kosovo entered negotiations on normalising ties.", ("SRB", "046", "XKX")),
        ("The Indian prime minister left for Washington on Sunday.", ("IND", "042", None)),
        ("Wang Yi headed to Moscow on Monday.", ("CHN", "042", "RUS")),
        ("The Kenyan president huddled with Ugandan officials in Kampala.", ("KEN", "040", "UGA")),
        (
            "Egyptian and Sudanese negotiators haggled for hours over the terms of the water deal.",
            ("EGY", "046", "SDN"),  # (the first named side leads)
        ),
        ("Negotiators from Armenia and Azerbaijan thrashed out the final text of the treaty.", ("ARM", "046", "AZE")),
        # 05: defence, weight thrown behind a party, support rallied; recognition switched; offices opened
        ("Russia came to the defence of Syria at the Security Council.", ("RUS", "052", "SYR")),
        ("Ankara leapt to the defence of Baku.", ("TUR", "052", None)),
        ("China spoke up for Iran at the United Nations.", ("CHN", "052", "IRN")),
        ("Egypt stood up for Sudan at the Arab League summit.", ("EGY", "052", "SDN")),
        ("Germany threw its weight behind India's bid for a permanent seat.", ("DEU", "051", "IND")),
        ("Iran toured Gulf capitals to drum up support for the Palestinians.", ("IRN", "053", "PSE")),
        ("Brazil mobilized support for Venezuela at the summit.", ("BRA", "053", "VEN")),
        ("Panama switched diplomatic recognition from Taipei to Beijing.", ("PAN", "054", None)),
        # relationships, as relations and ties; ambassadors exchanged or sent back; ties elevated
        ("India and the United States deepened their strategic relationship.", ("IND", "050", "USA")),
        ("Nicaragua severed its relationship with Taiwan.", ("NIC", "161", "TWN")),
        ("Saudi Arabia and Iran exchanged ambassadors.", ("SAU", "054", "IRN")),
        ("Sweden returned its ambassador to Iran.", ("SWE", "054", "IRN")),
        ("Vietnam and Indonesia elevated their ties to a strategic partnership.", ("VNM", "054", "IDN")),
        ("Singapore and New Zealand lifted their relations to an enhanced partnership.", ("SGP", "054", "NZL")),
        ("Vietnam and the United States opened trade offices in each other's capitals.", ("VNM", "054", "USA")),
        # 06: firms teaming up, intelligence passed on, records turned over, joint ventures, exercises kicked off
        ("Toyota and a Chinese state firm teamed up to build batteries in China.", ("CHN", "060", None)),
        ("Pakistan passed on intelligence to Iran about the militants.", ("PAK", "064", "IRN")),
        ("Switzerland turned over bank records to Nigerian investigators.", ("CHE", "064", "NGA")),
        ("Britain handed over evidence to Irish police.", ("GBR", "064", "IRL")),
        ("A Russian state firm set up a joint venture with an Indian oil company.", ("RUS", "061", "IND")),
        ("US and Indonesian troops kicked off joint military exercises in Java.", ("USA", "062", "IDN")),
        ("China and Laos joined hands to fight drug trafficking.", ("CHN", "060", "LAO")),
        ("China and Russia conducted a joint patrol over the Sea of Japan.", ("CHN", "062", "RUS")),
        ("Leaders of the Greens struck an electoral pact with the Socialists of France.", ("FRA", "057", "FRA")),
        # energy delivered, pumped or bought between states is economic cooperation
        ("Qatar delivered liquefied natural gas to Germany for the first time.", ("QAT", "061", "DEU")),
        ("Russia started pumping gas to Turkey through the new pipeline.", ("RUS", "061", "TUR")),
        ("India bought record volumes of Russian oil in March.", ("IND", "061", "RUS")),
        ("India stepped up purchases of Russian oil.", ("IND", "061", "RUS")),
        # 07: weapons delivered, shipped, sent or handed over; money deposited; relief rushed; doctors sent
        ("Germany delivered a batch of howitzers to Ukraine.", ("DEU", "072", "UKR")),
        ("Poland sent anti-tank missiles and rocket launchers to Ukraine.", ("POL", "072", "UKR")),
        ("The United States began shipping missiles to Taiwan.", ("USA", "072", "TWN")),
        ("Russia handed over two attack helicopters to Mali.", ("RUS", "072", "MLI")),
        ("Saudi Arabia deposited two billion dollars with Egypt's central bank.", ("SAU", "071", "EGY")),
        ("Japan rushed relief supplies to Turkey.", ("JPN", "073", "TUR")),
        ("France rushed to the aid of Lebanon after the port explosion.", ("FRA", "07", "LBN")),
        ("Cuba sent doctors to Italy.", ("CUB", "073", "ITA")),
        # aid trucks, relief flights and humanitarian convoys crossing, landing or arriving
        ("Egyptian aid trucks crossed into Gaza on Saturday.", ("EGY", "073", "PSE")),
        ("A Turkish relief flight landed in Beirut.", ("TUR", "073", "LBN")),
        ("Jordanian humanitarian convoys arrived in Syria.", ("JOR", "073", "SYR")),
        ("Chinese rescue teams arrived in southern Turkey after the earthquake.", ("CHN", "073", "TUR")),
        ("The Red Cross sent tents and blankets to Afghanistan after the earthquake.", ("NGO", "073", "AFG")),
        ("Germany delivered air defence systems and battle tanks to Ukraine.", ("DEU", "072", "UKR")),
        ("China rolled over a loan to Sri Lanka.", ("CHN", "071", "LKA")),
        ("The IMF released a $1 billion tranche of its loan to Pakistan.", ("IGO", "071", "PAK")),
        ("The European Union granted Moldova 500 million euros in budget support.", ("IGO", "071", "MDA")),
        # debt forgiven or written off; funds channelled; relief distributed; refugees taken in or sheltered
        ("China forgave Zambia's debt.", ("CHN", "071", "ZMB")),
        ("France wrote off the debt of Mali.", ("FRA", "071", "MLI")),
        ("Iran channelled funds to Hezbollah in Lebanon.", ("IRN", "071", "LBN")),
        ("The United States distributed food aid in Somalia.", ("USA", "073", "SOM")),
        ("Germany took in a million Syrian refugees.", ("DEU", "075", "SYR")),
        ("Turkey gave shelter to refugees from Syria.", ("TUR", "075", None)),
        # 08: the green light given, arms laid down, bills withdrawn, resignations tendered, martial law ended
        ("Israel gave the green light to fuel deliveries to Gaza.", ("ISR", "08", None)),
        ("Rebels laid down their weapons and surrendered to the army of Colombia.", ("COL", "0874", "COL")),
        ("The Peruvian president withdrew the bill after protests.", ("PER", "083", None)),
        ("The Peruvian cabinet tendered its resignation to the president.", ("PER", "0831", None)),
        ("The Pakistani prime minister stepped aside after the court ruling.", ("PAK", "0831", None)),
        ("Pakistan ended martial law.", ("PAK", "0814", None)),
        # demands met, a climb-down, tariffs scrapped, restrictions loosened
        ("The Peruvian government met the demands of the protesters.", ("PER", "083", "PER")),
        ("The government of Chad climbed down and freed the opposition leader.", ("TCD", "080", None)),
        ("The United States scrapped tariffs on Indian steel.", ("USA", "085", "IND")),
        ("China loosened restrictions on travel to Japan.", ("CHN", "081", "JPN")),
        ("Greece compromised with Turkey over the islands.", ("GRC", "080", "TUR")),
        ("Kenyan teachers returned to work.", ("KEN", "082", None)),
        ("Russia opened its airspace to Turkish airlines.", ("RUS", "081", "TUR")),
        # 09: investigations ordered, instituted or set up; proceedings opened; suspects grilled; evidence gathered
        ("Iraq ordered an investigation into the Turkish air strike.", ("IRQ", "093", "TUR")),
        ("The Indian army instituted an inquiry into the killing of civilians by soldiers.", ("IND", "090", None)),
        ("Ukraine opened proceedings against Russian soldiers over the killings.", ("UKR", "090", "RUS")),
        ("Prosecutors grilled the former Brazilian president for ten hours.", ("BRA", "090", "BRA")),
        ("Ghana's police interrogated two Nigerian suspects.", ("GHA", "090", "NGA")),
        ("Amnesty researchers gathered evidence of abuses by Sudanese soldiers.", ("NGO", "092", "SDN")),
    ],
)
def test_cooperation_vocabulary(text: str, expected: tuple[str, str, str | None]) -> None:
    # what the rules code: the acceptance floor may drop a sentence's weaker event (test_events_acceptance)
    with keep_every_event():
        found = triples_of(text)
    assert has(found, *expected), found


def test_a_step_mulled_is_considered_not_taken() -> None:
    found = triples_of("Tokyo is mulling sanctions against Russia.")
    assert has(found, "JPN", "014", "RUS"), found
    assert not any(code.startswith("16") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # a note struck is a comment, never a blow
        ("The Kenyan president struck a conciliatory note.", "19"),
        ("The speech by the Iranian president struck a chord with voters in Iraq.", "19"),
        # bargain hunters on a stock market negotiate nothing
        ("Bargain hunters lifted shares of Japanese exporters in Tokyo.", "04"),
        # a resolution passed shares nothing; instruments of ratification deposited are no money
        ("The Ghanaian parliament passed a resolution on Togo.", "06"),
        ("Kenya deposited its instruments of ratification with the United Nations.", "07"),
        # charges dismissed by a court are no denial
        ("The Indian judge dismissed the charges against the British journalist.", "01"),
        # hosting a sports event and its kick-off are no visit or meeting
        ("Qatar played host to the football World Cup.", "04"),
        ("The football World Cup kicked off in Qatar.", "04"),
        # security compromised is no concession
        ("The leak compromised the security of Israel.", "08"),
        # a firm's plan unveiled is no offer to another state
        ("The company unveiled a plan to cut jobs in France.", "03"),
        # yearly energy imports are a statistic; names released are no release of people or funds
        ("China imported 120 million tons of crude oil in 2004.", "06"),
        ("The Indonesian army released the names of the dead.", "08"),
        ("The Indonesian army released the names of the dead.", "07"),
        # tanks rushing to a border bring no aid
        ("Russian tanks rushed to the border with Ukraine.", "07"),
    ],
)
def test_senses_that_are_no_such_event(text: str, root: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith(root) for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the older senses of the same verbs stay: troops mobilised or withdrawn, tanks sent to a border,
        # hostages handed over, street rallies, martial law declared, ministers dismissed
        ("Iran mobilized troops along the border with Iraq.", ("IRN", "154", None)),
        ("Egypt withdrew its troops from Libya.", ("EGY", "0874", "LBY")),
        ("Turkey sent tanks to the Syrian border.", ("TUR", "154", "SYR")),
        ("Russian troops entered Ukraine.", ("RUS", "190", "UKR")),
        # (police firing on a crowd is violent repression, 175: see test_events_constructions_3)
        ("Police opened fire on protesters in Kenya.", ("KEN", "175", "KEN")),
        # aid halted stays a cut in aid, whatever kind of aid it is
        ("Japan halted economic aid to Serbia.", ("JPN", "162", "SRB")),
        ("The two presidents of France and Ghana met in Paris.", ("FRA", "040", "GHA")),
        ("Hamas handed over four Israeli hostages to the Red Cross.", ("PSE", "0841", None)),
        ("Thousands of students rallied in Nairobi against Uganda.", ("KEN", "141", "UGA")),
        ("Pakistan declared martial law.", ("PAK", "1724", None)),
    ],
)
def test_older_senses_of_the_same_verbs_stay(text: str, expected: tuple[str, str, str | None]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found
