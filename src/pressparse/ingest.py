"""Inputs to ``Article``s: the text pressparse processes, with its id and metadata."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from .models import Source, Warning


@dataclass
class Article:
    """One article ready for the pipeline. ``text`` is what spans and ``text_sha256`` refer to."""

    text: str
    id: str
    published: date | None = None
    source: Source = field(default_factory=Source)
    language: str = "en"
    warnings: list[Warning] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def normalize_text(text: str) -> str:
    """NFC-normalize and unify line breaks; offsets refer to the result."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def parse_date(value: date | str | None) -> date | None:
    """An ISO date (or the date part of an ISO timestamp), else None."""
    if value is None or isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def make_article(
    text: str,
    *,
    published: date | str | None = None,
    id: str | None = None,
    source: Source | dict | None = None,
) -> Article:
    """An ``Article`` from raw text; the id defaults to a hash of the normalized text."""
    text = normalize_text(text)
    if isinstance(source, dict):
        source = Source(**source)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return Article(
        text=text,
        id=id or f"sha256:{digest[:16]}",
        published=parse_date(published),
        source=source or Source(),
    )


class InputError(Exception):
    """An input that cannot become an Article; ``reason`` is a machine-readable code."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def decode(data: bytes) -> str:
    """Text of a file's bytes: UTF-8 (with or without BOM); refuses binary data."""
    if not data.strip():
        raise InputError("empty", "the input is empty")
    if b"\x00" in data[:4096]:
        raise InputError("binary", "the input looks binary (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError("undecodable", f"not valid UTF-8: {err}") from err


def read_text_file(path: str, data: bytes) -> Article:
    """An Article from a plain-text file's bytes; the id is the file's stem."""
    from pathlib import PurePath

    return make_article(decode(data), id=PurePath(path).stem, source=Source(path=path))
