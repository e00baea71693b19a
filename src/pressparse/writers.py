"""Writers: records out as JSON Lines (one per line, flushed) or one JSON array."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Literal

from pydantic import BaseModel

Format = Literal["jsonl", "json"]


def dump(record: BaseModel) -> str:
    """One record as compact JSON (dates as ISO strings)."""
    return record.model_dump_json()


def write(records: Iterable[BaseModel], out: IO[str], fmt: Format = "jsonl") -> int:
    """Write records; return how many were written. JSON Lines lines are flushed one by one."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(dump(record) + "\n")
            out.flush()
            count += 1
        return count
    out.write("[")
    for record in records:
        out.write(("," if count else "") + "\n" + dump(record))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def schema_json() -> str:
    """The JSON Schema of ``ArticleRecord``, as written to ``schemas/``."""
    from .models import ArticleRecord

    return json.dumps(ArticleRecord.model_json_schema(), indent=2, ensure_ascii=False) + "\n"
