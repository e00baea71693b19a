"""The publication date an article states: header lines, datelines, closing lines, the url."""

from __future__ import annotations

import pytest

from pressparse.ingest import make_article
from pressparse.normalize.published import publication_date

BODY = "The council approved 4,200 new school places and $12 million for repairs."

STATED = [
    # labelled header lines
    (f"Roads plan advances\n\nRelease date: 2021-10-18    Source: Office of Statistics\n\n{BODY}", None, "2021-10-18"),
    (f"Ministry of Ports\n\nPosted On: 14 MAR 2023 5:42PM by PIB Chennai\n\n{BODY}", None, "2023-03-14"),
    (f"Press Note No: 112        Date: 07.02.2024\n\n{BODY}", None, "2024-02-07"),
    (f"date 2024-02-02\n\nHarbour works begin\n\n{BODY}", None, "2024-02-02"),
    (f"Harbour works begin\nDate: 12/18/2023\n\n{BODY}", None, "2023-12-18"),  # the second number is no month
    (f"Harbour works begin\n2023-12-18T09:40:00+02:00\n\n{BODY}", None, "2023-12-18"),  # an ISO time stamp
    (f"Harbour works begin\nPublished: 2023-12-18T09:40:00Z | County Desk\n\n{BODY}", None, "2023-12-18"),
    (f"Updated: Jul 9, 2022 18:40  Gazette\n\n{BODY}", None, "2022-07-09"),
    # a line that is, or ends with, a date
    (f"Harbour works begin\n\nJune 3, 2022\n\n{BODY}", None, "2022-06-03"),
    (f"港口工程开工\n2023年5月18日\n\n{BODY}", None, "2023-05-18"),
    (f"Office of the Treasurer, Port Moresby, 1 March 2023\n\n{BODY}", None, "2023-03-01"),
    (f"Weekly Briefing by the Ministry Spokesperson on September 21, 2022\n\n{BODY}", None, "2022-09-21"),
    (f"Harbour works begin\nSource: County Daily | 2020-11-04 09:12\n\n{BODY}", None, "2020-11-04"),
    # datelines opening the first paragraph
    (f"Harbour works begin\n\nLANSING, Mich., Sept. 18, 2023 – {BODY}", None, "2023-09-18"),
    (f"Harbour works begin\n\nACCRA / LOME, 15 October 2024 – {BODY}", None, "2024-10-15"),
    # a wire dateline with no comma after the place: the agency in brackets after the date marks it
    (f"Harbour works begin\n\n2 min read\n\nDar es Salaam March 4, 2023 (TSN) {BODY} {BODY}", None, "2023-03-04"),
    (f"Harbour works begin\n\nKisumu 12 June 2021 (KNA) {BODY} {BODY}", None, "2021-06-12"),
    # in a long line, a label deep inside, a dateline at its start (the rest of the line is not scanned)
    (f"Harbour works begin\n\n{BODY} {BODY} The notice was posted on: March 3, 2022 (the county's site).",
     None, "2022-03-03"),
    (f"Harbour works begin\n\nLANSING, Mich., Sept. 18, 2023 – {BODY} Costs rose 5% (to $3 million); {BODY}",
     None, "2023-09-18"),
    (f"Harbour works begin\n\nKUMASI, Aug. 4 -- {BODY} Costs rose 5% (to $3 million) from June 1, 2021. {BODY}",
     None, "2021-08-04"),
    # a closing line
    (f"Harbour works begin\n\n{BODY}\n\n{BODY}\n\nEnds/Friday, May 19, 2023\nNNNN", None, "2023-05-19"),
    # a dateline without its year: from the url, else from the text
    (f"Harbour works begin\n\nKUMASI, Aug. 4 -- {BODY}", "https://news.example.gh/2021/08/04/roads.html",
     "2021-08-04"),
    ("Maize harvest\n\nDODOMA, March 9 (Agency) -- The region harvested 2.1 million tonnes of maize in 2022, "
     "officials said on Thursday.", None, "2023-03-09"),
    ("Grain report\n\nNAIROBI, Dec. 14 -- Output reached 4.4 million tonnes in 2021, up 3 percent, the "
     "ministry said.", None, "2021-12-14"),
    ("Flood relief\n\nTAMALE, Aug. 10 -- Rescuers moved 900 residents to safety.\n\nBoats carry villagers in "
     "Savelugu District, Aug. 9, 2021. (Photo/Agency)", None, "2021-08-10"),
    ("Debt report\n\nVALLETTA, April 22 (Wire) - Debt fell to 51.2% of output last year from 53.4% in 2022, "
     "the statistics office reported.", None, "2024-04-22"),
    # ... or from a part of a year the text reports as past: over by the dateline's day, that year; else the next
    ("Jobless figures\n\nSFAX, 14 November (Agency) - The jobless rate fell to 14.8% in the third quarter of "
     "2016, the institute said.", None, "2016-11-14"),
    ("Trade figures\n\nNOVI SAD, 12 August - Exports rose 8% in January-July 2019, the statistics office said.",
     None, "2019-08-12"),
    ("Trade figures\n\nOHRID, 3 February - Exports rose 6% in the fourth quarter of 2017, the office said.",
     None, "2018-02-03"),
    # only the url has a date
    (f"Harbour works begin\n\n{BODY}", "https://example.gov/news/2022-05-06/harbour.html", "2022-05-06"),
    (f"Harbour works begin\n\n{BODY}", "https://example.com.pk/10-Aug-2023/harbour", "2023-08-10"),
]

NOT_STATED = [
    # an event date in the body is not the publication
    f"Harbour works begin\n\nOn May 12, the county held a meeting on harbour works. {BODY}",
    "The plan, adopted on Dec. 3, 2020, says the county will build roads, the mayor said on Friday.",
    # a photo caption deep in the text
    "Harbour works begin\n\n" + "\n\n".join([BODY] * 30)
    + "\n\nWorkers lay stones at the harbour of Takoradi, Western Region, April 10, 2022. (Agency/Photo)\n\n"
    + "\n\n".join([BODY] * 8),
    # a full date inside a long body line, with no label before it
    f"Harbour works begin\n\n{BODY} The county (with 5% of the funds) signed on March 3, 2022 in Takoradi. {BODY}",
    # a date after capitalized words but no wire agency after it, or words no place opens with
    f"Harbour works begin\n\nCounty Council March 4, 2023 approved {BODY} {BODY}",
    f"Harbour works begin\n\nOn March 4, 2023 (TSN) {BODY} {BODY}",
    # a year-less dateline and no year anywhere
    f"Harbour works begin\n\nKUMASI, Aug. 4 -- {BODY}",
    # a year-less dateline whose text speaks only of plans
    "Harbour works begin\n\nKUMASI, Aug. 4 -- The region will build 30 berths in 2026, the port said.",
    "Trade figures\n\nOHRID, 3 February - Exports will rise 6% in the fourth quarter of 2027, the office said.",
]


@pytest.mark.parametrize(("text", "url", "expected"), STATED)
def test_stated_publication_dates(text: str, url: str | None, expected: str) -> None:
    stated = publication_date(text, url)
    assert stated is not None and stated.day.isoformat() == expected


@pytest.mark.parametrize("text", NOT_STATED)
def test_no_publication_date_where_the_text_states_none(text: str) -> None:
    assert publication_date(text) is None


def test_the_article_reads_its_date_from_text_or_url_only_when_metadata_has_none() -> None:
    article = make_article(f"Harbour works begin\n\nKUMASI, Aug. 4 -- {BODY}",
                           source={"url": "https://news.example.gh/2021/08/04/roads.html"})
    assert article.published is not None and article.published.isoformat() == "2021-08-04"
    assert [w.code for w in article.warnings] == ["published_from_text"]
    from_url = make_article(BODY, source={"url": "https://example.gov/news/20220506/harbour.html"})
    assert from_url.published is not None and from_url.published.isoformat() == "2022-05-06"
    assert [w.code for w in from_url.warnings] == ["published_from_url"]
    given = make_article(f"June 3, 2022\n\n{BODY}", published="2022-06-04")
    assert given.published is not None and given.published.isoformat() == "2022-06-04"
    assert not given.warnings
