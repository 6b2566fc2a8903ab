"""Actor coding rules, one family per test, on sentences written for these tests (real spaCy parse)."""

from __future__ import annotations

from functools import partial

import pytest

from detente.analyse.actors import find_actors
from detente.model import Actor, Article


def find_actors_in(nlp, text: str, date: str | None = None, dateline: str | None = None) -> list[Actor]:
    article = Article(id="t", text=text, content_hash="x", date=date, dateline=dateline)
    return find_actors(nlp(text), article)


@pytest.fixture(scope="module")
def actors_of(nlp):
    return partial(find_actors_in, nlp)


def actor_at(actors: list[Actor], text: str, phrase: str, nth: int = 0) -> Actor:
    """The actor that has a mention covering the nth occurrence of ``phrase`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    found = [a for a in actors for m in a.mentions if m.start < end and m.end > start]
    assert found, f"no actor mention covers {phrase!r}: {[(a.name, [m.text for m in a.mentions]) for a in actors]}"
    return found[0]


def test_country_forms_and_acronyms(actors_of):
    text = "The ROK and the DPRK met in Panmunjom while the U.S. and the UK watched. The Republic of Korea said so."
    actors = actors_of(text)
    assert actor_at(actors, text, "ROK").country == "KOR"
    assert actor_at(actors, text, "Republic of Korea").country == "KOR"  # not PRK, whatever fuzzy search says
    assert actor_at(actors, text, "DPRK").country == "PRK"
    assert actor_at(actors, text, "U.S.").country == "USA"
    assert actor_at(actors, text, "UK").country == "GBR"
    assert actor_at(actors, text, "ROK") is actor_at(actors, text, "Republic of Korea")


def test_demonyms_code_the_agent_they_modify(actors_of):
    text = "Indian police detained Palestinian protesters after Pakistani troops crossed the border."
    actors = actors_of(text)
    assert actor_at(actors, text, "police").code == "INDCOP"
    assert actor_at(actors, text, "protesters").code == "PSEOPP"
    assert actor_at(actors, text, "troops").code == "PAKMIL"
    assert actor_at(actors, text, "Indian").code == "INDCOP"  # the adjective is part of the mention


def test_us_pronoun_is_not_a_country(actors_of):
    text = "Let us hope the talks go well, the minister told reporters."
    assert all(a.country != "USA" for a in actors_of(text))


def test_person_with_title_then_surname_and_pronoun(actors_of):
    text = (
        "South Korean President Lee Jae-myung met Japanese Prime Minister Shigeru Ishiba on Monday. "
        "Lee said the talks were useful. He added that trade would grow."
    )
    actors = actors_of(text, date="2025-08-01")
    lee = actor_at(actors, text, "Lee Jae-myung")
    assert (lee.code, lee.title, lee.kind) == ("KORGOV", "President", "person")
    assert actor_at(actors, text, "Lee", nth=1) is lee
    assert actor_at(actors, text, "He") is lee
    assert actor_at(actors, text, "Shigeru Ishiba").code == "JPNGOV"


def test_spelling_variants_are_one_person(actors_of):
    text = "President Lee Jae Myung arrived in Beijing. Lee Jae-myung then met business leaders."
    actors = actors_of(text)
    assert actor_at(actors, text, "Lee Jae Myung") is actor_at(actors, text, "Lee Jae-myung")


def test_two_people_sharing_a_surname_stay_two(actors_of):
    text = (
        "Kim Min-ji, a lawmaker of the opposition party, criticised Defence Minister Kim Tae-ho. "
        "Kim Tae-ho rejected the criticism."
    )
    actors = actors_of(text)
    first, second = actor_at(actors, text, "Kim Min-ji"), actor_at(actors, text, "Kim Tae-ho")
    assert first is not second
    assert actor_at(actors, text, "Kim Tae-ho", nth=1) is second


def test_definite_title_refers_to_the_person_named_before(actors_of):
    text = "Brazilian President Luiz Silva visited Lagos. The president praised the trade links."
    actors = actors_of(text)
    assert actor_at(actors, text, "president") is actor_at(actors, text, "Luiz Silva")


def test_titles_and_context_code_unknown_people(actors_of):
    text = (
        "Park Min-su, a spokesperson of South Korea's Foreign Ministry, spoke on Friday. "
        "An Indian Army spokesman declined to comment, and opposition leader Ram Kumar protested."
    )
    actors = actors_of(text)
    assert actor_at(actors, text, "Park Min-su").code == "KORGOV"
    assert actor_at(actors, text, "Indian Army spokesman").code == "INDMIL"
    assert actor_at(actors, text, "Ram Kumar").role == "OPP"


def test_research_fellow_at_an_institute_in_a_city(actors_of):
    text = "Wang Hong, a research fellow at the Shanghai Institutes for International Studies, said ties would improve."
    actors = actors_of(text)
    assert actor_at(actors, text, "Wang Hong").code == "CHNEDU"


def test_capitals_and_seats_are_metonyms_for_governments(actors_of):
    text = (
        "Seoul rejected the claim, and Beijing vowed to respond. Islamabad denies any role. "
        "The Kremlin said the White House was wrong."
    )
    actors = actors_of(text)
    assert actor_at(actors, text, "Seoul").code == "KORGOV"
    assert actor_at(actors, text, "Beijing").code == "CHNGOV"
    assert actor_at(actors, text, "Islamabad").code == "PAKGOV"
    assert actor_at(actors, text, "Kremlin").code == "RUSGOV"
    assert actor_at(actors, text, "White House").code == "USAGOV"
    assert actor_at(actors, text, "Seoul").kind == "government"


def test_capital_as_a_place_is_not_an_actor(actors_of):
    text = "The delegation arrived in Beijing on Tuesday."
    actors = actors_of(text)
    assert not any(m.text == "Beijing" for a in actors for m in a.mentions)


def test_organisations_igos_and_media(actors_of):
    text = (
        "The UN and NATO urged calm, the EU said, while ASEAN and the IMF stayed silent. "
        "CGTN and Xinhua reported the talks, and Samsung Electronics Co. expanded its plant."
    )
    actors = actors_of(text)
    assert actor_at(actors, text, "UN").country == "IGOUNO"
    assert actor_at(actors, text, "NATO").country == "IGOWSTNAT"
    assert actor_at(actors, text, "EU").country == "IGOEUREEC"
    assert actor_at(actors, text, "ASEAN").country == "IGOSEAASN"
    assert actor_at(actors, text, "IMF").country == "IGOIMF"
    assert actor_at(actors, text, "CGTN").code == "CHNMED"
    assert actor_at(actors, text, "Xinhua").code == "CHNMED"
    assert actor_at(actors, text, "Samsung").role == "BUS"


def test_ministries_and_the_government(actors_of):
    text = "Japan's Defence Ministry announced drills. The ministry said the Japanese government approved them."
    actors = actors_of(text)
    ministry = actor_at(actors, text, "Defence Ministry")
    assert ministry.code == "JPNGOV"  # CAMEO: ministries are government, MIL is the armed forces
    assert actor_at(actors, text, "ministry", nth=0) is ministry or actor_at(actors, text, "The ministry") is ministry
    assert actor_at(actors, text, "government").code == "JPNGOV"


def test_generic_agent_without_country_keeps_role_only(actors_of):
    text = "Police arrested three men after rebels attacked the town."
    actors = actors_of(text)
    police = actor_at(actors, text, "Police")
    assert (police.country, police.role) == (None, "COP")
    assert actor_at(actors, text, "rebels").role == "REB"


def test_office_holders_fill_a_missing_title(actors_of):
    text = "Wang Yi met Marco Rubio in Kuala Lumpur."
    actors = actors_of(text, date="2025-07-11")
    wang, rubio = actor_at(actors, text, "Wang Yi"), actor_at(actors, text, "Marco Rubio")
    assert (wang.code, wang.title) == ("CHNGOV", "Foreign Minister")
    assert (rubio.code, rubio.title) == ("USAGOV", "Secretary of State")


def test_office_holder_out_of_office_keeps_country_not_title(actors_of):
    text = "Fumio Kishida spoke at a university."
    actors = actors_of(text, date="2026-03-01")
    kishida = actor_at(actors, text, "Fumio Kishida")
    assert kishida.country == "JPN" and kishida.title is None


def test_surname_alone_with_title_found_in_office_holders(actors_of):
    text = "President Xi called for calm."
    actors = actors_of(text, date="2025-11-01")
    assert actor_at(actors, text, "Xi").name == "Xi Jinping"


def test_the_city_s_official_gets_the_city_s_country(actors_of):
    text = "The mayor met Liu Qing, the city's Communist Party secretary, on Monday."
    actors = actors_of(text, dateline="SHANGHAI")
    assert actor_at(actors, text, "Liu Qing").country == "CHN"


def test_mentions_have_offsets_into_the_text_and_sentences(actors_of):
    text = "China protested. Chinese President Xi Jinping spoke later."
    actors = actors_of(text)
    for actor in actors:
        for mention in actor.mentions:
            assert text[mention.start : mention.end] == mention.text
            assert mention.sentence in (0, 1)
    assert [a.id for a in actors] == [f"a{i + 1}" for i in range(len(actors))]


def test_coordinated_country_words_make_one_actor_each(actors_of):
    text = "Senior Hungarian and Romanian officials agreed to cooperate."
    actors = actors_of(text)
    assert actor_at(actors, text, "Hungarian").code == "HUNGOV"
    assert actor_at(actors, text, "Romanian").code == "ROUGOV"


def test_armed_groups_and_parties_have_a_home_country(actors_of):
    text = "Hezbollah fighters and Houthi rebels praised the attack, while the BJP said nothing."
    actors = actors_of(text)
    assert actor_at(actors, text, "Hezbollah").code == "LBNREB"
    assert actor_at(actors, text, "Houthi").country == "YEM"
    assert actor_at(actors, text, "BJP").code == "INDPTY"


def test_agent_without_a_country_takes_the_country_the_sentence_happens_in(actors_of):
    text = "Gunmen attacked a convoy near Kandahar, and soldiers returned fire."
    actors = actors_of(text)
    assert actor_at(actors, text, "Gunmen").code == "AFGREB"
    two_places = "Police in Nairobi and Lagos arrested dozens."
    assert actor_at(actors_of(two_places), two_places, "Police").country is None


def test_cities_where_actors_stand(actors_of):
    text = "Shanghai plays an important role in trade, officials said. Exports rose in Shanghai."
    actors = actors_of(text)
    shanghai = actor_at(actors, text, "Shanghai")
    assert (shanghai.country, shanghai.kind) == ("CHN", "city")
    assert len(shanghai.mentions) == 1  # "in Shanghai" is a place, not an actor


def test_demonym_adjective_of_a_thing_stands_for_its_country(actors_of):
    text = "Israeli shelling hit the Chinese embassy compound."
    actors = actors_of(text)
    assert actor_at(actors, text, "Israeli").code == "ISR"


def test_institutions_without_a_country_in_an_article_about_one_country(actors_of):
    text = (
        "Vietnam will launch a satellite next year. The government approved the plan, the ministry said. "
        "Vietnam and Japan signed a deal, and the Vietnamese government welcomed Vietnam's progress."
    )
    actors = actors_of(text)
    government = actor_at(actors, text, "government")
    assert government.code == "VNMGOV"
    assert actor_at(actors, text, "Vietnamese government") is government
    assert actor_at(actors, text, "ministry").country == "VNM"
    balanced = "China and Japan held talks. The government said the talks went well."
    assert actor_at(actors_of(balanced), balanced, "government").country is None


def test_untitled_country_of_an_official_from_the_institution_named_before(actors_of):
    text = "The Chilean navy was ordered to hold fire, Deputy Defence Minister Juan Perez said on Monday."
    actors = actors_of(text)
    assert actor_at(actors, text, "Juan Perez").code == "CHLGOV"  # a defence minister is GOV


def test_place_with_a_possessive_country(actors_of):
    text = "Militants burned a school in Kenya's north, police said."
    actors = actors_of(text)
    assert actor_at(actors, text, "Militants").code == "KENREB"
    assert actor_at(actors, text, "police").code == "KENCOP"


def test_provinces_and_their_adjectives_give_a_country(actors_of):
    text = "Chechen rebels attacked a post, and police in Xinjiang arrested dozens."
    actors = actors_of(text)
    assert actor_at(actors, text, "Chechen rebels").code == "RUSREB"
    assert actor_at(actors, text, "police").code == "CHNCOP"
    text = "The Central Command said the strike hit a depot."
    assert actor_at(actors_of(text), text, "Central Command").country is None  # a common word, not a province


def test_country_source_says_how_the_country_was_found(actors_of):
    text = "Wang Yi met South Korean President Lee Jae-myung. Rebels attacked a village in Uganda."
    actors = actors_of(text, date="2025-11-01")
    assert actor_at(actors, text, "Wang Yi").country_source == "office_holders"
    assert actor_at(actors, text, "Lee Jae-myung").country_source == "text"
    assert actor_at(actors, text, "Rebels").country_source == "place"


def test_acronym_defined_in_parentheses_is_the_same_organisation(actors_of):
    text = (
        "The Kenya Wildlife Service (KWS) said on Monday that KWS rangers had arrested two poachers. KWS denied abuse."
    )
    actors = actors_of(text)
    service = actor_at(actors, text, "Kenya Wildlife Service")
    assert service.country == "KEN"
    assert actor_at(actors, text, "KWS", nth=2) is service


def test_name_words_before_a_partial_person_entity(actors_of):
    text = "Hatem Abdel Qader, a Palestinian legislator, told reporters the plan would fail."
    actors = actors_of(text)
    person = actor_at(actors, text, "Hatem Abdel Qader")
    assert person.title != "Hatem" and person.country == "PSE"


def test_honorifics_and_hyphenated_country_words(actors_of):
    text = "Mr. Kim Tae-ho said the U.S.-led coalition would stay. Mr. Kim left early."
    actors = actors_of(text)
    kim = actor_at(actors, text, "Kim Tae-ho")
    assert kim.name == "Kim Tae-ho"
    assert actor_at(actors, text, "Kim", nth=1) is kim
    assert actor_at(actors, text, "U.S.-led").country == "USA"


def test_spokesman_for_an_organisation_takes_its_country_and_role(actors_of):
    text = "A spokesman for the Indian foreign ministry said 217 pilgrims died near Mecca."
    actors = actors_of(text)
    assert actor_at(actors, text, "spokesman").code == "INDGOV"
    assert actor_at(actors, text, "pilgrims").country is None  # visitors are not from where they are


def test_his_troops_belong_to_his_country(actors_of):
    text = "Ugandan President Yoweri Museveni sent his troops into the region on Wednesday."
    actors = actors_of(text)
    assert actor_at(actors, text, "troops").code == "UGAMIL"


def test_the_other_side_of_a_meeting_does_not_lend_its_country(actors_of):
    text = "Japanese Foreign Minister Takeshi Iwaya held talks with President Ali Rahman in Tokyo."
    actors = actors_of(text)
    assert actor_at(actors, text, "Ali Rahman").country != "JPN"


def test_peoples_names_and_war_machines(actors_of):
    text = "Tamil rebels attacked a base, and NATO warplanes struck back."
    actors = actors_of(text)
    rebels = actor_at(actors, text, "Tamil rebels")
    assert (rebels.kind, rebels.role) == ("group", "REB")
    assert actor_at(actors, text, "warplanes").code == "IGOWSTNATMIL"


def test_person_of_an_organisation(actors_of):
    text = "Ram Kumar of the Bharatiya Janata Party said the bill would pass, and Jane Doe from Human Rights Watch disagreed."
    actors = actors_of(text)
    assert actor_at(actors, text, "Ram Kumar").code == "INDPTY"
    assert actor_at(actors, text, "Jane Doe").country == "NGOHRW"
