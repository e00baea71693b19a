"""``pressparse evaluate`` scores exactly as the project's reference scorer does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pressparse.evaluate import canonical_quantity, extract_golds, load_golds, norm_place, score

from .conftest import CORPUS, ROOT

# The reference scorer sits beside the checkout (or two levels up, from a worktree of it).
REFERENCE = next((p for p in (ROOT.parent / "shared" / "eval" / "score.py",
                              ROOT.parents[1] / "shared" / "eval" / "score.py") if p.exists()),
                 ROOT.parent / "shared" / "eval" / "score.py")


@pytest.mark.parametrize(
    ("surface", "normalized"),
    [("Zunyi City", "zunyi"), ("Liangshan Yi Autonomous Prefecture", "liangshan yi"),
     ("the Xi’an City", "xi'an"), ("Guangxi Zhuang Autonomous Region", "guangxi zhuang")],
)
def test_place_names_normalize_without_type_words(surface: str, normalized: str) -> None:
    assert norm_place(surface) == normalized


def test_fractions_compare_as_percents() -> None:
    assert canonical_quantity(0.6667, "fraction") == pytest.approx((66.67, "percent"))
    assert canonical_quantity(6_000_000, "yuan") == (6_000_000.0, "CNY")


def test_perfect_prediction_scores_one() -> None:
    """Gold items turned into records must score F1 = 1 in every category."""
    golds = {gid: gold for gid, (gold, _) in load_golds(CORPUS).items()}
    records = {gid: {"quantities": gold["quantities"], "people": [], "agencies": gold["agencies"],
                     "places": []} for gid, gold in golds.items()}
    summary = score(golds, records).summary()
    assert summary["quantities"]["f1"] == 1.0
    assert summary["agencies"]["f1"] == 1.0
    assert summary["people"]["r"] < 1.0 or not any(g["people"] for g in golds.values())


def test_change_accuracy_counts_matched_figures_whose_gold_states_a_change() -> None:
    gold = {"a": {"quantities": [
        {"text": "fell 3%", "value": 3, "unit": "percent", "change": "down"},
        {"text": "to 120", "value": 120, "unit": None, "change": None},
        {"text": "40 jobs", "value": 40, "unit": None},  # no change key: not counted
        {"text": "up 7", "value": 7, "unit": None, "change": "up"},  # not found: not counted
    ]}}
    record = {"a": {"quantities": [
        {"text": "3%", "value": 3.0, "unit": "percent", "change": "down"},
        {"text": "120", "value": 120.0, "unit": None, "change": "up"},
        {"text": "40", "value": 40.0, "unit": None, "change": None},
    ]}}
    summary = score(gold, record).summary()
    assert summary["q_change_acc"] == 0.5
    assert summary["quantities"]["tp"] == 3


# An article written here, annotated with who states each figure and the year it refers to.
SPEAKERS_TEXT = """Ministry of Agriculture
June 3, 2022

The ministry said farmers planted 12,000 hectares of wheat this year, up 15% from last year.

"We will spend $40 million on irrigation by 2030," said Minister Jane Okafor.

According to Deputy Director Tom Reyes, 3,500 jobs were created in 2021.
"""
SPEAKERS_GOLD = {
    "id": "written-speakers", "url": None, "kind": "news-release", "published": "2022-06-03",
    "quantities": [
        {"text": "12,000 hectares", "value": 12000, "unit": "hectare", "entity": "wheat", "approx": None,
         "speaker": None, "year": 2022},
        {"text": "15%", "value": 15, "unit": "percent", "entity": None, "approx": None, "speaker": None,
         "year": 2022},
        {"text": "$40 million", "value": 40000000, "unit": "USD", "entity": "irrigation", "approx": None,
         "speaker": "Jane Okafor", "year": 2030},
        {"text": "3,500", "value": 3500, "unit": None, "entity": "jobs", "approx": None,
         "speaker": "Tom Reyes", "year": 2021},
    ],
    "people": [{"name": "Jane Okafor", "title": "Minister", "agency": None, "role": "official"},
               {"name": "Tom Reyes", "title": "Deputy Director", "agency": None, "role": "official"}],
    "agencies": [{"name": "Ministry of Agriculture", "aliases": []}],
    "places": [],
}


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference scorer not beside the checkout")
def test_matches_reference_scorer(fast, tmp_path) -> None:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in CORPUS.glob("*.gold.json"):
        (gold_dir / path.name).write_bytes(path.read_bytes())
        (gold_dir / path.name.replace(".gold.json", ".txt")).write_bytes(path.with_suffix("").with_suffix(".txt")
                                                                          .read_bytes())
    (gold_dir / "written-speakers.gold.json").write_text(json.dumps(SPEAKERS_GOLD), encoding="utf-8")
    (gold_dir / "written-speakers.txt").write_text(SPEAKERS_TEXT, encoding="utf-8")
    golds = load_golds(gold_dir)
    records = extract_golds(golds, fast)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = subprocess.run([sys.executable, str(REFERENCE), str(gold_dir), str(pred), "--json"],
                         capture_output=True, text=True, check=True).stdout
    reference = json.loads(out)
    ours = score({gid: g for gid, (g, _) in golds.items()}, {r["id"]: r for r in records}).summary()
    assert ours["q_spk_acc"] is not None and ours["q_year_acc"] is not None
    for key in ("quantities", "people", "agencies", "places", "q_unit_acc", "q_ent_acc", "q_apx_acc",
                "q_spk_acc", "q_year_acc", "pe_title_acc", "pe_agency_acc", "pe_role_acc", "pl_parent_acc",
                "published_acc"):
        assert ours[key] == reference[key], key


def test_speaker_year_and_publication_date_are_scored() -> None:
    """A person id resolves to the person's name; the gold year must lie within the figure's time."""
    gold = {"published": "2022-06-03", "quantities": SPEAKERS_GOLD["quantities"]}
    def time(start: str, end: str) -> dict[str, str]:
        return {"start": start, "end": end}

    right = {"published": "2022-06-03",
             "people": [{"id": "p1", "name": "Jane Okafor"}, {"id": "p2", "name": "Tom Reyes"}],
             "quantities": [
                 {"value": 12000, "unit": "hectare", "speaker": None, "time": time("2022-01-01", "2022-12-31")},
                 {"value": 15, "unit": "percent", "speaker": None, "time": time("2022-01-01", "2022-06-03")},
                 {"value": 4e7, "unit": "USD", "speaker": "p1", "time": time("2022-06-03", "2030-12-31")},
                 {"value": 3500, "unit": None, "speaker": "p2", "time": time("2021-01-01", "2021-12-31")},
             ]}
    summary = score({"a": gold}, {"a": right}).summary()
    assert (summary["q_spk_acc"], summary["q_year_acc"], summary["published_acc"]) == (1.0, 1.0, 1.0)
    wrong = {"published": "2022-06-02", "people": right["people"],
             "quantities": [{**q, "speaker": "p1", "time": time("2021-01-01", "2021-12-31")}
                            for q in right["quantities"]]}
    summary = score({"a": gold}, {"a": wrong}).summary()
    assert (summary["q_spk_acc"], summary["q_year_acc"], summary["published_acc"]) == (0.25, 0.25, 0.0)


def test_evaluate_command_refuses_a_folder_without_golds(tmp_path) -> None:
    from pressparse.cli import main

    (tmp_path / "a.txt").write_text("Li Zhong said 437,000 jobs were added.", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
