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
