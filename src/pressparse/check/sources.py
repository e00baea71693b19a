"""Where a check looks: records in memory, article files and folders (extracted on the fly),
records JSON Lines written by ``extract``, or a fact store (``store.FactStore``)."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from ..models import ArticleRecord, ErrorRecord, Quantity
from .facts import Fact, record_facts
from .topic import ClaimContext, DocFrequency, SentenceCounts

SQLITE_MAGIC = b"SQLite format 3\x00"


class Candidates(Protocol):
    """Anything a check can ask for the facts that may be about a claim."""

    def candidates(self, figures: Sequence[Quantity], context: ClaimContext) -> tuple[Sequence[Fact], DocFrequency]:
        ...


class FactPool:
    """The facts of some records, held in memory: every fact is a candidate."""

    def __init__(self, records: Iterable[ArticleRecord]) -> None:
        self.records = list(records)
        self.facts = [fact for record in self.records for fact in record_facts(record)]
        self.counts = SentenceCounts(self.facts)

    def candidates(self, figures: Sequence[Quantity], context: ClaimContext) -> tuple[Sequence[Fact], DocFrequency]:
        return self.facts, self.counts


SourceLike = ArticleRecord | Candidates | str | os.PathLike


def is_store(path: str | os.PathLike) -> bool:
    """A SQLite file (the fact store), by its magic header."""
    try:
        with open(path, "rb") as handle:
            return handle.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def is_records_file(path: Path) -> bool:
    """A JSON Lines file written by ``extract`` (its first object is a record), not scraper input."""
    if path.suffix.lower() != ".jsonl":
        return False
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                try:
                    first = json.loads(line)
                except ValueError:
                    return False
                return isinstance(first, dict) and ("text_sha256" in first or "error" in first)
    return False


def read_records(path: Path) -> Iterator[ArticleRecord]:
    """The article records of a JSON Lines file written by ``extract`` (error entries skipped)."""
    with open(path, encoding="utf-8-sig") as handle:
        for line in handle:
            if line.strip():
                try:
                    yield ArticleRecord.model_validate_json(line)
                except ValidationError:
                    if "error" not in json.loads(line):  # an error entry has no record to read
                        raise


def open_sources(sources: SourceLike | Iterable[SourceLike],
                 extract: Callable[[list[str]], Iterable[ArticleRecord | ErrorRecord]]) -> Candidates:
    """One ``Candidates`` for what the user pointed at; ``extract`` turns article paths into records.

    A fact store must be the only source; anything else is pooled in memory.
    """
    if isinstance(sources, (ArticleRecord, str, os.PathLike)) or hasattr(sources, "candidates"):
        sources = [sources]  # type: ignore[list-item]
    records: list[ArticleRecord] = []
    articles: list[str] = []
    stores: list[Candidates] = []
    for source in sources:  # type: ignore[union-attr]
        if isinstance(source, ArticleRecord):
            records.append(source)
        elif hasattr(source, "candidates"):
            stores.append(source)  # type: ignore[arg-type]
        elif is_store(source):  # type: ignore[arg-type]
            from .store import FactStore

            stores.append(FactStore(source))  # type: ignore[arg-type]
        elif Path(source).is_file() and is_records_file(Path(source)):  # type: ignore[arg-type]
            records.extend(read_records(Path(source)))  # type: ignore[arg-type]
        else:
            articles.append(os.fspath(source))  # type: ignore[arg-type]
    if articles:
        for record in extract(articles):
            if isinstance(record, ErrorRecord):
                raise ValueError(f"cannot read source {record.id}: {record.message}")
            records.append(record)
    if stores:
        if len(stores) > 1 or records:
            raise ValueError("a fact store must be the only source of a check")
        return stores[0]
    if not records:
        raise ValueError("no sources to check against")
    return FactPool(records)
