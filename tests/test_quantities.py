"""The ``pressparse_quantities`` component on real sentences.

Tables, each row ``(text, expected)`` where ``expected`` lists every figure the text holds as a dict
of the fields that matter for the row (value and unit always; approx, entity words, change, time
when given). Rows are grouped by where they came from: CORPUS (sentences of corpus/ articles),
EDGE (awkward shapes from the issue), NOT_QUANTITIES (numbers that must yield nothing), BUGS
(regressions seen while building the rules). New cases go into the matching list.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from pressparse.extensions import QUANTITIES, WARNINGS

from .conftest import rules_pipeline

Expected = list[dict[str, Any]]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return rules_pipeline("pressparse_quantities")


def read(nlp: Language, text: str, published: str | None = "2020-11-20") -> list[dict[str, Any]]:
    doc = nlp.make_doc(text)
    doc._.pp_published = published
    doc = nlp(doc)
    return [dict(span._.pp_quantity, text=span.text) for span in doc.spans[QUANTITIES]]


def check(found: list[dict[str, Any]], expected: Expected) -> None:
    assert [q["unit"] for q in found] == [e.get("unit") for e in expected], found
    assert [q["value"] for q in found] == pytest.approx([e["value"] for e in expected]), found
    for got, want in zip(found, expected, strict=True):
        for key, value in want.items():
            if key == "entity":
                assert (got["entity"] is None) if value is None else (got["entity"] and value in got["entity"]), got
            elif key in ("value", "value_max", "si_value"):
                assert got[key] == pytest.approx(value), (key, got)
            else:
                assert got[key] == value, (key, got)


CORPUS = [
    ("A total of 32,688 poverty alleviation workshops have been built to train leaders.",
     [{"value": 32688, "entity": "poverty alleviation workshops", "kind": "count"}]),
    ("The workshop attracted 437,000 jobs from the doorsteps of the poor, and leaders of entrepreneurship "
     "boosted incomes for 4.06 million poor.",
     [{"value": 437000, "entity": "jobs"}, {"value": 4.06e6, "entity": "poor"}]),
    ("Li Zhong presented that at the end of October, 29.73 million poor workers were migrant workers.",
     [{"value": 29.73e6, "entity": "workers", "time_text": "at the end of October",
       "time_start": "2020-10-31", "time_end": "2020-10-31"}]),
    ("Build more than 30,000 poverty alleviation workshops",
     [{"value": 30000, "approx": "gt", "entity": "poverty alleviation workshops"}]),
    ("more than 90% of the poverty-stricken people have received support, and more than 2/3 are mainly "
     "dependent on migrant work.",
     [{"value": 90, "unit": "percent", "approx": "gt", "entity": "poverty-stricken people"},
      {"value": 2 / 3, "unit": "fraction", "approx": "gt", "entity": "poverty-stricken people"}]),
    ("According to Ou Qingping, from 2016 to 2020, the number of working poor who go out to work has "
     "increased by more than 10 million.",
     [{"value": 1e7, "approx": "gt", "change": "up", "entity": "working poor",
       "time_text": "from 2016 to 2020", "time_start": "2016-01-01", "time_end": "2020-12-31"}]),
    ("The European Commission has today selected 14 cross-border energy infrastructure projects to receive "
     "€750 million in EU grants under the Connecting Europe Facility.",
     [{"value": 14, "entity": "energy infrastructure projects"},
      {"value": 750e6, "unit": "EUR", "kind": "money", "entity": "EU grants"}]),
    ("they are expected to allow up to 9,400 GWh of additional renewable electricity to be traded",
     [{"value": 9.4e9, "unit": "kWh", "approx": "lte", "kind": "measure", "entity": "renewable electricity",
       "si_value": 9.4e9 * 3.6e6}]),
    ("EU grants will cover between 30% and 50% of eligible costs.",
     [{"value": 30, "value_max": 50, "unit": "percent", "entity": "eligible costs", "approx": None}]),
    ("Of the 14 projects, nine concern electricity transmission, three concern smart grids and two concern "
     "cross-border carbon dioxide transport.",
     [{"value": 14, "entity": "projects"}, {"value": 9, "entity": "projects"},
      {"value": 3, "entity": "projects"}, {"value": 2, "entity": "projects"}]),
    ("Centre sanctions Rs 1,500 crore to bring micro-irrigation to 2.5 lakh farm households",
     [{"value": 1.5e10, "unit": "INR"}, {"value": 250000, "entity": "farm households"}]),
    ("micro-irrigation raises yields by around 20 per cent, while cutting fertiliser use by nearly "
     "one-fourth.",
     [{"value": 20, "unit": "percent", "approx": "approx", "change": "up", "entity": "yields"},
      {"value": 0.25, "unit": "fraction", "approx": "approx", "change": "down", "entity": "fertiliser use"}]),
    ("The unit cost ceiling for drip systems has been revised to ₹1.25 lakh per hectare.",
     [{"value": 125000, "unit": "INR_per_hectare", "entity": "unit cost ceiling"}]),
    ("The survey found that around one in five school blocks in England is past its designed life.",
     [{"value": 0.2, "unit": "fraction", "approx": "approx", "entity": "school blocks"}]),
    ("the projects will keep approximately 2.6 million metric tons of sediment out of streams each year",
     [{"value": 2.6e6, "unit": "tonne", "approx": "approx", "entity": "sediment", "si_value": 2.6e9}]),
    ("Its grain output is expected to exceed 600,000 tonnes.",
     [{"value": 600000, "unit": "tonne", "approx": "gt", "entity": "grain output"}]),
    ("Its autumn tea output is expected to reach 460 tonnes, up 8 percent year on year.",
     [{"value": 460, "unit": "tonne", "entity": "autumn tea output"},
      {"value": 8, "unit": "percent", "change": "up", "entity": "autumn tea output"}]),
    ("The number of poverty alleviation workshops in the province has doubled since 2020 to 2,830.",
     [{"value": 2, "unit": "times", "kind": "multiple"}, {"value": 2830}]),
    ("In Zhaotong City, the number of people employed through labour service cooperatives is 1.5 times that "
     "of 2020.",
     [{"value": 1.5, "unit": "times", "kind": "multiple"}]),
    ("The per capita disposable income of households lifted out of poverty reached 14,683 yuan in 2022, up "
     "12.6 percent year on year.",
     [{"value": 14683, "unit": "yuan_per_person", "kind": "money", "entity": "per capita disposable income",
       "time_text": "in 2022", "time_start": "2022-01-01"},
      {"value": 12.6, "unit": "percent", "change": "up", "entity": "per capita disposable income"}]),
    ("In the third quarter, the national capacity utilization rate of industry was 77.1 percent, down 0.9 "
     "percentage points from the second quarter.",
     [{"value": 77.1, "unit": "percent", "entity": "capacity utilization rate"},
      {"value": 0.9, "unit": "percentage_point", "change": "down"}]),
    ("Two thirds of the schools selected in the first round are in areas where more than 30% of pupils are "
     "eligible for free school meals.",
     [{"value": 2 / 3, "unit": "fraction", "entity": "schools"},
      {"value": 30, "unit": "percent", "approx": "gt", "entity": "pupils"}]),
    ("Blackpool Council and Kent County Council are among 23 councils that will manage rebuilding "
     "projects on behalf of maintained schools.",
     [{"value": 23, "entity": "councils"}]),
    ("About 1,300 hectares of terraces in the town were planted with red rice this year, with an expected "
     "output of 5,200 tonnes.",
     [{"value": 1300, "unit": "hectare", "approx": "approx", "entity": "terraces", "si_value": 1.3e7},
      {"value": 5200, "unit": "tonne", "entity": "output"}]),
    ("a local cooperative has signed purchase agreements for 3,000 tonnes of dried peppers at a guaranteed "
     "price of 16 yuan per kilogram.",
     [{"value": 3000, "unit": "tonne", "entity": "dried peppers"},
      {"value": 16, "unit": "CNY_per_kg", "entity": "guaranteed price"}]),  # a rate kept whole (#9)
]

EDGE = [
    ("Prices rose 5-10 million yuan.", [{"value": 5e6, "value_max": 1e7, "unit": "CNY"}]),
    ("It employs 10 thousand people and trained 15.3 thousand rural workers.",
     [{"value": 1e4, "entity": "people"}, {"value": 15300, "entity": "rural workers"}]),
    ("Investment reached 1.2 trillion yuan.", [{"value": 1.2e12, "unit": "CNY", "entity": "Investment"}]),
    ("I want a hundred of those and twenty-five villages.",
     [{"value": 100}, {"value": 25, "entity": "villages"}]),
    # a vague plural is no figure: no reader lists "thousands of pupils" (golds: never, or optional)
    ("Thousands of pupils and dozens of villages and hundreds of teachers benefited.", []),
    ("Tens of thousands of runners raised millions of dollars and billions of rupees.", []),
    ("Nearly half of the funding and a quarter of the land went to two-thirds of poor families.",
     [{"value": 0.5, "unit": "fraction", "approx": "approx", "entity": "funding"},
      {"value": 0.25, "unit": "fraction", "entity": "land"},
      {"value": 2 / 3, "unit": "fraction", "entity": "poor families"}]),
    ("Costs fell by 5 to 10 percent.", [{"value": 5, "value_max": 10, "unit": "percent", "change": "down"}]),
    ("Wages grew between 20 and 30 percent.", [{"value": 20, "value_max": 30, "unit": "percent"}]),
    ("The unemployment rate fell by 1.5 points.",
     [{"value": 1.5, "unit": "percentage_point", "change": "down"}]),
    ("Output increased by 10 million tonnes.", [{"value": 1e7, "unit": "tonne", "change": "up"}]),
    ("It paid $1.2 billion, US$5 million, €10M, £150,000, ¥300 and JPY 500.",
     [{"value": 1.2e9, "unit": "USD"}, {"value": 5e6, "unit": "USD"}, {"value": 1e7, "unit": "EUR"},
      {"value": 150000, "unit": "GBP"}, {"value": 300, "unit": "CNY"}, {"value": 500, "unit": "JPY"}]),
    ("Urban income was RMB 35,128 yuan, or 2,000 yuan per person.",
     [{"value": 35128, "unit": "CNY"}, {"value": 2000, "unit": "yuan_per_person"}]),
    ("The base covers 10,000 mu.",
     [{"value": 10000, "unit": "mu", "si_value": 6_666_700, "si_unit": "m**2"}]),
    ("It covers 20 square kilometres and a 330 km cable, using 5 MWh.",
     [{"value": 20, "unit": "km2", "si_value": 2e7}, {"value": 330, "unit": "km", "entity": "cable"},
      {"value": 5000, "unit": "kWh"}]),
    ("no less than 5 tonnes, at most 7 tonnes, fewer than 500 acres, close to 300 people, roughly 40 farms, "
     "some 3,000 people, under 12 percent",
     [{"value": 5, "unit": "tonne", "approx": "gte"}, {"value": 7, "unit": "tonne", "approx": "lte"},
      {"value": 500, "unit": "acre", "approx": "lt"}, {"value": 300, "approx": "approx"},
      {"value": 40, "approx": "approx"}, {"value": 3000, "approx": "approx"},
      {"value": 12, "unit": "percent", "approx": "lt"}]),
    ("strive to make the clean heating rate of the northern region reach 70% or more.",
     [{"value": 70, "unit": "percent", "approx": "gte", "entity": "clean heating rate"}]),
    ("Drip and sprinkler coverage to be extended over 3.2 lakh hectares in 12 States",
     [{"value": 320000, "unit": "hectare", "approx": None, "entity": "coverage"},
      {"value": 12, "entity": "States"}]),
    ("Zhenxiong County alone has set up 86 cooperatives.",
     [{"value": 86, "change": None, "entity": "cooperatives"}]),
]

NOT_QUANTITIES = [
    # a two-digit year and the next is a financial year, not a fraction; "a third" before a noun is a rank
    "A subsidy for water tanks (18/19) and a plan for 22/23.",
    "The region braces for a third wave and the mayor seeks a fifth straight term.",
    "In 2017 he won the gold medal of the 44th World Skills Competition.",
    "From 2016 to 2020 the policy held.",
    "The picture shows workers on Nov. 18. At the press conference on November 19, he spoke.",
    "Posted On: 14 MAR 2023 5:42PM by PIB Delhi; we meet at 2 pm.",
    "After five years of hard work, the proportion who go out for more than half a year has increased.",
    "It is the 14th Five-Year Plan and the 13th Five-Year Plan.",
    "COVID-19 and the G20 meeting.",
    "Call 010-6512-3456 for details.",
    "Release No. 0214.23 under Section 319 for Region 7.",
    "1. Expand employment channels.\n2. Improve policy.",
    "Heilongjiang has ranked first in grain output for 12 consecutive years.",
    "Area has grown since 2015-16 and for 2024-25.",
    "WASHINGTON, Sept. 18, 2023 - the release.",
    "Grant agreements are expected by the end of the first quarter of 2024.",
    "The agency will notify successful schools within eight weeks.",
    "First, one is to provide training; the other is to help them.",
    "Someone acted on behalf of the schools.",
    # phone numbers written with spaces: a cue, a leading 0, an area code in parentheses, 1300/1800
    "For details call 0418 222 907 or phone 03 9651 0000.",
    "Enquiries: (08) 8226 1234; freecall 1300 654 321.",
    "Bookings on 1800 222 333 from Monday.",
    "Media contact: Office of the Minister | 0412 345 678",
    "Hotline: 2835 1234.",
    # held-out batch 5: a P glued to a plain number is a code or a grade, not pesos
    "The P90 respirator was given to the P2 students at the P4 lab.",
    # financial years are no fractions
    "Work starts in the 2024/25 financial year, after the 2023/24 budget and FY2024/25 plan.",
    "The 1999/2000 season ended.",
    # a scale word with no number read before it is no figure
    "The billion-dollar question and the million-strong crowd.",
    # held-out batch 6: North American and Singapore phone numbers in contact blocks
    "Media Relations\nCommunications Office\n604 555-0187",
    "For bookings, ring the hotline at 1800 225 5432 or the office at 6325 3066.",
    "Enquiries: 6866 1234 / 9123 4567",
    # an N glued to a plain number is a code, not naira
    "Nurses wore N95 masks in ward N2 after the N-1 grid failure.",
    # a glued-only sign apart from a year leaves it a year
    "The plan for block N 2024 and zone P 2025 was set.",
    # held-out batch 7: dates written with dots, dashes or slashes, and leading-zero codes
    "Circular No: 045 Date: 18.01.2024",
    "The order dated 17.01.2024 took effect on 05/03/2024 and again on 18-01-2024 and 2024.01.18.",
    "File 087-A was opened under order No. 007 and reference 0214.23.",
]

BUGS = [
    # held-out articles: a bound after a participle, adjectival money, day ranges, concentrations
    ("Floods in Pakistan have affected over 33 million people.",
     [{"value": 33e6, "unit": None, "approx": "gt", "entity": "people"}]),
    ("The province will set up a 5-billion-yuan fund for chips.",
     [{"value": 5e9, "unit": "CNY", "entity": "fund"}]),
    ("He will attend the UN General Assembly in New York from September 18 to 24.", []),
    ("Rents will be about HK$1,600 to HK$4,900 a month.",
     [{"value": 1600, "value_max": 4900, "unit": "HKD", "approx": "approx"}]),
    ("The county raised its forest coverage rate from 5.6 percent to 12.8 percent, he said.",
     [{"value": 5.6, "unit": "percent"}, {"value": 12.8, "unit": "percent"}]),
    ("Spending will reach R2.27 trillion, and up to R15 000 per person; the FOR 5 PLAN is no money.",
     [{"value": 2.27e12, "unit": "ZAR"}, {"value": 15000, "unit": "ZAR", "approx": "lte"}, {"value": 5, "unit": None}]),
    # South African regional roads look like rand amounts
    ("Traffic on the R61 road and along the R573 was diverted; the R350 grant and R61 million were paid.",
     [{"value": 350, "unit": "ZAR"}, {"value": 61e6, "unit": "ZAR"}]),
    ("Roads will carry 1.69 billion trips, more than double last year's figure.",
     [{"value": 1.69e9, "unit": None}, {"value": 2, "unit": "times", "approx": "gt"}]),
    ("Nearly 2 out of every 3 dollars will go to rural areas.",
     [{"value": 0.6667, "unit": "fraction", "approx": "approx"}]),
    ("Three in 10 villages now have clinics; Voyager 2 in 1979 was no ratio.",
     [{"value": 0.3, "unit": "fraction", "entity": "villages"}]),  # "Voyager 2" names a probe (#9)
    ("Networks must deliver at least 100 megabits per second.",
     [{"value": 100, "unit": "Mbps", "approx": "gte", "si_value": 1e8, "si_unit": "bit/s"}]),
    ("The average PM2.5 concentration was 30 micrograms per cubic meter, down 5.7 percent.",
     [{"value": 30, "unit": "ug/m3", "si_value": 3e-08, "si_unit": "kg/m**3"},
      {"value": 5.7, "unit": "percent", "change": "down"}]),
    # the second "to" figure is no range end when units or scales differ
    ("NABARD has sanctioned loans of ₹4,710 crore to eight States under the Fund.",
     [{"value": 4.71e10, "unit": "INR", "entity": "loans"}, {"value": 8, "entity": "States"}]),
    ("Corn output grew by 4.6 percent to 272.55 million tonnes.",
     [{"value": 4.6, "unit": "percent", "change": "up", "entity": "Corn output"},
      {"value": 272.55e6, "unit": "tonne", "entity": "Corn output"}]),
    ("It represents an increase of 13.36 million tonnes over 2020.", [{"value": 13.36e6, "unit": "tonne"}]),
    ("Value added reached 32.06 trillion yuan.", [{"value": 32.06e12, "unit": "CNY"}]),
    # a time expression is not what money is spent "in"
    ("GDP reached 82.31 trillion yuan in the first three quarters of 2021.",
     [{"value": 82.31e12, "unit": "CNY", "entity": "GDP",
       "time_start": "2021-01-01", "time_end": "2021-09-30"}]),
    ("the province has allocated 1.2 billion yuan this year for employment subsidies",
     [{"value": 1.2e9, "unit": "CNY", "entity": "employment subsidies", "time_text": "this year"}]),
    ("The village planted about 2,000 mu (about 133 hectares) of local glutinous rice this year.",
     [{"value": 2000, "unit": "mu", "approx": "approx", "entity": "glutinous rice"},
      {"value": 133, "unit": "hectare", "approx": "approx", "entity": "glutinous rice"}]),
    # held-out batch 4: phone numbers next to space-grouped thousands, which still read
    ("Call 0418 222 907 to join; 12 500 people and R15 000 per person, or 1800 123 456.",
     [{"value": 12500, "unit": None, "entity": "people"}, {"value": 15000, "unit": "ZAR"}]),
    ("Schools (02) 6391 2000 serve 3 400 pupils.", [{"value": 3400, "entity": "pupils"}]),
    # held-out batch 6: "250 896-4291" once read as 250,896; "1800 866 3066" as 866 and 3066
    ("Call 250 896-4291 or 1800 866 3066: 250 896 people and 6325 tonnes in 3066 sacks.",
     [{"value": 250896, "entity": "people"}, {"value": 6325, "unit": "tonne"}, {"value": 3066, "entity": "sacks"}]),
    ("The plant treats 6 ML a day.", [{"value": 6, "unit": "megalitre_per_day", "entity": None}]),
    # held-out batch 5: "P3.94 billion" once gave the figures "billion" and ",000"
    ("Losses reached P3.94 billion and payouts ranged from P10,000 to P15,000 per hectare.",
     [{"value": 3.94e9, "unit": "PHP"}, {"value": 10000, "value_max": 15000, "unit": "PHP_per_hectare"}]),
    ("A billion, a million people, one million trees and two hundred schools.",
     [{"value": 1e9}, {"value": 1e6, "entity": "people"}, {"value": 1e6, "entity": "trees"},
      {"value": 200, "entity": "schools"}]),
    ("Income reached RMB35,128 and aid R10 000 to R15 000 per family.",
     [{"value": 35128, "unit": "CNY"}, {"value": 10000, "value_max": 15000, "unit": "ZAR"}]),
    ("Henan targets over 1.1 mln new urban jobs.",
     [{"value": 1.1e6, "unit": None, "approx": "gt", "entity": "urban jobs"}]),
    ("The fiscal year 2024/25 plan puts 3/4 of the funds into 1/2 of the towns.",
     [{"value": 0.75, "unit": "fraction"}, {"value": 0.5, "unit": "fraction"}]),
    # held-out batch 6: "from X to Y unit" after a verb of change is two figures, the first in Y's unit
    ("The scheme will expand the irrigated area of the valley project from 8,000 to 12,500 hectares.",
     [{"value": 8000, "unit": "hectare"}, {"value": 12500, "unit": "hectare"}]),
    ("Flats will range in size from 30 to 45 square metres.",
     [{"value": 30, "value_max": 45, "unit": "m2"}]),
    ("The team grew from 12 to 20 people, and the contract was extended from 3 to 5 years.",
     [{"value": 12}, {"value": 20, "entity": "people"}]),
    # "half" before a determiner and a noun; "half the time" is no fraction
    ("Farmers lost half the harvest, and half their income; half the time it rained.",
     [{"value": 0.5, "unit": "fraction", "entity": "harvest"}, {"value": 0.5, "unit": "fraction", "entity": "income"}]),
    ("In the first half, and half of the budget.", [{"value": 0.5, "unit": "fraction", "entity": "budget"}]),
    # "N times" counts events unless it compares ("4.6 times the level", "increased 2.7 times")
    ("They irrigate two or three times a season, and the team visited 14 times.",
     [{"value": 2, "value_max": 3, "unit": None}, {"value": 14, "unit": None}]),
    ("Sales were 4.6 times the 2021 level, output rose nearly three times and costs are five times higher.",
     [{"value": 4.6, "unit": "times"}, {"value": 3, "unit": "times", "approx": "approx"},
      {"value": 5, "unit": "times"}]),
    ("Fees are up to three times that rate; 2 or 3 tonnes; 20% or 30 million.",
     [{"value": 3, "unit": "times", "approx": "lte"}, {"value": 2, "value_max": 3, "unit": "tonne"},
      {"value": 20, "unit": "percent"}, {"value": 3e7, "unit": None}]),
    # held-out batch 7: "1,86,420" once read as 1; "18.01" of a date as a figure; "087" as 87
    ("Dated 18.01.2024: crops on 1,86,420 hectares were hit.",
     [{"value": 186420, "unit": "hectare"}]),
    ("Release No: 087, 22 per cent of 500 farms.",
     [{"value": 22, "unit": "percent"}, {"value": 500, "entity": "farms"}]),
    # a verb of change ("relax") makes "from X to Y" two figures, not a range
    ("The board will relax the moisture norm from 17 per cent to 22 per cent next season.",
     [{"value": 17, "unit": "percent"}, {"value": 22, "unit": "percent"}]),
    ("Water use rose from 12 to 18 per cent, and adjusted quotas went from 30 to 40 per cent.",
     [{"value": 12, "unit": "percent"}, {"value": 18, "unit": "percent"},
      {"value": 30, "unit": "percent"}, {"value": 40, "unit": "percent"}]),
    # a hedged equivalence keeps its bound over a gerund
    ("The cut is roughly equal to taking 2 million cars off the road, close to reaching 5 million homes.",
     [{"value": 2e6, "approx": "approx", "entity": "cars"}, {"value": 5e6, "approx": "approx", "entity": "homes"}]),
    ("The fund is used for including 40 schools, some existing 20 clinics.",
     [{"value": 40, "approx": None}, {"value": 20, "approx": None}]),
    # compound units hyphenated as adjectives; power in MW
    ("A disused 2,600-square-meter boiler house and a 500-cubic-metre tank; a 2.5-square-kilometre park.",
     [{"value": 2600, "unit": "m2", "entity": "boiler house"}, {"value": 500, "unit": "m3", "entity": "tank"},
      {"value": 2.5, "unit": "km2"}]),
    # "a dozen" counts after a bound or as a multiplier; "by X unit to Y unit" is a change and a level
    ("Nearly a dozen governments objected; a dozen said so; two dozen eggs.",
     [{"value": 12, "approx": "approx", "entity": "governments"}, {"value": 24, "entity": "eggs"}]),
    ("Debt rose by 392 billion euros to 12.99 trillion euros; emissions fell by 5 to 10 percent.",
     [{"value": 3.92e11, "unit": "EUR"}, {"value": 1.299e13, "unit": "EUR"},
      {"value": 5, "value_max": 10, "unit": "percent"}]),
    ("Output grew by 3% to 5% and prices were cut by 20 yuan to 80 yuan.",
     [{"value": 3, "value_max": 5, "unit": "percent"}, {"value": 20, "unit": "CNY"}, {"value": 80, "unit": "CNY"}]),
    ("The farm adds about 640 megawatts, 1.2 GW and 750 kW of capacity.",
     [{"value": 640, "unit": "MW", "approx": "approx", "si_value": 6.4e8},
      {"value": 1200, "unit": "MW"}, {"value": 0.75, "unit": "MW"}]),
]

# held-out batch 7 (Tamil Nadu): Indian grouping and rupees written "Rs." with no space
INDIAN_FIGURES = [
    ("Damage covered 1,86,420 hectares of 3,12,576 farmers in 12,34,56,789 square metres.",
     [{"value": 186420, "unit": "hectare"}, {"value": 312576, "entity": "farmers"},
      {"value": 123456789, "unit": "m2"}]),
    ("The State sanctioned Rs.498.35 crore, paid at Rs.17,000 per hectare and Rs.8,500 per hectare.",
     [{"value": 4.9835e9, "unit": "INR"}, {"value": 17000, "unit": "INR_per_hectare"},
      {"value": 8500, "unit": "INR_per_hectare"}]),
    ("It has provided Rs.1,734 crore, Rs 2,500 crore, ₹1,734 crore and Rs.10,00,000 so far.",
     [{"value": 1.734e10, "unit": "INR"}, {"value": 2.5e10, "unit": "INR"}, {"value": 1.734e10, "unit": "INR"},
      {"value": 1e6, "unit": "INR"}]),
    # lists and Western grouping are no Indian grouping
    ("Items 1, 2, 3 and 12,345,678 people; grades 1,2 and 3.",
     [{"value": 1}, {"value": 2}, {"value": 3}, {"value": 12345678, "entity": "people"}, {"value": 1},
      {"value": 3}]),
]

# held-out batch 5 (Philippine Department of Agriculture): the peso as P, ₱, Php and PHP
PESOS = [
    ("Damage climbed to P3.94 billion, PHP 2.44 billion of it in rice and ₱280 million in vegetables.",
     [{"value": 3.94e9, "unit": "PHP"}, {"value": 2.44e9, "unit": "PHP"}, {"value": 2.8e8, "unit": "PHP"}]),
    ("Farmers get a grant of Php 5,000, or Php5,000 each, and P1.50 per kilo.",
     [{"value": 5000, "unit": "PHP", "entity": "grant"}, {"value": 5000, "unit": "PHP"},
      {"value": 1.5, "unit": "PHP_per_kg"}]),
    ("Claims of P412 million and P1.8B were paid.",
     [{"value": 4.12e8, "unit": "PHP", "entity": "Claims"}, {"value": 1.8e9, "unit": "PHP"}]),
    # a P apart from its number, or on a plain number, is no peso
    ("Vitamin P 5,000 units and P500 vouchers.", [{"value": 5000, "unit": None, "entity": "units"}]),
]

# held-out batch 5: bounds written after the figure
APPROX_AFTER = [
    ("Projects are planned for 1,200-odd counties, 20-odd villages and thirty-odd towns.",
     [{"value": 1200, "approx": "gt", "entity": "counties"}, {"value": 20, "approx": "gt", "entity": "villages"},
      {"value": 30, "approx": "gt", "entity": "towns"}]),
    ("Children aged 12 and above and 40 tonnes or less; 70% or more.",
     [{"value": 12, "approx": "gte"}, {"value": 40, "unit": "tonne", "approx": "lte"},
      {"value": 70, "unit": "percent", "approx": "gte"}]),
    ("The odd 5 villages were an odd lot.", [{"value": 5, "approx": None, "entity": "villages"}]),
    ("Zhengzhou's GDP topped 1.36 trillion yuan and exports surpassed 800 billion yuan.",
     [{"value": 1.36e12, "unit": "CNY", "approx": "gt"}, {"value": 8e11, "unit": "CNY", "approx": "gt"}]),
    # held-out batch 6: the unit after "-odd", and "or so" (the suffix is part of the figure)
    ("The state will plant 45,000-odd hectares and 300-odd tonnes of seed.",
     [{"value": 45000, "unit": "hectare", "approx": "gt"}, {"value": 300, "unit": "tonne", "approx": "gt",
                                                              "entity": "seed"}]),
    ("The last 2,000 or so households will move in June.",
     [{"value": 2000, "approx": "approx", "entity": "households"}]),
]

# held-out batch 6: bounds the table missed
APPROX_BEFORE = [
    ("Schools lost as much as 40% of their staff, and rents rose as high as 12 per cent.",
     [{"value": 40, "unit": "percent", "approx": "lte", "entity": "staff"},
      {"value": 12, "unit": "percent", "approx": "lte"}]),
    ("Every home will be within 300 metres of a park.",
     [{"value": 300, "unit": "m", "approx": "lte", "entity": "park"}]),
    ("Each plant needs an investment of over 2 billion yuan.",
     [{"value": 2e9, "unit": "CNY", "approx": "gt"}]),
]

# a headline rounds what the body says: it takes the body's bound for the same figure
HEADLINE_BOUNDS = [
    ("Province to plant 300,000 trees\n\nThe province will plant more than 300,000 trees this year.",
     [{"value": 300000, "approx": "gt"}, {"value": 300000, "approx": "gt"}]),
    # the body gives the figure two bounds: the headline keeps none
    ("Fund pays 5,000 families\n\nUp to 5,000 families get aid. At least 5,000 families applied.",
     [{"value": 5000, "approx": None}, {"value": 5000, "approx": "lte"}, {"value": 5000, "approx": "gte"}]),
    # a sentence is no headline
    ("The fund paid 5,000 families. Up to 5,000 families got aid last year.",
     [{"value": 5000, "approx": None}, {"value": 5000, "approx": "lte"}]),
]


# held-out batch 6 (Nigerian State House): the naira glued to money-shaped figures, like the peso's P;
# Kenya's shilling as Sh (glued) and KSh
NAIRA_AND_SHILLINGS = [
    ("The council approved N27.3 billion for roads and N1.2bn for schools.",
     [{"value": 2.73e10, "unit": "NGN", "entity": "roads"}, {"value": 1.2e9, "unit": "NGN", "entity": "schools"}]),
    ("Each trader gets N150,000 per shop, while traders buy maize at ₦420,000 per tonne.",
     [{"value": 150000, "unit": "NGN_per_shop"}, {"value": 420000, "unit": "NGN_per_tonne"}]),
    ("Bus fares rose from N450.50 to N500.00 and 3 million naira was refunded.",
     [{"value": 450.5, "unit": "NGN"}, {"value": 500, "unit": "NGN"}, {"value": 3e6, "unit": "NGN"}]),
    ("Grants of N10,000 to N20,000 per farmer were paid.",
     [{"value": 10000, "value_max": 20000, "unit": "NGN"}]),
    ("Treasury released Sh4.5 billion, KSh 800 million and KSh2.1bn to 12 counties.",
     [{"value": 4.5e9, "unit": "KES"}, {"value": 8e8, "unit": "KES"}, {"value": 2.1e9, "unit": "KES"},
      {"value": 12, "entity": "counties"}]),
    # a bare N or Sh apart from its figure, or on a plain number, is no currency
    ("Block N 2,000 seats and Sh5 forms.", [{"value": 2000, "unit": None, "entity": "seats"}]),
]

# held-out batch 4: litres and their SI multiples (codes are names: "ML" lower-cased reads as ml)
VOLUMES = [
    ("The new main carries up to 2,400 megalitres (ML) a year and 9 ML a day.",
     [{"value": 2400, "unit": "megalitre", "approx": "lte", "si_value": 2.4e6, "si_unit": "m**3"},
      {"value": 9, "unit": "megalitre_per_day"}]),
    ("The dam released 25 gigalitres (GL) of water to the wetlands and 40 GL to farms.",
     [{"value": 25, "unit": "gigalitre", "si_value": 2.5e7, "entity": "water"}, {"value": 40, "unit": "gigalitre"}]),
    ("Households used 140 litres per person each day, 3 L of it for cooking and 250 ml for tea.",
     [{"value": 140, "unit": "litre", "si_value": 0.14, "si_unit": "m**3"},
      {"value": 3, "unit": "litre"}, {"value": 250, "unit": "millilitre", "si_value": 2.5e-4}]),
    ("The tank holds 500 kilolitres, about 132,000 gallons.",
     [{"value": 500, "unit": "kilolitre", "si_value": 500}, {"value": 132000, "unit": "gallon", "approx": "approx"}]),
    # held-out batch 6: flow rates are one figure, a volume per time
    ("The river ran at 12.8 cubic metres per second in August, and the weir passes 350 litres per second.",
     [{"value": 12.8, "unit": "m3/s", "si_value": 12.8, "si_unit": "m**3/s"},
      {"value": 350, "unit": "litre/s", "si_value": 0.35}]),
    ("Peak discharge reached 2,100 m3/s; the plant draws 40 megalitres per day.",
     [{"value": 2100, "unit": "m3/s"}, {"value": 40, "unit": "megalitre/day"}]),
]

# held-out batch 4: "N% of GDP" measures the subject, GDP is the base of the ratio
RATIO_BASES = [
    ("Public debt in the region fell to 71.2% of gross domestic product in 2023.",
     [{"value": 71.2, "unit": "percent", "entity": "Public debt"}]),
    ("The budget deficit widened to 4.1% of GDP from 3.8% a year before.",
     [{"value": 4.1, "unit": "percent", "entity": "budget deficit"},
      {"value": 3.8, "unit": "percent", "entity": "budget deficit"}]),
    ("Defence spending rose to 2.3 per cent of the country's GDP.",
     [{"value": 2.3, "unit": "percent", "entity": "Defence spending"}]),
    ("The treasury ran a surplus of 1.4% of GDP.", [{"value": 1.4, "unit": "percent", "entity": "surplus"}]),
    ("States must keep deficits below 3% of GDP.",
     [{"value": 3, "unit": "percent", "approx": "lt", "entity": "deficits"}]),
    # not a base: the thing after "of" is what the share counts
    ("About 40% of the villages and 25% of output went to the cooperatives.",
     [{"value": 40, "unit": "percent", "entity": "villages"}, {"value": 25, "unit": "percent", "entity": "output"}]),
]


def _ids(rows: list[tuple[str, Any]]) -> list[str]:
    return [text[:40] for text, _ in rows]


@pytest.mark.parametrize("text", NOT_QUANTITIES, ids=[t[:40] for t in NOT_QUANTITIES])
def test_not_quantities(nlp: Language, text: str) -> None:
    assert [q["text"] for q in read(nlp, text)] == []


# held-out batch 5: what a figure counts is never a bare adjective, a verb, a goal or a place
ENTITY_RULES = [
    ("Rural income reached 10,989 yuan, a nominal increase of 6.8 percent.",
     [{"value": 10989, "unit": "CNY", "entity": "Rural income"},
      {"value": 6.8, "unit": "percent", "entity": "Rural income"}]),
    ("Our goal is to keep total grain output above 650 million tonnes.",
     [{"value": 6.5e8, "unit": "tonne", "approx": "gt", "entity": "total grain output"}]),
    ("Jiaozuo, whose GDP topped 1.36 trillion yuan in 2023, will build a cluster.",
     [{"value": 1.36e12, "unit": "CNY", "approx": "gt", "entity": "GDP"}]),
    ("Villages will build or upgrade 42 million mu.", [{"value": 4.2e7, "unit": "mu", "entity": "Villages"}]),
    ("Yields may fall to less than half of what farmers expected.",
     [{"value": 0.5, "unit": "fraction", "approx": "lt", "entity": "Yields"}]),
    # "earns" is no thing: a sum a verb of earning moves is earnings (data/quantity_transfer_nouns.tsv)
    ("The family earns more than 300,000 yuan.", [{"value": 3e5, "unit": "CNY", "approx": "gt", "entity": "earnings"}]),
    # held-out batch 7: a rate between money and its purpose ("Rs.17,000 per hectare for irrigated crops")
    ("Aid will be paid at Rs.17,000 per hectare for irrigated crops and $40 per tonne for seed.",
     [{"value": 17000, "unit": "INR_per_hectare", "entity": "irrigated crops"},
      {"value": 40, "unit": "USD_per_tonne", "entity": "seed"}]),
]

# with the places component: a place it found is never the entity
PLACE_ENTITIES = [
    ("Hungary had the largest, 6.7%, followed by Romania at 6.6%.", [None, None]),
    ("Ghana topped 5 million tonnes.", [None]),
]


@pytest.mark.parametrize(("text", "entities"), PLACE_ENTITIES, ids=_ids(PLACE_ENTITIES))
def test_a_place_is_no_entity(text: str, entities: list[str | None]) -> None:
    found = read(rules_pipeline("pressparse_places", "pressparse_quantities"), text)
    assert [q["entity"] for q in found] == entities, found


# held-out batch 4: a bare "$" or "dollars" is the dollar of the article's places (the places
# component runs first); written-out currencies ("A$", "US$", "HK$") stay as written
LOCAL_DOLLARS = [
    ("The state will invest $40 million in new schools in Ballarat and Melbourne.", ["AUD"]),
    ("Ottawa will spend $2 billion on housing in Toronto, or 2 billion dollars.", ["CAD", "CAD"]),
    ("The Singapore government set aside $600 million.", ["SGD"]),
    ("The Hong Kong government will spend $3 billion on flats in Sha Tin; rents start at HK$2,000.",
     ["HKD", "HKD"]),
    ("The Sydney council spent US$4 million, a firm in Perth paid A$3 million and the state $2 million.",
     ["USD", "AUD", "AUD"]),
    # the states and countries named outweigh a town name shared with another country
    ("New South Wales will give Wellington and Dubbo $10 million for water.", ["AUD"]),
    # no single dollar country: the US, two dollars, no dollar, no place at all
    ("Michigan and Queensland each put $10 million into broadband.", ["USD"]),
    ("Councils in Sydney and Auckland agreed a $5 million fund.", ["USD"]),
    ("Beijing pledged $5 billion for the project in Guangdong.", ["USD"]),
    ("The fund paid $7 million and C$1 million.", ["USD", "CAD"]),
    # a bare "Rs" or "Shs" is the rupee or shilling of the article's places, as "$" is its dollar (#9)
    ("Lahore, Pakistan: the road will cost Rs 1,679m.", ["PKR"]),
    ("Kampala, Uganda: exports earned Shs 21.4 billion.", ["UGX"]),
    ("The fee is Rs 500 and Sh2,500 a bag.", ["INR", "KES_per_bag"]),
    ("Apia, Samoa: each district gets $1 million.", ["WST"]),
    # the article's own country (more of its places than any other) decides, though its places
    # name other dollar countries too; a tie between countries leaves the sign's default (above)
    ("Honiara, Solomon Islands: the ministry approved $156 million after talks with Australia and New Zealand.",
     ["SBD"]),
    ("Toronto, Ottawa and Ontario will share $40 million, the premier said after a visit to the United States.",
     ["CAD"]),
    ("Suva, Fiji: the ministry spent $3 million, while Samoa and Tonga spent less.", ["FJD"]),
    # no place says it: the people the article names do ("Nova Scotians"), unless two peoples tie;
    # places outrank them
    ("Nova Scotians will share $120 million in new funding.", ["CAD"]),
    ("Fijians and Samoans will share $5 million.", ["USD"]),
    ("Melbourne, Victoria: the state gave visiting Canadians $2 million.", ["AUD"]),
]


# the world's currencies from the CLDR (data/currency_names.tsv): an English name is its currency
# anywhere; a bare currency word or a local symbol is the currency of the article's country, the
# one currency every country writing a word means, else none (#9)
WORLD_CURRENCIES = [
    ("The port deal is worth 2.4 billion Jordanian dinars and 300 million Thai baht.", ["JOD", "THB"]),
    ("Mbabane, Eswatini: the ministry will spend E1.2 billion and 40 million emalangeni.", ["SZL", "SZL"]),
    ("Thimphu, Bhutan: each gewog gets Nu. 2 million, and each town Nu 5mn.", ["BTN", "BTN"]),
    ("Male, Maldives: the council paid Rf 12 million for the jetty.", ["MVR"]),
    ("Lusaka, Zambia: farmers received K350 million in input support.", ["ZMW"]),
    ("The tender came to 80 million ngultrum.", ["BTN"]),
    # no country named: a word two currencies share, or a symbol, says no currency
    ("The bank lent 5 million dinars.", [None]),
    ("Traffic on SR 520 rose 4 percent.", [None, "percent"]),
    # a name's initials glued to a money-shaped figure are a sign of the article's country ("JD" the
    # Jordanian dinar); nowhere else ("BD" names no currency where Bahrain is not named)
    ("Amman, Jordan: the pumping station cost JD412,500.", ["JOD"]),
    ("Manama, Bahrain: the bridge will cost BD2.1 billion.", ["BHD"]),
    ("The plant cost BD2.1 billion.", [None]),
    ("Riyadh, Saudi Arabia: the fee is SR 5,000.", ["SAR"]),  # the Saudi riyal's initials, the Seychelles' symbol
    # a symbol written apart from a money-shaped figure that one country uses is its currency anywhere
    ("The tender came to Nu 40mn.", ["BTN"]),
    ("The fee is SR 5,000.", [None]),
    ("The Moldovan parliament approved 430 million lei for roads.", ["MDL"]),
    # "pounds" is the pound of the article's country (GBP where none is known), a weight where the
    # country has no pound (#9)
    ("Leeds, England: the council spent 5 million pounds.", ["GBP"]),
    ("Cairo, Egypt: the ministry spent 5 million pounds.", ["EGP"]),
    ("The club paid 5 million pounds for the striker.", ["GBP"]),
    ("Topeka, Kansas: the hatchery released 400 pounds of trout.", ["lb"]),
    # a dollar sign marked with its country (the CLDR's symbols, or an ISO 3166-1 code before its own
    # dollar's sign) is that dollar anywhere (#9)
    ("The council paid BZ$51,000.50 for the road, EC$3.5 million for the port and GY$ 800,000 for the bridge.",
     ["BZD", "XCD", "GYD"]),
    ("The lodge charged T$250 a night and the ferry RD$ 4,000.", ["TOP", "DOP"]),
    # a symbol two currencies share is left to the hand table ("C$" the Canadian dollar); a code that
    # is no dollar country's is no sign ("ZZ$")
    ("The mill paid C$40 million and ZZ$12.", ["CAD", None]),
]


# the countries of the bodies an article names decide a sign its places leave open (#9)
AGENCY_COUNTRIES = [
    ("The Reserve Bank of Australia said banks lent $4 billion.", ["AUD"]),
    ("The Jordan News Agency said the council approved JD385,000 for pipes.", ["JOD"]),
]


@pytest.mark.parametrize(("text", "units"), AGENCY_COUNTRIES, ids=_ids(AGENCY_COUNTRIES))
def test_signs_follow_the_bodies_when_no_place_decides(text: str, units: list[str | None]) -> None:
    found = read(rules_pipeline("pressparse_places", "pressparse_agencies", "pressparse_quantities"), text)
    assert [q["unit"] for q in found] == units, found


@pytest.mark.parametrize(("text", "units"), WORLD_CURRENCIES, ids=_ids(WORLD_CURRENCIES))
def test_world_currencies_by_name_symbol_and_place(text: str, units: list[str | None]) -> None:
    found = read(rules_pipeline("pressparse_places", "pressparse_quantities"), text)
    assert [q["unit"] for q in found] == units, found


def test_currency_names_table_is_what_the_script_builds() -> None:
    from pressparse.data.build_currency_names import OUT, build

    assert OUT.read_text(encoding="utf-8") == build(), "currency_names.tsv is stale: run build_currency_names"


@pytest.mark.parametrize(("text", "units"), LOCAL_DOLLARS, ids=_ids(LOCAL_DOLLARS))
def test_bare_dollars_follow_the_places(text: str, units: list[str]) -> None:
    found = read(rules_pipeline("pressparse_places", "pressparse_quantities"), text)
    assert [q["unit"] for q in found] == units, found


# a file of news sentences, one a story: each line's places decide its own "$" (#9)
SENTENCE_LINES = "\n".join([
    "Belmopan, Belize: the ministry spent $3 million on roads.",
    "Shares in the carmaker rose 4 percent on Monday.",
    "An average $500,000 home would pay about $300 more a year.",
    "Charlottetown, Prince Edward Island, will upgrade its buses for $772,000.",
    "The storm dropped 80 millimetres of rain overnight.",
    "Officials said 12 schools would close.",
    "The league fined the club 20,000 euros.",
    "Exports fell 3.1 percent in May.",
])


def test_each_news_sentence_line_reads_its_own_dollar() -> None:
    found = read(rules_pipeline("pressparse_places", "pressparse_quantities"), SENTENCE_LINES)
    dollars = [(q["text"], q["unit"]) for q in found if q["text"].startswith(("$", "about $"))]
    assert dollars == [("$3 million", "BZD"), ("$500,000", "USD"), ("about $300", "USD"), ("$772,000", "CAD")]


def test_an_article_reads_one_dollar_for_all_its_lines() -> None:
    article = "Roads and buses\n\n" + SENTENCE_LINES.replace("Charlottetown, Prince Edward Island,", "The city")
    found = read(rules_pipeline("pressparse_places", "pressparse_quantities"), article)
    assert {q["unit"] for q in found if "$" in q["text"]} == {"BZD"}


def test_demonym_table_is_what_the_script_builds() -> None:
    from pressparse.data.build_demonyms import OUT, build

    assert OUT.read_text(encoding="utf-8") == build(), "demonyms.tsv is stale: run build_demonyms"


def test_dollar_table_is_what_the_script_builds() -> None:
    from pressparse.data.build_dollar_currencies import OUT, build

    assert OUT.read_text(encoding="utf-8") == build(), "currency_dollars.tsv is stale: run build_dollar_currencies"


def test_garbled_number_is_a_warning_not_a_value(nlp: Language) -> None:
    doc = nlp("More than% of those affected by poverty have received support.")
    assert list(doc.spans[QUANTITIES]) == []
    warnings = list(doc.spans[WARNINGS])
    assert [w.text for w in warnings] == ["More than%"]
    assert warnings[0]._.pp_warning["code"] == "malformed_number"


def test_scrape_repeats_yield_one_quantity(nlp: Language) -> None:
    """The Sina article repeats a photo caption with small wording changes."""
    text = (
        "The poverty alleviation workshop produces various types of inducers, providing approximately "
        "150 jobs for residents in the surrounding resettlement areas. Photo by reporter Chen Sihan.\n"
        "The poverty alleviation workshop produces various types of inducers, which provide "
        "approximately 150 jobs for residents in the surrounding resettlement areas. Photo by Chen Sihan, "
        "a reporter."
    )
    assert [q["value"] for q in read(nlp, text)] == [150]


def test_the_same_figure_in_a_new_sentence_is_kept(nlp: Language) -> None:
    text = "The county built 150 greenhouses. Next year the town will add 150 greenhouses of its own too."
    assert [q["value"] for q in read(nlp, text)] == [150, 150]


def test_relative_time_needs_the_publication_date(nlp: Language) -> None:
    found = read(nlp, "Output rose 5 percent last year.", published=None)
    assert found[0]["time_text"] == "last year" and found[0]["time_start"] is None
    found = read(nlp, "Output rose 5 percent last year.", published="2023-08-22")
    assert (found[0]["time_start"], found[0]["time_end"]) == ("2022-01-01", "2022-12-31")


def test_sentence_without_time_has_none(nlp: Language) -> None:
    assert read(nlp, "The farm has 68,000 hectares of rice.")[0]["time_text"] is None


def test_spans_cover_bound_and_unit(nlp: Language) -> None:
    assert [q["text"] for q in read(nlp, "It lends up to €1.1 billion and about 1,240 km of lines.")] == [
        "up to €1.1 billion", "about 1,240 km"]


@settings(max_examples=60, deadline=None)
@given(
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=0, max_value=9),
    st.sampled_from(["thousand", "million", "billion", "trillion", "lakh", "crore"]),
)
def test_written_figures_round_trip(whole: int, tenth: int, scale: str) -> None:
    """Any figure in digits with separators, a decimal and a scale word reads back to its value."""
    pipeline = _shared_blank()
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
              "lakh": 1e5, "crore": 1e7}[scale]
    found = read(pipeline, f"The province counted {whole:,}.{tenth} {scale} farmers last year.")
    assert [q["value"] for q in found] == [pytest.approx((whole + tenth / 10) * factor)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200))
def test_extraction_never_raises(text: str) -> None:
    read(_shared_blank(), text)


SOUP = ["more than", "5", "%", "1,200", "million", "yuan", "of", "the", "2020", "-", "to", "between", "and",
        "half", "two-thirds", "€", "in", "Nov.", ",", "\n"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(SOUP), max_size=25))
def test_extraction_never_raises_on_number_soup(words: list[str]) -> None:
    read(_shared_blank(), " ".join(words))


def _shared_blank() -> Language:
    """Hypothesis tests cannot take function-scoped fixtures; the pipeline is cached instead."""
    return rules_pipeline("pressparse_quantities")


FULL_MODE = [
    ("A total of 32,688 poverty alleviation workshops have been built.", [32688.0], "workshops"),
    ("Of the 14 projects, nine concern electricity transmission.", [14.0, 9.0], "projects"),
    ("At least 300,000 farmers' cooperatives have been set up in poor areas.", [300000.0], "cooperatives"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "values", "entity"), FULL_MODE, ids=[r[0][:40] for r in FULL_MODE])
def test_full_mode_uses_the_parse(full, text: str, values: list[float], entity: str) -> None:
    record = full.extract(text)
    assert [q.value for q in record.quantities] == values
    assert all(entity in (q.entity or "") for q in record.quantities)


# The regexes are built for speed (alternations grouped by first letter, a first-letter lookahead on
# the time expressions); these check they match exactly what the plain forms match.

WORD_PIECES = st.text(alphabet="abAB -k\u212a", min_size=1, max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(WORD_PIECES, min_size=1, max_size=8), st.text(alphabet="abAB -k\u212a\t", max_size=12),
       st.booleans())
@example(words=[" ", "  A"], text="  A", ignore_case=False)  # a leading space once ate the longer word's
def test_grouped_alternation_matches_like_the_flat_one(words: list[str], text: str, ignore_case: bool) -> None:
    import re

    from pressparse.components.quantities.grammar import alternation

    flat = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))
    flags = re.IGNORECASE if ignore_case else 0
    grouped_re, flat_re = re.compile(f"(?:{alternation(words)})", flags), re.compile(f"(?:{flat})", flags)
    for position in range(len(text) + 1):
        grouped, plain = grouped_re.match(text, position), flat_re.match(text, position)
        assert (grouped and grouped.span()) == (plain and plain.span())


TIME_SOUP = ["in", "the", "first", "quarter", "of", "2021", "last", "year", "since", "may", "by", "end",
             "at", "to", "from", "2019", "-", "20", "three", "quarters", "during", "past", "two", "years", ","]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(TIME_SOUP), max_size=20))
def test_time_expression_lookahead_changes_no_match(words: list[str]) -> None:
    import re

    from pressparse.normalize.dates import TIME_EXPRESSION, TIME_EXPRESSION_LOWER

    plain = re.compile(TIME_EXPRESSION.pattern.replace("(?ix)", "(?x)", 1).lower())
    text = " ".join(words)
    assert [m.span() for m in TIME_EXPRESSION_LOWER.finditer(text)] == [m.span() for m in plain.finditer(text)]


# Issue #9: classes of failure seen on real news text (sentences written here, none copied).
MONEY_SHORTHANDS = [
    ("The club paid $10m for the striker and £12m for a goalkeeper.",
     [{"value": 1e7, "unit": "USD"}, {"value": 1.2e7, "unit": "GBP"}]),
    ("The fund raised USD10m and EUR50m, plus EUR 40m from banks.",
     [{"value": 1e7, "unit": "USD"}, {"value": 5e7, "unit": "EUR"}, {"value": 4e7, "unit": "EUR"}]),
    ("Sales hit $4.2b, with a further $5.4 bn booked.",
     [{"value": 4.2e9, "unit": "USD"}, {"value": 5.4e9, "unit": "USD"}]),
    ("The port spent HK$5.4m; the state set aside ₹500cr and Rs 12 lakh.",
     [{"value": 5.4e6, "unit": "HKD"}, {"value": 5e9, "unit": "INR"}, {"value": 1.2e6, "unit": "INR"}]),
    ("A meal costs RM79 and the ministry lost GH¢927m.",
     [{"value": 79, "unit": "MYR"}, {"value": 9.27e8, "unit": "GHS"}]),
    ("The deal was worth $US12.5 million ($A19.1 million).",
     [{"value": 1.25e7, "unit": "USD"}, {"value": 1.91e7, "unit": "AUD"}]),
    ("A stamp costs 187p and the coin is worth 50 cents.",
     [{"value": 1.87, "unit": "GBP"}, {"value": 0.5, "unit": "USD"}]),
    # "m" is millions of what follows in the plural, metres before a singular noun
    ("The port shipped 1.2m tons of wheat and 12m bags of rice over a 2m wall.",
     [{"value": 1.2e6, "unit": "tonne"}, {"value": 1.2e7, "unit": None, "entity": "bags"},
      {"value": 2, "unit": "m"}]),
    ("The Model 10M printer and a 4b pencil.", []),
]

NEWS_UNITS = [
    ("The phone has 256GB of storage, a 2.4GHz chip and a 3,100mAh battery.",
     [{"value": 256, "unit": "GB"}, {"value": 2.4, "unit": "GHz"}, {"value": 3100, "unit": "mAh"}]),
    ("Gusts reached 50mph, or 80 km/h, and later 45 miles per hour.",
     [{"value": 50, "unit": "mph"}, {"value": 80, "unit": "km_per_hour"}, {"value": 45, "unit": "mph"}]),
    ("The engine makes 120 horsepower and the run was 100 yards.",
     [{"value": 120, "unit": "horsepower"}, {"value": 100, "unit": "yard"}]),
    ("Ozone stood at 5 ppm while inflation was 2.15pc.",
     [{"value": 5, "unit": "ppm"}, {"value": 2.15, "unit": "percent"}]),
    ("It was 30 degrees Celsius at noon and 86 °F in the shade.",
     [{"value": 30, "unit": "celsius"}, {"value": 86, "unit": "fahrenheit"}]),
    ("The Dow shed 240 points and the bank cut rates by 25 basis points.",
     [{"value": 240, "unit": "point", "change": "down"}, {"value": 25, "unit": "basis_point", "change": "down"}]),
    ("The jobless rate rose 0.3 points and the debt ratio fell 1.2 points to 88.5%.",
     [{"value": 0.3, "unit": "percentage_point", "change": "up"},
      {"value": 1.2, "unit": "percentage_point", "change": "down"}, {"value": 88.5, "unit": "percent"}]),
    # a rate's word in an index's name is the name's: index points (#9); a sentence may open with one
    ("The Harbour All Share Index rose 212.48 points, or 1.36 percent.",
     [{"value": 212.48, "unit": "point"}, {"value": 1.36, "unit": "percent"}]),
    ("Inflation rose 0.3 points in May.", [{"value": 0.3, "unit": "percentage_point"}]),
    # "p.p." and "pp" after a figure are percentage points, never pence; a lone "p" stays pence
    ("Unemployment fell 0.4 p.p. to 6.1%, and the gap narrowed 1.2pp.",
     [{"value": 0.4, "unit": "percentage_point"}, {"value": 6.1, "unit": "percent"},
      {"value": 1.2, "unit": "percentage_point"}]),
    ("A first-class stamp now costs 85p.", [{"value": 0.85, "unit": "GBP"}]),
]

# a measure written singular in a compound adjective ("a 2,560-megawatt plant") is the plural's unit,
# pint checking the singular names the same measure; units pint lacks that releases use (the quintal)
UNIT_FORMS = [
    ("The board shelved the 1,200-megawatt dam and a 5-centimetre seal.",
     [{"value": 1200, "unit": "MW"}, {"value": 5, "unit": "cm"}]),
    ("A 40-gigawatt-hour store and a 3-inch pipe.", [{"value": 40e6, "unit": "kWh"}, {"value": 3, "unit": "inch"}]),
    ("Farmers expect 58 million quintals of teff, against 61 million quintals last year.",
     [{"value": 58e6, "unit": "quintal"}, {"value": 61e6, "unit": "quintal"}]),
    ("Health takes 11.4 percentage of the budget, up 0.6 percentage points.",
     [{"value": 11.4, "unit": "percent"}, {"value": 0.6, "unit": "percentage_point"}]),
]

NEWS_CHANGE = [
    ("The index gave up 25.16 points, or 2 percent, on Friday.",
     [{"value": 25.16, "unit": "point", "change": "down"}, {"value": 2, "unit": "percent", "change": "down"}]),
    ("The Dow lost -800.49 points or -3.05% on the day.",
     [{"value": -800.49, "unit": "point", "change": "down"}, {"value": -3.05, "unit": "percent", "change": "down"}]),
    ("Shares ended 56.9 points or 0.9 per cent higher on the news.",
     [{"value": 56.9, "unit": "point", "change": "up"}, {"value": 0.9, "unit": "percent", "change": "up"}]),
    # "minus" is the sign of the figure written in words
    ("The balance stood at minus 40 billion dollars.", [{"value": -4e10, "unit": "USD", "change": "down"}]),
    ("Copper rallied 3.1% and zinc slipped 1.4%, while tin was +0.2%.",
     [{"value": 3.1, "change": "up", "unit": "percent"}, {"value": 1.4, "change": "down", "unit": "percent"},
      {"value": 0.2, "change": "up", "unit": "percent"}]),
    ("Exports rose by $12.3bn to $208.5bn.",
     [{"value": 1.23e10, "unit": "USD", "change": "up"}, {"value": 2.085e11, "unit": "USD", "change": None}]),
    # a change verb, then two figures far apart in size: the change and the level, not a range
    ("Initial claims for benefits increased 2,000 to 515,000, the bureau said.",
     [{"value": 2000, "change": "up"}, {"value": 515000, "change": None}]),
    ("Wages rose 5 to 10 percent.", [{"value": 5, "value_max": 10, "unit": "percent", "change": "up"}]),
    # a percent followed by a noun of change; market verbs in every tense
    ("Prices rose 4.1 percent, slower than the 4.8 percent year-over-year rise in May and a 2% annual drop.",
     [{"value": 4.1, "change": "up", "unit": "percent"}, {"value": 4.8, "change": "up", "unit": "percent"},
      {"value": 2, "change": "down", "unit": "percent"}]),
    ("The cartel is slashing output by 2.1 million barrels a day while demand keeps climbing 3%.",
     [{"value": 2.1e6, "unit": "barrel_per_day", "change": "down"}, {"value": 3, "unit": "percent", "change": "up"}]),
    ("The bank will cut its asset purchases by half to 20 million euro.",
     [{"value": 0.5, "unit": "fraction", "change": "down"}, {"value": 2e7, "unit": "EUR", "change": None}]),
    # a noun of change after a count or money is left alone; so is "a contract of"
    ("The firm was awarded a contract of $5 million after a 300 rise in orders.",
     [{"value": 5e6, "unit": "USD", "change": None}, {"value": 300, "change": None}]),
    # money straight after "raised" is collected; "raised ... by" moves it
    ("The startup raised $40 million, and the city raised its budget by $3 million.",
     [{"value": 4e7, "unit": "USD", "change": None}, {"value": 3e6, "unit": "USD", "change": "up"}]),
    # a conversion in parentheses restates the bound of the figure before it
    ("The storm was centred about 60 miles (97 kilometers) off the coast.",
     [{"value": 60, "unit": "mile", "approx": "approx"}, {"value": 97, "unit": "km", "approx": "approx"}]),
]

RATES = [
    ("Brent rose to $71.10 per barrel and gold to $1,650 an ounce.",
     [{"value": 71.1, "unit": "USD_per_barrel"}, {"value": 1650, "unit": "USD_per_ounce"}]),
    ("Rent is $2,900 a month and a bag of seed costs Sh2,500 per bag.",
     [{"value": 2900, "unit": "USD"}, {"value": 2500, "unit": "KES_per_bag"}]),
    ("The field pumps 650,000 barrels a day and the mill takes 330 tonnes a day.",
     [{"value": 650000, "unit": "barrel_per_day"}, {"value": 330, "unit": "tonne_per_day"}]),
    ("Water costs 0.15 yuan per cubic metre.", [{"value": 0.15, "unit": "CNY_per_m3"}]),
    # money in the sentence of a quoted price, in its currency and of its size, is per the same unit
    # a unit price in a sentence naming a commodity is per the unit it trades in (data/quantity_markets.tsv)
    ("After touching $62.10, Brent eased to $61.85, down 40 cents from Friday.",
     [{"value": 62.1, "unit": "USD_per_barrel"}, {"value": 61.85, "unit": "USD_per_barrel"},
      {"value": 0.4, "unit": "USD_per_barrel", "change": "down"}]),
    ("Gold rose 1.1% to $2,310 while the miner spent $5 million.",
     [{"value": 1.1, "unit": "percent"}, {"value": 2310, "unit": "USD_per_ounce"}, {"value": 5e6, "unit": "USD"}]),
    ("Copper gained 82 cents to $81.36 a tonne, up from $80.10, as the miner spent $5 million.",
     [{"value": 0.82, "unit": "USD_per_tonne", "change": "up"}, {"value": 81.36, "unit": "USD_per_tonne"},
      {"value": 80.1, "unit": "USD_per_tonne"}, {"value": 5e6, "unit": "USD"}]),
    # an amount per year or per recipient stays in its currency; per area of land it is a rate
    ("The scheme pays €34 billion a year, R15 000 per person and ₹9,800 per acre.",
     [{"value": 3.4e10, "unit": "EUR"}, {"value": 15000, "unit": "ZAR"}, {"value": 9800, "unit": "INR_per_acre"}]),
    # a rate written after a restatement in parentheses is the rate of both figures, in the unit the
    # table writes whole (#9); a sum per period stays a sum
    ("Gusts reached 143 miles (230 kilometres) an hour.",
     [{"value": 143, "unit": "mph"}, {"value": 230, "unit": "km_per_hour"}]),
    ("Diesel went from 540 Iraqi dinars ($0.41) to 720 ($0.55) per litre.",
     [{"value": 540, "unit": "IQD"}, {"value": 0.41, "unit": "USD_per_litre"}, {"value": 720, "unit": None},
      {"value": 0.55, "unit": "USD_per_litre"}]),
    ("The grant pays $650 (€600) a month.", [{"value": 650, "unit": "USD"}, {"value": 600, "unit": "EUR"}]),
    # one unit of a currency equal to an amount of another is an exchange rate (#9)
    ("The deal is worth 1.2 billion Kuwaiti dinars ($3.9 billion).\n($1 = 0.3068 Kuwaiti dinars)",
     [{"value": 1.2e9, "unit": "KWD"}, {"value": 3.9e9, "unit": "USD"}, {"value": 1, "unit": "USD"},
      {"value": 0.3068, "unit": "KWD_per_USD"}]),
    ("The fare rose from $1 to $2.50 and 1 euro bought a coffee.",
     [{"value": 1, "unit": "USD"}, {"value": 2.5, "unit": "USD"}, {"value": 1, "unit": "EUR"}]),
]

IDENTIFIERS = [
    ("The S&P 500 and the FTSE 100 fell as the iPhone 14 went on sale.", []),
    ("Airlines ordered more Boeing 737 jets for Route 66 towns.", []),
    ("Leeds took a 2-0 lead before a 1-3 defeat, and 5-10 fans left.",
     [{"value": 5, "value_max": 10, "entity": "fans"}]),
    ("Jane Moore, 65, said 40 homes flooded.", [{"value": 40, "entity": "homes"}]),
    ("Covid-19 cases rose to 1,200.", [{"value": 1200}]),
    ("Another 500 jobs went.", [{"value": 500, "entity": "jobs"}]),
    # index levels are points, and the index is what they measure
    ("The Dow Jones lost 292 points, or 1.6%, to 17,718.",
     [{"value": 292, "unit": "point", "change": "down", "entity": "Dow Jones"},
      {"value": 1.6, "unit": "percent", "change": "down", "entity": "Dow Jones"},
      {"value": 17718, "unit": "point", "entity": "Dow Jones"}]),
    ("The Nikkei closed at 27,500.25 on Monday.", [{"value": 27500.25, "unit": "point", "entity": "Nikkei"}]),
    ("The NASDAQ composite closed up 120.5 points at 15,222.31 according to early figures.",
     [{"value": 120.5, "unit": "point", "change": "up"}, {"value": 15222.31, "unit": "point", "change": None}]),
    # a number after "#" is a label or rank; before a street name, an address
    ("Delegates of Lefaga #1 and Sagaga #2 signed, with 3 seats still open.", [{"value": 3, "entity": "seats"}]),
    ("The clinic at 42 Elm Street treated 300 families.", [{"value": 300, "entity": "families"}]),
    ("The office in postcode 2600 runs model 3 handsets.", []),
]

NUMBER_FORMS = [
    # dots grouping thousands: twice or more between groups of three; such groups ending in a decimal
    # before a scale word (plural or not); one dot and three digits stays a decimal
    ("Arrivals were 2.406.318 and departures 1.977.020 in the year.", [{"value": 2406318}, {"value": 1977020}]),
    ("The ministry spent Rs 2.318.4 Billions on roads and 3.207.5 million on bridges.",
     [{"value": 2318.4e9, "unit": "INR"}, {"value": 3207.5e6}]),
    ("The average stay was 3.125 nights.", [{"value": 3.125}]),
    # an article that groups thousands with dots writes "297.946" for 297,946; one that uses commas does not
    ("Guests numbered 1.204.388 in all and 318.502 came by sea.", [{"value": 1204388}, {"value": 318502}]),
    ("Guests numbered 1.204.388 and 1,250 came by sea; stays were 3.125 nights.",
     [{"value": 1204388}, {"value": 1250}, {"value": 3.125}]),
    # a minus sign after a bracket, a quote or a colon is the figure's own; a range's hyphen is not
    ("Sales fell in the north [-12.4 percent] and the south (-3.1%); change: -0.5%.",
     [{"value": -12.4, "unit": "percent"}, {"value": -3.1, "unit": "percent"}, {"value": -0.5, "unit": "percent"}]),
    ("Yields of 5-10 tonnes.", [{"value": 5, "value_max": 10, "unit": "tonne"}]),
    # a stray space after the decimal point, before a percent
    ("The index gained 41.3 points, or 2. 07 percent, on Monday.",
     [{"value": 41.3, "unit": "point"}, {"value": 2.07, "unit": "percent"}]),
    # a scale letter apart from a money figure; apart from a bare number an "m" is metres
    ("The levy raised NZ$4.6 m (US$2.9 m) and paid for a 400 m track.",
     [{"value": 4.6e6, "unit": "NZD"}, {"value": 2.9e6, "unit": "USD"}, {"value": 400, "unit": "m"}]),
    # a count compared "year-on-year" is a count, not a number of years
    ("Payrolls grew by 184,000 year-on-year and 12,500 month over month.", [{"value": 184000}, {"value": 12500}]),
    # a label never groups thousands: "building" before "26,400" is the verb
    ("The cost of building 18,200 flats rose, and Building 7 was sold.", [{"value": 18200, "entity": "flats"}]),
    ("Rates rose .001 per cent; the screw is 1⁄32 inch.",
     [{"value": 0.001, "unit": "percent", "change": "up"}, {"value": 1 / 32, "unit": "inch"}]),
    # a lone "one" is no figure: a rank ("number one"), a part, an idiom, one thing of a kind
    ("They found one solution, but one of them left one day.", []),
    ("Jobs are the number one priority and the fund is but one part of the plan.", []),
    ("At least one school and about one in five homes shut; one million trees and one tonne of seed were lost.",
     [{"value": 1, "approx": "gte"}, {"value": 0.2, "unit": "fraction", "approx": "approx"},
      {"value": 1e6, "entity": "trees"}, {"value": 1, "unit": "tonne"}]),
    ("One is to provide training.", []),
]

WHAT_IS_COUNTED = [
    ("The city won a $2.5 million grant and four grants worth over $3 million.",
     [{"value": 2.5e6, "unit": "USD", "entity": "grant"}, {"value": 4, "entity": "grants"},
      {"value": 3e6, "unit": "USD", "approx": "gt", "entity": "grants"}]),
    ("The club agreed an initial £9.5m transfer for the winger.",
     [{"value": 9.5e6, "unit": "GBP", "entity": "transfer"}]),
    ("Copper rose 1.2% to $9,410 a tonne.",
     [{"value": 1.2, "unit": "percent", "change": "up", "entity": "Copper"},
      {"value": 9410, "unit": "USD_per_tonne", "entity": "Copper"}]),
    # what money is for, after the verb that allots it
    ("The town was awarded $808,000 to replace the culvert under Elm Road.",
     [{"value": 808000, "unit": "USD", "entity": "culvert"}]),
    ("A total of $23.8 million has been allocated for teacher salaries.",
     [{"value": 2.38e7, "unit": "USD", "entity": "teacher salaries"}]),
    # a verb inside the phrase: its object, or the adjective it makes
    ("The bank has so far sanctioned loans of ₹4,710 crore.", [{"value": 4.71e10, "unit": "INR", "entity": "loans"}]),
    ("It is above the internationally recognized safety line of 400 kilograms.",
     [{"value": 400, "unit": "kg", "entity": "safety line"}]),
    # null rather than a wrong word: a name, a time or a clause with its verb
    ("The Borough was awarded $400,000.", [{"value": 4e5, "unit": "USD", "entity": "award"}]),  # transfer noun
    ("Startup funding reached $50 billion in Q3.", [{"value": 5e10, "unit": "USD", "entity": "Startup funding"}]),
    ("Sales at the factories totaling 330 tonnes were cut.", [{"value": 330, "unit": "tonne", "entity": "Sales"}]),
]

NEWS_RANGES = [
    ("The plan costs $3 to $5 billion.", [{"value": 3e9, "value_max": 5e9, "unit": "USD"}]),
    ("Grants run from $150 to $3 million.", [{"value": 150, "value_max": 3e6, "unit": "USD"}]),
    ("Bids came in at US$41 to $45 billion.", [{"value": 4.1e10, "value_max": 4.5e10, "unit": "USD"}]),
    ("The rate moved from 5.2% to 5.1% in May.",
     [{"value": 5.2, "value_max": None, "unit": "percent"}, {"value": 5.1, "unit": "percent"}]),
    ("Lows ranged from -18 °C to -34 °C.", [{"value": -34, "value_max": -18, "unit": "celsius"}]),
]

# a comma before exactly one or two digits is a decimal comma; thousands, Indian lakhs and lists keep
# their reading; a stray space after a thousands comma is one number when decimals follow ("26, 440.704"),
# and a grouping too odd to read ("1.054.6" with no scale word after it) gives nothing rather than a wrong value
DECIMAL_COMMAS = [
    ("The smelter shipped 2,5 million tonnes of zinc last year.", [{"value": 2.5e6, "unit": "tonne"}]),
    ("The council bought three trucks at US$1,3 million each.",
     [{"value": 3}, {"value": 1.3e6, "unit": "USD"}]),
    ("Yields were between 2,5 and 3,5 tonnes a hectare.",
     [{"value": 2.5, "value_max": 3.5, "unit": "tonne_per_hectare"}]),
    ("Platinum fetched 1518,10 dollars per ounce on Friday.", [{"value": 1518.1, "unit": "USD_per_ounce"}]),
    ("They counted 1,234 goats, 12,345,678 rupees and 1,86,420 sacks.",
     [{"value": 1234}, {"value": 12345678, "unit": "INR"}, {"value": 186420}]),
    ("Scores were 1, 2 and 17 points.",
     [{"value": 1, "unit": "point"}, {"value": 2, "unit": "point"}, {"value": 17, "unit": "point"}]),
    ("In 2019, 12 farms closed and 123.5 tonnes were lost.",
     [{"value": 12, "entity": "farms"}, {"value": 123.5, "unit": "tonne"}]),
    ("The allocation is Rs 26, 440.704 million for roads.", [{"value": 26440.704e6, "unit": "INR"}]),
    ("Exports reached 1.054.6 tonnes last year.", []),
]

# a fraction joined to a measure by a hyphen is an amount of that unit, like "a 2,600-square-meter house";
# "a half-hour" and "half-price" are no measures and keep their reading
HYPHENATED_FRACTIONS = [
    ("Volunteers cleared a half-mile trail along the creek.",
     [{"value": 0.5, "unit": "mile", "entity": "trail", "si_value": 804.672}]),
    ("The county will pave a quarter-mile road and fence a half-acre plot.",
     [{"value": 0.25, "unit": "mile", "entity": "road"}, {"value": 0.5, "unit": "acre", "entity": "plot"}]),
    ("The band played a half-hour set.", [{"value": 0.5, "unit": "fraction"}]),
]

# who speaks is never what a figure counts: the purpose or object, else null
SPEAKERS_ARE_NO_ENTITY = [
    ("Okafor said the state government had released 12.5 billion naira to the scheme.",
     [{"value": 1.25e10, "unit": "NGN", "entity": None}]),
    ("Output, the ministry said, reached 5 tonnes.", [{"value": 5, "unit": "tonne", "entity": None}]),
    ("Lee said the county paid $2 million for the bridge.", [{"value": 2e6, "unit": "USD", "entity": "bridge"}]),
]

# a fraction or "and a half" before a scale word is that share of the scale, one figure with its unit
SCALED_FRACTIONS = [
    ("The ministry will spend half a billion dollars on rural roads.", [{"value": 5e8, "unit": "USD"}]),
    ("Nearly three and a half million voters cast a ballot.",
     [{"value": 3.5e6, "approx": "approx", "entity": "voters"}]),
    ("Exports were worth one and a half billion euros.", [{"value": 1.5e9, "unit": "EUR"}]),
    ("The council set aside two-thirds of a million pounds for parks.", [{"value": 666667, "unit": "GBP"}]),
    ("Half a million households lost power and a quarter of a million tourists stayed away.",
     [{"value": 5e5, "entity": "households"}, {"value": 2.5e5, "entity": "tourists"}]),
    ("The agency hired a dozen inspectors.", [{"value": 12, "entity": "inspectors"}]),
    ("Output grew one and a half times over the decade.", [{"value": 1.5, "unit": "times", "change": "up"}]),
    # the fraction alone keeps its reading
    ("Half of the farms and two-thirds of the mills reopened.",
     [{"value": 0.5, "unit": "fraction"}, {"value": 2 / 3, "unit": "fraction"}]),
]

# money or a measure per area of land is a rate like any other
AREA_RATES = [
    ("Growers will receive $210 per acre and €450 per hectare of cover crops.",
     [{"value": 210, "unit": "USD_per_acre"}, {"value": 450, "unit": "EUR_per_hectare"}]),
    ("Maize yields reached 6.5 tonnes per hectare.", [{"value": 6.5, "unit": "tonne_per_hectare"}]),
    ("The relief is P8,000 to P12,000 per hectare.",
     [{"value": 8000, "value_max": 12000, "unit": "PHP_per_hectare"}]),
]

# units written against their digits, megapixels; money per period is the sum of each period (the
# blind annotators' convention), a measure per period stays a rate
COMPACT_UNITS = [
    ("The handset weighs 162g, has a 12MP lens and a 6.1in screen.",
     [{"value": 162, "unit": "g"}, {"value": 12, "unit": "megapixel"}, {"value": 6.1, "unit": "inch"}]),
    ("A 48-megapixel sensor and a 16 megapixels lens.",
     [{"value": 48, "unit": "megapixel"}, {"value": 16, "unit": "megapixel"}]),
    ("She won 3 in 5 votes and the 7 MP seats.",  # "in" and "MP" apart from digits are words
     [{"value": 0.6, "unit": "fraction"}, {"value": 7, "unit": None}]),
    ("Tenants pay $1,250 a month and carers $95 a week; the plant treats 3 million litres a day.",
     [{"value": 1250, "unit": "USD"}, {"value": 95, "unit": "USD"}, {"value": 3e6, "unit": "litre_per_day"}]),
]

# the first of two joined figures writing no unit takes the unit after the second; an ISO code names
# the dollar sign after it; an index's move written without "points" is in points
SHARED_UNITS = [
    ("The Hang Seng finished at 17,204.5 and 17,390.1 points on the two days.",
     [{"value": 17204.5, "unit": "point"}, {"value": 17390.1, "unit": "point"}]),
    ("Snowfall went from 212.4 to 96 mm, and imports rose from 2 to 4 million tonnes.",
     [{"value": 212.4, "unit": "mm"}, {"value": 96, "unit": "mm"}, {"value": 2, "unit": None},
      {"value": 4e6, "unit": "tonne"}]),
    ("Fuel imports cost between 400 million and a billion USD a year.",
     [{"value": 4e8, "unit": "USD"}, {"value": 1e9, "unit": "USD"}]),
    ("The donor gave AUD$2.5 million, NZD$ 80,000 and USD$1,200.50.",
     [{"value": 2.5e6, "unit": "AUD"}, {"value": 80000, "unit": "NZD"}, {"value": 1200.5, "unit": "USD"}]),
    ("The Sensex climbed 318.45, or 0.8 percent, to 39,210.6.",
     [{"value": 318.45, "unit": "point", "change": "up"}, {"value": 0.8, "unit": "percent", "change": "up"},
      {"value": 39210.6, "unit": "point"}]),
    ("In all, 5,200 or 12% of the jobless were young.",  # a restatement, not a pair
     [{"value": 5200, "unit": None}, {"value": 12, "unit": "percent"}]),
]

# Every example table in this file, read by the rules-only pipeline: (text, the figures it holds).
EXAMPLE_TABLES = {
    "corpus": CORPUS,
    "edge": EDGE,
    "bugs": BUGS,
    "naira_and_shillings": NAIRA_AND_SHILLINGS,
    "pesos": PESOS,
    "indian_figures": INDIAN_FIGURES,
    "volumes": VOLUMES,
    "approx_before": APPROX_BEFORE,
    "approx_after": APPROX_AFTER,
    "headline_bounds": HEADLINE_BOUNDS,
    "entity_rules": ENTITY_RULES,
    "ratio_bases": RATIO_BASES,
    "money_shorthands": MONEY_SHORTHANDS,
    "news_units": NEWS_UNITS,
    "unit_forms": UNIT_FORMS,
    "news_change": NEWS_CHANGE,
    "news_ranges": NEWS_RANGES,
    "rates": RATES,
    "identifiers": IDENTIFIERS,
    "number_forms": NUMBER_FORMS,
    "what_is_counted": WHAT_IS_COUNTED,
    "decimal_commas": DECIMAL_COMMAS,
    "hyphenated_fractions": HYPHENATED_FRACTIONS,
    "speakers_are_no_entity": SPEAKERS_ARE_NO_ENTITY,
    "scaled_fractions": SCALED_FRACTIONS,
    "area_rates": AREA_RATES,
    "compact_units": COMPACT_UNITS,
    "shared_units": SHARED_UNITS,
}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=f"{name}: {text[:40]}")
    for name, table in EXAMPLE_TABLES.items() for text, expected in table
])
def test_examples(nlp: Language, text: str, expected: Expected) -> None:
    check(read(nlp, text), expected)


def test_a_person_the_people_component_found_is_no_entity() -> None:
    nlp = rules_pipeline("pressparse_people", "pressparse_quantities")
    doc = nlp("Deputy Mayor Grace Otieno opened the tender. Otieno has secured 300 million shillings.")
    assert [span._.pp_quantity["entity"] for span in doc.spans[QUANTITIES]] == [None]
