"""The fact store: index records, check claims through it, list figures that disagree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import pressparse
from pressparse.check import Checker
from pressparse.check.store import FactStore, build
from pressparse.cli import main

FIRST = ("Lanxi County reports bumper harvest\n\nLanxi County in Zhejiang Province harvested 312,000 tonnes "
         "of grain in 2022, the county agriculture bureau said. The county also planted 4,500 mu of tea.")
SECOND = ("Zhejiang county output\n\nLanxi County in Zhejiang Province harvested 298,000 tonnes of grain "
          "in 2022, according to a provincial survey. Farmers there earned 21,400 yuan per person.")
OTHER = ("Harbour works\n\nThe port of Dalian handled 3.1 million containers in 2022, the city said.")


@pytest.fixture(scope="module")
def store(fast: pressparse.Extractor, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    records = folder / "records.jsonl"
    with open(records, "w", encoding="utf-8") as out:
        for n, text in enumerate((FIRST, SECOND, OTHER), 1):
            out.write(fast.extract(text, id=f"a{n}", published="2023-01-10").model_dump_json() + "\n")
    stats = build([records], folder / "facts.db")
    assert (stats.articles, stats.quantities) == (3, 5)
    return folder / "facts.db"


def test_check_finds_candidates_through_the_store(store: Path, fast: pressparse.Extractor) -> None:
    checker = Checker(extractor=fast)
    result = checker.check("Dalian's port handled about 3 million containers in 2022.", store)
    assert (result.verdict, result.evidence[0].article) == ("supported", "a3")
    result = checker.check("The port of Dalian handled 3.1 million containers in 2019.", store)
    assert (result.verdict, result.reason) == ("contradicted", "time")
    assert checker.check("Dalian built 40 new berths.", store).verdict == "not_found"


def test_conflicts_pair_figures_about_the_same_thing(store: Path) -> None:
    found = list(FactStore(store).conflicts())
    assert [sorted(f["article"] for f in c["figures"]) for c in found] == [["a1", "a2"]]
    assert {f["text"] for f in found[0]["figures"]} == {"312,000 tonnes", "298,000 tonnes"}


def test_reindexing_an_article_replaces_it(store: Path, fast: pressparse.Extractor, tmp_path: Path) -> None:
    copy = tmp_path / "facts.db"
    copy.write_bytes(store.read_bytes())
    db = FactStore(copy)
    db.add([fast.extract(OTHER.replace("3.1 million", "2.9 million"), id="a3", published="2023-01-10")])
    rows = db.db.execute("SELECT text FROM facts WHERE article = 'a3'").fetchall()
    assert rows == [("2.9 million",)]
    assert db.df("contai") == 1


def test_index_and_conflicts_commands(store: Path, fast: pressparse.Extractor, tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    records = tmp_path / "r.jsonl"
    records.write_text(fast.extract(FIRST, id="a1").model_dump_json() + "\n", encoding="utf-8")
    assert main(["index", str(records), "-d", str(tmp_path / "x.db")]) == 0
    assert main(["conflicts", str(store)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(lines) == 1 and lines[0]["entity"]


FRAMED = (
    "Budget estimates\n\nPublished 2024-03-12\n\n"
    "LUSAKA - Zambia's economy is forecast to grow 4.9% in 2025, the Finance Minister told Parliament on Friday.\n\n"
    "Members asked about the wage bill, the arrears owed to contractors and the timing of the new tax "
    "measures, and the minister answered each in turn before the House rose.\n\n"
    "The minister listed the milestones: a growth rate of 4.9% in 2025, compared to 2.3% in 2024 and 5.4% in 2023. "
    "Clinics treated 82,000 patients in 2023, up from 61,000 patients a year earlier.\n\n"
    "Water spending was set at K2.1 billion, about 9 percent higher than the K1.9 billion the ministry received "
    "in 2023.\n\n"
    "Highlights:\n"
    "    • K120 million for school meals in Zambia's western districts, where enrolment is lowest\n"
    "    • K450 million to expand rural electrification across the country\n"
)


@pytest.mark.parametrize("claim", [
    "Zambia's economy grew 2.3% in 2023.",
    "Zambia's economy grew 5.4% in 2023.",
    "Clinics in Zambia treated 61,000 patients in 2023.",
    "Zambia's water budget rose about 9% for 2024.",
    "The budget sets aside K400 million to expand rural electrification across Zambia.",
])
def test_a_check_through_the_store_reads_each_fact_as_its_record_does(
        claim: str, fast: pressparse.Extractor, tmp_path: Path) -> None:
    """The store keeps what a check reads around a figure (its frame of places, its base, its
    clause's neighbours, its list item), so a claim gets the same answer from the store as from
    the record."""
    record = fast.extract(FRAMED, id="zm", published="2024-03-12")
    db = FactStore(tmp_path / "facts.db", create=True)
    db.add([record])
    checker = Checker(extractor=fast)
    direct, stored = checker.check(claim, [record]), checker.check(claim, db)
    assert (stored.verdict, stored.reason, [e.text for e in stored.evidence]) == (
        direct.verdict, direct.reason, [e.text for e in direct.evidence])
