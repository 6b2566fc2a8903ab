"""Synthetic article records for load tests and chart tests: valid records of the data model, with
consistent offsets, many events between a handful of countries, outlets in several countries and
geocoded places. The text is generated and says so; it is never presented as news."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from datetime import date, timedelta

from ..model import (
    Actor,
    ActorRef,
    Article,
    DateMention,
    Event,
    Mention,
    Place,
    Quote,
    Sentence,
    Tone,
)

# (code, country, role, name) of the synthetic actors.
ACTORS = [
    ("KORGOV", "KOR", "GOV", "the South Korean government"),
    ("CHNGOV", "CHN", "GOV", "the Chinese government"),
    ("USAGOV", "USA", "GOV", "the US government"),
    ("JPNGOV", "JPN", "GOV", "the Japanese government"),
    ("RUSGOV", "RUS", "GOV", "the Russian government"),
    ("PRKMIL", "PRK", "MIL", "the North Korean military"),
    ("IGOUNO", "IGOUNO", None, "the United Nations"),
    ("KORBUS", "KOR", "BUS", "South Korean companies"),
    ("CHNMED", "CHN", "MED", "Chinese state media"),
]
# (cameo, root, quad_class, goldstein, plover, verb phrase)
ACTIONS = [
    ("040", "04", 1, 1.0, "CONSULT", "held talks with"),
    ("036", "03", 1, 4.0, "CONSULT", "expressed intent to meet"),
    ("051", "05", 1, 3.4, "COOPERATE", "praised"),
    ("057", "05", 1, 8.0, "AGREE", "signed an agreement with"),
    ("061", "06", 2, 6.4, "COOPERATE", "expanded trade with"),
    ("071", "07", 2, 7.4, "AID", "sent aid to"),
    ("111", "11", 3, -2.0, "ACCUSE", "criticised"),
    ("112", "11", 3, -2.0, "ACCUSE", "accused"),
    ("130", "13", 3, -4.4, "THREATEN", "threatened"),
    ("163", "16", 4, -5.6, "SANCTION", "imposed sanctions on"),
    ("190", "19", 4, -10.0, "FIGHT", "fired on"),
]
# (name, country, lat, lon)
PLACES = [
    ("Seoul", "KOR", 37.566, 126.978),
    ("Beijing", "CHN", 39.904, 116.407),
    ("Shanghai", "CHN", 31.222, 121.458),
    ("Tokyo", "JPN", 35.690, 139.692),
    ("Washington", "USA", 38.895, -77.036),
    ("Moscow", "RUS", 55.752, 37.616),
    ("Pyongyang", "PRK", 39.034, 125.754),
    ("Geneva", "CHE", 46.202, 6.146),
]
# (outlet, country): real outlet names, so that an outlets codebook places them in their country. The
# articles' text and titles say they are synthetic.
OUTLETS = [
    ("Yonhap News Agency", "KOR"),
    ("Xinhua News Agency", "CHN"),
    ("Kyodo News", "JPN"),
    ("Associated Press", "USA"),
]


def synthetic_articles(
    count: int, *, events_per_article: int = 10, seed: int = 7, start: date = date(2020, 1, 1), days: int = 2400
) -> Iterator[Article]:
    """``count`` articles with ``events_per_article`` events each (one sentence per event)."""
    rng = random.Random(seed)
    has_outlet_country = "outlet_country" in Article.model_fields  # newer model versions carry it
    for n in range(count):
        published = start + timedelta(days=rng.randrange(days))
        outlet, outlet_country = rng.choice(OUTLETS)
        text = ""
        sentences: list[Sentence] = []
        events: list[Event] = []
        places: list[Place] = []
        dates: list[DateMention] = []
        mentions: dict[str, list[Mention]] = {}
        for i in range(events_per_article):
            (src, tgt) = rng.sample(range(len(ACTORS)), 2)
            cameo, root, quad, goldstein, plover, verb = rng.choice(ACTIONS)
            place = rng.choice(PLACES)
            when = published - timedelta(days=rng.randrange(3))
            src_name, tgt_name = ACTORS[src][3], ACTORS[tgt][3]
            day = when.strftime("%B %d")
            sentence = f"Synthetic report {n}.{i}: {src_name} {verb} {tgt_name} in {place[0]} on {day}."
            begin = len(text)
            text += sentence + " "
            sentences.append(Sentence(start=begin, end=begin + len(sentence)))
            s_at = begin + sentence.index(src_name)
            t_at = begin + sentence.index(tgt_name, s_at - begin + len(src_name))
            p_at = begin + sentence.index(f" in {place[0]}") + 4
            d_at = begin + sentence.rindex(day)
            for actor, at, name in ((src, s_at, src_name), (tgt, t_at, tgt_name)):
                mentions.setdefault(ACTORS[actor][0], []).append(
                    Mention(start=at, end=at + len(name), text=name, sentence=i)
                )
            places.append(
                Place(
                    name=place[0],
                    country=place[1],
                    lat=place[2],
                    lon=place[3],
                    start=p_at,
                    end=p_at + len(place[0]),
                    feature="city",
                )
            )
            dates.append(DateMention(text=day, value=when.isoformat(), start=d_at, end=d_at + len(day)))
            events.append(
                Event(
                    source_actor=ActorRef(name=src_name, code=ACTORS[src][0], actor=f"a{src}"),
                    target_actor=ActorRef(name=tgt_name, code=ACTORS[tgt][0], actor=f"a{tgt}"),
                    cameo=cameo,
                    root=root,
                    quad_class=quad,
                    goldstein=goldstein,
                    plover=plover,
                    date=when.isoformat(),
                    date_source="sentence",
                    place=place[0],
                    sentence=i,
                    start=begin,
                    end=begin + len(sentence),
                    trigger=verb,
                    confidence=0.9,
                )
            )
        quote_text = f"Synthetic quotation number {n}."
        quote_at = len(text) + 1
        text += f'"{quote_text}" the spokesperson said.'
        sentences.append(Sentence(start=quote_at - 1, end=len(text)))
        actors = [
            Actor(
                id=f"a{k}", name=name, code=code, country=country, role=role, kind="government", mentions=mentions[code]
            )
            for k, (code, country, role, name) in enumerate(ACTORS)
            if code in mentions
        ]
        digest = hashlib.sha256(text.encode()).hexdigest()
        extra = {"outlet_country": outlet_country} if has_outlet_country else {}
        yield Article(
            id=f"synthetic-{n}",
            title=f"Synthetic article {n}",
            date=published.isoformat(),
            date_source="field",
            source=outlet,
            language="en",
            text=text,
            content_hash=digest,
            metadata={"synthetic": True},
            sentences=sentences,
            actors=actors,
            events=events,
            quotes=[Quote(text=quote_text, kind="direct", start=quote_at, end=quote_at + len(quote_text))],
            places=places,
            dates=dates,
            tone=Tone(tone=round(rng.uniform(-6, 6), 3), word_count=len(text.split())),
            **extra,
        )
