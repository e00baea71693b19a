"""Fact-checking claims: each matching rule on claims written here against a release written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse
from pressparse.check import Checker, FactPool
from pressparse.check.matching import half_step, movement, read
from pressparse.check.terms import terms
from pressparse.cli import main
from pressparse.models import CheckResult

RELEASE = """Provincial statistics bureau reports record harvest

Published 2021-12-20

The province's grain output reached 29.73 million tonnes in 2021, up 3.2 percent from the previous year.
Farmers planted about 2.4 billion yuan worth of new irrigation works, and the irrigated area grew by 1.5 million mu.
More than 30,000 cooperatives were registered, employing 537,000 rural workers.
The share of mechanized farming rose 2.1 percentage points to 74.5 percent.
Pig herds fell 4.5 percent as feed prices climbed.
Some 86,000 households received subsidies of 1,200 yuan each.
The new expressway runs 120 kilometres across the plateau.
"""


@pytest.fixture(scope="module")
def checker(fast: pressparse.Extractor) -> Checker:
    return Checker(extractor=fast)


@pytest.fixture(scope="module")
def release(fast: pressparse.Extractor) -> FactPool:
    record = fast.extract(RELEASE, id="release", published="2021-12-20")
    return FactPool([record])


CASES = [
    # supported in several forms: rounded, hedged, other scale words, other units, bounds
    ("Grain output in the province was nearly 30 million tonnes in 2021.", "supported", None, "29.73 million tonnes"),
    ("Grain output in the province reached 29.7 million tonnes.", "supported", None, "29.73 million tonnes"),
    ("The province harvested 29,730,000 tonnes of grain.", "supported", None, "29.73 million tonnes"),
    ("More than 500,000 rural workers were employed by cooperatives.", "supported", None, "537,000"),
    ("Over 30,000 cooperatives were registered.", "supported", None, "More than 30,000"),
    ("The irrigated area grew by 100,000 hectares.", "supported", None, "1.5 million mu"),
    ("The new expressway is about 75 miles long.", "supported", None, "120 kilometres"),
    ("Grain output grew 3.2% in 2021.", "supported", None, "3.2 percent"),
    # contradicted, each reason
    ("Provincial grain output reached 39.73 million tonnes in 2021.", "contradicted", "value", "29.73 million tonnes"),
    ("Provincial grain output reached 29.73 billion tonnes in 2021.", "contradicted", "scale", "29.73 million tonnes"),
    ("Fewer than 500,000 rural workers were employed by cooperatives.", "contradicted", "bound", "537,000"),
    ("Exactly 35,000 cooperatives were registered.", "contradicted", "bound", "More than 30,000"),
    ("The share of mechanized farming rose 2.1 percent.", "contradicted", "unit", "2.1 percentage points"),
    ("Households received subsidies of 1,200 dollars each.", "contradicted", "unit", "1,200 yuan"),
    ("The irrigated area grew by 1.5 million hectares.", "contradicted", "unit", "1.5 million mu"),
    ("Pig herds rose 4.5 percent.", "contradicted", "direction", "4.5 percent"),
    ("Provincial grain output reached 29.73 million tonnes in 2019.", "contradicted", "time", "29.73 million tonnes"),
    ("86,000 rural workers were employed by cooperatives.", "contradicted", "entity", "Some 86,000"),
    # nothing about it, or nothing to check
    ("The province exported 3 million tonnes of tea.", "not_found", None, None),
    ("The bureau is proud of the province's farmers.", "no_figure", None, None),
]


@pytest.mark.parametrize(("claim", "verdict", "reason", "evidence"), CASES)
def test_claims_against_one_release(checker: Checker, release: FactPool, claim: str, verdict: str,
                                    reason: str | None, evidence: str | None) -> None:
    result = checker.check(claim, release)
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation
    assert (result.evidence[0].text if result.evidence else None) == evidence


def test_explanation_names_both_figures(checker: Checker, release: FactPool) -> None:
    result = checker.check("Provincial grain output reached 39.73 million tonnes in 2021.", release)
    assert result.explanation == "The source says 29.73 million tonnes, not 39.73 million tonnes."


def test_precision_follows_the_stated_digits() -> None:
    assert half_step("2.4 billion", 2.4e9) == (pytest.approx(0.05e9), False)
    assert half_step("537,000", 537_000) == (500.0, True)


def test_a_hedge_widens_and_a_bound_opens_the_reading(fast: pressparse.Extractor) -> None:
    about, more = fast.extract("About 40 percent of farms and more than 500 villages.").quantities
    assert read(about).lo == pytest.approx(36.0) and read(about).hi == pytest.approx(44.0)
    assert read(more).lo > 500 and read(more).hi == float("inf")


def test_restated_figure_is_one_fact_cited_once(checker: Checker, fast: pressparse.Extractor) -> None:
    text = ("Migrant workers from poor households reached 12.46 million\n\n"
            "By the end of June, 12.46 million migrant workers from poor households had found work.")
    record = fast.extract(text, id="a")
    first, again = record.quantities
    assert again.same_as == first.id
    result = checker.check("About 12.5 million migrant workers from poor households had work.", [record])
    assert result.verdict == "supported"
    assert len(result.evidence) == 1
    assert result.evidence[0].mentions


def test_library_function_accepts_records_and_files(fast: pressparse.Extractor, tmp_path: Path) -> None:
    record = fast.extract(RELEASE, id="release", published="2021-12-20")
    result = pressparse.check("Pig herds fell 4.5 percent.", record, mode="fast")
    assert isinstance(result, CheckResult) and result.verdict == "supported"
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    assert pressparse.check("Pig herds fell 4.5 percent.", tmp_path, mode="fast").evidence[0].article


def test_cli_checks_claims_file_against_records(fast: pressparse.Extractor, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(fast.extract(RELEASE, id="release").model_dump_json() + "\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"id": "c1", "claim": "Pig herds rose 4.5 percent."}\n', encoding="utf-8")
    assert main(["check", "--claims", str(claims), "--against", str(records), "--format", "json",
                 "--mode", "fast"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [(o["id"], o["verdict"], o["reason"]) for o in out] == [("c1", "contradicted", "direction")]


def test_cli_table_is_the_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    assert main(["check", "The bureau is proud.", "--against", str(tmp_path), "--mode", "fast"]) == 0
    header, row, _ = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["id", "verdict", "reason"] and "no_figure" in row


def test_a_claims_bare_dollar_is_any_dollar(checker: Checker, fast: pressparse.Extractor) -> None:
    """A claim is read without the article's country: its "$" fits the article's Australian dollar,
    an explicit US$ does not."""
    record = fast.extract("Dubbo water works\n\nThe New South Wales government will spend $4.2 million "
                          "on town water upgrades in Dubbo, the minister said.", id="nsw")
    assert record.quantities[0].unit == "AUD"
    supported = checker.check("NSW is spending $4.2 million on Dubbo's town water upgrades.", [record])
    assert supported.verdict == "supported"
    unit = checker.check("NSW is spending US$4.2 million on Dubbo's town water upgrades.", [record])
    assert (unit.verdict, unit.reason) == ("contradicted", "unit")


def test_the_number_of_another_village_is_an_entity_contradiction(checker: Checker,
                                                                  fast: pressparse.Extractor) -> None:
    record = fast.extract("Tea harvest\n\nIn Lanxi Village, farmers planted 450 mu of tea this spring. "
                          "In Dongshan Village, farmers planted 300 mu of tea.", id="tea")
    result = checker.check("Farmers in Dongshan Village planted 450 mu of tea.", [record])
    assert (result.verdict, result.reason, result.evidence[0].text) == ("contradicted", "entity", "450 mu")
    assert checker.check("Farmers in Dongshan Village planted 300 mu of tea.", [record]).verdict == "supported"


def test_a_thing_the_sources_never_mention_is_not_found(checker: Checker, release: FactPool) -> None:
    assert checker.check("The province built 1,200 ambulances.", release).verdict == "not_found"


def test_each_figure_belongs_to_the_body_in_its_clause(checker: Checker, fast: pressparse.Extractor) -> None:
    record = fast.extract("Hospital beds\n\nThe health board will add 52 beds at Riverside General Hospital, "
                          "and 38 beds at Hillcrest Memorial Hospital.", id="beds", published="2021-03-02")
    wrong = checker.check("Hillcrest Memorial Hospital will get 52 beds.", [record])
    assert (wrong.verdict, wrong.reason) == ("contradicted", "entity")
    assert checker.check("Hillcrest Memorial Hospital will get 38 beds.", [record]).verdict == "supported"


def test_lakh_for_crore_is_a_scale_error(checker: Checker, fast: pressparse.Extractor) -> None:
    record = fast.extract("Funds released\n\nThe state released ₹640 crore to districts for drinking water works.",
                          id="inr", published="2023-03-14")
    result = checker.check("The state released ₹640 lakh to districts for drinking water works.", [record])
    assert (result.verdict, result.reason) == ("contradicted", "scale")


def test_a_year_in_a_plan_name_is_no_time(checker: Checker, fast: pressparse.Extractor) -> None:
    record = fast.extract("Plan launched\n\nThe government launched Vision 2040, a plan worth 116 billion euro.",
                          id="plan", published="2018-05-30")
    assert checker.check("Vision 2040 is a €116bn plan.", [record]).verdict == "supported"


def test_a_reversed_movement_is_a_direction_contradiction(checker: Checker, fast: pressparse.Extractor) -> None:
    """Both numbers agree, but the claim goes up from one to the other where the source goes down."""
    record = fast.extract("Fertiliser prices\n\nThe e-voucher scheme cut the price of a 50kg bag of fertiliser "
                          "from Sh7,500 to Sh2,500.", id="ke", published="2024-05-01")
    wrong = checker.check("Fertiliser prices went up from Sh2,500 to Sh7,500 a bag.", [record])
    assert (wrong.verdict, wrong.reason) == ("contradicted", "direction")
    assert wrong.explanation == "The source goes down from Sh7,500 to Sh2,500, not up."
    assert checker.check("Fertiliser prices fell from Sh7,500 to Sh2,500 a bag.", [record]).verdict == "supported"


MOVES = """Trade figures

Published 2023-10-27

Exports of cocoa rose to 412,000 tonnes, while imports of rice fell 3.5% to 96,000 tonnes.
Fuel prices were cut to 1.82 cedis a litre. Cashew output reached 310,000 tonnes, up from 270,000 tonnes.
The central bank expects inflation to remain above 20 percent.
"""


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("Cocoa exports fell to 412,000 tonnes.", "contradicted", "direction"),
    ("Cocoa exports climbed to 412,000 tonnes.", "supported", None),
    ("Rice imports increased to 96,000 tonnes.", "contradicted", "direction"),
    ("Rice imports dropped to 96,000 tonnes.", "supported", None),
    ("Fuel costs 1.82 cedis a litre after prices were raised.", "contradicted", "direction"),
    ("Cashew output declined to 310,000 tonnes.", "contradicted", "direction"),
    ("Cashew output grew from 270,000 tonnes.", "supported", None),
    # a verb before a bound goes with the bound; "growth" names a rate, it does not move it
    ("The central bank expects inflation to rise above 20 percent.", "supported", None),
])
def test_rose_to_and_fell_to_carry_a_direction(checker: Checker, fast: pressparse.Extractor, claim: str,
                                               verdict: str, reason: str | None) -> None:
    """"Rose to X" against "fell to X": the level agrees, the movement does not."""
    record = fast.extract(MOVES, id="trade", published="2023-10-27")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


def test_direction_words_are_data_and_skip_bounds_and_comparisons() -> None:
    s = "Losses fell by up to 40 percent, 15 percent higher than the 30 percent of 2020."
    assert movement(s, s.find("40"), s.find("40") + 10) == "down"
    assert movement(s, s.find("30 p"), s.find("30 p") + 10) is None
    s = "Output reached 65%, an increase of 31 points."
    assert movement(s, s.find("65%"), s.find("65%") + 3) == "up"


def test_a_name_of_several_words_meets_its_short_form(checker: Checker, fast: pressparse.Extractor) -> None:
    record = fast.extract("Economy\n\nGross domestic product grew 0.6% in the third quarter of 2023.",
                          id="gdp", published="2023-10-27")
    assert checker.check("GDP grew 0.6% in the third quarter of 2023.", [record]).verdict == "supported"
    assert terms("gross domestic products") == terms("GDP")


CLAIMS_DIR = Path(__file__).parent / "data" / "claims"
# Claims of tests/data/claims the check still gets wrong (in fast mode): each must keep failing
# until fixed, then leave this list. The k/u/p/i claims were written first (0.65 verdict accuracy
# before the fixes they led to), the o/e/n claims after them, unseen by the code (0.78 then); the x
# claims (session 5: a number of another figure of the sentence, other words for the thing) scored
# 0.69 when first run, the y claims (a release that never names its country) 0.88.
STILL_WRONG = frozenset({"u12", "o10", "e09", "e10", "n12",
                         "x04", "x06", "x11", "x43", "y06"})


def _written_claims() -> list[dict]:
    with open(CLAIMS_DIR / "claims.jsonl", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@pytest.fixture(scope="module")
def written_sources(fast: pressparse.Extractor) -> dict[str, FactPool]:
    return {path.stem: FactPool([fast.extract(path.read_text(encoding="utf-8"), id=path.stem,
                                              source={"path": str(path)})])
            for path in sorted(CLAIMS_DIR.glob("*.txt"))}


@pytest.mark.parametrize("gold", [
    pytest.param(c, id=c["id"], marks=[pytest.mark.xfail(strict=True)] if c["id"] in STILL_WRONG else [])
    for c in _written_claims()])
def test_claims_written_here(checker: Checker, written_sources: dict[str, FactPool], gold: dict) -> None:
    """Claims in new wording (synonyms, rounding, bounds, direction words, periods, modifiers)
    against releases written here: verdict, reason and the first evidence figure."""
    result = checker.check(gold["claim"], written_sources[gold["against"][0]])
    assert (result.verdict, result.reason) == (gold["verdict"], gold["reason"]), result.explanation
    if gold["evidence"]:
        cited, wanted = (result.evidence[0].text if result.evidence else ""), gold["evidence"][0]["text"]
        assert cited and (cited in wanted or wanted in cited), cited


def test_a_rate_over_another_base_is_a_unit_contradiction(checker: Checker, fast: pressparse.Extractor) -> None:
    """Per acre for per hectare (money or a measure): both bases written, and not the same; a claim
    that leaves out the base still compares as money."""
    record = fast.extract("Drought aid\n\nGrowers will receive $210 per hectare, and yields reached 6.5 tonnes "
                          "per hectare this season.", id="aid")
    assert [q.unit for q in record.quantities] == ["USD_per_hectare", "tonne_per_hectare"]
    money = checker.check("Growers will receive $210 per acre.", [record])
    assert (money.verdict, money.reason) == ("contradicted", "unit")
    measure = checker.check("Yields reached 6.5 tonnes per acre this season.", [record])
    assert (measure.verdict, measure.reason) == ("contradicted", "unit")
    assert checker.check("Growers will receive $210 in drought aid.", [record]).verdict == "supported"


MODIFIERS = """Farm census

Published 2022-06-01

Sorghum exports reached 48,300 tonnes, while sorghum output rose to 912,000 tonnes.
Some 73,400 rural households and 21,900 urban households joined the scheme.
Nakuru County received 640 grants, while Bungoma County received 415 grants.
"""


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("Sorghum output was 48,300 tonnes.", "contradicted", "entity"),
    ("Sorghum exports were 48,300 tonnes.", "supported", None),
    ("Sorghum imports were 250,000 tonnes.", "not_found", None),
    ("73,400 urban households joined the scheme.", "contradicted", "entity"),
    ("About 73,000 rural households joined the scheme.", "supported", None),
    ("Bungoma County received 640 grants.", "contradicted", "entity"),
    ("Bungoma received 415 grants.", "supported", None),
])
def test_a_figure_of_another_modifier_or_place_counts_something_else(
        checker: Checker, fast: pressparse.Extractor, claim: str, verdict: str, reason: str | None) -> None:
    """"Exports" for "output", "urban" for "rural" (data/check_contrasts.tsv), the place of another
    clause of the sentence: the number belongs to another thing (or the claim's thing has none)."""
    record = fast.extract(MODIFIERS, id="census", published="2022-06-01")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


PERIODS = """Budget review

Published 2024-03-14

The county spent KSh 640 million on school meals in the 2023/24 fiscal year, against KSh 510 million the previous year.
Clinics treated 82,000 patients in 2023, up from 61,000 patients a year earlier.
Tea sales rose 4.1% in the third quarter, after 2.6% in the second quarter of 2023.
Malaria cases fell by 37 percent between 2016 and 2023.
"""


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("The county spent KSh 510 million on school meals in 2023/24.", "contradicted", "time"),
    ("The county spent KSh 510 million on school meals in 2022-23.", "supported", None),
    ("The county spent KSh 640 million on school meals in FY2023/24.", "supported", None),
    ("Clinics treated 61,000 patients in 2023.", "contradicted", "time"),
    ("Clinics treated 82,000 patients last year.", "supported", None),
    ("Tea sales rose 2.6% in the third quarter.", "contradicted", "time"),
    ("Tea sales rose 2.6% in the second quarter.", "supported", None),
    ("Tea sales rose 2.6% in Q2 2023.", "supported", None),
    ("Tea sales rose 2.6% in the first half of 2023.", "contradicted", "time"),
    ("Malaria cases fell by 37% between 2016 and 2020.", "contradicted", "time"),
    ("Malaria cases fell by 37% between 2016 and 2023.", "supported", None),
])
def test_periods_fiscal_years_counted_back_and_spans(checker: Checker, fast: pressparse.Extractor, claim: str,
                                                      verdict: str, reason: str | None) -> None:
    """Fiscal years as twelve months ("2022-23" is not "2023/24"); "a year earlier" counts back from
    the sentence's own year; a claim's "last year" or "second quarter" is read as of the article's
    publication; two spans of years must match end to end; a quarter's figure is not the half-year's."""
    record = fast.extract(PERIODS, id="budget", published="2024-03-14")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


def test_a_time_explanation_names_both_periods(checker: Checker, fast: pressparse.Extractor) -> None:
    record = fast.extract(PERIODS, id="budget", published="2024-03-14")
    result = checker.check("Malaria cases fell by 37% between 2016 and 2020.", [record])
    assert result.explanation == "The source gives 37 percent for between 2016 and 2023, not for between 2016 and 2020."


CLAUSES = """Household survey

Published 2023-07-17

Average rents increased by 5.9% nationally, and by 3.4% in Galway.
Income of urban residents was 31,200 yuan, up 4.4 percent, and that of rural residents was 12,300 yuan, up 6.9 percent.
About 610,000 households still lack piped water in the region, down from 900,000 in 2019.
The fuel subsidy costs the treasury 3.1 billion a year; a litre of diesel sells for 1.25.
"""


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("Average rents rose 5.9% in Galway.", "contradicted", "entity"),
    ("Average rents in Galway went up 3.4%.", "supported", None),
    ("Rural residents' income grew 4.4 percent.", "contradicted", "entity"),
    ("Rural residents' income grew 6.9 percent.", "supported", None),
    ("The number of households without piped water rose to 610,000.", "contradicted", "direction"),
    # a number a hundred times off is not the claim's number misstated: its thing is not there
    ("The fuel subsidy costs the treasury 700 a year.", "not_found", None),
])
def test_a_figures_own_clause_says_what_and_where(checker: Checker, fast: pressparse.Extractor, claim: str,
                                                  verdict: str, reason: str | None) -> None:
    """A place or modifier in another figure's clause is that figure's; a clause of nothing but
    the figure (", up 4.4 percent,") is the previous one's; ", down from Y" gives the figure before
    it a direction."""
    record = fast.extract(CLAUSES, id="survey", published="2023-07-17")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


BUDGET = (
    "Budget speech: spending held, revenue down\n"
    "\n"
    "Published 2024-03-12\n"
    "\n"
    "NAIROBI - Kenya's economy is forecast to grow 5.9% in 2024/25, the Treasury Cabinet Secretary told "
    "the National Assembly on Tuesday as he presented the budget estimates.\n"
    "\n"
    "The speech ran for more than two hours. Members asked about the wage bill, the pending bills owed "
    "to suppliers and the timetable for the new revenue measures, and the Cabinet Secretary answered "
    "each in turn before the House rose for the day.\n"
    "\n"
    "The minister listed several milestones: an economic growth rate of 5.9% in 2024/25, compared to "
    "5.6% in 2023 and 4.9% in 2022. Inflation averaged 8% over the year.\n"
    "\n"
    "Health spending was set at KSh 141 billion, about 12 percent higher than the KSh 126 billion the "
    "ministry received in 2023.\n"
    "\n"
    "The plan reflects a reduction in the development budget by KSh 8.6 billion for 2025 compared to the "
    "2024 budget.\n"
    "\n"
    "Despite declining Common Market (COMESA) levies by KSh 1.3 billion, reserves held steady.\n"
    "\n"
    "The House also approved the Thwake dam works. The contract is valued at KSh 38.5 billion, a "
    "document tabled in the House showed.\n"
    "\n"
    "Highlights:\n"
    "    • KSh 120 million for school feeding in Kenya's arid counties, where enrolment is lowest\n"
    "    • KSh 450 million to expand rural electrification across the country\n"
)


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # far from the dateline, a figure is still Kenya's: the number of another year is a time error
    ("Kenya's economy grew 4.9% in 2023.", "contradicted", "time"),
    ("Kenya's economy grew 5.6% in 2023.", "supported", None),
    # rounding follows the claim's digits, not the source's: "8%" does not vouch for "7.6%"
    ("Kenya's inflation averaged 7.6% in 2023.", "contradicted", "value"),
    ("Kenya's economy grew about 6% in 2023.", "supported", None),
    # "than ... in 2023", "compared to the 2024 budget", "from 2024": the period compared with
    ("Kenya's health budget rose about 12% for 2024.", "supported", None),
    ("Kenya's 2025 budget trims development spending by about KSh 9 billion from 2024.", "supported", None),
    # an acronym in brackets does not cut the clause its direction word opens
    ("Kenya's COMESA levies rose by KSh 1.3 billion.", "contradicted", "direction"),
    # a contract is a thing, not a direction; worth is value
    ("Kenya's Thwake dam contract is worth roughly KSh 40 billion.", "supported", None),
    # bullet lines are one sentence to the sentencizer, but each says what its own figure is for
    ("Kenya's budget sets aside KSh 400 million to expand rural electrification across Kenya.",
     "contradicted", "value"),
])
def test_a_figure_is_read_in_its_frame(checker: Checker, fast: pressparse.Extractor, claim: str, verdict: str,
                                       reason: str | None) -> None:
    """Where, when and which way a figure is, read from the article around it: the article's
    country frames a figure no place is near; a period after "than"/"compared to"/"from" is the
    base, not the figure's time; brackets around a name and bullet lines do not merge clauses."""
    record = fast.extract(BUDGET, id="budget", published="2024-03-12")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


PRICES = """February consumer prices up 4.2 percent on year

Published 2024-03-07

Food and energy drove the rise, the statistics office said, with services dearer than a year earlier.
"""


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("Consumer prices were up 4.2 percent on year in February 2024.", "supported", None),
    ("Consumer prices were up 4.2 percent on year in February 2023.", "contradicted", "time"),
])
def test_an_undated_figure_is_of_the_latest_such_month(checker: Checker, fast: pressparse.Extractor, claim: str,
                                                       verdict: str, reason: str | None) -> None:
    """A release of March 2024 giving February's figure without a year speaks of February 2024."""
    record = fast.extract(PRICES, id="prices", published="2024-03-07")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


TRADE = (
    "Ten-month exports\n\nPublished 2024-11-20\n\n"
    "MAPUTO - Mozambique exported 412,600 tonnes of cashew nuts to 31 countries in January-October, "
    "the trade ministry said on Wednesday.\n\n"
    "Private investment in processing plants rose 6.4 percent over the same period. "
    "Prices of raw nuts were 8.5 percent, and prices of kernels 3.1 percent lower than a year earlier, "
    "while shipping costs were 12 percent higher.\n"
)


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # a kind of the thing the release never names, a place it never names: not there
    ("Foreign direct investment in Mozambique rose 9.6 percent in January-October.", "not_found", None),
    ("Mozambique sold 40,000 tonnes of cashew nuts to Vietnam in January-October.", "not_found", None),
    ("Mozambique exported 385,000 tonnes of cashew nuts in January-October.", "contradicted", "value"),
    # a comparative after a figure, or after the gapped list it opens, is its change
    ("Prices of raw nuts in Mozambique rose 8.5 percent on the year.", "contradicted", "direction"),
    ("Prices of kernels in Mozambique fell 3.1 percent.", "supported", None),
    ("Shipping costs climbed 12 percent.", "supported", None),
    ("Mozambique's shipping costs were 12 percent bigger than a year earlier.", "supported", None),
    ("Mozambique's shipping costs were 12 percent smaller than a year earlier.", "contradicted", "direction"),
])
def test_what_the_release_never_counts_and_comparatives(checker: Checker, fast: pressparse.Extractor, claim: str,
                                                        verdict: str, reason: str | None) -> None:
    """A claim's number on a figure of the same noun is a value error only when the release counts
    the claim's kind of it, in the claim's places; "8.5 percent ... lower than" moved down."""
    record = fast.extract(TRADE, id="trade", published="2024-11-20")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


ENERGY = (
    "Monthly energy and aid bulletin\n\nPublished 2024-02-20\n\n"
    "Fiji consumed 4,127.6 GWh of electricity in January 2024, the statistics department said.\n\n"
    "Donor funding of more than $14.2 million for 31 community projects was confirmed today. "
    "About 45% of the projects are in the northern division.\n\n"
    "The relief programme will reach approximately 2.85 million people across the islands.\n\n"
    "Fish exports in 2023 rose 7% to 3,120 tonnes valued at $21.6 million, as compared to 2,910 tonnes "
    "valued at $21.4 million in 2022. Visitor arrivals reached 968,000 in 2023, up from 894,000 in 2022.\n"
)


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # the digits and scale words agree, the unit prefix does not
    ("Fiji consumed about 4,128 MWh of electricity in January 2024.", "contradicted", "unit"),
    # ten times, with the same digits: a scale error; with other digits, a value error
    ("The relief programme will reach around 285,000 people in Fiji.", "contradicted", "scale"),
    ("The relief programme will reach around 280,000 people in Fiji.", "contradicted", "value"),
    # a bound in money is not borne out by a count of projects far from its number
    ("Donor funding for the 31 Fijian community projects came to less than $14.2 million.",
     "contradicted", "bound"),
    # a hedged source does not vouch for a claim's finer digits
    ("In Fiji, 43% of the community projects are in the northern division.", "contradicted", "value"),
    ("In Fiji, more than two-fifths of the community projects are in the northern division.", "supported", None),
    # two periods in one sentence: the claim's period picks the figure
    ("Fiji's fish exports were worth about $21.5 million in 2023.", "supported", None),
    ("Fiji's fish exports were worth $21.4 million in 2023.", "contradicted", "time"),
    # "up from X": X is the level it left, which did not move
    ("Fiji's visitor arrivals fell to 894,000 in 2023.", "contradicted", "time"),
    ("Fiji's visitor arrivals rose to 968,000 in 2023.", "supported", None),
])
def test_units_scales_bounds_and_periods_side_by_side(checker: Checker, fast: pressparse.Extractor, claim: str,
                                                      verdict: str, reason: str | None) -> None:
    record = fast.extract(ENERGY, id="energy", published="2024-02-20")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


DIFFERENCES = (
    "Harbour budget\n\nPublished 2022-03-04\n\n"
    "The harbour authority will receive RM412.6 million over two years, RM45 million more than in the "
    "previous plan. There were 8,450 registered fishers in January 2022, which was 620 fewer than a year "
    "earlier. Dredging costs $36.8 million, a slight decrease over the 2020-21 plan.\n"
    "Spending on ferry subsidies has grown for a decade, from $2.4 million in 2012 to $3.1 million in 2021. "
    "The share of cargo carried by rail has fallen steadily, from 31.5% in 2015 to 24.2% in 2021.\n"
    "The port signed 27 contracts worth 1.15 billion ringgit, creating 640 jobs.\n"
)


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # a difference written after its figure ("X more than", "Y fewer than") says how the figure moved
    ("The new plan cuts the harbour authority's money by RM45 million.", "contradicted", "direction"),
    ("The harbour authority gets RM45 million more than under the previous plan.", "supported", None),
    ("The number of registered fishers rose by 620 in the year to January 2022.", "contradicted", "direction"),
    # a noun phrase opening the next clause ("a slight decrease over ...")
    ("Dredging costs rose to $36.8 million.", "contradicted", "direction"),
    # "from A to B" says which way B went, whatever verb came before the comma
    ("Ferry subsidies were cut to $3.1 million in 2021.", "contradicted", "direction"),
    ("Ferry subsidies climbed to $3.1 million in 2021.", "supported", None),
    ("Rail's share of cargo climbed to 24.2% in 2021.", "contradicted", "direction"),
    # a tally ("27 contracts") is no stand-in for a sum of money; a hedge covers the rounding
    ("The port signed contracts worth roughly 1.2 billion ringgit.", "supported", None),
    ("The port signed 27 contracts worth about 1.4 billion ringgit.", "contradicted", "value"),
])
def test_differences_and_from_to_say_which_way_a_figure_went(checker: Checker, fast: pressparse.Extractor,
                                                            claim: str, verdict: str, reason: str | None) -> None:
    record = fast.extract(DIFFERENCES, id="harbour", published="2022-03-04")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


def test_a_period_ending_with_a_month_covers_that_many_months(checker: Checker, fast: pressparse.Extractor) -> None:
    """"The six months to December 2014" is July to December, not December alone."""
    record = fast.extract("Half-year revenue\n\nPublished 2015-02-10\n\nIn the second half of 2014 the treasury "
                          "collected $214.5 million in customs revenue.", id="rev", published="2015-02-10")
    assert checker.check("Customs revenue came to $214.5 million in the six months to December 2014.",
                         [record]).verdict == "supported"
    assert checker.check("Customs revenue came to $214.5 million in the three months to December 2014.",
                         [record]).reason == "time"


TREASURY = (
    "Treasury update\n\nPublished 2019-05-14\n\n"
    "The government of Jamaica will spend $16.53 million on school buses this year. "
    "In Jordan, the water authority said the new pumping station will cost JD2.35 million. "
    "Total expenditure of the health department reached $48.2 million in 2018. "
    "The ministry's operating revenue was $123.207 million in 2018. "
    "Britain's grant to the scheme was £4.2 million.\n"
)


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    # a claim's bare currency word is whichever dollar or dinar the article uses
    ("Jamaica will spend more than 16 million dollars on school buses this year.", "supported", None),
    ("The Jordanian pumping station will cost about 2.4 million dinars.", "supported", None),
    ("Jamaica will spend 16.53 million euros on school buses this year.", "contradicted", "unit"),
    ("Britain's grant to the scheme was $4.2 million.", "contradicted", "unit"),  # a "$" is no pound
    # "spent" and "expenditure" are one thing
    ("The health department spent about $48 million in 2018.", "supported", None),
])
def test_a_claims_currency_word_is_read_against_the_article(checker: Checker, fast: pressparse.Extractor,
                                                           claim: str, verdict: str, reason: str | None) -> None:
    record = fast.extract(TREASURY, id="treasury", published="2019-05-14")
    result = checker.check(claim, [record])
    assert (result.verdict, result.reason) == (verdict, reason), result.explanation


def test_the_figures_words_and_currency_nouns_are_no_topic(fast: pressparse.Extractor) -> None:
    """"Topped $30 million", "3.9 billion dirhams", "BD800 million": bound, value and unit are compared
    on their own; the thing counted is in the other words."""
    from pressparse.check.topic import ClaimContext

    claim = "The clinic's drug spending topped $30 million, and the port took 3.9 billion dirhams."
    context = ClaimContext.of(claim, fast.extract(claim, id="claim"))
    assert {"top", "dirham", "dollar"}.isdisjoint(context.terms)
    assert {"clinic", "drug", "port"} <= context.terms
    assert terms("a deficit of 800 million dinars or loti") == terms("deficit")
    assert terms("real wages") != terms("wages")  # a common word that is also a currency keeps its sense


def test_a_sibling_kind_with_the_claims_number_is_an_entity_contradiction(checker: Checker,
                                                                          fast: pressparse.Extractor) -> None:
    """The sentence gives the claim's number to another kind of the claim's thing ("paved roads" for
    "paved bridges"), and the claim's kind another number."""
    record = fast.extract("Island works\n\nPublished 2021-09-02\n\nThe programme will rebuild 34 paved roads and "
                          "12 paved bridges on the outer islands. It is expected to create 2,150 permanent jobs "
                          "and 4,380 seasonal jobs.", id="works", published="2021-09-02")
    for claim in ("The programme will rebuild 34 paved bridges on the outer islands.",
                  "The island works are expected to create 4,380 permanent jobs."):
        result = checker.check(claim, [record])
        assert (result.verdict, result.reason) == ("contradicted", "entity"), result.explanation
    assert checker.check("The programme will rebuild 12 paved bridges.", [record]).verdict == "supported"
