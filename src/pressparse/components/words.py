"""Regex alternations of literal words and phrases, and scans of patterns, shared by the components."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def alternation(words: Iterable[str]) -> str:
    """A regex alternation matching any of ``words`` (longest first, spaces as any whitespace).

    Words are grouped by first letter ("m(?:ore\\s+than|illion)"), so the regex engine tries one
    letter instead of every word at each position. The groups exclude each other (distinct ASCII
    characters, even ignoring case), so the match is the same as the flat longest-first alternation."""
    ordered = sorted(set(words), key=len, reverse=True)
    firsts = {word[0] for word in ordered if word}
    if len(ordered) < 2 or not all(first.isascii() for first in firsts) \
            or len({first.lower() for first in firsts}) < len(firsts) \
            or any(first.isspace() for first in firsts):  # a leading \s+ would eat the rest's space
        return "|".join(_escaped(word) for word in ordered)
    by_first: dict[str, list[str]] = {}
    for word in ordered:  # longest first within each group too
        by_first.setdefault(word[:1], []).append(word[1:])
    branches = [f"{_escaped(first)}(?:{'|'.join(_escaped(rest) for rest in rests)})" if len(rests) > 1
                else _escaped(first + rests[0]) for first, rests in by_first.items() if first]
    if "" in by_first:  # the empty word, shortest, so last
        branches.append("")
    return "|".join(branches)


def _escaped(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def first_characters(words: Iterable[str]) -> str:
    """``(?=[...])``, a lookahead on the first characters of ``words``, to put before their
    alternation: at a position where none starts (most positions of a text) the engine fails one
    character test instead of trying every word or group of the alternation. The match is the same.

    >>> first_characters(["Mr", "Mrs", "Dr", "Hon"])
    '(?=[DHM])'
    """
    firsts = sorted({word[0] for word in words if word})
    return f"(?=[{''.join(re.escape(first) for first in firsts)}])"


def finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match except at ``starts``. ``re``
    tries a pattern at every position, which is slow for one opening with a lookbehind or a
    case-insensitive word; trying only the positions a cheap scan found gives the same matches."""
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


def lower_case_in(text: str, words: str) -> bool:
    """Whether ``text`` writes ``words`` in lower case, standing as words of their own
    ("Officials said ... two officials")."""
    lower = words.lower()
    at = text.find(lower)
    while at >= 0:
        end = at + len(lower)
        if not (at and text[at - 1].isalpha()) and not (end < len(text) and text[end].isalpha()):
            return True
        at = text.find(lower, at + 1)
    return False
