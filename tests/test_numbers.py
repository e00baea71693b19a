"""Number, unit and time normalizers (pressparse.normalize.numbers / units / dates).

Rows are grouped by where they came from: corpus figures, edge cases, bugs caught. Doctests in the
modules cover the single-call cases; these tables cover the combinations, plus property tests.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressparse.normalize.dates import resolve_time
from pressparse.normalize.numbers import apply_scale, parse_digits, parse_fraction_words, parse_words
from pressparse.normalize.units import UnitInfo, _lookup_written, lookup, to_si, unit_table

DIGITS_CORPUS = [
    ("29.73", 29.73),
    ("32,688", 32688),
    ("1,240", 1240),
    ("14,683", 14683),
    ("108.9", 108.9),
]
DIGITS_EDGE = [
    ("10 000", 10000),
    ("1,234,567.89", 1234567.89),
    ("0.5", 0.5),
    ("1,2,3", None),
    ("12,34", None),
    ("", None),
    ("abc", None),
    # held-out batch 7: Indian grouping (lakhs and crores in pairs before the last three digits)
    ("1,86,420", 186420),
    ("3,12,576", 312576),
    ("12,34,56,789", 123456789),
    ("10,00,000.5", 1000000.5),
    ("1,86,42", None),
    ("12,345,67,890", None),
    ("1,23,4567", None),
]


@pytest.mark.parametrize(("text", "expected"), DIGITS_CORPUS + DIGITS_EDGE)
def test_parse_digits(text: str, expected: float | None) -> None:
    assert parse_digits(text) == expected


SCALED = [
    (("15.3", "thousand"), 15300),
    (("126.5", "thousand"), 126500),
    (("1.2", "trillion"), 1.2e12),
    (("2.5", "lakh"), 250000),
    (("1,500", "crore"), 15_000_000_000),
    (("1.25", "lakh"), 125000),
    (("10", "thousand"), 10000),
    (("5.84", "billion"), 5.84e9),
    (("1.5", "lakh crore"), 1.5e12),
    (("32.06", "trillion"), 32.06e12),  # bug caught: 32060000000000.004
    # news agency abbreviations (held-out batch 5: "over 1.1 mln new urban jobs")
    (("1.1", "mln"), 1.1e6),
    (("2.5", "bln"), 2.5e9),
    (("3", "trln"), 3e12),
]


@pytest.mark.parametrize(("parts", "expected"), SCALED)
def test_scale_words(parts: tuple[str, str], expected: float) -> None:
    digits, scale = parts
    assert apply_scale(parse_digits(digits), scale) == expected


WORDS = [
    ("twenty-five", 25),
    ("a hundred", 100),
    ("a hundred and two", 102),
    ("one hundred and two", 102),
    ("nine", 9),
    ("three million, two hundred & forty", 3000240),
    ("two and a half", 2.5),
    ("seventeen", 17),
    ("ninety-nine thousand", 99000),
    ("banana", None),
]


@pytest.mark.parametrize(("text", "expected"), WORDS)
def test_parse_words(text: str, expected: float | None) -> None:
    assert parse_words(text) == expected


FRACTIONS = [
    (("two", "thirds"), 2 / 3),
    (("one", "fourth"), 0.25),
    (("a", "quarter"), 0.25),
    (("a", "third"), 1 / 3),
    (("three", "halves"), 1.5),
    (("one", "tenth"), 0.1),
    (("two", "banana"), None),
]


@pytest.mark.parametrize(("parts", "expected"), FRACTIONS)
def test_fraction_words(parts: tuple[str, str], expected: float | None) -> None:
    value = parse_fraction_words(*parts)
    assert value is None if expected is None else value == pytest.approx(expected)


UNITS = [
    # (alias, before?, unit, factor, kind)
    ("mu", False, "mu", 1, "measure"),
    ("hectares", False, "hectare", 1, "measure"),
    ("square kilometres", False, "km2", 1, "measure"),
    ("metric tons", False, "tonne", 1, "measure"),
    ("GWh", False, "kWh", 1e6, "measure"),
    ("MWh", False, "kWh", 1e3, "measure"),
    # held-out batch 7: power in MW, as capacities are stated; hyphenated compound units
    ("megawatts", False, "MW", 1, "measure"),
    ("GW", False, "MW", 1e3, "measure"),
    ("kilowatts", False, "MW", 1e-3, "measure"),
    ("square-meter", False, "m2", 1, "measure"),
    ("cubic-metre", False, "m3", 1, "measure"),
    ("per-cent", False, "percent", 1, "percent"),
    ("Rs.", True, "rupee", 1, "money"),  # INR, PKR, LKR...: the article's places decide
    ("per cent", False, "percent", 1, "percent"),
    ("percentage points", False, "percentage_point", 1, "percent"),
    ("yuan", False, "CNY", 1, "money"),
    ("RMB", True, "CNY", 1, "money"),
    ("¥", True, "CNY", 1, "money"),
    ("€", True, "EUR", 1, "money"),
    ("£", True, "GBP", 1, "money"),
    ("₹", True, "INR", 1, "money"),
    ("Rs", True, "rupee", 1, "money"),
    ("US$", True, "USD", 1, "money"),
    ("years", False, "year", 1, "duration"),
    # the Philippine peso (held-out batch 5): a sign, "Php", and "P" read only glued to money
    ("₱", True, "PHP", 1, "money"),
    ("Php", True, "PHP", 1, "money"),
    ("P", True, "PHP", 1, "money"),
]


@pytest.mark.parametrize(("alias", "before", "unit", "factor", "kind"), UNITS)
def test_unit_table(alias: str, before: bool, unit: str, factor: float, kind: str) -> None:
    info = lookup(alias, before=before)
    assert info is not None
    assert (info.unit, info.factor, info.kind) == (unit, factor, kind)


def test_only_letter_signs_that_are_also_codes_need_glued_money() -> None:
    """"P" is read only on "P10,000"-shaped figures ("P90" is a model); "R" and "$" are signs anywhere."""
    assert [alias for alias in ("P", "R", "Rs", "$", "₱", "Php") if lookup(alias, before=True).glued] == ["P"]


def test_lookup_reads_the_first_row_of_the_table_so_written() -> None:
    """The index ``lookup`` reads gives, for every alias in any case, the row a scan of the table
    in order would: an exact-case row and a case-free row written alike are told apart by order."""
    def first_row(alias: str, before: bool) -> UnitInfo | None:
        for info in unit_table():
            if info.before == before and (info.alias == alias
                                          or (not info.exact_case and info.alias.lower() == alias.lower())):
                return info
        return None

    written = {form for info in unit_table() for form in (info.alias, info.alias.lower(), info.alias.upper(),
                                                         info.alias.title())}
    assert {"ML", "ml", "Ml", "HA"} <= written
    for alias in sorted(written | {"Commission", "the"}):
        for before in (False, True):
            assert _lookup_written(alias, before) is first_row(alias, before), (alias, before)


def test_case_sensitive_units_do_not_match_words() -> None:
    """"HA" is no hectare and "T" no tonne: short symbols are matched in their exact case."""
    assert lookup("HA") is None
    assert lookup("M") is None


SI = [
    ((10000, "mu"), (6_666_700.0, "m**2")),
    ((1, "hectare"), (10000.0, "m**2")),
    ((330, "km"), (330_000.0, "m")),
    ((5200, "tonne"), (5_200_000.0, "kg")),
    ((1, "km**2"), (1_000_000.0, "m**2")),
    ((3, None), (None, None)),
    ((30, "degC"), (None, None)),
]


@pytest.mark.parametrize(("given_", "expected"), SI)
def test_to_si(given_: tuple[float, str | None], expected: tuple[float | None, str | None]) -> None:
    value, unit = to_si(*given_)
    if expected[0] is None:
        assert (value, unit) == expected
    else:
        assert value == pytest.approx(expected[0]) and unit == expected[1]


PUBLISHED = date(2020, 11, 20)
TIMES = [
    ("at the end of October", ("2020-10-31", "2020-10-31")),
    ("from 2016 to 2020", ("2016-01-01", "2020-12-31")),
    ("last year", ("2019-01-01", "2019-12-31")),
    ("in the first three quarters", ("2020-01-01", "2020-09-30")),
    ("in the first three quarters of 2021", ("2021-01-01", "2021-09-30")),
    ("in 2019", ("2019-01-01", "2019-12-31")),
    ("the same period of last year", ("2019-01-01", "2019-12-31")),
    ("this year", ("2020-01-01", "2020-12-31")),
    ("in the fourth quarter", ("2020-10-01", "2020-12-31")),
    ("by the end of the first quarter of 2024", ("2024-03-31", "2024-03-31")),
    ("2021-2027", ("2021-01-01", "2027-12-31")),
    ("2024-25", ("2024-01-01", "2025-12-31")),
    ("in December", ("2019-12-01", "2019-12-31")),  # after the release month: the year before
    ("in the first half of the year", ("2020-01-01", "2020-06-30")),
]


@pytest.mark.parametrize(("text", "expected"), TIMES)
def test_resolve_time(text: str, expected: tuple[str, str]) -> None:
    assert resolve_time(text, PUBLISHED) == expected


def test_relative_time_without_publication_date_is_unresolved() -> None:
    assert resolve_time("last year", None) == (None, None)
    assert resolve_time("in 2019", None) == ("2019-01-01", "2019-12-31")


@given(
    st.integers(min_value=1, max_value=999_999_999),
    st.integers(min_value=0, max_value=99),
    st.sampled_from(["", "thousand", "million", "billion", "trillion", "lakh", "crore"]),
)
def test_digits_with_separators_and_scale_round_trip(whole: int, cents: int, scale: str) -> None:
    """Any figure written with thousands separators, decimals and a scale word reads back exactly."""
    written = f"{whole:,}.{cents:02d}"
    factor = {"": 1, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
              "lakh": 1e5, "crore": 1e7}[scale]
    value = apply_scale(parse_digits(written), scale or None)
    assert value == pytest.approx((whole + cents / 100) * factor, rel=1e-9)


@given(st.text(max_size=60))
def test_normalizers_never_raise(text: str) -> None:
    parse_digits(text)
    parse_words(text or "x")
    resolve_time(text, PUBLISHED)
