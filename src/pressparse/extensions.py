"""The annotations pressparse components leave on a spaCy Doc.

Each component writes its spans to ``doc.spans[<key>]`` and its normalized reading of each span
to one ``Span._`` attribute holding a plain JSON-able dict (so Docs survive ``DocBin`` and
``nlp.pipe(n_process=...)``). ``records.to_record`` is the only reader that turns them into the
Pydantic models. The TypedDicts below document each dict's keys.
"""

from __future__ import annotations

from typing import Any, TypedDict

from spacy.tokens import Doc, Span

QUANTITIES = "pressparse_quantities"
PEOPLE = "pressparse_people"
AGENCIES = "pressparse_agencies"
PLACES = "pressparse_places"
WARNINGS = "pressparse_warnings"


class QuantityInfo(TypedDict, total=False):
    """``span._.pp_quantity``: one normalized figure (keys mirror ``models.Quantity``)."""

    value: float
    value_max: float | None
    unit: str | None
    kind: str
    entity: str | None
    approx: str | None
    change: str | None
    si_value: float | None
    si_unit: str | None
    time_text: str | None
    time_start: str | None  # ISO date
    time_end: str | None  # ISO date
    time_basis: str | None  # "stated", "carried" or "published"
    base_text: str | None  # the comparison base ("from last year")
    base_start: str | None  # ISO date
    base_end: str | None  # ISO date


class PlaceInfo(TypedDict, total=False):
    """``span._.pp_place``: one place mention. ``key`` identifies the place within the article
    (gazetteer code when known, else "type:name"); ``parent_key`` is another mention's key."""

    key: str
    name: str
    type: str
    parent_key: str | None
    country: str | None
    code: str | None
    hierarchy: list[str]


class AgencyInfo(TypedDict, total=False):
    """``span._.pp_agency``: one agency mention; mentions with one ``key`` are one body."""

    key: str
    name: str
    acronym: str | None
    country: str | None
    kind: str  # of a curated body: "ministry", "media", ...


class PersonInfo(TypedDict, total=False):
    """``span._.pp_person``: one person mention; ``key`` is the resolved full name, so "Mr. Liu"
    and "Liu Yongfu" share it. ``agency_key`` is an ``AgencyInfo.key``."""

    key: str
    name: str
    role: str
    title: str | None
    agency_key: str | None


class WarningInfo(TypedDict):
    """``span._.pp_warning``: a problem in the text, e.g. a garbled number."""

    code: str
    message: str


_TEXT_KEY = "pressparse.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins the tokens again on every access, and each
    component reads the whole text. The cache is checked against the Doc's length."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None or not doc or len(text) != doc[-1].idx + len(doc[-1].text_with_ws):
        text = doc.text
        doc.user_data[_TEXT_KEY] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the string the Doc was made from (the tokenizer keeps it exactly)."""
    doc.user_data[_TEXT_KEY] = text


# pp_speaker: the PersonInfo key a figure is attributed to; pp_source_agency: the AgencyInfo key of
# the body it is attributed to ("the ministry said").
SPAN_EXTENSIONS = ("pp_quantity", "pp_place", "pp_agency", "pp_person", "pp_speaker", "pp_source_agency",
                   "pp_warning")


def register_extensions() -> None:
    """Register pressparse's ``Span._``/``Doc._`` attributes once; never overwrite others'."""
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Doc.has_extension("pp_published"):
        # ISO date of publication, set before the pipeline runs; used to resolve "last year".
        Doc.set_extension("pp_published", default=None)


register_extensions()


def span_key(attr: str, start_char: int, end_char: int) -> tuple[str, str, int, int]:
    """Where spaCy's ``Underscore`` keeps ``span._.<attr>`` in ``doc.user_data``. Reading and
    writing there directly saves the object ``span._`` builds on every access, which the
    components and ``records`` would pay per mention; ``tests/test_extensions.py`` checks the
    key still matches spaCy's."""
    return ("._.", attr, start_char, end_char)


def span_value(doc: Doc, attr: str, span: Span) -> Any:
    """``span._.<attr>`` (None when unset: every pressparse extension defaults to None)."""
    return doc.user_data.get(span_key(attr, span.start_char, span.end_char))


def set_span_value(doc: Doc, attr: str, span: Span, value: Any) -> None:
    """``span._.<attr> = value``."""
    doc.user_data[span_key(attr, span.start_char, span.end_char)] = value
