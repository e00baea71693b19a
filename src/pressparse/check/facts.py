"""Facts: the quantities of records with the article context a check needs (publication date,
places, agencies, speaker name). Every mention is compared (a restatement may carry the time or the
words the headline leaves out) but mentions of one fact (``same_as``) share a ``key``, so a check
cites the fact once."""

from __future__ import annotations

import json
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from itertools import pairwise
from typing import Any, ClassVar

import regex

from ..models import ArticleRecord, Evidence, Place, Quantity
from .matching import BRACKET, Period, Reading, direction, is_previous, period, previous, read
from .terms import modifiers, terms


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
    local_agencies: frozenset[str] = frozenset()  # agencies named in the figure's clause (or sentence)
    other_agencies: frozenset[str] = frozenset()  # agencies the sentence gives its other figures
    clause_places: frozenset[str] = frozenset()  # places named in the figure's clause (or sentence)
    counted_back: Period | None = None  # "the previous year" of the sentence's own period
    sibling_clauses: tuple[str, ...] = ()  # the own clauses of the sentence's other figures of its unit
    countries: frozenset[str] = frozenset()  # country codes of the article's places
    before: str = ""  # the sentence before, when it holds figures and ends just before this one
    home: tuple[str, ...] = ()  # the article's countries, states and provinces: where a figure no place frames is
    moved: str | None = None  # "up" or "down" for the second figure of "from A to B" (``from_to``)

    _STORED: ClassVar[tuple[str, ...]] = ("speaker", "mentions", "local", "local_agencies", "other_agencies",
                                           "clause_places", "sibling_clauses", "countries", "before", "home",
                                           "moved")

    def to_json(self) -> str:
        """The figure (but its sentence) and what its article says around it, for the fact store: a
        fact read back (``from_json``) is compared exactly as one built from its record."""
        out: dict[str, Any] = {name: _plain(getattr(self, name)) for name in self._STORED}
        out["quantity"] = self.quantity.model_dump(mode="json", exclude_none=True, exclude={"sentence"})
        out["counted_back"] = [d.isoformat() for d in self.counted_back] if self.counted_back else None
        return json.dumps(out, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str, sentence: str, article: str, published: date | None, places: frozenset[str],
                  agencies: frozenset[str]) -> Fact:
        """A fact stored by ``to_json`` (its sentence kept apart), in its article's context."""
        data = json.loads(text)
        data["quantity"]["sentence"] = sentence
        back = data["counted_back"]
        stored = {name: data[name] for name in cls._STORED if name in data}  # older stores: defaults
        for name in ("local_agencies", "other_agencies", "clause_places", "countries"):
            stored[name] = frozenset(stored[name])
        for name in ("local", "sibling_clauses", "home"):
            stored[name] = tuple(stored[name])
        return cls(article, Quantity.model_validate(data["quantity"]), published, places=places, agencies=agencies,
                   counted_back=(date.fromisoformat(back[0]), date.fromisoformat(back[1])) if back else None,
                   **stored)

    @property
    def key(self) -> tuple[str, str]:
        """The fact's identity: its article and first mention."""
        return self.article, self.quantity.same_as or self.quantity.id

    @cached_property
    def reading(self) -> Reading:
        return read(self.quantity)

    @cached_property
    def period(self) -> Period | None:
        """The figure's own period ("a year earlier" counted back from its sentence's period)."""
        return self.counted_back or period(self.quantity)

    @cached_property
    def base(self) -> Period | None:
        """The period the figure is compared with ("than 2016"), when resolved."""
        base = self.quantity.base
        return (base.start, base.end or base.start) if base is not None and base.start is not None else None

    @cached_property
    def direction(self) -> str | None:
        """Which way the figure moved ("up", "down"): from the figure it went from, else the words
        of its sentence."""
        return self.moved or direction(self.quantity)

    @cached_property
    def entity_terms(self) -> frozenset[str]:
        return terms(self.quantity.entity)

    @cached_property
    def context_terms(self) -> frozenset[str]:
        """Terms of the figure's sentence and entity: what the figure is about."""
        return terms(self.quantity.sentence) | self.entity_terms

    @cached_property
    def near_terms(self) -> frozenset[str]:
        """Terms of the words within ``NEAR`` characters of the figure in its sentence."""
        q = self.quantity
        at = q.sentence.find(q.text)
        if at < 0:
            return self.context_terms
        return terms(q.sentence[max(at - NEAR, 0):at + len(q.text) + NEAR])

    @cached_property
    def clause_terms(self) -> frozenset[str]:
        """Terms of the figure's clause and entity ("while wheat imports dropped to 1.9 million
        tonnes"): the modifiers that set it apart from the sentence's other figures."""
        return terms(self.clause) | self.entity_terms

    @cached_property
    def foreign_terms(self) -> frozenset[str]:
        """Terms only the own clauses of the sentence's other figures of its unit use ("and 87
        inspectors were deployed" after "1,240 head teachers were trained"): they say what those
        figures count, not this one. A word several of them use is the sentence's shared
        predicate ("the water system cost ..., the toilets cost ..."), not one figure's."""
        own = terms(self.clause)
        if not own or (self.entity_terms and not self.entity_terms & own):
            return frozenset()  # "..., compared to 5% in 2023": its thing is another clause's
        seen = Counter(t for c in self.sibling_clauses for t in terms(c))
        return frozenset(t for t, n in seen.items() if n == 1) - self.clause_terms

    @cached_property
    def before_terms(self) -> frozenset[str]:
        """Terms of the sentence before ("The contract is valued at ..." after the sentence naming
        the contract): a sentence often names its thing only there."""
        return terms(self.before)

    @cached_property
    def own_terms(self) -> frozenset[str]:
        """Terms of the figure's sentence and entity less those of other figures' clauses."""
        return self.context_terms - self.foreign_terms

    @cached_property
    def modifiers(self) -> tuple[frozenset[str], ...]:
        """The members of each modifier group its clause names (``terms.modifiers``)."""
        return modifiers(self.clause_terms)

    @cached_property
    def clause(self) -> str:
        """The figure's clause, lower-cased; a clause of nothing but the figure and its change
        (", up 4.7 percent,") is the previous one's ("urban residents was 26,357 yuan, up 4.7 percent")."""
        return own_clause(self.quantity)

    @property
    def frame(self) -> tuple[str, ...]:
        """The places the figure is about: those around it, else the article's broad places (a
        paragraph far from the dateline of a release about Vanuatu is still about Vanuatu)."""
        return self.local or self.home

    @cached_property
    def local_terms(self) -> frozenset[str]:
        """Terms of the names of the places framing the figure (a claim's place matches them)."""
        return frozenset(t for name in self.frame for t in terms(name))

    def evidence(self) -> Evidence:
        q = self.quantity
        return Evidence(
            article=self.article, quantity=q.id, text=q.text, sentence=q.sentence, span=q.span,
            value=q.value, value_max=q.value_max, unit=q.unit, entity=q.entity, approx=q.approx,
            change=q.change, time=q.time, speaker=self.speaker, published=self.published,
            mentions=[m for m in self.mentions if m != q.id],
        )


def _plain(value: object) -> object:
    """A field as JSON holds it: sets as sorted lists."""
    return sorted(value) if isinstance(value, frozenset) else list(value) if isinstance(value, tuple) else value


def names_in(text: str, name: str) -> bool:
    """``text`` names ``name`` as whole words."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(name, at + 1)
    return False


def _lower(name: str) -> str:
    return name.lower().replace("\u2019", "'")


def names(items: Iterable[object], *, enclosing: bool = True) -> frozenset[str]:
    """Lower-cased names and aliases of places or agencies, and with ``enclosing`` the divisions
    known to enclose the places (an article about Kunming is about Yunnan too)."""
    found: set[str] = set()
    for item in items:
        for name in (getattr(item, "name", None), getattr(item, "acronym", None),
                     *getattr(item, "aliases", ()), *(getattr(item, "hierarchy", ()) if enclosing else ())):
            if name:
                found.add(_lower(name))
    return frozenset(found)


NEAR = 60  # characters either side of a figure that say most about what it counts
LOCAL_BEFORE = 300  # characters before a figure's sentence whose place names still frame it


BROAD = ("country", "state", "province", "region")  # places a whole article may be about
SPECIFIC = ("village", "town", "district", "county", "city", "prefecture", "region", "state", "province",
            "country", "other")


def local_places(record: ArticleRecord) -> dict[str, tuple[str, ...]]:
    """For each quantity id, the lower-cased names of the places mentioned in its sentence or in
    the ``LOCAL_BEFORE`` characters before it, the most specific and nearest first, then the
    places enclosing them: where the figure is ("The village planted ..." after a caption naming
    the village, its county, its province)."""
    by_id = {p.id: p for p in record.places}

    def chain(place: Place) -> list[str]:
        out, seen = [], set()
        while place.parent in by_id and place.parent not in seen:
            seen.add(place.parent)
            place = by_id[place.parent]
            out.append(_lower(place.name))
        return out

    mentions = sorted((m.span.start, SPECIFIC.index(place.type), place.id)
                      for place in record.places for m in place.mentions)
    starts = [at for at, *_ in mentions]
    out = {}
    for q in record.quantities:
        sentence_start = q.span.start - max(q.sentence.find(q.text), 0)
        start, end = sentence_start - LOCAL_BEFORE, sentence_start + len(q.sentence)
        near = sorted((rank, abs(q.span.start - at), pid)
                      for at, rank, pid in mentions[bisect_left(starts, start):bisect_right(starts, end)])
        found: list[str] = []
        for *_, pid in near:
            place = by_id[pid]
            found += [_lower(place.name), *(_lower(a) for a in place.aliases)]
        for *_, pid in near:
            found += chain(by_id[pid])
        out[q.id] = tuple(dict.fromkeys(found))
    return out


_CLAUSE = regex.compile(rf"[,;:]|{BRACKET}|\s(?:and|while|whereas|but)\s")
_CLAUSE_TERMS = regex.compile(rf"[;:]|{BRACKET}|,\s|\s(?:and|while|whereas|but)\s")  # not the comma of "4,827"


def _named(inside: list[tuple[int, int, frozenset[str]]], cuts: list[int], n: int) -> frozenset[str]:
    """The names of the mentions overlapping clause ``n`` (between ``cuts[n]`` and ``cuts[n + 1]``)."""
    lo, hi = cuts[n], cuts[n + 1]
    return frozenset(name for at, to, found in inside if at < hi and to > lo for name in found)


def local_agencies(record: ArticleRecord) -> dict[str, frozenset[str]]:
    """For each quantity id, the lower-cased names of the agencies mentioned in its clause ("41
    beds at A, and 46 beds at B"; "... in A, while B will receive ..."), else in its sentence:
    the body a figure is given to."""
    return _clause_names(record, [(m.span.start, m.span.end, names([agency]))
                                  for agency in record.agencies for m in agency.mentions])


def clause_places(record: ArticleRecord) -> dict[str, frozenset[str]]:
    """For each quantity id, the lower-cased names of the places mentioned in its clause, else in
    its sentence ("Maharashtra received 712 crore and Uttar Pradesh 1,045 crore"), with the
    divisions enclosing them (Boone County is in Iowa)."""
    return _clause_names(record, [(m.span.start, m.span.end, names([place]))
                                  for place in record.places for m in place.mentions])


def _clause_names(record: ArticleRecord, mentions: list[tuple[int, int, frozenset[str]]]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for q in record.quantities:
        start = q.span.start - max(q.sentence.find(q.text), 0)
        inside = [(at - start, to - start, found) for at, to, found in mentions
                  if start <= at < start + len(q.sentence)]
        if not inside:
            out[q.id] = frozenset()
            continue
        cuts = [0, *(m.end() for m in _CLAUSE.finditer(q.sentence)), len(q.sentence) + 1]
        n = max(i for i, cut in enumerate(cuts[:-1]) if cut <= q.span.start - start)

        # Its own clause, else the one before ("... the Ministry of X (RM306 million)").
        out[q.id] = _named(inside, cuts, n) or (_named(inside, cuts, n - 1) if n else frozenset()) or frozenset(
            name for *_, found in inside for name in found)
    return out


def other_agencies(record: ArticleRecord, own: dict[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """For each quantity id, the agencies its sentence gives to its other figures."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in record.quantities:
        by_sentence.setdefault(q.span.start - max(q.sentence.find(q.text), 0), []).append(q)
    out = {}
    for figures in by_sentence.values():
        for q in figures:
            out[q.id] = frozenset().union(*(own[o.id] for o in figures if o.id != q.id)) - own[q.id]
    return out


def counted_back(record: ArticleRecord) -> dict[str, Period]:
    """For each quantity whose time counts back ("the previous year", "a year earlier") in a
    sentence whose other figure states its period, the period a year before that one ("4,827 km in
    2023, up from 4,105 km a year earlier"): the quantities component reads them from publication."""
    out: dict[str, Period] = {}
    by_sentence: dict[int, list[Quantity]] = {}
    for q in record.quantities:
        by_sentence.setdefault(q.span.start - max(q.sentence.find(q.text), 0), []).append(q)
    for figures in by_sentence.values():
        back = {q.id for q in figures if (q.time is not None and is_previous(q.time.text)) or _tail_counts_back(q)}
        anchors = [stated for q in figures if q.id not in back and q.time and q.time.basis == "stated"
                   and (stated := period(q)) is not None]
        for q in figures:
            if anchors and q.id in back:
                out[q.id] = previous(anchors[0])
    return out


# Between the two figures of "from A to B": a few words ("from $4 million over two years to $4.5
# million", "from 28.9% in 2009 to 21.9% in 2015"), then "to".
_TO = regex.compile(r"(?i)\s+(?:(?:[^\W\d_]+|\d{4})\s+){0,4}to\s+")


def from_to(sentence: str, first: Quantity, then: Quantity, offset: int = 0) -> str | None:
    """"up" or "down" when a sentence goes "from <first> to <then>"; ``offset`` is where the
    sentence starts in the text the spans refer to.

    >>> s = "Funds rose from $4 million over two years to $4.5 million."
    >>> a, b = (Quantity(id=i, text=t, span={"start": s.find(t), "end": s.find(t) + len(t)}, value=v,
    ...                  unit="USD", kind="money", sentence=s)
    ...         for i, t, v in (("q1", "$4 million", 4e6), ("q2", "$4.5 million", 4.5e6)))
    >>> from_to(s, a, b), from_to(s, b, a)
    ('up', None)
    """
    a, b = first.span.start - offset, then.span.start - offset
    if not 0 <= a < b <= len(sentence) or first.value == then.value:
        return None
    if first.unit and then.unit and first.unit != then.unit:
        return None
    if not _TO.fullmatch(sentence, first.span.end - offset, b) or not sentence[:a].rstrip().lower().endswith("from"):
        return None
    return "up" if then.value > first.value else "down"


def moves(record: ArticleRecord) -> dict[str, str]:
    """For each quantity a sentence reaches "from A to B" (B), which way it went from A: a release
    writes "declined ..., from 28.9% in 2009 to 21.9% in 2015" with the verb out of the clause."""
    out: dict[str, str] = {}
    by_sentence: dict[int, list[Quantity]] = {}
    for q in record.quantities:
        by_sentence.setdefault(q.span.start - max(q.sentence.find(q.text), 0), []).append(q)
    for start, figures in by_sentence.items():
        for then in figures:
            for first in figures:
                if way := from_to(then.sentence, first, then, start):
                    out[then.id] = way
    return out


def own_clause(q: Quantity) -> str:
    """A figure's clause, lower-cased; a clause of nothing but the figure and its change
    (", up 4.7 percent,") is the previous one's ("... was 26,357 yuan, up 4.7 percent")."""
    at = q.sentence.find(q.text)
    if at < 0:
        return q.sentence.lower()
    cuts = [0, *(m.end() for m in _CLAUSE_TERMS.finditer(q.sentence, 0, at))]
    stop = _CLAUSE_TERMS.search(q.sentence, at + len(q.text))
    end = stop.start() if stop else len(q.sentence)
    start = cuts.pop()
    while cuts and not terms(q.sentence[start:at] + q.sentence[at + len(q.text):end]):
        start = cuts.pop()
    return q.sentence[start:end].lower().replace("\u2019", "'")


def sibling_clauses(record: ArticleRecord) -> dict[str, tuple[str, ...]]:
    """For each quantity id, the own clauses of the other figures of its sentence in the same
    unit ("Rents rose 8.2% nationally, and by 6.4% in Dublin"), where a claim's place or modifier
    may belong to another figure."""
    by_sentence: dict[int, list[Quantity]] = {}
    for q in record.quantities:
        by_sentence.setdefault(q.span.start - max(q.sentence.find(q.text), 0), []).append(q)
    out: dict[str, tuple[str, ...]] = {}
    for figures in by_sentence.values():
        clauses = {q.id: own_clause(q) for q in figures}
        for q in figures:
            out[q.id] = tuple(dict.fromkeys(clauses[o.id] for o in figures if o.id != q.id and o.unit == q.unit
                                            and clauses[o.id] != clauses[q.id]))
    return out


_BASE_WORDS = regex.compile(r"(?i)\b(?:from|than|over|on|against|with|compared|since)\b")


def _tail_counts_back(q: Quantity) -> bool:
    """The words right after a figure count back ("61,000 patients a year earlier"), and are not
    its comparison base ("up 3.2 percent from the previous year")."""
    at = q.sentence.find(q.text)
    if at < 0:
        return False
    end = at + len(q.text)
    stop = _CLAUSE_TERMS.search(q.sentence, end)
    tail = q.sentence[end:stop.start() if stop else len(q.sentence)]
    found = is_previous(tail)
    return found and not _BASE_WORDS.search(tail[:tail.lower().find("year")])


def sentences_before(record: ArticleRecord) -> dict[str, str]:
    """For each quantity id, the sentence with figures before its own, when that one ends within
    ``LOCAL_BEFORE`` characters of it."""
    starts = sorted({(q.span.start - max(q.sentence.find(q.text), 0), q.sentence) for q in record.quantities})
    previous = {start: (at, sentence) for (at, sentence), (start, _) in pairwise(starts)}
    out = {}
    for q in record.quantities:
        start = q.span.start - max(q.sentence.find(q.text), 0)
        if start in previous and previous[start][0] + len(previous[start][1]) >= start - LOCAL_BEFORE:
            out[q.id] = previous[start][1]
    return out


def home_places(record: ArticleRecord) -> tuple[str, ...]:
    """The lower-cased names of the article's broad places (``BROAD``), in order of first mention."""
    broad = sorted((min(m.span.start for m in p.mentions) if p.mentions else 0, p.id) for p in record.places
                   if p.type in BROAD)
    by_id = {p.id: p for p in record.places}
    return tuple(dict.fromkeys(n for _, pid in broad for n in names([by_id[pid]], enclosing=False)))


_ITEM_BREAK = regex.compile(r"\n(?=[ \t]*(?:[\u2022\u00b7\u25aa\u2023\u25e6*-]|\(?[0-9ivx]+[.)]\s))|\n[ \t]*\n")


def item_sentences(record: ArticleRecord) -> ArticleRecord:
    """The record with each figure's sentence cut to its list item or paragraph: bullet lines
    without a full stop come as one sentence ("• $500,000 to complete ...\n• $80 million to
    enhance ..."), and each line says what its own figure is for."""
    changed = {}
    for q in record.quantities:
        at = q.sentence.find(q.text)
        if at < 0 or not _ITEM_BREAK.search(q.sentence):
            continue
        cuts = [0, *(m.end() for m in _ITEM_BREAK.finditer(q.sentence)), len(q.sentence)]
        n = max(i for i, cut in enumerate(cuts[:-1]) if cut <= at)
        end = next((m.start() for m in _ITEM_BREAK.finditer(q.sentence, cuts[n])), len(q.sentence))
        line = q.sentence[cuts[n]:end].strip()
        if line and q.text in line:
            changed[q.id] = q.model_copy(update={"sentence": line})
    if not changed:
        return record
    return record.model_copy(update={"quantities": [changed.get(q.id, q) for q in record.quantities]})


def record_facts(record: ArticleRecord) -> list[Fact]:
    """One fact per quantity of a record, mentions of the same fact sharing one list of ids."""
    record = item_sentences(record)
    people = {p.id: p.name for p in record.people}
    places, agencies = names(record.places), names(record.agencies)
    local, bodies, spots = local_places(record), local_agencies(record), clause_places(record)
    others = other_agencies(record, bodies)
    back, siblings = counted_back(record), sibling_clauses(record)
    countries = frozenset(p.country for p in record.places if p.country)
    before, home, moved = sentences_before(record), home_places(record), moves(record)
    groups: dict[str, list[str]] = {}
    for q in record.quantities:
        groups.setdefault(q.same_as or q.id, []).append(q.id)
    return [Fact(record.id, q, record.published, people.get(q.speaker or ""), places, agencies,
                 groups[q.same_as or q.id], local[q.id], bodies[q.id], others[q.id], spots[q.id], back.get(q.id),
                 siblings[q.id], countries, before.get(q.id, ""), home, moved.get(q.id))
            for q in record.quantities]
