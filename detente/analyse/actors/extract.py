"""Actors of one parsed article: find the mentions, link them, and emit :class:`~detente.model.Actor`."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right

from spacy.tokens import Doc

from ...model import Actor, Article, Mention
from .lexicon import ActorLexicon, current_lexicon
from .link import Cluster, Linker
from .mentions import find_candidates


def article_day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat(article.date[:10]) if article.date else None
    except ValueError:
        return None


def actor_code(cluster: Cluster) -> str | None:
    """CAMEO-style code: country (or IGO) + role; '---' stands for an unknown country, as in CAMEO."""
    if cluster.code:
        return cluster.code
    if cluster.country:
        return cluster.country + (cluster.role or "")
    return "---" + cluster.role if cluster.role else None


def find_actors(doc: Doc, article: Article, lexicon: ActorLexicon | None = None) -> list[Actor]:
    lexicon = lexicon or current_lexicon()
    day = article_day(article)
    candidates = find_candidates(doc, lexicon, day, article.dateline)
    clusters = Linker(doc, day).link(candidates)
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
                role=cluster.role,
                title=cluster.title,
                kind=cluster.kind,
                mentions=mentions,
                country_source=cluster.country_source if cluster.country else None,
            )
        )
    return actors
