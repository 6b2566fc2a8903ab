"""The JSON API under /api: events, articles with their spans, actors, stories, dyad timelines,
the actor network and places. Read-only; every parameter is validated and bound."""

from __future__ import annotations

from typing import Annotated, Any, Literal

import duckdb
from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from .filters import ArticleFilters, EventFilters, actor_code, country_code, date_range
from .queries import ARTICLE_SORTS, EVENT_SORTS, Queries
from .schemas import (
    ActorPage,
    ArticlePage,
    ArticleWithSpans,
    EventPage,
    Network,
    Places,
    StoryList,
    StoryMentions,
    Timeline,
)
from .spans import article_spans

MAX_PAGE = 500  # rows per page: enough for a table, small enough to answer fast
MAX_GRAPH = 2000
PERIODS = ("month", "week", "day")  # what the corpus layer's dyad timeline groups by

router = APIRouter(prefix="/api", tags=["api"])


def cursor(request: Request):
    """One DuckDB cursor per request (see Database.cursors)."""
    yield from request.app.state.db.cursors()


def queries(request: Request) -> Queries:
    return request.app.state.queries


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]
Q = Annotated[Queries, Depends(queries)]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Rows per page (at most {MAX_PAGE}).")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
DateFrom = Annotated[str | None, Query(description="Earliest date, ISO: YYYY-MM-DD, YYYY-MM or YYYY.")]
DateTo = Annotated[str | None, Query(description="Latest date (inclusive), ISO: YYYY-MM-DD, YYYY-MM or YYYY.")]
OutletCountry = Annotated[
    str | None, Query(description="ISO alpha-3 country of the reporting outlet, e.g. KOR or CHN.")
]


def event_filters(
    actor: Annotated[str | None, Query(description="Actor code or prefix on either side, e.g. KOR or KORGOV.")] = None,
    source: Annotated[str | None, Query(description="Source actor code or prefix.")] = None,
    target: Annotated[str | None, Query(description="Target actor code or prefix.")] = None,
    dyad: Annotated[str | None, Query(description="Two actor codes or prefixes, A-B, e.g. KOR-CHN.")] = None,
    directed: Annotated[bool, Query(description="With dyad: only events from A to B.")] = False,
    root: Annotated[list[str] | None, Query(description="CAMEO root code(s), two digits, e.g. 04.")] = None,
    quad_class: Annotated[
        list[str] | None,  # text, so that an empty form field means "any" rather than an error
        Query(description="QuadClass(es): 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict."),
    ] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    outlet_country: OutletCountry = None,
    outlet: Annotated[
        str | None, Query(max_length=200, description="Reporting outlet: its name as the article gives it, or its id.")
    ] = None,
    article_id: Annotated[str | None, Query(description="Only events of this article.")] = None,
    historical: Annotated[bool, Query(description="Include background events well before the article.")] = True,
    negated: Annotated[bool, Query(description="Include negated events ('did not meet').")] = True,
    min_confidence: Annotated[
        float | None,
        Query(
            ge=0,
            le=1,
            description="Only events coded with at least this confidence (0-1); 0.8 trades recall for precision, "
            "see the README's composed-set figures.",
        ),
    ] = None,
) -> EventFilters:
    return EventFilters.parse(
        actor=actor,
        source=source,
        target=target,
        dyad_value=dyad,
        directed=directed,
        roots=root,
        quad_classes=quad_class,
        plover=plover,
        date_from=date_from,
        date_to=date_to,
        outlet_country=outlet_country,
        outlet=outlet,
        article_id=article_id,
        include_historical=historical,
        include_negated=negated,
        min_confidence=min_confidence,
    )


Filters = Annotated[EventFilters, Depends(event_filters)]


@router.get("/events", summary="Events, filtered, sorted and paginated", response_model=EventPage)
def list_events(
    cur: Cursor,
    q: Q,
    filters: Filters,
    sort: Annotated[Literal[tuple(EVENT_SORTS)], Query(description="Sort key; '-' for descending.")] = "-date",  # type: ignore[valid-type]
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Each event with its codes, actors, date, the article it came from and the text of its sentence."""
    return q.events(cur, filters, sort=sort, limit=limit, offset=offset).as_dict()


def article_filters(
    words: Annotated[str | None, Query(alias="q", max_length=200, description="Words in the title or text.")] = None,
    source: Annotated[str | None, Query(max_length=200, description="Outlet name, exact (case-insensitive).")] = None,
    actor: Annotated[str | None, Query(description="Articles naming an actor with this code or prefix.")] = None,
    outlet_country: OutletCountry = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
) -> ArticleFilters:
    return ArticleFilters.parse(
        words=words, source=source, actor=actor, outlet_country=outlet_country, date_from=date_from, date_to=date_to
    )


ArticleFilter = Annotated[ArticleFilters, Depends(article_filters)]


@router.get("/articles", summary="Articles, searchable", response_model=ArticlePage)
def list_articles(
    cur: Cursor,
    q: Q,
    filters: ArticleFilter,
    sort: Annotated[Literal[tuple(ARTICLE_SORTS)], Query()] = "-date",  # type: ignore[valid-type]
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Each article with its date, outlet, tone and how many events, actors, quotes and places it has."""
    return q.articles(cur, filters, sort=sort, limit=limit, offset=offset).as_dict()


@router.get(
    "/articles/{article_id:path}", summary="One article: clean text with every span", response_model=ArticleWithSpans
)
def get_article(cur: Cursor, q: Q, article_id: Annotated[str, Path(max_length=300)]) -> dict[str, Any]:
    """The stored article record plus ``spans``: every actor mention, event, quote, amount, date and
    place as ``{kind, ref, start, end, label}`` with offsets into ``text``."""
    found = q.article(cur, article_id)
    if found is None:
        raise HTTPException(404, f"no article with id {article_id!r}")
    article, outlet_country = found
    record = article.model_dump(mode="json")
    record["outlet_country"] = outlet_country
    record["spans"] = [s.as_dict() for s in article_spans(article)]
    return record


@router.get("/actors", summary="Actors by CAMEO code, with article and event counts", response_model=ActorPage)
def list_actors(
    cur: Cursor,
    q: Q,
    country: Annotated[str | None, Query(description="ISO alpha-3 country of the actor, e.g. KOR.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Actors grouped by code (by name when uncoded), most widely named first (the corpus layer's list),
    with how many events each is the source or the target of."""
    return q.actors(cur, country=country_code("country", country), limit=limit, offset=offset).as_dict()


@router.get(
    "/stories", summary="Stories: one real-world event, however many articles report it", response_model=StoryList
)
def list_stories(
    cur: Cursor,
    q: Q,
    actor: Annotated[str | None, Query(description="Either side's country or code prefix, e.g. KOR.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root, two digits.")] = None,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    min_articles: Annotated[int, Query(ge=1, le=1_000_000, description="Reported by at least this many.")] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """GDELT-style event rows (NumMentions, NumSources, NumArticles), newest first."""
    start, end = date_range(date_from, date_to)
    filters = EventFilters.parse(roots=[root] if root else None)  # validates the root
    items = q.stories(
        cur,
        actor=actor_code("actor", actor) if actor else None,
        root=filters.roots[0] if filters.roots else None,
        since=start,
        until=end,
        min_articles=min_articles,
        limit=limit,
        offset=offset,
    )
    return {"limit": limit, "offset": offset, "items": items}


@router.get("/stories/{story_id}", summary="Every report of one story", response_model=StoryMentions)
def story_mentions(cur: Cursor, q: Q, story_id: Annotated[int, Path(ge=0)]) -> dict[str, Any]:
    """Each mention: article, outlet and its country, sentence, offsets, confidence and the text."""
    mentions = q.story_mentions(cur, story_id)
    if not mentions:
        raise HTTPException(404, f"no story with id {story_id}")
    return {"id": story_id, "mentions": mentions}


@router.get(
    "/dyads/{a}/{b}/timeline", summary="Cooperation and conflict between two actors over time", response_model=Timeline
)
def dyad_timeline(
    cur: Cursor,
    q: Q,
    a: Annotated[str, Path(description="Country (KOR) or actor-code prefix (KORGOV).")],
    b: Annotated[str, Path(description="Country (CHN) or actor-code prefix (CHNGOV).")],
    by: Annotated[Literal[tuple(PERIODS)], Query(description="Period length.")] = "month",  # type: ignore[valid-type]
    outlet_split: Annotated[bool, Query(description="Split each period by the reporting outlet's country.")] = True,
) -> dict[str, Any]:
    """One row per period (``undated`` when the date is too coarse), direction (``A->B``) and, with
    ``outlet_split``, reporting outlet's country: distinct real-world events (stories), their mentions and
    articles, counts by QuadClass (``quad1``..``quad4``), mean Goldstein and mean tone. The same query as
    ``detente dyad``."""
    a_code, b_code = actor_code("a", a), actor_code("b", b)
    series = q.dyad_timeline(cur, a_code, b_code, by=by, by_outlet_country=outlet_split)
    return {"a": a_code, "b": b_code, "by": by, "series": series}


@router.get("/network", summary="Actor network weighted by events", response_model=Network)
def network(
    cur: Cursor,
    q: Q,
    filters: Filters,
    level: Annotated[Literal["code", "country"], Query(description="Nodes: full codes or countries.")] = "code",
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
    limit: Annotated[int, Query(ge=1, le=MAX_GRAPH, description=f"Most links (at most {MAX_GRAPH}).")] = 300,
) -> dict[str, Any]:
    return q.network(cur, filters, country_level=level == "country", min_weight=min_weight, limit=limit)


@router.get("/places", summary="Places named in articles, geocoded", response_model=Places)
def places(
    cur: Cursor,
    q: Q,
    country: Annotated[str | None, Query(description="ISO alpha-3 country of the place.")] = None,
    located: Annotated[bool, Query(description="Only places with coordinates.")] = False,
    events_only: Annotated[bool, Query(description="Only places where events happened, most events first.")] = False,
    date_from: DateFrom = None,
    date_to: DateTo = None,
    limit: Annotated[int, Query(ge=1, le=MAX_GRAPH)] = 500,
) -> dict[str, Any]:
    start, end = date_range(date_from, date_to)
    items = q.places(
        cur,
        country=country_code("country", country),
        date_from=start,
        date_to=end,
        located_only=located,
        events_only=events_only,
        limit=limit,
    )
    return {"items": items}
