"""Places: gazetteer, recognition and context-based resolution on composed sentences and the samples."""

from __future__ import annotations

import pytest

from detente.analyse.pipeline import analyse_doc
from detente.analyse.places import distance_km, load_gazetteer
from detente.analyse.places.names import name_key
from detente.analyse.registry import Parsed
from detente.model import Actor, Article

SHANGHAI = (31.23, 121.47)
GYEONGJU = (35.84, 129.21)
QINGDAO = (36.07, 120.38)
JEJU = (33.50, 126.53)
BEIJING = (39.90, 116.40)


def places_of(nlp, text: str, actor_countries: tuple[str, ...] = (), dateline: str | None = None) -> Article:
    """Run the real places stage on a composed text (actors given as records, as stage 20 would)."""
    actors = [Actor(id=f"a{i}", name=c, country=c, kind="country") for i, c in enumerate(actor_countries)]
    metadata = {"dateline_place": dateline} if dateline else {}
    article = Article(id="t", text=text, content_hash="t", actors=actors, metadata=metadata)
    return analyse_doc(Parsed(nlp(text), article), only={"places"})


def find(article: Article, name: str):
    matches = [p for p in article.places if p.name == name]
    assert matches, f"{name!r} not found in {[p.name for p in article.places]}"
    return matches[0]


def near(place, point: tuple[float, float], km: float = 50.0) -> bool:
    return place.lat is not None and distance_km(place.lat, place.lon, *point) <= km


# -- gazetteer ------------------------------------------------------------------------------------------


def test_name_keys_meet_across_spellings():
    assert name_key("Gyeongju-si") == name_key("gyeongju si")
    assert name_key("Côte d’Ivoire") == name_key("Cote d'Ivoire")
    assert name_key("the Korean Peninsula") == "korean peninsula"
    assert name_key("U.S.") == "us"


def test_gazetteer_finds_a_city_by_its_short_name():
    gaz = load_gazetteer()
    entries = [e for e, _ in gaz.lookup(name_key("Jeju"))]
    assert any(e.name == "Jeju City" and e.country == "KOR" for e in entries)


def test_curated_data_resolves_and_wins():
    gaz = load_gazetteer()
    (rok,) = [e for e, _ in gaz.lookup(name_key("ROK"))]
    assert (rok.feature, rok.country) == ("country", "KOR")
    (calif,) = [e for e, _ in gaz.lookup(name_key("Calif."))]
    assert (calif.feature, calif.admin1) == ("admin1", "US.CA")
    (peninsula,) = [e for e, _ in gaz.lookup(name_key("Korean Peninsula"))]
    assert peninsula.feature == "region" and 36 < peninsula.lat < 40


def test_every_curated_row_is_in_the_index():
    from detente.analyse.places.gazetteer import _data_rows

    gaz = load_gazetteer()
    for alias, feature, country, _target in _data_rows("aliases.tsv"):
        entries = {(e.feature, e.country) for e, _ in gaz.lookup(name_key(alias))}
        assert entries == {(feature, country)}, alias  # two rows with one key must agree
    for name, feature, country, lat, lon, _gid, _aliases in _data_rows("regions.tsv"):
        entries = [e for e, _ in gaz.lookup(name_key(name))]
        assert any(e.feature == feature and (e.country or "") == country for e in entries), name
        assert -90 <= float(lat) <= 90 and -180 <= float(lon) <= 180, name


def test_gazetteer_entries_have_sane_coordinates():
    gaz = load_gazetteer()
    assert len(gaz.entries) > 100_000
    assert all(-90 <= e.lat <= 90 and -180 <= e.lon <= 180 for e in gaz.entries)
    countries = {e.country for e in gaz.entries if e.feature == "country"}
    assert {"KOR", "CHN", "USA", "PRK", "IND"} <= countries


# -- composed sentences ---------------------------------------------------------------------------------


def test_offsets_point_at_the_name(nlp):
    text = "Officials in Seoul and Tokyo met in Hanoi on Friday."
    article = places_of(nlp, text)
    assert [p.name for p in article.places] == ["Seoul", "Tokyo", "Hanoi"]
    for place in article.places:
        assert text[place.start : place.end] == place.name
    assert [p.country for p in article.places] == ["KOR", "JPN", "VNM"]


def test_metonym_is_still_a_place(nlp):
    article = places_of(nlp, "Seoul rejected the proposal, and Beijing said it would respond.")
    assert find(article, "Seoul").country == "KOR"
    assert near(find(article, "Beijing"), BEIJING)


def test_qualifier_next_to_the_name_decides(nlp):
    article = places_of(nlp, "The festival moved from Paris, Texas, to a larger venue last year.")
    assert find(article, "Paris").country == "USA"
    article = places_of(nlp, "The ministers met in Paris on Monday.")
    assert find(article, "Paris").country == "FRA"


def test_article_countries_disambiguate(nlp):
    text = "Protesters gathered in Georgia on Sunday, police said."
    assert find(places_of(nlp, text, actor_countries=("USA",)), "Georgia").feature == "admin1"
    assert find(places_of(nlp, text, actor_countries=("RUS",)), "Georgia").feature == "country"


def test_other_places_in_the_article_disambiguate(nlp):
    text = "The ferry from Busan reached Jeju after a night at sea, and tourists flew on to Seoul."
    jeju = find(places_of(nlp, text), "Jeju")
    assert jeju.country == "KOR" and near(jeju, JEJU)


def test_generic_head_words_are_understood(nlp):
    article = places_of(nlp, "Troops exchanged fire in the Poonch sector overnight, the Indian army said.")
    poonch = [p for p in article.places if p.name.startswith("Poonch")]
    assert poonch and poonch[0].country == "IND"


def test_places_inside_organisation_names_are_marked(nlp):
    article = places_of(nlp, "The Bank of Korea kept its rate unchanged.")
    korea = find(article, "Korea")
    assert korea.country == "KOR" and korea.in_name == "Bank of Korea"
    article = places_of(nlp, "Officials in Seoul welcomed the decision.")
    assert find(article, "Seoul").in_name is None


def test_acronym_country_tagged_as_org_is_a_place(nlp):
    article = places_of(nlp, "Trade between China and the ROK grew by five percent.")
    assert find(article, "ROK").country == "KOR"


def test_a_city_wins_over_its_namesake_province(nlp):
    geneva = find(places_of(nlp, "Talks resumed in Geneva on Monday."), "Geneva")
    assert (geneva.country, geneva.feature) == ("CHE", "city")


def test_a_named_state_and_nearby_cities_disambiguate(nlp):
    text = "Police in Athens said the suspect fled toward Atlanta, Georgia, on Saturday."
    article = places_of(nlp, text)
    assert find(article, "Athens").country == "USA"
    assert find(article, "Georgia").feature == "admin1"
    assert places_of(nlp, "Tourists crowded the Acropolis in Athens this summer.").places[-1].country == "GRC"


def test_a_person_named_like_a_town_is_not_a_place(nlp):
    article = places_of(nlp, "Senator Ben Nelson voted against the bill. Nelson said he had doubts.")
    assert all(p.name != "Nelson" for p in article.places)


def test_towns_the_parser_calls_people_are_places_only_near_the_article_places(nlp):
    text = "The mayor of Benson, Minnesota, met officials from Alexandria and Morris on Monday."
    article = places_of(nlp, text)
    alexandria = find(article, "Alexandria")
    assert alexandria.country == "USA" and near(alexandria, (45.885, -95.377))
    assert find(article, "Morris").country == "USA"
    lone = places_of(nlp, "Officials from Alexandria and Morris met on Monday to discuss the budget.")
    assert all(p.name != "Morris" for p in lone.places)


def test_one_sense_per_discourse(nlp):
    # The parser tags the first 'Torrington' as a place; later uses in other roles are the same town.
    text = "A fire destroyed a house in Torrington, Connecticut. Torrington firefighters stayed all night."
    names = [p.name for p in places_of(nlp, text).places]
    assert names.count("Torrington") == 2


def test_demonyms_resolve_only_as_a_fallback():
    from detente.analyse.places.resolve import candidates

    gaz = load_gazetteer()
    ((entry, _),) = candidates(gaz, name_key("Sri Lankan"))
    assert (entry.feature, entry.country) == ("country", "LKA")
    ((entry, _),) = candidates(gaz, name_key("Syrians"))
    assert entry.country == "SYR"
    assert all(e.feature != "country" or e.country == "CHN" for e, _ in candidates(gaz, name_key("Chinese")))


def test_dateline_is_the_reporting_place(nlp):
    article = places_of(nlp, "The two sides signed the agreement on Tuesday.", dateline="NEW DELHI")
    assert article.reporting_place is not None
    assert article.reporting_place.name == "NEW DELHI"
    assert article.reporting_place.country == "IND" and article.reporting_place.feature == "city"
    assert places_of(nlp, "No dateline here.").reporting_place is None
    double = places_of(nlp, "Both capitals reacted.", dateline="SEOUL/BEIJING").reporting_place
    assert double is not None and double.country == "KOR"


# -- places international news is about ---------------------------------------------------------------


def test_disputed_places_under_every_name():
    gaz = load_gazetteer()

    def only(name: str):
        (entry,) = [e for e, _ in gaz.lookup(name_key(name))]
        return entry

    assert only("Takeshima") == only("Liancourt Rocks") == only("Dokdo")
    assert only("Diaoyu Islands") == only("Senkakus") and only("Senkakus").country == "JPN"
    assert only("Nansha Islands") == only("Spratlys") and only("Spratlys").country is None  # held in parts
    assert only("Ayungin Shoal").country == "PHL"
    assert only("Malvinas").country == only("Falklands").country == "FLK"
    assert only("Kherson Oblast").feature == "admin1" and only("Kherson Oblast").country == "UKR"


def test_transliteration_apostrophes_and_arabic_articles_are_optional():
    gaz = load_gazetteer()
    assert any(e.country == "GEO" and e.feature == "city" for e, _ in gaz.lookup(name_key("Tskhinvali")))
    assert any(e.country == "SYR" and e.feature == "city" for e, _ in gaz.lookup(name_key("Qamishli")))
    assert not any(e.country == "USA" for e, _ in gaz.lookup(name_key("Paso")))  # only Arabic-speaking countries


def test_place_cues_load():
    from detente.analyse.places.cues import load_cues

    cues = load_cues()
    assert {"region", "province", "oblast"} <= cues.admin_heads <= cues.division_heads <= cues.heads
    assert {"peninsula", "border crossing", "district"} <= cues.heads
    assert "site" in cues.site_heads and "nuclear" in cues.site_qualifiers
    assert cues.head("Regions") == "region" and cues.head("Village") is None and cues.head("villages") == "village"
    assert {"village", "north"} <= cues.left_nouns and {"in", "near", "off", "across"} <= cues.prepositions


def test_a_curated_place_the_parser_calls_a_nationality(nlp):
    article = places_of(nlp, "Japan lodged a protest over a Korean naval drill around the Dokdo islets.")
    assert find(article, "Dokdo islets").country == "KOR"


def test_an_administrative_head_means_the_province_not_its_town(nlp):
    # The place is reported as the text gives it, head and all; it is geocoded as the province.
    gao = find(places_of(nlp, "Jihadists ambushed a supply convoy in the Gao region on Thursday."), "Gao region")
    assert (gao.country, gao.feature) == ("MLI", "admin1")
    # Ukraine's oblasts are listed under their Ukrainian names; 'region' finds them as 'Oblast'.
    kherson = find(
        places_of(nlp, "Shelling damaged power lines in the Kherson region, the governor said."), "Kherson region"
    )
    assert (kherson.country, kherson.feature) == ("UKR", "admin1")
    washington = find(places_of(nlp, "Wildfires spread across Washington state this week."), "Washington state")
    assert (washington.country, washington.feature) == ("USA", "admin1")


def test_a_plural_head_is_shared_by_the_names_before_it(nlp):
    article = places_of(nlp, "Drones targeted the Kursk, Bryansk and Belgorod border regions overnight.")
    for name in ("Kursk", "Bryansk", "Belgorod"):
        place = find(article, name)
        assert (place.country, place.feature) == ("RUS", "admin1"), name
    article = places_of(nlp, "Russia claims to have annexed the Kherson and Zaporizhzhia regions.")
    assert {find(article, n).feature for n in ("Kherson", "Zaporizhzhia")} == {"admin1"}


def test_a_lower_case_head_inside_a_place_entity_resolves_the_name(nlp):
    bekaa = find(places_of(nlp, "Israeli jets struck targets in the Bekaa valley."), "Bekaa valley")
    assert (bekaa.country, bekaa.feature) == ("LBN", "admin1")


def test_a_curated_name_the_parser_cut_short(nlp):
    # The small model tags 'the Ta Muen' as an organisation and leaves 'Thom' out.
    article = places_of(nlp, "Tourists returned to the Ta Muen Thom complex after the ceasefire.")
    temple = find(article, "Ta Muen Thom")
    assert (temple.country, temple.feature) == ("THA", "landmark")


def test_a_hyphenated_site_name_the_parser_split(nlp):
    article = places_of(nlp, "Satellite images showed activity at the Musudan-ri launch site.")
    site = find(article, "Musudan-ri launch site")
    assert (site.country, site.feature) == ("PRK", "landmark")


def test_a_head_completes_a_curated_name(nlp):
    article = places_of(nlp, "The inspectors reached the Zaporizhzhia plant after crossing the front line.")
    plant = find(article, "Zaporizhzhia plant")
    assert (plant.country, plant.feature) == ("UKR", "landmark") and near(plant, (47.51, 34.59), 20)


def test_cues_around_a_name_the_parser_misses(nlp):
    siversk = find(
        places_of(nlp, "Moscow said its troops had taken the town of Siversk after weeks of fighting."), "Siversk"
    )
    assert siversk.country == "UKR"
    natanz = find(
        places_of(nlp, "Satellite photos showed trucks outside the Natanz enrichment facility."),
        "Natanz enrichment facility",
    )
    assert natanz.country == "IRN"
    assert find(places_of(nlp, "Explosions were reported near Yongbyon on Tuesday."), "Yongbyon").country == "PRK"


def test_border_towns_crossings_and_camps(nlp):
    chaman = find(places_of(nlp, "Gunmen attacked a market in the Chaman border town."), "Chaman border town")
    assert chaman.country == "PAK"
    torkham = find(
        places_of(nlp, "Trucks queued at the Torkham border crossing for a third day."), "Torkham border crossing"
    )
    # a crossing named after the town on one side is in that town's country (Torkham, Khyber district)
    assert torkham.feature == "landmark" and torkham.country == "PAK"
    camp = find(places_of(nlp, "Families fled the Zamzam camp after days of shelling."), "Zamzam camp")
    assert (camp.country, camp.feature) == ("SDN", "landmark")


def test_a_name_cued_once_is_a_place_wherever_it_recurs(nlp):
    text = "Drones struck an oil depot in the Kherson region overnight. Kherson officials reported no casualties."
    names = [p.name for p in places_of(nlp, text).places]
    assert names == ["Kherson region", "Kherson"]


def test_a_compass_direction_of_a_town_is_a_place_cue(nlp):
    article = places_of(nlp, "Russian units advanced ten kilometres north of Siversk overnight.")
    assert find(article, "Siversk").country == "UKR"


def test_a_head_must_end_the_name(nlp):
    assert [p.name for p in places_of(nlp, "The US State Department's coordinator spoke on Monday.").places] == ["US"]
    article = places_of(nlp, "A tornado hit the eastern Hokkaido town of Saroma on Tuesday.")
    assert find(article, "Hokkaido").feature == "admin1"  # the town is Saroma, not Hokkaido
    article = places_of(nlp, "It accounts for most US military facilities on the island.")
    assert [p.name for p in article.places] == ["US"]
    article = places_of(nlp, "Talks were held at Beijing's Diaoyutai State Guesthouse.")
    assert [p.name for p in article.places] == ["Beijing"]  # a guesthouse, not the islands


def test_a_holy_site_but_not_the_militia_named_after_it(nlp):
    site = find(places_of(nlp, "Police entered the Al-Aqsa mosque compound at dawn."), "Al-Aqsa mosque compound")
    assert (site.country, site.feature) == ("PSE", "landmark")
    assert not places_of(nlp, "Gunmen of the Al Aqsa Martyrs Brigades claimed the attack.").places


def test_a_district_named_like_a_family_only_with_its_head(nlp):
    district = find(
        places_of(nlp, "Militants attacked a checkpoint in Orakzai district on Monday."), "Orakzai district"
    )
    assert (district.country, district.feature) == ("PAK", "admin2")
    assert not places_of(nlp, "Governor Orakzai said the talks would continue.").places


def test_no_cue_makes_an_institution_or_a_brand_a_place(nlp):
    assert not places_of(nlp, "The bill passed in Congress after a long debate.").places
    assert not places_of(nlp, "Production resumed at the Hyundai plant on Monday.").places
    assert not places_of(nlp, "Shoppers queued near the Re/Max office downtown.").places
    assert not places_of(nlp, "Staff of the International Rescue Committee met on Monday.").places


# -- the sample articles (full pipeline) ---------------------------------------------------------------


@pytest.mark.slow
def test_korea_sample_places(analysed_samples):
    article = analysed_samples["korea"]
    shanghai = find(article, "Shanghai")
    assert shanghai.country == "CHN" and near(shanghai, SHANGHAI) and shanghai.geonames_id
    assert near(find(article, "Beijing"), BEIJING)
    assert find(article, "Korean Peninsula").feature == "region"
    assert find(article, "South Korea").country == "KOR"
    reporting = article.reporting_place
    assert reporting is not None and reporting.country == "CHN"
    assert distance_km(reporting.lat, reporting.lon, *SHANGHAI) <= 50


@pytest.mark.slow
def test_cgtn_sample_places(analysed_samples):
    article = analysed_samples["cgtn"]
    for name, point, country in (("Gyeongju", GYEONGJU, "KOR"), ("Qingdao", QINGDAO, "CHN"), ("Jeju", JEJU, "KOR")):
        place = find(article, name)
        assert place.country == country and near(place, point), place
    assert find(article, "ROK").country == "KOR"
    for name in ("Gyeongju", "Qingdao", "Jeju"):  # every mention, also "the Qingdao-Jeju line" and "Jeju's"
        assert sum(p.name == name for p in article.places) == article.text.count(name), name
    for place in article.places:
        assert article.text[place.start : place.end] == place.name


@pytest.mark.slow
def test_places_and_reporting_place_are_stored(analysed_samples, tmp_path):
    from detente.store.db import Store

    db = tmp_path / "places.duckdb"
    with Store(db) as store:
        store.write(list(analysed_samples.values()))
        shanghai = store.conn.execute(
            "SELECT country, feature, geonames_id FROM place WHERE name = 'Shanghai' LIMIT 1"
        ).fetchone()
        reporting = store.conn.execute(
            "SELECT reporting_place_name, reporting_place_country FROM article WHERE reporting_place_name IS NOT NULL"
        ).fetchall()
    assert shanghai[0] == "CHN" and shanghai[1] == "city" and shanghai[2] > 0
    assert reporting == [("SHANGHAI", "CHN")]
