"""Fact-checking speed: index build rate, check latency against a million facts and against one
article, with the targets of issue #10.

    .venv/bin/python benchmarks/check.py                         # 1,000,000 quantities
    .venv/bin/python benchmarks/check.py --quantities 100000     # a quick run

The store is generated from the corpus: the records of corpus/ and corpus/heldout/ are copied with
their values scaled and their place names swapped for county names of the gazetteer (seeded), so
sentences, entities and units are real-looking and a claim's words hit many articles. The claims are
those of corpus/claims/ (checked against the store, and against their own article in fast mode).
Targets: check against 1M facts < 200 ms per claim (median), against one article in fast mode
< 50 ms per claim (median, the claim read by the pipeline included).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from pressparse.check import Checker
from pressparse.check.scoring import read_gold_claims
from pressparse.check.store import FactStore, build
from pressparse.data import read_tsv
from pressparse.evaluate import load_golds
from pressparse.pipeline import Extractor

ROOT = Path(__file__).resolve().parents[1]


def corpus_records(extractor: Extractor) -> list[dict[str, Any]]:
    records = []
    for folder in (ROOT / "corpus", ROOT / "corpus" / "heldout"):
        for gid, (_, path) in load_golds(folder).items():
            records.append(extractor.extract(path.read_text(encoding="utf-8"), id=gid).model_dump(mode="json"))
    return records


def county_names() -> list[str]:
    return [row["name"] for row in read_tsv("gazetteer_cn.tsv") if row.get("name")][:2000]


def generate(records: list[dict[str, Any]], quantities: int, out: Path, seed: int) -> int:
    """Write copies of ``records`` with scaled values and swapped places until ``quantities``."""
    rng = random.Random(seed)
    names = county_names()
    written = n = 0
    with open(out, "w", encoding="utf-8") as handle:
        while written < quantities:
            base = records[n % len(records)]
            n += 1
            record = json.loads(json.dumps(base))
            record["id"] = f"{base['id']}#{n}"
            swaps = {p["name"]: rng.choice(names) for p in record["places"]}
            for place in record["places"]:
                place["name"] = swaps[place["name"]]
                place["aliases"] = []
            factor = rng.uniform(0.5, 2.0)
            for q in record["quantities"][: quantities - written]:
                q["value"] = round(q["value"] * factor, 2)
                if q.get("si_value") is not None:
                    q["si_value"] = q["si_value"] * factor
                sentence = q["sentence"]
                for old, new in swaps.items():
                    sentence = sentence.replace(old, new)
                q["sentence"] = sentence
            record["quantities"] = record["quantities"][: quantities - written]
            written += len(record["quantities"])
            handle.write(json.dumps(record) + "\n")
    return n


def latencies(check: Any, claims: list[str]) -> tuple[float, float]:
    """(median, 95th percentile) milliseconds per claim."""
    times = []
    for claim in claims:
        started = time.perf_counter()
        check(claim)
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quantities", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--keep", metavar="DIR", help="keep the generated records and store in DIR")
    args = parser.parse_args()

    extractor = Extractor("fast")
    checker = Checker(extractor=extractor)
    gold = list(read_gold_claims(ROOT / "corpus" / "claims"))
    claims = [c["claim"] for c in gold]
    checker.read_claim("Warm-up: 3 million tonnes of grain.")

    # Against one article, fast mode: the article extracted once, each claim read and checked.
    golds = load_golds(ROOT / "corpus")
    pools = {}
    for gid, (_, path) in golds.items():
        pools[gid] = checker.sources([extractor.extract(path.read_text(encoding="utf-8"), id=gid)])
    by_claim = {c["claim"]: pools[c["against"][0]] for c in gold}
    median, p95 = latencies(lambda claim: checker.check(claim, by_claim[claim]), claims)
    print(f"check vs one article (fast): median {median:.1f} ms, p95 {p95:.1f} ms per claim "
          f"({len(claims)} claims; target < 50 ms)")

    workdir = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="pressparse-check-"))
    workdir.mkdir(parents=True, exist_ok=True)
    records_path, db_path = workdir / "records.jsonl", workdir / "facts.db"
    db_path.unlink(missing_ok=True)
    articles = generate(corpus_records(extractor), args.quantities, records_path, args.seed)
    started = time.perf_counter()
    stats = build([records_path], db_path)
    seconds = time.perf_counter() - started
    size = db_path.stat().st_size / 1e6
    print(f"index: {stats.quantities:,} quantities of {articles:,} articles in {seconds:.1f} s "
          f"= {stats.quantities / seconds:,.0f} quantities/s; store {size:,.0f} MB")

    store = FactStore(db_path)
    checker.check(claims[0], store)  # warm the page cache and the article cache
    median, p95 = latencies(lambda claim: checker.check(claim, store), claims)
    print(f"check vs {stats.quantities:,} facts: median {median:.1f} ms, p95 {p95:.1f} ms per claim "
          f"({len(claims)} claims; target < 200 ms)")
    store.close()
    if not args.keep:
        records_path.unlink()
        db_path.unlink()
        workdir.rmdir()


if __name__ == "__main__":
    main()
