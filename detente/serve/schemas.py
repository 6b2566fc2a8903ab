"""Response models of the API, for the OpenAPI document (and a check that answers keep their shape).

Rows of store tables are described from the store's own column list, so a field added to the data model
appears here without an edit; rows keep any further columns (``extra="allow"``).
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, Field, create_model

from ..model import Article
from ..store.schema import CHILD_COLUMNS

RowT = TypeVar("RowT")
_PYTHON = {"VARCHAR": str, "BIGINT": int, "INTEGER": int, "DOUBLE": float, "BOOLEAN": bool}


class Row(BaseModel):
    """A query row: known columns typed, newer ones passed through."""

    model_config = ConfigDict(extra="allow")


def _store_row(name: str, field: str, doc: str, **extra: Any) -> type[Row]:
    fields: dict[str, Any] = {
        column.name: (_PYTHON.get(column.sql_type, Any) | None, None) for column in CHILD_COLUMNS[field]
    }
    fields.update(extra)
    return create_model(name, __base__=Row, __doc__=doc, **fields)


EventRow = _store_row(
    "EventRow",
    "events",
    "One event (columns of the `event` table) with its article's title, date and outlet and its sentence.",
    article_id=(str, ...),
    idx=(int, Field(..., description="Index of the event in its article's `events`.")),
    event_date=(
        str | None,
        Field(None, description="The event's date, else its article's unless it is undated background history."),
    ),
    article_title=(str | None, None),
    article_date=(str | None, None),
    outlet=(str | None, Field(None, description="The outlet named by the article (`source`).")),
    outlet_country=(str | None, None),
    sentence_text=(str | None, None),
)


class PageOf(BaseModel, Generic[RowT]):
    """One page of a list: ``total`` rows match the filters; ``items`` are rows offset .. offset + limit."""

    total: int = Field(..., description="Rows matching the filters, on every page.")
    limit: int
    offset: int
    items: list[RowT]


EventPage = PageOf[EventRow]  # type: ignore[valid-type]


class ArticleRow(Row):
    id: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    outlet_country: str | None = None
    url: str | None = None
    language: str | None = None
    tone: float | None = None
    events: int | None = None
    actors: int | None = None
    quotes: int | None = None
    places: int | None = None


ArticlePage = PageOf[ArticleRow]


class SpanOut(BaseModel):
    kind: str = Field(..., description="actor, event, quote, amount, date or place.")
    ref: str = Field(..., description="Unique in the article: e3 = events[3], a2.0 = actors[2].mentions[0], ...")
    start: int
    end: int
    label: str


class ArticleWithSpans(Article):
    """The stored article record, its outlet's country and every highlighted span."""

    model_config = ConfigDict(extra="allow")
    outlet_country: str | None = None
    spans: list[SpanOut] = Field(default_factory=list)


class ActorRow(Row):
    actor: str | None = Field(None, description="The grouping key: the code, else the name in lower case.")
    code: str | None = None
    name: str | None = None
    country: str | None = None
    role: str | None = None
    articles: int | None = None
    mentions: int | None = None
    events_as_source: int = 0
    events_as_target: int = 0


ActorPage = PageOf[ActorRow]


class StoryRow(Row):
    id: int
    date: str | None = None
    cameo: str | None = None
    root: str | None = None
    quad_class: int | None = None
    goldstein: float | None = None
    actor1_code: str | None = None
    actor1_name: str | None = None
    actor2_code: str | None = None
    actor2_name: str | None = None
    num_mentions: int | None = None
    num_sources: int | None = None
    num_articles: int | None = None
    avg_tone: float | None = None


class StoryList(BaseModel):
    limit: int
    offset: int
    items: list[StoryRow]


class StoryMentions(BaseModel):
    id: int
    mentions: list[Row]


class TimelineRow(Row):
    period: str = Field(..., description="YYYY-MM, YYYY-Www or YYYY-MM-DD; 'undated' when too coarse.")
    direction: str = Field(..., description="'A->B' as asked, or 'B->A'.")
    outlet_country: str | None = Field(None, description="With outlet_split: the reporting outlet's country.")
    events: int
    mentions: int | None = None
    articles: int | None = None
    quad1: int = 0
    quad2: int = 0
    quad3: int = 0
    quad4: int = 0
    goldstein: float | None = None
    tone: float | None = None


class Timeline(BaseModel):
    a: str
    b: str
    by: str
    series: list[TimelineRow]


class NetworkNode(BaseModel):
    id: str
    name: str
    events: int


class NetworkLink(BaseModel):
    source: str
    target: str
    weight: int
    cooperation: int
    conflict: int
    goldstein_mean: float | None = None


class Network(BaseModel):
    nodes: list[NetworkNode]
    links: list[NetworkLink]


class PlaceRow(Row):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None
    geonames_id: int | None = None
    mentions: int
    articles: int
    events: int = 0


class Places(BaseModel):
    items: list[PlaceRow]
