"""The batch runner: inputs in, one record or error entry out per input, in input order.

Work goes in chunks of articles (one ``nlp.pipe`` call each). With ``workers > 1`` the chunks go
to a process pool whose workers load the pipeline once (the pool initializer); at most
``window`` chunks are in flight, so memory stays flat however long the run, and results are
yielded in submission order, so the output order does not depend on the number of workers.
The same windowed loop drives a Dask cluster (see ``pressparse.dask``).
"""

from __future__ import annotations

import multiprocessing
import signal
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from .failures import failure_message
from .ingest import Article
from .models import ArticleRecord, ErrorRecord

if TYPE_CHECKING:
    from .pipeline import Extractor, Mode

__all__ = ["DEFAULT_TIMEOUT", "ArticleTimeout", "BatchStats", "count_words", "deadline", "extract_chunk", "run",
           "run_parallel", "skip_completed", "summary", "windowed"]

# Exit statuses of a batch; 2 is bad usage (argparse, unusable output), 130 an interrupted run.
EXIT_OK, EXIT_SOME_FAILED, EXIT_MOST_FAILED = 0, 1, 3
MOST_FAILED_SHARE = 0.9
# Seconds one article may take: a typical article takes milliseconds, the largest input the default
# --max-bytes admits well under a minute in full mode. Only a runaway rule gets near it.
DEFAULT_TIMEOUT = 300.0
Item = Article | ErrorRecord
Result = ArticleRecord | ErrorRecord


@dataclass
class BatchStats:
    """Counts of a run (including the lines a resumed run found already written)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    words: int = 0  # words of the articles sent to the pipeline in this run

    def count(self, result: Result) -> Result:
        if isinstance(result, ErrorRecord):
            self.failed += 1
            self.reasons[result.error] += 1
        else:
            self.ok += 1
        return result

    @property
    def exit_code(self) -> int:
        """0 when all succeeded, 1 when some failed, 3 when (nearly) all of them failed (>= 90%)."""
        total = self.ok + self.failed
        if not self.failed:
            return EXIT_OK
        return EXIT_MOST_FAILED if self.failed >= MOST_FAILED_SHARE * total else EXIT_SOME_FAILED


def count_words(items: Iterable[Item], stats: BatchStats) -> Iterator[Item]:
    """``items`` unchanged, adding the words of each article to ``stats`` (for the summary's rate)."""
    for item in items:
        if isinstance(item, Article):
            stats.words += len(item.text.split())
        yield item


def summary(stats: BatchStats, seconds: float, output: str) -> str:
    """The closing line of a run, e.g. "41 records, 0 errors, 12,345 words/s, out.jsonl": counts
    of the whole output (a resumed run's included), words per second of ``seconds``, the wall time
    of this run's extraction.

    >>> summary(BatchStats(ok=39, failed=2, words=24_690, reasons=Counter(empty=2)), 2.0, "out.jsonl")
    '39 records, 2 errors (empty: 2), 12,345 words/s, out.jsonl'
    >>> summary(BatchStats(ok=5, skipped=5), 0.5, "stdout")
    '5 records, 0 errors, 0 words/s, stdout (resumed: 5 inputs were already in it)'
    """
    reasons = f" ({', '.join(f'{r}: {n}' for r, n in stats.reasons.most_common())})" if stats.reasons else ""
    errors = "error" if stats.failed == 1 else "errors"
    line = (f"{stats.ok:,} records, {stats.failed:,} {errors}{reasons}, "
            f"{stats.words / max(seconds, 1e-9):,.0f} words/s, {output}")
    return line + (f" (resumed: {stats.skipped:,} inputs were already in it)" if stats.skipped else "")


def skip_completed(items: Iterable[Item], completed: Counter[str], stats: BatchStats) -> Iterator[Item]:
    """Items whose id is not yet in the output; an id written k times skips its first k inputs."""
    remaining = Counter(completed)
    for item in items:
        if remaining[item.id] > 0:
            remaining[item.id] -= 1
            stats.skipped += 1
            continue
        yield item


class ArticleTimeout(BaseException):
    """Raised inside an extraction that ran past its deadline.

    A ``BaseException``, like ``KeyboardInterrupt``, so that no ``except Exception`` on the way
    swallows it and lets a runaway rule run on.
    """


def _raise_timeout(signum: int, frame: object) -> None:
    raise ArticleTimeout


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Raise ``ArticleTimeout`` in the body after ``seconds`` (wall clock).

    Uses SIGALRM, which also interrupts a regular expression stuck backtracking (``re`` and
    ``regex`` check for signals while matching). Where there is no SIGALRM (Windows) or off the
    main thread (a Dask worker thread) it does nothing: no timeout rather than a crash.
    """
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if not seconds or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_timeout)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _extract_one(extractor: Extractor, article: Article, timeout: float | None) -> Result:
    try:
        with deadline(timeout):
            return next(extractor.pipe_articles([article]))
    except ArticleTimeout:
        return ErrorRecord(id=article.id, error="timeout", source=article.source,
                           message=f"extraction took longer than {timeout:g} s (see --timeout)")
    except Exception as err:
        return ErrorRecord(id=article.id, error="extraction_failed", message=failure_message(err),
                           source=article.source)


def extract_chunk(extractor: Extractor, items: list[Item], timeout: float | None = None) -> list[Result]:
    """Records for a chunk, in order: one ``nlp.pipe`` pass, or one by one when that pass fails.

    ``timeout`` is seconds per article: the chunk's pass gets ``timeout`` per article in it; when it
    runs out, each article is redone alone with its own ``timeout``, so only the slow one is lost.
    """
    articles = [item for item in items if isinstance(item, Article)]
    try:
        with deadline(timeout and timeout * len(articles)):
            records: Iterator[Result] = iter(list(extractor.pipe_articles(articles)))
    except (Exception, ArticleTimeout):
        records = iter([_extract_one(extractor, article, timeout) for article in articles])
    return [next(records) if isinstance(item, Article) else item for item in items]


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run(extractor: Extractor, items: Iterable[Item], stats: BatchStats, *, chunk_size: int = 16,
        timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Result]:
    """Records in input order, in this process; errors pass through as entries."""
    for chunk in chunks(items, chunk_size):
        for result in extract_chunk(extractor, chunk, timeout):
            yield stats.count(result)


class _Future(Protocol):
    def result(self) -> list[Result]: ...


def windowed(submit: Callable[[list[Item]], _Future], items: Iterable[Item], *, chunk_size: int,
             window: int) -> Iterator[list[Result]]:
    """Submit chunks with at most ``window`` in flight; yield their results in submission order."""
    pending: deque[_Future] = deque()
    for chunk in chunks(items, chunk_size):
        pending.append(submit(chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


_worker_extractor: Extractor | None = None
_worker_timeout: float | None = None


def _init_worker(mode: Mode, timeout: float | None = DEFAULT_TIMEOUT) -> None:
    """Pool initializer: load the pipeline once per worker; Ctrl-C is the parent's to handle."""
    global _worker_extractor, _worker_timeout
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Extractor, keep_loaded

    _worker_extractor, _worker_timeout = Extractor(mode), timeout
    keep_loaded()


def _work(chunk: list[Item]) -> list[Result]:
    assert _worker_extractor is not None, "worker used without _init_worker"
    return extract_chunk(_worker_extractor, chunk, _worker_timeout)


class _ChunkTask:
    """A chunk sent to a ``_RecoveringPool``; ``result()`` survives the death of its worker."""

    def __init__(self, pool: _RecoveringPool, chunk: list[Item]) -> None:
        self.pool, self.chunk = pool, chunk
        try:
            self.future: Future[list[Result]] | None = pool.executor.submit(pool.work, chunk)
        except BrokenProcessPool:  # a worker died since the last submission: the pool takes no more
            self.future = None

    def result(self) -> list[Result]:
        try:
            if self.future is None:
                raise BrokenProcessPool("the pool was broken when this chunk was submitted")
            return self.future.result()
        except BrokenProcessPool:
            # Any in-flight chunk may hold the article that killed a worker: rerun them one by one.
            return [self.pool.run_alone(item) for item in self.chunk]


class _RecoveringPool:
    """Spawned worker processes that load the pipeline once each, replaced when one dies.

    A worker killed by the OS (out of memory) or crashing in C code breaks the whole
    ``ProcessPoolExecutor``; the pool is then restarted and the article that kills a worker even
    when it runs alone in a fresh pool becomes a ``worker_crashed`` error entry.
    """

    def __init__(self, mode: Mode, workers: int, work: Callable[[list[Item]], list[Result]],
                 timeout: float | None) -> None:
        self.mode, self.workers, self.work, self.timeout = mode, workers, work, timeout
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.mode, self.timeout))

    def restart(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = self._start()

    def submit(self, chunk: list[Item]) -> _ChunkTask:
        return _ChunkTask(self, chunk)

    def run_alone(self, item: Item) -> Result:
        if isinstance(item, ErrorRecord):
            return item
        for _attempt in range(2):  # the first failure may be another chunk's crash
            executor = self.executor
            try:
                return executor.submit(self.work, [item]).result()[0]
            except BrokenProcessPool:
                if executor is self.executor:
                    self.restart()
        return ErrorRecord(id=item.id, error="worker_crashed", source=item.source,
                           message="a worker process died on this article (killed, out of memory or crashed)")

    def close(self, *, wait: bool = True) -> None:
        self.executor.shutdown(wait=wait, cancel_futures=not wait)


def run_parallel(mode: Mode, items: Iterable[Item], stats: BatchStats, *, workers: int,
                 chunk_size: int = 16, window: int | None = None, timeout: float | None = DEFAULT_TIMEOUT,
                 work: Callable[[list[Item]], list[Result]] = _work) -> Iterator[Result]:
    """Like ``run`` but over ``workers`` processes; ``work`` is what a worker does with a chunk."""
    pool = _RecoveringPool(mode, workers, work, timeout)
    try:
        for results in windowed(pool.submit, items, chunk_size=chunk_size, window=window or 4 * workers):
            for result in results:
                yield stats.count(result)
    except BaseException:
        pool.close(wait=False)
        raise
    pool.close()


def progress(results: Iterable[Result], *, enabled: bool, total: int | None = None) -> Iterator[Any]:
    """``results`` with a tqdm bar on stderr when ``enabled`` (interactive and not --quiet); with
    ``total`` (``ingest.count_inputs``) it shows the share done and the time left."""
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(results, total=total, unit="input", dynamic_ncols=True, leave=False) as bar:
        yield from bar
