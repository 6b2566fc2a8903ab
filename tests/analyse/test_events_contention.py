"""Political contention inside and between states (``detente/data/cameo/contention.yaml``, module
``events.contention``, and the light verbs of protest in ``verbs.yaml``): petitions, strikes enforced and
withdrawals from elections are protests (14); defiance told as "in defiance of X", or vowed, rejects (12); an
authority dropping its plan in the face of opposition yields to the opposers (08). Sentences composed for these
tests in the style of news, through the whole pipeline, with sentences where each rule must not fire."""

from __future__ import annotations

import pytest

from detente.analyse.events.contention import ContentionLexiconError, load_contention, parse_contention

from .test_events_precision import coded, has

# --- the lexicon ---------------------------------------------------------------------------------------------


def test_the_lexicon_loads_with_cameo_codes() -> None:
    lexicon = load_contention()
    assert lexicon.defiance.code == "128" and "defiance" in lexicon.defiance.nouns
    assert lexicon.withdrawals.code == "143" and "election" in lexicon.withdrawals.left
    assert lexicon.yields.code.startswith("08") and "suspend" in lexicon.yields.verbs
    assert "opposition" in lexicon.yields.opposition and "GOV" in lexicon.yields.roles
    assert lexicon.state_acts.code == "14" and "arrest" in lexicon.state_acts.nouns


def _raw() -> dict:
    return {
        "defiance": {"code": "128", "nouns": ["defiance"], "prepositions": ["in"], "verbs": ["defy"]},
        "election_withdrawals": {"code": "143", "nouns": ["withdrawal"], "left": ["election"]},
        "yields": {
            "code": "0832",
            "verbs": ["suspend"],
            "causes": ["after"],
            "opposition": ["protest"],
            "roles": ["GOV"],
            "public": ["public"],
        },
        "protested_state_acts": {"code": "14", "nouns": ["arrest"]},
        "pressing_ahead": {"code": "120", "prepositions": ["despite"], "opposition": ["protest"], "public": ["public"]},
    }


def test_a_well_formed_lexicon_parses() -> None:
    assert parse_contention(_raw()).yields.verbs == {"suspend"}


@pytest.mark.parametrize(
    ("section", "key", "value"),
    [
        ("defiance", "code", "999"),
        ("defiance", "verbs", []),
        ("election_withdrawals", "left", []),
        ("yields", "verbs", None),
    ],
)
def test_a_malformed_lexicon_is_refused(section: str, key: str, value: object) -> None:
    raw = _raw()
    raw[section][key] = value
    with pytest.raises(ContentionLexiconError):
        parse_contention(raw)


def test_a_missing_section_is_refused() -> None:
    raw = _raw()
    del raw["defiance"]
    with pytest.raises(ContentionLexiconError):
        parse_contention(raw)


# --- protest forms: petitions, strikes enforced, withdrawals from elections ------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("About 5,000 residents of Lagos signed a petition against the government's plan.", "NGA", "NGA"),
        ("Supporters of Bangladesh's opposition enforced a general strike in Dhaka on Sunday.", "BGD", "BGD"),
        ("Shopkeepers' unions in Nepal observed a general strike called by the Maoists.", "NPL", None),
        ("Venezuela's opposition pulled out of the congressional elections on Tuesday.", "VEN", "VEN"),
        ("The opposition announced its pullout from next month's polls in Venezuela.", "VEN", "VEN"),
    ],
)
def test_protest_forms_are_protests(text: str, source: str, target: str | None) -> None:
    found = coded(text)
    if target is None:
        assert any((s or "").startswith(source) and c.startswith("14") for s, c, _t in found), found
    else:
        assert has(found, source, "14", target), found


@pytest.mark.parametrize(
    "text",
    [
        # a treaty or talks left are no boycott of an election
        "North Korea announced its withdrawal from the nuclear Non-Proliferation Treaty.",
        # an air strike is no labour strike, however it is carried out
        "Israeli jets enforced a no-fly zone and carried out an air strike on Gaza.",
        # a deal signed is an agreement, not a petition
        "China and Pakistan signed a trade agreement in Beijing on Monday.",
    ],
)
def test_what_is_no_protest_form_stays_so(text: str) -> None:
    assert not any(c.startswith("14") for _s, c, _t in coded(text))


def test_a_petition_signed_is_no_agreement() -> None:
    found = coded("Thousands of residents in Hong Kong signed a petition against the new sales tax.")
    assert not any(c.startswith("057") for _s, c, _t in found), found


# --- defiance ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Sudan's president left Libya by air on Sunday in defiance of UN sanctions.", "SDN", "IGOUNO"),
        ("Iraq flew pilgrims home in defiance of Washington.", "IRQ", "USA"),
        (
            "Iran will carry out its plan to install 3,000 centrifuges, in defiance of the resolution adopted by the UN "
            "Security Council, a spokesman said on Saturday.",
            "IRN",
            "IGOUNO",
        ),
        ("Iran vowed it would defy the UN Security Council's decision.", "IRN", "IGOUNO"),
        ("North Korea vowed to defy the UN Security Council's resolution.", "PRK", "IGOUNO"),
    ],
)
def test_defiance_rejects_the_party_defied(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "12", target), found
    assert not has(found, source, "03", target), found  # (a defiance vowed is no promise to cooperate)


@pytest.mark.parametrize(
    "text",
    [
        # weather and an attack defied are no party's rule
        "Thousands of people defied heavy snow to gather in Skopje's main square on Saturday.",
        "Hundreds of mourners marched through Beirut in defiance of the rain.",
    ],
)
def test_defiance_of_no_party_is_no_event(text: str) -> None:
    assert not any(c.startswith("12") for _s, c, _t in coded(text))


def test_a_vow_about_another_party_stays_a_vow() -> None:
    # what is vowed of another ("that Israel would pay") is no act of the vower's own
    found = coded("Iran vowed that Israel would pay a heavy price for the attack.")
    assert not has(found, "IRN", "12", "ISR"), found


# --- yielding to the opposition -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Officials in China's Heilongjiang Province suspended a proposed cull of wild boar after about 10,000 "
            "local people signed a petition against the plan.",
            "CHN",
            "CHN",
        ),
        ("The Chinese government decided to suspend the cull in the face of strong public opposition.", "CHN", "CHN"),
        ("The Nigerian government scrapped the fuel tax amid protests by trade unions.", "NGA", "NGA"),
        ("The French government withdrew the labour law after weeks of street protests.", "FRA", "FRA"),
    ],
)
def test_an_authority_dropping_its_plan_yields_to_the_opposers(text: str, source: str, target: str) -> None:
    assert has(coded(text), source, "08", target), coded(text)


def test_the_petition_that_made_the_authority_yield_is_aimed_at_it() -> None:
    found = coded(
        "Officials in China's Heilongjiang Province suspended a proposed cull of wild boar after about 10,000 local "
        "people signed a petition against the plan."
    )
    assert any(
        (s or "").startswith("CHN") and c.startswith("14") and (t or "").startswith("CHNGOV") for s, c, t in found
    )


@pytest.mark.parametrize(
    "text",
    [
        # a step taken after an attack, not after opposition, is no yield
        "The Kenyan government suspended the cull after a bomb attack in Nairobi.",
        # a club or a firm yields to no public
        "The club dropped its plan after protests by fans.",
        # opposition named, but the step is not the authority's own dropping of a plan
        "The Nigerian government announced the fuel tax despite protests by trade unions.",
    ],
)
def test_what_is_no_yield_stays_so(text: str) -> None:
    assert not any(c.startswith("083") for _s, c, _t in coded(text))


# --- protests drawn from a party, and walkouts ------------------------------------------------------------------


def test_protests_drawn_from_a_party_are_its_disapproval_of_the_drawer() -> None:
    # "his rivals" is no part of Musharraf, however the actors stage reads the owner
    found = coded("Musharraf's call sparked protests from his rivals and lawyers in Pakistan.")
    assert any(s == "PAKCVL" and c.startswith("11") and (t or "").startswith("PAK") for s, c, t in found), found
    assert not any((s or "").endswith("GOV") for s, _c, _t in found), found  # (the drawer protests at no one)


def test_lawmakers_walking_out_of_parliament_boycott_it() -> None:
    found = coded("Opposition lawmakers in Kenya walked out of parliament in protest at the budget.")
    assert has(found, "KEN", "143", "KEN"), found


def test_walking_out_of_talks_still_breaks_them_off() -> None:
    found = coded("North Korea walked out of the talks in protest against US sanctions.")
    assert has(found, "PRK", "164", "USA"), found


# --- what a bare "the resolution" is: the one told before ---------------------------------------------------------


def test_defiance_of_a_resolution_told_before_defies_its_maker() -> None:
    found = coded(
        "The UN Security Council on Saturday adopted a resolution which imposes restrictions on Iran's nuclear "
        "industry. Iran said it would install 3,000 centrifuges in defiance of the resolution."
    )
    assert has(found, "IRN", "12", "IGOUNO"), found


def test_defiance_of_a_thing_no_party_made_is_no_event() -> None:
    found = coded("The weather was cold in Harare. Thousands of supporters marched in defiance of the rain.")
    assert not any(c.startswith("12") for _s, c, _t in found), found


# --- protests at an act of state ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The Jatiya Party called a strike in Bangladesh in protest at Ershad's disqualification.", "BGDPTY", "BGDGOV"),
        ("Supporters of Imran Khan's party protested in Pakistan against Khan's arrest.", "PAK", "PAKGOV"),
    ],
)
def test_a_protest_at_an_act_of_state_is_aimed_at_the_authorities(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert any((s or "").startswith(source) and c.startswith("14") and t == target for s, c, t in found), found


def test_a_protest_at_an_act_of_state_by_a_named_doer_is_aimed_at_the_doer() -> None:
    found = coded("Thousands protested in Nairobi against the arrest of opposition leaders by the Kenyan police.")
    assert not any(c.startswith("14") and (t or "").endswith("OPP") for _s, c, t in found), found


def test_a_protest_at_a_partys_own_act_keeps_that_party() -> None:
    # the budget is the government's own act: it is protested, not done to it
    found = coded("Opposition supporters in Kenya protested against the government's budget.")
    assert any(c.startswith("14") and (t or "").startswith("KEN") for _s, c, t in found), found


# --- pressing ahead despite another party's opposition ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("China installed new bishops in Anhui province on April 30 despite Vatican objections.", "CHN", "VAT"),
        ("The Palestinian teachers voted to continue the strike despite Arafat's appeal.", "PSE", "PSE"),
        (
            "Turkey went ahead with the military operation in Syria despite strong objections from Washington.",
            "TUR",
            "USA",
        ),
    ],
)
def test_acting_despite_a_partys_opposition_rejects_it(text: str, source: str, target: str) -> None:
    found = coded(text)
    assert has(found, source, "12", target), found


@pytest.mark.parametrize(
    "text",
    [
        # what is said despite criticism is a statement, and a resolution adopted is done, not done by its opposers
        "Despite frequent criticism by human rights groups, the United States says it treats detainees humanely.",
        "The resolution was adopted despite opposition from China and Japan.",
        # rain is no party
        "Despite the rain, thousands of supporters of the opposition marched in Harare.",
        # the act "despite" hangs from is one the law lets another party do
        "Japan's parliament passed a law allowing the US military to keep using land in Okinawa despite protest "
        "from landowners and their supporters.",
    ],
)
def test_what_is_no_pressing_ahead_stays_so(text: str) -> None:
    assert not any(c.startswith("12") for _s, c, _t in coded(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Jordanian ministry suspended the talks after the air strike on its embassy in Baghdad.",
        "The Kenyan government suspended the curfew after the riots ended.",
    ],
)
def test_no_yield_to_an_attack_or_an_ended_riot(text: str) -> None:
    assert not any(c.startswith("083") for _s, c, _t in coded(text))
