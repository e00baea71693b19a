"""Golden tests: the whole pipeline over the annotated corpus, scored with the gold rules.

The floors are the quality bar each mode has reached; raise them as the rules improve, never
lower them to make a change pass. ``corpus/heldout`` holds articles annotated without looking at
the rules: its floors measure how the rules generalize, so they sit lower.
"""

from __future__ import annotations

import pytest

from pressparse.evaluate import Report, evaluate_dir

from .conftest import CORPUS

FLOORS = {
    "fast": {"quantities": 0.98, "people": 0.98, "agencies": 0.98, "places": 0.98},
    "full": {"quantities": 0.98, "people": 0.97, "agencies": 0.98, "places": 0.98},
}
ATTRIBUTE_FLOORS = {
    # q_unit: the corpus golds (written before the blind sets) state money and yields per area of land
    # in the bare unit ("₹9,800 per acre" as INR); the blind annotators, and pressparse since #9, write
    # the rate (INR_per_acre). That convention alone costs 0.015 here; the floor records the choice.
    "q_unit": 0.97, "q_ent": 0.88, "q_apx": 0.98,
    "pe_title": 0.95, "pe_agency": 0.95, "pe_role": 0.95, "pl_parent": 0.93,
}


HELDOUT_FLOORS = {"quantities": 0.97, "people": 0.97, "agencies": 0.95, "places": 0.95}

_reports: dict[tuple[str, str], Report] = {}


def corpus_report(mode: str, extractor_for, folder: str = "") -> Report:
    if (mode, folder) not in _reports:
        _reports[mode, folder] = evaluate_dir(CORPUS / folder, extractor=extractor_for(mode))
    return _reports[mode, folder]


@pytest.mark.parametrize("mode", ["fast", "full"])
@pytest.mark.parametrize("category", ["quantities", "people", "agencies", "places"])
def test_category_f1_floor(mode: str, category: str, extractor_for) -> None:
    summary = corpus_report(mode, extractor_for).summary()
    f1 = summary[category]["f1"]
    print(f"{mode} {category}: {summary[category]}")
    assert f1 >= FLOORS[mode][category], f"{category} F1 {f1} fell below {FLOORS[mode][category]}"


@pytest.mark.parametrize("mode", ["fast", "full"])
def test_attribute_accuracy_floors(mode: str, extractor_for) -> None:
    summary = corpus_report(mode, extractor_for).summary()
    for attribute, floor in ATTRIBUTE_FLOORS.items():
        assert (summary[f"{attribute}_acc"] or 0.0) >= floor, (mode, attribute, summary)


@pytest.mark.parametrize("mode", ["fast", "full"])
def test_heldout_f1_floors(mode: str, extractor_for) -> None:
    summary = corpus_report(mode, extractor_for, "heldout").summary()
    for category, floor in HELDOUT_FLOORS.items():
        assert summary[category]["f1"] >= floor, (mode, category, summary[category])


CLAIM_FLOORS = {"verdict_acc": 0.92, "macro_f1": 0.9, "reason_acc": 0.88, "evidence_acc": 0.95}


@pytest.mark.parametrize("mode", ["fast", "full"])
def test_claim_check_floors(mode: str, extractor_for) -> None:
    """corpus/claims: the claims written against the corpus articles, checked and scored."""
    claims = corpus_report(mode, extractor_for).summary()["claims"]
    for score, floor in CLAIM_FLOORS.items():
        assert claims[score] >= floor, (mode, score, claims)
