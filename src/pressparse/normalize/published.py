"""The publication date an article states: header and footer lines, datelines, the page's url.

Scraped releases say when they were published in a handful of places: a labelled header line
("Release date: 2021-10-18", "Posted On: 14 MAR 2023 5:42PM by PIB Delhi"), a short line that is
or ends with a date ("June 3, 2022", "National Treasury, Pretoria, 1 March 2023"), a dateline
opening the first paragraph ("WASHINGTON, Sept. 18, 2023 –"), or a closing line ("Ends/Thursday,
May 18, 2023"). Wire datelines often drop the year ("BEIJING, June 21 --"): the year then comes
from the url, else from the text itself (a full date with the same month and day, or the latest
year the text speaks of as past). Only the first and last lines are read: a date inside the body
is an event, not the publication.
"""

from __future__ import annotations

import re
from datetime import date
from typing import NamedTuple

from .dates import MONTHS, PERIOD, resolve_period, whole_years

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
          r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
# A full date; each alternative names its parts y, m (number or month name) and d.
_FULL_DATES = (
    r"(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)",
    r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日",
    rf"(?P<m>{_MONTH})\s+{_DAY},?\s+(?P<y>(?:19|20)\d\d)",
    rf"{_DAY}\s+(?:of\s+)?(?P<m>{_MONTH}),?\s+(?P<y>(?:19|20)\d\d)",
    # 18.01.2024: day first, unless the second number cannot be a month (12/18/2023)
    r"(?P<d>[0-3]?\d)[./-](?P<m>[01]?\d)[./-](?P<y>(?:19|20)\d\d)",
    r"(?P<m>[01]?\d)[/](?P<d>[0-3]?\d)[/](?P<y>(?:19|20)\d\d)",
    rf"{_DAY}-(?P<m>{_MONTH})-(?P<y>(?:19|20)\d\d)",
)
# A date may run on into an ISO clock time ("2024-03-05T10:02:00+08:00", a scraper's metadata line).
FULL_DATE = [re.compile(rf"(?i)(?<![\w.]){p}(?!(?!T\d\d:)\w)") for p in _FULL_DATES]
# What each full date holds, found by a scan that jumps in C to a digit, "-" or a month's letters (the
# patterns open with a lookbehind, tried at every position): a text without it is not searched for
# that pattern. The month-led hint reads any month name: a three-letter start, letters, a dot.
_MONTH_HINT = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
FULL_DATE_HINTS = [re.compile(p) for p in (
    r"(?:19|20)\d\d[-/.]\d", r"年", r"(?i)\d(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d",
    rf"(?i){_MONTH_HINT},?\s+(?:19|20)\d\d", r"\d[./-](?:19|20)\d\d", r"\d/(?:19|20)\d\d", r"-(?:19|20)\d\d")]
# Every full date holds a year: a line without one is not tried against the seven patterns.
YEAR = re.compile(r"(?:19|20)\d\d")
# A month and day without a year: "June 21", "Aug. 10", "15 October".
MONTH_DAY = [re.compile(rf"(?i)(?<![\w.])(?P<m>{_MONTH})\s+{_DAY}(?![\w,]|,\s*(?:19|20)\d\d)"),
             re.compile(rf"(?i)(?<![\w.]){_DAY}\s+(?P<m>{_MONTH})(?!\w|,?\s+(?:19|20)\d\d)")]
# A header label before the date: "Release date:", "Posted On:", "Date:", "Published", "Updated:".
LABEL = re.compile(r"(?i)\b(?:release[ds]?\s*(?:date|time|on)?|date[ds]?|posted(?:\s+on)?|published(?:\s+on)?|"
                   r"updated|issued(?:\s+on)?|ends)\s*[:：/|-]?\s*(?:\w+day,?\s*)?$")
# What may stand before a dateline's date: place names in capitals, commas, slashes, an agency.
DATELINE_PREFIX = re.compile(r"[A-Z][\w.'’&() -]*(?:\s*[,/]\s*[A-Z][\w.'’&() -]*)*,?\s*(?:\w+day,?\s*)?")
# What may follow a dateline's date: "(Xinhua)", then a dash, "--", a colon or the end of the line.
DATELINE_END = re.compile(r"\s*(?:\([^)\n]{1,40}\)\s*)?(?:-{1,2}|[–—:]|$)")
# A dateline's place without its comma ("Addis Ababa", "Dar es Salaam"), and the wire agency that
# then must follow the date.
_NOT_PLACE = r"(?!(?:On|In|At|By|As|The|From|Since|Until|Before|After|Dated?)\b)"
PLACE_WORDS = re.compile(rf"{_NOT_PLACE}[A-Z][\w.'’-]*(?:\s+(?:[a-z]{{1,3}}\s+)?{_NOT_PLACE}[A-Z][\w.'’-]*){{0,3}}")
AGENCY_AFTER = re.compile(r"\s*\((?!\w+day\))[A-Z][A-Za-z.&' -]{1,30}\)")
# What may follow a date that ends a header line: a clock time, a source, punctuation.
LINE_END = re.compile(r"[\s,.]*(?:\d\d?[:.]\d\d(?:[:.]\d\d)?\s*(?:[AaPp]\.?[Mm]\.?)?)?"
                      r"(?:\s*(?:\||by|\().*)?\s*$")
# A character no date holds or ends before a date-like run ("%", "(", ";", a quote): a line cut just after
# one keeps whole every date before it, and the lookarounds of the patterns see the same characters.
DATE_BREAK = re.compile(r"[^\w\s,./-]")
# A word every LABEL starts with, at a word start: a long line without one can only be a dateline (or
# hold no publication date).
LABEL_WORDS = ("releas", "date", "posted", "published", "updated", "issued", "ends")
LABEL_WORD = re.compile(r"(?i)\b(?:" + "|".join(LABEL_WORDS) + ")")
LATE_MONTH = 10
DATELINE_BEFORE = 60  # characters at most before a dateline's date ("WASHINGTON, ")
HEADER_LINES = 25
FOOTER_LINES = 6
SHORT_LINE = 40
TITLE_LINE = 120
URL_DATE = re.compile(r"(?i)(?<!\d)(?P<y>(?:19|20)\d\d)[-/_]?(?P<m>[01]\d)[-/_]?(?:(?P<d>[0-3]\d)(?!\d))?|"
                      rf"(?<![\w])(?P<d2>[0-3]?\d)-(?P<m2>{_MONTH})-(?P<y2>(?:19|20)\d\d)(?!\d)")
URL_YEAR = re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)(?!\d)")
# A sentence about a year gone by ("reached 5.91 trillion yuan in 2023"), and what makes it not.
PAST_YEAR = re.compile(r"\b(?:in|during)\s+(?:the\s+(?:whole|full)\s+(?:year\s+)?(?:of\s+)?)?"
                       r"(?P<y>(?:19|20)\d\d)\b(?!\s*[-–/]|\s+(?:levels?|to|and|through)\b)")
NOT_PAST = re.compile(r"(?i)\b(?:will|would|shall|aims?|aimed|plans?|planned|targets?|expects?|expected|goal|"
                      r"projected|forecast|so\s+far|to\s+date|this\s+year|by|until|since|before|budget)\b")
PAST_VERB = re.compile(r"(?i)\b\w{3,}ed\b|\b(?:was|were|grew|rose|fell|hit|saw|won|spent|made|took|gave)\b")
LAST_YEAR = re.compile(r"(?i)\blast\s+year\b")
SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=\S))+(?:[.!?]+|$)")


class Stated(NamedTuple):
    """A publication date and where it was read: characters ``start``-``end`` of the text, or
    the url (offsets None)."""

    day: date
    start: int | None
    end: int | None
    where: str


def _month(value: str) -> int:
    return int(value) if value.isdigit() else MONTHS[value.lower().rstrip(".")]


def _date(match: re.Match[str], year: int | None = None) -> date | None:
    try:
        return date(year or int(match["y"]), _month(match["m"]), int(match["d"]))
    except (ValueError, KeyError):
        return None


def _url_date(m: re.Match[str]) -> date | None:
    """ "/2023/09/21/", "20230921", "10-Aug-2023" in a url."""
    try:
        if m["d2"]:
            return date(int(m["y2"]), _month(m["m2"]), int(m["d2"]))
        return date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None


def _lines(text: str) -> list[tuple[int, str]]:
    """Non-empty lines with their offsets."""
    out, offset = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((offset, line))
        offset += len(line) + 1
    return out


def _full_date_in_line(line: str, header: bool) -> tuple[re.Match[str], date] | None:
    """A full date that makes this line a publication line: labelled, the line's end, a short
    line, a "|"-separated field, or (in the header) a dateline opening a paragraph."""
    if not YEAR.search(line):
        return None
    stripped = line.strip()
    # A long line with no label and no "|" (most body lines) takes only a dateline's date, at its start.
    only_dateline = len(stripped) > TITLE_LINE and "|" not in line and not _has_label_word(line)
    if only_dateline and not (header and _dateline_prefix_in(line)):
        return None
    searched = _dateline_part(line) if only_dateline else line
    for pattern in FULL_DATE:
        for m in pattern.finditer(searched):
            day = _date(m)
            if day is None:
                continue
            before, after = line[:m.start()], line[m.end():]
            if (LABEL.search(before) or len(stripped) <= SHORT_LINE
                    or ("|" in line and "|" in before + after[:3])
                    or (len(stripped) <= TITLE_LINE and LINE_END.fullmatch(after))
                    or (header and _is_dateline(before, after))):
                return m, day
    return None


def _is_dateline(before: str, after: str) -> bool:
    """ "WASHINGTON, " before and " – The ..." after: a place (and agency) opening a paragraph; or a
    place's capitalized words without the comma before and the wire agency in brackets after
    ("Addis Ababa November 1, 2022 (ENA) The ...")."""
    before = before.strip()
    if not before or len(before) > DATELINE_BEFORE:
        return False
    if before.endswith(","):
        return bool(DATELINE_PREFIX.fullmatch(before)) and bool(DATELINE_END.match(after))
    return bool(PLACE_WORDS.fullmatch(before)) and bool(AGENCY_AFTER.match(after))


def _has_label_word(line: str) -> bool:
    """``LABEL_WORD.search(line)``, several times faster on ASCII text (the usual case), where
    lower-casing folds case exactly as the pattern does."""
    if not line.isascii():
        return bool(LABEL_WORD.search(line))
    lowered = line.lower()
    for word in LABEL_WORDS:
        at = lowered.find(word)
        while at != -1:
            if at == 0 or not (lowered[at - 1].isalnum() or lowered[at - 1] == "_"):  # a word start
                return True
            at = lowered.find(word, at + 1)
    return False


def _dateline_prefix_in(line: str) -> bool:
    """Whether the line opens with what a dateline's date follows ("WASHINGTON, ", "ACCRA / LOME, "):
    capitalized names ending in a comma within its first ``DATELINE_BEFORE`` characters, as
    ``_is_dateline`` asks of the text before the date; a line without them has no dateline."""
    lead = len(line) - len(line.lstrip())
    comma = line.find(",", lead, lead + DATELINE_BEFORE)
    while comma != -1:
        if DATELINE_PREFIX.fullmatch(line, lead, comma + 1):
            return True
        comma = line.find(",", comma + 1, lead + DATELINE_BEFORE)
    return False


def _dateline_part(line: str) -> str:
    """The start of a line that can hold a dateline's date (the first ``DATELINE_BEFORE`` characters
    and the date after them), cut after the first character no date holds, so that the date
    patterns need not scan the rest of a long line."""
    lead = len(line) - len(line.lstrip())
    stop = DATE_BREAK.search(line, lead + DATELINE_BEFORE)
    return line[:stop.end()] if stop else line


def _month_day_dateline(line: str) -> re.Match[str] | None:
    """ "BEIJING, June 21 --": a dateline without its year. A dateline's date follows a comma within
    its first ``DATELINE_BEFORE`` characters, so a line without one is not searched, and the search
    stops at the first date further in (the words before it only grow)."""
    if not _dateline_prefix_in(line):
        return None
    searched = _dateline_part(line)
    for pattern in MONTH_DAY:
        for m in pattern.finditer(searched):
            before = line[:m.start()]
            if len(before.strip()) > DATELINE_BEFORE:
                break
            if _is_dateline(before, line[m.end():]):
                return m
    return None


def _year_from_text(text: str, month: int, day: int) -> int | None:
    """The year of a month-day dateline read off the text: a full date with the same month and
    day, else the latest year the text speaks of as past (a date before the dateline's day in
    the calendar is that year; a year reported whole, mostly the one after)."""
    lower_bounds = []
    for pattern, hint in zip(FULL_DATE, FULL_DATE_HINTS, strict=True):
        if hint.search(text) is None:
            continue
        for m in pattern.finditer(text):
            if (found := _date(m)) is None:
                continue
            if (found.month, found.day) == (month, day):
                return found.year
            lower_bounds.append(found.year if (found.month, found.day) <= (month, day) else found.year + 1)
    for sentence in SENTENCE.finditer(text):
        s = sentence.group()
        if not YEAR.search(s) or NOT_PAST.search(s) or not PAST_VERB.search(s):  # no year: nothing to add
            continue
        # A year reported whole is over, unless the dateline is in its last quarter (year-end
        # results); "fell to 88.6% last year from 90.8% in 2022": last year came after the year named.
        after = (0 if month >= LATE_MONTH else 1) + (1 if LAST_YEAR.search(s) else 0)
        lower_bounds += [int(m["y"]) + after for m in PAST_YEAR.finditer(s)]
        lower_bounds += _past_parts_of_years(s, month, day)
    return max(lower_bounds, default=None)


def _past_parts_of_years(sentence: str, month: int, day: int) -> list[int]:
    """The dateline's year as a sentence reporting parts of years as past bounds it: "fell to 15.3% in
    the third quarter of 2013" under "14 November" is out in 2013, under "3 February" in 2014 at the
    earliest (the quarter ends after the dateline's day in the calendar)."""
    bounds = []
    for m in PERIOD.finditer(sentence):
        start, end = resolve_period(m.group())
        if not (start and end) or start[:4] != end[:4] or whole_years(start, end) \
                or not YEAR.search(m.group()):
            continue
        ended = (int(end[5:7]), int(end[8:10])) <= (month, day)
        bounds.append(int(end[:4]) + (0 if ended else 1))
    return bounds


def publication_date(text: str, url: str | None = None) -> Stated | None:
    r"""The publication date ``text`` (or, failing that, its ``url``) states, or None.

    >>> publication_date("Title\n\nRelease date: 2021-10-18    Source: National Bureau of Statistics").day
    datetime.date(2021, 10, 18)
    >>> publication_date("Title\nPosted On: 14 MAR 2023 5:42PM by PIB Delhi\n\nThe Union ...").day
    datetime.date(2023, 3, 14)
    >>> publication_date("Title\n\nWASHINGTON, Sept. 18, 2023 – The department today announced ...").day
    datetime.date(2023, 9, 18)
    >>> publication_date("标题\n2023年5月18日\n\n正文").day
    datetime.date(2023, 5, 18)
    >>> publication_date("BEIJING, June 21 -- The meeting on Friday ...", "https://example.cn/2024-06/21/c_1.htm").day
    datetime.date(2024, 6, 21)
    >>> publication_date("The plan, adopted on Dec. 3, 2020, says the county will build roads.") is None
    True
    """
    lines = _lines(text)
    header, footer = lines[:HEADER_LINES], lines[HEADER_LINES:][-FOOTER_LINES:]
    for offset, line in header:
        if found := _full_date_in_line(line, header=True):
            return Stated(found[1], offset + found[0].start(), offset + found[0].end(), "header")
        if m := _month_day_dateline(line):
            url_year = URL_YEAR.search(url or "")
            year = int(url_year["y"]) if url_year else _year_from_text(text, _month(m["m"]), int(m["d"]))
            if year and (day := _date(m, year)):
                return Stated(day, offset + m.start(), offset + m.end(), "dateline")
    for offset, line in footer:
        if found := _full_date_in_line(line, header=False):
            return Stated(found[1], offset + found[0].start(), offset + found[0].end(), "footer")
    if (m := URL_DATE.search(url or "")) and (m["d"] or m["d2"]) and (day := _url_date(m)):
        return Stated(day, None, None, "url")
    return None
