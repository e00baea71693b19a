"""Throughput of quantity extraction alone: pressparse_quantities vs quantulum3, same texts, same run.

pressparse runs as spacy.blank("en") + sentencizer + pressparse_quantities (the fast mode's
quantity step); quantulum3 runs ``parser.parse`` on the same texts. Both warm up once first (the
pint registry, quantulum3's unit tables), so the figures are steady-state words per second.

usage: python benchmarks/quantities_vs_quantulum.py [--repeat N] [CORPUS_DIR]
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1]


def corpus_texts(folder: Path, repeat: int) -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    if not texts:
        sys.exit(f"no .txt files in {folder}")
    return texts * repeat


def words_in(texts: list[str]) -> int:
    return sum(len(text.split()) for text in texts)


def time_pressparse(texts: list[str]) -> tuple[float, int]:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("pressparse_quantities")
    nlp(texts[0])  # warm-up: tables and the pint registry are built once per process
    start = time.perf_counter()
    found = sum(len(doc.spans["pressparse_quantities"]) for doc in nlp.pipe(texts))
    return time.perf_counter() - start, found


def time_quantulum(texts: list[str]) -> tuple[float, int]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "classifier dependencies not installed": the default mode
        from quantulum3 import parser

        parser.parse(texts[0][:200])  # warm-up
        start = time.perf_counter()
        found = sum(len(parser.parse(text)) for text in texts)
    return time.perf_counter() - start, found


def main(argv: list[str] | None = None) -> int:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("corpus", nargs="?", type=Path, default=ROOT / "corpus")
    options.add_argument("--repeat", type=int, default=3, help="how many times the corpus is processed")
    args = options.parse_args(argv)
    texts = corpus_texts(args.corpus, args.repeat)
    words = words_in(texts)
    ours, ours_found = time_pressparse(texts)
    theirs, theirs_found = time_quantulum(texts)
    print(f"texts {len(texts)}  words {words}")
    print(f"pressparse_quantities  {words / ours:12,.0f} words/s  ({ours:.2f} s, {ours_found} quantities)")
    print(f"quantulum3 parse       {words / theirs:12,.0f} words/s  "
          f"({theirs:.2f} s, {theirs_found} quantities)")
    print(f"ratio                  {theirs / ours:12.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
