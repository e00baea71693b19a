"""Pure helpers for place names: the lookup form and the possessive."""

from __future__ import annotations

from functools import lru_cache

import regex

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
_POSSESSIVE = regex.compile(r"['\u2019]s$")
_POSSESSIVE_ENDINGS = ("'s", "\u2019s")  # what the pattern ends a word with, tested without a regex call


@lru_cache(maxsize=1 << 16)
def lookup_form(name: str) -> str:
    """The form a place name is looked up by: one apostrophe, single spaces, lower case.

    >>> lookup_form("Xi’an")
    "xi'an"
    >>> lookup_form("  Inner   Mongolia ")
    'inner mongolia'
    >>> lookup_form("WASHINGTON")
    'washington'
    """
    return " ".join(name.translate(_APOSTROPHES).split()).lower()


def strip_possessive(word: str) -> tuple[str, bool]:
    """``China's`` -> (``China``, True); a name ending in 's is not possessive without the s.

    >>> strip_possessive("China’s")
    ('China', True)
    >>> strip_possessive("Xi'an")
    ("Xi'an", False)
    >>> strip_possessive("'s")
    ("'s", False)
    """
    if len(word) > 2 and (word.endswith(_POSSESSIVE_ENDINGS) or (word.endswith("\n") and _POSSESSIVE.search(word))):
        return word[:-2], True  # (the pattern's "$" also holds before a final line break)
    return word, False
