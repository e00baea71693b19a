"""The batch runner: inputs in, one record or error entry out per input, in input order."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from .ingest import Article, InputError, read_text_file
from .models import ArticleRecord, ErrorRecord, Source
from .pipeline import Extractor

TEXT_SUFFIXES = (".txt",)
EXIT_OK, EXIT_SOME_FAILED, EXIT_MOST_FAILED = 0, 1, 3


def expand_paths(paths: Iterable[str]) -> Iterator[str]:
    """Files named directly, then the text files under named directories (sorted)."""
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file() and p.suffix in TEXT_SUFFIXES)
        else:
            yield raw


def read_inputs(paths: Iterable[str]) -> Iterator[Article | ErrorRecord]:
    """Articles from paths ("-" is stdin); an unreadable input becomes an ErrorRecord."""
    for path in expand_paths(paths):
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            yield read_text_file("stdin" if path == "-" else path, data)
        except InputError as err:
            yield ErrorRecord(id=path, error=err.reason, message=str(err), source=Source(path=path))
        except OSError as err:
            yield ErrorRecord(id=path, error="unreadable", message=err.strerror or str(err),
                              source=Source(path=path))


@dataclass
class BatchStats:
    ok: int = 0
    failed: int = 0

    @property
    def exit_code(self) -> int:
        """0 when all succeeded, 1 when some failed, 3 when (nearly) all of them failed."""
        total = self.ok + self.failed
        if not self.failed:
            return EXIT_OK
        return EXIT_MOST_FAILED if self.failed >= 0.9 * total else EXIT_SOME_FAILED


def run(extractor: Extractor, items: Iterable[Article | ErrorRecord], stats: BatchStats
        ) -> Iterator[ArticleRecord | ErrorRecord]:
    """Records in input order; errors pass through and a failing article becomes an error entry."""
    for item in items:
        if isinstance(item, ErrorRecord):
            stats.failed += 1
            yield item
            continue
        try:
            record = next(extractor.pipe_articles([item]))
        except Exception as err:  # noqa: BLE001 - one bad article must not end the batch
            stats.failed += 1
            yield ErrorRecord(id=item.id, error="extraction_failed", message=repr(err), source=item.source)
            continue
        stats.ok += 1
        yield record
