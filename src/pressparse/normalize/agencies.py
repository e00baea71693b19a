"""Pure helpers for agency names: lookup keys and resolution against the curated data.

``agencies.jsonl`` lists bodies with their canonical English name, acronym and the other
spellings met in press releases; ``agency_patterns.tsv`` holds the words that make a phrase a
body. Both are read once per process.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from ..data import read_jsonl, read_tsv, read_word_classes

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2013": "-", "\u2014": "-"})
_NOT_NAME_CHARS = re.compile(r"[^\w\s'&-]")
_SPACES = re.compile(r"\s+")


def agency_key(text: str) -> str:
    """The lookup form of an agency name: spellings of one name share it.

    >>> agency_key("The Ministry of Agriculture & Farmers Welfare")
    'ministry of agriculture and farmers welfare'
    >>> agency_key("People\u2019s  Vision")
    "people's vision"
    >>> agency_key("U.S. Department of Agriculture")
    'us department of agriculture'
    >>> agency_key("University of Nebraska\u2013Lincoln")
    'university of nebraska-lincoln'
    >>> agency_key("the")
    ''
    """
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).lower()
    text = _NOT_NAME_CHARS.sub("", text).replace("&", " and ")
    text = _SPACES.sub(" ", text).strip()
    return "" if text == "the" else text.removeprefix("the ")


@dataclass(frozen=True)
class AgencyEntry:
    """One curated body."""

    id: str
    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    kind: str
    country: str
    bare_acronym: bool = True

    def surfaces(self) -> tuple[str, ...]:
        """Every full spelling of the body (acronym excluded)."""
        return (self.name, *self.aliases)


@cache
def entries() -> tuple[AgencyEntry, ...]:
    """The curated bodies, in file order (the first of equal names wins ties)."""
    return tuple(
        AgencyEntry(
            id=row["id"],
            name=row["name"],
            acronym=row.get("acronym"),
            aliases=tuple(row.get("aliases") or ()),
            kind=row.get("kind") or "other",
            country=row.get("country") or "",
            bare_acronym=row.get("bare_acronym", True),
        )
        for row in read_jsonl("agencies.jsonl")
    )


def pattern_words() -> Mapping[str, frozenset[str]]:
    """``agency_patterns.tsv`` words by kind (head, connector, possessive, generic, event, backref)."""
    return read_word_classes("agency_patterns.tsv", "kind")


@cache
def pattern_targets(kind: str) -> Mapping[str, frozenset[str]]:
    """Word -> its targets, for the rows of one kind of ``agency_patterns.tsv``."""
    targets: dict[str, set[str]] = {}
    for row in read_tsv("agency_patterns.tsv"):
        if row["kind"] == kind:
            targets.setdefault(row["word"], set()).update(filter(None, [row["target"]]))
    return {word: frozenset(found) for word, found in targets.items()}


@cache
def title_bodies() -> Mapping[str, tuple[str, ...]]:
    """Post -> the name forms its complement may fill, in file order: a head word reads
    "<head> of|for <complement>" ("Minister" -> "Ministry"), a form with "{}" reads the
    complement in its place ("Secretary" -> "{} Bureau": "Secretary for Housing", "Housing Bureau").

    >>> title_bodies()["Secretary"]
    ('Department', '{} Bureau')
    """
    forms: dict[str, list[str]] = {}
    for row in read_tsv("agency_patterns.tsv"):
        if row["kind"] == "title" and row["target"]:
            forms.setdefault(row["word"], []).append(row["target"])
    return {word: tuple(found) for word, found in forms.items()}


@cache
def name_index() -> Mapping[str, tuple[AgencyEntry, ...]]:
    """``agency_key`` of every full spelling and acronym -> the bodies it may name."""
    index: dict[str, list[AgencyEntry]] = {}
    for entry in entries():
        spellings = [*entry.surfaces(), *([entry.acronym] if entry.acronym else [])]
        for key in dict.fromkeys(agency_key(s) for s in spellings):
            index.setdefault(key, []).append(entry)
    return {key: tuple(found) for key, found in index.items()}


def _form_pattern(form: str) -> re.Pattern[str]:
    """The regex reading a name form's complement (group 1)."""
    if "{}" in form:
        before, after = (re.escape(part) for part in form.split("{}"))
        return re.compile(rf"^{before}(?:the )?(.+){after}$")
    return re.compile(rf"^{re.escape(form)} (?:of|for) (?:the )?(.+)$")


@cache
def complement_index() -> Mapping[tuple[str, str], tuple[AgencyEntry, ...]]:
    """(name form, complement) -> bodies, from names like "Ministry of X" / "X Bureau".

    Lets "Vice Minister of Human Resources and Social Security" name the Ministry and
    "Secretary for Housing" the Housing Bureau.
    """
    patterns = {form: _form_pattern(form) for forms in title_bodies().values() for form in forms}
    index: dict[tuple[str, str], list[AgencyEntry]] = {}
    for entry in entries():
        for surface in entry.surfaces():
            for form, pattern in patterns.items():
                if match := pattern.match(surface.translate(_APOSTROPHES)):
                    index.setdefault((form, agency_key(match[1])), []).append(entry)
    return {key: tuple(dict.fromkeys(found)) for key, found in index.items()}


_TITLE_COMPLEMENT = re.compile(r"\b([A-Z][a-z]+) (?:of State )?(?:of|for) (?:the )?(.+)$")


def resolve_agency(text: str, *, countries: tuple[str, ...] = ()) -> dict[str, str | None] | None:
    """The canonical ``{key, name, acronym}`` of a known body named by ``text``, else None.

    ``text`` is a name, alias or acronym, or a post with its complement ("Vice Minister of
    Human Resources and Social Security"). ``countries`` breaks ties between bodies sharing a
    spelling, most likely country first.

    >>> resolve_agency("Office of Poverty Alleviation of the Council of State")["name"]
    'State Council Leading Group Office of Poverty Alleviation and Development'
    >>> resolve_agency("NBS")["key"]
    'National Bureau of Statistics'
    >>> resolve_agency("Vice Minister of Human Resources and Social Security")["acronym"]
    'MOHRSS'
    >>> resolve_agency("Ministry of Education", countries=("IN",))["acronym"]
    'MoE'
    >>> resolve_agency("Secretary for Housing")["name"]
    'Housing Bureau'
    >>> resolve_agency("Director of Housing")["name"]
    'Housing Department'
    >>> resolve_agency("World Skills Competition") is None
    True
    """
    found = name_index().get(agency_key(text))
    if not found and (match := _TITLE_COMPLEMENT.search(text.strip())):
        forms = title_bodies().get(match[1], ())
        found = next(filter(None, (complement_index().get((f, agency_key(match[2]))) for f in forms)), None)
    if not found:
        return None
    return agency_info(pick_entry(found, countries))


def local_body_name(place: str, words: list[str], *, full_head: str | None = None) -> str:
    """The canonical name of a body written in lower case after its place ("the Wusheng County
    emergency management bureau"): its words Title-Cased, "and" kept lower case; ``full_head``
    spells the head word out in full ("government" -> "People's Government") unless it already is.

    >>> local_body_name("Wusheng County", ["emergency", "management", "bureau"])
    'Wusheng County Emergency Management Bureau'
    >>> local_body_name("Gulang County", ["forestry", "and", "grassland", "bureau"])
    'Gulang County Forestry and Grassland Bureau'
    >>> local_body_name("Foshan", ["municipal", "government"], full_head="People's Government")
    "Foshan Municipal People's Government"
    >>> local_body_name("Foshan", ["Municipal", "people’s", "government"], full_head="People's Government")
    "Foshan Municipal People's Government"
    """
    words = [w.translate(_APOSTROPHES) for w in words]
    if full_head and (len(words) < 2 or words[-2].lower() != "people's"):
        words = [*words[:-1], full_head]
    titled = (w if w == "and" else w[:1].upper() + w[1:] for w in words)
    return " ".join([place, *titled])


def pick_entry(found: tuple[AgencyEntry, ...], countries: tuple[str, ...] = ()) -> AgencyEntry:
    """The body meant by an ambiguous spelling: the first in the most likely country, else the first.

    >>> [e.country for e in name_index()["treasury"]]
    ['US', 'GB']
    >>> pick_entry(name_index()["treasury"], ("GB", "US")).name
    'HM Treasury'
    """
    for country in countries:
        for entry in found:
            if entry.country == country:
                return entry
    return found[0]


def agency_info(entry: AgencyEntry) -> dict[str, str | None]:
    """The ``AgencyInfo`` dict of a curated body."""
    return {"key": entry.name, "name": entry.name, "acronym": entry.acronym, "country": entry.country or None,
            "kind": entry.kind}
