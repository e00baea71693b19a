"""One number atom in its context -> a ``Figure``: value, unit, range, bound and change."""

from __future__ import annotations

import re
from bisect import bisect_right

from ...normalize.numbers import clean_float
from ...normalize.units import lookup
from .bounds import bound, change
from .figure import Figure
from .grammar import Rules, atom_type
from .identifiers import index_level, names_not_counts
from .scan import atom_value
from .unit import extend

PLAIN_FRACTION = re.compile(r"\d+[/⁄]\d+")


PERCENT_LEVEL = re.compile(r"(?i)\s+(?:to|from)\s+[\d.,]+\s*(?:%|per\s?cent|percent)")
WORDS = re.compile(r"[A-Za-z]+")
MINUS_BEFORE = re.compile(r"(?i)(?<![\w-])minus[ \t]+$")


def read(rules: Rules, text: str, match: re.Match[str], bounds: list[int]) -> Figure | None:
    """One atom in context -> a Figure, or None when it is no quantity."""
    group = atom_type(match)
    atom = atom_value(rules, text, match, group)
    if atom is None:
        return None
    value, kind, end = atom
    start = match.start() - (1 if value < 0 else 0)
    if value > 0 and group in ("num", "words") and (minus := MINUS_BEFORE.search(text, max(0, start - 8), start)):
        value, start = -value, minus.start()  # "minus 40", "a reading of minus 2.5 percent"
    position = bisect_right(bounds, start)
    window = (bounds[position - 1], bounds[min(position, len(bounds) - 1)])
    figure = Figure(start=start, end=end, value=value, kind=kind, window=window,
                    unit={"multiple": "times", "fraction": "fraction"}.get(kind))
    if group in ("num", "words", "vulgar", "fscale"):
        unit = extend(rules, text, figure, match)
        if figure.kind == "duration":
            return None
        if unit is None and group == "num" and PLAIN_FRACTION.fullmatch(match.group("num")):
            figure.unit, figure.kind = "fraction", "fraction"
        if group == "num" and figure.end < len(text) and text[figure.end].isalpha():
            return None  # "06F6", "860BOX", "1Ga": a code, not a figure
        if group == "num" and unit is None and figure.start == match.start() and not match.group("suffix") \
                and not match.group("scale") and names_not_counts(rules, text, *match.span("num"), window):
            return None
    elif group in ("fracw", "half"):
        _hyphenated_unit(rules, text, figure)
    bound(rules, text, figure)
    figure.change = change(rules, text, figure, window)
    if figure.unit == "point" and _points_of_percent(rules, text, figure):
        figure.unit, figure.kind, figure.pint = "percentage_point", "percent", None
    elif figure.unit is None and figure.kind == "count" \
            and index_level(text, figure.start, figure.end, window, moved=figure.change is not None):
        figure.unit, figure.kind = "point", "measure"
    return figure


def _hyphenated_unit(rules: Rules, text: str, figure: Figure) -> None:
    """"a half-mile trail", "a quarter-mile road": a fraction of a unit written as one adjective, like
    "a 2,600-square-meter house". Only a measure: "a half-hour", "half-price" keep their reading."""
    if not text.startswith("-", figure.end):
        return
    after = rules.patterns.unit_after.match(text, figure.end)
    if after is None or after.group("adj") or after.group("gap") != "-":
        return
    info = lookup(after.group("unit"))
    if info is None or info.kind != "measure":
        return
    figure.value = clean_float(figure.value * info.factor)
    figure.unit, figure.kind, figure.pint, figure.end = info.unit, info.kind, info.pint, after.end()


def _points_of_percent(rules: Rules, text: str, figure: Figure) -> bool:
    """"the jobless rate rose 0.3 points", "declined 13.4 points to 99.1%": percentage points;
    "the Dow shed 240 points" are index points, and so are those of an index whose name has a
    rate's word ("the All Share Index gained 139 points": a capital past the sentence's first word
    makes the word a name's)."""
    if PERCENT_LEVEL.match(text, figure.end):
        return True
    words = WORDS.findall(text, figure.window[0], figure.start)
    return any(word.lower() in rules.lexicon["rate"] and (word.islower() or i == 0) for i, word in enumerate(words))


