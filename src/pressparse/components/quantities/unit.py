"""Around a number atom: its unit or currency (sign before, word after, ISO code) and the upper end
of a range ("5-10 million", "between 20 and 30 percent"), with the scale and unit they share."""

from __future__ import annotations

import re

from ...normalize.numbers import apply_scale, clean_float, number_words, parse_digits, parse_words
from ...normalize.units import UnitInfo, lookup, rate_units
from .bounds import approx_before, hyphen_bound
from .figure import Figure
from .grammar import Rules, atom_type
from .scan import is_year, trim_words
from .text import last_word

UNCERTAINTY = re.compile(r"\s*(?:±|\+/-)\s*\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?")


TIMES_COMPARED = re.compile(
    r"(?i)\s*(?:-|\s(?:that|those|the|what|as|its|their|his|her|this|these|our|than|over|compared|"
    r"(?!after|under|never|ever)[a-z]+er)\b)"
)


COMPARING_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "being", "by", "to", "reach", "reached",
                             "reaches", "reaching"})


CODE_BEFORE = re.compile(r"\b([A-Z]{3})\$?\s?$")  # "JPY 500", "USD10m", "AUD$1.6 million"


CODE_AFTER = re.compile(r"\s([A-Z]{3})\b")


SPAN_VERB = re.compile(r"(?i)\b(?:rang(?:e|ed|es|ing)|var(?:y|ied|ies|ying))\s+from\s*$")  # "ranged from -18 to -34"
BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:\S+\s?)?$")


JOINER = re.compile(r"\s*(?:(?P<comma>,)?\s+(?P<word>to|and)\s+|,\s*)")  # between figures of a pair or list
LIST_MAX = 6


UNIT_SYMBOL = re.compile(r"[ \t]?\(([^()\s]{1,8})\)")


LEVEL_RATIO = 10  # "rose 1,000 to 427,000" is a change and a level; "rose 5 to 10 percent" a range


PER_PERSON_AFTER = re.compile(r"\s+(?:per\s+(?:person|capita|head)|a\s+head)\b")


# a restatement between a figure and its rate: "143 miles (228 kilometres) an hour", "850 ($0.65)
# per litre"; and the end of one, for the figure inside it
RESTATED = re.compile(r"[ \t]*\([^()\n]{1,40}\)|\)")
RATE_AFTER = re.compile(r"[ \t]+(?:a|an|per|each|every)[ \t]+(?P<per>[A-Za-z]+)\b(?![-'’])")
NOT_DENOMINATOR = frozenset({"cent", "percent", "few", "lot", "little", "number", "total", "further", "record",
                             "new", "single", "quarter", "half", "third", "fifth"})
PER_CAPITA = re.compile(r"\bper[\s-]capita\b")


def extend(rules: Rules, text: str, figure: Figure, match: re.Match[str]) -> UnitInfo | None:
    """Unit, currency and range around a number atom; sets the figure's fields."""
    unit: UnitInfo | None = None
    before = rules.patterns.unit_before.search(text, max(0, figure.start - 6), figure.start)
    sign = lookup(before.group().rstrip(), before=True) if before else None
    if sign and sign.glued and (before.group()[-1].isspace() or atom_type(match) != "num"):
        sign = None  # "Vitamin P 500": a glued-only sign apart from the figure is no currency
    if sign:
        unit = sign
        figure.start = before.start()
    elif code := _currency_code(rules, text, figure.start, before=True):
        unit = _currency(code, before=True)
        figure.start = text.rindex(code, 0, figure.start)
    if uncertainty := UNCERTAINTY.match(text, figure.end):
        figure.end = uncertainty.end()
    if text.startswith("-", figure.end):
        hyphen_bound(rules, text, figure)
    after = rules.patterns.unit_after.match(text, figure.end)
    end = figure.end
    # a range: "5-10 million", "between 20 and 30 percent", "30% and 50%"
    range_end, value_max, after = _range(rules, text, figure, match, after)
    if range_end:
        end = range_end
    if after and (info := lookup(after.group("unit"))) and (unit is None or info.unit == unit.unit):
        unit, end = info, after.end()  # "RMB 35,128 yuan" names its currency twice
        if (symbol := UNIT_SYMBOL.match(text, end)) and (same := lookup(symbol.group(1))) \
                and same.unit == info.unit:
            end = symbol.end()  # "1,200 megalitres (ML)": the symbol defined, not a thing counted
    elif unit is None and (code := _currency_code(rules, text, end, before=False)):
        unit = _currency(code, before=False)
        end += len(code) + 1
    elif unit is None and range_end is None:
        unit = _shared_unit(rules, text, figure, match)
    figure.end = end
    if value_max is not None:
        figure.value_max = value_max
    if unit is None:
        return None
    if unit.kind == "duration":
        figure.kind = "duration"
        return unit
    if unit.kind == "multiple" and after is not None and after.group("unit").lower() == "times" \
            and not _compares(rules, text, figure.start, end):
        return None  # "trained 46 times", "four or five times each summer": a count of events
    figure.value = clean_float(figure.value * unit.factor)
    if figure.value_max is not None:
        figure.value_max = clean_float(figure.value_max * unit.factor)
    figure.unit, figure.kind, figure.pint = unit.unit, unit.kind, unit.pint
    if unit.kind == "money":
        _money_suffix(text, figure)
    if unit.kind in ("money", "measure") and figure.unit != "yuan_per_person":
        _rate(rules, text, figure)
    return unit


def _rate(rules: Rules, text: str, figure: Figure) -> None:
    """A rate kept whole: "$71.10 per barrel", "650,000 barrels a day", "Sh250 a packet", "$200 per
    acre", "6.5 tonnes per hectare". The denominator is written as its unit code
    when it is a unit ("per kilogram" -> kg, "per cubic metre" -> m3). An amount per year or per
    recipient stays in its own unit ("€34 billion a year", "$650 a month", "R15 000 per person");
    a measure per day or hour is a rate ("650,000 barrels a day")."""
    found = RATE_AFTER.match(text, figure.end)
    restated = None if found else RESTATED.match(text, figure.end)
    if restated:
        found = RATE_AFTER.match(text, restated.end())
    if not found:
        return
    word = found.group("per").lower()
    if word in rules.stops or word in NOT_DENOMINATOR or word in rules.lexicon["recipient"]:
        return
    end = found.end()
    written = rules.patterns.unit_after.match(text, found.start("per"))
    if written and (info := lookup(written.group("unit"))):
        per, end = info.unit, written.end()
        if info.kind not in ("measure", "duration"):
            return
    else:
        per = word
    if per == "annum" or per == "year":
        return
    if per in rules.lexicon["period"] and figure.kind == "money":
        if not restated:
            figure.end = end  # the sum of each period, as annotators write it: "$650 a month" is NZD
        return
    if restated:
        end = figure.end  # the figure's span stays clear of the restatement it is read across
        if whole := rate_units().get((figure.unit, per)):  # "143 miles (230 kilometres) an hour": mph
            figure.unit, figure.pint = whole.unit, whole.pint
            return
    figure.per, figure.pint, figure.end = per, None, end


def _compares(rules: Rules, text: str, start: int, end: int) -> bool:
    """Whether "N times" is a multiple: "4.6 times the level of 2021", "three times higher",
    "increased more than 2.7 times"; not "stayed there three times" or "three times a year"."""
    if rules.patterns.frequency.match(text, end):
        return False
    if TIMES_COMPARED.match(text, end):
        return True
    bound = approx_before(rules, text, max(0, start - 40), start)
    word = last_word(text, bound.start("approx") if bound else start)
    return word in rules.changes or word in COMPARING_VERBS


def _shared_unit(rules: Rules, text: str, figure: Figure, match: re.Match[str]) -> UnitInfo | None:
    """A figure that writes no unit, first in a pair or list of figures joined by "to" or "and",
    takes the unit written after the last, when no range was read: "expand the area from
    14,000 to 22,000 hectares", "closed at 9,485.09 and 9,659.18 points", "scores of 1, 2 and 17
    points", "between 700 million and a billion USD"; not "rose 318.45, or 0.8 percent" or "4,300
    or 10%", restatements (and "extended from 3 to 5 years" is two durations, no figure). An
    unscaled figure does not take the unit of a scaled one ("rose from 3 to 5 million tonnes": 3 what?); commas
    alone make no list ("In May, 150, 20 tonnes")."""
    position = figure.end
    for _ in range(LIST_MAX):
        joined = JOINER.match(text, position)
        if not joined or (joined.group("comma") and position == figure.end):
            return None  # "rose 318.45, or 0.8 percent": a restatement, not a pair
        second = rules.patterns.atom.match(text, _skip_currency(rules, text, joined.end()))
        if not second or atom_type(second) not in ("num", "words") or (_scaled(second) and not _scaled(match)):
            return None
        if joined.group("word"):
            if unit := rules.patterns.unit_after.match(text, second.end()):
                return lookup(unit.group("unit"))
            code = _currency_code(rules, text, second.end(), before=False)
            return _currency(code, before=False) if code else None
        position = second.end()
    return None


def _scaled(match: re.Match[str]) -> bool:
    """Whether a number atom carries a scale ("5 million", "$5m", "a billion")."""
    if atom_type(match) == "words":
        return any(number_words().get(word, (0, ""))[1] == "scale" for word in match.group().lower().split())
    return bool(match.groupdict().get("scale") or match.groupdict().get("suffix"))


def _currency_code(rules: Rules, text: str, position: int, *, before: bool) -> str | None:
    """An ISO 4217 code written next to the figure ("JPY 500", "USD10m", "500 JPY"), or before a
    dollar sign it names ("AUD$1.6 million", "NZD$ 40,000")."""
    if before:
        found = CODE_BEFORE.search(text[max(0, position - 5):position])
    else:
        found = CODE_AFTER.match(text[position:position + 4])
    code = found.group(1) if found else None
    return code if code in rules.patterns.currency_codes else None


def _range(rules: Rules, text: str, figure: Figure, match: re.Match[str], after: re.Match[str] | None
           ) -> tuple[int | None, float | None, re.Match[str] | None]:
    """The upper end of "5-10", "5 to 10", "between 5 and 10", "two or three" (units and scale shared)."""
    position = after.end() if after else figure.end
    tail = rules.patterns.range_tail.match(text, position)
    if not tail:
        return None, None, after
    sep = tail.group("sep")
    between = BETWEEN_BEFORE.search(text[max(0, figure.start - 14):figure.start])
    if sep == "and" and not between:
        return None, None, after
    if sep == "or" and (after is not None or match.group("scale") or match.group("suffix")):
        return None, None, after  # "two or three times", "5 or 6 people"; not "20% or 30 million"
    if sep == "to" and rules.patterns.change_from.search(text, max(figure.window[0], figure.start - 120),
                                                        figure.start):
        return None, None, after  # "rose from 5% to 8%": two figures, not a range
    if sep == "to" and _change_then_level(rules, text, figure, match, after):
        return None, None, after  # "rose by 392 billion euros to 12.99 trillion euros", "by $12.3bn to $208.5bn"
    second_start = _skip_currency(rules, text, tail.end())
    sign = 1.0
    if text[second_start:second_start + 1] in ("-", "−") and sep != "-":
        sign, second_start = -1.0, second_start + 1
    second = rules.patterns.atom.match(text, second_start)
    if not second or atom_type(second) not in ("num", "words"):
        return None, None, after
    second_unit = rules.patterns.unit_after.match(text, second.end())
    first_scaled = bool(match.group("scale") or match.group("suffix"))
    if first_scaled and not (second.group("scale") or second.group("suffix")):
        return None, None, after  # "₹4,710 crore to eight States"
    if after is not None and (
            second_unit is None or lookup(second_unit.group("unit")) != lookup(after.group("unit"))):
        return None, None, after  # "grew by 4.6 percent to 272.55 million tonnes"
    if figure.start < match.start() and second_start == tail.end() and second_unit is None:
        return None, None, after  # "$5 to 10 people"
    if atom_type(second) == "num":
        high = parse_digits(second.group("num"), decimal_comma=True)
        if high is None or (is_year(rules, text, second.group("num"), second.start(), second.end()) \
                and not second.group("scale")):
            return None, None, after
        scale = second.group("scale") or second.group("suffix")
    else:
        words = trim_words(second.group())
        high = parse_words(words) if words else None
        scale = None
        if high is None:
            return None, None, after
    if scale:
        high = apply_scale(high, scale.strip())
        if not match.group("scale") and not match.group("suffix") and figure.value < high / 1000:
            scaled = clean_float(figure.value * apply_scale(1.0, scale.strip()))
            if scaled <= high:  # "$3 to $5 billion"; not "$150 to $3 million"
                figure.value = scaled
    high *= sign
    if sep == "to" and high >= LEVEL_RATIO * figure.value > 0 and last_word(text, figure.start) in rules.changes:
        return None, None, after  # "claims increased 1,000 to 427,000": the change, then the level reached
    if (high <= figure.value and sep in ("-", "–", "—", "or")) or high == figure.value:
        return None, None, after
    if high < figure.value and last_word(text, figure.start) == "from" \
            and not SPAN_VERB.search(text, max(0, figure.start - 20), figure.start):
        return None, None, after  # "from 5.2% to 5.1%": where a change starts and ends, in order
    if high < figure.value:
        figure.value, high = high, figure.value
    return second.end(), high, second_unit or after


def _change_then_level(rules: Rules, text: str, figure: Figure, match: re.Match[str],
                       after: re.Match[str] | None) -> bool:
    """"rose by 392 billion euros to 12.99 trillion euros": the change, then the level reached,
    when the first figure writes its own unit (a word after it or a sign before it) after a verb of
    change and "by". Shares stay ranges
    ("grew by 3% to 5%"), as do figures sharing one unit ("fall by 5 to 10 tonnes")."""
    if last_word(text, figure.start) != "by":
        return False
    if after is not None:
        info = lookup(after.group("unit"))
        if info is None or info.kind == "percent":
            return False
    elif figure.start == match.start():  # no unit, no sign: "fall by 5 to 10"
        return False
    return rules.patterns.change_by.search(text, max(figure.window[0], figure.start - 60), figure.start) is not None


def _skip_currency(rules: Rules, text: str, position: int) -> int:
    found = rules.patterns.currency_sign.match(text, position)
    return found.end() if found else position


def _money_suffix(text: str, figure: Figure) -> None:
    """"yuan per person" / "per capita" incomes are a unit of their own."""
    if figure.unit != "CNY":
        return
    after = text[figure.end:figure.end + 20].lower()
    found = PER_PERSON_AFTER.match(after)
    before = text[figure.window[0]:figure.start].lower()
    if found or PER_CAPITA.search(before):
        figure.unit = "yuan_per_person"
        if found:
            figure.end += found.end()


def _currency(code: str, *, before: bool) -> UnitInfo:
    """A unit for an ISO 4217 code the table does not list ("JPY 500")."""
    return UnitInfo(alias=code, unit=code, factor=1.0, kind="money", pint=None, before=before,
                    exact_case=True)


