"""What and where: how strongly a source figure is about the thing a claim figure counts.

The score is the share of the claim's content terms (weighted by how rare they are in the sources,
the claim figure's counted noun twice over) found around the source figure (its sentence and
entity), plus agreement of the counted nouns themselves; a place or agency the claim names that the
figure's article never mentions lowers it.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Protocol

import regex

from ..models import ArticleRecord, Quantity
from .facts import BROAD, Fact, names, names_in
from .matching import BRACKET
from .terms import modifiers, terms

_CLAUSE_END = regex.compile(rf"[;:]|{BRACKET}|,\s|\s(?:and|while|whereas|but|which|that)\s")
_OF = regex.compile(r"\s+(?:for|of)\s+((?:the\s+)?[^\W\d_]+(?:\s+[^\W\d_]+){0,2})")
BEFORE = 0.5  # a claim word found only in the sentence before the figure's counts this much
ENTITY_WEIGHT = 2.0  # the claim figure's counted noun weighs this much more than its other words
UNSEEN_WEIGHT = 0.5  # a claim word the sources never use (maybe a paraphrase) counts this much of its idf
ENTITY_SHARE = 0.3  # the counted nouns' agreement's share of the score
AWAY = 0.5  # factor when the claim names a place or agency the figure's article never mentions
ELSEWHERE = 0.85  # factor when the article names the claim's place, but not near the figure




class DocFrequency(Protocol):
    """How many of the sources' sentences use a term, and out of how many."""

    def df(self, term: str) -> int: ...

    @property
    def sentences(self) -> int: ...


class SentenceCounts:
    """Document frequencies over the sentences of a list of facts."""

    def __init__(self, facts: Iterable[Fact]) -> None:
        seen: dict[tuple[str, str], frozenset[str]] = {}
        for fact in facts:
            seen.setdefault((fact.article, fact.quantity.sentence), fact.context_terms)
        self.counts = Counter(t for found in seen.values() for t in found)
        self._sentences = len(seen)

    def df(self, term: str) -> int:
        return self.counts.get(term, 0)

    @property
    def sentences(self) -> int:
        return self._sentences


@dataclass
class ClaimContext:
    """What the claim is about, read once per claim."""

    terms: frozenset[str]  # content terms, place and agency names left out
    places: frozenset[str]
    agencies: frozenset[str]
    place_terms: frozenset[str] = frozenset()  # the terms of the places' names
    local_places: frozenset[str] = frozenset()  # places below a state: a figure of another is another's
    named: frozenset[str] = frozenset()  # the terms of the places' and agencies' names
    text: str = ""  # the claim, lower-cased: it may name a place of the article the claim's reading missed
    countries: dict[str, str] = field(default_factory=dict)  # the names of the countries it names -> their codes
    _named_by_article: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @classmethod
    def of(cls, claim: str, record: ArticleRecord) -> ClaimContext:
        places, agencies = names(record.places, enclosing=False), names(record.agencies)
        named: set[str] = set()
        for name in places | agencies | {p.name for p in record.people}:
            named |= terms(name)
        place_terms: set[str] = set()
        for name in places:
            place_terms |= terms(name)
        local = names([p for p in record.places if p.type not in BROAD], enclosing=False)
        countries = {name: p.country for p in record.places if p.type == "country" and p.country
                     for name in names([p], enclosing=False)}
        # The words of the figures themselves ("topped $30 million", "3.9 billion dirhams") are
        # compared as bound, value and unit, not as what is counted.
        words = claim
        for q in record.quantities:
            words = words.replace(q.text, " ")
        return cls(terms(words) - named, places, agencies, frozenset(place_terms), local, frozenset(named),
                   claim.lower().replace("\u2019", "'"), countries)

    @cached_property
    def modifiers(self) -> tuple[frozenset[str], ...]:
        """The members of each modifier group the claim names (``terms.modifiers``)."""
        return modifiers(self.terms)

    def places_named(self, fact: Fact) -> frozenset[str]:
        """The claim's places, and those of the fact's article that the claim names ("Cebu
        finished 274 km", when the claim's own reading missed Cebu), once per article."""
        found = self._named_by_article.get(fact.article)
        if found is None:
            found = self.places | {name for name in fact.places if names_in(self.text, name)}
            self._named_by_article[fact.article] = found
        return found

    def places_of(self, fact: Fact) -> frozenset[str]:
        """The claim's places a figure of ``fact``'s article must be framed by: not a country the
        article's places are in without naming it (Kathmandu's budget is Nepal's)."""
        if not self.countries or not fact.countries:
            return self.places
        implied = {name for name, code in self.countries.items() if code in fact.countries}
        return self.places - implied if implied and not implied & fact.places else self.places

    def entity(self, figure: Quantity) -> frozenset[str]:
        """The terms of what a claim figure counts, place and agency names left out; for a figure
        whose reading names nothing, the words after it in its clause ("is putting $86 million
        into rural health scholarships"): a claim says what its number is right after it."""
        if figure.entity:
            # "Wages for healthcare assistants", "the cost of the bridge": whose or of what.
            at = figure.sentence.find(figure.entity)
            after = _OF.match(figure.sentence, at + len(figure.entity)) if at >= 0 else None
            return terms(f"{figure.entity} {after.group(1) if after else ''}") - self.named
        at = figure.sentence.find(figure.text)
        if at < 0:
            return frozenset()
        tail = figure.sentence[at + len(figure.text):]
        cut = _CLAUSE_END.search(tail)
        return terms(tail[:cut.start()] if cut else tail) - self.named


def weights(claim_terms: frozenset[str], entity: frozenset[str], counts: DocFrequency,
            place_terms: frozenset[str] = frozenset()) -> dict[str, float]:
    """Inverse document frequency of each claim term (and place name term); the counted noun's
    terms doubled when the sources use them (an unseen "entity" word is often the claim's verb)."""
    n = counts.sentences
    out = {}
    for t in claim_terms | entity | place_terms:
        df = counts.df(t)
        idf = math.log((n + 1) / (df + 0.5))
        out[t] = idf * (ENTITY_WEIGHT if t in entity else 1.0) if df else UNSEEN_WEIGHT * idf
    return out


def score(entity: frozenset[str], weight: dict[str, float], fact: Fact,
          places: frozenset[str], agencies: frozenset[str]) -> float:
    """How strongly ``fact`` is about what the claim's figure counts (its ``entity`` terms), from 0
    to about 1."""
    total = sum(weight.values())
    if not total:
        return 0.0
    # Words of the clause of another figure of the sentence are that figure's.
    context = fact.own_terms | fact.local_terms
    near = (fact.near_terms - fact.foreign_terms) | fact.entity_terms | fact.local_terms
    # The whole sentence, and the words next to the figure (a sentence may carry several figures).
    coverage = sum(w * ((t in context or BEFORE * (t in fact.before_terms)) + (t in near))
                   for t, w in weight.items()) / (2 * total)
    # A claim figure whose counted noun was not read is judged by its words alone.
    value = (1 - ENTITY_SHARE) * coverage + ENTITY_SHARE * len(entity & fact.entity_terms) / len(entity) \
        if entity else coverage
    sentence = fact.quantity.sentence.lower()
    if places and not places.intersection(fact.frame):
        value *= ELSEWHERE if places & fact.places else AWAY
    if agencies and not (agencies.intersection(fact.local_agencies) or any(name in sentence for name in agencies)):
        value *= AWAY if fact.local_agencies or not agencies & fact.agencies else ELSEWHERE
    return value



def contrast(claimed: tuple[frozenset[str], ...], fact: Fact) -> bool:
    """The figure's clause names another member of a modifier group the claim (``claimed``, its
    ``modifiers``) names a member of, and not the claim's ("soybean imports" against "soybean
    output", "rural" against "urban"): it counts something else."""
    return any(mine and theirs and not theirs & mine for mine, theirs in zip(claimed, fact.modifiers, strict=True))

