"""``pressparse evaluate`` scores exactly as the project's reference scorer does."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pressparse.evaluate import canonical_quantity, extract_golds, load_golds, norm_place, score

from .conftest import CORPUS, ROOT

REFERENCE = ROOT.parent / "shared" / "eval" / "score.py"


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


@pytest.mark.skipif(not REFERENCE.exists(), reason="reference scorer not beside the checkout")
def test_matches_reference_scorer(fast, tmp_path) -> None:
    records = extract_golds(load_golds(CORPUS), fast)
    pred = tmp_path / "pred.jsonl"
    pred.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    for path in CORPUS.glob("*.gold.json"):
        (gold_dir / path.name).write_bytes(path.read_bytes())
    out = subprocess.run([sys.executable, str(REFERENCE), str(gold_dir), str(pred), "--json"],
                         capture_output=True, text=True, check=True).stdout
    reference = json.loads(out)
    ours = score({gid: g for gid, (g, _) in load_golds(CORPUS).items()}, {r["id"]: r for r in records}).summary()
    for key in ("quantities", "people", "agencies", "places", "q_unit_acc", "q_ent_acc", "q_apx_acc",
                "pe_title_acc", "pe_agency_acc", "pe_role_acc", "pl_parent_acc"):
        assert ours[key] == reference[key], key


def test_evaluate_command_refuses_a_folder_without_golds(tmp_path) -> None:
    from pressparse.cli import main

    (tmp_path / "a.txt").write_text("Li Zhong said 437,000 jobs were added.", encoding="utf-8")
    assert main(["evaluate", str(tmp_path)]) == 2
