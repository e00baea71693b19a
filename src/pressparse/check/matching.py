"""Comparing one claim figure with one source figure: units, value (rounding, bounds, scale),
direction and time. Which figures are about the same thing is ``topic``'s business.

Every figure is read as an interval in comparable units: the stated precision of its digits
("29.7 million" covers 29.65-29.75 million), widened by a hedge ("about", "nearly") and opened by a
bound ("more than 500,000" is everything above 500,000). Two figures agree when the claim's reading
is consistent with the source's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache

import regex

from ..data import read_tsv
from ..models import Quantity, Reason
from ..normalize.dates import resolve_period, resolve_time
from ..normalize.numbers import AMOUNT_DIGITS, SUFFIX_SCALES, number_words

# A bracket is a clause break around a figure ("Water (RM306 million)"), not around a name's
# acronym ("Customs Union (SACU) receipts").
BRACKET = r"\((?=[^()]*\d)|\)(?<=\d[^()]*\))"
_LITERAL = regex.compile(r"\d[\d,]*(?:\.\d+)?")
_BARE_DOLLAR = regex.compile(r"(?<![A-Za-z])\$")
_RUPEE = regex.compile(r"(?<![A-Za-z])(?:Rs\.?|₨)", regex.IGNORECASE)
# Digits written as an amount: a scale word ("7.45 billion", "3mn"), thousands separators, cents or
# a currency sign whose currency was not read ("EC$200").
_AMOUNT = regex.compile(rf"{AMOUNT_DIGITS}|\p{{Sc}}")
HEDGE = 0.05  # a hedged figure ("about 40 percent") covers at least this much either side
HEDGE_MAX = 0.10  # ... and at most this much
ROUND_MAX = 0.05  # "30 million": trailing zeros are not precision past this much either side
WORD_TOLERANCE = 0.01  # figures in words ("two-thirds", "half") are exact up to rounding
UP_BOUNDS, DOWN_BOUNDS = ("gt", "gte"), ("lt", "lte")
SCALE_DIGITS = 0.015  # digits this close at another power of ten are the same digits
APART = 2.0  # orders of magnitude between two figures beyond which one is no misstatement of the other
BOUND_RATIO = 1.5  # a failed bound within this factor is a ``bound`` disagreement, beyond it a ``value`` one


@dataclass(frozen=True)
class Reading:
    """A figure as an interval of comparable values."""

    dimension: str  # "count", "percent", "percentage_point", "money", an SI unit, or another unit
    currency: str | None
    value: float  # in comparable units
    lo: float
    hi: float
    raw: float  # the value in the figure's own unit, for spotting unit mix-ups
    bound: str | None
    tol: float  # half the width of the stated precision (or hedge), in comparable units
    dollar: str = ""  # "bare" for a "$" with no country letters before it, "any" for another "$"
    rupee: bool = False  # written with "Rs" or "₨", which India, Pakistan, Sri Lanka and Nepal share
    per: str | None = None  # what a rate is per ("acre" of INR_per_acre, "mu" of kg_per_mu)
    amount: bool = True  # a bare count written as an amount ("7.45 billion"), not as a tally ("34")
    could_be: frozenset[str] = frozenset()  # currencies its bare currency word may be ("dollars", "dinars")

    @property
    def point(self) -> bool:
        return self.bound not in (*UP_BOUNDS, *DOWN_BOUNDS)


def _is_currency(unit: str | None) -> bool:
    return bool(unit) and len(unit) == 3 and unit.isalpha() and unit.isupper()  # type: ignore[union-attr]


def half_step(text: str, value: float) -> tuple[float, bool]:
    """Half the unit of the last stated digit, in the value's units, and whether the digits end in
    zeros (so their precision is uncertain).

    >>> half_step("29.7 million", 29_700_000)
    (50000.0, False)
    >>> half_step("30 million", 30_000_000)
    (5000000.0, True)
    >>> half_step("537,000", 537_000)
    (500.0, True)
    """
    match = _LITERAL.search(text)
    if not match or "/" in text:
        return abs(value) * WORD_TOLERANCE, False
    literal = match.group().replace(",", "")
    number = float(literal)
    if number == 0:
        return 0.0, False
    scale = abs(value / number) if value else 1.0
    if "." in literal:
        step = 10.0 ** -len(literal.split(".")[1])
        return 0.5 * step * scale, False
    digits = literal.lstrip("0")
    zeros = len(digits) - len(digits.rstrip("0"))
    return 0.5 * 10.0 ** zeros * scale, zeros > 0


def read(q: Quantity) -> Reading:
    """The comparable interval of a figure."""
    unit, value, top = q.unit, q.value, q.value_max
    factor, currency = 1.0, None
    if unit == "fraction":
        dimension, factor = "percent", 100.0
    elif unit in ("percent", "percentage_point"):
        dimension = unit
    elif _is_currency(unit) or _is_currency((unit or "").split("_per_")[0]):
        # A price per thing ("Sh7,500 a bag", KES_per_bag) compares as money: sources often drop the "per".
        dimension, currency = "money", (unit or "").split("_per_")[0]
    elif q.si_unit and q.si_value is not None and value:
        dimension, factor = q.si_unit, q.si_value / value
    else:
        dimension = unit or "count"
    half, zeros = half_step(q.text, value)
    if q.approx == "approx":
        half = min(max(half, HEDGE * abs(value)), HEDGE_MAX * abs(value))
    elif zeros:
        half = min(half, ROUND_MAX * abs(value))
    lo, hi = value - half, (top if top is not None else value) + half
    if q.approx in UP_BOUNDS:
        hi = math.inf
        lo = value if q.approx == "gte" else value + 1e-9 * max(abs(value), 1)
    elif q.approx in DOWN_BOUNDS:
        lo = -math.inf
        hi = value if q.approx == "lte" else value - 1e-9 * max(abs(value), 1)
    dollar = ("bare" if _BARE_DOLLAR.search(q.text) else "any") if "$" in q.text else ""
    per = unit.split("_per_", 1)[1] if unit and "_per_" in unit else None
    amount = dimension != "count" or _AMOUNT.search(q.text) is not None
    return Reading(dimension, currency, value * factor, lo * factor, hi * factor, value, q.approx, half * factor,
                   dollar, bool(_RUPEE.search(q.text)), per, amount, could_be(q.text) if currency else frozenset())


_UNQUALIFIED = regex.compile(r"(?<![\p{Lu}][\w.]*\s)\b[\p{Ll}]+\b")  # a word no capitalized one qualifies


@cache
def _bare_currencies() -> dict[str, frozenset[str]]:
    """A currency word that several countries use -> their currencies: "dollars" (data/currency_dollars.tsv,
    and "rupees", "shillings" alike) and the nouns of data/currency_names.tsv read by country ("dinars")."""
    found: dict[str, set[str]] = {}
    for row in read_tsv("currency_dollars.tsv"):
        for word in (row["sign"], row["sign"] + "s"):
            found.setdefault(word, set()).add(row["currency"])
    for row in read_tsv("currency_names.tsv"):
        if row["country"] and row["position"] == "after" and row["alias"].islower():
            found.setdefault(row["alias"], set()).add(row["currency"])
    return {word: frozenset(currencies) for word, currencies in found.items()}


def could_be(text: str) -> frozenset[str]:
    """The currencies a figure's bare currency word may stand for: a claim's "16 million dollars" or
    "689 million dinars" is whichever dollar or dinar the article it is checked against uses; "US
    dollars" is no bare word.

    >>> sorted(could_be("about 689 million dinars"))[:3], could_be("5 million US dollars")
    (['BHD', 'DZD', 'IQD'], frozenset())
    """
    table = _bare_currencies()
    return frozenset().union(*(table.get(m.group().lower(), frozenset()) for m in _UNQUALIFIED.finditer(text)))


@cache
def dollar_currencies() -> frozenset[str]:
    """The currencies a bare "$" can stand for (the dollars of data/currency_dollars.tsv, not its
    rupees, shillings or pounds)."""
    return frozenset(row["currency"] for row in read_tsv("currency_dollars.tsv") if row["sign"] == "dollar")


def same_number(claim: Reading, fact: Reading, *, raw: bool = False) -> bool:
    """The two figures state the same number, whatever their bounds ("below 600,000" and "more
    than 600,000"); ``raw`` compares them in their own units (3,200 hectares and 3,200 mu)."""
    # Within the claim's precision: a source rounder than the claim's digits, or hedged ("5%",
    # "about 45%"), does not state the claim's "4.8%" or "43%".
    if raw:
        c_tol = claim.tol * claim.raw / claim.value if claim.value else claim.tol
        return abs(claim.raw - fact.raw) <= c_tol + 1e-9 * max(abs(claim.raw), 1.0)
    return abs(claim.value - fact.value) <= claim.tol + 1e-9 * max(abs(claim.value), 1.0)


def comparable(claim: Reading, fact: Reading) -> bool:
    """Could the two figures measure the same kind of thing (possibly in mixed-up units)?"""
    if claim.dimension == fact.dimension:
        return True
    if claim.per and fact.per and claim.dimension.split("_per_")[0] == fact.dimension.split("_per_")[0]:
        return True  # "387 kg per hectare" against "387 kg per mu": a rate over another base
    pair = {claim.dimension, fact.dimension}
    if pair == {"percent", "percentage_point"}:
        return True
    # A claim that leaves out the unit ("2.4 billion on roads") may still be about a sum or a measure,
    # and so may a source figure whose unit was not read ("3.29 billion DH"); a tally ("34 projects
    # worth $1.26 billion") is not.
    bare = claim if claim.dimension == "count" else fact
    return "count" in pair and bare.amount and not pair & {"percent", "percentage_point", "times", "fraction"}


def unit_mismatch(claim: Reading, fact: Reading, us_article: bool = True) -> bool:
    """Percent for percentage points, one currency for another: a ``unit`` contradiction. A claim's
    bare "$" is read without the article's country, so any dollar (or "$"-written currency) fits it;
    so does any currency a source's bare "$" outside a US article (``us_article``) may be."""
    if {claim.dimension, fact.dimension} == {"percent", "percentage_point"}:
        return True
    if claim.per and fact.per and claim.per != fact.per:
        return True  # per acre for per hectare: both written, and not the same base
    if claim.dimension != "money" or fact.dimension != "money" or claim.currency == fact.currency:
        return False
    if claim.rupee and fact.rupee:  # "Rs" in a claim is whichever rupee the article's "Rs" is
        return False
    if fact.currency in claim.could_be:  # a claim's "dollars" is the article's dollar
        return False
    if fact.dollar == "bare" and fact.currency == "USD" and not us_article:
        # A bare "$" outside a US article, read as US dollars for want of a country: the local
        # currency, unless the claim says US dollars outright.
        return claim.dollar != "bare"
    return not (claim.dollar == "bare" and (fact.dollar or fact.currency in dollar_currencies()))


def _overlaps(lo: float, hi: float, lo2: float, hi2: float) -> bool:
    slack = 1e-9 * max(abs(lo), abs(hi2), 1.0) if math.isfinite(lo) and math.isfinite(hi2) else 0.0
    return lo <= hi2 + slack and lo2 <= hi + slack


def value_reason(claim: Reading, fact: Reading, *, loose: bool = False) -> Reason | None:
    """None when the claim's value agrees with the fact's, else ``scale`` (the same digits at
    another power of ten), ``bound`` (the claim's bound fails, or the source's bound cannot
    support a figure within a factor of ``BOUND_RATIO``) or ``value``.

    ``loose`` compares the figures in their own units (a claim that left the unit out).
    """
    c_lo, c_hi, f_lo, f_hi = claim.lo, claim.hi, fact.lo, fact.hi
    c_value, f_value = claim.value, fact.value
    f_scale = 1.0
    if loose:
        c_scale = claim.raw / claim.value if claim.value else 1.0
        f_scale = fact.raw / fact.value if fact.value else 1.0
        c_lo, c_hi, f_lo, f_hi = c_lo * c_scale, c_hi * c_scale, f_lo * f_scale, f_hi * f_scale
        c_value, f_value = claim.raw, fact.raw
    if fact.point and not claim.point:
        # "More than half" against 30-50 %: the figure as stated, not its rounding, must pass the bound;
        # in another unit, a figure far from the bound ("25" projects for "less than $19.7 million")
        # is no figure of the claim's thing.
        f_tol = fact.tol * (f_scale if loose else 1.0)
        near = not loose or _near(c_value, f_value)
        if near and claim.bound in UP_BOUNDS and f_hi - f_tol >= c_lo:
            return None
        if near and claim.bound in DOWN_BOUNDS and f_lo + f_tol <= c_hi:
            return None
    elif fact.point:
        # A source rounder than the claim ("5%" against "4.8%") or hedged does not vouch for its digits.
        if fact.tol > claim.tol:
            scale = (f_scale if loose else 1.0)
            f_lo, f_hi = f_lo + (fact.tol - claim.tol) * scale, f_hi - (fact.tol - claim.tol) * scale
        if _overlaps(c_lo, c_hi, f_lo, f_hi):
            return None
    elif claim.point:
        # A bound ("more than 30,000") supports a claim of about its own value, nothing more precise.
        edge = f_lo if fact.bound in UP_BOUNDS else f_hi
        if claim.bound == "approx" or loose:
            near = _overlaps(c_lo, c_hi, edge, edge)
        else:
            near = _overlaps(c_lo, c_hi, f_value, f_value)
        if near:
            return None
    elif (claim.bound in UP_BOUNDS) == (fact.bound in UP_BOUNDS) and (
            f_lo >= c_lo if claim.bound in UP_BOUNDS else f_hi <= c_hi):
        return None
    if _power_of_ten(c_value, f_value, (claim.raw, fact.raw)):
        return "scale"
    if not claim.point:  # "more than 50 million" against 23 million: the claim's bound fails
        return "bound"
    top = fact.hi - fact.tol if math.isfinite(fact.hi) else f_value
    if not fact.point and _within(c_value, (f_value, top)):
        return "bound"
    return "value"


def _near(a: float, b: float) -> bool:
    """Within ``APART`` orders of magnitude."""
    return bool(a and b) and abs(math.log10(abs(a / b))) <= APART


def _within(value: float, stated: tuple[float, float]) -> bool:
    """``value`` is within ``BOUND_RATIO`` of the nearer end of a stated figure or range."""
    return any(v and value and (value > 0) == (v > 0) and max(value / v, v / value) <= BOUND_RATIO
               for v in stated)


def scale_words(text: str) -> frozenset[str]:
    """The scale words of a figure as written, glued or not ("million", "lakh", "bn" of "$3.97bn").

    >>> sorted(scale_words("about 2.4 billion yuan")), sorted(scale_words("$3.97bn")), sorted(scale_words("2,034 MWh"))
    (['billion'], ['bn'], [])
    """
    return frozenset(w for w in (m.lower() for m in _WORDS.findall(text)) if w in _scales())


@cache
def _scales() -> frozenset[str]:
    words = {w for w, (_, role) in number_words().items() if role == "scale"}
    return frozenset(words | {k.lower() for k in SUFFIX_SCALES})


def _power_of_ten(a: float, b: float, written: tuple[float, float] | None = None) -> bool:
    """``a`` is ``b`` at another power of ten, at least a hundred (million for billion, lakh for
    crore), within ``SCALE_DIGITS``: the digits are right, the scale word is not; ten times only
    when the ``written`` numbers (in their own units) share three digits or more."""
    if not a or not b or (a > 0) != (b > 0):
        return False
    exponent = math.log10(abs(a / b))
    k = round(exponent)
    if abs(exponent - k) > math.log10(1 + SCALE_DIGITS):
        return False
    # Ten times: only the same three or more digits as written ("165,000" for "1.65 million").
    a, b = written or (a, b)
    return abs(k) >= 2 or (abs(k) == 1 and _digits(a) == _digits(b) and len(_digits(a)) >= 3)


def _digits(value: float) -> str:
    return f"{abs(value):.6g}".split("e")[0].replace(".", "").strip("0")


@cache
def _direction_words() -> dict[str, str]:
    """Word -> "up" or "down": the change words of quantity_lexicon.tsv and check_direction.tsv."""
    table = {row["word"]: row["class"] for row in read_tsv("quantity_lexicon.tsv") if row["class"] in ("up", "down")}
    table.update((row["word"], row["direction"]) for row in read_tsv("check_direction.tsv"))
    return table


_CLAUSE_CUT = regex.compile(rf"[;:\u2013\u2014]|{BRACKET}|,\s|\s(?:while|whereas|but|against|compared)\s")
_WORDS = regex.compile(r"[^\W\d_]+")
MOVE_WORDS = 12  # a direction word this many words before a figure (in its clause) says how it moved
_COMPARED = regex.compile(r"(?i)(?:up|down)\s+(?:from|\d)")
_DIFFERENCE = regex.compile(r"(?i)\s+(more|fewer|less)\s+than\b")  # right after a figure: how far it moved
TAIL_WORDS = 4  # ... or opening the next clause, this many words after it ("X in 2023, up from Y")
# The items of a gapped list after a figure (", canned milk 20.5 percent and rice 18.2 percent"),
# then the word they all share ("more expensive", "cheaper").
_LIST_TAIL = regex.compile(r"(?i)(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:[^\W\d_][\w'-]*\s+){0,4}\d[\d.,]*"
                           r"\s*(?:%|per\s*cent|percent)?)*\s+(?:more\s+)?([^\W\d_]+)")


def movement(sentence: str, start: int, end: int, *, after: bool = False) -> str | None:
    """"up" or "down" when the figure at ``start:end`` of ``sentence`` is said to have moved: the
    nearest direction word before it in its clause ("rose to 61.4 million", "cut by 15 percent"),
    not across "from" ("up from 44.6 million": the level it left), else the word opening the next
    clause ("65%, an increase of ..."),
    or with ``after`` (a claim, one sentence about its figure) the first
    one after it ("KSh 2,500 after prices were raised"). "Higher than" compares and "up to" bounds.

    >>> s = "Exports rose 2.4% to 98.6 billion, while imports fell 1.5% to 112.3 billion."
    >>> movement(s, s.find("98.6"), s.find("98.6") + 4), movement(s, s.find("112.3"), s.find("112.3") + 5)
    ('up', 'down')
    >>> s = "Losses fell by up to 40 percent, 15 percent higher than the 30 percent of 2020."
    >>> movement(s, s.find("40"), s.find("40") + 10), movement(s, s.find("30 p"), s.find("30 p") + 10)
    ('down', None)
    >>> s = "The plan funds 4,120 posts, a slight decrease, and 310 nurses, 85 fewer than in 2022."
    >>> movement(s, s.find("4,120"), s.find("4,120") + 5), movement(s, s.find("85"), s.find("85") + 2)
    ('down', 'down')
    >>> s = "Sugar was 10.7 percent, and milk 10.2 percent cheaper than a year ago."
    >>> movement(s, s.find("10.7"), s.find("10.7") + 12), movement(s, s.find("15"), s.find("15") + 10)
    ('down', None)
    """
    words = _direction_words()
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(sentence, 0, start)]
    before = list(_WORDS.finditer(sentence, cuts[-1] if cuts else 0, start))[-MOVE_WORDS:]
    if before and before[-1].group().lower() == "from" and not after:
        return None  # "up from K870 million": the level it moved from, which did not move
    for found in reversed(before):
        way = _way(sentence, found, words)
        if way:
            return way
    stop = _CLAUSE_CUT.search(sentence, end)
    if after:
        for found in _WORDS.finditer(sentence, end, stop.start() if stop else len(sentence)):
            if way := _way(sentence, found, words, compares=True):
                return way
        return None
    # "BD72 million more than in the last budget", "13,000 fewer than a year earlier": a difference.
    if difference := _DIFFERENCE.match(sentence, end):
        return "up" if difference.group(1).lower() == "more" else "down"
    # "sugar 10.7 percent and milk 10.2 percent cheaper": a comparative after the figure, or
    # after the gapped list it opens, says which way it moved.
    if (listed := _LIST_TAIL.match(sentence, end)) and (way := _way(sentence, listed, words, compares=True, group=1)):
        return way
    # "4,827 kilometres of roads in 2023, up from 4,105": a short tail, then a clause that opens
    # with the direction; any tail before ", up from" or ", down 3%" (the figure's own comparison).
    if stop is None or stop.group() != ", ":
        return None
    if len(_WORDS.findall(sentence, end, stop.start())) > TAIL_WORDS and not _COMPARED.match(sentence, stop.end()):
        return None
    # The clause's first word, or the noun phrase an article opens (", a slight decrease over ...").
    opening = [w for w in _WORDS.finditer(sentence, stop.end(), stop.end() + 40)][:3]
    if opening and opening[0].group().lower() in ("a", "an"):
        return next((way for found in opening[1:] if (way := _way(sentence, found, words))), None)
    return _way(sentence, opening[0], words) if opening else None


def _way(sentence: str, found: regex.Match[str], words: dict[str, str], *, compares: bool = False,
         group: int = 0) -> str | None:
    """The direction ``found`` says; a comparative before a figure compares it ("higher than the
    30 percent"), one after it is its change ("15 percent higher than ..."): ``compares``."""
    word = found.group(group).lower()
    way = words.get(word)
    if way not in ("up", "down"):
        return None
    following = _WORDS.search(sentence, found.end(group))
    following_word = following.group().lower() if following else ""
    if (following_word == "than" and not compares) or (word == "up" and following_word == "to"):
        return None
    return way


def direction(q: Quantity, *, claim: bool = False) -> str | None:
    """Which way a figure moved: its change, else the direction words around it (``movement``)."""
    at = q.sentence.find(q.text)
    if q.approx in (*UP_BOUNDS, *DOWN_BOUNDS) and at >= 0:
        # "fall below 8 percent", "rose above 30,000": the verb goes with the bound.
        last = _WORDS.findall(q.sentence, max(at - 30, 0), at)[-1:]
        if last and last[0].lower() in _direction_words():
            return None
    if q.change or at < 0:
        return q.change
    if _WORDS.findall(q.sentence, max(at - 8, 0), at)[-1:] in (["a"], ["an"], ["per"], ["each"]):
        return None  # "for a 50kg bag": a size, not a level that moved
    return movement(q.sentence, at, at + len(q.text), after=claim)


def direction_reason(claim: str | None, fact: str | None) -> Reason | None:
    """``direction`` when the claim says a figure rose and the source that it fell, or back."""
    if claim and fact and claim != fact:
        return "direction"
    return None


Period = tuple[date, date]
_FISCAL = regex.compile(r"(?i)(?<![\d-])(?:FY\s*)?((?:19|20)\d\d)\s*[-/\u2013]\s*(\d\d(?:\d\d)?)(?![\d-])")
_PREVIOUS = regex.compile(r"(?i)\b(?:previous|preceding|prior|a|one)\s+year(?:\s+(?:earlier|before))?\b|"
                          r"\bthe\s+year\s+before\b")
_PART = regex.compile(r"(?i)\b(?:Q[1-4]|H[12])\b")
PART_OF = 2 / 3  # a period this much shorter than another is a part of it: a flow over it is another figure
_FROM_NOW = regex.compile(r"(?i)\b(?:last|this|past|previous|ago|current|next|now|today|yesterday)\b")
_LATEST = regex.compile(r"(?i)(?:now|currently|today|at\s+present|so\s+far|to\s+date|as\s+of\s+now)")
# "in the year to December 2023", "the six months to December 2014", "the half-year ended June":
# that many months, ending with the month named.
_MONTHS_TO = regex.compile(r"(?i)\b(?:(?P<n>\d{1,2}|[a-z]+)[\s-]+months?|(?P<span>year|half[\s-]?year|quarter))"
                           r"\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?$")
SPAN_MONTHS = {"year": 12, "halfyear": 6, "quarter": 3}
MONTH_DAYS = 27  # periods at least this long are periods, not days
SHORT_DAYS = 100  # a claimed period shorter than this (a month, a quarter) recurs every year
SPAN_DAYS = 400  # periods longer than this ("between 2015 and 2022") are spans, compared end to end


def fiscal_year(text: str) -> Period | None:
    """A fiscal year written "2022-23", "2023/24" or "FY2023/24": twelve months across two calendar
    years (April to March here; what matters is that consecutive ones do not overlap).

    >>> fiscal_year("in 2022-23"), fiscal_year("2015-2022")
    ((datetime.date(2022, 4, 1), datetime.date(2023, 3, 31)), None)
    """
    found = _FISCAL.search(text)
    if not found:
        return None
    start, end = int(found.group(1)), found.group(2)
    if int(end) % 100 != (start + 1) % 100:
        return None
    return date(start, 4, 1), date(start + 1, 3, 31)


_BASE_WORD = regex.compile(r"(?i)\b(?:than|over|from|compared\s+(?:with|to)|against|versus|vs)\b")


def in_base(q: Quantity) -> bool:
    """The figure's time is written after it, past a comparison word: the period it is compared
    with ("15 percent higher than the PHP 718 billion it received in 2023", "a slight decrease over
    the 2019-20 budget", "cut by $72 million from 2024"), not its own. "From ... to ..." is a span.

    >>> from pressparse.models import TimeRef
    >>> q = Quantity(id="q1", text="15 percent", span={"start": 0, "end": 10}, value=15, unit="percent",
    ...              kind="percent", sentence="15 percent higher than the sum it received in 2023.",
    ...              time=TimeRef(text="in 2023"))
    >>> in_base(q)
    True
    >>> in_base(q.model_copy(update={"sentence": "15 percent in 2023, against 12 percent in 2022."}))
    False
    """
    text = q.time.text if q.time is not None else None
    at, end = q.sentence.find(q.text), q.sentence.find(text) if text else -1
    if at < 0 or end < at + len(q.text):
        return False
    # Its own clause, or the one opening right after a short tail (", a slight decrease over ...").
    parts = _CLAUSE_CUT.split(q.sentence[at + len(q.text):end])
    if len(parts) > 2 or (len(parts) == 2 and len(_WORDS.findall(parts[0])) > TAIL_WORDS):
        return False
    found = list(_BASE_WORD.finditer(parts[-1]))
    return bool(found) and not (found[-1].group().lower() == "from" and
                                regex.match(r"\s*(?:\S+\s+){0,3}?(?:to|until|through)\b", q.sentence[end + len(text):]))


def period(q: Quantity) -> Period | None:
    """The figure's own period, a fiscal year as such, the months a period ending with the month
    named covers ("the six months to December 2014"); None when the text states none (or only
    the period it is compared with, ``in_base``).

    >>> from pressparse.models import TimeRef
    >>> s = "Revenue reached $298 million in the six months to December 2014."
    >>> q = Quantity(id="q1", text="$298 million", span={"start": 16, "end": 28}, value=298e6, unit="USD",
    ...              kind="money", sentence=s, time=TimeRef(text="December 2014", start="2014-12-01",
    ...              end="2014-12-31", basis="stated"))
    >>> period(q)
    (datetime.date(2014, 7, 1), datetime.date(2014, 12, 31))
    >>> period(q.model_copy(update={"sentence": s.replace("six months", "year")}))[0]
    datetime.date(2014, 1, 1)
    """
    if q.time is None or q.time.start is None or q.time.basis == "published":  # no time words: see below
        return None
    if in_base(q):
        return None
    text = q.time.text or ""
    at = q.sentence.find(text) if text else -1
    if at >= 0:  # "in 2023/24" whose time reads "in 2023"
        if (months := _months_to(q.sentence, at)) is not None:  # "in the year to December 2023"
            end = q.time.end or q.time.start
            first = end.year * 12 + end.month - months  # months since year 0 of the first month
            return date(first // 12, first % 12 + 1, 1), end
        text = q.sentence[at:at + len(text) + 5]
    return fiscal_year(text) or (q.time.start, q.time.end or q.time.start)


def _months_to(sentence: str, at: int) -> int | None:
    """How many months a period written just before ``at`` ends with ("the six months to ")."""
    found = _MONTHS_TO.search(sentence, max(at - 40, 0), at)
    if found is None:
        return None
    if found.group("span"):
        return SPAN_MONTHS[regex.sub(r"[\s-]", "", found.group("span").lower())]
    n = found.group("n").lower()
    months = int(n) if n.isdigit() else int(number_words().get(n, (0, ""))[0])
    return months if 0 < months <= 24 else None


def previous(stated: Period) -> Period:
    """The same period a year before ("... in 2023/24, against KSh 3.8 billion the previous year")."""
    (start, end) = stated
    return start.replace(year=start.year - 1, day=min(start.day, 28) if start.month == 2 else start.day), \
        end.replace(year=end.year - 1, day=min(end.day, 28) if end.month == 2 else end.day)


def is_previous(text: str | None) -> bool:
    """Time words that count back from the sentence's own period, not from publication."""
    return bool(text and _PREVIOUS.search(text))


def claim_period(claim: Quantity, stated: Period | None, published: date | None) -> Period | None:
    """The claim's period; one it gives without a year is read in the year of the figure it is
    compared with ("in September", "in the second quarter"), or as of the figure's article's
    publication when it counts from now ("last year", "this year") or the figure has no period."""
    if claim.time is not None and claim.time.text and _LATEST.fullmatch(claim.time.text.strip()):
        return None  # "now has 29,000 nurses": the latest figure, whatever period it closes
    own = period(claim)
    if own is not None and claim.time is not None and claim.time.text and _PART.search(claim.time.text):
        start, end = resolve_period(claim.time.text)  # "in Q3 2023", which the figure's time reads as the year
        if start is not None and end is not None:
            return date.fromisoformat(start), date.fromisoformat(end)
    if own is not None or claim.time is None or not claim.time.text or in_base(claim):
        return own
    if stated is not None and not _FROM_NOW.search(claim.time.text):
        reference: date | None = date(stated[1].year, 12, 31)
    else:
        reference = published
    if reference is None:
        return None
    start, end = resolve_period(claim.time.text, reference)  # "January-October" whole
    if start is None:
        start, end = resolve_time(claim.time.text, reference)
    if start is None:
        return None
    return date.fromisoformat(start), date.fromisoformat(end or start)


def latest(claimed: Period, published: date) -> Period:
    """The last period of the claimed kind (the same months) begun by ``published``: what an
    undated figure of a release is about ("February" in a release of March 2024 is February 2024).

    >>> latest((date(2023, 2, 1), date(2023, 2, 28)), date(2024, 3, 7))
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    """
    (start, end), years = claimed, published.year - claimed[0].year
    if _shift(start, years) > published:
        years -= 1
    return _shift(start, years), _shift(end + timedelta(days=1), years) - timedelta(days=1)


def _shift(day: date, years: int) -> date:
    return day.replace(year=day.year + years, day=min(day.day, 28) if day.month == 2 else day.day)


def time_reason(claim: Quantity, stated: Period | None, published: date | None, *, own: bool = False,
                base: Period | None = None) -> Reason | None:
    """``time`` when the claim's period cannot be the figure's (``stated``, its own time when the
    text gives one), else the year of publication or the year before (what a release reports on),
    or for a claimed month or quarter the latest one by publication; or when it is the period the
    figure is compared with (its ``base``: "65%, 31 points more than 2016" is no figure of 2016).
    Two spans of years ("between 2015 and 2020", "... and 2022") must match end to end; a figure
    stated for its ``own`` period ("6.3 percent in the second quarter") is not one for a period
    much longer or shorter ("in the first half")."""
    claimed = claim_period(claim, stated, published)
    if claimed is None:
        return None
    if base is not None and claimed == base and stated != claimed:
        return "time"
    if stated is None:
        # Years well after publication are targets or names ("Project Ireland 2040"), not the time
        # of an undated figure.
        if published is None or claimed[0].year > published.year + 1:
            return None
        if (claimed[1] - claimed[0]).days < SHORT_DAYS and claimed[0] <= published:
            return None if latest(claimed, published) == claimed else "time"
        stated = (date(published.year - 1, 1, 1), published)
    (c_start, c_end), (f_start, f_end) = claimed, stated
    if min((c_end - c_start).days, (f_end - f_start).days) > SPAN_DAYS and (
            c_start.year != f_start.year or c_end.year != f_end.year):
        return "time"
    lengths = sorted(((c_end - c_start).days + 1, (f_end - f_start).days + 1))
    if own and lengths[0] > MONTH_DAYS and lengths[0] < PART_OF * lengths[1]:
        return "time"
    return None if c_start <= f_end and f_start <= c_end else "time"
