"""The stages of the quantities component, each run alone on plain strings (no pipeline)."""

from __future__ import annotations

import pytest

from pressparse.components.quantities.bounds import bound, change
from pressparse.components.quantities.figure import Figure
from pressparse.components.quantities.grammar import rules
from pressparse.components.quantities.read import read
from pressparse.components.quantities.scan import candidates


def read_at(text: str, start: int) -> Figure | None:
    """The figure whose atom starts at ``start``, read with the whole text as one sentence."""
    match = rules().patterns.atom.match(text, start)
    assert match is not None
    return read(rules(), text, match, [0, len(text)])


def test_candidates_are_digit_runs_and_number_words() -> None:
    text = "about twenty farms and 1,200 cows"
    assert candidates(rules(), text) == [6, 23, 25]  # "twenty", "1", "200" (the scan finds digit runs)


@pytest.mark.parametrize(("text", "start", "value", "unit", "value_max"), [
    ("The fund holds 3.5 million euros.", 15, 3.5e6, "EUR", None),
    ("Between 20 and 30 percent of homes", 8, 20, "percent", 30),
    ("a 2,600-square-meter boiler house", 2, 2600, "m2", None),
])
def test_read_gives_value_unit_and_range(text: str, start: int, value: float, unit: str,
                                         value_max: float | None) -> None:
    figure = read_at(text, start)
    assert figure is not None
    assert (figure.value, figure.unit, figure.value_max) == (value, unit, value_max)


@pytest.mark.parametrize(("text", "approx"), [
    ("It has more than 40 members.", "gt"),
    ("It has 40 or more members.", "gte"),
    ("It has 40 members.", None),
])
def test_bound_alone(text: str, approx: str | None) -> None:
    start = text.index("40")
    figure = Figure(start=start, end=start + 2, value=40.0, window=(0, len(text)))
    bound(rules(), text, figure)
    assert figure.approx == approx


@pytest.mark.parametrize(("text", "direction"), [
    ("Sales rose 5 percent.", "up"),
    ("Losses were cut by 5 percent.", "down"),
    ("They set up 5 cooperatives.", None),
])
def test_change_alone(text: str, direction: str | None) -> None:
    start = text.index("5")
    figure = Figure(start=start, end=start + 1, value=5.0, window=(0, len(text)))
    assert change(rules(), text, figure, figure.window) == direction
