"""Small text helpers the stages share."""

from __future__ import annotations

import re


def overlaps(pattern: re.Pattern[str], string: str, start: int, end: int, before: int, after: int) -> bool:
    """Whether a match of ``pattern`` near [start, end) overlaps it."""
    for found in pattern.finditer(string, max(0, start - before), min(len(string), end + after)):
        if found.start() < end and found.end() > start:
            return True
    return False


def last_word(text: str, end: int) -> str:
    """The lower-cased word just before ``end`` (for cheap gates before end-anchored regexes)."""
    words = text[max(0, end - 24):end].split()
    return words[-1].lower().strip(",;:()\"“”") if words else ""


def same_length_lower(text: str) -> str:
    """``text`` in lower case with the same offsets (a few characters change length when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


