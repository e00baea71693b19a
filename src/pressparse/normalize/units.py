"""Units of figures: the alias table in ``data/quantity_units.tsv`` plus SI normalization with pint.

The pint registry is built once per process, with the Chinese land unit mu (and jin) defined from
``data/quantity_unit_definitions.txt``; conversion factors are cached per unit code, so normalizing a
figure costs one multiplication.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from functools import cache

import pint

from ..data import read_lines, read_tsv


@dataclass(frozen=True)
class UnitInfo:
    """One row of the unit table."""

    alias: str
    unit: str
    factor: float
    kind: str
    pint: str | None
    before: bool
    exact_case: bool
    glued: bool = False  # a letter sign read only glued to a money-shaped figure ("P3.94 billion")
    attached: bool = False  # a unit read only written against its digits ("7.5in", "154g"; "5 in 10" is no inch)


@cache
def unit_table() -> tuple[UnitInfo, ...]:
    """Every unit alias, longest first (so "square kilometres" wins over "kilometres")."""
    rows = [
        UnitInfo(
            alias=row["alias"],
            unit=row["unit"],
            factor=float(row["factor"] or 1),
            kind=row["kind"],
            pint=row["pint"] or None,
            before=row["position"] in ("before", "glued"),
            exact_case=row["case"] == "exact",
            glued=row["position"] == "glued",
            attached=row["position"] == "attached",
        )
        for row in read_tsv("quantity_units.tsv")
    ]
    written = {(info.alias.lower(), info.before) for info in rows}
    rows += [info for info in currency_aliases() if (info.alias.lower(), info.before) not in written]
    written = {(info.alias.lower(), info.before) for info in rows}
    rows += [info for info in pint_aliases() if (info.alias.lower(), False) not in written]
    rows += _singulars(rows)
    return tuple(sorted(rows, key=lambda info: -len(info.alias)))


WORDS_ONLY = re.compile(r"[a-z]+(?:[ -][a-z]+)*")


def _singulars(rows: list[UnitInfo]) -> list[UnitInfo]:
    """The singular of each measure the table writes only in the plural, as a compound adjective
    writes it ("a 2,560-megawatt plant", "a 5-centimetre crack"), kept when pint reads it as the
    same measure.

    >>> lookup("megawatt").unit, lookup("gigawatt").factor, lookup("centimetre").unit
    ('MW', 1000.0, 'cm')
    """
    written = {info.alias.lower() for info in rows if not info.before}
    found: dict[str, UnitInfo] = {}
    for info in rows:
        if info.kind != "measure" or info.before or not info.pint or not WORDS_ONLY.fullmatch(info.alias) \
                or not info.alias.endswith("s") or info.alias.endswith("ss"):
            continue
        stems = [info.alias[:-1]] + ([info.alias[:-2]] if info.alias.endswith("es") else [])
        for singular in stems:
            if singular.lower() in written or singular in found:
                break
            try:
                factor, unit = si_factor(singular.replace("-", " "))
                plural_factor, plural_unit = si_factor(info.pint)
            except (pint.errors.PintError, ValueError, AttributeError, TypeError, AssertionError):
                continue  # pint's parser asserts on some word sequences ("per cent")
            if unit == plural_unit and math.isclose(factor, plural_factor * info.factor, rel_tol=1e-6):
                found[singular] = replace(info, alias=singular)
                break
    return list(found.values())


SIGN_PREFIX = "sign:"  # the unit of a currency sign the article's places resolve ("sign:dinars", "sign:E")


@cache
def currency_aliases() -> tuple[UnitInfo, ...]:
    """The currencies of ``data/currency_names.tsv``: an English name is its currency ("Kuwaiti
    dinars" -> KWD); a last word or a local symbol is a sign ("dinars", "Nu.", "E"), which the
    quantities component resolves by the article's country.

    >>> forms = {(info.alias, info.before): info for info in currency_aliases()}
    >>> forms["Kuwaiti dinars", False].unit, forms["ngultrum", False].unit, forms["Nu.", True].unit
    ('KWD', 'sign:ngultrum', 'sign:Nu.')
    >>> forms["E", True].glued, forms["Nu.", True].exact_case
    (True, True)
    """
    found: dict[tuple[str, bool], UnitInfo] = {}
    # a symbol read apart from its figure ("SR 520") is read so wherever a name's initials share it
    for row in sorted(read_tsv("currency_names.tsv"), key=lambda row: row["position"] == "glued"):
        before = row["position"] != "after"
        unit = f"{SIGN_PREFIX}{row['alias']}" if row["country"] else row["currency"]
        found.setdefault((row["alias"], before), UnitInfo(
            alias=row["alias"], unit=unit, factor=1.0, kind="money", pint=None, before=before,
            exact_case=before, glued=row["position"] == "glued"))
    return tuple(found.values())


@cache
def pint_aliases() -> tuple[UnitInfo, ...]:
    """The surface forms of the units in ``data/quantity_pint_units.tsv``, as pint writes and reads them.

    Names and plurals are read in any case, symbols with a capital ("GB", "GHz", "mAh") and the
    listed short forms ("mph", "hp") only as written; every form is kept only if pint parses it
    back to the same unit.

    >>> forms = {info.alias: info.unit for info in pint_aliases()}
    >>> forms["GB"], forms["gigabytes"], forms["GHz"], forms["mAh"], forms["mph"], forms["yards"]
    ('GB', 'GB', 'GHz', 'mAh', 'mph', 'yard')
    >>> "in" in forms, "a" in forms
    (False, False)
    """
    units = registry()
    found: dict[str, UnitInfo] = {}
    for row in read_tsv("quantity_pint_units.tsv"):
        prefixes = [""] + [p for p in row["prefixes"].split(",") if p]
        for prefix in prefixes:
            name = prefix + row["pint"]
            symbol = units.get_symbol(name)
            code = row["code"].replace("{prefix}", units.get_symbol(prefix + "meter")[:-1] if prefix else "")
            spoken = name.replace("_", " ")
            forms = {spoken: False}
            if " " not in spoken and not spoken.endswith(("s", "z")):
                forms[spoken + "s"] = False
            if symbol != symbol.lower() and len(symbol) > 1:  # "GB", "GHz"; not a lone "B"
                forms[symbol] = True
            if not prefix:
                forms.update({short: True for short in row["symbols"].split(",") if short})
            for alias, exact in forms.items():
                parsed = units.parse_unit_name(alias.replace(" ", "_"), case_sensitive=exact)
                if (prefix, row["pint"]) in {(p, u) for p, u, _ in parsed} and alias not in found:
                    found[alias] = UnitInfo(alias=alias, unit=code, factor=1.0, kind="measure", pint=name,
                                            before=False, exact_case=exact)
    return tuple(found.values())


@cache
def lookup(alias: str, before: bool = False) -> UnitInfo | None:
    """The unit written as ``alias`` (after the figure unless ``before``).

    >>> lookup("hectares").unit
    'hectare'
    >>> lookup("GWh").factor
    1000000.0
    >>> lookup("$", before=True).unit  # the article's dollar, resolved by the quantities component
    'dollar'
    >>> lookup("US$", before=True).unit
    'USD'
    >>> lookup("ML").unit, lookup("ml").unit  # case decides: megalitres vs millilitres
    ('megalitre', 'millilitre')
    >>> lookup("HA") is None
    True
    >>> lookup("P", before=True).unit, lookup("P", before=True).glued  # the peso, but "P90" is a code
    ('PHP', True)
    >>> lookup("N", before=True).unit, lookup("Sh", before=True).unit  # naira and shilling, glued like P
    ('NGN', 'shilling')
    >>> lookup("cubic metres per second").unit, si_factor(lookup("megalitres per day").pint)[1]  # flow rates
    ('m3/s', 'm**3/s')
    >>> lookup("square-meter").unit, lookup("metric  tons").unit  # "a 2,600-square-meter house", a double space
    ('m2', 'tonne')
    >>> lookup("kilowatt-hours").unit
    'kWh'
    """
    found = _lookup_written(alias, before)
    spaced = " ".join(alias.replace("-", " ").split())
    if found is None and spaced != alias:
        found = _lookup_written(spaced, before)
    return found


def _lookup_written(alias: str, before: bool) -> UnitInfo | None:
    """The first row of ``unit_table`` written as ``alias``: as written, or in any case for a row
    whose case is free; read off the table's index rather than a scan of its rows."""
    as_written, any_case = _alias_index()
    hits = [hit for hit in (as_written.get((alias, before)), any_case.get((alias.lower(), before))) if hit]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None


AliasIndex = dict[tuple[str, bool], tuple[int, UnitInfo]]


@cache
def _alias_index() -> tuple[AliasIndex, AliasIndex]:
    """(alias as written, before) and (lower-cased alias of a case-free row, before) -> the first
    row of ``unit_table`` so written, with its position: the table's order decides between the two.

    ``lookup`` is cached, but new articles keep asking for words that are no unit, and a scan of
    the thousand rows per new word cost a tenth of fast mode's time on them.
    """
    as_written: AliasIndex = {}
    any_case: AliasIndex = {}
    for position, info in enumerate(unit_table()):
        as_written.setdefault((info.alias, info.before), (position, info))
        if not info.exact_case:
            any_case.setdefault((info.alias.lower(), info.before), (position, info))
    return as_written, any_case


RATE_ALIAS = re.compile(r"(?P<unit>.+?) (?:per|an|a) (?P<per>[a-z]+)")


@cache
def rate_units() -> dict[tuple[str, str], UnitInfo]:
    """(unit, denominator) -> the rate unit the table writes whole ("miles per hour" -> mph), so a
    rate read in two parts ("143 miles (228 kilometres) an hour") gets the same unit.

    >>> rate_units()["mile", "hour"].unit, rate_units()["km", "hour"].unit
    ('mph', 'km_per_hour')
    """
    found: dict[tuple[str, str], UnitInfo] = {}
    for info in unit_table():
        if info.before or not (parts := RATE_ALIAS.fullmatch(info.alias.lower())):
            continue
        unit, per = lookup(parts.group("unit")), lookup(parts.group("per"))
        if unit and per and unit.kind == "measure":
            found.setdefault((unit.unit, per.unit), info)
    return found


@cache
def registry() -> pint.UnitRegistry:
    """The process-wide pint registry, with the extra units pressparse knows defined once."""
    units = pint.UnitRegistry()
    for definition in read_lines("quantity_unit_definitions.txt"):
        units.define(definition)
    return units


@cache
def si_factor(pint_expression: str) -> tuple[float, str]:
    """(factor to SI base units, SI unit string) for a pint expression.

    >>> factor, unit = si_factor("mu")
    >>> round(factor, 2), unit
    (666.67, 'm**2')
    >>> si_factor("kWh")
    (3600000.0, 'kg*m**2/s**2')
    """
    quantity = registry().Quantity(1.0, pint_expression).to_base_units()
    return float(quantity.magnitude), format(quantity.units, "~C")


def to_si(value: float, pint_expression: str | None) -> tuple[float | None, str | None]:
    """A figure in SI base units, or (None, None) for units pint cannot place (temperatures too).

    >>> to_si(10000, "mu")[0]
    6666700.0
    >>> to_si(330, "km")
    (330000.0, 'm')
    >>> to_si(1200, "megaliter")
    (1200000.0, 'm**3')
    >>> to_si(5, None)
    (None, None)
    """
    if not pint_expression or pint_expression.startswith("deg"):
        return None, None
    try:
        factor, unit = si_factor(pint_expression)
    except (pint.errors.PintError, ValueError):
        return None, None
    return float(f"{value * factor:.6g}"), unit  # six significant digits: 30 ug/m3 is 3e-08 kg/m3
