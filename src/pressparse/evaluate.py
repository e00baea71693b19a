"""Score records against gold annotations (format: corpus/GOLD_FORMAT.md).

The matching rules are those of the project's reference scorer: quantities match on (value within
0.5 % relative, unit class) with fractions compared as percents; people, agencies and places match
on a normalized name against the gold name or any alias; optional gold items neither reward nor
punish. Attribute accuracies are computed over matched items: a figure's speaker (the person's name,
or none) and year (the gold year within the figure's time, start to end) where the gold gives them,
and the publication date of every article whose gold states one; ``q_change``
(the direction of a change, for gold items that carry a ``change`` key) is ours alone, beside the
reference scorer's.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import regex

if TYPE_CHECKING:
    from .check.scoring import ClaimReport
    from .pipeline import Extractor

CATEGORIES = ("quantities", "people", "agencies", "places")
ATTRIBUTES = ("q_unit", "q_ent", "q_apx", "q_change", "q_spk", "q_year", "pe_title", "pe_agency", "pe_role",
              "pl_parent", "published")
_PLACE_WORDS = regex.compile(
    r"\b(autonomous prefecture|autonomous region|autonomous county|special administrative region|"
    r"province|city|county|district|town|township|village|prefecture|municipality|region|state|sar)\b"
)
_UNIT_ALIASES: dict[str, str | None] = {
    "": None, "count": None, "dimensionless": None, "none": None,
    "%": "percent", "percentage": "percent", "pct": "percent",
    "rmb": "CNY", "yuan": "CNY", "cny": "CNY", "usd": "USD", "$": "USD", "dollar": "USD",
    "eur": "EUR", "gbp": "GBP", "inr": "INR", "ratio": "fraction", "frac": "fraction",
    "pp": "percentage_point", "percentage point": "percentage_point",
    "percentage points": "percentage_point", "m²": "m2", "km²": "km2", "ha": "hectare",
    "hectares": "hectare", "t": "tonne", "ton": "tonne", "tons": "tonne", "tonnes": "tonne",
    "kilowatt hour": "kwh", "kw·h": "kwh", "kilowatt_hour": "kwh",
    "yuan/person": "yuan_per_person", "cny_per_person": "yuan_per_person",
}
Item = dict[str, Any]


def norm_text(text: str | None) -> str:
    """Lower-case, straight quotes, no leading "the", punctuation to spaces."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).replace("\u2019", "'").replace("\u2018", "'")
    text = regex.sub(r"^the\s+", "", text.lower().strip())
    return " ".join(regex.sub(r"[^\w\s']", " ", text).split())


def norm_place(text: str | None) -> str:
    """``norm_text`` without administrative type words ("Zunyi City" -> "zunyi")."""
    return " ".join(_PLACE_WORDS.sub(" ", norm_text(text)).split())


def norm_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    key = unit.lower()
    if key in _UNIT_ALIASES:
        return _UNIT_ALIASES[key]
    return unit if len(unit) == 3 and unit.isalpha() and unit.isupper() else key


def canonical_quantity(value: float | None, unit: str | None) -> tuple[float, str | None] | None:
    """(value, unit class); fractions become percents so 2/3 matches 66.67 %."""
    if value is None:
        return None
    unit = norm_unit(unit)
    return (float(value) * 100.0, "percent") if unit == "fraction" else (float(value), unit)


def quantities_match(a: tuple[float, str | None], b: tuple[float, str | None]) -> bool:
    (va, ua), (vb, ub) = a, b
    if ua != ub:
        return False
    slack = 0.01 if ua == "percent" else 0.0
    return va == vb or abs(va - vb) <= 0.005 * max(abs(va), abs(vb)) + slack


def head_words(text: str | None) -> set[str]:
    """Content words, singularized, for entity/title comparison."""
    out = set()
    for word in norm_text(text).split():
        if len(word) > 2:
            out.add(regex.sub(r"ies$", "y", regex.sub(r"(?<!s)s$", "", word)))
    return out


@dataclass
class Report:
    """Counts behind the scores, plus the per-article error listing."""

    stats: Counter = field(default_factory=Counter)
    errors: dict[str, list[str]] = field(default_factory=dict)
    claims: ClaimReport | None = None  # when the gold folder has claims/*.jsonl

    def prf(self, cat: str) -> tuple[float, float, float]:
        tp, fp, fn = (self.stats[f"{cat}_{k}"] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {"articles": len(self.errors), "missing_records": self.stats["missing"]}
        for cat, label in zip(("q", "pe", "ag", "pl"), CATEGORIES, strict=True):
            p, r, f = self.prf(cat)
            out[label] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                          **{k: self.stats[f"{cat}_{k}"] for k in ("tp", "fp", "fn")}}
        for attr in ATTRIBUTES:
            n = self.stats[f"{attr}_n"]
            out[f"{attr}_acc"] = round(self.stats[f"{attr}_ok"] / n, 3) if n else None
        if self.claims is not None:
            out["claims"] = self.claims.summary()
        return out


def _score_speaker(items: list[Item], q: Item, people: dict[str, str], report: Report, errs: list[str]) -> None:
    """The person a figure is attributed to, by name (a record holds a person id), or none."""
    golds = [i.get("speaker") for i in items if "speaker" in i]
    if not golds:
        return
    report.stats["q_spk_n"] += 1
    speaker = q.get("speaker")
    if isinstance(speaker, dict):
        speaker = speaker.get("name")
    elif speaker in people:
        speaker = people[speaker]
    if any((norm_text(speaker) if speaker else None) == (norm_text(g) if g else None) for g in golds):
        report.stats["q_spk_ok"] += 1
    else:
        errs.append(f"  speaker {q.get('text')!r}: got {speaker!r}, gold {golds[0]!r}")


def _score_year(items: list[Item], q: Item, report: Report, errs: list[str]) -> None:
    """The calendar year a figure refers to: right when a gold year lies in the figure's time."""
    years = [i["year"] for i in items if i.get("year")]
    if not years:
        return
    report.stats["q_year_n"] += 1
    time = q.get("time") or {}
    found = [str(time.get(k) or "")[:4] for k in ("start", "end")] if isinstance(time, dict) else []
    span = [int(y) for y in found if y.isdigit()]
    if span and any(min(span) <= y <= max(span) for y in years):
        report.stats["q_year_ok"] += 1
    else:
        got = time.get("text") if isinstance(time, dict) else time
        errs.append(f"  year {q.get('text')!r}: got {got!r} {span}, gold {years[0]}")


def _score_quantities(gold: list[Item], pred: list[Item], report: Report, errs: list[str],
                      people: dict[str, str] | None = None) -> None:
    stats = report.stats
    groups: list[dict[str, Any]] = []
    for item in gold:
        key = canonical_quantity(item["value"], item.get("unit"))
        group = next((g for g in groups if quantities_match(g["key"], key)), None)
        if group is None:
            groups.append({"key": key, "items": [item], "used": False})
        else:
            group["items"].append(item)
    seen: list[tuple[float, str | None]] = []
    for q in pred:
        key = canonical_quantity(q.get("value"), q.get("unit"))
        if key is None or any(quantities_match(key, s) for s in seen):
            continue
        seen.append(key)
        hit = next((g for g in groups if quantities_match(g["key"], key)), None)
        if hit is None:
            def near(a: float, b: float) -> bool:
                return abs(a - b) <= 0.005 * max(abs(a), abs(b), 1e-9)

            loose = next((g for g in groups if near(g["key"][0], key[0])
                          or (g["key"][1] == "percent" and key[1] is None and near(g["key"][0], key[0] * 100))),
                         None)
            if loose is not None and not loose["used"] and not all(i.get("optional") for i in loose["items"]):
                loose["used"] = True
                stats["q_tp"] += 1
                stats["q_unit_n"] += 1
                errs.append(f"  unit  {q.get('text')!r}: got {q.get('unit')!r}, gold {loose['items'][0].get('unit')!r}")
            else:
                stats["q_fp"] += 1
                errs.append(f"  FP q  {q.get('text')!r} = {q.get('value')} {q.get('unit')}")
            continue
        if hit["used"]:
            continue
        hit["used"] = True
        if all(i.get("optional") for i in hit["items"]):
            continue
        stats["q_tp"] += 1
        stats["q_unit_n"] += 1
        stats["q_unit_ok"] += 1
        entities = [i["entity"] for i in hit["items"] if i.get("entity")]
        if entities:
            stats["q_ent_n"] += 1
            if any(head_words(q.get("entity")) & head_words(e) for e in entities):
                stats["q_ent_ok"] += 1
            else:
                errs.append(f"  entity {q.get('text')!r}: got {q.get('entity')!r}, gold {entities[0]!r}")
        _score_speaker(hit["items"], q, people or {}, report, errs)
        _score_year(hit["items"], q, report, errs)
        stats["q_apx_n"] += 1
        if any((q.get("approx") or None) == (i.get("approx") or None) for i in hit["items"]):
            stats["q_apx_ok"] += 1
        else:
            errs.append(f"  approx {q.get('text')!r}: got {q.get('approx')!r}, gold {hit['items'][0].get('approx')!r}")
        _score_change(q, hit["items"], stats, errs)
    for group in groups:
        if not group["used"] and not all(i.get("optional") for i in group["items"]):
            stats["q_fn"] += 1
            first = group["items"][0]
            errs.append(f"  FN q  {first['text']!r} = {first['value']} {first.get('unit')}")


def _score_change(q: Item, items: list[Item], stats: Counter, errs: list[str]) -> None:
    """q_change: among matched figures whose gold states a ``change`` key, the direction agrees
    (null with null). Not in the reference scorer, so it changes none of the numbers that scorer reports."""
    stated = [i for i in items if "change" in i]
    if not stated:
        return
    stats["q_change_n"] += 1
    if any((q.get("change") or None) == (i.get("change") or None) for i in stated):
        stats["q_change_ok"] += 1
    else:
        errs.append(f"  change {q.get('text')!r}: got {q.get('change')!r}, gold {stated[0].get('change')!r}")


def _names(item: Item, normalize: Callable[[str | None], str]) -> set[str]:
    names = [item.get("name"), *(item.get("aliases") or [])]
    names += [m.get("text") for m in item.get("mentions") or [] if isinstance(m, dict)]
    return {n for n in map(normalize, names) if n}


def _score_names(cat: str, gold: list[Item], pred: list[Item], normalize: Callable[[str | None], str],
                 report: Report, errs: list[str], check: Callable[[Item, Item], None] | None = None) -> None:
    stats = report.stats
    used = [False] * len(gold)
    gold_names = [_names(g, normalize) for g in gold]
    for p in pred:
        names = _names(p, normalize)
        if not names:
            continue
        hit = next((i for i, g in enumerate(gold_names) if g & names), None)
        if hit is None:
            stats[f"{cat}_fp"] += 1
            errs.append(f"  FP {cat} {p.get('name')!r}")
            continue
        if used[hit]:
            continue
        used[hit] = True
        if gold[hit].get("optional"):
            continue
        stats[f"{cat}_tp"] += 1
        if check:
            check(gold[hit], p)
    for i, g in enumerate(gold):
        if not used[i] and not g.get("optional"):
            stats[f"{cat}_fn"] += 1
            errs.append(f"  FN {cat} {g['name']!r}")


def _person_check(record: Item, report: Report, errs: list[str]) -> Callable[[Item, Item], None]:
    agencies = {a.get("id"): a for a in record.get("agencies") or []}
    stats = report.stats

    def check(gold: Item, pred: Item) -> None:
        if gold.get("title"):
            stats["pe_title_n"] += 1
            if pred.get("title") and head_words(pred["title"]) & head_words(gold["title"]):
                stats["pe_title_ok"] += 1
            else:
                errs.append(f"  title {gold['name']!r}: got {pred.get('title')!r}, gold {gold['title']!r}")
        if gold.get("agency"):
            stats["pe_agency_n"] += 1
            body = agencies.get(pred.get("agency"), {})
            agency = body.get("name")
            # any spelling of the person's agency in the text may name the gold one, as score.py reads it
            forms = [agency, *(body.get("aliases") or [])]
            if agency and any(form and (norm_text(form) == norm_text(gold["agency"])
                                        or len(head_words(form) & head_words(gold["agency"])) >= 2
                                        or head_words(form) == head_words(gold["agency"])) for form in forms):
                stats["pe_agency_ok"] += 1
            else:
                errs.append(f"  agency {gold['name']!r}: got {agency!r}, gold {gold['agency']!r}")
        stats["pe_role_n"] += 1
        stats["pe_role_ok"] += (pred.get("role") or "other") == gold.get("role")

    return check


def _parent_check(record: Item, report: Report, errs: list[str]) -> Callable[[Item, Item], None]:
    places = {p.get("id"): p for p in record.get("places") or []}
    stats = report.stats

    def check(gold: Item, pred: Item) -> None:
        if not gold.get("parent"):
            return
        stats["pl_parent_n"] += 1
        chain, node = [], pred
        for _ in range(6):  # a finer true parent whose chain reaches the gold parent is right too
            node = places.get(node.get("parent"))
            if node is None:
                break
            chain.append(node.get("name"))
        if any(norm_place(c) == norm_place(gold["parent"]) for c in chain):
            stats["pl_parent_ok"] += 1
        else:
            errs.append(f"  parent {gold['name']!r}: got {chain[:1]!r}, gold {gold['parent']!r}")

    return check


def score(golds: dict[str, Item], records: dict[str, Item]) -> Report:
    """Score records (as dicts, keyed by article id) against golds keyed by the same ids."""
    report = Report()
    for gid, gold in golds.items():
        errs: list[str] = []
        record = records.get(gid)
        if record is None:
            report.stats["missing"] += 1
            errs.append("  NO RECORD for this article")
            record = {}
        people = {p.get("id"): p.get("name") for p in record.get("people") or [] if p.get("id")}
        _score_quantities(gold.get("quantities", []), record.get("quantities") or [], report, errs, people)
        _score_names("pe", gold.get("people", []), record.get("people") or [], norm_text, report, errs,
                     _person_check(record, report, errs))
        _score_names("ag", gold.get("agencies", []), record.get("agencies") or [], norm_text, report, errs)
        _score_names("pl", gold.get("places", []), record.get("places") or [], norm_place, report, errs,
                     _parent_check(record, report, errs))
        if gold.get("published"):
            report.stats["published_n"] += 1
            if record.get("published") == gold["published"]:
                report.stats["published_ok"] += 1
            else:
                errs.append(f"  published: got {record.get('published')!r}, gold {gold['published']!r}")
        report.errors[gid] = errs
    return report


def load_golds(gold_dir: Path) -> dict[str, tuple[Item, Path]]:
    """Gold annotations with the article text file beside each, keyed by article id."""
    out = {}
    for path in sorted(gold_dir.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = path.with_name(path.name.removesuffix(".gold.json") + ".txt")
        if text.exists():
            out[gold.get("id") or text.stem] = (gold, text)
    return out


def extract_golds(golds: dict[str, tuple[Item, Path]], extractor: Extractor) -> list[Item]:
    """Records (as JSON dicts) for the articles of ``load_golds``: from the text and the page's url,
    as a scraper would give them; the gold publication date is what is scored, so it is not given."""
    records = []
    for gid, (gold, path) in golds.items():
        record = extractor.extract(path.read_text(encoding="utf-8"), id=gid,
                                   source={"path": str(path), "url": gold.get("url")})
        records.append(record.model_dump(mode="json"))
    return records


def evaluate_dir(gold_dir: Path, mode: str | None = None, extractor: Extractor | None = None) -> Report:
    """Run the pipeline over every annotated article in ``gold_dir`` and score it."""
    golds = load_golds(gold_dir)
    if not golds:
        raise ValueError(f"no <id>.gold.json with its <id>.txt beside it in {gold_dir}")
    if extractor is None:
        from .pipeline import Extractor

        extractor = Extractor(mode)  # type: ignore[arg-type]
    records = {r["id"]: r for r in extract_golds(golds, extractor)}
    report = score({gid: gold for gid, (gold, _) in golds.items()}, records)
    if (gold_dir / "claims").is_dir():
        report.claims = evaluate_claims(gold_dir / "claims", records, extractor)
    return report


def evaluate_claims(folder: Path, records: dict[str, Item], extractor: Extractor) -> ClaimReport:
    """Check every gold claim of ``folder/*.jsonl`` against its articles' records and score it."""
    from .check import Checker
    from .check.scoring import read_gold_claims, score_claims
    from .models import ArticleRecord

    articles = {gid: ArticleRecord.model_validate(r) for gid, r in records.items()}
    checker = Checker(extractor=extractor)
    gold = list(read_gold_claims(folder))
    pools: dict[tuple[str, ...], Any] = {}
    results = {}
    for claim in gold:
        against = tuple(claim.get("against") or articles)
        missing = [a for a in against if a not in articles]
        if missing:
            raise ValueError(f"claim {claim['id']} is checked against unknown articles {missing}")
        if against not in pools:
            pools[against] = checker.sources([articles[a] for a in against])
        results[claim["id"]] = checker.check(claim["claim"], pools[against], id=claim["id"])

    def read(text: str) -> float | None:
        found = extractor.extract(text).quantities
        return found[0].value if found else None

    return score_claims(gold, results, articles, read)


def format_report(report: Report, verbose: bool = False, as_json: bool = False) -> str:
    summary = report.summary()
    if as_json:
        return json.dumps(summary)
    lines = []
    if verbose:
        for gid, errs in report.errors.items():
            lines += [gid, *(errs or ["  (all right)"])]
        if report.claims is not None:
            lines += ["claims", *(report.claims.errors or ["  (all right)"])]
    for cat in CATEGORIES:
        s = summary[cat]
        lines.append(f"{cat:11s} P {s['p']:.3f} R {s['r']:.3f} F1 {s['f1']:.3f}  "
                     f"(tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    lines.append("attributes: " + ", ".join(f"{a}={summary[a + '_acc']}" for a in ATTRIBUTES))
    if report.claims is not None:
        from .check.scoring import format_claims

        lines.append(format_claims(summary["claims"]))
    return "\n".join(lines)
