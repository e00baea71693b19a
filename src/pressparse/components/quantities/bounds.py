"""Context of one figure: its bound ("more than", "or so", "-odd") and its direction of change."""

from __future__ import annotations

import re
from itertools import pairwise

from .figure import Figure
from .grammar import Rules
from .text import last_word

PHRASAL_UP = re.compile(
    r"(?i)\b(?:set|sets|setting|made|make|makes|making|take|took|taken|pick|picked|"
    r"sign|signed|open|opened|end|ended|build|built|put|step|stepped|draw|drew|drawn)\s*$"
)


def bound(rules: Rules, text: str, figure: Figure) -> None:
    """approx: the bound phrase before the figure ("more than") or "or more" after it."""
    found = approx_before(rules, text, max(figure.window[0], figure.start - 40), figure.start)
    if found and _approx_ok(rules, text, found):
        figure.approx = rules.approx.get(" ".join(found.group("approx").lower().split()))
        figure.start = found.start("approx")
        figure.bound_before = found.group("approx").lower()
    elif bound := rules.patterns.approx_after.match(text, figure.end):
        figure.approx = rules.approx_after[" ".join(bound.group("approx").lower().split())]
        figure.end = bound.end()  # "1,200-odd counties", "4,000 or so flats": part of the figure


def hyphen_bound(rules: Rules, text: str, figure: Figure) -> None:
    """"60,000-odd hectares": a bound glued to the figure, read before the unit that follows it."""
    bound = rules.patterns.approx_after.match(text, figure.end)
    if bound and rules.patterns.unit_after.match(text, bound.end()):
        figure.approx = rules.approx_after[bound.group("approx").lower()]
        figure.end = bound.end()


def approx_before(rules: Rules, text: str, start: int, end: int) -> re.Match[str] | None:
    """The bound phrase ending at ``end``; the regex runs only when the last word can end one
    (or is a gerund, which may follow one: "close to reaching")."""
    last = last_word(text, end)
    if last not in rules.approx_last_words and not (last.endswith("ing") and " to " in text[max(0, end - 40):end]):
        return None
    return rules.patterns.approx_before.search(text, start, end)


def _approx_ok(rules: Rules, text: str, found: re.Match[str]) -> bool:
    """"extended over 3.2 lakh hectares" is a place, not a bound; "affected over 33 million
    people" and "remained below" are bounds."""
    if found.group("approx").lower() not in ("over", "under", "above", "below"):
        return True
    word = last_word(text, found.start())
    if word in ("remained", "stayed", "kept", "dropped", "fell", "declined", "decreased", "slipped"):
        return True
    return word not in rules.lexicon["spatial"]


def change(rules: Rules, text: str, figure: Figure, window: tuple[int, int]) -> str | None:
    """"up 3.2 percent", "increased by 10 million", "reduce losses by 20 percent"."""
    lo = max(window[0], figure.start - 60)
    last = last_word(text, figure.start)
    found = None
    if last in rules.changes or last in ("by", "of"):
        found = rules.patterns.change_before.search(text, lo, figure.start)
    if found is None and last == "by":
        found = rules.patterns.change_by.search(text, lo, figure.start)
    if found is None:
        return _signed(text, figure) or _direction_after(rules, text, figure)
    word = found.group("change").lower()
    if word == "up" and PHRASAL_UP.search(text, max(0, found.start() - 12), found.start()):
        return None  # "set up 86 cooperatives"
    if figure.kind == "money" and last == word and word in rules.lexicon["collect"]:
        return None  # "the startup raised $40 million": a sum collected, not a move ("raised by" is one)
    return "up" if word in rules.lexicon["up"] else "down"




def _signed(text: str, figure: Figure) -> str | None:
    """"-1.3%", "+0.2%": a figure written with its sign is a change (the minus is in the value)."""
    if figure.value < 0:
        return "down"
    return "up" if SIGN_BEFORE.search(text, max(0, figure.start - 2), figure.start) else None


def _direction_after(rules: Rules, text: str, figure: Figure) -> str | None:
    """"568.90 points, or 0.94 per cent, higher": the direction written after the figure; "a 5.6
    percent year-over-year rise": a percent or points followed by a noun of change."""
    found = DIRECTION_AFTER.match(text, figure.end)
    if found:
        return "up" if found.group("direction").lower() in ("higher", "up") else "down"
    if figure.kind != "percent" and figure.unit != "point":
        return None
    noun = CHANGE_NOUN_AFTER.match(text, figure.end)
    if noun is None or (word := noun.group("noun").lower()) not in rules.lexicon["change_noun"]:
        return None
    return "up" if word in rules.lexicon["up"] else "down"


def carry_changes(text: str, figures: list[Figure]) -> None:
    """"shed 240 points, or 0.7%": a figure restating the change before it has its direction;
    "around 75 miles (121 kilometres)": a conversion in parentheses has its bound too."""
    for previous, figure in pairwise(figures):
        if previous.window != figure.window or not RESTATED.fullmatch(text, previous.end, figure.start):
            continue
        if figure.change is None and previous.change:
            figure.change = previous.change
        if figure.approx is None and previous.approx and previous.kind == figure.kind \
                and previous.kind in ("measure", "money") and CONVERSION.fullmatch(text, previous.end, figure.start):
            figure.approx = previous.approx


SIGN_BEFORE = re.compile(r"(?:^|[\s(])\+$")
DIRECTION_AFTER = re.compile(
    r"(?i)(?:,?\s+or\s+[-+]?[\d.,]+\s*(?:%|per\s?cent|percent|pc|points?)\s*,?)?\s+(?P<direction>higher|lower)\b"
)
RESTATED = re.compile(r"(?i)\s*[,(]?\s*(?:or|and)?\s*")
CONVERSION = re.compile(r"\s*\(\s*")
# "a 5.6 percent year-over-year rise", "a 3% annual increase": the noun checked against the lexicon
CHANGE_NOUN_AFTER = re.compile(
    r"(?i)[ \t]+(?:(?:year|month|quarter|week)[-\s](?:over|on)[-\s](?:year|month|quarter|week)[ \t]+|"
    r"(?:annual|monthly|quarterly|weekly|daily)[ \t]+)?(?P<noun>[a-z]+)\b")
