"""Where the patterns may start: one scan of the lower-cased text for opening words and lines,
so that a pattern with a lookbehind or a case-insensitive opening is tried only there."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from ..words import finditer_at
from .patterns import CASE_TRAPS, NEWLINE, PeopleRules


@dataclass
class Openings:
    """Where the patterns that open with a word or a line may start: the lists are found by one
    scan of the lower-cased text and split by the word that opens there."""

    titles: list[int]  # a title or a title modifier ("vice", "minister")
    photos: list[int]  # "photo", "picture", "video"
    credits: list[int]  # "editor", "reporter", ...
    speech: list[int]  # "said", ..., "according"
    lines: list[int]  # the start of every line


def scan(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``starts`` when they are known."""
    return pattern.finditer(text) if starts is None else finditer_at(pattern, text, starts)


def lowered(text: str) -> str | None:
    """``text.lower()``, position for position, when a case-insensitive ASCII word matches in
    ``text`` exactly where its lower-case form occurs in it; else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) and not any(trap in text for trap in CASE_TRAPS) else None


def occurrences(text: str, needles: Iterable[str]) -> Iterator[int]:
    """Every position where one of ``needles`` occurs (``str.find``: cheaper than a regex scan)."""
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            yield at
            at = text.find(needle, at + 1)


def openings(rules: PeopleRules, text: str) -> Openings | None:
    """Where the patterns that need an opening word or a line start may match; None when the
    lower-cased text cannot tell (then every pattern is tried at every position)."""
    lower = lowered(text)
    if lower is None:
        return None
    starts: dict[str, list[int]] = {"titles": [], "photos": [], "credits": [], "speech": []}
    for m in rules.opening_re.finditer(lower):
        for group in rules.opening_groups[m.group()]:
            starts[group].append(m.start())
    return Openings(**starts, lines=[0, *(m.end() for m in NEWLINE.finditer(text))])
