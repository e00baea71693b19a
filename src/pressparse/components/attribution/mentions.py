"""What attribution reads from the Doc and what its stages return: the people and bodies the
earlier components found, each span's annotation read once, and the regions a speaker states."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

from spacy.tokens import Doc

from ... import extensions as ext


class Person(NamedTuple):
    """A person mention, read once from its span: offsets, PersonInfo key and title."""

    start_char: int
    end_char: int
    key: str
    title: str


class Body(NamedTuple):
    """An agency mention: offsets, AgencyInfo key and its name's words, lower-cased."""

    start_char: int
    end_char: int
    key: str
    words: frozenset[str]


@dataclass(frozen=True)
class Region:
    """Characters ``start``-``end`` are stated by ``speaker`` (a PersonInfo key)."""

    start: int
    end: int
    speaker: str


def people(doc: Doc) -> list[Person]:
    """The people with a key, in text order, each span's annotation read once."""
    found = []
    for span in doc.spans.get(ext.PEOPLE, []):
        info = span._.pp_person
        if info and info.get("key"):
            found.append(Person(span.start_char, span.end_char, info["key"], info.get("title") or ""))
    found.sort(key=lambda p: p.start_char)
    return found


def bodies(doc: Doc) -> list[Body]:
    """The agencies with a key, in text order, with the words of their names."""
    found = []
    for span in doc.spans.get(ext.AGENCIES, []):
        info = span._.pp_agency
        if info and info.get("key"):
            words = frozenset((info.get("name") or span.text).lower().split())
            found.append(Body(span.start_char, span.end_char, info["key"], words))
    found.sort(key=lambda b: b.start_char)
    return found
