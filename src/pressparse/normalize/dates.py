"""The time a figure refers to: find time expressions and resolve them to ISO date ranges.

Press releases use a small set of shapes ("at the end of October", "from 2016 to 2020", "last year",
"in the first three quarters", "in 2019"); simple calendar rules cover them and are exact, so no
general date parser runs per figure. Relative expressions resolve against the publication date.
"""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|" \
        r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
YEAR = r"(?:19|20)\d\d"
# A deadline ("by the end of September", "before December 15"): a year-less month or day after the
# publication's is the coming one, not last year's ("to be issued by the end of September" in June).
DEADLINE = re.compile(r"(?:by|before|until|till)\b")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# Spaces are written "\\s" because TIME_EXPRESSION is a verbose pattern.
_RELATIVE_YEAR = r"(?:last|this|next|the\s+previous|the\s+past|the\s+current)\s+year"
_OF_YEAR = rf"(?:\s+of\s+(?:{YEAR}|{_RELATIVE_YEAR}|the\s+year))?"
_PERIOD = (rf"(?:{MONTH}(?:\s+{YEAR})?|{YEAR}|{_RELATIVE_YEAR}|the\s+year|"
           rf"the\s+(?:first|second|third|fourth)\s+quarter{_OF_YEAR})")
TIME_EXPRESSION = re.compile(
    rf"""(?ix)
    \b(?:
      (?:at|by|as\ of|until|till|to)\ the\ end\ of\ {_PERIOD}
    | (?:from|between)\ {YEAR}\ (?:to|and|through)\ {YEAR}
    | {YEAR}\s*[-–]\s*(?:{YEAR}|\d\d)\b
    | (?:in|during|for)\ the\ first\ (?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|\d+)\ )?
        (?:quarters?|half|months?)(?:\ of\ (?:{YEAR}|{_RELATIVE_YEAR}|the\ year))?
    | (?:in\ )?the\ (?:first|second|third|fourth)\ quarter(?:\ of\ (?:{YEAR}|{_RELATIVE_YEAR}|the\ year))?
    | (?:in|over|during)\ the\ (?:past|last)\ (?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\ years
    | (?:the\ same\ period\ of\ )?{_RELATIVE_YEAR}
    | (?:in|during|since|by|for)\ (?:{MONTH}\ )?{YEAR}
    | (?:in|during|since|by)\ {MONTH}
    )\b""",
)


# The same pattern for lower-cased text, matched case-sensitively (several times faster), with a
# lookahead on the first letters the alternatives can start with (keep it in step with them), so the
# search skips most word starts at once.
TIME_EXPRESSION_FIRST_LETTERS = "[abdfilnostu12]"
TIME_EXPRESSION_LOWER = re.compile(TIME_EXPRESSION.pattern.replace("(?ix)", "(?x)", 1).lower()
                                   .replace(r"\b(?:", rf"\b(?={TIME_EXPRESSION_FIRST_LETTERS})(?:", 1))


def whole_years(start: str | None, end: str | None) -> bool:
    """Whether resolved dates (``resolve_period``) run from a 1 January to a 31 December.

    >>> whole_years("2016-01-01", "2016-12-31"), whole_years("2023-01-01", "2024-12-31")
    (True, True)
    >>> whole_years("2016-07-01", "2016-09-30"), whole_years(None, "2016-12-31")
    (False, False)
    """
    return start is not None and end is not None and start[5:] == "01-01" and end[5:] == "12-31"


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_of(text: str, published: date | None) -> int | None:
    """The year a phrase names, explicitly or relative to ``published``."""
    if match := re.search(YEAR, text):
        return int(match.group())
    if published is None:
        return None
    lowered = text.lower()
    if "last year" in lowered or "previous year" in lowered or "past year" in lowered:
        return published.year - 1
    if "next year" in lowered:
        return published.year + 1
    return published.year


@lru_cache(maxsize=4096)
def resolve_time(text: str, published: date | None = None) -> tuple[str | None, str | None]:
    """ISO (start, end) of a time expression; (None, None) when it cannot be placed.

    >>> resolve_time("in 2019")
    ('2019-01-01', '2019-12-31')
    >>> resolve_time("from 2016 to 2020")
    ('2016-01-01', '2020-12-31')
    >>> resolve_time("at the end of October", date(2020, 11, 20))
    ('2020-10-31', '2020-10-31')
    >>> resolve_time("by the end of July", date(2023, 8, 22))
    ('2023-07-31', '2023-07-31')
    >>> resolve_time("last year", date(2023, 8, 22))
    ('2022-01-01', '2022-12-31')
    >>> resolve_time("in the first three quarters", date(2020, 11, 20))
    ('2020-01-01', '2020-09-30')
    >>> resolve_time("the fourth quarter of 2023")
    ('2023-10-01', '2023-12-31')
    >>> resolve_time("2015-16")
    ('2015-01-01', '2016-12-31')
    >>> resolve_time("in the last five years", date(2020, 11, 20))
    ('2015-11-20', '2020-11-20')
    >>> resolve_time("last year")
    (None, None)
    >>> TIME_EXPRESSION.search("allocated 1.2 billion yuan this year").group()
    'this year'
    >>> TIME_EXPRESSION.search("by the end of the first quarter of 2024").group()
    'by the end of the first quarter of 2024'
    """
    lowered = " ".join(text.lower().split())
    years = [int(y) for y in re.findall(YEAR, lowered)]
    if (match := re.search(rf"{YEAR}\s*[-–]\s*(\d\d)\b(?!\d)", lowered)) and len(years) == 1:
        years.append(int(str(years[0])[:2] + match.group(1)))
    if len(years) >= 2 and not re.search(MONTH, text):
        return f"{years[0]}-01-01", f"{years[-1]}-12-31"
    if match := re.search(r"(?:past|last) (\w+) years", lowered):
        count = COUNTS.get(match.group(1)) or (int(match.group(1)) if match.group(1).isdigit() else None)
        if published is None or count is None:
            return None, None
        return published.replace(year=published.year - count).isoformat(), published.isoformat()
    year = _year_of(lowered, published)
    if year is None:
        return None, None
    if match := re.search(r"first (?:(\w+) )?(quarters?|half|months?)", lowered):
        number = match.group(1)
        count = 1 if number is None else COUNTS.get(number) or (int(number) if number.isdigit() else 1)
        months = {"half": 6}.get(match.group(2), count * 3 if match.group(2).startswith("quarter") else count)
        end = _month_end(year, min(months, 12)).isoformat()
        return (end, end) if "end of" in lowered else (f"{year}-01-01", end)
    if match := re.search(r"(first|second|third|fourth|1st|2nd|3rd|4th) quarter", lowered):
        quarter = ORDINALS[match.group(1)]
        start = date(year, 3 * quarter - 2, 1)
        end = _month_end(year, 3 * quarter)
        return (end.isoformat(),) * 2 if "end of" in lowered else (start.isoformat(), end.isoformat())
    month_match = re.search(MONTH, text, flags=re.IGNORECASE)
    if (month_match and not re.fullmatch(r"(?i)may", month_match.group())) \
            or re.search(r"\b(?:in|of|by|until|since|before|during) may\b", lowered):
        month = MONTHS[month_match.group().lower().rstrip(".")]
        if not re.search(YEAR, lowered) and published is not None and month > published.month \
                and not DEADLINE.match(lowered):
            year -= 1  # "in October" in a November release is this year; in a March one, last year
        end = _month_end(year, month)
        if "end of" in lowered:
            return end.isoformat(), end.isoformat()
        return date(year, month, 1).isoformat(), end.isoformat()
    if "end of" in lowered:
        return f"{year}-12-31", f"{year}-12-31"
    return f"{year}-01-01", f"{year}-12-31"


# -- the period a figure refers to ----------------------------------------------------------------
# A wider grammar than TIME_EXPRESSION (which the quantities scanner also uses to reject numbers
# that are part of a date): every way a release states the period of a figure or its comparison
# base. Alternatives are tried left to right at each position, longest shapes first.
_Y = r"(?:19|20)\d\d"
_M = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
      r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_N = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
_ORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_REL = r"(?:last|this|next|the\s+previous|the\s+past|the\s+current|the\s+preceding|the\s+prior|the\s+coming)"
_YEAR_REF = rf"(?:{_Y}|{_REL}\s+year|the\s+year|that\s+year)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_FULL = rf"(?:{_M}\s+{_DAY},?\s+{_Y}|{_DAY}\s+{_M},?\s+{_Y}|{_Y}-\d\d-\d\d)"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A fiscal year's stated start or end is part of it, not a period of its own ("the 2022 fiscal year
# starting in October", "the financial year ending 31 March 2025").
_FISCAL = r"(?:fiscal|financial|budget)\s+year"
_BOUNDARY = (rf"(?:starting|beginning|ending|that\s+(?:starts|begins|ends)|which\s+(?:starts|begins|ends))\s+"
             rf"(?:(?:in|on)\s+)?(?:{_FULL}|{_M}(?:\s+{_DAY})?(?:,?\s+{_Y})?|{_DAY}\s+{_M}(?:,?\s+{_Y})?)")
_PERIOD_SHAPES = [
    # fiscal years named by their year before the words, or by their start or end
    rf"(?:(?:in|during|for|of)\s+)?(?:the\s+)?{_Y}(?:\s*[-–/]\s*(?:{_Y}|\d\d))?\s+{_FISCAL}(?:\s+{_BOUNDARY})?",
    rf"(?:(?:in|during|for|of)\s+)?(?:the\s+)?(?:{_REL}\s+|new\s+)?{_FISCAL}\s+{_BOUNDARY}",
    # spans
    rf"(?:from|between)\s+(?:{_M}\s+)?{_Y}\s+(?:to|and|through|till|until)\s+(?:{_M}\s+)?{_Y}",
    rf"(?:fiscal(?:\s+years?)?|FY)\s*'?(?:{_Y}|\d\d)(?:\s*[-–/]\s*(?:{_Y}|\d\d))?(?!\d)",
    rf"{_Y}\s*[-–/]\s*(?:{_Y}|\d\d)(?![\d,.]\d|-\d)",
    rf"(?:(?:in|during|over|for)\s+)?the\s+(?:past|last|previous|recent|coming|next)\s+(?:{_N}\s+)?"
    rf"(?:years|decades?|months)",
    r"in\s+recent\s+years",
    rf"since\s+(?:(?:the\s+(?:start|beginning)\s+of\s+)?(?:{_M}\s+)?{_Y}|(?:its|the|their|his|her|it|they|we)\s+"
    rf"(?:\w+\s+){{1,2}}in\s+{_Y}|the\s+(?:start|beginning)\s+of\s+"
    rf"(?:the|this)\s+year)",
    # ends and dates
    rf"(?:(?:at|by|as\s+of|until|till|to|before|from|since)\s+)?(?:the\s+)?end\s+of\s+(?:{_M}(?:\s+{_Y})?|{_YEAR_REF}|"
    rf"the\s+{_ORD}\s+(?:quarter|half)(?:\s+of\s+{_YEAR_REF})?|{_Y}|(?:the\s+)?{_REL}\s+(?:month|quarter))",
    rf"(?:(?:by|as\s+(?:of|at)|until|before)\s+)?(?:end|mid|early|late)[-\s](?:{_M}|{_Y}|year)(?:,?\s+{_Y})?",
    r"(?:(?:by|at|before)\s+)?(?:the\s+)?year[-\s]end",
    rf"(?:(?:on|as\s+(?:of|at)|by|until|till|through|since)\s+)?{_FULL}",
    rf"(?:on|as\s+(?:of|at)|by|until|till|through|since|from)\s+(?:{_M}\s+{_DAY}|{_DAY}\s+{_M})(?!\w|,?\s*(?:19|20)\d\d)",
    # a month named by its year relative to the publication: "July last year", "this February"
    rf"(?:(?:in|during|for|of|since|until|by|than)\s+)?{_M}\s+(?:of\s+)?{_REL}\s+year",
    rf"(?:(?:in|during|for|of|since|until|by|than)\s+)?(?:this|last|next)\s+{_M}(?!\s*\d)",
    # months, quarters, halves
    rf"(?:from\s+)?{_M}(?:\s+{_Y})?\s*(?:-|–|to|through|till|until)\s*{_M}(?:,?\s+{_Y})?",
    rf"between\s+{_M}(?:\s+{_Y})?\s+and\s+{_M}(?:,?\s+{_Y})?",
    rf"(?:(?:in|during|for|over)\s+)?the\s+first\s+(?:{_N}\s+)?(?:quarters?|half|months?)"
    rf"(?:\s+of\s+{_YEAR_REF})?",
    rf"(?:(?:in|during|for)\s+)?the\s+{_ORD}\s+(?:quarter|half)(?:\s+of\s+{_YEAR_REF}|\s+{_Y})?",
    # statistics releases drop the article when the year follows: "at first quarter 2019", "Second half of 2023"
    rf"{_ORD}\s+(?:quarter|half)(?:\s+of)?\s+{_Y}",
    rf"(?:in\s+)?(?:[Qq][1-4]|H[12])(?:\s+(?:of\s+)?{_Y})?(?![\w-])",
    rf"{_Y}\s*(?:[Qq][1-4]|H[12])\b",
    rf"(?:(?:in|during|by|for|since|as\s+of|until|of)\s+)?{_M},?\s+{_Y}",
    rf"(?:in|during|by|for|since|until|as\s+of)\s+{_M}(?!\s*\d)",
    # relative to the publication (or the figure's own time, for a base)
    rf"the\s+(?:same|corresponding)\s+(?:period|time|month|quarter|day)\s+(?:of|in|last)\s+(?:{_YEAR_REF}|year)",
    r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+year\s+before",
    rf"(?:so\s+far\s+)?{_REL}\s+(?:(?:fiscal|financial)\s+)?(?:year|month|quarter|week|season|{_SEASON})(?:['’]s)?",
    rf"(?:in\s+)?{_Y}'s",
    r"(?:so\s+far|to\s+date|year\s+to\s+date|as\s+of\s+now|at\s+present|currently|now|today|yesterday|this\s+week)",
    rf"(?:on|last)\s+{_WEEKDAY}",
    # years: not one in a name ("Report 2022", "Vision 2030")
    rf"(?:(?:in|during|by|for|of|before|until|over|than|against|on|with)\s+)?(?:the\s+(?:whole\s+)?year\s+)?{_Y}"
    rf"(?:\s*[-–/]\s*(?:{_Y}|\d\d)(?![\d,.]\d|-\d))?(?![\d,.]\d|\s*(?:%|per\s*cent|percent))",
]
PERIOD = re.compile(r"(?i)(?<![\w.-])(?:" + "|".join(f"(?:{s})" for s in _PERIOD_SHAPES) + r")(?![\w-])")
# The same for same-length lower-cased text, matched case-sensitively behind a lookahead on the
# first words the shapes can start with, and for the commonest of them the word after ("the" only before
# "past", "end", "same"...; "in" only before "the", a month, a year...; a number only when it is a year
# or a day before a month): the search skips most word starts at once and tries the shapes at one in
# ten. The lookahead's words are grouped by first letter (the engine tests one letter per group, not
# every word), so it is tried in about two thirds of the time. Keep it in step with the shapes (a
# test checks it finds what PERIOD finds).
_MONTH_START = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_BEFORE_DATE = rf"\s+(?:the\s|\d|{_MONTH_START}|(?:last|this|next)\s)"  # "of the", "of 2023", "of may", "than last"
# "in the", "in recent", "in q3", "in 2023", "in this"
_IN_BEFORE = rf"\s+(?:the\s|recent|[qh]\d|\d|{_MONTH_START}|(?:last|this|next)\s)"
_PERIOD_FIRST = (
    r"(?=t(?:he\s+(?:past|last|previous|recent|coming|next|end|year|first|second|third|fourth|1st|2nd|3rd|4th|"
    rf"same|corresponding|current|preceding|prior|whole|new\s|fiscal|financial|budget|(?:19|20)\d\d)|han{_BEFORE_DATE}|o\s+(?:the\s|date|end\s)|ill\s|his\s|oday)"
    rf"|o(?:f{_BEFORE_DATE}|ver{_BEFORE_DATE}|ne\s+year|n\s+(?:the\s|\d|{_MONTH_START}|\w+day)|ct)"
    rf"|with{_BEFORE_DATE}|a(?:gainst{_BEFORE_DATE}|\s+year|t\s|s\s|pr|ug)|in{_IN_BEFORE}"
    rf"|f(?:or{_IN_BEFORE}|rom\s|iscal|inancial|y|eb)|d(?:uring{_IN_BEFORE}|ec)|b(?:etween|y|efore|udget)\s"
    r"|s(?:ince\s|o\s|ep)"
    r"|until\s|la(?:st\s|te[-\s])|n(?:ext\s|ow|ov)|e(?:nd|arly)[-\s]|m(?:id[-\s]|ar|ay)|y(?:ear[-\s]|esterday)"
    rf"|currently|h[12]|q[1-4]|j(?:an|u[nl])|(?:19|20)\d\d|\d\d?(?:st|nd|rd|th)?\s+{_MONTH_START}"
    rf"|{_ORD}\s+(?:quarter|half)\s)"
)
PERIOD_LOWER = re.compile(r"(?<![\w.-])" + _PERIOD_FIRST + "(?:" + "|".join(f"(?:{s})" for s in _PERIOD_SHAPES).lower()
                          + r")(?![\w-])")


def _year(value: str, century_of: int | None = None) -> int:
    """ "2024" -> 2024; "25" -> 2025 (or the century of ``century_of``)."""
    number = int(value)
    if number >= 100:
        return number
    return (century_of // 100 * 100 if century_of else 2000) + number


@lru_cache(maxsize=8192)
def resolve_period(text: str, published: date | None = None,
                   reference: date | None = None) -> tuple[str | None, str | None]:
    """ISO (start, end) of a ``PERIOD``; relative times resolve against ``reference`` (the
    figure's own time, for a comparison base) else ``published``. (None, None) when unplaceable.

    >>> resolve_period("FY 2007")
    ('2007-01-01', '2007-12-31')
    >>> resolve_period("2024-25")
    ('2024-01-01', '2025-12-31')
    >>> resolve_period("in H1 2024")
    ('2024-01-01', '2024-06-30')
    >>> resolve_period("Q3", date(2023, 11, 2))
    ('2023-07-01', '2023-09-30')
    >>> resolve_period("January-October", date(2023, 11, 2))
    ('2023-01-01', '2023-10-31')
    >>> resolve_period("as of now", date(2023, 11, 2))
    ('2023-11-02', '2023-11-02')
    >>> resolve_period("since 2000", date(2023, 11, 2))
    ('2000-01-01', '2023-11-02')
    >>> resolve_period("by 2030")
    ('2030-01-01', '2030-12-31')
    >>> resolve_period("the previous year", date(2023, 11, 2), reference=date(2021, 12, 31))
    ('2020-01-01', '2020-12-31')
    >>> resolve_period("as at end-March 2023")
    ('2023-03-31', '2023-03-31')
    >>> resolve_period("the previous quarter", date(2024, 2, 10))
    ('2023-10-01', '2023-12-31')
    >>> resolve_period("on Tuesday", date(2023, 11, 2))
    ('2023-11-02', '2023-11-02')
    """
    lowered = " ".join(text.lower().split())
    if bounded := re.search(rf"\b{_FISCAL} (?:starting|beginning|ending|that|which)\b", lowered):
        return _bounded_fiscal_year(lowered, bounded.start(), published)
    if re.search(r"\b(?:fiscal|financial) year\b(?!\s*'?\d)", lowered):  # "last fiscal year": a year like any
        text = lowered = re.sub(r"\b(?:fiscal|financial) year\b", "year", lowered)
    anchor = reference or published
    years = [int(y) for y in re.findall(_Y, lowered)]
    if fiscal := re.search(rf"(?:fiscal(?: years?)?|fy)\s*'?({_Y}|\d\d)(?:\s*[-–/]\s*({_Y}|\d\d))?", lowered):
        first = _year(fiscal.group(1))
        last = _year(fiscal.group(2), first) if fiscal.group(2) else first
        return f"{first}-01-01", f"{last}-12-31"
    if (span := re.search(rf"({_Y})\s*[-–/]\s*(\d\d)(?!\d|-\d)", lowered)) and len(years) == 1:
        last, month = _year(span.group(2), years[0]), int(span.group(2))
        if last <= years[0] and 1 <= month <= 12:  # "2023-03": a month, not a span of years
            return date(years[0], month, 1).isoformat(), _month_end(years[0], month).isoformat()
        return f"{years[0]}-01-01", f"{last}-12-31"
    if re.search(rf"\b{_WEEKDAY}\b|\b(?:now|today|yesterday|at present|currently|so far|to date)\b", lowered) \
            and not years and "year" not in lowered:
        return (published.isoformat(),) * 2 if published else (None, None)
    if lowered.startswith("since") and years:
        return f"{years[0]}-01-01" if not re.search(_M, text, re.I) else _month_start(text, years[0]), \
            (published.isoformat() if published else f"{years[0]}-12-31")
    if (relative := RELATIVE_MONTH.search(lowered)) and not years:
        return _relative_month(relative, anchor)
    if re.search(r"\b(?:(?:a|one) year (?:earlier|ago|before)|the year before|(?:the )?(?:previous|preceding|prior) "
                 r"year)\b", lowered) and not years:
        return (f"{anchor.year - 1}-01-01", f"{anchor.year - 1}-12-31") if anchor else (None, None)
    if half := re.search(r"\b(?:h([12])|q([1-4]))\b", lowered):
        year = years[0] if years else (published.year if published else None)
        if year is None:
            return None, None
        if published and not years:
            year = _latest_year_ending_before(year, 6 if half.group(1) else 3 * int(half.group(2)) - 2, published)
        if half.group(1):
            first_month, last_month = (1, 6) if half.group(1) == "1" else (7, 12)
        else:
            first_month, last_month = 3 * int(half.group(2)) - 2, 3 * int(half.group(2))
        return date(year, first_month, 1).isoformat(), _month_end(year, last_month).isoformat()
    if second_half := re.search(r"\bthe second half\b", lowered):
        year = years[0] if years else _year_of(lowered.replace(second_half.group(), ""), published)
        return (f"{year}-07-01", f"{year}-12-31") if year else (None, None)
    months = [MONTHS[m.lower().rstrip(".")] for m in re.findall(_M, text, re.I)
              if m.lower().rstrip(".") != "may" or re.search(r"\bmay\b(?!\s+(?:be|have|not|also))", lowered)]
    if len(months) == 2 and not re.search(r"\bend of\b", lowered):
        year = years[-1] if years else (published.year if published else None)
        if year is None:
            return None, None
        if published and not years and months[1] > published.month and not DEADLINE.match(lowered):
            year -= 1
        return date(year, months[0], 1).isoformat(), _month_end(year, months[1]).isoformat()
    if point := re.search(rf"(?i)\b(?:end|mid|early|late)[- ]({_M}|{_Y}|year)(?:,? ({_Y}))?", lowered):
        word = point.group(1)
        year = int(point.group(2)) if point.group(2) else (int(word) if word.isdigit() else
                                                          (published.year if published else None))
        if year is None:
            return None, None
        month = 12 if word.isdigit() or word == "year" else MONTHS[word.rstrip(".")]
        if point.group().startswith("end"):
            return (_month_end(year, month).isoformat(),) * 2
        if word.isdigit() or word == "year":
            return (f"{year}-04-01", f"{year}-09-30") if point.group().startswith("mid") else \
                (f"{year}-01-01", f"{year}-12-31")
        return date(year, month, 1).isoformat(), _month_end(year, month).isoformat()
    if re.search(r"\byear[- ]end\b", lowered):
        return (f"{published.year}-12-31",) * 2 if published else (None, None)
    if (day := re.search(rf"(?i)\b(?:({_M}) (\d{{1,2}})|(\d{{1,2}})(?:st|nd|rd|th)? ({_M}))(?!,? ?\d)", text)) \
            and not years and published is not None:
        month = MONTHS[(day.group(1) or day.group(4)).lower().rstrip(".")]
        try:
            found = date(published.year, month, int(day.group(2) or day.group(3)))
        except ValueError:
            return None, None
        if found > published and not DEADLINE.match(lowered):
            found = found.replace(year=published.year - 1) if (month, found.day) != (2, 29) else found
        end = published if lowered.startswith(("since", "from")) else found
        return found.isoformat(), end.isoformat()
    if day := re.search(rf"(?i)({_M}) (\d{{1,2}})(?:st|nd|rd|th)?,? ({_Y})|(\d{{1,2}})(?:st|nd|rd|th)? ({_M}),? ({_Y})|"
                        rf"({_Y})-(\d\d)-(\d\d)", lowered):
        try:
            if day.group(1):
                found = date(int(day.group(3)), MONTHS[day.group(1).rstrip(".")], int(day.group(2)))
            elif day.group(4):
                found = date(int(day.group(6)), MONTHS[day.group(5).rstrip(".")], int(day.group(4)))
            else:
                found = date(int(day.group(7)), int(day.group(8)), int(day.group(9)))
        except ValueError:
            return None, None
        return found.isoformat(), found.isoformat()
    if months_span := re.search(r"\b(?:past|last|previous) (?:(\w+) )?months\b", lowered):
        count = COUNTS.get(months_span.group(1) or "") or (int(months_span.group(1)) if (months_span.group(1) or "")
                                                           .isdigit() else None)
        if published is None or count is None:
            return None, None
        month_index = published.year * 12 + published.month - 1 - count
        return date(month_index // 12, month_index % 12 + 1, 1).isoformat(), published.isoformat()
    if re.search(r"\b(?:past|last|previous|recent|coming|next) (?:\w+ )?(?:years|decades?)\b|recent years", lowered):
        count_word = re.search(r"(?:past|last|previous|coming|next) (\w+) (?:years|decades?)", lowered)
        count = None
        if count_word:
            count = COUNTS.get(count_word.group(1)) or (int(count_word.group(1)) if count_word.group(1).isdigit()
                                                       else None)
        count = (count or 1) * (10 if "decade" in lowered else 1) if count_word or "decade" in lowered else 5
        if published is None:
            return None, None
        if re.search(r"\b(?:coming|next)\b", lowered):
            return published.isoformat(), date(published.year + count, 12, 31).isoformat()
        return date(published.year - count, 1, 1).isoformat(), published.isoformat()
    if step := re.search(r"\b(this|last|next|previous|preceding|prior|past|current|coming) quarter\b", lowered):
        if anchor is None:
            return None, None
        index = anchor.year * 4 + (anchor.month - 1) // 3 + YEAR_STEP.get(step.group(1), 0)
        year, first_month = index // 4, index % 4 * 3 + 1
        return date(year, first_month, 1).isoformat(), _month_end(year, first_month + 2).isoformat()
    if re.search(r"\b(?:this|last|next|previous|past|current|coming) (?:month|week)\b", lowered):
        if published is None:
            return None, None
        year, month = published.year, published.month
        if re.search(r"\b(?:last|previous|past) month\b", lowered):
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        elif re.search(r"\b(?:next|coming) month\b", lowered):
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        return date(year, month, 1).isoformat(), _month_end(year, month).isoformat()
    if re.search(rf"\b(?:this|last|next|previous|past|current|coming) (?:season|{_SEASON})\b", lowered):
        if published is None:
            return None, None
        year = published.year - (1 if re.search(r"\b(?:last|previous|past)\b", lowered) else 0)
        return f"{year}-01-01", f"{year}-12-31"
    if re.search(r"\bthe (?:same|corresponding) (?:period|time|month|quarter|day)\b", lowered) and not years:
        return (f"{anchor.year - 1}-01-01", f"{anchor.year - 1}-12-31") if anchor else (None, None)
    return resolve_time(text, published)


RELATIVE_MONTH = re.compile(rf"(?i)\b(?:(?P<m1>{_M}) (?:of )?(?P<r1>{_REL}) year|(?P<r2>this|last|next) (?P<m2>{_M}))")
YEAR_STEP = {"last": -1, "previous": -1, "past": -1, "preceding": -1, "prior": -1, "next": 1, "coming": 1}


def _relative_month(match: re.Match[str], anchor: date | None) -> tuple[str | None, str | None]:
    """ "July last year" is July of the year before ``anchor``; "this February" February of its year;
    "last February" the latest February before the anchor's month and the one before it (a report
    on this February, out in March, sets it against the February a year before)."""
    if anchor is None:
        return None, None
    month = MONTHS[(match["m1"] or match["m2"]).lower().rstrip(".")]
    word = (match["r1"] or match["r2"]).split()[-1]
    year = anchor.year + YEAR_STEP.get(word, 0)
    if match["r2"] == "last":
        year = anchor.year if month < anchor.month - 1 else anchor.year - 1
    elif match["r2"] == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
    return date(year, month, 1).isoformat(), _month_end(year, month).isoformat()


def _month_start(text: str, year: int) -> str:
    month = re.search(_M, text, re.I)
    return date(year, MONTHS[month.group().lower().rstrip(".")], 1).isoformat() if month else f"{year}-01-01"


def _latest_year_ending_before(year: int, first_month: int, published: date) -> int:
    """A quarter or half named without its year is the latest one that began before publication."""
    return year if first_month <= published.month else year - 1


def _bounded_fiscal_year(lowered: str, at: int, published: date | None) -> tuple[str | None, str | None]:
    """A fiscal year stated with its start or end: the years of its label ("the 2022 fiscal year
    starting in October" is fiscal 2022, whatever calendar months it spans), else the year its stated
    end falls in; a label-less one only its start names is unplaced (whether "the fiscal year starting
    in October" is this year's or next year's fiscal year depends on the country's convention)."""
    label, boundary = lowered[:at], lowered[at:]
    if re.search(_Y, label):
        return resolve_period(label, published)
    if "end" in boundary and (year := re.search(_Y, boundary)):
        return f"{year.group()}-01-01", f"{year.group()}-12-31"
    if re.search(rf"\b{_REL}\b", label):
        return resolve_period(label + "year", published)
    return None, None
