"""The time a figure refers to, and the comparison base it is measured against.

A careful reader places every figure in time this way:

1. the period stated next to it in its sentence ("682.85 million tonnes in 2021", "In the first
   three quarters, GDP reached ..."), the nearest one when there are several (one across a clause
   break counts as farther; the day of an announcement, "on Thursday", only when there is no other);
2. a comparison base is never the figure's time: "up 15% from last year", "compared with the same
   period of the previous year", "over 2019", "from 10.1 million in 2020" give the figure's
   ``base`` (resolved against the figure's own time); a figure inside the base clause ("10.1
   million") is the base's own figure and takes that time;
3. with no period in its sentence, the last one stated before it in its paragraph governs it
   ("carried"), else the last period of the report's own time (this year or last, a year at most)
   a figure was stated in, in an earlier paragraph ("In 2023, GDP grew ..." governs the paragraphs
   after it until another time is stated; "In 2016, ..." only its own paragraph);
4. with none there either, a figure in a dated report is of the report's own period: the year of
   publication up to the publication date ("published"). An undated report's own time is the one
   its lead states: the first explicit period a figure is stated for ("Trade reached 339 billion in
   the first quarter of 2019") governs the paragraphs after it as a current period would;
5. a period in brackets beside a figure of its own ("to 28 million tonnes (21 million tonnes in Q1
   2018)") is that aside's time only: no figure outside the brackets takes it or carries it.

Relative times ("this year", "by the end of October", "last year") resolve against the
publication date.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from ...normalize.dates import PERIOD_LOWER, YEAR, resolve_period
from ..ranges import Ranges
from .figure import Figure

# What turns a period into a comparison base: "from", "than", "compared with" right before it,
# maybe across the base's own figure ("from 10.1 million in 2020"), never across a span's end.
BASE_MARKER = re.compile(
    r"(?i)\b(?:from|than|over|compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|against|versus|vs\.?|"
    r"relative\s+to|on)\s+"
)
# A number written with thousands separators ("392,272"): one word, though it holds commas.
GROUPED = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
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
NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$")
# The day something was said or done ("on Thursday", "today"): the figure's time only when the
# sentence states no other.
EVENT_DAY = re.compile(r"(?i)(?:on|last)\s+\w+day|today|yesterday|this\s+week")
AND = re.compile(r"\band\b")
CLAUSE_BREAK = re.compile(r";|,\s+(?:while|whereas|but)\b")
PARAGRAPH = re.compile(r"\n")


@dataclass(frozen=True)
class Period:
    """A period stated in the text; ``base_from`` is where its base clause starts, when it is a base."""

    start: int
    end: int
    text: str
    base_from: int | None
    in_name: bool = False  # "Report 2022", "the Busan Open 2012": the figure's time only without another
    aside: tuple[int, int] | None = None  # the brackets it sits in with a figure of its own: "(21 million in 2018)"


def attach_times(text: str, lowered: str, figures: list[Figure], published: date | None) -> None:
    """Set every figure's time (stated, carried or published) and its comparison base;
    ``lowered`` is ``text`` lower-cased with the same length."""
    if not figures:
        return
    spans = [(f.start, f.end) for f in figures]
    taken = Ranges(spans)
    periods = [_in_aside(text, p, spans) for p in _periods(text, lowered) if not taken.overlap(p.start, p.end)]
    starts = [p.start for p in periods]
    paragraph_starts = [0, *(m.end() for m in PARAGRAPH.finditer(text))]
    governing: Period | None = None  # the last period of the report's own time a figure was stated in
    # What "the report's own time" is measured against: the publication date, else (an undated
    # report) the end of the first explicit period a figure is stated for in the headline or the
    # lead (the first two paragraphs with figures), which the figures before it take too.
    anchor = published

    def paragraph_of(at: int) -> int:
        return paragraph_starts[bisect_right(paragraph_starts, at) - 1]

    lead = sorted({paragraph_of(f.start) for f in figures})[:2]
    before_lead: list[Figure] = []
    windows = sorted({f.window for f in figures})
    main: tuple[tuple[int, int], str | None] | None = None  # the last figure's sentence and time, not a base's
    for figure in figures:
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
            earlier = [p for p in periods[bisect_right(starts, paragraph - 1):first]
                       if p.base_from is None and not p.in_name and p.aside is None and not EVENT_DAY.fullmatch(p.text)]
            own, basis = (earlier[-1], "carried") if earlier else (governing, "carried")
            if own is None:
                basis = "published"
        elif own.base_from is None and own.aside is None and not EVENT_DAY.fullmatch(own.text):
            if anchor is None and paragraph in lead and re.search(YEAR, own.text) \
                    and (lead_period := resolve_period(own.text))[1]:
                anchor = date.fromisoformat(lead_period[1])
                for earlier_figure in before_lead:
                    earlier_figure.time_text, earlier_figure.time_basis = own.text, "carried"
                    earlier_figure.time_start, earlier_figure.time_end = lead_period
            if _current(own, anchor):
                governing = own
        in_base = own is not None and own.base_from is not None and own.base_from <= figure.start
        if own is not None:
            # a base's own figure ("from 316 billion in the same period last year") is of the time
            # its sentence's figure is compared with, relative to that figure's time
            reference = date.fromisoformat(main[1]) if in_base and main and main[0] == (lo, hi) and main[1] else None
            figure.time_text = own.text
            figure.time_start, figure.time_end = resolve_period(own.text, published, reference)
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


def _current(period: Period, published: date | None) -> bool:
    """Whether a period is of the report's own time (within one calendar year, ending in the year
    before ``published`` at the earliest and within a year of it: "last year" in January, "in July"
    in August, not "in July last year"), so that it goes on governing the figures of the
    paragraphs after it; an older one ("In 2016, the village set up a cooperative") governs its own
    paragraph only."""
    if published is None:
        return False
    start, end = resolve_period(period.text, published)
    if not (start and end) or start[:4] != end[:4] or not published.year - 1 <= int(end[:4]) <= published.year:
        return False
    return (published - date.fromisoformat(end)).days <= 366


def _periods(text: str, lowered: str) -> list[Period]:
    found = []
    for m in PERIOD_LOWER.finditer(lowered):
        start, end = m.span()
        phrase = text[start:end]
        in_name = phrase.isdigit() and bool(NAME_BEFORE.search(text, max(0, start - 30), start))
        found.append(Period(start, end, phrase, _base_from(text, start, phrase), in_name))
    return found


def _base_from(text: str, start: int, phrase: str) -> int | None:
    """Where the base clause of the period ``phrase`` at ``start`` begins ("from" in "from 10.1
    million in 2020"), or None when it is no comparison base."""
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
        if not BASE_BETWEEN.fullmatch(between):
            continue
        if between.strip() and not DIGIT.search(between) and between.strip().lower() not in BASE_FILLERS:
            return None  # "against Vladimir Voltchkov in 2004": no base figure between
        word = marker.group().split()[0].lower()
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
