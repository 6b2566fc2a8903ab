"""Actors of one parsed article: find the mentions, link them, and emit :class:`~detente.model.Actor`."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from spacy.tokens import Doc

from ...model import Actor, Article, Mention
from ...read.layout import opening_lines, text_datelines
from .lexicon import ActorLexicon, current_lexicon
from .link import Cluster, Linker
from .mentions import dateline_country, find_candidates


def article_day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.date[:10]) if article.date else None
    except ValueError:
        return None


# CAMEO codes the officials, leaders and bodies of an international organisation with its code
# alone ("EU officials" -> IGOEUREEC, not IGOEUREECGOV); only forces under its command add MIL
# ("NATO troops" -> IGOWSTNATMIL, "UN peacekeepers"), as PETRARCH's dictionaries do
INTERNATIONAL = frozenset({"IGO", "NGO"})
ROLES_KEPT_BY_INTERNATIONALS = frozenset({"MIL"})


def coded_role(country: str | None, role: str | None) -> str | None:
    """The role an actor code carries: none for an IGO/NGO unless it is one of its forces."""
    if country and country[:3] in INTERNATIONAL and role not in ROLES_KEPT_BY_INTERNATIONALS:
        return None
    return role


def actor_code(cluster: Cluster) -> str | None:
    """CAMEO-style code: country (or IGO) + role; '---' stands for an unknown country, as in CAMEO."""
    if cluster.code:
        return cluster.code
    role = coded_role(cluster.country, cluster.role)
    if cluster.country:
        return cluster.country + (role or "")
    return "---" + role if role else None


def filing_spans(article: Article) -> list[tuple[int, int]]:
    """The character spans of the filing lines a text read raw still holds (wire copy: 'By Xinhua writer X',
    'BEIJING, Nov. 5 (Xinhua) --', each dateline of a digest). Their place and agency are no parties; the place is
    not taken for the article's dateline either (a Xinhua story filed from Beijing about a trip to Lisbon does not
    make the Portuguese it names Chinese): only a dateline the reader took off is."""
    _dateline, spans = opening_lines(article.text)
    return spans + [(start, end) for start, end, _place in text_datelines(article.text)]


def find_actors(doc: Doc, article: Article, lexicon: ActorLexicon | None = None) -> list[Actor]:
    lexicon = lexicon or current_lexicon()
    day = article_day(article)
    candidates = find_candidates(doc, lexicon, day, article.dateline, filing_spans(article))
    clusters = Linker(doc, day, dateline_country(article.dateline)).link(candidates)
    starts = [s.start for s in article.sentences] or [sent.start_char for sent in doc.sents]
    actors = []
    for cluster in clusters:
        mentions = []
        for start, end in sorted(set(cluster.mentions)):
            span = doc[start:end]
            mentions.append(
                Mention(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    sentence=max(bisect_right(starts, span.start_char) - 1, 0),
                )
            )
        actors.append(
            Actor(
                id=f"a{len(actors) + 1}",
                name=cluster.name,
                code=actor_code(cluster),
                country=cluster.country,
                role=coded_role(cluster.country, cluster.role),
                title=cluster.title,
                kind=cluster.kind,
                mentions=mentions,
                country_source=cluster.country_source if cluster.country else None,
            )
        )
    return actors
