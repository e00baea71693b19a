"""Input paths as users give them: files, folders, globs, odd file names, formats not read."""

from __future__ import annotations

import glob
import logging
import mimetypes
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePath

log = logging.getLogger(__name__)


TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES


def expand_paths(paths: Iterable[str], *, report: bool = True) -> Iterator[str]:
    """Files named directly (and glob matches), then the input files under directories, sorted.

    A name that matches nothing is passed on, to become a ``not_found`` error entry; so is a
    directory without input files, to become a ``no_inputs`` entry. The files a directory holds
    that pressparse does not read are logged with why, when ``report``.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            yield raw
        elif path.is_dir():
            inputs, skipped = folder_files(path)
            if skipped and report:
                log.warning("%s", skipped_message(safe_name(raw), skipped))
            yield from inputs or [raw]
        elif glob.has_magic(raw) and (matches := sorted(glob.glob(raw, recursive=True))):
            yield from expand_paths(matches, report=report)
        else:
            yield raw


def safe_name(path: str) -> str:
    r"""``path`` as text any output can hold: the bytes of a file name that is not UTF-8 (which
    Python carries as lone surrogates) as \xNN escapes, so one old scraper's file name cannot
    abort a batch when its record is written.

    >>> safe_name(os.fsdecode(b"scrape/caf\xe9-release.txt"))
    'scrape/caf\\xe9-release.txt'
    >>> safe_name("café.txt")
    'café.txt'
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name's bytes
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def folder_files(folder: Path) -> tuple[list[str], Counter[str]]:
    """The input files under ``folder`` (recursive, sorted), and the other files counted by
    suffix (hidden files such as .DS_Store are not counted: nobody meant them as inputs)."""
    inputs: list[str] = []
    skipped: Counter[str] = Counter()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix.lower() in INPUT_SUFFIXES:
            inputs.append(str(path))
        elif not any(part.startswith(".") for part in path.relative_to(folder).parts):
            skipped[path.suffix.lower() or "(no suffix)"] += 1
    return inputs, skipped


_READS = "pressparse reads .txt, .html, .htm and scraper .jsonl files; convert other formats to text first"


def _counted(skipped: Counter[str]) -> str:
    return ", ".join(f"{n} {suffix}" for suffix, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))


def skipped_message(folder: str, skipped: Counter[str]) -> str:
    """Why files of a folder were left out.

    >>> skipped_message("in", Counter({".pdf": 2, ".docx": 1}))[:35]
    'skipped 3 file(s) in in (2 .pdf, 1 '
    """
    return f"skipped {sum(skipped.values())} file(s) in {folder} ({_counted(skipped)}): {_READS}"


def no_inputs_message(folder: str, skipped: Counter[str]) -> str:
    """The message of a folder with nothing to read: nothing processed is not success."""
    held = f"only other files ({_counted(skipped)})" if skipped else "no files"
    return f"the folder holds {held}: {_READS}"


def unsupported_type(path: str) -> str | None:
    """Why a file named directly is not read, when its suffix names a format that is not text
    (PDF, Word, images, archives...), else None: such files would only give ``binary`` entries.

    >>> unsupported_type("report.pdf")[:40]
    'a application/pdf file: pressparse reads'
    >>> unsupported_type("scrape.txt.gz")
    'a gzip-compressed file: decompress it first'
    >>> unsupported_type("notes.md") is None and unsupported_type("release") is None
    True
    """
    if PurePath(path).suffix.lower() in INPUT_SUFFIXES:
        return None
    mime, compression = mimetypes.guess_type(path, strict=False)
    if compression:
        return f"a {compression}-compressed file: decompress it first"
    if mime is None or mime.startswith("text/") or "json" in mime or "xml" in mime:
        return None
    return f"a {mime} file: {_READS}"


def count_inputs(paths: Iterable[str], outputs: Iterable[str | None] = ()) -> int | None:
    """How many entries ``read_inputs`` gives for ``paths`` (one per file, one per non-blank JSON
    line): a progress bar's total. None with stdin among them, which can only be read once."""
    total = 0
    own = {os.path.realpath(out) for out in outputs if out}
    for path in expand_paths(paths, report=False):
        if path == "-":
            return None
        if os.path.realpath(path) in own:
            continue
        if PurePath(path).suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total
