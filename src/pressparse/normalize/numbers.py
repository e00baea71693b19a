"""Numbers as press releases write them: digits with separators, scale words, number words.

Pure functions from text to value; ``None`` (never an exception) when the text is no number.
The word tables live in ``data/quantity_number_words.tsv``.
"""

from __future__ import annotations

import re
from functools import cache

from ..data import read_tsv

# thousands grouping, Western ("186,420") or Indian ("1,86,420": lakhs and crores in pairs)
DIGITS = re.compile(r"^[-−]?(?:\d{1,2}(?:,\d{2})+,\d{3}|\d{1,3}(?:[,\u00a0\u202f ]\d{3})+|\d+)?(?:\.\d+)?$")
# a comma before one or two final digits is a decimal comma ("2,5", "1518,10"), never thousands
DECIMAL_COMMA = re.compile(r"^[-−]?\d+,\d{1,2}$")
SPACED_THOUSANDS = re.compile(r"^\d{1,3}, \d{3}\.\d+$")  # "26, 440.704": a stray space after the comma
SPACED_DECIMAL = re.compile(r"^\d{1,3}\. \d{1,2}$")  # "1. 08": a stray space after the decimal point
# dots grouping thousands: twice or more between groups of three ("1.587.071"; a decimal has one dot),
# and such groups ending in a decimal ("1.054.6", which the caller reads only before a scale word)
DOT_THOUSANDS = re.compile(r"^\d{1,3}(?:\.\d{3}){2,}$")
DOT_GROUPED_DECIMAL = re.compile(r"^(\d{1,3}(?:\.\d{3})+)(\.\d{1,2})$")
SCIENTIFIC = re.compile(r"^(-?\d+(?:\.\d+)?)\s*(?:[eE]([-+−]?\d+)|[×x]\s*10\^?([-+−]?\d+))$")
SEPARATORS = re.compile(r"[,\u00a0\u202f ]")
# Digits written as an amount, not a tally: thousands separators, cents or a scale ("3mn", "2 million");
# a pattern string for ``re`` and ``regex`` alike (the quantities component and the checker read it)
AMOUNT_DIGITS = (r"\d[,\u00a0\u202f ]\d{3}|\.\d\d(?!\d)"
                 r"|\d\s?(?i:k|m|mn|bn|b|tn|cr|thousand|million|billion|trillion|lakh|crore)\b")
SUFFIX_SCALES = {"k": 1e3, "K": 1e3, "m": 1e6, "M": 1e6, "mn": 1e6, "bn": 1e9, "b": 1e9, "B": 1e9,
                 "t": 1e12, "T": 1e12, "tn": 1e12, "cr": 1e7}
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}


@cache
def number_words() -> dict[str, tuple[float, str]]:
    """word -> (value, role) from the packaged table."""
    return {row["word"]: (float(row["value"]), row["role"]) for row in read_tsv("quantity_number_words.tsv")}


def parse_digits(text: str, *, decimal_comma: bool = False) -> float | None:
    """A figure written in digits, with thousands separators and decimals; with ``decimal_comma``, a
    comma before one or two final digits is the decimal mark (the caller has seen a non-digit after).

    >>> parse_digits("32,688")
    32688.0
    >>> parse_digits("1,86,420"), parse_digits("12,34,56,789"), parse_digits("1,00,000.50")  # Indian grouping
    (186420.0, 123456789.0, 100000.5)
    >>> parse_digits("1,86,42") is None, parse_digits("1,234,56") is None, parse_digits("12,345,67,890") is None
    (True, True, True)
    >>> parse_digits("29.73")
    29.73
    >>> parse_digits("10 000")
    10000.0
    >>> parse_digits("1,2,3") is None
    True
    >>> parse_digits("2,5", decimal_comma=True), parse_digits("1518,10", decimal_comma=True), parse_digits("12,34")
    (2.5, 1518.1, None)
    >>> parse_digits("26, 440.704"), parse_digits("26, 440") is None, parse_digits("1. 08")
    (26440.704, True, 1.08)
    >>> parse_digits("1.587.071"), parse_digits("1.054.6"), parse_digits("297.946")  # dots grouping thousands
    (1587071.0, 1054.6, 297.946)
    >>> parse_digits("4e14")
    400000000000000.0
    >>> parse_digits("2.48×10−5")
    2.48e-05
    """
    text = text.strip()
    if text.isdigit() and text.isascii():  # the common case, "2020", "15"
        return float(text)
    if not text:
        return None
    if match := SCIENTIFIC.match(text):
        exponent = (match.group(2) or match.group(3)).replace("−", "-")
        return float(f"{match.group(1)}e{int(exponent)}")
    if decimal_comma and DECIMAL_COMMA.match(text):
        return float(text.replace("−", "-").replace(",", "."))
    if SPACED_THOUSANDS.match(text) or SPACED_DECIMAL.match(text):
        text = text.replace(" ", "")
    elif DOT_THOUSANDS.match(text):
        text = text.replace(".", "")
    elif grouped := DOT_GROUPED_DECIMAL.match(text):
        text = grouped.group(1).replace(".", "") + grouped.group(2)
    if not DIGITS.match(text) or not any(c.isdigit() for c in text):
        return None
    cleaned = SEPARATORS.sub("", text).replace("−", "-")
    return float(cleaned)


def parse_fraction(text: str) -> float | None:
    """``2/3``, ``2 1/2``, ``½``; ``None`` for a zero denominator.

    >>> round(parse_fraction("2/3"), 4)
    0.6667
    >>> parse_fraction("2 1/2")
    2.5
    >>> parse_fraction("1/0") is None
    True
    >>> parse_fraction("½")
    0.5
    """
    text = text.strip()
    if text in VULGAR:
        return VULGAR[text]
    match = re.fullmatch(r"(?:(\d+)\s+)?(\d+)\s*/\s*(\d+)", text)
    if not match:
        return None
    whole, numerator, denominator = match.groups()
    if int(denominator) == 0:
        return None
    return (int(whole) if whole else 0) + int(numerator) / int(denominator)


def parse_words(text: str) -> float | None:
    """A cardinal written in words: "twenty-five", "a hundred and two", "three million, two hundred & forty".

    >>> parse_words("twenty-five")
    25.0
    >>> parse_words("a hundred and two")
    102.0
    >>> parse_words("three million, two hundred & forty")
    3000240.0
    >>> parse_words("two and a half")
    2.5
    >>> parse_words("three and a half million"), parse_words("one and a half billion")
    (3500000.0, 1500000000.0)
    >>> parse_words("one thousand")
    1000.0
    >>> parse_words("and") is None
    True
    """
    table = number_words()
    words = [w for w in re.split(r"[\s,\-&]+", text.lower()) if w]
    half, scale = False, 1.0
    if words[-4:-1] == ["and", "a", "half"] and table.get(words[-1], (0.0, ""))[1] == "scale":
        scale, words = table[words[-1]][0], words[:-1]  # "three and a half million"
    if words[-3:] == ["and", "a", "half"]:
        half, words = True, words[:-3]
    total = current = 0.0
    seen = False
    for position, word in enumerate(words):
        if word == "and":
            continue
        if word == "a" and position == 0:
            current, seen = 1.0, True
            continue
        value, role = table.get(word, (0.0, ""))
        if role in ("unit", "ten"):
            current += value
        elif role == "hundred":
            current = (current or 1.0) * value
        elif role == "scale":
            total += (current or 1.0) * value
            current = 0.0
        else:
            return None
        seen = True
    if not seen:
        return None
    return (total + current + (0.5 if half else 0.0)) * scale


def apply_scale(value: float, scale: str | None) -> float:
    """Multiply by a scale word or suffix ("million", "lakh", "bn", "k").

    >>> apply_scale(15.3, "thousand")
    15300.0
    >>> apply_scale(1.5, "crore")
    15000000.0
    >>> apply_scale(2.174, "T")
    2174000000000.0
    >>> apply_scale(3.0, None)
    3.0
    >>> apply_scale(32.06, "trillion")
    32060000000000.0
    >>> apply_scale(5, "-billion")  # "a 5-billion-yuan fund"
    5000000000.0
    >>> apply_scale(1054.6, "Billions")  # a plural scale after digits is the scale
    1054600000000.0
    """
    if not scale:
        return value
    factor = 1.0
    for word in scale.replace("-", " ").split():
        word = word.rstrip(".")
        if word in SUFFIX_SCALES:
            factor *= SUFFIX_SCALES[word]
            continue
        entry = number_words().get(word.lower())
        if not entry or entry[1] not in ("scale", "hundred"):
            entry = number_words().get(word.lower().removesuffix("s"))  # "1.054.6 Billions"
        if entry and entry[1] in ("scale", "hundred"):
            factor *= entry[0]
    return clean_float(value * factor)


def clean_float(value: float) -> float:
    """Drop binary noise from a product: 32.06 * 1e12 is 32060000000000.0, not ...0.004.

    >>> clean_float(32.06 * 1e12)
    32060000000000.0
    >>> clean_float(2 / 3)
    0.666666666667
    """
    return float(f"{value:.12g}")


def parse_fraction_words(numerator: str, denominator: str) -> float | None:
    """"two-thirds", "a quarter", "one-fourth", "three halves".

    >>> round(parse_fraction_words("two", "thirds"), 4)
    0.6667
    >>> parse_fraction_words("a", "quarter")
    0.25
    >>> parse_fraction_words("three", "halves")
    1.5
    """
    table = number_words()
    entry = table.get(denominator.lower())
    if not entry or entry[1] != "denominator":
        return None
    top = 1.0 if numerator.lower() in ("a", "an", "one") else parse_words(numerator)
    if top is None:
        return None
    return top / entry[0]
