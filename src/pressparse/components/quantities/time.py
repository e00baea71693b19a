"""The time a figure refers to, and the comparison base it is measured against.

A careful reader places every figure in time this way:

1. the period stated next to it in its sentence ("682.85 million tonnes in 2021", "In the first
   three quarters, GDP reached ..."), the nearest one when there are several (one across a clause
   break counts as farther; the day of an announcement, "on Thursday", only when there is no other);
2. a comparison base is never the figure's time: "up 15% from last year", "compared with the same
   period of the previous year", "over 2019", "from 10.1 million in 2020" give the figure's
   ``base`` (resolved against the figure's own time); a figure inside the base clause ("10.1
   million") is the base's own figure and takes that time;
   A list of bases is bases all through ("compared to 546,000 in Q1 2019 and 557,200 in Q4 2019"),
   and so is what a figure "surpassed" or "exceeded" ("the previous year's record");
3. with no period in its sentence, the last one stated before it in its paragraph governs it
   ("carried"), else the last period of the report's own time (this year or last, a year at most)
   a figure was stated in, or a heading or a list's lead sentence states with no figure ("The main
   characteristics of the unemployed in the first quarter of 2020 were:"), in an earlier paragraph
   ("In 2023, GDP grew ..." governs the paragraphs after it until another time is stated; "In
   2016, ..." only its own paragraph); a comparison base never governs another figure;
4. with none there either, a figure in a dated report is of the report's own period: the year of
   publication up to the publication date ("published"). An undated report's own time is the one
   its lead states: the first explicit period a figure is stated for ("Trade reached 339 billion in
   the first quarter of 2019"), or a heading or lead sentence without a figure states ("changes
   during January 2019"), governs the paragraphs after it as a current period would;
5. a period in brackets beside a figure of its own ("to 28 million tonnes (21 million tonnes in Q1
   2018)") is that aside's time only: no figure outside the brackets takes it or carries it.

Relative times ("this year", "by the end of October", "last year") resolve against the
publication date; a year-less deadline later in the year than the publication, or one its sentence
looks forward to ("expects 160 million quintals by July"), is the coming one, and a target still
ahead is the time of what it is stated with only, never the report's own. In an undated report
a present state or a date without its year ("currently", "by November 1", the headline's "in Q2")
takes the year its paragraph states, else the time its lead states (its headline and subheads are
no paragraphs of the lead); one counted back or forward ("last year", "the previous quarter")
counts from the lead's time only when that is a part of a year ending by October ("in
January-July 2014", "on 9 March 2022"): a report on a whole year, or on its last months, may be
out the year after, when its "last year" is the year it reports. A text that states no year
places nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from ...normalize.dates import PERIOD_LOWER, YEAR, resolve_period, whole_years
from ..ranges import Ranges
from .figure import Figure

# A number written with thousands separators ("392,272"): one word, though it holds commas.
GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
# What turns a period into a comparison base: "from", "than", "compared with" right before it,
# maybe across the base's own figure ("from 10.1 million in 2020"), never across a span's end.
BASE_MARKER = re.compile(
    r"(?i)\b(?:from|than|over|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus|vs\.?|"
    r"relative\s+to|on|surpass(?:ed|es|ing)?|exceed(?:ed|s|ing)?|outstrip(?:ped|s|ping)?|outpac(?:ed|es|ing|e))\s+"
)
# Verbs that compare what they are said of with their object: "surpassed the previous year's record",
# "exceeded the 2019 level"; the period is a base only when no figure stands between ("exceeded 5
# million in 2020" states the figure's own time).
SURPASS = re.compile(r"(?i)(?:surpass|exceed|outstrip|outpac)")
# A period coordinated with a base ("compared to 546,000 at the first quarter of 2019 and 557,200 at the
# fourth quarter of 2019", "than the rate of 6.9% in 2019 and the rate of 6.4% in 2018"): "and", the
# next base figure (maybe after "the rate of"), a few words, no verb of a clause of its own ("and
# 41,000 jobs were created in 2023" states its own time).
COORDINATED_BASE = re.compile(
    rf"(?i)\s*,?\s*and\s+(?:(?:the|a)\s+[a-z]+\s+of\s+)?(?:about\s+|some\s+|around\s+)?"
    rf"[$€£¥]?(?:{GROUPED}|\d+(?:\.\d+)?)\s*%?"
    rf"(?:\s+(?!(?:was|were|is|are|has|have|had|will|would|be|been)\b)[^\s,;:()]+){{0,3}}?\s+"
    rf"(?:(?:at|in|during|for|of|on)\s+)?"
)
# What may stand between a base marker and its period: the base's own figure, a few words.
BASE_BETWEEN = re.compile(rf"(?i)\s*(?:(?!to\b|and\b|through\b|until\b)(?:{GROUPED}|[^\s,;:()]+)\s+){{0,5}}")
# A change or comparison before "from"/"over"/"on"/"against" makes the period after it a base.
CHANGE_CUE = re.compile(
    r"(?i)\b(?:up|down|rise|rises|rose|risen|rising|increase[sd]?|increasing|fell|fall|falls|fallen|drop(?:ped|s)?|"
    r"decline[sd]?|grew|grow|grows|growth|higher|lower|more|less|fewer|jump(?:ed|s)?|climb(?:ed|s)?|surge[sd]?|"
    r"gain(?:ed|s)?|slip(?:ped|s)?|change[sd]?|compared|moderation|year[- ]on[- ]year|year[- ]over[- ]year)\b|%|"
    r"\bper\s*cent\b|\bpercent\b"
)
DIGIT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|million|billion)\b",
                   re.IGNORECASE)
BASE_FILLERS = frozenset({"the", "that", "those", "in", "during", "for", "at", "that in", "that of", "those of",
                          "the level of", "levels of", "the levels of", "the figure of", "the level in"})
# What may stand between a base's period and the base's own figure after it: "the 2016
# production of 24,300 tonnes".
# The rest of a base clause up to another of its figures: "the 2016 production of 24,300 tonnes
# valued at 13.4 billion": no clause break, no "and", not far.
BASE_CLAUSE = re.compile(r"(?i)(?:(?!\band\b|\bwhile\b|\bbut\b|\bto\b)[^,;.!?\n]|[.,](?=\d)|(?<=\w)\.(?=\s))"
                         r"{0,60}")
BASE_TAIL = re.compile(rf"(?i)\s*(?:(?!and\b|while\b|but\b|to\b)(?:{GROUPED}|[^\s,;:()]+)\s+){{0,4}}")
# A period whose own first word marks it as a base: "than in 2019", "over 2019", "against 2020".
BASE_LEAD = re.compile(r"(?i)(?:than|against|over|versus)\s")
# "on"/"over" make a base only of a year or the same period ("up 5% on 2019"), not "over the past
# five years"; "with" only after "compared".
YEARISH = re.compile(r"(?i)(?:(?:in|during|of)\s+)?(?:(?:19|20)\d\d|the\s+(?:same|corresponding)\s+\w+|"
                     r"(?:a|one)\s+year|last\s+year|the\s+(?:previous|preceding|prior)\s+year|the\s+year\s+before)(?:['’]s)?")
# A period that names itself as the one compared with: "the same period of last year".
SAME_PERIOD = re.compile(r"(?i)the\s+(?:same|corresponding)\s")
# A year that may end a name: "Report 2022", "Order No. 23, Series of 2024".
NAMED_YEAR = re.compile(r"(?i)(?:of\s+)?\d{4}")
# A capitalized word before a year: "Report 2022", but not a sentence's first word or a capitalized
# function word ("The 2023 harvest").
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:The|This|That|These|Those|Its|Their|Our|His|Her|A|An|In|By|For|Of|On|"
                         r"At|From|Since|During|Until|To|And|Or|But)\s)[A-Z][a-z]+\s+$")
# The day something was said or done ("on Thursday", "today"): the figure's time only when the
# sentence states no other.
EVENT_DAY = re.compile(r"(?i)(?:on|last)\s+\w+day|today|yesterday|this\s+week")
AND = re.compile(r"\band\b")
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\b")
PARAGRAPH = re.compile(r"\n")
SENTENCE_STOP = re.compile(r"[.!?]\s")
# A line that dates the page rather than heading it: "10/05/2018 3:10 PM", "2024-03-27".
DATE_LINE = re.compile(r"\d[/.-](?:19|20)?\d\d\b|\b\d{1,2}:\d\d\b")
LAST_FULL_MONTH = 10  # a report on a period ending by October is out the same year
HEADING_LENGTH = 100  # characters: a longer line without a closing stop is a paragraph cut short
# A deadline or target, which is no report's own time: "by 2029", "until 2030".
TARGET = re.compile(r"(?i)(?:by|until|till|before)\s")
# A verb of what is still to come, which makes a year-less deadline the coming one.
FUTURE = re.compile(r"(?i)\b(?:will|shall|expects?|expected|aims?|plans?|planned|targets?|projected|forecasts?|"
                    r"intends?|(?:is|are)\s+(?:set|due|going|underway)\s+to|to\s+be)\b")
# Words that count a time back or forward from the report's own ("last year", "a year ago").
STEPPED = re.compile(r"(?i)\b(?:last|previous|past|recent|preceding|prior|next|coming|ago|earlier|before)\b")


@dataclass(frozen=True)
class Period:
    """A period stated in the text; ``base_from`` is where its base clause starts, when it is a base."""

    start: int
    end: int
    text: str
    base_from: int | None
    in_name: bool = False  # "Report 2022", "the Busan Open 2012": the figure's time only without another
    aside: tuple[int, int] | None = None  # the brackets it sits in with a figure of its own: "(21 million in 2018)"
    coming: bool = False  # a year-less deadline its sentence looks forward to: "expects 160 million by July"


def attach_times(text: str, lowered: str, figures: list[Figure], published: date | None) -> None:
    """Set every figure's time (stated, carried or published) and its comparison base;
    ``lowered`` is ``text`` lower-cased with the same length."""
    if not figures:
        return
    spans = [(f.start, f.end) for f in figures]
    taken = Ranges(spans)
    periods = [_in_aside(text, p, spans) for p in _periods(text, lowered, taken) if not taken.overlap(p.start, p.end)]
    starts = [p.start for p in periods]
    paragraph_starts = [0, *(m.end() for m in PARAGRAPH.finditer(text))]
    governing: Period | None = None  # the last period of the report's own time a figure was stated in
    # What "the report's own time" is measured against: the publication date, else (an undated
    # report) the end of the first explicit period stated in the headline or the lead (up to the
    # second paragraph with figures), which the figures before it take too.
    anchor = published

    def paragraph_of(at: int) -> int:
        return paragraph_starts[bisect_right(paragraph_starts, at) - 1]

    with_figures_starts = sorted({paragraph_of(f.start) for f in figures})
    lead_end = _paragraph_end(text, with_figures_starts[:2][-1])
    # a text under a headline is one report, whose lead (below its headline and subheads) fixes its
    # time; one that opens with a sentence may be statements from many (a file of news lines), where
    # the first lines fix no time of the others beyond what their first two paragraphs always did
    headed = _is_heading(text[:_paragraph_end(text, len(text) - len(text.lstrip()))])
    prose_lead_end = _paragraph_end(text, _prose_lead(text, with_figures_starts)[-1]) if headed else lead_end
    before_lead: list[Figure] = []
    windows = sorted({f.window for f in figures})
    # periods stated in sentences without a figure: a heading's or a list lead's ("The main
    # characteristics of the unemployed at the first quarter of 2020 were:") govern what follows,
    # and an undated report's lead states its time ("we highlight the changes during January 2019")
    with_figures = Ranges(windows)
    statements = [p for p in periods if _may_govern(p) and not with_figures.overlap(p.start, p.end)]
    next_statement = 0
    main: tuple[tuple[int, int], str | None] | None = None  # the last figure's sentence and time, not a base's
    present: date | None = published  # what "currently" or "by November 1" is resolved against
    # what "last year" or "the previous quarter" counts from in an undated report: the present only when
    # its lead states a part of a year that ends before the year's last quarter ("in January-July 2014",
    # "at its meeting of 12 April 2021"); a report on a whole year or on its last months may be out the
    # year after, so that its "last year" may be the year it reports
    steps_from: date | None = published
    waiting: list[tuple[Figure, Period]] = []  # figures of a relative time stated before the lead's present

    def set_anchor(period: Period, at: int, of_figure: bool) -> bool:
        """Take an undated report's time from its lead, if not yet taken; a period no figure is stated
        for only when it lies within one year ("The Budget for 2019/2020" is about a span, not the
        report's own time). Its present ("currently") is that period's end only when it lies within
        one year and is no target ("will be built by 2029" is no report's date)."""
        nonlocal anchor, present, steps_from
        if anchor is not None or at > max(lead_end, prose_lead_end) or not re.search(YEAR, period.text) \
                or TARGET.match(period.text):  # "will build 20,000 homes by 2029" is no report's time
            return False
        lead_period = resolve_period(period.text)
        if at > lead_end and whole_years(*lead_period):
            return False  # a whole year stated past the first paragraphs is often history ("In 2016, ...")
        one_year = _one_year(period.text)
        if not lead_period[1] or not (of_figure or one_year):
            return False
        anchor = date.fromisoformat(lead_period[1])
        if one_year and not TARGET.match(period.text):
            present = anchor
            steps_from = anchor if headed and not whole_years(*lead_period) and anchor.month <= LAST_FULL_MONTH \
                else None
        for earlier_figure in before_lead:
            earlier_figure.time_text, earlier_figure.time_basis = period.text, "carried"
            earlier_figure.time_start, earlier_figure.time_end = lead_period
        for earlier_figure, own in waiting:  # the headline's "in Q2", "this year": the present its lead states
            now = present if _yearless(own) else steps_from
            if now is not None:
                earlier_figure.time_start, earlier_figure.time_end = _resolve(own, now)
        return True

    for figure in figures:
        while next_statement < len(statements) and statements[next_statement].start < figure.start:
            statement = statements[next_statement]
            next_statement += 1
            if (set_anchor(statement, statement.start, of_figure=False) or _leads(text, statement)) \
                    and _current(statement, anchor, dated=published is not None):
                governing = statement
        lo, hi = figure.window
        if figure.start < lo:  # a sentence split inside the figure ("Shs. 13.4 billion"): the first part's
            lo, hi = next((w for w in windows if w[0] <= figure.start < w[1]), (lo, hi))
        first = bisect_right(starts, lo - 1)
        in_sentence = [p for p in periods[first:bisect_right(starts, hi - 1)]
                       if p.end <= hi and (p.aside is None or p.aside[0] <= figure.start < p.aside[1])]
        own = _own_period(text, figure, in_sentence)
        basis = "stated"
        paragraph = paragraph_of(figure.start)
        if own is None:
            earlier = [p for p in periods[bisect_right(starts, paragraph - 1):first] if _may_govern(p)]
            own, basis = (earlier[-1], "carried") if earlier else (governing, "carried")
            if own is None:
                basis = "published"
        elif _may_govern(own):
            set_anchor(own, figure.start, of_figure=True)
            if _current(own, anchor, dated=published is not None):
                governing = own
        in_base = own is not None and own.base_from is not None and own.base_from <= figure.start
        if own is not None:
            # a base's own figure ("from 316 billion in the same period last year") is of the time
            # its sentence's figure is compared with, relative to that figure's time
            reference = date.fromisoformat(main[1]) if in_base and main and main[0] == (lo, hi) and main[1] else None
            figure.time_text = own.text
            now = published
            if published is None and not in_base and _yearless(own):  # "currently", "by November 1", undated
                stated = [p for p in periods[bisect_right(starts, paragraph - 1):bisect_right(starts, own.start - 1)]
                          if _may_govern(p) and re.search(YEAR, p.text) and _one_year(p.text)]
                now = date.fromisoformat(resolve_period(stated[-1].text)[1]) if stated else present
            elif published is None and not re.search(YEAR, own.text):  # "last year's", "the previous quarter"
                now = steps_from
            if now is None and headed and anchor is None and reference is None and not re.search(YEAR, own.text):
                waiting.append((figure, own))
            figure.time_start, figure.time_end = _resolve(own, now, reference)
        elif published is not None:
            figure.time_start, figure.time_end = f"{published.year}-01-01", published.isoformat()
        elif anchor is None:
            before_lead.append(figure)
        if figure.time_start or own is not None:
            figure.time_basis = basis
        if not in_base:
            main = ((lo, hi), figure.time_end)
        if (base := _base(figure, in_sentence)) and base is not own:
            reference = date.fromisoformat(figure.time_end) if figure.time_end else None
            figure.base_text = base.text
            figure.base_start, figure.base_end = resolve_period(base.text, published, reference)


def _paragraph_end(text: str, start: int) -> int:
    """Where the paragraph (line) holding ``start`` ends: its line break, or the text's end."""
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def _prose_lead(text: str, paragraphs: list[int]) -> list[int]:
    """The lead's paragraphs among those with figures (their starts, in order): the first two of
    prose, with the headline and subheads before them ("Exports up 12%" over "Trade in January-June
    2015" over the first sentence), which are headings, not paragraphs of the lead."""
    prose = [start for start in paragraphs if not _is_heading(text[start:_paragraph_end(text, start)])][:2]
    return prose or paragraphs[:2]


def _is_heading(line: str) -> bool:
    """A headline or subhead: a short line with no closing stop."""
    line = line.strip()
    return bool(line) and len(line) <= HEADING_LENGTH and not line.endswith((".", "!", "?", ":", ";", '"', "”"))


def _may_govern(period: Period) -> bool:
    """Whether a period may be the time of figures outside its sentence: not a comparison base, a year
    in a name, an aside's own time or the day something was said."""
    return period.base_from is None and not period.in_name and period.aside is None \
        and not EVENT_DAY.fullmatch(period.text)


def _leads(text: str, period: Period) -> bool:
    """Whether a period with no figure in its sentence states the time of what follows: a heading
    ("First quarter 2020", a short line with no closing stop) or the lead of a list (its sentence
    ends with a colon); a date line ("June 18, 2024") is the publication's, not a period."""
    line_start = text.rfind("\n", 0, period.start) + 1
    line_end = text.find("\n", period.end)
    line_end = len(text) if line_end == -1 else line_end
    rest = text[period.end:line_end].rstrip()
    if rest.endswith(":"):
        return not SENTENCE_STOP.search(rest)
    start, end = resolve_period(period.text)
    line = text[line_start:line_end].strip()
    return len(line) <= HEADING_LENGTH and not line.endswith((".", "!", "?", ",", ";")) and start != end \
        and not DATE_LINE.search(line)


def _yearless(period: Period) -> bool:
    """A present state or a date without its year ("currently", "by November 1", "this year"), which
    an undated report places in the year its paragraph states, else its own time; not a time
    counted back or forward ("last year" in a report on 2023 may be 2023 itself)."""
    return not re.search(YEAR, period.text) and not STEPPED.search(period.text)


def _resolve(period: Period, now: date | None, reference: date | None = None) -> tuple[str | None, str | None]:
    """The period's dates; a deadline its sentence looks forward to is the coming one even when its
    month has passed this year ("expects 160 million quintals by July" in November: next July)."""
    start, end = resolve_period(period.text, now, reference)
    if period.coming and now and end and end < now.isoformat():
        return _next_year(start), _next_year(end)
    return start, end


def _next_year(iso: str | None) -> str | None:
    """The same day a year later (29 February becomes 28 February)."""
    if iso is None:
        return None
    day = date.fromisoformat(iso)
    later = day.replace(year=day.year + 1) if (day.month, day.day) != (2, 29) else date(day.year + 1, 2, 28)
    return later.isoformat()


def _one_year(text: str) -> bool:
    start, end = resolve_period(text)
    return bool(start and end) and start[:4] == end[:4]


def _in_aside(text: str, period: Period, spans: list[tuple[int, int]]) -> Period:
    """The period with the brackets around it when they also hold a figure: "(21 million tonnes in
    Q1 2018)" is an aside of its own time, which no figure outside it takes; a bracket holding only
    a period ("(up to end of March 2019)") qualifies the clause before it like any period."""
    line_start = text.rfind("\n", 0, period.start) + 1
    opening = text.rfind("(", line_start, period.start)
    if opening == -1 or text.find(")", opening, period.start) != -1:
        return period
    closing = text.find(")", period.end)
    if closing == -1 or text.find("\n", period.end, closing) != -1:
        return period
    if not any(opening < s and e <= closing for s, e in spans):
        return period
    return replace(period, aside=(opening, closing + 1))


def _current(period: Period, published: date | None, dated: bool = True) -> bool:
    """Whether a period is of the report's own time (within one calendar year, ending in the year
    before ``published`` at the earliest and within a year of it: "last year" in January, "in July"
    in August, not "in July last year"), so that it goes on governing the figures of the
    paragraphs after it; an older one ("In 2016, the village set up a cooperative") governs its own
    paragraph only. A target still ahead ("to be issued by the end of September" in June) is the
    time of what it is stated with, never the report's own. In an undated report ``published`` is
    the end of the time its lead states, and a period ending before it ("13.9% in the first quarter"
    in a report on the second) is an earlier one, compared with, not its own."""
    if published is None:
        return False
    start, end = _resolve(period, published)
    if not (start and end) or start[:4] != end[:4] or not published.year - 1 <= int(end[:4]) <= published.year:
        return False
    days = (published - date.fromisoformat(end)).days
    return days <= (366 if dated else 0) and not (days < 0 and TARGET.match(period.text))


def _periods(text: str, lowered: str, figures: Ranges) -> list[Period]:
    found: list[Period] = []
    for m in PERIOD_LOWER.finditer(lowered):
        start, end = m.span()
        if (line_end := lowered.find("\n", start, end)) != -1:  # a time never runs on into the next line
            if (m := PERIOD_LOWER.match(lowered, start, line_end)) is None:
                continue
            start, end = m.span()
        phrase = text[start:end]
        in_name = bool(NAMED_YEAR.fullmatch(phrase)) and bool(NAME_BEFORE.search(text, max(0, start - 30), start))
        base_from = _base_from(text, start, phrase, figures)
        if base_from is None and found and found[-1].base_from is not None \
                and COORDINATED_BASE.fullmatch(text, found[-1].end, start):
            base_from = found[-1].base_from  # the next item of a list of bases
        found.append(Period(start, end, phrase, base_from, in_name, coming=_coming(text, start, phrase)))
    return found


def _coming(text: str, start: int, phrase: str) -> bool:
    """Whether a year-less deadline is one its sentence looks forward to ("expects 160 million
    quintals by July", "will open 14 centres by December"), not one passed ("By July, 5,000 had")."""
    if not TARGET.match(phrase) or re.search(YEAR, phrase):
        return False
    sentence_start = text.rfind("\n", 0, start) + 1
    for stop in SENTENCE_STOP.finditer(text, sentence_start, start):
        sentence_start = stop.end()
    return bool(FUTURE.search(text, sentence_start, start))


def _base_from(text: str, start: int, phrase: str, figures: Ranges) -> int | None:
    """Where the base clause of the period ``phrase`` at ``start`` begins ("from" in "from 10.1
    million in 2020"), or None when it is no comparison base. A marker inside a figure is its bound,
    no comparison ("grow by more than 52,000 by 2031")."""
    line_start = text.rfind("\n", 0, start) + 1
    if BASE_LEAD.match(phrase):
        lead = phrase.split()[0].lower()
        if lead == "than" or (YEARISH.fullmatch(phrase[len(lead):].strip())
                              and CHANGE_CUE.search(text, max(line_start, start - 60), start)):
            return start
        return None
    if phrase.lower().startswith("with ") and re.search(r"(?i)compared\s+$", text[max(0, start - 12):start]):
        return start
    markers = list(BASE_MARKER.finditer(text, max(line_start, start - 80), start))
    for marker in reversed(markers):  # the nearest marker whose words reach the period
        between = text[marker.end():start]
        if not BASE_BETWEEN.fullmatch(between) or figures.overlap(marker.start(), marker.end()):
            continue
        if between.strip() and not DIGIT.search(between) and between.strip().lower() not in BASE_FILLERS:
            return None  # "against Vladimir Voltchkov in 2004": no base figure between
        word = marker.group().split()[0].lower()
        if SURPASS.match(word):
            return marker.start() if not DIGIT.search(between) else None
        if word in ("on", "over") and not YEARISH.fullmatch(phrase):
            return None
        if word not in ("than", "compared", "in", "versus", "vs", "vs.", "relative") and not SAME_PERIOD.match(
                phrase) and not CHANGE_CUE.search(text, max(line_start, marker.start() - 60), marker.start()):
            return None  # "came from the 2018 budget": a source, not a comparison
        return marker.start()
    return None


def _own_period(text: str, figure: Figure, in_sentence: list[Period]) -> Period | None:
    """The period the figure is of: the base it sits inside, else the nearest stated period of its
    sentence that is no base (one across a clause break counts as farther)."""
    for period in in_sentence:
        if period.base_from is not None and period.base_from <= figure.start and (
                figure.end <= period.start or BASE_TAIL.fullmatch(text, period.end, figure.start)
                or (period.start < figure.start and BASE_CLAUSE.fullmatch(text, period.end, figure.start))):
            return period
    best, best_distance = None, None
    for period in in_sentence:
        if period.base_from is not None:
            continue
        lo, hi = (period.end, figure.start) if period.end <= figure.start else (figure.end, period.start)
        distance = max(hi - lo, 0) + (200 if CLAUSE_BREAK.search(text, lo, hi) else 0) \
            + (50 if AND.search(text, lo, hi) else 0) + (1000 if EVENT_DAY.fullmatch(period.text) else 0) \
            + (500 if period.in_name else 0)
        if best_distance is None or distance < best_distance:
            best, best_distance = period, distance
    return best


def _base(figure: Figure, in_sentence: list[Period]) -> Period | None:
    """The comparison base after the figure in its sentence ("up 15% from last year")."""
    for period in in_sentence:
        if period.base_from is not None and period.base_from >= figure.end:
            return period
    return None


def published_date(doc: Doc) -> date | None:
    value = doc._.pp_published
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
