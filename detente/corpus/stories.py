"""Stories: events from different articles that report one real-world event, with GDELT's counters.

Two events are one story when they have the same CAMEO root, the same actors (in either order when the
event is symmetric, see ``detente/data/stories/symmetric.yaml``) and event dates at most one day apart.
Every report is kept as a mention (article, event, sentence, offsets, confidence), like GDELT's Mentions
table; the counters NumMentions, NumArticles and NumSources (distinct outlets) are recomputed from the
mentions of each touched story, so re-ingesting or adding articles never double-counts.

Negated events ("did not meet") are not stories: nothing happened.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import lru_cache

import duckdb

from detente.packaged import read_data_yaml

from ..model import Actor, ActorRef, Article, Event, Place, Story, StoryMention
from ..read.article import url_domain
from .tables import insert_records

DAY_WINDOW = 1
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_COUNTRY_CODE = re.compile(r"^[A-Z]{3}")


@dataclass(frozen=True)
class Symmetry:
    roots: frozenset[str]
    codes: frozenset[str]

    def __call__(self, event: Event) -> bool:
        return event.root in self.roots or event.cameo in self.codes


@lru_cache(maxsize=1)
def symmetry() -> Symmetry:
    raw = read_data_yaml("stories/symmetric.yaml")
    return Symmetry(frozenset(str(r) for r in raw.get("roots", [])), frozenset(str(c) for c in raw.get("codes", [])))


@dataclass(frozen=True)
class ActorSide:
    """One side of an event as a story sees it."""

    identity: str | None  # what makes two reports' actors the same: the code, else the name
    code: str | None
    name: str | None
    country: str | None
    role: str | None
    offset: int | None  # where the actor is named nearest the event

    def story_fields(self, prefix: str) -> dict[str, str | None]:
        """This side as the story's ``actor1_*`` or ``actor2_*`` fields."""
        return {f"{prefix}_{name}": getattr(self, name) for name in ("code", "name", "country", "role")}


def _side(ref: ActorRef | None, actors: dict[str, Actor], event: Event) -> ActorSide:
    if ref is None:
        return ActorSide(None, None, None, None, None, None)
    actor = actors.get(ref.actor) if ref.actor else None
    code = ref.code or (actor.code if actor else None)
    name = ref.name or (actor.name if actor else None)
    country = actor.country if actor and actor.country else None
    if country is None and code and _COUNTRY_CODE.match(code):
        country = code[:3]
    role = actor.role if actor else None
    offset = None
    if actor and actor.mentions:
        offset = min(actor.mentions, key=lambda m: abs(m.start - event.start)).start
    identity = code or (name.strip().lower() if name else None)
    return ActorSide(identity, code, name, country, role, offset)


def event_day(event: Event, article: Article, written: str | None = None) -> str | None:
    """The event's own date; an undated current event (or one dated only by its article) happened around
    the time the text was written: ``written`` (the original's date, for a republished copy) or else the
    article's own date."""
    if event.date and not (written and event.date_source == "article"):
        return event.date
    when = written or article.date
    if not event.historical and when and _ISO_DAY.match(when):
        return when
    return None


def _original_dates(conn: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> dict[str, str]:
    """Article id -> publication date of its syndication group's original, for copies of an earlier text.

    A republished copy's undated events happened when the original was written, not when it was reposted.
    """
    rows = conn.execute(
        """
        SELECT a.id, o."date" FROM article a JOIN article o ON o.id = a.original_id
        WHERE a.id IN (SELECT unnest(?)) AND o."date" IS NOT NULL
        """,
        [[a.id for a in articles]],
    ).fetchall()
    return dict(rows)


def story_key(event: Event, first: ActorSide, second: ActorSide, own: str) -> tuple[str, bool]:
    """(merge key without the date, symmetric?). An event with no actor at all cannot be told apart from
    another of the same kind and day, so it keeps a key of its own (``own``: article and event index)."""
    symmetric = symmetry()(event)
    if not first.identity and not second.identity:
        return f"{event.root}|alone|{own}", symmetric
    pair = [first.identity or "", second.identity or ""]
    if symmetric:
        pair.sort()
    return f"{event.root}|{'sym' if symmetric else 'dir'}|{pair[0]}|{pair[1]}", symmetric


def _near(day_a: str | None, day_b: str | None) -> bool:
    if day_a is None or day_b is None:
        return False
    if _ISO_DAY.match(day_a) and _ISO_DAY.match(day_b):
        return abs((date.fromisoformat(day_a) - date.fromisoformat(day_b)).days) <= DAY_WINDOW
    return day_a == day_b  # months and years match only themselves


def source_key(article: Article) -> str:
    """Who reported it, for NumSources: the codebook outlet, else the named source, the domain, the article."""
    if article.outlet:
        return article.outlet
    if article.source:
        return "source:" + article.source.strip().lower()
    domain = url_domain(article.url)
    return "domain:" + domain if domain else "article:" + article.id


def _lead_end(text: str) -> int:
    """End of the first paragraph: GDELT's IsRootEvent marks events reported in the lead."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    cut = stripped.find("\n")
    return offset + cut if cut > 0 else len(text)


def _place_fields(place: Place | None) -> dict[str, object]:
    """The geocoded place as the story's ``place_*`` fields (empty when the place was not geocoded)."""
    names = ("country", "lat", "lon", "feature", "geonames_id")
    return {f"place_{name}": getattr(place, name) if place else None for name in names}


def _place(event: Event, places: list[Place]) -> Place | None:
    if not event.place:
        return None
    wanted = event.place.strip().lower()
    return next((p for p in places if p.name.strip().lower() == wanted), None)


def update(conn: duckdb.DuckDBPyConnection, articles: Sequence[Article]) -> set[int]:
    """Add the events of newly stored articles to stories; returns the ids of the stories touched."""
    reported = {
        r[0]
        for r in conn.execute(
            "SELECT DISTINCT article_id FROM story_mention WHERE article_id IN (SELECT unnest(?))",
            [[a.id for a in articles]],
        ).fetchall()
    }
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0).isoformat()
    written = _original_dates(conn, articles)
    pending: list[tuple[Article, int, Event, ActorSide, ActorSide, str, bool, str | None]] = []
    for article in articles:
        if article.id in reported:
            continue  # already counted: adding it again must not double-count
        actors = {a.id: a for a in article.actors}
        for idx, event in enumerate(article.events):
            if event.negated:
                continue
            first, second = _side(event.source_actor, actors, event), _side(event.target_actor, actors, event)
            key, symmetric = story_key(event, first, second, f"{article.id}#{idx}")
            day = event_day(event, article, written.get(article.id))
            pending.append((article, idx, event, first, second, key, symmetric, day))
    if not pending:
        return set()

    # Stored stories that could absorb these events, by key.
    candidates: dict[str, list[tuple[int, str | None]]] = {}
    for story_id, key, day in conn.execute(
        'SELECT id, "key", "date" FROM story WHERE "key" IN (SELECT unnest(?)) ORDER BY id',
        [sorted({p[5] for p in pending})],
    ).fetchall():
        candidates.setdefault(key, []).append((story_id, day))
    next_id = (conn.execute("SELECT max(id) FROM story").fetchall()[0][0] or 0) + 1

    new_stories: list[Story] = []
    mentions: list[StoryMention] = []
    for article, idx, event, first, second, key, symmetric, day in pending:
        near = [(sid, d) for sid, d in candidates.get(key, []) if _near(d, day)]
        if near:
            # The closest date wins; ties go to the older story.
            story_id = min(near, key=lambda c: (abs(_days(c[1], day)), c[0]))[0]
        else:
            story_id = next_id
            next_id += 1
            place = _place(event, article.places)
            new_stories.append(
                Story(
                    id=story_id,
                    key=key,
                    date=day,
                    cameo=event.cameo,
                    root=event.root,
                    quad_class=event.quad_class,
                    goldstein=event.goldstein,
                    symmetric=symmetric,
                    **first.story_fields("actor1"),
                    **second.story_fields("actor2"),
                    place=place.name if place else event.place,
                    **_place_fields(place),
                    first_article_id=article.id,
                    source_url=article.url,
                    date_added=now,
                )
            )
            candidates.setdefault(key, []).append((story_id, day))
        mentions.append(
            StoryMention(
                story_id=story_id,
                article_id=article.id,
                event_idx=idx,
                sentence=event.sentence,
                start=event.start,
                end=event.end,
                actor1_offset=first.offset,
                actor2_offset=second.offset,
                confidence=event.confidence,
                in_lead=event.start < _lead_end(article.text),
                cameo=event.cameo,
                source_key=source_key(article),
                outlet=article.outlet,
                outlet_country=article.outlet_country,
                mention_date=article.date,
                url=article.url,
                doc_len=len(article.text),
                doc_tone=article.tone.tone,
                date_added=now,
            )
        )
    insert_records(conn, "story", new_stories)
    insert_records(conn, "story_mention", mentions)
    touched = {m.story_id for m in mentions}
    recount(conn, touched)
    return touched


def _days(a: str | None, b: str | None) -> int:
    if a and b and _ISO_DAY.match(a) and _ISO_DAY.match(b):
        return (date.fromisoformat(a) - date.fromisoformat(b)).days
    return 0


def recount(conn: duckdb.DuckDBPyConnection, story_ids: set[int]) -> None:
    """GDELT counters from the stored mentions: counted, never incremented, so never double-counted.

    AvgTone is the mean tone of the distinct articles that report the story, as in GDELT.
    """
    if not story_ids:
        return
    conn.execute(
        """
        UPDATE story SET
            num_mentions = m.mentions, num_articles = m.articles, num_sources = m.sources,
            avg_tone = t.tone, is_root = m.lead
        FROM (
            SELECT story_id, count(*) AS mentions, count(DISTINCT article_id) AS articles,
                   count(DISTINCT source_key) AS sources, bool_or(in_lead) AS lead
            FROM story_mention WHERE story_id IN (SELECT unnest($ids)) GROUP BY story_id
        ) m
        LEFT JOIN (
            SELECT story_id, avg(doc_tone) AS tone FROM (
                SELECT DISTINCT story_id, article_id, doc_tone FROM story_mention
                WHERE story_id IN (SELECT unnest($ids))
            ) GROUP BY story_id
        ) t USING (story_id)
        WHERE story.id = m.story_id
        """,
        {"ids": sorted(story_ids)},
    )
