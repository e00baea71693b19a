"""The one place a processed Doc becomes an ``ArticleRecord``.

Components annotate spans (see ``extensions``); here mentions with the same key are merged into
one entity, entities get record-local ids, and cross-references (person -> agency, place ->
parent, quantity -> speaker) are turned into those ids.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from datetime import date
from typing import Any

from spacy.tokens import Doc

from . import extensions as ext
from .ingest import Article
from .models import ArticleRecord, Warning

Found = tuple[int, int, str, dict[str, Any]]  # start_char, end_char, text, annotation


def _span_values(doc: Doc, attr: str) -> Callable[[int, int], Any]:
    """``span._.<attr>`` by the span's character offsets, read straight from ``doc.user_data``
    where spaCy's ``Underscore`` keeps it: ``span._`` builds an object per read."""
    values = doc.user_data

    def value(start: int, end: int) -> Any:
        return values.get(ext.span_key(attr, start, end))

    return value


def _annotated(doc: Doc, text: str, key: str, attr: str) -> list[Found]:
    """The spans of ``doc.spans[key]`` with an ``attr`` annotation, in text order, with their
    text sliced from the Doc's text (``span.text`` joins the span's tokens again)."""
    found = []
    value = _span_values(doc, attr)
    for span in doc.spans.get(key, []):
        start, end = span.start_char, span.end_char
        if info := value(start, end):
            found.append((start, end, text[start:end], info))
    found.sort(key=lambda f: (f[0], f[1]))
    return found


def _mention(found: Found) -> dict[str, Any]:
    return {"text": found[2], "span": {"start": found[0], "end": found[1]}}


def _group(found: list[Found]) -> dict[str, list[Found]]:
    """Mentions grouped by their ``key``, in order of first mention."""
    groups: dict[str, list[Found]] = {}
    for mention in found:
        if key := mention[3].get("key"):
            groups.setdefault(key, []).append(mention)
    return groups


def _merged(group: list[Found]) -> dict[str, Any]:
    """Each field's first non-empty value among a group's mentions (one pass, not one per field)."""
    merged: dict[str, Any] = {}
    for mention in reversed(group):
        merged.update((field, value) for field, value in mention[3].items() if value)
    return merged


def _aliases(group: list[Found], name: str) -> list[str]:
    seen: dict[str, None] = {}
    for mention in group:
        text = mention[2]
        if text.lower().startswith("the "):
            text = text[4:]
        if text != name:
            seen.setdefault(text, None)
    return list(seen)


def _agencies(doc: Doc, text: str) -> tuple[list[dict[str, Any]], dict[str, str]]:
    agencies, ids = [], {}
    for n, (key, group) in enumerate(_group(_annotated(doc, text, ext.AGENCIES, "pp_agency")).items(), 1):
        first = _merged(group)
        name = first.get("name") or group[0][2]
        ids[key] = f"a{n}"
        agencies.append({
            "id": ids[key],
            "name": name,
            "acronym": first.get("acronym"),
            "country": first.get("country"),
            "aliases": _aliases(group, name),
            "mentions": [_mention(f) for f in group],
        })
    return agencies, ids


def _places(doc: Doc, text: str) -> list[dict[str, Any]]:
    groups = _group(_annotated(doc, text, ext.PLACES, "pp_place"))
    ids = {key: f"l{n}" for n, key in enumerate(groups, 1)}
    places = []
    for key, group in groups.items():
        first = _merged(group)
        name = first.get("name") or group[0][2]
        parent = next((ids[p] for f in group if (p := f[3].get("parent_key")) in ids and p != key), None)
        places.append({
            "id": ids[key],
            "name": name,
            "type": first.get("type") or "other",
            "parent": parent,
            "country": first.get("country"),
            "code": first.get("code"),
            "hierarchy": first.get("hierarchy") or [],
            "aliases": _aliases(group, name),
            "mentions": [_mention(f) for f in group],
        })
    return places


def _people(doc: Doc, text: str, agency_ids: dict[str, str]) -> tuple[list[dict[str, Any]], dict[str, str]]:
    people, ids = [], {}
    for n, (key, group) in enumerate(_group(_annotated(doc, text, ext.PEOPLE, "pp_person")).items(), 1):
        first = _merged(group)
        ids[key] = f"p{n}"
        people.append({
            "id": ids[key],
            "name": first.get("name") or key,
            "role": first.get("role") or "other",
            "title": first.get("title"),
            "agency": agency_ids.get(first.get("agency_key") or ""),
            "mentions": [_mention(f) for f in group],
        })
    return people, ids


def _time(info: ext.QuantityInfo, key: str) -> dict[str, Any] | None:
    """The ``time`` or ``base`` TimeRef of a figure: its words and resolved dates."""
    text, start, end = info.get(f"{key}_text"), info.get(f"{key}_start"), info.get(f"{key}_end")
    if not text and not start:
        return None
    ref = {
        "text": text or None,
        "start": date.fromisoformat(start) if start else None,
        "end": date.fromisoformat(end) if end else None,
    }
    if key == "time":
        ref["basis"] = info.get("time_basis") or "stated"
    return ref


def _sentence_finder(doc: Doc, text: str) -> Callable[[int, int], str]:
    """Sentence text around characters ``start``-``end``, from the sentence starts read once as
    an array (``span.sent`` and ``doc.sents`` create a Python object per token)."""
    if not doc.has_annotation("SENT_START"):
        return lambda start, end: text[start:end]
    table = doc.to_array(["SENT_START", "IDX"])[1:]
    starts = [0, *table[table[:, 0] == 1, 1].tolist()]
    ends = [*starts[1:], len(text)]

    def sentence(start: int, end: int) -> str:
        n = max(bisect_right(starts, start) - 1, 0)
        return text[starts[n]:max(ends[n], end)].strip()

    return sentence


def _quantities(doc: Doc, text: str, person_ids: dict[str, str], agency_ids: dict[str, str]) -> list[dict[str, Any]]:
    quantities = []
    sentence = _sentence_finder(doc, text)
    quantity, speaker = _span_values(doc, "pp_quantity"), _span_values(doc, "pp_speaker")
    source_agency = _span_values(doc, "pp_source_agency")
    spans = sorted(((s.start_char, s.end_char) for s in doc.spans.get(ext.QUANTITIES, [])), key=lambda se: se[0])
    for start, end in spans:
        info: ext.QuantityInfo | None = quantity(start, end)
        if not info:
            continue
        quantities.append({
            "id": f"q{len(quantities) + 1}",
            "text": text[start:end],
            "span": {"start": start, "end": end},
            "sentence": sentence(start, end),
            "value": info["value"],
            "value_max": info.get("value_max"),
            "unit": info.get("unit"),
            "kind": info.get("kind") or "count",
            "entity": info.get("entity"),
            "approx": info.get("approx"),
            "change": info.get("change"),
            "si_value": info.get("si_value"),
            "si_unit": info.get("si_unit"),
            "time": _time(info, "time"),
            "base": _time(info, "base"),
            "speaker": person_ids.get(speaker(start, end) or ""),
            "agency": agency_ids.get(source_agency(start, end) or ""),
            "same_as": None,
        })
    link_repeats(quantities)
    share_speakers(quantities)
    return quantities


def _significant_digits(value: float) -> int:
    return len(f"{abs(value):.10g}".split("e")[0].replace(".", "").strip("0"))


def _words(text: str | None) -> set[str]:
    return {w.rstrip("s") for w in (text or "").lower().replace("’", "'").split() if len(w) > 2}


def _same_fact(first: dict[str, Any], later: dict[str, Any]) -> bool:
    """A later mention restating an earlier figure: same number, unit, bound and change, no other
    time stated (the report's own period is no statement), and either a number too precise to recur by
    chance (29.73 million) or the same words."""
    if (first["value"], first["unit"], first["value_max"], first["change"]) != (
            later["value"], later["unit"], later["value_max"], later["change"]):
        return False
    if {first["approx"], later["approx"]} - {None, "approx"} and first["approx"] != later["approx"]:
        return False
    times = [q["time"] for q in (first, later)
             if q["time"] and q["time"]["start"] and q["time"]["basis"] != "published"]
    if len(times) == 2 and times[0]["start"] != times[1]["start"]:
        return False
    precise = _significant_digits(first["value"]) >= 3 and first["kind"] not in ("fraction", "multiple")
    return precise or bool(_words(first["entity"]) & _words(later["entity"]))


def link_repeats(quantities: list[dict[str, Any]]) -> None:
    """Set ``same_as`` on each mention that restates an earlier figure (a headline figure and its
    body restatement), pointing at the first mention, so the fact is counted once. Only earlier
    mentions of the same number, unit, bound and change can be one (``_same_fact``'s first test),
    so each is compared with those alone. A fact has one time: a first mention that states none (a
    headline, "grows 6.2 percent") takes the time its restatement states ("grew 6.2 percent in 2022")."""
    earlier: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for later in quantities:
        same = earlier.setdefault((later["value"], later["unit"], later["value_max"], later["change"]), [])
        for first in same:
            if first["same_as"] is None and _same_fact(first, later):
                later["same_as"] = first["id"]
                if (first["time"] or {}).get("basis") == "published" and (later["time"] or {}).get("basis") == "stated":
                    first["time"], first["base"] = dict(later["time"], basis="carried"), later["base"]
                break
        same.append(later)


def share_speakers(quantities: list[dict[str, Any]]) -> None:
    """Give every mention of one precise figure (``same_as``, three significant digits or more) the
    speaker its attributed mentions name, when they name one person: "Rs 1140.66 billion" summed
    up in the lead and attributed to the minister in the body is the minister's figure in both
    places. A round figure ("20,000 homes", a standing target) is restated by many, so its
    unattributed mentions stay unattributed."""
    speakers: dict[str, set[str]] = {}
    for q in quantities:
        if q["speaker"]:
            speakers.setdefault(q["same_as"] or q["id"], set()).add(q["speaker"])
    for q in quantities:
        found = speakers.get(q["same_as"] or q["id"], set())
        if q["speaker"] is None and len(found) == 1 and _significant_digits(q["value"]) >= 3:
            q["speaker"] = next(iter(found))


def _warnings(doc: Doc, text: str, article: Article) -> list[Warning | dict[str, Any]]:
    found: list[Warning | dict[str, Any]] = list(article.warnings)
    for span in doc.spans.get(ext.WARNINGS, []):
        start, end = span.start_char, span.end_char
        info = span._.pp_warning or {"code": span.label_ or "warning", "message": text[start:end]}
        found.append({"code": info["code"], "message": info["message"], "span": {"start": start, "end": end}})
    return found


def to_record(doc: Doc, article: Article) -> ArticleRecord:
    """Build the validated record of one processed article."""
    text = ext.doc_text(doc)
    agencies, agency_ids = _agencies(doc, text)
    people, person_ids = _people(doc, text, agency_ids)
    # Plain dicts validated once: one validator call instead of one per nested model.
    return ArticleRecord.model_validate({
        "id": article.id,
        "source": article.source,
        "published": article.published,
        "language": article.language,
        "text_sha256": article.sha256,
        "quantities": _quantities(doc, text, person_ids, agency_ids),
        "people": people,
        "agencies": agencies,
        "places": _places(doc, text),
        "warnings": _warnings(doc, text, article),
    })

