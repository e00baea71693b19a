"""Throughput of quantity extraction alone: pressparse_quantities vs quantulum3, same texts, same run.

pressparse runs as spacy.blank("en") + sentencizer + pressparse_quantities (the fast mode's
quantity step); quantulum3 runs ``parser.parse`` on the same texts. Both warm up once first (the
pint registry, quantulum3's unit tables), so the figures are steady-state words per second; the
passes over the corpus alternate between the two (A B, B A, ...), so that on a shared machine a
change of load weighs on both alike.

usage: python benchmarks/quantities_vs_quantulum.py [--repeat N] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(folder: Path) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    return texts


def words_in(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def pressparse_counter() -> Callable[[list[str]], int]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("pressparse_quantities")
    nlp("Warm-up: 5 tonnes.")  # tables and the pint registry are built once per process
    return lambda texts: sum(len(doc.spans["pressparse_quantities"]) for doc in nlp.pipe(texts))


def quantulum_counter() -> Callable[[list[str]], int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": the default mode
        from quantulum3 import parser

        parser.parse("Warm-up: 5 tonnes.")

    def count(texts: list[str]) -> int:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return sum(len(parser.parse(text)) for text in texts)

    return count


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus")
    options.add_argument("--repeat", type=int, default=3, help="how many times the corpus is processed")
    args = options.parse_args(argv)
    texts = corpus_texts(args.corpus)
    words = words_in(texts) * args.repeat
    counters = {"pressparse_quantities": pressparse_counter(), "quantulum3 parse": quantulum_counter()}
    seconds = dict.fromkeys(counters, 0.0)
    found = dict.fromkeys(counters, 0)
    names = list(counters)
    for n in range(args.repeat):  # alternating passes: a machine getting busier slows both alike
        for name in names if n % 2 == 0 else names[::-1]:
            start = time.perf_counter()
            found[name] += counters[name](texts)
            seconds[name] += time.perf_counter() - start
    print(f"texts {len(texts) * args.repeat}  words {words}")
    for name in names:
        print(f"{name:<22} {words / seconds[name]:12,.0f} words/s  ({seconds[name]:.2f} s, {found[name]} quantities)")
    ours, theirs = (seconds[name] for name in names)
    print(f"ratio                  {theirs / ours:12.1f}x  (target >= 10)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
