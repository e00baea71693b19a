"""The record contract: what pressparse promises to write for every article.

These Pydantic v2 models are the public interface. Field descriptions feed the JSON Schema in
``schemas/article-record.schema.json`` (regenerate with ``pressparse schema -o FILE``); a test
fails when the checked-in schema drifts from this module.

Character offsets (``Span``) always refer to ``ArticleRecord.text_sha256``'s text: the article text
after ingestion (decoding, mojibake repair, Unicode and full-width normalization, removal of site
boilerplate lines and verbatim-repeated paragraphs), which is the text the pipeline processed.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "0.1"

Approx = Literal["gt", "gte", "lt", "lte", "approx"]
Change = Literal["up", "down"]
Role = Literal["official", "journalist", "other"]
ErrorReason = Literal[
    # the input as given
    "not_found", "unreadable", "no_inputs", "unsupported_type", "oversize",
    # its content
    "empty", "binary", "undecodable", "malformed_json", "malformed_html", "no_main_text",
    "not_an_article", "not_articles", "unsupported_language",
    # pressparse itself: a bug, a runaway rule or a dying worker, never the input's fault alone
    "ingest_failed", "extraction_failed", "timeout", "worker_crashed",
]
PlaceType = Literal[
    "country", "province", "state", "city", "prefecture", "county", "district", "town",
    "village", "region", "other",
]
QuantityKind = Literal["count", "money", "percent", "fraction", "multiple", "measure"]


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Record):
    """Character offsets of a mention in the processed article text (end exclusive)."""

    start: int = Field(ge=0, description="Offset of the first character.")
    end: int = Field(ge=0, description="Offset one past the last character.")


class Mention(_Record):
    """One place in the text where an entity is named."""

    text: str = Field(description="Surface form exactly as it appears in the text.")
    span: Span


TimeBasis = Literal["stated", "carried", "published"]


class TimeRef(_Record):
    """A period, as written and, when possible, resolved: the time a figure refers to, or the
    comparison base it is measured against."""

    text: str | None = Field(
        None, description='Surface text, e.g. "at the end of October"; null when the period is the '
        "report's own (basis \"published\").")
    start: date | None = Field(None, description="First day of the period, when resolvable.")
    end: date | None = Field(None, description="Last day of the period (same as start for a day).")
    basis: TimeBasis | None = Field(
        None, description='How the figure\'s time was read: "stated" in its sentence; "carried" from the '
        "last period stated before it in its paragraph, else from the report's own time stated earlier (in "
        "an undated report, the time its headline or lead states), or from a restatement of the same figure "
        'that states one; "published": no time words, so the report\'s own period (the year of publication '
        "up to the publication date). Null on a comparison base.")


class Quantity(_Record):
    """One numeric claim, normalized, with its provenance."""

    id: str = Field(description='Record-local id, e.g. "q3".')
    text: str = Field(description='Surface text of the figure, e.g. "more than 30,000".')
    span: Span
    sentence: str = Field(description="The sentence that contains the figure.")
    value: float = Field(description="Normalized number (29.73 million -> 29730000; 2/3 -> 0.6667).")
    value_max: float | None = Field(None, description="Upper bound when the figure is a range.")
    unit: str | None = Field(
        None,
        description='null for a plain count; ISO 4217 code for money; otherwise a unit name such as '
        '"percent", "percentage_point", "fraction", "times", "mu", "hectare", "km2", "tonne", "kWh".',
    )
    kind: QuantityKind = Field(description="What sort of number this is.")
    entity: str | None = Field(None, description='What is counted or measured ("migrant workers").')
    approx: Approx | None = Field(
        None, description='Bound or hedge: more than -> "gt", at least -> "gte", less than -> "lt", '
        'up to -> "lte", about/nearly -> "approx".'
    )
    change: Change | None = Field(None, description="Direction when the figure is a change.")
    si_value: float | None = Field(None, description="Value converted to SI units, for measures.")
    si_unit: str | None = Field(None, description='SI unit of si_value, e.g. "m**2", "kg", "J".')
    time: TimeRef | None = Field(
        None, description="The period the figure describes, resolved against the publication date.")
    base: TimeRef | None = Field(
        None, description='The comparison base, never the figure\'s own time: "last year" in "up 15% from '
        'last year", "the same period of the previous year".')
    speaker: str | None = Field(
        None, description="id of the Person the figure is attributed to (a quote, \"according to X\", a "
        "transcript label, a press conference's presenter); null when the article or a body is the source.")
    agency: str | None = Field(
        None, description='id of the Agency the figure is attributed to ("the ministry said"), when the text '
        "attributes it to a body.")
    same_as: str | None = Field(
        None, description="id of the first mention of the same fact (a headline figure restated in the "
        "body), so the fact is counted and cited once.",
    )


class Person(_Record):
    """A named person, with the post the article gives them."""

    id: str = Field(description='Record-local id, e.g. "p1".')
    name: str = Field(description="Full name as first written, honorifics removed.")
    role: Role = Field(description="official, journalist or other.")
    title: str | None = Field(None, description='Post as stated, e.g. "Vice Minister".')
    agency: str | None = Field(None, description="id of the Agency the person belongs to.")
    mentions: list[Mention] = Field(default_factory=list)


class Agency(_Record):
    """One real-world body, however many ways the article spells it."""

    id: str = Field(description='Record-local id, e.g. "a1".')
    name: str = Field(description="Canonical English name.")
    acronym: str | None = Field(None, description='Short form, e.g. "NBS", when the text writes it.')
    country: str | None = Field(
        None,
        description='ISO 3166-1 alpha-2 code of the country whose body it is ("INT" for an international '
        'organisation, "EU" for an EU institution); for a body the curated data does not hold, the '
        "country of the article's places, or null.",
    )
    aliases: list[str] = Field(default_factory=list, description="Every surface form seen in the text.")
    mentions: list[Mention] = Field(default_factory=list)


class Place(_Record):
    """A named place or administrative division."""

    id: str = Field(description='Record-local id, e.g. "l1".')
    name: str = Field(description='Bare name without its type word ("Zunyi", not "Zunyi City").')
    type: PlaceType
    parent: str | None = Field(None, description="id of the enclosing Place in this record.")
    country: str | None = Field(None, description="ISO 3166-1 alpha-2 code of the country.")
    code: str | None = Field(None, description="Administrative division code (GB/T 2260 for China).")
    hierarchy: list[str] = Field(
        default_factory=list,
        description="Known enclosing divisions from the gazetteer, outermost first, even when the "
        "text does not name them.",
    )
    aliases: list[str] = Field(default_factory=list, description="Every surface form seen in the text.")
    mentions: list[Mention] = Field(default_factory=list)


class Warning(_Record):
    """Something the reader should know about the text or its processing."""

    code: str = Field(description='Machine-readable code, e.g. "malformed_number".')
    message: str
    span: Span | None = None


class Source(_Record):
    """Where the article came from."""

    path: str | None = None
    url: str | None = None
    title: str | None = None
    publisher: str | None = None


class ArticleRecord(_Record):
    """Everything pressparse extracted from one article."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this record contract.")
    id: str = Field(description="Given id, else a hash of the text.")
    source: Source = Field(default_factory=Source)
    published: date | None = Field(None, description="Publication date, when known.")
    language: str = Field("en", description="ISO 639-1 language code of the text.")
    text_sha256: str = Field(description="SHA-256 of the processed text the spans refer to.")
    quantities: list[Quantity] = Field(default_factory=list)
    people: list[Person] = Field(default_factory=list)
    agencies: list[Agency] = Field(default_factory=list)
    places: list[Place] = Field(default_factory=list)
    warnings: list[Warning] = Field(default_factory=list)


Verdict = Literal["supported", "contradicted", "not_found", "no_figure"]
Reason = Literal["value", "scale", "bound", "unit", "direction", "time", "entity"]


class Evidence(_Record):
    """A figure in the sources that decides a check, with where it was said."""

    article: str = Field(description="id of the article (record) the figure is in.")
    quantity: str = Field(description='Record-local id of the quantity, e.g. "q3".')
    text: str = Field(description="Surface text of the figure in the article.")
    sentence: str
    span: Span
    value: float
    value_max: float | None = None
    unit: str | None = None
    entity: str | None = None
    approx: Approx | None = None
    change: Change | None = None
    time: TimeRef | None = None
    speaker: str | None = Field(None, description="Name of the person the figure is attributed to.")
    published: date | None = Field(None, description="Publication date of the article.")
    mentions: list[str] = Field(
        default_factory=list, description="ids of the other mentions of the same fact (same_as).",
    )


class CheckResult(_Record):
    """The verdict on one numeric claim against a set of sources, with the reason and evidence."""

    schema_version: str = Field(SCHEMA_VERSION, description="Version of this record contract.")
    id: str | None = Field(None, description="The claim's id, when one was given.")
    claim: str = Field(description="The claim as given.")
    verdict: Verdict = Field(
        description="supported: a figure about the same thing agrees; contradicted: one disagrees; "
        "not_found: the sources hold no figure about that thing; no_figure: the claim has no "
        "checkable quantity.",
    )
    reason: Reason | None = Field(
        None, description="How a contradicted claim disagrees: value, scale (million vs billion), "
        "bound, unit, direction, time, or entity (the number belongs to something else).",
    )
    explanation: str = Field(description='One plain sentence, e.g. "The release says 29.73 million, '
                             'not 39.73 million."')
    figures: list[Quantity] = Field(
        default_factory=list, description="The claim's own quantities, read by the extraction pipeline.",
    )
    evidence: list[Evidence] = Field(default_factory=list, description="The deciding figures, best first.")


class ErrorRecord(_Record):
    """An input that could not be processed; written in place of its ArticleRecord."""

    id: str = Field(description="Source id of the input (path, path:line, or given id).")
    error: ErrorReason = Field(description="Machine-readable reason. Input: not_found, unreadable, no_inputs (a "
                               "folder without input files), unsupported_type (.pdf, .docx), oversize. Content: "
                               "empty, binary, undecodable, malformed_json, malformed_html, no_main_text (HTML), "
                               "not_an_article (a JSON line without text or html), not_articles (a .jsonl file "
                               "with no article line), unsupported_language. pressparse: ingest_failed and "
                               "extraction_failed (a bug: the message names the exception and where it was "
                               "raised), timeout, worker_crashed.")
    message: str
    source: Source = Field(default_factory=Source)
