"""Codebook coverage of the CAMEO codes of roots 01-10, sub-code by sub-code: comments and accord (01), appeals by
what they ask for (02), intent by what is promised (03), material cooperation (06), yielding by what is given up
(08), investigations by what they look into (09) and demands by what they demand (10). Each group is checked on
sentences composed for these tests, with the wrong senses its words must not pick up. The sentences go through
the whole pipeline, so the actors are the actor stage's own."""

from __future__ import annotations

import pytest

# the same whole-pipeline helpers as the cooperation vocabulary tests
from tests.analyse.test_events_vocabulary_cooperation import has, triples_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 01: a comment made on a party's act; accord; sympathy offered
        ("The Indonesian foreign minister commented on Malaysia's new palm oil rules.", ("IDN", "010", "MYS")),
        ("The Chilean president remarked on Bolivia's decision to leave the bloc.", ("CHL", "010", "BOL")),
        ("Vietnam sees eye to eye with Cambodia on the management of the Mekong.", ("VNM", "019", "KHM")),
        ("Poland expressed agreement with Lithuania on the route of the pipeline.", ("POL", "019", "LTU")),
        ("Canada offered its sympathies to Turkey after the earthquake.", ("CAN", "018", "TUR")),
        # 02: what is sought names the appeal
        ("Georgia sought closer military ties with Turkey.", ("GEO", "0212", "TUR")),
        ("Moldova requested security guarantees from Romania.", ("MDA", "0234", "ROU")),
        ("Nepal urged India to accept Chinese mediation in the dispute.", ("NPL", "028", "IND")),
        ("Opposition parties in Egypt urged President Sisi to step down.", ("EGY", "0241", "EGY")),
        # round 3, the news synonyms of the same senses: weighing in, weighing up, concurring; policies reassessed;
        # stances softened; taxes abolished; decrees revoked; constitutional amendments approved; rights restored;
        # blockades loosened; troops committed; joint operations launched; inspectors admitted
        ("The Brazilian president weighed in on the dispute between Venezuela and Guyana.", ("BRA", "010", "VEN")),
        ("The Indian government is weighing up sanctions against Myanmar.", ("IND", "014", "MMR")),
        ("Germany concurred with France on the need for new fiscal rules.", ("DEU", "019", "FRA")),
        ("Iran said it would reassess its policy toward Saudi Arabia.", ("IRN", "0342", "SAU")),
        ("Iran softened its stance on the nuclear talks.", ("IRN", "080", None)),
        ("Ghana abolished the tax on mobile payments.", ("GHA", "0832", None)),
        ("The Thai government revoked the emergency decree.", ("THA", "0832", None)),
        ("The Kyrgyz parliament approved constitutional amendments demanded by the opposition.", ("KGZ", "0834", None)),
        ("The new government of Myanmar restored the rights of the Rohingya.", ("MMR", "0833", None)),
        ("Israel loosened its blockade of Gaza.", ("ISR", "0872", "PSE")),
        ("Bangladesh committed 1,000 troops to the U.N. force in Mali.", ("BGD", "0334", None)),
        ("Mali and Niger launched a joint operation against the militants.", ("MLI", "062", None)),
        ("The Egyptian government admitted U.N. inspectors.", ("EGY", "0862", "IGO")),
        # ties deepened, strengthened or boosted by kind: economic or trade 061, military or defence 062 (plain ties 050)
        ("Indonesia and the Emirates pledged to deepen economic ties.", ("IDN", "0311", "ARE")),
        ("India and France strengthened their defence ties.", ("IND", "062", "FRA")),
        ("Vietnam and Japan boosted trade ties.", ("VNM", "061", "JPN")),
        ("Egypt and Sudan deepened their ties.", ("EGY", "050", "SDN")),
        # a dispute resolved or settled is coded as the intent to settle it (037), urged: 027
        ("The U.N. urged Guyana and Venezuela to settle their border dispute.", ("IGO", "027", "GUY")),
        ("Chile wants to resolve its maritime dispute with Peru through dialogue.", ("CHL", "037", "PER")),
        ("Egypt and Sudan resolved their differences over the dam.", ("EGY", "037", "SDN")),
        # 02: restraint urged; a return to the negotiating table urged
        ("Iran urged restraint on both sides of the Kashmir border.", ("IRN", "0256", None)),
        ("Norway urged Colombia and the ELN to return to the negotiating table.", ("NOR", "026", "COL")),
        # 03: mediation, good offices or troops offered; reforms promised or to be introduced; policies to be
        # reconsidered; rights promised
        ("Kenya offered mediation between Ethiopia and Eritrea.", ("KEN", "039", None)),
        ("Oman offered its good offices to Iran.", ("OMN", "039", "IRN")),
        ("Nigeria offered troops for a regional force in Sierra Leone.", ("NGA", "0334", None)),
        ("The Zambian president promised democratic reforms.", ("ZMB", "034", None)),
        ("The Taiwanese president vowed to introduce political reforms.", ("TWN", "034", None)),
        ("Turkey will reconsider its ban on imports from Greece.", ("TUR", "0342", None)),
        ("The Indian government is rethinking its policy on Myanmar.", ("IND", "0342", None)),
        ("The king of Jordan pledged to give women the right to vote.", ("JOR", "0343", None)),
        ("Greece is ready to compromise with Turkey.", ("GRC", "035", "TUR")),
        # 07: armed drones sent and patrol boats handed over to a party are military aid
        ("Iran sent armed drones to Venezuela.", ("IRN", "072", "VEN")),
        ("Australia handed over two patrol boats to Fiji.", ("AUS", "072", "FJI")),
        # 06: resources or intelligence pooled, a joint operation, gas received, fighting alongside, suspects
        # handed to another state's police
        ("Estonia and Latvia pooled intelligence on smuggling networks.", ("EST", "064", "LVA")),
        ("Chad and Niger carried out a joint operation against Boko Haram.", ("TCD", "062", None)),
        ("Hungary began receiving Russian gas through a new pipeline.", ("HUN", "061", "RUS")),
        ("Kenyan troops fought alongside Somali soldiers against al-Shabaab.", ("KEN", "062", "SOM")),
        ("Spanish police handed over a suspect to Moroccan authorities.", ("ESP", "063", "MAR")),
        # 08: ground given, laws repealed or shelved, taxes scrapped, rights granted, blockades eased, ships
        # returned, peacekeepers welcomed or accepted, people freed, forces disengaged, bans and protests ended
        ("The Sudanese government gave ground to the protesters.", ("SDN", "080", None)),
        ("The parliament of Chad repealed the press law.", ("TCD", "0832", None)),
        ("The Ugandan government shelved the controversial land bill.", ("UGA", "0832", None)),
        ("The government of Vietnam scrapped the new fuel tax.", ("VNM", "0832", None)),
        ("Egypt eased its blockade of the Gaza Strip.", ("EGY", "0872", "PSE")),
        ("Sri Lanka returned two Indian fishing boats.", ("LKA", "0842", "IND")),
        ("Lebanon welcomed more U.N. peacekeepers.", ("LBN", "0861", "IGO")),
        ("Mali accepted the deployment of African peacekeepers.", ("MLI", "086", None)),
        ("Colombian rebels freed three kidnapped oil workers.", ("COL", "0841", None)),
        # (two countries' sides de-escalating with no one else named do so towards each other: test_events_parties.py)
        ("Ethiopian and Eritrean forces disengaged along the border.", ("ETH", "087", "ERI")),
        ("Uzbekistan ended its ban on wheat imports from Kazakhstan.", ("UZB", "081", None)),
        ("The Zambian opposition ended its protest.", ("ZMB", "082", None)),
        # 09: what is investigated names the kind
        ("Kenyan police launched a corruption probe into the ministry of health.", ("KEN", "091", None)),
        ("Peruvian prosecutors are investigating fraud at the state oil company.", ("PER", "091", None)),
        ("The United Nations is investigating war crimes in Sudan.", ("IGO", "094", None)),
        ("The Nigerian army ordered a review of the air strike on the village.", ("NGA", "093", None)),
        ("The African Union set up a fact-finding mission on the killings in Sudan.", ("IGO", "090", None)),
        # 10: what is demanded names the demand
        ("Serbia demanded the extradition of the former commander from France.", ("SRB", "1013", None)),
        ("Haiti demanded more aid from the United States.", ("HTI", "103", None)),
        ("Protesters in Georgia demanded the dissolution of parliament.", ("GEO", "1044", None)),
        ("The opposition in Zimbabwe demanded sweeping reforms.", ("ZWE", "104", None)),
        ("The Kenyan opposition demanded mediation by the African Union.", ("KEN", "105", None)),
        ("Ukraine demanded that Germany deliver more tanks.", ("UKR", "1032", "DEU")),
        ("Protesters demanded that the Peruvian president step down.", ("PER", "1041", None)),
        ("Afghan activists demanded that the Taliban guarantee the rights of women.", ("AFG", "1043", None)),
    ],
)
def test_codes_a_vocabulary(text: str, expected: tuple[str, str, str | None]) -> None:
    found = triples_of(text)
    assert has(found, *expected), found


def test_an_event_only_hoped_for_is_not_held() -> None:
    found = triples_of("The Japanese minister voiced gloom about the chances of any talks with Pyongyang.")
    assert has(found, "JPN", "012", "PRK"), found
    assert not any(code.startswith("04") for _s, code, _t in found), found


def test_a_step_weighed_is_considered_not_taken() -> None:
    found = triples_of("Japan is weighing new sanctions against North Korea.")
    assert has(found, "JPN", "014", "PRK"), found
    assert not any(code.startswith("16") for _s, code, _t in found), found


@pytest.mark.parametrize(
    ("text", "root"),
    [
        # markets weighed down and systems compromised: no consideration, no concession
        ("Worries about inflation weighed on stock markets in Japan.", "01"),
        ("Russian hackers compromised computer systems in Estonia.", "08"),
        # a tennis player's return to the table of rankings, a film reviewed: no talks, no inquiry
        ("The Serbian player returned to the top of the table.", "04"),
        ("The French director opened a review of his own film.", "09"),
        # a mistake admitted is an admission, no inspectors received; a weight-lifter's weigh-in is no comment
        ("Kenya admitted its mistake over the election.", "086"),
        ("The Chinese weightlifter weighed in at 64 kilograms.", "01"),
        # a debt settled is no dispute settled
        ("Kenya settled its debt to China.", "03"),
        # a footballer's wish to return home is no intent between parties
        ("The Nigerian striker expressed his desire to return home.", "03"),
        # a membership reconsidered on a condition is no policy change offered (it is held over the other side)
        ("Iran said it would reconsider its membership of the treaty if the resolution passed.", "034"),
        # a budget reviewed is no change of policy; figures released are no release
        ("The Indian cabinet reviewed the budget of the army.", "03"),
        ("The Nigerian army released the figures of the dead.", "08"),
        # police breaking up a protest do not ease dissent
        ("Police in Belarus broke up the protest.", "08"),
    ],
)
def test_senses_that_are_no_such_event(text: str, root: str) -> None:
    found = triples_of(text)
    assert not any(code.startswith(root) for _s, code, _t in found), found
