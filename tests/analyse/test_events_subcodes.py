"""The CAMEO sub-code an act's content names (detente/analyse/events/subcodes.py, data in subcodes.yaml): what an
appeal, demand, promise, refusal or threat is about, and what an inquiry or an accusation is about. Sentences
composed for these tests in the style of wire news, run through the whole pipeline; negatives where a content
word must not decide."""

from __future__ import annotations

import pytest

from detente.analyse.events.acceptance import keep_every_event
from detente.analyse.events.codes import cameo_codes
from detente.analyse.events.patterns import load_codebook
from detente.analyse.events.subcode_lexicon import (
    SubcodeLexiconError,
    load_subcode_lexicon,
    parse_subcode_lexicon,
)
from detente.analyse.events.subcodes import narrows
from detente.analyse.pipeline import analyse_one
from detente.model import Article


def codes(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Every event the rules code in a text: CAMEO code -> (source country, target country)."""
    with keep_every_event():
        article = analyse_one(Article(id="t", text=text, content_hash=f"t-{hash(text)}", date="2026-03-02"))

    def country(ref) -> str | None:
        return ref.code[:3] if ref is not None and ref.code else None

    return {e.cameo: (country(e.source_actor), country(e.target_actor)) for e in article.events}


# --- the lexicon -------------------------------------------------------------------------------------------------


def test_the_lexicon_loads_with_known_codes_and_frames() -> None:
    lexicon = load_subcode_lexicon()
    known = cameo_codes()
    assert lexicon.frames["020"] == "appeal" and lexicon.frames["120"] == "refusal"
    assert all(k.act in known for k in (*lexicon.contents, *lexicon.harms) if k.act)
    assert {code for kind in lexicon.wrongs for _, code in kind.codes} <= set(known)
    # every frame refined is a modality class of verbs.yaml, and refines codes of that frame's root
    modalities = load_codebook().modalities
    assert set(lexicon.frames.values()) <= set(modalities)


def test_a_malformed_lexicon_is_refused() -> None:
    frames = frozenset({"appeal"})
    with pytest.raises(SubcodeLexiconError):
        parse_subcode_lexicon({"frames": {"020": "appeal"}, "contents": [{"act": "0999", "words": []}]}, frames)
    with pytest.raises(SubcodeLexiconError):
        parse_subcode_lexicon({"frames": {"020": "begging"}, "contents": []}, frames)


def test_a_sub_code_never_leaves_its_root() -> None:
    assert narrows("020", "0231") and narrows("020", "026") and narrows("023", "0233")
    assert not narrows("023", "0241")  # an intermediate code only narrows below itself
    assert not narrows("020", "1031") and not narrows("120", "120")


# --- what is asked for ---------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_an_appeal_for_aid_takes_the_kind_of_aid() -> None:
    assert codes("Kenya asked Britain for a loan to cover its budget deficit.").get("0231") == ("KEN", "GBR")
    assert "0233" in codes("Chad appealed to France for tents, blankets and medicine for refugees.")
    assert "0232" in codes("Kiev pleaded with Washington to send more fighter jets.")
    assert "0234" in codes("Mali asked the United Nations to extend its peacekeeping mission.")


@pytest.mark.slow
def test_an_appeal_takes_the_code_of_the_act_it_asks_for() -> None:
    # a complement the parser hangs as an adverbial infinitive still names what is asked
    assert codes("Bolivia urged Chile to lift the sanctions on its exports.").get("0254") == ("BOL", "CHL")
    assert "0253" in codes("Norway called on Turkey to free the jailed journalists.")
    assert "0244" in codes("Washington urged Caracas to hold free elections.")
    assert "026" in codes("Britain called for talks with Iran.")


@pytest.mark.slow
def test_what_is_not_asked_for_names_no_sub_code() -> None:
    # weapons given up, sanctions imposed, a withdrawal delayed: not aid, easing or de-escalation asked for
    assert "0232" not in codes("Britain urged Iran to stop enriching uranium for nuclear weapons.")
    assert "0254" not in codes("Kyiv urged the European Union to impose new sanctions on Moscow.")
    assert "0256" not in codes("Somalia asked the African Union to delay the withdrawal of its peacekeepers.")
    # letting in something that is no foreign involvement
    assert "0255" not in codes("Kurdish lawmakers called on Ankara to allow schooling in Kurdish.")


# --- refused, promised, threatened -------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_refused_request_takes_what_it_asked_for() -> None:
    assert codes("Berlin turned down a request from Athens for a new loan.").get("1221") == ("DEU", "GRC")
    assert "1246" in codes("Israel rejected calls from Egypt for an immediate ceasefire.")
    assert "1245" in codes("Khartoum refused to allow United Nations peacekeepers into Darfur.")


@pytest.mark.slow
def test_a_refusal_of_no_request_is_not_a_refused_reform() -> None:
    assert "1234" not in codes("Poland rejected the new constitution proposed by Brussels.")
    assert "1232" not in codes("Thailand refused to rule out martial law.")


@pytest.mark.slow
def test_a_promise_takes_what_it_promises() -> None:
    assert "0311" in codes("Seoul and Hanoi vowed to double bilateral trade by 2030.")


@pytest.mark.slow
def test_a_threat_takes_the_harm_it_threatens() -> None:
    assert codes("Washington warned Cairo that American aid could be cut off.").get("1311") == ("USA", "EGY")
    assert "1313" in codes("Madrid warned Caracas that it would reconsider its cooperation.")
    assert "1385" in codes("Russia warned that it could use nuclear weapons against Ukraine.")
    assert "130" in codes("Beijing warned Manila that it would respond firmly.")  # no harm named


# --- what is investigated or alleged -----------------------------------------------------------------------------


@pytest.mark.slow
def test_an_inquiry_takes_the_wrong_it_looks_into() -> None:
    assert "091" in codes("Italian prosecutors opened an inquiry into bribes paid to Libyan officials.")
    assert "093" in codes("The Pentagon launched an investigation into the air strike on a Syrian village.")
    assert "094" in codes("Dutch prosecutors opened a war crimes investigation into Russian commanders.")


@pytest.mark.slow
def test_an_accusation_takes_the_wrong_it_alleges() -> None:
    assert codes("Beijing accused two Canadian diplomats of espionage.").get("1125") == ("CHN", "CAN")
    assert "1124" in codes("Seoul accused Pyongyang of war crimes.")


# --- where a meeting is held -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_two_states_meeting_in_a_third_country_meet_at_a_third_location() -> None:
    assert codes("The foreign ministers of India and China met in Moscow on Tuesday.").get("044") == ("IND", "CHN")
    assert "044" in codes("Iranian and Iraqi negotiators met in Geneva on Thursday.")


@pytest.mark.slow
def test_a_meeting_in_one_sides_country_or_with_an_organisation_is_no_third_location() -> None:
    assert "044" not in codes("Chinese President Xi Jinping met Russian President Vladimir Putin in Moscow on Tuesday.")
    assert "044" not in codes("The United States and the European Union met in Brussels.")


# --- what a yielding act lets in -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_a_yielding_act_takes_what_it_lets_in() -> None:
    assert "0863" in codes("Sudan gave the green light on Monday for United Nations relief flights to reach the south.")
    assert "086" in codes("Ethiopia allowed African Union observers to monitor the elections.")


@pytest.mark.slow
def test_an_opening_that_names_nothing_let_in_is_no_international_involvement() -> None:
    assert not any(c.startswith("086") for c in codes("Israel reopened the Allenby bridge on Sunday."))
    assert not any(c.startswith("086") for c in codes("Burundi allowed the main opposition party to resume its work."))
