"""The quantity data files, read once: word classes, bound phrases and which dollar a place uses."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pycountry

from ...data import read_tsv, read_word_classes
from ...normalize.units import SIGN_PREFIX, lookup
from ..reporting import speech_words


@cache
def lexicon() -> dict[str, frozenset[str]]:
    """word class -> words (``data/quantity_lexicon.tsv``; "speech", the reporting verbs, from
    ``data/reporting_verbs.tsv``)."""
    return {**read_word_classes("quantity_lexicon.tsv", "class"), "speech": speech_words()}


@cache
def measure_names() -> dict[str, str]:
    """SI unit of a measure -> the property it names alone (``data/quantity_measure_names.tsv``)."""
    return {row["si_unit"]: row["name"] for row in read_tsv("quantity_measure_names.tsv")}


@cache
def transfer_nouns() -> dict[str, str]:
    """verb form -> the noun naming a sum it gives, spends or earns (``data/quantity_transfer_nouns.tsv``)."""
    return {row["word"]: row["noun"] for row in read_tsv("quantity_transfer_nouns.tsv")}


@cache
def trade_nouns() -> dict[str, str]:
    """verb form -> the noun naming what a verb of trade moves, goods or sums ("exported" -> exports)."""
    return {row["word"]: row["noun"] for row in read_tsv("quantity_transfer_nouns.tsv") if row["goods"] == "yes"}


@cache
def approx_phrases() -> dict[str, str]:
    """normalized phrase before a figure -> approx code (``data/quantity_approx.tsv``)."""
    return {row["phrase"]: row["approx"] for row in read_tsv("quantity_approx.tsv") if row["position"] != "after"}


@cache
def approx_suffixes() -> dict[str, str]:
    """normalized phrase after a figure ("or more", "-odd") -> approx code (``data/quantity_approx.tsv``)."""
    return {row["phrase"]: row["approx"] for row in read_tsv("quantity_approx.tsv") if row["position"] == "after"}


@dataclass(frozen=True)
class SignAreas:
    """Which dollar a bare "$", which rupee a bare "Rs", which shilling a bare "Sh" means where
    (``data/currency_dollars.tsv``)."""

    by_country: dict[tuple[str, str], str]  # (sign, ISO 3166-1 alpha-2) -> ISO 4217
    by_cn_division: dict[str, str]  # GB/T 2260 code prefix (Hong Kong "81") -> ISO 3166-1 alpha-2 ("HK")


# the currency a sign means when the article's places name none of its countries, or several
SIGN_DEFAULTS = {"dollar": "USD", "rupee": "INR", "shilling": "KES", "pound": "GBP"}


@cache
def sign_areas() -> SignAreas:
    rows = read_tsv("currency_dollars.tsv")
    by_country = {(row["sign"], row["country"]): row["currency"] for row in rows}
    by_country.update({(f"{SIGN_PREFIX}{row['alias']}", row["country"]): row["currency"]
                       for row in read_tsv("currency_names.tsv") if row["country"]})
    return SignAreas(by_country=by_country,
                     by_cn_division={row["division"]: row["country"] for row in rows if row["division"]})


@cache
def sign_default(sign: str) -> str | None:
    """The currency a sign means where the article's places name none of its countries: the hand
    defaults ("$" USD, "Rs" INR, "Sh" KES), else the one currency a currency word means in every
    country that writes it ("ngultrum"), else None ("dinars": which one is unknown; a symbol such
    as "E" or "SR" is a currency only where its country is named)."""
    if sign in SIGN_DEFAULTS:
        return SIGN_DEFAULTS[sign]
    if is_symbol(sign):
        return None
    currencies = {currency for (written, _), currency in sign_areas().by_country.items() if written == sign}
    return currencies.pop() if len(currencies) == 1 else None


@cache
def symbol_currency(sign: str) -> str | None:
    """The one currency a local symbol written apart from its figure means wherever it is written
    ("Nu" the ngultrum), or None ("SR" is no currency outside the Seychelles; a sign read only glued,
    a letter such as "E" or a name's initials such as "JD", means a currency only where its country
    is named)."""
    info = lookup(sign[len(SIGN_PREFIX):], before=True)
    if info is None or info.glued:
        return None
    currencies = {currency for (written, _), currency in sign_areas().by_country.items() if written == sign}
    return currencies.pop() if len(currencies) == 1 else None


@cache
def country_code(name: str) -> str | None:
    """The ISO 3166-1 alpha-2 code of a country written by its ISO name ("Solomon Islands" -> SB),
    or None; a short name is no code ("CA" is no country here).

    >>> country_code("Solomon Islands"), country_code("Asia"), country_code("CA")
    ('SB', None, None)
    """
    if len(name) <= 3:
        return None
    try:
        return pycountry.countries.lookup(name).alpha_2
    except LookupError:
        return None


@cache
def demonyms() -> dict[str, str]:
    """The word for the people of a country or province ("Moldovan", "Nova Scotians")
    -> its ISO 3166-1 code (``data/demonyms.tsv``, built by ``build_demonyms.py``)."""
    return {row["word"]: row["country"] for row in read_tsv("demonyms.tsv")}


def is_symbol(sign: str) -> bool:
    """Whether a sign to resolve is a local symbol ("sign:E", "sign:SR", "sign:Nu."), which means a
    currency only where its country is named, not a currency word ("sign:dinars")."""
    return sign.startswith(SIGN_PREFIX) and not sign[len(SIGN_PREFIX):].islower()


def is_sign(unit: str | None) -> bool:
    """Whether a figure's unit is a sign still to resolve by the article's places."""
    return unit is not None and (unit in SIGN_DEFAULTS or unit.startswith(SIGN_PREFIX))
