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

from ..models import ArticleRecord, Quantity
from .facts import Fact, names, names_in
from .terms import modifiers, terms

ENTITY_WEIGHT = 2.0  # the claim figure's counted noun weighs this much more than its other words
UNSEEN_WEIGHT = 0.5  # a claim word the sources never use (maybe a paraphrase) counts this much of its idf
ENTITY_SHARE = 0.3  # the counted nouns' agreement's share of the score
AWAY = 0.5  # factor when the claim names a place or agency the figure's article never mentions
ELSEWHERE = 0.85  # factor when the article names the claim's place, but not near the figure


BROAD = ("country", "province", "state", "region")  # places a whole article may be about


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
        return cls(terms(claim) - named, places, agencies, frozenset(place_terms), local, frozenset(named),
                   claim.lower().replace("\u2019", "'"))

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

    def entity(self, figure: Quantity) -> frozenset[str]:
        """The terms of what a claim figure counts, place and agency names left out."""
        return terms(figure.entity) - self.named


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


def score(figure: Quantity, weight: dict[str, float], fact: Fact,
          places: frozenset[str], agencies: frozenset[str], places_named: frozenset[str] = frozenset()) -> float:
    """How strongly ``fact`` is about what the claim's ``figure`` counts, from 0 to about 1."""
    total = sum(weight.values())
    if not total:
        return 0.0
    # Words of the clause of another figure of the sentence are that figure's.
    context = (fact.context_terms - fact.foreign_terms) | fact.local_terms
    near = (fact.near_terms - fact.foreign_terms) | fact.entity_terms | fact.local_terms
    # The whole sentence, and the words next to the figure (a sentence may carry several figures).
    coverage = sum(w * ((t in context) + (t in near)) for t, w in weight.items()) / (2 * total)
    entity = terms(figure.entity) - places_named
    counted = len(entity & fact.entity_terms) / len(entity) if entity else 0.0
    value = (1 - ENTITY_SHARE) * coverage + ENTITY_SHARE * counted
    sentence = fact.quantity.sentence.lower()
    if places and not places.intersection(fact.local):
        value *= ELSEWHERE if places & fact.places else AWAY
    if agencies and not (agencies.intersection(fact.local_agencies) or any(name in sentence for name in agencies)):
        value *= AWAY if fact.local_agencies or not agencies & fact.agencies else ELSEWHERE
    return value



def contrast(claimed: tuple[frozenset[str], ...], fact: Fact) -> bool:
    """The figure's clause names another member of a modifier group the claim (``claimed``, its
    ``modifiers``) names a member of, and not the claim's ("soybean imports" against "soybean
    output", "rural" against "urban"): it counts something else."""
    return any(mine and theirs and not theirs & mine for mine, theirs in zip(claimed, fact.modifiers, strict=True))
