"""The one data model of detente.

Every layer -- reading, analysis stages, the DuckDB store, the CLI, the API and the exports -- uses
these classes unchanged. Field names are a public contract: extend, never rename.

All character offsets (``start``/``end``) index into :attr:`Article.text`, the clean article body.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

SCHEMA_VERSION = 2


class Record(BaseModel):
    """Base of every record: unknown keys are refused, so typos fail loudly."""

    model_config = ConfigDict(extra="forbid")


class Span(Record):
    """A character range ``[start, end)`` in the article text."""

    start: int
    end: int


class Sentence(Span):
    """One sentence of the article text."""


class Mention(Span):
    """One place in the text where an actor is named or referred to."""

    text: str | None = None
    sentence: int | None = Field(None, description="Index into Article.sentences.")


class Actor(Record):
    """A person, organisation, government or country the article mentions, with all its mentions."""

    id: str = Field(..., description="Stable within the article, e.g. 'a3'; events and quotes point at it.")
    name: str
    code: str | None = Field(None, description="CAMEO-style code: country (ISO alpha-3 or IGO) + role, e.g. KORGOV.")
    country: str | None = Field(None, description="ISO 3166 alpha-3, or an IGO code such as IGOUNO.")
    role: str | None = Field(None, description="CAMEO role: GOV, MIL, LEG, JUD, MED, BUS, EDU, CVL, OPP, ...")
    title: str | None = None
    kind: str | None = Field(None, description="person, organisation, country, government, group, city.")
    mentions: list[Mention] = Field(default_factory=list)
    country_source: str | None = Field(
        None,
        description="Where the country comes from: text (the article's words), office_holders (the data), "
        "same_title, neighbour (the nearest stated person or institution), place (where the sentence happens), "
        "home (the country the article is about).",
    )


class ActorRef(Record):
    """A pointer from an event or quote to one of the article's actors."""

    name: str | None = None
    code: str | None = None
    actor: str | None = Field(None, description="Actor.id in the same article.")


class Event(Record):
    """Source -> action -> target, coded in CAMEO and PLOVER, traced to its sentence."""

    source_actor: ActorRef | None = None
    target_actor: ActorRef | None = None
    cameo: str = Field(..., description="Full CAMEO code, e.g. '040', '0311'.")
    root: str = Field(..., description="CAMEO root, two digits.")
    quad_class: int = Field(..., description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict.")
    goldstein: float
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    date: str | None = Field(None, description="ISO date (or month/year) of the event itself.")
    date_source: Literal["sentence", "article"] | None = None
    historical: bool = Field(False, description="A background event well before the article's date.")
    place: str | None = None
    sentence: int = Field(..., description="Index into Article.sentences.")
    start: int
    end: int
    trigger: str | None = Field(None, description="The words that carry the action.")
    negated: bool = False
    confidence: float | None = None
    origin: Literal["rules", "learned"] = Field(
        "rules",
        description="What found it: the rule coder, or the learned proposer (a sentence where the rules found "
        "no event; trained on DEV data only, lower confidence, generic code of its root).",
    )


class Quote(Record):
    """A direct quotation or a reported statement; ``start``/``end`` delimit the words quoted or reported."""

    text: str
    speaker: ActorRef | None = None
    kind: Literal["direct", "reported"]
    start: int
    end: int
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_text: str | None = Field(None, description="The words that name the speaker (a name, role or pronoun).")
    speaker_start: int | None = Field(
        None, description="Where the speaker is named; may precede the quote by paragraphs."
    )
    speaker_end: int | None = None
    attribution: str | None = Field(
        None,
        description="How the speaker was found: cue, signature, label, source-phrase, paragraph (another quote "
        "of the paragraph) or continuation (the last speaker, for a quote that opens a paragraph).",
    )
    sentence: int | None = Field(None, description="Index into Article.sentences of the sentence where it starts.")


class Amount(Record):
    value: float | None
    unit: str | None = None
    object: str | None = Field(None, description="What is counted: companies, trade, flights, ...")
    text: str
    start: int
    end: int
    # Added by the amounts stage: 'about 3,200', 'between $12 million and $20 million', 'up 5.6 percent'.
    approximate: bool = Field(False, description="Said with about, nearly, more than, up to, ...")
    upper: float | None = Field(None, description="Upper end of a range; value is the lower end.")
    change: Literal["up", "down"] | None = Field(None, description="The amount is a rise or a fall.")


class DateMention(Record):
    text: str
    value: str | None = Field(None, description="ISO date, month (YYYY-MM) or year (YYYY); ranges as A/B.")
    start: int
    end: int
    # Added by the dates stage (detente.analyse.temporal): TIMEX3 type, precision and range end.
    kind: Literal["date", "time", "duration", "set"] | None = Field(None, description="TIMEX3 type.")
    granularity: str | None = Field(
        None,
        description="time, part_of_day, day, week, weekend, month, season, quarter, half, year, decade, century, duration, set or reference.",
    )
    end_value: str | None = Field(None, description="For a range A/B, the value of B.")


class Place(Record):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    start: int
    end: int
    feature: str | None = None
    geonames_id: int | None = None
    in_name: str | None = Field(
        None, description="Set when the place name is part of an organisation/facility name: 'Bank of Korea'."
    )


class ReportingPlace(Record):
    """Where the article was filed from: its dateline's place, geocoded. The dateline is not part of
    ``Article.text``, so it has no offsets (a record of its own rather than a Place with fake ones)."""

    name: str = Field(..., description="As the dateline writes it, e.g. 'SHANGHAI'.")
    country: str | None = Field(None, description="ISO 3166 alpha-3.")
    lat: float | None = None
    lon: float | None = None
    feature: str | None = Field(None, description="city, country, admin1, region, ...")
    geonames_id: int | None = None


class Tone(Record):
    """GDELT-style tone: percentages of positive and negative words and their difference."""

    tone: float | None = None
    positive: float | None = None
    negative: float | None = None
    polarity: float | None = None
    word_count: int | None = None
    by_actor: dict[str, float] = Field(default_factory=dict)


class Article(Record):
    """The article record that ``detente extract`` prints and ``detente ingest`` stores."""

    id: str
    path: str | None = None
    url: str | None = None
    title: str | None = None
    date: str | None = Field(None, description="ISO date of publication.")
    date_source: str | None = Field(None, description="field, dateline, published, url or html.")
    dateline: str | None = None
    byline: str | None = None
    source: str | None = Field(None, description="The outlet that wrote the article.")
    syndicated_by: str | None = Field(None, description="Wire or republisher that carried it, if any.")
    language: str | None = None
    text: str
    content_hash: str = Field(..., description="sha256 of the clean text; exact copies of a text share it.")
    record_hash: str | None = Field(
        None,
        description="sha256 of the clean text and its provenance (title, date, outlet, wire, URL, byline, "
        "dateline); the key of idempotent ingest: the same article read twice is stored once, while a "
        "republished copy with its own headline, date or outlet is a record of its own. Derived when absent.",
    )
    metadata: dict[str, Any] = Field(default_factory=dict)
    sentences: list[Sentence] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    amounts: list[Amount] = Field(default_factory=list)
    dates: list[DateMention] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    reporting_place: ReportingPlace | None = Field(None, description="The dateline's place, geocoded.")
    tone: Tone = Field(default_factory=Tone)
    # Set when the article is stored (detente.corpus), from the outlets codebook and the stored corpus.
    outlet: str | None = Field(None, description="Outlets-codebook id of `source` (or the URL domain); None = unknown.")
    outlet_country: str | None = Field(None, description="ISO alpha-3 country where the outlet is based.")
    outlet_kind: str | None = Field(
        None, description="state media, public broadcaster, private press, wire agency, PR wire, aggregator."
    )
    syndication_group: int | None = Field(None, description="Group of stored exact/near copies of this article.")
    original_id: str | None = Field(None, description="Article.id of the group's earliest member (the original).")
    analysis_errors: list[str] = Field(
        default_factory=list,
        description="Stages that failed on this article ('stage: Error: message'); it is stored with the output "
        "of every other stage, so one bad article never stops a corpus.",
    )

    @model_validator(mode="after")
    def _derive_record_hash(self) -> Article:
        if self.record_hash is None:
            self.record_hash = record_hash(self)
        return self


# The lists of an article that each get a table of their own in the store, in table-name order.
CHILD_TABLES: dict[str, str] = {
    "sentences": "sentence",
    "actors": "actor",
    "events": "event",
    "quotes": "quote",
    "amounts": "amount",
    "dates": "date_mention",
    "places": "place",
}


# -- Corpus-level records (detente.corpus): built across stored articles, one table each. ---------------


class Outlet(Record):
    """A news outlet or wire from the outlets codebook (``detente/data/outlets``)."""

    id: str
    name: str
    aliases: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    country: str | None = Field(None, description="ISO alpha-3 where it is based; None for international.")
    kind: Literal["state media", "public broadcaster", "private press", "wire agency", "PR wire", "aggregator"]


class Syndication(Record):
    """One stored article's MinHash signature and its syndication group (exact and near copies)."""

    article_id: str
    content_hash: str
    date: str | None = None
    signature: bytes = Field(..., description="MinHash values (uint64, little-endian) of the text's shingles.")
    shingle_count: int = Field(0, description="Distinct word n-grams (shingles) in the text, for containment.")
    stored_order: int = Field(0, description="1, 2, 3, ... in the order articles were stored.")
    group_id: int | None = Field(None, description="Set once the article has at least one stored copy.")
    matched_id: str | None = Field(None, description="The stored article it was found to copy.")
    similarity: float | None = Field(None, description="Estimated Jaccard similarity to matched_id.")


class SyndicationBand(Record):
    """One LSH band bucket of a stored signature: articles sharing a bucket are candidate copies."""

    band: int
    bucket: int
    article_id: str


class Story(Record):
    """One real-world event reported by one or more articles (GDELT's event row)."""

    id: int = Field(..., description="GlobalEventID.")
    key: str = Field(..., description="Merge key without the date: root, sym/dir, actor pair (sorted when symmetric).")
    date: str | None = Field(None, description="ISO date (or month/year) of the event.")
    cameo: str
    root: str
    quad_class: int
    goldstein: float
    symmetric: bool = False
    actor1_code: str | None = None
    actor1_name: str | None = None
    actor1_country: str | None = None
    actor1_role: str | None = None
    actor2_code: str | None = None
    actor2_name: str | None = None
    actor2_country: str | None = None
    actor2_role: str | None = None
    place: str | None = None
    place_country: str | None = None
    place_lat: float | None = None
    place_lon: float | None = None
    place_feature: str | None = None
    place_geonames_id: int | None = None
    is_root: bool = Field(False, description="Some mention is in the lead paragraph of its article.")
    num_mentions: int = 0
    num_sources: int = 0
    num_articles: int = 0
    avg_tone: float | None = None
    first_article_id: str | None = None
    source_url: str | None = None
    date_added: str | None = Field(None, description="UTC time the story was first stored, ISO.")


class StoryMention(Record):
    """One report of a story: an event found in one article (GDELT's Mentions table row)."""

    story_id: int
    article_id: str
    event_idx: int = Field(..., description="Index into the article's events.")
    sentence: int
    start: int
    end: int
    actor1_offset: int | None = None
    actor2_offset: int | None = None
    confidence: float | None = None
    in_lead: bool = False
    cameo: str
    source_key: str = Field(..., description="Who reported it: outlet id, else source name, domain or article.")
    outlet: str | None = None
    outlet_country: str | None = None
    mention_date: str | None = Field(None, description="Publication date of the article.")
    url: str | None = None
    doc_len: int = 0
    doc_tone: float | None = None
    date_added: str | None = None


def article_json_schema() -> dict[str, Any]:
    """JSON Schema of the article record (what ``detente schema`` prints)."""
    return Article.model_json_schema()


def record_hash(article: Article) -> str:
    """The idempotence key: the text with what says where and when it was published (not the file path)."""
    provenance = [
        article.text,
        article.title,
        article.date,
        article.source,
        article.syndicated_by,
        article.url,
        article.byline,
        article.dateline,
    ]
    return hashlib.sha256(json.dumps(provenance, ensure_ascii=False).encode("utf-8")).hexdigest()
