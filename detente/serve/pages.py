"""The dashboard: server-rendered pages (Jinja2, autoescaped); charts are drawn by small scripts that
read the JSON API, and pass data into the page only as text."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response

from .api import PERIODS, ArticleFilter, Cursor, Filters, Q, actor_code, country_code
from .filters import FilterError
from .queries import QUAD_NAMES, Page
from .spans import SPAN_KINDS, article_spans, segments

router = APIRouter(include_in_schema=False)
PAGE_ROWS = 50
Html = HTMLResponse


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return request.app.state.templates.TemplateResponse(
        request, template, {"quad_names": QUAD_NAMES, **context}, status_code=status_code
    )


def error_page(request: Request, status_code: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status_code, status=status_code, message=message)


def form_values(request: Request) -> dict[str, str]:
    """The filter form's fields as the user typed them, to fill the form again."""
    return {k: v for k, v in request.query_params.items() if v}


def _page_offset(page: int) -> int:
    return (max(page, 1) - 1) * PAGE_ROWS


def _at_least_one(parameter: str, value: str | None) -> int:
    """A positive whole number from a form field; empty means 1."""
    if not value or not value.strip():
        return 1
    if not value.strip().isdigit() or int(value) < 1:
        raise FilterError(parameter, f"{value!r} is not a whole number of at least 1")
    return int(value)


def render_list(request: Request, template: str, result: Page, page: int, **context: Any) -> HTMLResponse:
    """A page of a paginated table, with the filter form filled in again."""
    pages = max(1, -(-result.total // PAGE_ROWS))
    return render(request, template, result=result, page=page, pages=pages, form=form_values(request), **context)


@router.get("/", response_class=Html)
def events_page(
    request: Request, cur: Cursor, q: Q, filters: Filters, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> Response:
    """Search and filter events by actor, dyad, date and outlet country."""
    result = q.events(cur, filters, sort="-date", limit=PAGE_ROWS, offset=_page_offset(page))
    return render_list(request, "events.html", result, page, dyad=filters.dyad)


@router.get("/timeline", response_class=Html)
def timeline_page(
    request: Request,
    a: Annotated[str, Query(max_length=24)] = "KOR",
    b: Annotated[str, Query(max_length=24)] = "CHN",
    by: Annotated[str, Query()] = "month",
) -> Response:
    """The dyad timeline: cooperation vs conflict, Goldstein and tone by reporting outlet country."""
    a_code, b_code = actor_code("a", a), actor_code("b", b)
    if by not in PERIODS:
        return error_page(request, 400, f"by: {by!r} is not one of {', '.join(PERIODS)}")
    return render(request, "timeline.html", a=a_code, b=b_code, by=by, periods=list(PERIODS), form=form_values(request))


@router.get("/network", response_class=Html)
def network_page(request: Request, filters: Filters) -> Response:
    """The actor network; the script draws it from /api/network with the same filters."""
    return render(request, "network.html", form=form_values(request), query=request.url.query)


@router.get("/map", response_class=Html)
def map_page(request: Request) -> Response:
    """Event places on an offline world outline."""
    return render(request, "map.html", form=form_values(request), query=request.url.query)


@router.get("/articles", response_class=Html)
def articles_page(
    request: Request, cur: Cursor, q: Q, filters: ArticleFilter, page: Annotated[int, Query(ge=1, le=100_000)] = 1
) -> Response:
    result = q.articles(cur, filters, sort="-date", limit=PAGE_ROWS, offset=_page_offset(page))
    return render_list(request, "articles.html", result, page)


@router.get("/articles/{article_id:path}", response_class=Html)
def reader_page(request: Request, cur: Cursor, q: Q, article_id: Annotated[str, Path(max_length=300)]) -> Response:
    """The article reader: clean text with colour-keyed spans and a side panel of what was found."""
    found = q.article(cur, article_id)
    if found is None:
        return error_page(request, 404, f"no article with id {article_id!r}")
    article, outlet_country = found
    spans = article_spans(article)
    return render(
        request,
        "reader.html",
        article=article,
        outlet_country=outlet_country,
        segments=segments(article, spans),
        span_kinds=SPAN_KINDS,
        counts={kind: sum(1 for s in spans if s.kind == kind) for kind in SPAN_KINDS},
    )


@router.get("/actors", response_class=Html)
def actors_page(
    request: Request,
    cur: Cursor,
    q: Q,
    country: Annotated[str | None, Query(max_length=12)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    result = q.actors(cur, country=country_code("country", country), limit=PAGE_ROWS, offset=_page_offset(page))
    return render_list(request, "actors.html", result, page)


@router.get("/stories", response_class=Html)
def stories_page(
    request: Request,
    cur: Cursor,
    q: Q,
    actor: Annotated[str | None, Query(max_length=24)] = None,
    min_articles: Annotated[str | None, Query(max_length=9)] = None,
    page: Annotated[int, Query(ge=1, le=100_000)] = 1,
) -> Response:
    """Real-world events with how many mentions, outlets and articles reported each."""
    items = q.stories(
        cur,
        actor=actor_code("actor", actor) if actor else None,
        min_articles=_at_least_one("min_articles", min_articles),
        limit=PAGE_ROWS + 1,  # one more tells whether there is a next page
        offset=_page_offset(page),
    )
    return render(
        request,
        "stories.html",
        items=items[:PAGE_ROWS],
        more=len(items) > PAGE_ROWS,
        page=page,
        form=form_values(request),
    )


@router.get("/stories/{story_id}", response_class=Html)
def story_page(request: Request, cur: Cursor, q: Q, story_id: Annotated[int, Path(ge=0)]) -> Response:
    """Every report of one story, each linked to its sentence in the reader."""
    mentions = q.story_mentions(cur, story_id)
    if not mentions:
        return error_page(request, 404, f"no story with id {story_id}")
    return render(request, "story.html", story_id=story_id, mentions=mentions)
