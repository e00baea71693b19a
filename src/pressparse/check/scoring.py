"""Score checks against gold claims (format: corpus/claims/FORMAT.md).

Verdict accuracy over all claims; macro-F1 over the verdicts supported, contradicted and not_found;
reason accuracy over the gold contradicted claims; evidence accuracy over gold claims that cite a
figure: the first cited figure is right when it is in a gold evidence article and its value matches
the value of the gold evidence figure (within 0.5 %), read from that article's record.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..models import ArticleRecord, CheckResult

F1_VERDICTS = ("supported", "contradicted", "not_found")
Item = dict[str, Any]


def read_gold_claims(folder: Path) -> Iterator[Item]:
    """The gold claims of ``folder/*.jsonl``, in file and line order."""
    for path in sorted(folder.glob("*.jsonl")):
        with open(path, encoding="utf-8-sig") as handle:
            for n, line in enumerate(handle, 1):
                if line.strip():
                    claim = json.loads(line)
                    claim.setdefault("id", f"{path.stem}:{n}")
                    yield claim


def _same(a: float, b: float) -> bool:
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def _squash(text: str) -> str:
    return " ".join(text.lower().split())


def gold_value(record: ArticleRecord | None, text: str, read: Callable[[str], float | None]) -> float | None:
    """The value of a gold evidence figure: its quantity in the article's record (same surface
    text, else one containing it or inside it), else the text read on its own."""
    if record is not None:
        wanted = _squash(text)
        found = [q for q in record.quantities if _squash(q.text) == wanted]
        found = found or [q for q in record.quantities if wanted in _squash(q.text) or _squash(q.text) in wanted]
        if found:
            return found[0].value
    return read(text)


@dataclass
class ClaimReport:
    """Counts behind the claim scores, plus one line per wrong claim."""

    stats: Counter = field(default_factory=Counter)
    confusion: Counter = field(default_factory=Counter)  # (gold verdict, predicted verdict)
    errors: list[str] = field(default_factory=list)

    def summary(self) -> dict[str, Any]:
        s = self.stats
        f1s = []
        for verdict in F1_VERDICTS:
            tp = self.confusion[(verdict, verdict)]
            pred = sum(n for (_, p), n in self.confusion.items() if p == verdict)
            gold = sum(n for (g, _), n in self.confusion.items() if g == verdict)
            if not pred and not gold:
                continue
            p, r = (tp / pred if pred else 0.0), (tp / gold if gold else 0.0)
            f1s.append(2 * p * r / (p + r) if p + r else 0.0)

        def ratio(ok: str, n: str) -> float | None:
            return round(s[ok] / s[n], 3) if s[n] else None

        return {
            "claims": s["n"],
            "verdict_acc": ratio("verdict_ok", "n"),
            "macro_f1": round(sum(f1s) / len(f1s), 3) if f1s else None,
            "reason_acc": ratio("reason_ok", "reason_n"),
            "evidence_acc": ratio("evidence_ok", "evidence_n"),
        }


def score_claims(gold: Iterable[Item], results: dict[str, CheckResult], records: dict[str, ArticleRecord],
                 read: Callable[[str], float | None]) -> ClaimReport:
    """Score ``results`` (by claim id) against gold claims; ``read`` gives a figure text's value."""
    report = ClaimReport()
    s = report.stats
    for claim in gold:
        result = results.get(claim["id"])
        verdict = result.verdict if result else None
        reason = result.reason if result else None
        problems = []
        s["n"] += 1
        report.confusion[(claim["verdict"], verdict)] += 1
        if verdict == claim["verdict"]:
            s["verdict_ok"] += 1
        else:
            problems.append(f"verdict {verdict} (gold {claim['verdict']})")
        if claim["verdict"] == "contradicted":
            s["reason_n"] += 1
            if reason == claim.get("reason"):
                s["reason_ok"] += 1
            else:
                problems.append(f"reason {reason} (gold {claim.get('reason')})")
        wanted = [e for e in claim.get("evidence") or [] if e.get("text")]
        if wanted and claim["verdict"] in ("supported", "contradicted"):
            s["evidence_n"] += 1
            cited = result.evidence[0] if result and result.evidence else None
            ok = cited is not None and any(
                cited.article == e.get("article", cited.article)
                and (value := gold_value(records.get(e.get("article", "")), e["text"], read)) is not None
                and _same(cited.value, value)
                for e in wanted)
            if ok:
                s["evidence_ok"] += 1
            else:
                problems.append(f"evidence {cited.text if cited else None!r} (gold {wanted[0]['text']!r})")
        if problems:
            report.errors.append(f"  {claim['id']}: {'; '.join(problems)}  | {claim['claim']}")
    return report


def format_claims(summary: dict[str, Any]) -> str:
    """One line of claim scores."""
    return ("claims      " + f"n {summary['claims']}  verdict_acc {summary['verdict_acc']}  "
            f"macro_f1 {summary['macro_f1']}  reason_acc {summary['reason_acc']}  "
            f"evidence_acc {summary['evidence_acc']}")
