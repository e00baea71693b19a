"""Readings a figure's kind or verb gives: the index a market move measures, the property a
measure names ('speed' for 12 mph), the noun of a verb that gives, spends or trades the figure."""

from __future__ import annotations

import re

from pint.errors import PintError

from ....normalize.units import si_factor
from ..figure import Figure
from ..grammar import Rules
from ..identifiers import market_before
from ..tables import measure_names, trade_nouns, transfer_nouns

# the verb a sum is the object of, past a particle ("paid out") and the words that qualify the sum
# ("contribute a further $29 million")
TRANSFER_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:out|back|aside)\s+)?(?:(?:a|an|another|further|additional|extra|total\s+of|sum\s+of|"
    r"some|over|about|"
    r"nearly|almost|around|more\s+than|up\s+to)\s+){0,3}$")
# the passive participle a sum is the subject of ("GH¢23m has so far been paid to the contractors")
TRANSFER_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|be|been|being|will|would|so|far|already|also|now|just|still)\s+){0,4}"
    r"(?P<verb>[a-z]+(?:ed|id|nt))\b")

MARKET_UNITS = frozenset({"point", "percent"})
NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?[a-z]{3,}")

POINT_WORDS = re.compile(r"(?i)\s+(?:points?|per\s?cent|percent|pc|higher|lower|up|down|at|to|from|on|in|after|as|"
                         r"while|last|this|since|over|for)\b")


def transfer_noun(text: str, figure: Figure, *, trade_only: bool = False) -> str | None:
    """The noun of the verb that gives, spends or earns the sum ("allocated" -> allocation), or that
    trades goods ("exported 351 tonnes" -> exports; ``trade_only`` for figures that are not money),
    when the figure is its object or passive subject."""
    nouns = trade_nouns() if trade_only else transfer_nouns()
    before = TRANSFER_BEFORE.search(text, max(figure.window[0], figure.start - 60), figure.start)
    if before is not None and (noun := nouns.get(before.group("verb"))):
        return noun
    after = TRANSFER_AFTER.match(text, figure.end, figure.window[1])
    return nouns.get(after.group("verb")) if after is not None else None


def read_after(text: str, figure: Figure, entity: str) -> bool:
    """Whether ``entity`` was read after the figure (what the sum is for), not before it (who pays
    it) nor carried from another figure."""
    return entity in text[figure.end:figure.window[1]]


def names_direction(rules: Rules, entity: str) -> bool:
    """Whether ``entity`` holds a direction ("north"): where a measure goes, not what it measures."""
    direction = rules.lexicon["direction"]
    return any(word.lower() in direction for word in entity.split())


def measure_name(pint_expression: str, entity: str | None) -> str | None:
    """The property a measure names on its own ("speed" for 12 mph); a length only where the
    sentence gave a direction for it ("80 miles east of the port" is a distance)."""
    try:
        name = measure_names().get(si_factor(pint_expression)[1])
    except (PintError, ValueError):
        return None
    return None if name == "distance" and entity is None else name


def is_market_move(figure: Figure) -> bool:
    """A figure that can measure a market: index points, a percent, a price per unit or a price move."""
    return figure.unit in MARKET_UNITS or (figure.kind == "money" and bool(figure.per or figure.change))


def market_measured(text: str, figure: Figure) -> str | None:
    """"The Dow lost 292 points, or 1.6%, to 17,718": the index named before an index move or level
    in its sentence, unless a noun after the figure says what it measures ("3% of its value")."""
    found = market_before(text, figure.start, figure.window)
    if found is None or (NOUN_AFTER.match(text, figure.end) and not POINT_WORDS.match(text, figure.end)):
        return None
    return " ".join(found.group().split())
