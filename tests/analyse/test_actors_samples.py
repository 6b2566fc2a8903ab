"""The two sample articles through the whole pipeline: the actors the issue names, coded as it says."""

from __future__ import annotations

import pytest

from detente.model import Actor, Article


def by_name(article: Article, name: str) -> Actor:
    found = [a for a in article.actors if a.name == name]
    assert len(found) == 1, f"{name!r}: {[(a.name, a.code) for a in article.actors]}"
    return found[0]


def covering(article: Article, start: int, end: int) -> list[Actor]:
    return [a for a in article.actors for m in a.mentions if m.start < end and m.end > start]


@pytest.mark.slow
def test_korea_sample_people(analysed_samples):
    article = analysed_samples["korea"]
    lee = by_name(article, "Lee Jae-myung")
    assert lee.code == "KORGOV" and lee.title == "President"
    chen = by_name(article, "Chen Jining")
    assert chen.country == "CHN"
    assert by_name(article, "Xi Jinping").code == "CHNGOV"
    # every bare "Lee" in the article is the president
    text = article.text
    at = text.find("Lee ")
    while at >= 0:
        assert lee in covering(article, at, at + 3)
        at = text.find("Lee ", at + 1)


@pytest.mark.slow
def test_cgtn_sample_people_and_metonyms(analysed_samples):
    article = analysed_samples["cgtn"]
    assert by_name(article, "Lee Jae-myung").code == "KORGOV"
    assert by_name(article, "Xi Jinping").code == "CHNGOV"
    for name in ("Park Byeong-seug", "Woo Won-shik", "Cho Hyun"):
        assert by_name(article, name).country == "KOR"
    text = article.text
    president_lee = text.index("President Lee sent")
    assert by_name(article, "Lee Jae-myung") in covering(article, president_lee, president_lee + 14)
    seoul = text.index("Seoul")
    assert [a.code for a in covering(article, seoul, seoul + 5)] == ["KORGOV"]
    rok = text.index("ROK")
    assert covering(article, rok, rok + 3)[0].country == "KOR"
    cgtn = text.index("CGTN published")
    assert covering(article, cgtn, cgtn + 4)[0].code == "CHNMED"


@pytest.mark.slow
def test_sample_mentions_point_into_the_text(analysed_samples):
    for article in analysed_samples.values():
        for actor in article.actors:
            assert actor.mentions
            for mention in actor.mentions:
                assert article.text[mention.start : mention.end] == mention.text
                sentence = article.sentences[mention.sentence]
                assert sentence.start <= mention.start < sentence.end
