"""Scrapers' JSON Lines to Articles, streamed line by line, one error entry per bad line."""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Iterable, Iterator
from typing import IO, Any

from ..failures import failure_message
from ..models import ErrorRecord, Source
from .article import DEFAULT_MAX_BYTES, Article, InputError, error_record, make_article, nonempty
from .decode import bomless_utf16, decode
from .html import html_article, html_in_text_article, looks_like_html

NOT_AN_ARTICLE = 'the object has no "text" or "html" field'


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def dict_article(obj: Any, *, id: str | None, path: str | None = None) -> Article:
    """An Article from a scraper's object: url, title, publisher, published, and text or html.

    Without ``id``, the id is a hash of the text (or of the HTML), as in ``make_article``.
    """
    if not isinstance(obj, dict):
        raise InputError("malformed_json", f"expected a JSON object, got {type(obj).__name__}")
    source = Source(path=_str_or_none(obj.get("path")) or path, url=_str_or_none(obj.get("url")),
                    title=_str_or_none(obj.get("title")), publisher=_str_or_none(obj.get("publisher")))
    published = _str_or_none(obj.get("published"))
    if "text" not in obj and "html" not in obj:
        raise InputError("not_an_article", NOT_AN_ARTICLE)
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        if looks_like_html(text):
            return html_in_text_article(text, id=id or _sha_id(text), source=source, published=published)
        return nonempty(make_article(text, id=id, source=source, published=published))
    if isinstance(html, str) and html.strip():
        return html_article(html, id=id or _sha_id(html), source=source, published=published)
    raise InputError("empty", 'the object has no non-empty "text" or "html" field')


def _sha_id(raw: str) -> str:
    """The id of an input without one: a hash of its raw text (HTML hashes as given)."""
    return f"sha256:{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def given_id(obj: Any) -> str | None:
    """The ``id`` of a scraper object, as a string, when it has one."""
    return _str_or_none(obj.get("id")) if isinstance(obj, dict) else None


def _limited_lines(handle: Iterable[bytes] | IO[bytes] | _Utf8Lines, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; ``None`` for a line over ``max_bytes``, which is never held whole."""
    readline = getattr(handle, "readline", None)
    if readline is None:  # a plain iterable of lines (tests, callers with lines in memory)
        yield from (line if len(line) <= max_bytes else None for line in handle)
        return
    while line := readline(max_bytes + 1):
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the oversize line
            line = readline(1 << 20)
        yield None


class _Utf8Lines:
    """A UTF-16 byte stream read line by line as UTF-8: splitting UTF-16 bytes at b"\\n" would cut
    every line ending in half."""

    def __init__(self, handle: IO[bytes], encoding: str) -> None:
        self.text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self.text.readline(size).encode("utf-8")

    def release(self) -> None:
        """Hand the byte stream back unclosed (the caller opened it; it may be stdin)."""
        self.text.detach()


def _utf16_lines(lines: Iterable[bytes] | IO[bytes]) -> _Utf8Lines | None:
    """A UTF-8 line reader over a stream that starts as UTF-16 (with or without a BOM), else None."""
    peek = getattr(lines, "peek", None)
    if peek is None:
        return None
    head = peek(4096)[:4096]
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else bomless_utf16(head)
    return _Utf8Lines(lines, encoding) if encoding else None  # type: ignore[arg-type]


def read_jsonl(name: str, lines: Iterable[bytes] | IO[bytes], *, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[Article | ErrorRecord]:
    """One Article (or ErrorRecord) per non-blank line of scraper JSON Lines, streamed.

    The id is the object's ``id``, else ``name:lineno``. UTF-16 files are read as text first.
    """
    utf16 = _utf16_lines(lines)
    try:
        yield from _jsonl_items(name, utf16 or lines, max_bytes)
    finally:
        if utf16:
            utf16.release()


def _jsonl_items(name: str, lines: Iterable[bytes] | IO[bytes] | _Utf8Lines, max_bytes: int
                 ) -> Iterator[Article | ErrorRecord]:
    for lineno, line in enumerate(_limited_lines(lines, max_bytes), 1):
        if line is not None and not line.strip():
            continue
        obj: Any = None
        try:
            if line is None:
                raise InputError("oversize", f"line {lineno} is larger than {max_bytes} bytes")
            try:
                obj = json.loads(decode(line))
            except ValueError as err:
                raise InputError("malformed_json", f"line {lineno}: {err}") from err
            yield dict_article(obj, id=given_id(obj) or f"{name}:{lineno}", path=name)
        except InputError as err:
            yield error_record(given_id(obj) or f"{name}:{lineno}", err.reason, str(err), name)
        except Exception as err:
            yield error_record(given_id(obj) or f"{name}:{lineno}", "ingest_failed", failure_message(err), name)


def jsonl_articles(name: str, handle: IO[bytes], max_bytes: int) -> Iterator[Article | ErrorRecord]:
    """``read_jsonl``, with two verdicts on the whole stream: without one JSON line it is ``empty``;
    when no line is an article object (pressparse's own records, a claims list, in a folder one
    meant to extract) it is one ``not_articles`` entry, not an error per line. Lines that are no
    article are held back (as ids) until the first article shows the file is a scraper's."""
    held: list[str] = []
    articles_seen, empty = False, True
    for item in read_jsonl(name, handle, max_bytes=max_bytes):
        empty = False
        if not articles_seen and isinstance(item, ErrorRecord) and item.error == "not_an_article":
            held.append(item.id)
            continue
        if not articles_seen:
            articles_seen = True
            yield from (error_record(id, "not_an_article", NOT_AN_ARTICLE, name) for id in held)
        yield item
    if empty:
        raise InputError("empty", "no JSON lines in the input")
    if not articles_seen and held:
        raise InputError("not_articles", f"none of its {len(held)} JSON lines is a scraped article (an object with "
                         '"text" or "html"): is it a records or claims file? Pass article files only')
