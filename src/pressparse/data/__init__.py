"""Rules as data: gazetteers, lexicons and unit tables, read once per process."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any


def data_path(name: str) -> Any:
    """The packaged data file ``name`` (a Traversable)."""
    return files(__package__).joinpath(name)


@cache
def read_jsonl(name: str) -> tuple[dict[str, Any], ...]:
    """Rows of a packaged JSON Lines file; blank lines and ``//`` comment lines are skipped."""
    rows = []
    with data_path(name).open(encoding="utf-8") as handle:
        for line in handle:
            line = line.strip()
            if line and not line.startswith("//"):
                rows.append(json.loads(line))
    return tuple(rows)


@cache
def read_tsv(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV file with a header line; ``#`` lines are comments."""
    with data_path(name).open(encoding="utf-8") as handle:
        return parse_tsv(handle, name)


def parse_tsv(lines: Iterable[str], name: str) -> tuple[dict[str, str], ...]:
    r"""TSV rows as dicts; trailing empty columns may be left out (they read as ""), but a row
    with more fields than the header (a stray tab) is an error naming the line, not a rule that
    silently reads the wrong column.

    >>> parse_tsv(["word\tclass\tnote\n", "# a comment\n", "rose\tup\n"], "x.tsv")
    ({'word': 'rose', 'class': 'up', 'note': ''},)
    >>> parse_tsv(["word\tclass\n", "rose\tup\tdown\n"], "x.tsv")
    Traceback (most recent call last):
    ValueError: x.tsv, row 1: 3 fields, the header has 2
    """
    content: Iterator[str] = (line for line in lines if line.strip() and not line.startswith("#"))
    rows = []
    for number, row in enumerate(csv.DictReader(content, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
        surplus = row.pop(None, None)  # type: ignore[call-overload]  # csv's key for a long row's extra fields
        if surplus is not None:
            raise ValueError(f"{name}, row {number}: {len(row) + len(surplus)} fields, the header has {len(row)}")
        rows.append({key: value or "" for key, value in row.items()})
    return tuple(rows)


@cache
def read_word_classes(name: str, class_column: str, word_column: str = "word") -> dict[str, frozenset[str]]:
    """A TSV of (word, class) rows as class -> words: the shape of every lexicon file here."""
    classes: dict[str, set[str]] = {}
    for row in read_tsv(name):
        classes.setdefault(row[class_column], set()).add(row[word_column])
    return {label: frozenset(words) for label, words in classes.items()}


@cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a packaged word list."""
    with data_path(name).open(encoding="utf-8") as handle:
        return tuple(s for line in handle if (s := line.strip()) and not s.startswith("#"))
