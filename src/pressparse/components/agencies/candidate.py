"""What the stages pass on: a ``Candidate`` stretch of tokens, the head words found, the resolved
``Mention``; and the small text tests every stage shares."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ...normalize.agencies import AgencyEntry

# Candidate sources, best first at equal length.
DATA, COMPLEMENT, PATTERN, LOCAL, NER, POST = range(6)
POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_ALNUM = re.compile(r"[^\W_]")  # a character ``str.isalnum`` accepts


@dataclass
class Candidate:
    """A stretch of tokens naming a body: its known entries, or none for a pattern find."""

    start: int
    end: int
    source: int
    found: tuple[AgencyEntry, ...] = ()
    name: str | None = None  # the canonical name of a LOCAL find
    country: str | None = None  # a pattern find's country when its words tell it ("Cystat")
    kind: str | None = None  # a pattern find's kind when its context tells it (a credited outlet: "media")


class HeadWord(NamedTuple):
    """A head or back-reference word: token index, character offsets, text."""

    i: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A resolved mention before it becomes a Span (token and character offsets, AgencyInfo)."""

    start: int
    end: int
    start_char: int
    end_char: int
    info: dict[str, str | None] = field(default_factory=dict)


def written(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own."""
    at = text.find(word)
    while at >= 0:
        if not is_word_char(text, at - 1) and not is_word_char(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def is_punct(word: str) -> bool:
    return not word.isalnum() and _ALNUM.search(word) is None


def is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def is_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "-_")


def and_variants(text: str) -> set[str]:
    return {text, text.replace(" and ", " & "), text.replace(" & ", " and ")}
