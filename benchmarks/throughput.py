"""Throughput and memory of pressparse on one generated corpus, with the ratios we hold ourselves to.

    .venv/bin/python benchmarks/throughput.py                    # 2,000 articles
    .venv/bin/python benchmarks/throughput.py --articles 300     # a quick run
    .venv/bin/python benchmarks/throughput.py --memory-growth    # + RSS from 1,000 to 10,000 articles
    .venv/bin/python benchmarks/throughput.py --cpu-time         # CPU seconds: a shared, busy machine

The corpus recombines the sentences of corpus/*.txt into articles (deterministic for a --seed), so
every mode and baseline reads exactly the same words. Timings exclude pipeline loading and a
warm-up batch; the worker figures include the inter-process traffic of the real batch runner. Timed
runs in this process hold the loaded pipelines out of the garbage collector's rounds, as `pressparse
extract` and the batch workers do (``pipeline.keep_loaded``).
Targets (see benchmarks/README.md; restated in issue 12): fast >= 50,000 words/s per core and
fast/blank >= 0.25 on articles the pipeline has not seen, full/model >= 0.8, 2w/1w >= 1.7, peak
RSS per worker <= 500 MB; quantities >= 10x quantulum3 is quantities_vs_quantulum.py's.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor, wait
from multiprocessing import get_context
from pathlib import Path

import spacy

from pressparse.batch import BatchStats, _init_worker, _work, run, windowed
from pressparse.ingest import Article, make_article
from pressparse.pipeline import Extractor, Mode, kept_loaded, load_base, statistical_model_name
from pressparse.records import to_record

ROOT = Path(__file__).resolve().parents[1]
# What timings read: wall-clock seconds, or with --cpu-time this process's CPU seconds, steadier on a
# machine shared with other work (the worker pools then go unmeasured: their CPU is not ours).
clock: Callable[[], float] = time.perf_counter
SENTENCE_END = re.compile(r"(?<=[.!?”\"])\s+(?=[A-Z“\"])")
WARMUP = 20


def corpus_sentences(folder: Path) -> list[str]:
    sentences = []
    for path in sorted(folder.glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            sentences.extend(s.strip() for s in SENTENCE_END.split(paragraph) if len(s.split()) >= 4)
    return sentences


def generate(sentences: list[str], count: int, seed: int) -> Iterator[str]:
    """``count`` articles of 3-6 paragraphs of 2-5 sentences, drawn with a seeded generator."""
    rng = random.Random(seed)
    for _ in range(count):
        paragraphs = [" ".join(rng.choices(sentences, k=rng.randint(2, 5))) for _ in range(rng.randint(3, 6))]
        yield "\n\n".join(paragraphs)


def words(texts: Iterable[str]) -> int:
    return sum(len(text.split()) for text in texts)


def rate(label: str, n_words: int, work: Callable[[], object]) -> float:
    start = clock()
    work()
    seconds = clock() - start
    speed = n_words / seconds
    print(f"  {label:<34} {speed:>10,.0f} words/s  ({seconds:6.2f} s)", flush=True)
    return speed


def batch(extractor: Extractor, articles: list[Article], chunk_size: int = 16) -> None:
    """The real runner (a failing chunk is redone article by article); failures are reported."""
    stats = BatchStats()
    consume(run(extractor, articles, stats, chunk_size=chunk_size))
    if stats.failed:
        print(f"  ! {stats.failed} of {len(articles)} articles failed: {dict(stats.reasons)}", flush=True)


def vm_kb(field: str, pid: int | str = "self") -> int:
    """A VmRSS/VmHWM line of /proc/<pid>/status, in kB (Linux)."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/{pid}/status")


def _worker_peak(_: int) -> tuple[int, int]:  # runs in a pool worker
    time.sleep(0.05)  # lets every worker pick up one of these
    return os.getpid(), vm_kb("VmHWM")


def consume(iterable: Iterable[object]) -> None:
    deque(iterable, maxlen=0)


class WarmPool:
    """A process pool as ``--workers`` uses it, warmed up (pipelines loaded) before timing."""

    def __init__(self, workers: int, chunk_size: int, mode: Mode = "fast") -> None:
        self.workers, self.chunk_size = workers, chunk_size
        self.pool = ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=_init_worker,
                                        initargs=(mode,))

    def warm_up(self, articles: list[Article]) -> None:
        wait([self.pool.submit(_work, articles[:WARMUP]) for _ in range(2 * self.workers)])

    def run(self, articles: list[Article]) -> None:
        """Chunks through the pool as ``--workers`` sends them: bounded window, in order."""
        consume(windowed(lambda chunk: self.pool.submit(_work, chunk), articles, chunk_size=self.chunk_size,
                         window=4 * self.workers))

    def peak_rss_kb(self) -> list[int]:
        """Peak RSS (VmHWM) of each worker."""
        return sorted(dict(self.pool.map(_worker_peak, range(8 * self.workers))).values())

    def close(self) -> None:
        self.pool.shutdown()


def paired(labels: tuple[str, str], n_words: int, slices: int, work_a: Callable[[slice], object],
           work_b: Callable[[slice], object], size: int) -> tuple[float, float]:
    """Words/s of two workloads timed on alternating slices (A B, B A, ...), so that a machine
    getting busier or quieter during the run affects both alike."""
    seconds = [0.0, 0.0]
    step = -(-size // slices)
    for k in range(slices):
        part = slice(k * step, (k + 1) * step)
        order = (0, 1) if k % 2 == 0 else (1, 0)
        for which in order:
            start = clock()
            (work_a, work_b)[which](part)
            seconds[which] += clock() - start
    speeds = (n_words / seconds[0], n_words / seconds[1])
    for label, speed, spent in zip(labels, speeds, seconds, strict=True):
        print(f"  {label:<34} {speed:>10,.0f} words/s  ({spent:6.2f} s)", flush=True)
    return speeds


def memory_growth(sentences: list[str], seed: int, extractor: Extractor) -> None:
    """RSS after 1,000 and after 10,000 streamed articles (fast mode, in this process)."""
    print("\nmemory (fast mode, streamed, in-process):", flush=True)
    texts = generate(sentences, 10_000, seed + 1)
    articles = (make_article(text, id=f"m{n}") for n, text in enumerate(texts))
    rss = {}
    for n, _ in enumerate(run(extractor, articles, BatchStats(), chunk_size=16), 1):
        if n in (1_000, 10_000):
            rss[n] = vm_kb("VmRSS") / 1024
            print(f"  RSS after {n:>6,} articles: {rss[n]:8.1f} MB", flush=True)
    print(f"  growth 1,000 -> 10,000: {rss[10_000] - rss[1_000]:+.1f} MB")


def _unseen_once(warm_texts: list[str], texts: list[str], cpu_time: bool) -> tuple[float, float]:
    """Seconds of blank tokenization and of fast mode reading ``texts`` once, in this (fresh) process."""
    tick = time.process_time if cpu_time else time.perf_counter
    blank, fast = spacy.blank("en"), Extractor("fast")
    with kept_loaded():  # as `pressparse extract` runs
        consume(blank.pipe(warm_texts))
        consume(fast.pipe(warm_texts))
        start = tick()
        consume(blank.make_doc(t) for t in texts)
        blank_seconds = tick() - start
        start = tick()
        consume(fast.pipe(texts))
        return blank_seconds, tick() - start


def new_articles(warm_texts: list[str], repeats: int = 3) -> tuple[float, float]:
    """Words/s of blank tokenization and of fast mode on articles neither pipeline has read.

    Both start fresh and first read the same generated articles, so the tokenizer's cache holds
    the common vocabulary as it would after a while on a real stream; then each reads the held-out
    articles (corpus/heldout/, whose sentences the generated corpus does not contain) once. Each
    repeat runs in a new process: the rules keep process-wide caches (unit lookups, for one), and a
    repeat in this process would find the held-out words already in them.
    """
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus" / "heldout").glob("*.txt"))]
    n_words = words(texts)
    blank_best = fast_best = float("inf")
    for _ in range(repeats):
        with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as fresh:
            blank, fast = fresh.submit(_unseen_once, warm_texts, texts, clock is time.process_time).result()
        blank_best, fast_best = min(blank_best, blank), min(fast_best, fast)
    for label, seconds in (('spacy.blank("en") tokenization', blank_best), ("pressparse fast", fast_best)):
        print(f"  {label:<34} {n_words / seconds:>10,.0f} words/s  ({seconds:6.2f} s)", flush=True)
    return n_words / blank_best, n_words / fast_best


def stage_costs(extractor: Extractor, articles: list[Article], repeats: int = 3) -> None:
    """Microseconds per word of each step of fast mode, each timed alone on docs that went
    through the steps before it: where the time goes."""
    nlp, n_words = extractor.nlp, words(a.text for a in articles)

    def prepared(upto: int) -> list:
        docs = [extractor.make_doc(article) for article in articles]
        for doc in docs:
            for _, step in nlp.pipeline[:upto]:
                step(doc)
        return docs

    def best(work: Callable[[list], object], upto: int) -> float:
        seconds = float("inf")
        for _ in range(repeats):
            docs = prepared(upto)
            # The prepared docs live on only for this measurement: out of the collector's rounds, as
            # the loaded pipeline is in a run, or the steps late in the pipe pay for walking them.
            with kept_loaded():
                start = clock()
                work(docs)
                seconds = min(seconds, clock() - start)
        return seconds * 1e6 / n_words

    costs = {"tokenizer (make_doc)": best(lambda docs: [extractor.make_doc(a) for a in articles], 0)}
    for index, (name, step) in enumerate(nlp.pipeline):
        costs[name] = best(lambda docs, step=step: [step(doc) for doc in docs], index)
    costs["records (to_record)"] = best(
        lambda docs: [to_record(doc, article) for doc, article in zip(docs, articles, strict=True)],
        len(nlp.pipeline))
    for name, cost in costs.items():
        print(f"  {name:<34} {cost:6.2f} µs/word", flush=True)
    print(f"  {'sum':<34} {sum(costs.values()):6.2f} µs/word", flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="articles in the corpus (default 2000)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--workers", type=int, default=2, help="workers for the speed-up (default 2)")
    parser.add_argument("--chunk-size", type=int, default=16)
    parser.add_argument("--slices", type=int, default=4, help="alternating slices per timed pair")
    parser.add_argument("--no-full", action="store_true", help="skip the statistical model runs")
    parser.add_argument("--memory-growth", action="store_true", help="also measure 1,000 -> 10,000 RSS")
    parser.add_argument("--cpu-time", action="store_true",
                        help="time in this process's CPU seconds (steadier on a shared machine; no worker runs)")
    args = parser.parse_args(argv)
    global clock
    clock = time.process_time if args.cpu_time else time.perf_counter

    sentences = corpus_sentences(ROOT / "corpus")
    texts = list(generate(sentences, args.articles, args.seed))
    n_words = words(texts)
    articles = [make_article(text, id=f"a{n}") for n, text in enumerate(texts)]
    print(f"corpus: {args.articles:,} articles, {n_words:,} words, from {len(sentences):,} sentences; "
          f"{os.cpu_count()} CPUs; spaCy {spacy.__version__}", flush=True)

    slices = args.slices
    print(f"\nsingle process (pairs timed on {slices} alternating slices):", flush=True)
    rate("ingest (make_article)", n_words, lambda: consume(make_article(t) for t in texts))
    blank = spacy.blank("en")
    consume(blank.pipe(texts[:WARMUP]))
    fast = Extractor("fast")
    batch(fast, articles[:WARMUP])
    with kept_loaded():  # as `pressparse extract` runs
        speeds = dict(zip(("blank", "fast"), paired(
            ('spacy.blank("en") tokenization', "pressparse fast (batch runner)"), n_words, slices,
            lambda part: consume(blank.pipe(texts[part], batch_size=args.chunk_size)),
            lambda part: batch(fast, articles[part], args.chunk_size),
            len(texts)), strict=True))
    model_name = statistical_model_name()
    if model_name and not args.no_full:
        model = load_base("full")
        consume(model.pipe(texts[:WARMUP]))
        full = Extractor("full")
        batch(full, articles[:WARMUP])
        with kept_loaded():
            speeds.update(zip(("model", "full"), paired(
                (f"{model_name} alone", "pressparse full (batch runner)"), n_words, slices,
                lambda part: consume(model.pipe(texts[part], batch_size=args.chunk_size)),
                lambda part: batch(full, articles[part], args.chunk_size),
                len(texts)), strict=True))
        del model, full

    print("\nnew articles (corpus/heldout/, read once after the same warm-up):", flush=True)
    speeds.update(zip(("blank_new", "fast_new"), new_articles(texts[:200]), strict=True))

    print("\nwhere fast mode's time goes (each step alone, generated corpus):", flush=True)
    stage_costs(fast, articles[:300])

    one = many = peak_mb = None
    if not args.cpu_time:
        print(f"\nworkers (fast mode, process pools, chunks of {args.chunk_size}):", flush=True)
        pools = WarmPool(1, args.chunk_size), WarmPool(args.workers, args.chunk_size)
        for pool in pools:
            pool.warm_up(articles)
        one, many = paired(("1 worker", f"{args.workers} workers"), n_words, slices,
                           lambda part: pools[0].run(articles[part]), lambda part: pools[1].run(articles[part]),
                           len(articles))
        peak_mb = max(pools[0].peak_rss_kb() + pools[1].peak_rss_kb()) / 1024
        for pool in pools:
            pool.close()
    full_peak_mb = None
    if "full" in speeds and not args.cpu_time:
        full_pool = WarmPool(1, args.chunk_size, mode="full")
        full_pool.run(articles[:100])
        full_peak_mb = max(full_pool.peak_rss_kb()) / 1024
        full_pool.close()

    if args.memory_growth:
        memory_growth(sentences, args.seed, fast)

    print("\nratios (target):")
    print(f"  fast, new articles {speeds['fast_new']:8,.0f} words/s (>= 50,000 per core)")
    print(f"  fast / blank       {speeds['fast_new'] / speeds['blank_new']:6.2f}  (>= 0.25; new articles)")
    print(f"  fast / blank       {speeds['fast'] / speeds['blank']:6.2f}  (no target; generated corpus, warm "
          "tokenizer cache: reported, not what users see)")
    if "full" in speeds:
        print(f"  full / model       {speeds['full'] / speeds['model']:6.2f}  (>= 0.8)")
    if one and many and peak_mb:
        print(f"  {args.workers}w / 1w            {many / one:6.2f}  "
              f"(>= 1.7 for 2 workers; {os.cpu_count()} CPUs here)")
        print(f"  peak RSS / worker  {peak_mb:6.0f} MB (<= 500 MB; fast mode)")
    if full_peak_mb is not None:
        print(f"  peak RSS / worker  {full_peak_mb:6.0f} MB (<= 500 MB; full mode, 100 articles)")
    print(f"  peak RSS, this process (all modes loaded in turn): {vm_kb('VmHWM') / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
