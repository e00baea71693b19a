"""Claim scoring: verdict accuracy, macro-F1 over three verdicts, reason and evidence accuracy."""

from __future__ import annotations

import pytest

from pressparse.check.scoring import score_claims
from pressparse.models import ArticleRecord, CheckResult, Evidence, Quantity

RECORD = ArticleRecord(id="a", text_sha256="0" * 64, quantities=[
    Quantity(id="q1", text="29.73 million", span={"start": 0, "end": 13}, sentence="s", value=29_730_000,
             kind="count"),
])


def _result(verdict: str, reason: str | None = None, value: float | None = None) -> CheckResult:
    evidence = [Evidence(article="a", quantity="q1", text="x", sentence="s", span={"start": 0, "end": 1},
                         value=value)] if value is not None else []
    return CheckResult(claim="c", verdict=verdict, reason=reason, explanation="e", evidence=evidence)


def test_scores_count_verdicts_reasons_and_evidence() -> None:
    gold = [
        {"id": "1", "claim": "c", "verdict": "supported", "evidence": [{"article": "a", "text": "29.73 million"}]},
        {"id": "2", "claim": "c", "verdict": "contradicted", "reason": "value",
         "evidence": [{"article": "a", "text": "29.73 million"}]},
        {"id": "3", "claim": "c", "verdict": "not_found", "evidence": []},
        {"id": "4", "claim": "c", "verdict": "no_figure", "evidence": []},
    ]
    results = {"1": _result("supported", value=29_730_000), "2": _result("contradicted", "scale", 29_730_000),
               "3": _result("contradicted", "value", 5), "4": _result("no_figure")}
    summary = score_claims(gold, results, {"a": RECORD}, lambda text: None).summary()
    assert summary["verdict_acc"] == 0.75
    assert summary["reason_acc"] == 0.0
    assert summary["evidence_acc"] == 1.0
    # supported F1 1.0; contradicted P 0.5 R 1.0 -> 0.667; not_found 0.0
    assert summary["macro_f1"] == pytest.approx((1.0 + 2 / 3 + 0.0) / 3, abs=1e-3)


def test_evidence_must_be_the_gold_figure() -> None:
    gold = [{"id": "1", "claim": "c", "verdict": "supported", "evidence": [{"article": "a", "text": "29.73 million"}]}]
    summary = score_claims(gold, {"1": _result("supported", value=30_000_000)}, {"a": RECORD},
                           lambda text: None).summary()
    assert summary["evidence_acc"] == 0.0
