"""Pure helpers for personal names: pinyin given names, honorifics, title words.

The rule for a Chinese name in pinyin is "known surname + a given name of one or two pinyin
syllables, not an English word". The data lives in ``pressparse/data`` (surnames.tsv,
pinyin_syllables.txt, english_pinyin_words.txt, honorifics.txt).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from ..data import read_lines, read_tsv

_NOT_WORD_OR_SPACE = re.compile(r"[^\w\s]")


@cache
def surnames() -> frozenset[str]:
    """Pinyin surnames, single and compound, in their usual capitalization ("Ouyang")."""
    return frozenset(row["surname"] for row in read_tsv("surnames.tsv"))


@cache
def syllables() -> frozenset[str]:
    """Toneless pinyin syllables ("zhong", "ang")."""
    return frozenset(read_lines("pinyin_syllables.txt"))


@cache
def _english_words() -> frozenset[str]:
    return frozenset(read_lines("english_pinyin_words.txt")) | frozenset(STOP_WORDS)


@cache
def first_names() -> frozenset[str]:
    """Given names of many countries that open a person's name ("Viktor", "Kwame", "Aoife")."""
    return frozenset(read_lines("first_names.txt"))


@cache
def common_words() -> frozenset[str]:
    """Common English words in lower case ("follow", "meet"): generated from faker's lorem list."""
    return frozenset(read_lines("common_words.txt"))


@cache
def honorifics() -> frozenset[str]:
    """Honorifics in lower case without the period ("mr", "smt", "h.e", "his excellency")."""
    return frozenset(h.lower() for h in read_lines("honorifics.txt"))


@cache
def honorific_forms() -> tuple[str, ...]:
    """Honorifics as a text writes them: a lower-case row capitalized ("Mr", "Lt"), a row with
    capitals as it is ("HH", "H.E")."""
    return tuple(h.title() if h.islower() else h for h in read_lines("honorifics.txt"))


def pinyin_syllables(word: str, max_syllables: int = 2) -> tuple[str, ...] | None:
    """Split ``word`` into at most ``max_syllables`` pinyin syllables, or None if it is not pinyin.

    A hyphen or apostrophe may separate the syllables, as some spellings do.

    >>> pinyin_syllables("Qingping")
    ('qing', 'ping')
    >>> pinyin_syllables("Xianhai")
    ('xian', 'hai')
    >>> pinyin_syllables("Yu-zhu")
    ('yu', 'zhu')
    >>> pinyin_syllables("Ang")
    ('ang',)
    >>> pinyin_syllables("Xi'an")
    ('xi', 'an')
    >>> pinyin_syllables("Autonomous") is None
    True
    >>> pinyin_syllables("Zhongguancun") is None  # three syllables
    True
    """
    lower = word.lower()
    parts = re.split(r"[-'\u2019]", lower)
    if len(parts) > 1:
        if len(parts) <= max_syllables and all(p in syllables() for p in parts):
            return tuple(parts)
        return None
    return _split(lower, max_syllables)


@cache
def _split(word: str, max_syllables: int) -> tuple[str, ...] | None:
    """Split preferring the longest first syllable ("xianhai" -> xian + hai, not xi + anhai)."""
    if word in syllables():
        return (word,)
    if max_syllables < 2:
        return None
    for cut in range(min(len(word) - 1, 6), 0, -1):
        head = word[:cut]
        if head in syllables():
            tail = _split(word[cut:], max_syllables - 1)
            if tail:
                return (head, *tail)
    return None


@lru_cache(maxsize=4096)  # the same given names recur through an article and across articles
def is_given_name(word: str) -> bool:
    """Whether a capitalized ``word`` can be a Chinese given name: 1-2 syllables, not English.

    >>> [is_given_name(w) for w in ["Zhong", "Min", "Sihan", "Dechen", "Linghui"]]
    [True, True, True, True, True]
    >>> [is_given_name(w) for w in ["March", "Change", "Made", "Time", "said", "Autonomous"]]
    [False, False, False, False, False, False]
    """
    if not word[:1].isupper() or not word[1:].replace("-", "").islower():
        return False
    if word.lower() in _english_words():
        return False
    return pinyin_syllables(word) is not None


@lru_cache(maxsize=4096)  # each candidate name is stripped several times
def strip_honorific(name: str) -> str:
    """The name without a leading honorific ("Mr.", "Shri", "Smt.").

    >>> strip_honorific("Mr. Liu")
    'Liu'
    >>> strip_honorific("Smt. Meenakshi Raghavan")
    'Meenakshi Raghavan'
    >>> strip_honorific("Shri Harish Chandra Patil")
    'Harish Chandra Patil'
    >>> strip_honorific("His Excellency Ahmed Yusuf")
    'Ahmed Yusuf'
    >>> strip_honorific("Drew Carey")
    'Drew Carey'
    """
    words = name.split()
    while len(words) > 1:
        if words[0].rstrip(".").lower() in honorifics():
            words = words[1:]
        elif len(words) > 2 and f"{words[0]} {words[1]}".rstrip(".").lower() in honorifics():
            words = words[2:]  # "His Excellency", "Rt Hon"
        else:
            break
    return " ".join(words)


def is_honorific(word: str) -> bool:
    """Whether ``word`` is an honorific such as "Mr." or "Smt".

    >>> is_honorific("Mrs."), is_honorific("Smt"), is_honorific("Mayor")
    (True, True, False)
    """
    return word.rstrip(".").lower() in honorifics()


def fold(text: str) -> str:
    """A comparison form of a name: lower case, accents and punctuation removed.

    >>> fold("Tomás Ribeiro") == fold("Tomas  Ribeiro")
    True
    """

    if text.isascii():  # nothing to decompose: the common case, kept cheap
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_WORD_OR_SPACE.sub(" ", plain.lower()).split())
