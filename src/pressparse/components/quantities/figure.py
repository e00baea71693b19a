"""A figure being read: offsets into the text and the fields the stages fill in turn."""

from __future__ import annotations

from dataclasses import dataclass

# How sure an entity rule is: a phrase next to the figure, a guess from the sentence, a clause subject.
STRONG, GUESS, WEAK = 2, 1, 0


@dataclass
class Figure:
    """A quantity being read: character offsets into the text plus its normalized fields."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    kind: str = "count"
    approx: str | None = None
    change: str | None = None
    entity: str | None = None
    pint: str | None = None
    per: str | None = None  # the denominator of a rate kept whole ("$71.10 per barrel" -> "barrel")
    entity_strength: int = WEAK
    bound_before: str | None = None  # the bound the figure starts with ("topped 1.36 trillion yuan")
    window: tuple[int, int] = (0, 0)  # the sentence (or line), as character offsets
    time_text: str | None = None
    time_start: str | None = None
    time_end: str | None = None
    time_basis: str | None = None  # stated, carried (from earlier in the paragraph) or published
    base_text: str | None = None  # the comparison base ("from last year"), never the figure's time
    base_start: str | None = None
    base_end: str | None = None




def unit_code(figure: Figure) -> str | None:
    """The record's unit: a rate is its unit and denominator ("USD_per_barrel", "barrel_per_day")."""
    return f"{figure.unit}_per_{figure.per}" if figure.per and figure.unit else figure.unit
