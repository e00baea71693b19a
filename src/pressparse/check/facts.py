"""Facts: the quantities of records with the article context a check needs (publication date,
places, agencies, speaker name). Every mention is compared (a restatement may carry the time or the
words the headline leaves out) but mentions of one fact (``same_as``) share a ``key``, so a check
cites the fact once."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from ..models import ArticleRecord, Evidence, Quantity
from .matching import Reading, read
from .terms import terms


@dataclass
class Fact:
    """One figure of one article, with what a check compares it by."""

    article: str
    quantity: Quantity
    published: date | None = None
    speaker: str | None = None
    places: frozenset[str] = frozenset()
    agencies: frozenset[str] = frozenset()
    mentions: list[str] = field(default_factory=list)  # ids of all mentions of this fact
    local: tuple[str, ...] = ()  # places named in or just before the figure's sentence, nearest first

    @property
    def key(self) -> tuple[str, str]:
        """The fact's identity: its article and first mention."""
        return self.article, self.quantity.same_as or self.quantity.id

    @cached_property
    def reading(self) -> Reading:
        return read(self.quantity)

    @cached_property
    def entity_terms(self) -> frozenset[str]:
        return terms(self.quantity.entity)

    @cached_property
    def context_terms(self) -> frozenset[str]:
        """Terms of the figure's sentence and entity: what the figure is about."""
        return terms(self.quantity.sentence) | self.entity_terms

    @cached_property
    def local_terms(self) -> frozenset[str]:
        """Terms of the names of the places around the figure (a claim's place matches them)."""
        return frozenset(t for name in self.local for t in terms(name))

    def evidence(self) -> Evidence:
        q = self.quantity
        return Evidence(
            article=self.article, quantity=q.id, text=q.text, sentence=q.sentence, span=q.span,
            value=q.value, value_max=q.value_max, unit=q.unit, entity=q.entity, approx=q.approx,
            change=q.change, time=q.time, speaker=self.speaker, published=self.published,
            mentions=[m for m in self.mentions if m != q.id],
        )


def names(items: Iterable[object], *, enclosing: bool = True) -> frozenset[str]:
    """Lower-cased names and aliases of places or agencies, and with ``enclosing`` the divisions
    known to enclose the places (an article about Kunming is about Yunnan too)."""
    found: set[str] = set()
    for item in items:
        for name in (getattr(item, "name", None), getattr(item, "acronym", None),
                     *getattr(item, "aliases", ()), *(getattr(item, "hierarchy", ()) if enclosing else ())):
            if name:
                found.add(name.lower())
    return frozenset(found)


LOCAL_BEFORE = 300  # characters before a figure's sentence whose place names still frame it


SPECIFIC = ("village", "town", "district", "county", "city", "prefecture", "region", "state", "province",
            "country", "other")


def local_places(record: ArticleRecord) -> dict[str, tuple[str, ...]]:
    """For each quantity id, the lower-cased names of the places mentioned in its sentence or in
    the ``LOCAL_BEFORE`` characters before it, the most specific and nearest first: where the
    figure is ("The village planted ..." after a caption naming the village, its county, province)."""
    mentions = sorted((m.span.start, SPECIFIC.index(place.type), name)
                      for place in record.places for m in place.mentions
                      for name in (place.name.lower(), *(a.lower() for a in place.aliases)))
    out = {}
    for q in record.quantities:
        start = q.span.start - max(q.sentence.find(q.text), 0) - LOCAL_BEFORE
        near = [(rank, abs(q.span.start - at), name) for at, rank, name in mentions
                if start <= at <= q.span.end + 1]
        out[q.id] = tuple(dict.fromkeys(name for *_, name in sorted(near)))
    return out


def record_facts(record: ArticleRecord) -> list[Fact]:
    """One fact per quantity of a record, mentions of the same fact sharing one list of ids."""
    people = {p.id: p.name for p in record.people}
    places, agencies = names(record.places), names(record.agencies)
    local = local_places(record)
    groups: dict[str, list[str]] = {}
    for q in record.quantities:
        groups.setdefault(q.same_as or q.id, []).append(q.id)
    return [Fact(record.id, q, record.published, people.get(q.speaker or ""), places, agencies,
                 groups[q.same_as or q.id], local[q.id])
            for q in record.quantities]
