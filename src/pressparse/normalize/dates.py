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
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}
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
    if match := re.search(r"(first|second|third|fourth) quarter", lowered):
        quarter = ORDINALS[match.group(1)]
        start = date(year, 3 * quarter - 2, 1)
        end = _month_end(year, 3 * quarter)
        return (end.isoformat(),) * 2 if "end of" in lowered else (start.isoformat(), end.isoformat())
    month_match = re.search(MONTH, text, flags=re.IGNORECASE)
    if (month_match and not re.fullmatch(r"(?i)may", month_match.group())) or re.search(r"\bin may\b", lowered):
        month = MONTHS[month_match.group().lower().rstrip(".")]
        if not re.search(YEAR, lowered) and published is not None and month > published.month:
            year -= 1  # "in October" in a November release is this year; in a March one, last year
        end = _month_end(year, month)
        if "end of" in lowered:
            return end.isoformat(), end.isoformat()
        return date(year, month, 1).isoformat(), end.isoformat()
    if "end of" in lowered:
        return f"{year}-12-31", f"{year}-12-31"
    return f"{year}-01-01", f"{year}-12-31"
