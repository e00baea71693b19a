"""The pipeline behind the server: one worker process that loads it once and runs each request
under a deadline.

Why a process and not a thread: a request must stop when it runs past the timeout, and
``batch.deadline`` (SIGALRM, which interrupts even a regular expression stuck backtracking) works
only in a main thread, while a server runs its handlers in worker threads. The worker process runs
requests in its main thread, one at a time (the Language is not shared between threads). If it
dies (killed, out of memory) or stops answering even the signal, it is replaced.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import signal
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from multiprocessing.connection import wait
from typing import TYPE_CHECKING, Any, TypeVar

from ..batch import ArticleTimeout, deadline
from ..ingest import InputError, dict_article
from ..models import ArticleRecord, CheckResult

if TYPE_CHECKING:
    from ..check import Checker
    from ..pipeline import Extractor, Mode

T = TypeVar("T")
# Requests waiting for the worker beyond which a new one is turned away (503) instead of queued.
MAX_WAITING = 32
# Seconds a stuck worker gets beyond the request's timeout before it is replaced: the deadline
# signal normally ends the request well within this.
GRACE = 5.0


class EngineError(Exception):
    """A request the engine could not answer; ``status`` is the HTTP status that says why."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message

    def __reduce__(self) -> tuple[type[EngineError], tuple[int, str, str]]:
        return EngineError, (self.status, self.code, self.message)  # it crosses the process boundary


# --- in the worker process -----------------------------------------------------------------------

_extractor: Extractor | None = None
_checker: Checker | None = None


def _init_worker(mode: Mode) -> None:
    """Load the pipeline once (the checker reads claims with the same one); Ctrl-C is the server's."""
    global _extractor, _checker
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from ..check import Checker
    from ..pipeline import Extractor, keep_loaded

    _extractor = Extractor(mode)
    _checker = Checker(extractor=_extractor)
    keep_loaded()


def _ready() -> str:
    assert _extractor is not None, "worker used before _init_worker"
    return _extractor.mode


def _annotate(fields: dict[str, Any]) -> tuple[str, ArticleRecord]:
    """The processed text and its record for ``{"text" | "html", "published", "url", "id"}``."""
    assert _extractor is not None, "worker used before _init_worker"
    try:
        article = dict_article(fields, id=fields.get("id"))
    except InputError as err:
        raise EngineError(422, err.reason, str(err)) from None
    if len(article.text) > _extractor.nlp.max_length:  # spaCy refuses it (the parser's memory grows with length)
        raise EngineError(413, "too_long", f"the article has {len(article.text):,} characters; the pipeline "
                          f"reads at most {_extractor.nlp.max_length:,} at a time")
    return article.text, next(_extractor.pipe_articles([article]))


def _check(claim: str, claim_id: str | None, sources: list[ArticleRecord] | dict[str, Any]) -> CheckResult:
    """The verdict on ``claim`` against records, or against an article given as fields.

    The sources reach the checker as a ``FactPool`` of records, never as strings, which it would
    take for paths to open.
    """
    from ..check import FactPool

    assert _checker is not None, "worker used before _init_worker"
    records = [_annotate(sources)[1]] if isinstance(sources, dict) else sources
    return _checker.check(claim, FactPool(records), id=claim_id)


def _call(function: Callable[..., T], timeout: float | None, *args: Any) -> T:
    """``function(*args)`` under the deadline; a timeout becomes an ``EngineError`` (picklable)."""
    try:
        with deadline(timeout):
            return function(*args)
    except ArticleTimeout:
        raise EngineError(504, "timeout", f"processing took longer than the server's limit of {timeout:g} s "
                          "(see --timeout)") from None


# --- in the server -------------------------------------------------------------------------------

class Engine:
    """The server's handle on its worker: start it (loading the pipeline), run requests, stop it."""

    def __init__(self, mode: Mode, *, timeout: float | None) -> None:
        self.mode, self.timeout = mode, timeout
        self.executor: ProcessPoolExecutor | None = None
        self.lock = asyncio.Lock()  # one request in the worker at a time: the timeout counts its own work
        self.waiting = 0

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=_init_worker, initargs=(self.mode,))

    async def start(self) -> None:
        """Start the worker and wait until its pipeline is loaded, so the first request is not slow
        and a pipeline that cannot load (no model for full mode) stops the server at once."""
        self.executor = self._start()
        try:
            await asyncio.wrap_future(self.executor.submit(_ready))
        except BrokenProcessPool:
            self.stop()
            raise RuntimeError(f"the {self.mode} pipeline could not be loaded in the worker process") from None
        except BaseException:  # interrupted while loading
            self.stop()
            raise

    def _processes(self) -> list[multiprocessing.Process]:
        return list((getattr(self.executor, "_processes", None) or {}).values())

    def stop(self) -> None:
        """Stop the worker now: it holds no state, and a request still running has lost its answer."""
        if self.executor is None:
            return
        processes = self._processes()
        # The executor's own thread reaps the workers (two threads reaping one pid race, and the
        # loser sees a live process that is gone); a second shutdown() no longer waits for it.
        reaper = getattr(self.executor, "_executor_manager_thread", None)
        self.executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            if not wait([process.sentinel], timeout=1.0):  # an idle worker leaves at once
                process.kill()  # busy, or stuck in C code
        if reaper is not None:
            reaper.join()
        self.executor = None

    def _restart(self) -> None:
        self.stop()
        self.executor = self._start()

    async def run(self, function: Callable[..., T], *args: Any) -> T:
        """``function(*args)`` in the worker under the request timeout; failures as ``EngineError``."""
        if self.waiting >= MAX_WAITING:
            raise EngineError(503, "busy", f"{self.waiting} requests are already waiting; try again shortly")
        self.waiting += 1
        try:
            await self.lock.acquire()
        finally:
            self.waiting -= 1
        try:
            return await self._run_now(function, *args)
        finally:
            self.lock.release()

    async def _run_now(self, function: Callable[..., T], *args: Any) -> T:
        if self.executor is None:
            raise EngineError(503, "not_ready", "the pipeline is not loaded yet")
        future = asyncio.wrap_future(self.executor.submit(_call, function, self.timeout, *args))
        limit = self.timeout + GRACE if self.timeout else None
        try:
            return await asyncio.wait_for(future, limit)
        except asyncio.TimeoutError:
            self._restart()
            raise EngineError(504, "timeout", f"processing took longer than the server's limit of "
                              f"{self.timeout:g} s; the worker was restarted") from None
        except BrokenProcessPool:
            self._restart()
            raise EngineError(503, "worker_crashed", "the worker process died on this request (killed, out of "
                              "memory or crashed) and was restarted") from None

    async def annotate(self, fields: dict[str, Any]) -> tuple[str, ArticleRecord]:
        """The processed article text and its record."""
        return await self.run(_annotate, fields)

    async def check(self, claim: str, claim_id: str | None,
                    sources: list[ArticleRecord] | dict[str, Any]) -> CheckResult:
        """``pressparse.check`` of ``claim`` against records or an article's fields."""
        return await self.run(_check, claim, claim_id, sources)
