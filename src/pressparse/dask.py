"""pressparse on Dask: a bag of articles to record dicts, and the batch runner on a cluster.

Needs the optional extra ``pressparse[dask]`` (dask[bag] and distributed), imported lazily.
Each worker process loads the pipeline once per mode (``cached_extractor``) and reuses it for
every partition and task it is given. A pipeline is used by one thread at a time (the GIL would
serialize the rule components anyway): for parallelism, give workers processes, not threads
(``dask worker --nworkers N --nthreads 1``).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterable, Iterator
from functools import cache
from typing import TYPE_CHECKING, Any

from .batch import BatchStats, Item, Result, extract_chunk, windowed
from .ingest import Article, InputError, dict_article, error_record, given_id

if TYPE_CHECKING:
    import dask.bag

    from .pipeline import Extractor, Mode

INSTALL_HINT = 'pressparse\'s Dask support needs the "dask" extra: pip install "pressparse[dask]"'


def _require(module: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as err:
        raise RuntimeError(f"{INSTALL_HINT} ({err})") from err


_pipeline_lock = threading.Lock()


@cache
def cached_extractor(mode: Mode) -> Extractor:
    """The pipeline of this (worker) process for ``mode``, loaded on first use."""
    from .pipeline import Extractor

    return Extractor(mode)


def _extract(mode: Mode, chunk: list[Item]) -> list[Result]:
    with _pipeline_lock:  # one thread at a time per process: loads once, no shared-state races
        return extract_chunk(cached_extractor(mode), chunk)


def _object_id(obj: Any) -> str:
    """An id for an object that has none and could not become an article: a hash of it."""
    digest = hashlib.sha256(json.dumps(obj, sort_keys=True, default=str).encode("utf-8")).hexdigest()
    return f"sha256:{digest[:16]}"


def to_item(obj: dict[str, Any] | Article) -> Item:
    """An Article (or ErrorRecord) from a dict with id, text or html, published, url, title, ...

    Without an id, the id is a hash of the content (as in ``make_article``), so it is the same
    whichever partition the item lands in.
    """
    if isinstance(obj, Article):
        return obj
    try:
        return dict_article(obj, id=given_id(obj))
    except InputError as err:
        path = obj.get("path") if isinstance(obj, dict) else None
        return error_record(given_id(obj) or _object_id(obj), err.reason, str(err), path)


def _partition(objs: Iterable[dict[str, Any] | Article], mode: Mode, batch_size: int) -> list[dict]:
    items = [to_item(obj) for obj in objs]
    results: list[dict] = []
    for start in range(0, len(items), batch_size):
        chunk = _extract(mode, items[start:start + batch_size])
        results.extend(record.model_dump(mode="json") for record in chunk)
    return results


def extract_bag(bag: dask.bag.Bag, mode: Mode | None = None, *, batch_size: int = 16) -> dask.bag.Bag:
    """A bag of record dicts (``ArticleRecord`` or ``ErrorRecord`` shape) from a bag of articles.

    Items are dicts (id, text or html, published, url, title, publisher, path) or ``Article``s;
    order within and across partitions is kept. ``mode`` defaults to ``default_mode()`` here, so
    every worker runs the same pipeline.
    """
    from .pipeline import default_mode

    _require("dask.bag")
    return bag.map_partitions(_partition, mode or default_mode(), batch_size)


def run_on_cluster(address: str, mode: Mode, items: Iterable[Item], stats: BatchStats, *,
                   chunk_size: int = 16, window: int | None = None) -> Iterator[Result]:
    """The batch runner on an existing Dask cluster: streamed, bounded, in input order."""
    distributed = _require("distributed")
    with distributed.Client(address) as client:
        in_flight = window or 4 * max(1, sum(client.nthreads().values()))

        def submit(chunk: list[Item]) -> Any:
            return client.submit(_extract, mode, chunk, pure=False)

        for results in windowed(submit, items, chunk_size=chunk_size, window=in_flight):
            for result in results:
                yield stats.count(result)
