"""The one place a processed Doc becomes an ``ArticleRecord``.

Components annotate spans (see ``extensions``); here mentions with the same key are merged into
one entity, entities get record-local ids, and cross-references (person -> agency, place ->
parent, quantity -> speaker) are turned into those ids.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from spacy.tokens import Doc, Span as SpacySpan

from . import extensions as ext
from .ingest import Article
from .models import (
    Agency,
    ArticleRecord,
    Mention,
    Person,
    Place,
    Quantity,
    Span,
    TimeRef,
    Warning,
)


def _mention(span: SpacySpan) -> Mention:
    return Mention(text=span.text, span=Span(start=span.start_char, end=span.end_char))


def _group(spans: Iterable[SpacySpan], attr: str) -> dict[str, list[tuple[SpacySpan, dict[str, Any]]]]:
    """Mentions grouped by their ``key``, in order of first mention."""
    groups: dict[str, list[tuple[SpacySpan, dict[str, Any]]]] = {}
    for span in sorted(spans, key=lambda s: (s.start_char, s.end_char)):
        info = getattr(span._, attr)
        if info and info.get("key"):
            groups.setdefault(info["key"], []).append((span, info))
    return groups


def _first(infos: list[dict[str, Any]], field: str) -> Any:
    """The first non-empty value of ``field`` among a group's mentions."""
    return next((i[field] for i in infos if i.get(field)), None)


def _aliases(spans: list[SpacySpan], name: str) -> list[str]:
    seen: dict[str, None] = {}
    for span in spans:
        text = span.text
        if text.lower().startswith("the "):
            text = text[4:]
        if text != name:
            seen.setdefault(text, None)
    return list(seen)


def _agencies(doc: Doc) -> tuple[list[Agency], dict[str, str]]:
    agencies, ids = [], {}
    for n, (key, group) in enumerate(_group(doc.spans.get(ext.AGENCIES, []), "pp_agency").items(), 1):
        spans, infos = [s for s, _ in group], [i for _, i in group]
        name = _first(infos, "name") or spans[0].text
        ids[key] = f"a{n}"
        agencies.append(
            Agency(
                id=ids[key],
                name=name,
                acronym=_first(infos, "acronym"),
                aliases=_aliases(spans, name),
                mentions=[_mention(s) for s in spans],
            )
        )
    return agencies, ids


def _places(doc: Doc) -> tuple[list[Place], dict[str, str]]:
    groups = _group(doc.spans.get(ext.PLACES, []), "pp_place")
    ids = {key: f"l{n}" for n, key in enumerate(groups, 1)}
    places = []
    for key, group in groups.items():
        spans, infos = [s for s, _ in group], [i for _, i in group]
        name = _first(infos, "name") or spans[0].text
        parent = next((ids[p] for i in infos if (p := i.get("parent_key")) in ids and p != key), None)
        places.append(
            Place(
                id=ids[key],
                name=name,
                type=_first(infos, "type") or "other",
                parent=parent,
                country=_first(infos, "country"),
                code=_first(infos, "code"),
                hierarchy=_first(infos, "hierarchy") or [],
                aliases=_aliases(spans, name),
                mentions=[_mention(s) for s in spans],
            )
        )
    return places, ids


def _people(doc: Doc, agency_ids: dict[str, str]) -> tuple[list[Person], dict[str, str]]:
    people, ids = [], {}
    for n, (key, group) in enumerate(_group(doc.spans.get(ext.PEOPLE, []), "pp_person").items(), 1):
        spans, infos = [s for s, _ in group], [i for _, i in group]
        ids[key] = f"p{n}"
        people.append(
            Person(
                id=ids[key],
                name=_first(infos, "name") or key,
                role=_first(infos, "role") or "other",
                title=_first(infos, "title"),
                agency=agency_ids.get(_first(infos, "agency_key") or ""),
                mentions=[_mention(s) for s in spans],
            )
        )
    return people, ids


def _time(info: ext.QuantityInfo) -> TimeRef | None:
    text = info.get("time_text")
    if not text:
        return None
    start, end = info.get("time_start"), info.get("time_end")
    return TimeRef(
        text=text,
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
    )


def _sentence_finder(doc: Doc) -> Callable[[SpacySpan], str]:
    """Sentence text of a span, from the sentence starts read once as an array (``span.sent``
    and ``doc.sents`` create a Python object per token)."""
    if not doc.has_annotation("SENT_START"):
        return lambda span: span.text
    text = ext.doc_text(doc)
    table = doc.to_array(["SENT_START", "IDX"])
    starts = [0, *(int(idx) for flag, idx in table[1:] if flag == 1)]
    ends = [*starts[1:], len(text)]

    def sentence(span: SpacySpan) -> str:
        n = max(bisect_right(starts, span.start_char) - 1, 0)
        return text[starts[n]:max(ends[n], span.end_char)].strip()

    return sentence


def _quantities(doc: Doc, person_ids: dict[str, str]) -> list[Quantity]:
    quantities = []
    sentence = _sentence_finder(doc)
    spans = sorted(doc.spans.get(ext.QUANTITIES, []), key=lambda s: s.start_char)
    for span in spans:
        info: ext.QuantityInfo | None = span._.pp_quantity
        if not info:
            continue
        quantities.append(
            Quantity(
                id=f"q{len(quantities) + 1}",
                text=span.text,
                span=Span(start=span.start_char, end=span.end_char),
                sentence=sentence(span),
                value=info["value"],
                value_max=info.get("value_max"),
                unit=info.get("unit"),
                kind=info.get("kind") or "count",
                entity=info.get("entity"),
                approx=info.get("approx"),
                change=info.get("change"),
                si_value=info.get("si_value"),
                si_unit=info.get("si_unit"),
                time=_time(info),
                speaker=person_ids.get(span._.pp_speaker or ""),
            )
        )
    return quantities


def _warnings(doc: Doc, article: Article) -> list[Warning]:
    found = list(article.warnings)
    for span in doc.spans.get(ext.WARNINGS, []):
        info = span._.pp_warning or {"code": span.label_ or "warning", "message": span.text}
        found.append(Warning(code=info["code"], message=info["message"],
                             span=Span(start=span.start_char, end=span.end_char)))
    return found


def to_record(doc: Doc, article: Article) -> ArticleRecord:
    """Build the validated record of one processed article."""
    agencies, agency_ids = _agencies(doc)
    places, _ = _places(doc)
    people, person_ids = _people(doc, agency_ids)
    return ArticleRecord(
        id=article.id,
        source=article.source,
        published=article.published,
        language=article.language,
        text_sha256=article.sha256,
        quantities=_quantities(doc, person_ids),
        people=people,
        agencies=agencies,
        places=places,
        warnings=_warnings(doc, article),
    )

