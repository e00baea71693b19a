"""Writers: records out as JSON Lines (one per line, flushed) or one JSON array; resume support.

A JSON Lines line is written with one ``write`` call and flushed at once, so after a crash or
Ctrl-C the output holds whole lines plus at most one truncated last line, which
``read_completed`` cuts off before a resumed run appends.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Literal

from pydantic import BaseModel

Format = Literal["jsonl", "json", "csv"]


def dump(record: BaseModel) -> str:
    """One record as compact JSON (dates as ISO strings)."""
    return record.model_dump_json()


def _is_error(record: BaseModel) -> bool:
    from .models import ErrorRecord

    return isinstance(record, ErrorRecord)


def write(records: Iterable[BaseModel], out: IO[str], fmt: Format = "jsonl",
          errors: IO[str] | None = None) -> int:
    """Write records; return how many were written. JSON Lines lines are flushed one by one.

    Error entries are also copied to ``errors`` (JSON Lines) when given. ``csv`` writes the
    quantities table of ``pressparse export`` instead (error entries only to ``errors``).
    """
    if fmt == "csv":
        from .export import write_csv

        return write_csv(_as_rows(records, out, errors), out)
    count = 0
    if fmt == "json":
        out.write("[")
    for record in records:
        line = dump(record)
        if fmt == "jsonl":
            out.write(line + "\n")
            out.flush()
        else:
            out.write(("," if count else "") + "\n" + line)
        if errors is not None and _is_error(record):
            errors.write(line + "\n")
            errors.flush()
        count += 1
    if fmt == "json":
        out.write("\n]\n" if count else "]\n")
    return count


def _as_rows(records: Iterable[BaseModel], out: IO[str], errors: IO[str] | None) -> Iterable[dict]:
    """Records as JSON objects for a table, the previous one's rows flushed; error entries to ``errors``."""
    for record in records:
        if _is_error(record):
            if errors is not None:
                errors.write(dump(record) + "\n")
                errors.flush()
            continue
        yield record.model_dump(mode="json")
        out.flush()


@dataclass
class Completed:
    """What an existing JSON Lines output already holds: ids (with multiplicity) and counts."""

    ids: Counter[str] = field(default_factory=Counter)
    ok: int = 0
    failed: int = 0
    truncated: bool = False


def read_completed(path: str | os.PathLike[str], *, repair: bool = True) -> Completed:
    """The records already in ``path``; a truncated last line is cut off the file when ``repair``.

    A complete line that is not a JSON object is not something a crash leaves behind: ValueError.
    """
    done = Completed()
    good_end = 0
    with open(path, "rb") as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.endswith(b"\n"):
                done.truncated = True
                break
            good_end += len(line)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                record_id = obj["id"]
            except (ValueError, KeyError, TypeError) as err:
                message = f"{path}:{lineno} is not a pressparse record; fix it or use --force"
                raise ValueError(message) from err
            done.ids[record_id] += 1
            if "error" in obj:
                done.failed += 1
            else:
                done.ok += 1
    if done.truncated and repair:
        os.truncate(path, good_end)
    return done


def _has_content(path: Path) -> bool:
    with open(path, "rb") as handle:
        return bool(handle.read(4096).strip())


def check_writable(path: str, *, resume: bool, force: bool) -> None:
    """Refuse to clobber earlier results: a non-empty output needs --resume or --force.

    An existing empty or blank file (e.g. from ``mktemp``) holds nothing to lose and is overwritten.
    """
    target = Path(path)
    if target.is_dir():
        raise ValueError(f"output {path} is a directory")
    if target.exists() and _has_content(target) and not (resume or force):
        raise ValueError(f"output {path} exists; use --resume to continue it or --force to overwrite it")


SCHEMAS = {"article-record": "ArticleRecord", "check-result": "CheckResult"}


def schema_json(name: str = "article-record") -> str:
    """The JSON Schema of a public model (``SCHEMAS``), as written to ``schemas/<name>.schema.json``."""
    from . import models

    model: type[BaseModel] = getattr(models, SCHEMAS[name])
    return json.dumps(model.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
