"""The time of every figure and its comparison base (``components/quantities/time.py``).

Each row: a text written here, the publication date, and for each figure in order the expected
(time start, time end, basis) and, when given, the base (start, end). Sentences are new ones of
the shapes real releases use.
"""

from __future__ import annotations

from typing import Any

import pytest

from pressparse.extensions import QUANTITIES
from pressparse.normalize.dates import resolve_period

from .conftest import rules_pipeline

Time = tuple[str | None, str | None, str | None]
Row = tuple[str, str | None, list[Time], list[tuple[str, str] | None] | None]

STATED: list[Row] = [
    ("Cotton output reached 5.1 million tonnes in 2022.", "2023-02-10",
     [("2022-01-01", "2022-12-31", "stated")], None),
    ("In the third quarter of 2021, exports rose to 880 billion rupees.", "2021-11-02",
     [("2021-07-01", "2021-09-30", "stated")], None),
    ("The county planted 40,000 trees this year.", "2023-08-22",
     [("2023-01-01", "2023-12-31", "stated")], None),
    ("The port handled 3.2 million containers last year.", "2023-08-22",
     [("2022-01-01", "2022-12-31", "stated")], None),
    ("By the end of October, 12,400 households had been connected.", "2022-11-15",
     [("2022-10-31", "2022-10-31", "stated")], None),
    ("In the first three quarters, retail sales grew 6.8 percent.", "2021-10-18",
     [("2021-01-01", "2021-09-30", "stated")], None),
    ("As of now, 215 schools have reopened.", "2024-03-05", [("2024-03-05", "2024-03-05", "stated")], None),
    ("The agency spent $14 million in FY 2007 on repairs.", "2008-01-10",
     [("2007-01-01", "2007-12-31", "stated")], None),
    ("The 2024-25 budget sets aside R3.1 billion for clinics.", "2024-03-01",
     [("2024-01-01", "2025-12-31", "stated")], None),
    ("The state aims to plant 2 million hectares by 2030.", "2023-06-01",
     [("2030-01-01", "2030-12-31", "stated")], None),
    ("Since 2000, the park has received 9,000 visitors a year.", "2023-06-01",
     [("2000-01-01", "2023-06-01", "stated")], None),
    ("From 2016 to 2020, 3,600 kilometres of road were paved.", "2021-03-01",
     [("2016-01-01", "2020-12-31", "stated")], None),
    ("In the past five years, 1,200 clinics were built.", "2023-06-01",
     [("2018-01-01", "2023-06-01", "stated")], None),
    ("Sales reached 4.4 billion dollars in H1 2024.", "2024-07-20", [("2024-01-01", "2024-06-30", "stated")], None),
    ("From January to September, fish catches totalled 61,000 tonnes.", "2023-10-12",
     [("2023-01-01", "2023-09-30", "stated")], None),
    ("Between January and June, 4,000 jobs were created.", "2024-08-01",
     [("2024-01-01", "2024-06-30", "stated")], None),
    ("Since its launch in 2019, the plan has reached 2 million people.", "2024-08-01",
     [("2019-01-01", "2024-08-01", "stated")], None),
    ("Last fiscal year, the state spent $12.5 million on training.", "2024-05-14",
     [("2023-01-01", "2023-12-31", "stated")], None),
    ("The program has awarded $210 million since it began in 2021.", "2024-05-14",
     [("2021-01-01", "2024-05-14", "stated")], None),
    ("Over the past 12 months, prices rose 3.1 percent.", "2024-03-05", [("2023-03-01", "2024-03-05", "stated")], None),
    ("Since Jan. 1, 486 projects worth 318 billion yuan have started.", "2024-01-21",
     [("2024-01-01", "2024-01-21", "stated"), ("2024-01-01", "2024-01-21", "stated")], None),
    # a year in a name is the figure's time only when the sentence states no other
    ("The Harbour Open 2012 saw a serve of 163 mph.", "2022-11-02", [("2012-01-01", "2012-12-31", "stated")], None),
    ("Ships made 1,600 calls in 2021, says the Global Harbour Report 2022.", "2022-11-02",
     [("2021-01-01", "2021-12-31", "stated")], None),
    # a source is no comparison base; a name between "against" and a year is no base figure
    ("The money came from the 2018 budget, with $1.2 million for wells.", "2019-05-01",
     [("2018-01-01", "2018-12-31", "stated")], [None]),
    ("He served at 155 mph in a match against Carl Voss in 2004.", "2019-05-01",
     [("2004-01-01", "2004-12-31", "stated")], [None]),
]

BASES: list[Row] = [
    ("Rice covered 12,000 mu, up 15% from last year.", "2023-09-21",
     [("2023-01-01", "2023-09-21", "published"), ("2023-01-01", "2023-09-21", "published")],
     [("2022-01-01", "2022-12-31"), ("2022-01-01", "2022-12-31")]),
    ("Grain output reached 682 million tonnes in 2021, up 2 percent from the previous year.", "2021-12-14",
     [("2021-01-01", "2021-12-31", "stated"), ("2021-01-01", "2021-12-31", "stated")],
     [("2020-01-01", "2020-12-31"), ("2020-01-01", "2020-12-31")]),
    ("In 2021, 10.6 million people fell ill, up 4.5 percent from 10.1 million in 2020.", "2022-11-02",
     [("2021-01-01", "2021-12-31", "stated"), ("2021-01-01", "2021-12-31", "stated"),
      ("2020-01-01", "2020-12-31", "stated")],
     [("2020-01-01", "2020-12-31"), ("2020-01-01", "2020-12-31"), None]),
    ("In 2018 sales rose 5% to 37,800 tonnes worth Shs. 21.4 billion, against the 2016 sale of 24,300 tonnes "
     "valued at Shs. 13.4 billion.", "2019-03-28",
     [("2018-01-01", "2018-12-31", "stated")] * 3 + [("2016-01-01", "2016-12-31", "stated")] * 2, None),
    ("Tourist visits grew 11 percent over 2019.", "2023-04-02",
     [("2023-01-01", "2023-04-02", "published")], [("2019-01-01", "2019-12-31")]),
    ("Debt fell to 51.2% last year from 53.4% in 2022.", "2024-04-22",
     [("2023-01-01", "2023-12-31", "stated"), ("2022-01-01", "2022-12-31", "stated")],
     [("2022-01-01", "2022-12-31"), None]),
    ("In 2018 yields rose 55% to 37,800 tonnes compared to the 2016 harvest of 24,300 tonnes.", "2019-06-14",
     [("2018-01-01", "2018-12-31", "stated"), ("2018-01-01", "2018-12-31", "stated"),
      ("2016-01-01", "2016-12-31", "stated")], [("2016-01-01", "2016-12-31"), ("2016-01-01", "2016-12-31"), None]),
    ("Exports totalled 5 billion dollars, 8 percent more than in the same period of last year.", "2023-07-15",
     [("2023-01-01", "2023-07-15", "published"), ("2023-01-01", "2023-07-15", "published")],
     [("2022-01-01", "2022-12-31"), ("2022-01-01", "2022-12-31")]),
    # a base figure written with thousands separators; "the corresponding period of"
    ("Visitors reached 612,408 in May 2019 compared to 587,115 in May 2018, recording an increase of 4.3%.",
     "2019-06-20",
     [("2019-05-01", "2019-05-31", "stated"), ("2018-05-01", "2018-05-31", "stated"),
      ("2019-05-01", "2019-05-31", "stated")], [("2018-05-01", "2018-05-31"), None, None]),
    ("From January to May 2019 sales totalled 3,104,550 against 2,907,300 in the corresponding period of the "
     "previous year.", "2020-02-01",
     [("2019-01-01", "2019-05-31", "stated"), ("2018-01-01", "2018-12-31", "stated")], None),
    # a fiscal year after a preposition is the whole span, its base too
    ("The deficit is projected at 3.2 percent of GDP in 2024/25, down from 4.1 percent in 2023/24.", "2024-02-28",
     [("2024-01-01", "2025-12-31", "stated"), ("2023-01-01", "2024-12-31", "stated")],
     [("2023-01-01", "2024-12-31"), None]),
    # "last year's" after "over" is a base, never the time of the figures after it
    ("The plan marks a 40% rise over last year's plan.\n\nThe state maintains 21,000 km of roads.", "2009-06-02",
     [("2009-01-01", "2009-06-02", "published"), ("2009-01-01", "2009-06-02", "published")],
     [("2008-01-01", "2008-12-31"), None]),
    # a base's own figure is of the time before its sentence's figure, not before the publication
    ("Sales reached 41 billion rand in the first half of 2021, up 6% from 38.7 billion rand in the same period "
     "last year.", "2022-03-01",
     [("2021-01-01", "2021-06-30", "stated"), ("2021-01-01", "2021-06-30", "stated"),
      ("2020-01-01", "2020-12-31", "stated")], None),
]

GOVERNED: list[Row] = [
    # a time stated once governs the figures that follow in its paragraph; one of the report's own
    # time (this year or last) the paragraphs after it too, until another is stated
    ("In 2022, the district built 140 wells. They serve 36,000 people.\n\nThe district has 12 clinics.\n\n"
     "In the first two months of this year, 9 more opened. Each has 20 beds.",
     "2023-03-01",
     [("2022-01-01", "2022-12-31", "stated"), ("2022-01-01", "2022-12-31", "carried"),
      ("2022-01-01", "2022-12-31", "carried"), ("2023-01-01", "2023-02-28", "stated"),
      ("2023-01-01", "2023-02-28", "carried")], None),
    # an older time governs its own paragraph only
    ("In 2016, the village set up a cooperative with 40 members.\n\nThe village has 300 households.", "2023-06-01",
     [("2016-01-01", "2016-12-31", "stated"), ("2023-01-01", "2023-06-01", "published")], None),
    # the nearest time in the sentence, not one across a clause break
    ("Exports rose 4 percent in 2022; imports fell 3 percent this year.", "2023-05-05",
     [("2022-01-01", "2022-12-31", "stated"), ("2023-01-01", "2023-12-31", "stated")], None),
    # a period in brackets with a figure of its own is that figure's time only
    ("Cargo volumes in H1 2022 rose 12 percent to 9 million tonnes (8 million tonnes in H1 2021). Exports rose "
     "5 percent to 3 million tonnes.", "2022-08-02",
     [("2022-01-01", "2022-06-30", "stated")] * 2 + [("2021-01-01", "2021-06-30", "stated")]
     + [("2022-01-01", "2022-06-30", "carried")] * 2, None),
    # a bracket holding only a period qualifies the clause before it
    ("Some 1,450 homes were finished (up to end of June 2021).", "2021-09-02",
     [("2021-06-30", "2021-06-30", "stated")], None),
    # an undated report: the lead's explicit time governs the paragraphs after it, until another
    ("Port trade reached 40 billion dinars in the first quarter of 2019.\n\nExports rose 12 percent.\n\n"
     "Trade grew 30 percent in the 2010-2019 decade.\n\nSea trade made up 70 percent of the total.", None,
     [("2019-01-01", "2019-03-31", "stated"), ("2019-01-01", "2019-03-31", "carried"),
      ("2010-01-01", "2019-12-31", "stated"), ("2019-01-01", "2019-03-31", "carried")], None),
    # ... and the headline's figures before the lead take the lead's time too
    ("Minister confirms $2 billion of roads done\n\nThe minister on Monday, 14 October 2019, confirmed that 31 "
     "roads worth $2 billion have been completed.\n\nThe ministry has paid $1.1 billion for them.", None,
     [("2019-10-14", "2019-10-14", "carried"), ("2019-10-14", "2019-10-14", "stated"),
      ("2019-10-14", "2019-10-14", "stated"), ("2019-10-14", "2019-10-14", "carried")], None),
    # ... but not a time first stated further down, which is no lead's
    ("Council spends $9m on roads\n\nThe council has 40 graders.\n\nThe county paved 120 km in 2016.", None,
     [(None, None, None), (None, None, None), ("2016-01-01", "2016-12-31", "stated")], None),
    # a month named by its year relative to the publication; the month compared with is a base
    ("Prices rose 4.4% in February compared to February last year. In December of last year, prices had surged "
     "9.1%.", "2024-03-06",
     [("2024-02-01", "2024-02-29", "stated"), ("2023-12-01", "2023-12-31", "stated")],
     [("2023-02-01", "2023-02-28"), None]),
    ("This February, prices were 2.5 percent higher than last February.", "2024-03-06",
     [("2024-02-01", "2024-02-29", "stated")], [("2023-02-01", "2023-02-28")]),
    # a date line opening the text is no span of years ("2023-03" is no "2023-2003")
    ("date 2023-03-16 PORTVILLE (Wire) — Four parks get funding.", "2023-03-16",
     [("2023-03-16", "2023-03-16", "stated")], None),
    # no publication date: a relative time cannot be placed, an explicit one can
    ("The town added 300 jobs last year and 250 jobs in 2019.", None,
     [(None, None, "stated"), ("2019-01-01", "2019-12-31", "stated")], None),
]

# Which stated times govern which figures: a list of comparison bases is bases all through, and none
# of them carries forward; a heading or a list's lead sentence with no figure sets the period of what
# follows; a fiscal year's stated start or end is part of it.
WHICH_GOVERNS: list[Row] = [
    # the second base of a list ("and 605,900 in ...") is a base too, so the next paragraph keeps the
    # figure's own period, not the last base's
    ("Employment was estimated at 612,300 in the second quarter of 2021 compared to 598,100 in the second "
     "quarter of 2020 and 605,900 in the first quarter of 2021.\n\nThe survey counted 41,200 job seekers.",
     "2021-08-20",
     [("2021-04-01", "2021-06-30", "stated"), ("2020-04-01", "2020-06-30", "stated"),
      ("2021-01-01", "2021-03-31", "stated"), ("2021-04-01", "2021-06-30", "carried")], None),
    ("The jobless rate was 5.2% for the third quarter of 2022, compared to the rate of 5.9% at third quarter "
     "2021 and the rate of 5.4% at the second quarter of 2022.\n\nSome 18,400 were young people.", None,
     [("2022-07-01", "2022-09-30", "stated"), ("2021-07-01", "2021-09-30", "stated"),
      ("2022-04-01", "2022-06-30", "stated"), ("2022-07-01", "2022-09-30", "carried")],
     [("2021-07-01", "2021-09-30"), None, None, None]),
    ("Growth is forecast at 6.1% in 2026, compared to 4.2% in 2024 and 3.9% in 2025.\n\nThe levy raises "
     "E2.4 billion.", "2026-02-20",
     [("2026-01-01", "2026-12-31", "stated"), ("2024-01-01", "2024-12-31", "stated"),
      ("2025-01-01", "2025-12-31", "stated"), ("2026-01-01", "2026-12-31", "carried")], None),
    # ... but a clause of its own after "and" is no item of the list
    ("Hiring rose 3% compared to 2022 and 41,000 jobs were created in 2023.", "2024-02-01",
     [("2023-01-01", "2023-12-31", "stated")] * 2, [("2022-01-01", "2022-12-31"), None]),
    # a list's lead sentence states the period of the items below it
    ("Sales rose 4% in 2023.\n\nThe main features of the buyers in the second quarter of 2024 were:\n"
     "(i) 3,200 were first-time buyers.\n(ii) 41% were young.", "2024-08-10",
     [("2023-01-01", "2023-12-31", "stated")] + [("2024-04-01", "2024-06-30", "carried")] * 2, None),
    # a heading states the period of an undated report
    ("Fourth quarter 2022\n\n1. Output grew 3.1%.\n2. Exports reached 4,100 tonnes.", None,
     [("2022-10-01", "2022-12-31", "carried")] * 2, None),
    # ... and so does the lead's sentence with no figure, for the headline's figures too
    ("Bulletin shows 3.5% monthly rise in imports\n\nThe authority released its bulletin, which covers the "
     "changes recorded during March 2021.\n\nExports fell 1.2% while imports rose 3.5%.", None,
     [("2021-03-01", "2021-03-31", "carried")] * 3, None),
    # a date line is the page's date, no heading of a period
    ("12/06/2023 10:15 AM\n\nThe fund adds $4 million for roads.", "2024-01-05",
     [("2024-01-01", "2024-01-05", "published")], None),
    # an undated report's present ("currently", "by October 15") is the year its paragraph states, else
    # the time its lead states, never a target's year
    ("The 2023 maize harvest reached 2.1 million tonnes by October 15. Some 340 trucks are currently hauling "
     "grain.", None, [("2023-10-15", "2023-10-15", "stated"), ("2023-12-31", "2023-12-31", "stated")], None),
    ("Exports reached 4 billion dollars in 2022.\n\nThe port currently employs 1,300 people.", None,
     [("2022-01-01", "2022-12-31", "stated"), ("2022-12-31", "2022-12-31", "stated")], None),
    ("The plan will deliver 20,000 homes by 2029.\n\nLand for 1,800 homes was released this financial year.",
     None, [("2029-01-01", "2029-12-31", "stated"), (None, None, "stated")], None),
    # a target still ahead is the time of what it is stated with, not of the paragraphs after it
    ("The council must spend 80 percent of the grant by the end of September.\n\nThe grant also funds 120 "
     "clinics.", "2024-06-21",
     [("2024-09-30", "2024-09-30", "stated"), ("2024-01-01", "2024-06-21", "published")], None),
    # a year-less deadline its sentence looks forward to is the coming one, even when its month has
    # passed this year; one passed is this year's; a time never runs on into the next line
    ("The ministry expects to distribute 5,000 tonnes of seed by July.", "2022-11-20",
     [("2023-07-01", "2023-07-31", "stated")], None),
    ("By July, 5,000 farmers had received seed.", "2022-11-20", [("2022-07-01", "2022-07-31", "stated")], None),
    ("Ministry expects 2 million tonnes of maize by July\n\n3 min read", "2022-11-20",
     [("2023-07-01", "2023-07-31", "stated")], None),
    # a bound's "than" is no comparison: "more than 52,000 by 2031" is of 2031
    ("The population will grow by more than 52,000 by 2031.", "2024-05-02",
     [("2031-01-01", "2031-12-31", "stated")], [None]),
    ("Enrolment rose 4% from more than 40,000 in 2019.", "2021-05-02",
     [("2021-01-01", "2021-05-02", "published"), ("2019-01-01", "2019-12-31", "stated")],
     [("2019-01-01", "2019-12-31"), None]),
    # a fiscal year's stated start or end is part of it, no month of its own
    ("The cabinet approved a budget for the 2026 fiscal year starting in October, with spending of 3.2 "
     "trillion baht.", "2025-05-11", [("2026-01-01", "2026-12-31", "stated")], None),
    ("Revenue is estimated at VT 61 billion for the fiscal year ending 31 December 2027.", "2027-01-20",
     [("2027-01-01", "2027-12-31", "stated")], None),
    # what a figure "surpassed" or "exceeded" is its comparison base, unless a figure stands between
    ("This year's coffee crop of 410,000 bags surpassed last year's record.", "2024-06-01",
     [("2024-01-01", "2024-12-31", "stated")], [("2023-01-01", "2023-12-31")]),
    ("The 2024 wheat harvest surpassed the previous year's record, with 512,000 tonnes gathered by October 30.",
     None, [("2024-10-30", "2024-10-30", "stated")], None),
    ("Exports exceeded 5 million tonnes in 2023.", "2024-02-01", [("2023-01-01", "2023-12-31", "stated")], [None]),
    # a year ending a name is no period of what follows: "Order No. 23, Series of 2024"
    ("The fund set aside P1.8 billion under Memorandum Order No. 23, Series of 2024, including:\n- P5,000 for "
     "each farmer.", "2024-04-16",
     [("2024-01-01", "2024-04-16", "published")] * 2, None),
]


# An undated report's own time: the period its lead states, past the headline and subheads, which
# also places what "this year", "last year's", "in Q3" or "the previous quarter" mean; a whole year
# stated only further down is no lead's, and a text that states no year leaves everything unplaced.
UNDATED: list[Row] = [
    # headline and subhead carry figures; the first paragraph of prose states the period
    ("Copper exports up 9%\nMine output in January-May 2015\n\nThe country exported 41,000 tonnes of copper in "
     "January-May 2015, the mining agency said.\n\nRevenue this year reached $212 million, up from last year's "
     "$188 million.\n\nSome 3,400 miners were employed.", None,
     [("2015-01-01", "2015-05-31", "carried"), ("2015-01-01", "2015-05-31", "stated"),
      ("2015-01-01", "2015-12-31", "stated"), ("2014-01-01", "2014-12-31", "stated"),
      ("2015-01-01", "2015-12-31", "carried")], None),
    # the headline's year-less quarter is the one the lead states with its year; the quarter before it
    ("Jobless rate falls to 11.3% in Q3\n\nThe labour office said the jobless rate fell 0.6% to 11.3% in the "
     "third quarter.\n\nThe survey for the third quarter of 2016 counted 402,100 job seekers, against 415,800 in "
     "the previous quarter.", None,
     [("2016-07-01", "2016-09-30", "stated")] * 4 + [("2016-04-01", "2016-06-30", "stated")], None),
    # an earlier quarter a figure is stated for is compared with, and governs no paragraph after it
    ("Jobless rate falls to 11.3% in Q3\n\nThe labour office said the rate for the third quarter of 2016 was "
     "11.3%.\n\nIn the second quarter of 2016, the rate had been 11.9%.\n\nAmong graduates the rate reached "
     "27.5%.", None,
     [("2016-07-01", "2016-09-30", "stated")] * 2 + [("2016-04-01", "2016-06-30", "stated"),
                                                     ("2016-07-01", "2016-09-30", "carried")], None),
    # a day the lead states: "last year" is the year before it
    ("Council approves new bridges\n\nThe council, at its sitting of 9 March 2022, approved 6 bridges worth $14 "
     "million.\n\nLast year, it built 4 bridges.", None,
     [("2022-03-09", "2022-03-09", "stated")] * 2 + [("2021-01-01", "2021-12-31", "stated")], None),
    # a whole year stated past the lead's paragraphs is history, no report's own time
    ("Wind farm gets $45M\nProvince will add $5 million a year to the fund\n\nThe province is adding $5 million a "
     "year to help towns build turbines, the minister said on Monday.\n\nIn 2019, the province spent $2.1 "
     "million on the program.\n\nThe town of Elm Creek will receive $1.2 million.", None,
     [(None, None, None), (None, None, None), (None, None, "stated"), ("2019-01-01", "2019-12-31", "stated"),
      (None, None, None)], None),
    # a report on a whole (budget) year: what "next year" or "last year" counts from is unknown
    ("Parliament adopts the 2018 budget\n\nParliament adopted the budget for 2018 on Friday.\n\nNext year's "
     "budget foresees spending of 12.4 billion lei, and the economy grew 3.1% last year.", None,
     [(None, None, "stated")] * 2, None),
    # a target is the time of what it is stated with, not the report's own
    ("The county will build more than 9,000 homes by 2031, its housing plan says.\n\nSome 62 per cent of the "
     "land is in new suburbs, and 1,240 lots are ready.", None,
     [("2031-01-01", "2031-12-31", "stated"), (None, None, None), (None, None, None)], None),
    # under a headline the lead's part of a year places "last year"; lines of news from many sources
    # (no headline) fix no time of one another
    ("Port trade report\n\nExports rose 4% in January-May 2015, the agency said.\nThe port handled 2.1 million "
     "tonnes last year.", None,
     [("2015-01-01", "2015-05-31", "stated"), ("2014-01-01", "2014-12-31", "stated")], None),
    ("Exports rose 4% in January-May 2015, the agency said.\nThe port handled 2.1 million tonnes last year.", None,
     [("2015-01-01", "2015-05-31", "stated"), (None, None, "stated")], None),
    # no year anywhere: nothing is placed
    ("Jobless rate falls in Q3\n\nThe labour office said the jobless rate fell 0.6% to 11.3% in the third "
     "quarter.\n\nRevenue this year reached $212 million, up from last year's $188 million.", None,
     [(None, None, "stated")] * 4, None),
]


def times(text: str, published: str | None) -> list[dict[str, Any]]:
    nlp = rules_pipeline("pressparse_quantities")
    doc = nlp.make_doc(text)
    doc._.pp_published = published
    doc = nlp(doc)
    return [dict(span._.pp_quantity, text=span.text) for span in doc.spans[QUANTITIES]]


@pytest.mark.parametrize(("text", "published", "expected", "bases"), STATED + BASES + GOVERNED + WHICH_GOVERNS
                         + UNDATED)
def test_time_of_each_figure(text: str, published: str | None, expected: list[Time],
                             bases: list[tuple[str, str] | None] | None) -> None:
    found = times(text, published)
    got = [(q.get("time_start"), q.get("time_end"), q.get("time_basis")) for q in found]
    assert got == expected, [(q["text"], q.get("time_text")) for q in found]
    if bases is not None:
        got_bases = [(q["base_start"], q["base_end"]) if q.get("base_text") else None for q in found]
        assert got_bases == bases, [(q["text"], q.get("base_text")) for q in found]


def test_a_figure_without_time_in_an_undated_text_has_none() -> None:
    (found,) = times("The farm has 68,000 hectares of rice.", None)
    assert found.get("time_start") is None and found.get("time_text") is None


@pytest.mark.parametrize(
    ("phrase", "published", "expected"),
    [
        ("fiscal year 2023-24", None, ("2023-01-01", "2024-12-31")),
        ("Q3", "2023-02-01", ("2022-07-01", "2022-09-30")),  # a quarter not yet begun is last year's
        ("the second half of 2023", None, ("2023-07-01", "2023-12-31")),
        ("end-March 2023", None, ("2023-03-31", "2023-03-31")),
        ("2023-03", None, ("2023-03-01", "2023-03-31")),  # a month written the ISO way
        ("December of last year", "2024-03-06", ("2023-12-01", "2023-12-31")),
        ("last December", "2024-03-06", ("2023-12-01", "2023-12-31")),
        ("next March", "2024-01-20", ("2024-03-01", "2024-03-31")),
        ("by mid-2025", None, ("2025-04-01", "2025-09-30")),
        ("last month", "2024-01-15", ("2023-12-01", "2023-12-31")),
        ("in the coming five years", "2023-05-18", ("2023-05-18", "2028-12-31")),
        ("a year earlier", "2023-05-18", ("2022-01-01", "2022-12-31")),
        ("on March 31", "2024-02-10", ("2023-03-31", "2023-03-31")),
        # a deadline month after the publication's is the coming one; "as of" a past one
        ("by the end of September", "2024-06-21", ("2024-09-30", "2024-09-30")),
        ("by December 15", "2024-10-02", ("2024-12-15", "2024-12-15")),
        ("in December", "2024-10-02", ("2023-12-01", "2023-12-31")),
        ("as of the end of May", "2024-06-21", ("2024-05-31", "2024-05-31")),
        ("at first quarter 2019", None, ("2019-01-01", "2019-03-31")),
        ("by July, 2023", None, ("2023-07-01", "2023-07-31")),
        ("the 2nd quarter 2020", None, ("2020-04-01", "2020-06-30")),
        ("the 2024/25 financial year", None, ("2024-01-01", "2025-12-31")),
        ("the current financial year ending March 31", "2024-02-10", ("2024-01-01", "2024-12-31")),
        ("the new financial year beginning 1 April", "2024-02-10", (None, None)),  # which one is a convention
        ("the previous quarter", "2024-02-10", ("2023-10-01", "2023-12-31")),  # counted in quarters
        ("next quarter", "2024-11-20", ("2025-01-01", "2025-03-31")),
    ],
)
def test_resolve_period(phrase: str, published: str | None, expected: tuple[str, str]) -> None:
    from datetime import date

    assert resolve_period(phrase, date.fromisoformat(published) if published else None) == expected


def test_the_day_of_an_announcement_is_the_figure_time_only_without_another() -> None:
    found = times("Output reached 1.3 trillion yuan (about 188 billion dollars) in 2022, the bureau said on "
                  "Thursday.", "2023-02-16")
    assert [q["time_text"] for q in found] == ["in 2022", "in 2022"]
    (found,) = times("The council approved 14 projects on Thursday.", "2023-02-16")
    assert found["time_text"] == "on Thursday"


def test_the_lower_case_period_pattern_finds_what_the_period_pattern_finds() -> None:
    from pressparse.normalize.dates import PERIOD, PERIOD_LOWER

    rows = [text for text, *_ in STATED + BASES + GOVERNED] + [
        "In FY2023 and H1 2024, Q3 sales rose; by end-March 2023, as of now, since Jan. 1, last fiscal year, "
        "between January and June, over the past 12 months, on Tuesday, in 2019's budget, 2023/24 and 1990s.",
        # each first word the lookahead lets through, with the words it allows after it
        "The year before, a year earlier and one year ago; so far this year, to date, year to date and at "
        "present; as at the end of 2022, by mid-2023, in early 2022, until late June, before year-end; the "
        "whole year 2021, the same period last year, the previous year, the 1st quarter, the coming months; "
        "in recent years, in Q2, for March, during 2021, of 2020, than 2019, against 2018, with 2017, over "
        "the year; on 3 March 2022, on March 3, on the 5th, from 1 June 2020 till 2021, fy 2023, fiscal "
        "year 2022, 12th Dec. 2021, 2021-05-06, currently, today, yesterday, now, the end and the decade.",
        "Up to end of June 2021, by end of 2020, the corresponding period of 2019, over last year’s plan, in "
        "July last year, this February, than last March, May of the previous year, date 2023-03-16, in 2024/25, "
        "for 2019-20, in 2023-03.",
    ]
    for text in rows:
        assert [m.span() for m in PERIOD_LOWER.finditer(text.lower())] == [m.span() for m in PERIOD.finditer(text)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a headline figure with no time words is the fact its body states the time of
        ("Coastal province's exports grow 7.4 percent\n\nHAIKOU, Feb. 16 -- The province's exports grew 7.4 percent "
         "in 2022 despite weak demand, officials said.", "2023-02-16", ("2022-01-01", "2022-12-31", "carried")),
        ("Ministry to extend drip lines over 4.6 lakh hectares\n\nThe ministry will extend drip lines over 4.6 lakh "
         "hectares in the next financial year.", "2023-03-14", ("2024-01-01", "2024-12-31", "carried")),
    ],
)
def test_a_restated_figure_takes_the_time_its_restatement_states(
        fast: Any, text: str, published: str, expected: Time) -> None:
    headline, body = fast.extract(text, published=published).quantities
    assert body.same_as == headline.id
    assert headline.time is not None
    assert (str(headline.time.start), str(headline.time.end), headline.time.basis) == expected


def test_a_figure_restated_for_another_stated_time_is_another_fact(fast: Any) -> None:
    first, second = fast.extract("Rice output reached 4.61 million tonnes in 2021.\n\nIn 2019, maize output was "
                                 "also 4.61 million tonnes.", published="2022-03-01").quantities
    assert second.same_as is None and first.time is not None and first.time.start.year == 2021
