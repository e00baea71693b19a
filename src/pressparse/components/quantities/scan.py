"""Finding figures: where a number may start, what blocks it (dates, clock times, phones, years,
roads, codes, list numbers), and the value and kind of the number atom itself."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ...normalize.dates import MONTH, TIME_EXPRESSION_LOWER
from ...normalize.numbers import (
    apply_scale,
    clean_float,
    number_words,
    parse_digits,
    parse_fraction,
    parse_fraction_words,
    parse_words,
)
from ...normalize.units import lookup
from .bounds import approx_before
from .grammar import Rules
from .text import overlaps

ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")


LABEL_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+\.?)\s*$")  # a word start: mid-word tries fail the same way


LINE_START = re.compile(r"(?:^|\n)[ \t]*\(?$")


LIST_MARK = re.compile(r"[.)、](?:\s|$)")


YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")


FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")


WORD_JOINER = re.compile(r"(\s*,\s*|\s*&\s*|\s+and\s+)")


ORDINAL_BEFORE = re.compile(r"\b(?:first|last|past|next|the)\s*$")


HALF_OF_TIME = re.compile(r"(?:-|\s+(?:an?\s+|the\s+)?(?:year|month|day|hour|century|decade|week|time|way)s?\b)")


HALF_DETERMINER = re.compile(r"\s+(?:the|its|their|his|her|our|these|those)\s+[a-z]")  # "half the water"


HALF_AFTER_ORDINAL = re.compile(
    r"(?i)\b(?:(?:first|second|last|latter|other|one)(?:\s+and)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+and)\s*$"
)


OF_AFTER = re.compile(r"\s+of\b")


BY_BEFORE = re.compile(r"\bby\s+$")  # "cut by half"


MULTIPLE_FOLLOWER = re.compile(
    r"(?:\s+(?:by|in|from|to|since|the|its|their|over|again|last|that|what|those|this)\b|[.,;])"
)


LETTERS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}$")


FISCAL_YEAR = re.compile(r"((?:19|20)?\d\d)/(\d\d|(?:19|20)\d\d)")


def candidates(rules: Rules, lowered: str) -> list[int]:
    """Offsets where a number may start: digit runs, and word starts of number words or "a"/"an".

    Two scans, each led by a character class so the regex engine skips most positions in C;
    the two kinds of start never overlap (digits vs letters), so their union is the answer."""
    found = [m.start() - 1 if lowered[m.start() - 1:m.start()] == "." and _dot_led(lowered, m.start() - 1)
             else m.start() for m in rules.patterns.candidate_digits.finditer(lowered)]  # ".001" starts at its dot
    found += [m.start() + 1 for m in rules.patterns.candidate_word_after.finditer(lowered)]
    if rules.patterns.candidate_word.match(lowered):
        found.append(0)
    found.sort()
    return found


def blocked(rules: Rules, text: str, lowered: str, start: int, end: int) -> bool:
    """Whether the atom is part of a date, clock time, phone number or time expression (each
    check runs only when a cheap hint for it occurs near the atom)."""
    digits = text[start].isdigit()
    near = lowered[max(0, start - 30):end + 30]
    if digits and CLOCK_OR_CODE_HINT.search(near) \
            and overlaps(rules.patterns.not_quantity, text, start, end, 20, 25):
        return True
    if digits and _phone_shaped(text, start, end) and overlaps(rules.patterns.phone, text, start, end, 30, 20):
        return True  # "call 0429 555 129", "(02) 6391 2000", "1800 123 456"
    if digits and MONTH_WORD.search(near) \
            and overlaps(rules.patterns.month_date, text, start, end, 24, 24):
        return True  # "Nov. 18", "17 October 2023", "September 18 to 24"
    return bool((TIME_WORDS.search(near) or (digits and YEAR_LIKE.search(near)))
                and overlaps(TIME_EXPRESSION_LOWER, lowered, start, end, 50, 30))


def garbled(rules: Rules, text: str, lowered: str) -> list[tuple[int, int, str]]:
    """"More than% of those": a bound or scale with its number lost in translation."""
    found = [(m.start(), m.end(), text[m.start():m.end()])
             for m in rules.patterns.garbled_scale.finditer(lowered)]
    position = text.find("%")
    while position != -1:
        last = position - 1  # the last non-space character before the sign
        while last >= 0 and text[last].isspace():
            last -= 1
        if last < 0 or not text[last].isdigit():
            lost = rules.patterns.garbled_percent.search(text, max(0, position - 30), position)
            if lost:
                found.append((lost.start(), position + 1, text[lost.start():position + 1]))
        position = text.find("%", position + 1)
    return sorted(found)


def boundaries(doc: Doc, text: str) -> list[int]:
    """Sentence starts (and line starts: headlines have no final stop) as character offsets."""
    starts = {0, len(text)}
    if len(doc):
        # to_array, not has_annotation/doc.sents: those walk every token in Python
        offsets_and_starts = doc.to_array(["IDX", "SENT_START"])
        starts.update(offsets_and_starts[offsets_and_starts[:, 1] == 1, 0].tolist())
    starts.update(m.end() for m in NEWLINE.finditer(text))
    return sorted(starts)


def atom_value(rules: Rules, text: str, match: re.Match[str], group: str) -> tuple[float, str, int] | None:
    """(value, kind, end) of the atom itself, or None when the atom is no figure here."""
    start, end = match.span()
    if group == "ratio":
        numerator, denominator = match.group("ratio_num", "ratio_den")
        top = parse_digits(numerator) if numerator[0].isdigit() else parse_words(numerator)
        base = parse_digits(denominator) if denominator[0].isdigit() else parse_words(denominator)
        if not top or not base or base >= 1000 or top >= base:  # "1 in 2005" is a date
            return None
        return round(top / base, 4), "fraction", end
    if group == "fracw":
        if _ordinal_context(text, start, match.group("fnum")) or _ordinal_after(text, match):
            return None
        value = parse_fraction_words(match.group("fnum"), match.group("fden"))
        return (value, "fraction", end) if value is not None else None
    if group == "fscale":  # "half a billion", "two-thirds of a million": the fraction of the scale
        words = re.split(r"[\s-]+", match.group().lower())
        share = 0.5 if words[0] == "half" else parse_fraction_words(words[0], words[1])
        return (clean_float(share * number_words()[words[-1]][0]), "count", end) if share else None
    if group == "half":
        return (0.5, "fraction", end) if _half_is_fraction(rules, text, start, end) else None
    if group == "multw":
        if not _multiple_word_ok(text, match):
            return None
        return number_words()[match.group().lower()][0], "multiple", end
    if group == "vulgar":
        value = parse_fraction(match.group())
        return (value, "count", end) if value is not None else None
    if group == "num":
        value = _digits_value(rules, text, match)
        if value is not None and match.group("suffix") and suffix_reading(rules, text, match) == "unit":
            end = match.end("num")
        elif value is not None and not match.group("scale") and not match.group("suffix") \
                and (spaced := SPACED_SCALE.match(text, end)) and _money_before(rules, text, match.start("num")):
            value, end = apply_scale(value, spaced.group(1)), spaced.end()  # "($8.9 m)": millions of money
        return (value, "count", end) if value is not None else None
    words = trim_words(match.group())
    value = parse_words(words) if words else None
    if value is None or words is None or _scale_only(words):
        return None
    end = start + len(words)
    if words.lower() in ("one", "zero", "a dozen") and not _has_unit(rules, text, end) \
            and not approx_before(rules, text, max(0, start - 40), start) \
            and not (words.lower() == "a dozen" and _counted_noun(rules, text, start, end)):
        # "one is to provide training", "the number one priority", "one part of": discourse or a rank,
        # and a lone "one thing" is no figure a reader lists; "a dozen inspectors" counts
        return None
    return value, "count", end


def _dot_led(text: str, dot: int) -> bool:
    """A decimal written without its leading zero (".001"), not the end of a sentence or number."""
    return dot == 0 or not (text[dot - 1].isalnum() or text[dot - 1] in "._,")


def _counted_noun(rules: Rules, text: str, start: int, end: int) -> bool:
    """"a dozen inspectors": the words counting the noun after them; not "a dozen of", "a dozen times"
    or "the dozen things" (a determiner before: a choice, not a count)."""
    following = NEXT_WORD.match(text, end)
    if not following or text[end:following.start(1)].strip():
        return False
    word = following.group(1)
    if not word.islower() or word in rules.stops or word in rules.lexicon["period"] or word in NOT_COUNTED:
        return False
    previous = text[max(0, start - 12):start].split()
    return not previous or previous[-1].lower() not in rules.lexicon["det"] | {"no", "any", "every", "each"}


def _digits_value(rules: Rules, text: str, match: re.Match[str]) -> float | None:
    """The value of a digit atom, or None when the digits are a year, ordinal or part of a name."""
    raw = match.group("num")
    start, end = match.span("num")
    if digits_excluded(text, start, end):
        return None
    before = text[max(0, start - 24):start]
    label = LABEL_BEFORE.search(before)
    if label and label.group(1).lower() in rules.lexicon["label"] and not GROUPED.search(raw):
        return None  # "Section 319"; a label never groups thousands: "building 26,400 homes" counts
    if LINE_START.search(before) and LIST_MARK.match(text, end):
        return None  # list numbering
    raw = raw.replace("⁄", "/")
    if "/" in raw and _fiscal_year(raw):
        return None  # "the 2024/25 financial year"
    if LEADING_ZERO.match(raw):
        return None  # "Press Release No: 087", "Release No. 0214.23": a code, not a count
    if _glued_sign(rules, text, start) and not _money_shaped(match):
        return None  # "P90", "P2 students": a code, not pesos
    if (code := GLUED_CODE.search(text, max(0, start - 4), start)) and \
            code.group() not in rules.patterns.currency_codes and \
            not rules.patterns.unit_before.search(text, max(0, start - 6), start):
        return None  # "ABC123": a code; "USD10m" and "RMB35,128" are money
    if DOT_AND_THREE.fullmatch(raw) and _dots_group_thousands(text):
        raw = raw.replace(".", "")  # the article writes "1.587.071": its "297.946" is 297,946 too
    value = parse_fraction(raw) if "/" in raw else parse_digits(raw, decimal_comma=True)
    if value is None:
        return None
    if start > 1 and text[start - 1] in "-−" and text[start - 2] in SIGN_LEADS:
        value = -value  # "fell -3.2%", "[-33.8 percent]"; not "5-10" or "COVID-19"
    if match.group("scale"):
        value = apply_scale(value, match.group("scale").strip())
    elif match.group("suffix"):
        reading = suffix_reading(rules, text, match)
        if reading is None:
            return None  # "10M" without a currency may be a model name
        if reading == "scale":
            value = apply_scale(value, match.group("suffix").strip())
    elif is_year(rules, text, raw, start, match.end()):
        return None
    return value


def suffix_reading(rules: Rules, text: str, match: re.Match[str]) -> str | None:
    """What the letter after the digits is: "scale" ("$10m", "₹500cr", "1.2m tons", "$5.4 bn"),
    "unit" (an "m" of metres, left to the unit reader: "a 2m wall") or None (no figure: "10M" and
    "4b" without a currency are model names). A capital or "b" is a scale only after a currency;
    a bare "m" is millions of what follows in the plural ("12m bags"), metres otherwise."""
    suffix = match.group("suffix").strip()
    if suffix not in ("M", "B", "T", "b", "m") or _money_before(rules, text, match.start("num")):
        return "scale"
    if suffix != "m":
        return None
    following = NEXT_WORD.match(text, match.end())
    return "scale" if following and PLURAL.fullmatch(following.group(1)) else "unit"


def _dots_group_thousands(text: str) -> bool:
    """Whether the text groups thousands with dots: a number with two dots between groups of three
    ("1.587.071"), and none with a comma before three digits ("1,587")."""
    return bool(DOTS_GROUPING.search(text)) and not COMMA_GROUPING.search(text)


def _money_before(rules: Rules, text: str, start: int) -> bool:
    """Whether a currency sign or ISO code is written right before the digits at ``start``."""
    return bool(rules.patterns.unit_before.search(text, max(0, start - 6), start)
                or GLUED_CODE.search(text, max(0, start - 4), start)
                or CODE_SPACE_BEFORE.search(text, max(0, start - 5), start)
                or CODE_DOLLAR_BEFORE.search(text, max(0, start - 5), start))


def _glued_sign(rules: Rules, text: str, start: int) -> bool:
    """Whether the digits follow a letter sign read only on money-shaped figures ("P10,000")."""
    if not rules.glued_signs or not text[start - 1:start].isalpha():
        return False
    found = LETTERS_BEFORE.search(text, max(0, start - 4), start)
    return found is not None and found.group() in rules.glued_signs


def is_year(rules: Rules, text: str, raw: str, start: int, end: int) -> bool:
    """A bare four-digit 1800-2099 with no unit, currency or bound is a year."""
    if not YEAR_DIGITS.fullmatch(raw):
        return False
    sign = rules.patterns.unit_before.search(text, max(0, start - 6), start)
    if sign is not None and not _glued_only(sign.group()):
        return False  # "R2024" is rand; "block N 2024" is a year (a glued sign needs money digits)
    unit = rules.patterns.unit_after.match(text, end)
    if unit and lookup(unit.group("unit")) and lookup(unit.group("unit")).kind != "duration":
        return False
    if not approx_before(rules, text, max(0, start - 30), start):
        return True
    following = FOLLOWING_WORD.match(text[end:end + 30])
    return following is None or following.group(1) in rules.stops


def _has_unit(rules: Rules, text: str, end: int) -> bool:
    unit = rules.patterns.unit_after.match(text, end)
    return bool(unit and (info := lookup(unit.group("unit"))) and info.kind != "duration")


def _scale_only(words: str) -> bool:
    """"billion" with no number before it (the "P3.94" of "P3.94 billion" not read): no figure;
    "a million" and "one million" are."""
    first = words.split(None, 1)[0].split("-")[0].lower()
    return number_words().get(first, (0.0, ""))[1] in ("scale", "hundred")


def trim_words(words: str) -> str | None:
    """Cut a word-number run where a join stops making one number ("nine, three" is a list)."""
    table = number_words()
    parts = WORD_JOINER.split(words)
    kept = parts[0]
    for joiner, part in zip(parts[1::2], parts[2::2], strict=True):
        last = kept.lower().split()[-1].split("-")[-1]
        role = table.get(last, (0, ""))[1]
        if role not in ("scale", "hundred") and "a half" not in part.lower():
            break
        kept += joiner + part
    return kept or None


def _ordinal_after(text: str, match: re.Match[str]) -> bool:
    """"a third wave", "a fifth straight year": "a" and an ordinal before a word that is no "of",
    "more" or a unit is a rank, not a fraction ("a third of the land", "cut by a third." are)."""
    if match.group("fnum").lower() not in ("a", "an") or match.group("fden").lower() not in ORDINAL_DENOMINATORS:
        return False
    following = NEXT_WORD.match(text, match.end())
    return bool(following and following.group(1).islower() and following.group(1) not in FRACTION_FOLLOWERS)


def _ordinal_context(text: str, start: int, numerator: str) -> bool:
    """"the first three quarters", "the third quarter": time, not a fraction."""
    before = text[max(0, start - 12):start].lower()
    if numerator.lower() in ("a", "an"):
        return False
    return bool(ORDINAL_BEFORE.search(before))


def _half_is_fraction(rules: Rules, text: str, start: int, end: int) -> bool:
    """"half of the funding", "half the water", "nearly half": yes; "half a year", "half the time",
    "first half", "half-day": no."""
    after = text[end:end + 20].lower()
    if HALF_OF_TIME.match(after):
        return False
    before = text[max(0, start - 30):start]
    if HALF_AFTER_ORDINAL.search(before):
        return False
    return bool(OF_AFTER.match(after) or HALF_DETERMINER.match(after) or BY_BEFORE.search(before)
                or approx_before(rules, before, 0, len(before)))


def _multiple_word_ok(text: str, match: re.Match[str]) -> bool:
    """"doubled since 2020" and "double by 2030" are multiples; "double-digit", "double check" are not."""
    word = match.group().lower()
    after = text[match.end():match.end() + 12]
    if after.startswith("-"):
        return False
    if word in ("double", "triple"):
        return bool(MULTIPLE_FOLLOWER.match(after))
    return True


NEWLINE = re.compile(r"\n")


MONTH_WORD = re.compile(rf"\b(?=[adfjmnos]){MONTH.lower()}")  # the lookahead: first letters of the months


TIME_WORDS = re.compile(r"quarter|half|year|month")


YEAR_LIKE = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")  # 18xx-20xx, no digit either side; literal-led


CLOCK_OR_CODE_HINT = re.compile(r"[:/+()\d](?:(?<=[:/+()])|(?<=\d)(?:-\d|\s*[ap]\.?m|\.\d\d?\.\d))")


ROAD_AFTER = re.compile(r"(?i)[ \t]+(?:road|route|highway|freeway|motorway|expressway)\b")


ROAD_BEFORE = re.compile(r"(?i)\b(?:on|along|via|off|onto|near|at)\s+the\s+R$")


DIGIT_GROUPS = re.compile(r"\d+[ \t]\d")


def _phone_shaped(text: str, start: int, end: int) -> bool:
    """A cheap gate before the phone regex: digits next to another digit group ("0429 555",
    "(02) 6391"), space-grouped digits ("555 129") or a leading zero ("0418222907")."""
    if DIGIT_GROUPS.match(text, start) or (text[start] == "0" and text[start + 1:start + 2].isdigit()):
        return True
    preceding = text[max(0, start - 2):start]
    return preceding[-1:] == ")" or (len(preceding) == 2 and preceding[1] in " \t" and preceding[0] in "0123456789)")


def digits_excluded(text: str, start: int, end: int) -> bool:
    """Digits that are an ordinal ("44th", "21st-century"), the tail of a code, range or grouped
    number already passed over (COVID-19, "5-10", J1149.5+6663, m^2, the ",000" of "P10,000", the
    ".6" of "1.054.6"), a part of an oddly grouped number, or a road number written like rand ("R61")."""
    if ORDINAL_SUFFIX.match(text, end):
        return True
    if start > 1 and ((text[start - 1] in "-−+/^_" and text[start - 2].isalnum())
                      or (text[start - 1] in ",." and text[start - 2].isdigit())):
        return True
    if text.startswith(".", end) and text[end + 1:end + 2].isdigit():
        return True  # "1.054.6" with no scale word after it: a grouping too odd to read safely
    return text[start - 1:start] == "R" and _road_number(text, start, end)


def _glued_only(sign: str) -> bool:
    """A letter sign read as a currency only when glued to money-shaped digits ("P", "N", "Sh")."""
    info = lookup(sign.rstrip(), before=True)
    return info is not None and info.glued


def _money_shaped(match: re.Match[str]) -> bool:
    """A digit atom written as money is: with a scale ("3.94 billion"), thousands separators
    ("10,000") or cents ("1.50")."""
    raw = match.group("num")
    return bool(match.group("scale") or match.group("suffix") or MONEY_DIGITS.search(raw))


DOT_AND_THREE = re.compile(r"\d{1,3}\.\d{3}")  # "297.946": thousands or a decimal, as the article writes
DOTS_GROUPING = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d,]|\.\d)")
COMMA_GROUPING = re.compile(r"\d,\d{3}(?!\d)")
SPACED_SCALE = re.compile(r"[ \t]([mMbB])(?!\w)")  # "$8.9 m": a scale letter apart from money ("bn" is in the atom)
GLUED_CODE = re.compile(r"(?<![A-Za-z])[A-Z]{3}$")  # "USD10m"
CODE_SPACE_BEFORE = re.compile(r"\b[A-Z]{3}\s$")  # "EUR 50m"
CODE_DOLLAR_BEFORE = re.compile(r"\b[A-Z]{3}\$\s?$")  # "AUD$70m"
SIGN_LEADS = frozenset(" \t\n([{\"'“‘:;=$€£¥")  # what a minus sign that belongs to the figure follows
GROUPED = re.compile(r"\d[,\u00a0\u202f]\d{3}")  # thousands grouped: "26,400"
# the singular fraction words that are also ordinals ("a third", "a fifth"; "a half" and "a quarter" are not)
ORDINAL_DENOMINATORS = frozenset(word for word, (_, role) in number_words().items() if role == "denominator"
                                 and not word.endswith("s") and word not in ("half", "quarter"))
FRACTION_FOLLOWERS = frozenset({"of", "more", "less", "fewer", "as", "than", "again", "that", "the"})
NOT_COUNTED = frozenset({"another", "time", "times", "way", "hand", "side", "thing", "day", "point", "another's"})
NEXT_WORD = re.compile(r"[ \t]+([A-Za-z]+)")
PLURAL = re.compile(r"[a-z]+[^s'u]s")  # "bags", "tons", "people" aside; not "is", "was", "glass"
LEADING_ZERO = re.compile(r"0\d")  # "087", not "0.5" or "0"


MONEY_DIGITS = re.compile(r"\d[,\u00a0\u202f ]\d{3}|\.\d\d$")


def _fiscal_year(raw: str) -> bool:
    """"2024/25", "1999/2000": a year and the next, a financial year, not a fraction.

    >>> _fiscal_year("2024/25"), _fiscal_year("1999/2000"), _fiscal_year("2024/26"), _fiscal_year("3/4")
    (True, True, False, False)
    >>> _fiscal_year("14/15"), _fiscal_year("99/00"), _fiscal_year("14/16"), _fiscal_year("1/2")  # "(14/15)"
    (True, True, False, False)
    """
    found = FISCAL_YEAR.fullmatch(raw)
    if not found:
        return False
    first, second = int(found.group(1)), int(found.group(2))
    return second % 100 == (first + 1) % 100


def _road_number(text: str, start: int, end: int) -> bool:
    """South Africa's regional roads are R + 1-3 digits ("the R61 road", "along the R573"), which
    reads like a rand amount: a bare code followed by a road word or led by "on/along the" is a road."""
    if end - start > 3 or not text[start:end].isdigit():
        return False
    return bool(ROAD_AFTER.match(text, end) or ROAD_BEFORE.search(text, max(0, start - 16), start))


