"""Content terms of a claim or a sentence: what a figure counts, as comparable keys.

A term is a word lower-cased, made singular, mapped through the synonym list
(``data/check_synonyms.tsv``), stemmed (Snowball) and cut to its first six letters, so "feeding"
and "feeds", "irrigated" and "irrigation",
"produced" and "production", "families" and "households" meet. Stop words (spaCy's English list,
``data/check_stopwords.txt``: bounds, scale words, units, months; and the direction words of
``data/check_direction.tsv`` and ``data/quantity_lexicon.tsv``) carry no topic.
"""

from __future__ import annotations

from functools import cache

import regex
import snowballstemmer
from spacy.lang.en.stop_words import STOP_WORDS

from ..data import read_lines, read_tsv

STEM = 6
_WORD = regex.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")  # letters only: "Sh2,500" gives "Sh"


@cache
def _stopwords() -> frozenset[str]:
    """spaCy's, ours, and the words that say which way a figure moved (compared on their own)."""
    moves = {row["word"] for row in read_tsv("quantity_lexicon.tsv") if row["class"] in ("up", "down")}
    for row in read_tsv("check_direction.tsv"):  # "growth": a rate with a topic, moving nothing
        (moves.discard if row["direction"] == "none" else moves.add)(row["word"])
    return frozenset(STOP_WORDS) | frozenset(read_lines("check_stopwords.txt")) | moves | _currency_words()


def _currency_words() -> frozenset[str]:
    """The currency nouns and signs (the last word of each name in data/currency_names.tsv:
    "dinars", "maloti", "BD", not the "Solomon Islands" of "Solomon Islands dollars"): a figure's
    currency is compared as its unit, not as a topic. Common English words ("real") keep their sense."""
    common = frozenset(read_lines("common_words.txt"))
    return frozenset(word for row in read_tsv("currency_names.tsv")
                     if (words := _WORD.findall(row["alias"])) and (word := words[-1].lower()) not in common)


_stem = snowballstemmer.stemmer("english").stemWord


@cache
def _synonyms() -> dict[str, str]:
    table: dict[str, str] = {}
    for row in read_tsv("check_synonyms.tsv"):
        canonical = row["term"]
        for word in (canonical, *row["variants"].split(",")):
            table.setdefault(singular(word.strip().lower()), canonical)
    return table


@cache
def _phrases() -> regex.Pattern[str] | None:
    """The synonym list's variants of several words, longest first, as one pattern."""
    phrases = sorted((w for w in _synonyms() if " " in w), key=len, reverse=True)
    if not phrases:
        return None
    return regex.compile(r"(?i)\b(?:" + "|".join(r"\s+".join(map(regex.escape, p.split())) for p in phrases) + r")s?\b")


def _phrase_term(match: regex.Match[str]) -> str:
    return _synonyms()[" ".join(match.group().lower().split()).removesuffix("s")]


def singular(word: str) -> str:
    """A plural noun's singular by its ending (a lemma without a tagger, good enough to compare).

    >>> [singular(w) for w in ("families", "workers", "bus", "analysis", "classes", "tonnes")]
    ['family', 'worker', 'bus', 'analysis', 'class', 'tonne']
    """
    if len(word) <= 3 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    return word[:-1]


@cache
def term(word: str) -> str | None:
    """The comparable key of one word, or None for a stop word.

    >>> term("Irrigated") == term("irrigation"), term("families") == term("households"), term("rose")
    (True, True, None)
    """
    word = word.lower().replace("\u2019", "'").removesuffix("'s").strip("'-")
    if len(word) < 2 or word in _stopwords():
        return None
    base = singular(word)
    if base in _stopwords():
        return None
    return _stem(_synonyms().get(base, base))[:STEM]


def terms(text: str | None) -> frozenset[str]:
    """The content terms of a text.

    >>> sorted(terms("More than 30,000 poverty alleviation workshops were built"))
    ['allevi', 'built', 'poor', 'worksh']
    >>> terms("Gross domestic product grew") == terms("GDP grew")
    True
    """
    if not text:
        return frozenset()
    if (phrases := _phrases()) is not None:
        text = phrases.sub(_phrase_term, text)
    found = set()
    for part in _WORD.findall(text):
        for word in part.split("-"):
            if key := term(word):
                found.add(key)
    return frozenset(found)


@cache
def _contrasts() -> tuple[dict[str, frozenset[str]], ...]:
    """Groups of modifiers (data/check_contrasts.tsv): member -> its terms, one dict per group."""
    groups: dict[str, dict[str, frozenset[str]]] = {}
    for row in read_tsv("check_contrasts.tsv"):
        found = frozenset(t for word in row["words"].split(",") for t in terms(word))
        members = groups.setdefault(row["group"], {})
        members[row["member"]] = members.get(row["member"], frozenset()) | found
    return tuple(groups.values())


def modifiers(found: frozenset[str]) -> tuple[frozenset[str], ...]:
    """For each modifier group (rural/urban, imports/exports/output, crops, ...), the members the
    terms name.

    >>> [sorted(m) for m in modifiers(terms("urban households imported soybeans")) if m]
    [['import'], ['urban'], ['soybean']]
    """
    return tuple(frozenset(m for m, keys in group.items() if keys & found) for group in _contrasts())
