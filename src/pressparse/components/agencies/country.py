"""Which country's body a spelling names: the countries of the article's places and of its
unambiguous bodies, and a spelling of common words ("Department of Agriculture", "DA") kept to
the bodies of those countries."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc

from ... import extensions as ext
from ...normalize.agencies import AgencyEntry
from ..places import gazetteer
from .candidate import COMPLEMENT, Candidate, is_acronym
from .rules import INTERNATIONAL, AgencyRules


def within_country(
    rules: AgencyRules, doc: Doc, text: str, candidates: list[Candidate], placed: tuple[str, ...]
) -> list[Candidate]:
    """Curated bodies narrowed to the article's countries (``in_country``); a post's
    complement that names none of them is no mention, a name that names none is a body of its
    own."""
    if not placed:
        return candidates
    kept = []
    for cand in candidates:
        if cand.found:
            last = doc[cand.end - 1]
            found = in_country(rules, cand.found, text[doc[cand.start].idx:last.idx + len(last.text)], placed)
            if not found and cand.source == COMPLEMENT:
                continue
            cand.found = found
        kept.append(cand)
    return kept


def place_countries(doc: Doc) -> tuple[str, ...]:
    """Countries of the places the article names, most often named first."""
    votes: Counter[str] = Counter()
    for place in doc.spans.get(ext.PLACES, []):
        if (info := ext.span_value(doc, "pp_place", place)) and info.get("country"):
            votes[info["country"]] += 1
    return tuple(country for country, _ in votes.most_common())


def named_countries(doc: Doc, candidates: list[Candidate]) -> tuple[str, ...]:
    """Countries the names of the bodies no data holds state ("the Solomon Islands Government"),
    most often first: the article's countries when its places state none."""
    votes: Counter[str] = Counter()
    for cand in candidates:
        if not cand.found and (country := named_country(doc[cand.start:cand.end].text)):
            votes[country] += 1
    return tuple(country for country, _ in votes.most_common())


def in_country(
    rules: AgencyRules, found: tuple[AgencyEntry, ...], surface: str, placed: tuple[str, ...]
) -> tuple[AgencyEntry, ...]:
    """The curated bodies a spelling may name in this article: a spelling of common words or
    a short acronym ("Department of Agriculture", "DA", "Transport Secretary") names a body of
    a country the article's places are in (or an international one), not the United States'
    or Britain's everywhere; a distinctive one ("U.S. Department of Agriculture", "Xinhua")
    names its body anywhere."""
    if not found or not placed:
        return found
    home = [e for e in found if e.country in placed or e.country in INTERNATIONAL]
    if home or not generic(rules, surface):
        return tuple(home) or found
    return ()


def named_country(name: str) -> str | None:
    """The country of the place a body's name opens with ("Kansas Department of Commerce"),
    else of the country it closes with ("Statistics New Zealand", "Central Bank of Barbados")."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n:
            found = {e.country for e in gazetteer().lookup(" ".join(words[:n])) if e.tier == "major"}
            if len(found) == 1:
                return found.pop()
    for n in (3, 2, 1):
        if len(words) > n:
            found = {e.country for e in gazetteer().lookup(" ".join(words[-n:])) if e.type == "country"}
            if len(found) == 1:
                return found.pop()
    return None


def generic(rules: AgencyRules, surface: str) -> bool:
    words = [w for w in re.split(r"[\s,]+", surface) if w]
    if len(words) == 1 and is_acronym(words[0]):
        return len(words[0].rstrip("s")) <= 3
    return all(w.lower() in rules.connectors or w in rules.common_words for w in words)


def likely_countries(doc: Doc, chosen: list[Candidate]) -> tuple[str, ...]:
    """Countries of the unambiguous bodies and of the places named, most frequent first."""
    votes = Counter(c.found[0].country for c in chosen if len(c.found) == 1)
    for place in doc.spans.get(ext.PLACES, []):
        if (info := ext.span_value(doc, "pp_place", place)) and info.get("country"):
            votes[info["country"]] += 1
    return tuple(country for country, _ in votes.most_common())
