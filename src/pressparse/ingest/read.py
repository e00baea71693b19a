"""Input paths to Articles or error entries: the one loop the batch and the CLI call."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath
from typing import IO, Literal

from ..failures import failure_message
from ..language import unsupported_language_message
from ..models import ErrorRecord, Source, Warning
from .article import DEFAULT_MAX_BYTES, Article, InputError, error_record, make_article, nonempty
from .decode import decode
from .html import html_article, html_in_text_article, looks_like_html
from .paths import (
    HTML_SUFFIXES,
    JSONL_SUFFIXES,
    expand_paths,
    folder_files,
    no_inputs_message,
    safe_name,
    unsupported_type,
)
from .scraped import jsonl_articles

StdinFormat = Literal["text", "jsonl", "html"]


def read_text(name: str, data: bytes, *, id: str | None = None) -> Article:
    """An Article from a plain-text input's bytes (HTML in disguise is read as HTML); the id
    defaults to the file's stem."""
    text, source = decode(data), Source(path=name)
    if looks_like_html(text):
        return html_in_text_article(text, id=id or PurePath(name).stem, source=source)
    return nonempty(make_article(text, id=id or PurePath(name).stem, source=source))


def read_html(name: str, data: bytes, *, id: str | None = None) -> Article:
    """An Article from an HTML file's bytes; the id defaults to the file's stem."""
    return html_article(decode(data), id=id or PurePath(name).stem, source=Source(path=name))


def _read_limited(handle: IO[bytes], max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("oversize", f"input is larger than {max_bytes} bytes")
    return data


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: StdinFormat = "text",
              stdin: IO[bytes] | None = None) -> Iterator[Article | ErrorRecord]:
    """The articles of one input path ("-" is stdin), errors as ``ErrorRecord`` values.

    Ids and ``source.path`` name the input by ``safe_name``: a file name that is not UTF-8 is
    written with escapes (and its articles carry a ``file_name_not_utf8`` warning).
    """
    name = "stdin" if path == "-" else safe_name(path)
    items = _read_path(path, name, max_bytes=max_bytes, stdin_format=stdin_format, stdin=stdin)
    if name == path or path == "-":
        yield from items
        return
    for item in items:
        if isinstance(item, Article):
            item.warnings.append(Warning(code="file_name_not_utf8", message=(
                "the file name is not valid UTF-8; its undecodable bytes are written as \\xNN escapes")))
        yield item


def _read_path(path: str, name: str, *, max_bytes: int, stdin_format: StdinFormat,
               stdin: IO[bytes] | None) -> Iterator[Article | ErrorRecord]:
    suffix = PurePath(path).suffix.lower()
    try:
        if path == "-":
            handle = stdin or sys.stdin.buffer
            if stdin_format == "jsonl":
                yield from jsonl_articles(name, handle, max_bytes)
            else:
                read = read_html if stdin_format == "html" else read_text
                yield read(name, _read_limited(handle, max_bytes), id=name)
        elif suffix in JSONL_SUFFIXES:
            with open(path, "rb") as handle:
                yield from jsonl_articles(name, handle, max_bytes)
        elif os.path.isdir(path):
            raise InputError("no_inputs", no_inputs_message(name, folder_files(Path(path))[1]))
        else:
            with open(path, "rb") as handle:
                if why := unsupported_type(path):
                    raise InputError("unsupported_type", why)
                data = _read_limited(handle, max_bytes)
            yield (read_html if suffix in HTML_SUFFIXES else read_text)(name, data)
    except InputError as err:
        yield error_record(PurePath(name).stem if path != "-" and err.reason != "no_inputs" else name,
                           err.reason, str(err), name)
    except FileNotFoundError:
        yield error_record(name, "not_found", "no such file, directory or glob match", name)
    except OSError as err:
        yield error_record(name, "unreadable", err.strerror or str(err), name)
    except Exception as err:
        yield error_record(name, "ingest_failed", failure_message(err), name)


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin_format: StdinFormat = "text", outputs: Iterable[str | None] = ()
                ) -> Iterator[Article | ErrorRecord]:
    """Articles from paths, files, directories and globs, in order; failures as ErrorRecords, and
    articles not in English as ``unsupported_language`` entries (see ``english_only``).

    ``outputs`` are the run's own output files, never read as inputs: ``-o corpus/out.jsonl``
    beside ``corpus/`` must not feed a run its own (or a resumed run's earlier) records.
    """
    own = {os.path.realpath(out) for out in outputs if out}
    for path in expand_paths(paths):
        if path != "-" and os.path.realpath(path) in own:
            continue
        for item in read_path(path, max_bytes=max_bytes, stdin_format=stdin_format):
            yield english_only(item)


def english_only(item: Article | ErrorRecord) -> Article | ErrorRecord:
    """An article identified as not English becomes an ``unsupported_language`` error entry.

    The rules read English: a record of French or Chinese text holds wrong figures that look
    right ("5 millions d'euros" -> 5), which an analyst's table cannot tell from good ones, while
    an entry is counted, copied to ``--errors`` and loses nothing. (``pressparse.extract`` on one
    text keeps the record, with the language and an ``unsupported_language`` warning.)
    """
    if isinstance(item, ErrorRecord) or item.language == "en":
        return item
    return ErrorRecord(id=item.id, error="unsupported_language", source=item.source,
                       message=unsupported_language_message(item.language))
