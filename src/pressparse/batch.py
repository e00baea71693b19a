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
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any, Protocol

from .ingest import Article
from .models import ArticleRecord, ErrorRecord

if TYPE_CHECKING:
    from .pipeline import Extractor, Mode

__all__ = ["BatchStats", "extract_chunk", "run", "run_parallel", "skip_completed", "windowed"]

# Exit statuses of a batch; 2 is bad usage (argparse, unusable output), 130 an interrupted run.
EXIT_OK, EXIT_SOME_FAILED, EXIT_MOST_FAILED = 0, 1, 3
MOST_FAILED_SHARE = 0.9
Item = Article | ErrorRecord
Result = ArticleRecord | ErrorRecord


@dataclass
class BatchStats:
    """Counts of a run (including the lines a resumed run found already written)."""

    ok: int = 0
    failed: int = 0
    skipped: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

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


def skip_completed(items: Iterable[Item], completed: Counter[str], stats: BatchStats) -> Iterator[Item]:
    """Items whose id is not yet in the output; an id written k times skips its first k inputs."""
    remaining = Counter(completed)
    for item in items:
        if remaining[item.id] > 0:
            remaining[item.id] -= 1
            stats.skipped += 1
            continue
        yield item


def _extract_one(extractor: Extractor, article: Article) -> Result:
    try:
        return next(extractor.pipe_articles([article]))
    except Exception as err:
        return ErrorRecord(id=article.id, error="extraction_failed", message=repr(err)[:500],
                           source=article.source)


def extract_chunk(extractor: Extractor, items: list[Item]) -> list[Result]:
    """Records for a chunk, in order: one ``nlp.pipe`` pass, or one by one when that pass fails."""
    articles = [item for item in items if isinstance(item, Article)]
    try:
        records: Iterator[Result] = iter(list(extractor.pipe_articles(articles)))
    except Exception:
        records = iter([_extract_one(extractor, article) for article in articles])
    return [next(records) if isinstance(item, Article) else item for item in items]


def chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def run(extractor: Extractor, items: Iterable[Item], stats: BatchStats, *, chunk_size: int = 16
        ) -> Iterator[Result]:
    """Records in input order, in this process; errors pass through as entries."""
    for chunk in chunks(items, chunk_size):
        for result in extract_chunk(extractor, chunk):
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


def _init_worker(mode: Mode) -> None:
    """Pool initializer: load the pipeline once per worker; Ctrl-C is the parent's to handle."""
    global _worker_extractor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from .pipeline import Extractor

    _worker_extractor = Extractor(mode)


def _work(chunk: list[Item]) -> list[Result]:
    assert _worker_extractor is not None, "worker used without _init_worker"
    return extract_chunk(_worker_extractor, chunk)


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

    def __init__(self, mode: Mode, workers: int, work: Callable[[list[Item]], list[Result]]) -> None:
        self.mode, self.workers, self.work = mode, workers, work
        self.executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.mode,))

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
                 chunk_size: int = 16, window: int | None = None,
                 work: Callable[[list[Item]], list[Result]] = _work) -> Iterator[Result]:
    """Like ``run`` but over ``workers`` processes; ``work`` is what a worker does with a chunk."""
    pool = _RecoveringPool(mode, workers, work)
    try:
        for results in windowed(pool.submit, items, chunk_size=chunk_size, window=window or 4 * workers):
            for result in results:
                yield stats.count(result)
    except BaseException:
        pool.close(wait=False)
        raise
    pool.close()


def progress(results: Iterable[Result], *, enabled: bool, total: int | None = None) -> Iterator[Any]:
    """``results`` with a tqdm bar on stderr when ``enabled`` (interactive and not --quiet)."""
    if not enabled:
        yield from results
        return
    from tqdm import tqdm

    with tqdm(results, total=total, unit="article", dynamic_ncols=True, leave=False) as bar:
        yield from bar
