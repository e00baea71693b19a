"""Records as tables for analysts: one row per quantity, person, agency or place, as CSV or Parquet.

Data journalists work in pandas, R, Excel and DuckDB, where a nested JSON record is a chore. Each
table row carries its article's id, path, url and publication date, then the entity's fields.

The columns are read from the record models, so a field added to ``models.Quantity`` (or to any
entity) becomes a column without a change here: a nested model becomes prefixed columns
(``span`` -> ``span_start``, ``span_end``; ``time`` -> ``time_text``, ``time_start``,
``time_end``), a list of models its count (``mentions_count``), a list of values a list column
(JSON text in CSV). A field holding a record-local id of another entity (``REFERENCES``) keeps
the id, for joins, and is followed by what it points to, filled in: the speaker's name, title
and agency; an agency's name; a parent place's name. Reading works from plain JSON objects, so
records written by an older or newer pressparse export too (a field unknown here is left out, a
field missing there is empty).
"""

from __future__ import annotations

import csv
import json
import types
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from .models import Agency, ArticleRecord, Person, Place, Quantity

Format = Literal["csv", "parquet"]
FORMATS: tuple[Format, ...] = ("csv", "parquet")
# table name (the ArticleRecord field that holds its entities) -> (their model, the id column's name)
TABLES: dict[str, tuple[type[BaseModel], str]] = {
    "quantities": (Quantity, "quantity_id"),
    "people": (Person, "person_id"),
    "agencies": (Agency, "agency_id"),
    "places": (Place, "place_id"),
}
# A field holding the record-local id of another entity -> the table that entity is in.
REFERENCES = {"speaker": "people", "agency": "agencies", "parent": "places"}
# Fields that read best at the end of a row: the context of a figure, not the figure.
TRAILING = ("sentence", "span")
PARQUET_ROWS = 10_000  # rows per Parquet row group: memory stays flat on any number of records

Kind = Literal["str", "float", "int", "bool", "date", "list", "count"]


@dataclass(frozen=True)
class Column:
    """One column: its name, how to read it from an entity (and its record), and its type."""

    name: str
    kind: Kind
    read: Callable[[dict[str, Any], dict[str, Any]], Any]  # (entity, article record) -> value


def _unwrap(annotation: Any) -> Any:
    """``X | None`` -> ``X``; ``Literal[...]`` -> the type of its values."""
    if get_origin(annotation) in (Union, types.UnionType):
        args = [a for a in get_args(annotation) if a is not type(None)]
        annotation = args[0] if len(args) == 1 else str
    if get_origin(annotation) is Literal:
        return type(get_args(annotation)[0])
    return annotation


def _kind(annotation: Any) -> Kind:
    scalar = {str: "str", float: "float", int: "int", bool: "bool", date: "date"}
    return scalar.get(annotation, "str")  # type: ignore[return-value]


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _field(*keys: str) -> Callable[[dict[str, Any], dict[str, Any]], Any]:
    def read(entity: dict[str, Any], record: dict[str, Any]) -> Any:
        value: Any = entity
        for key in keys:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    return read


def _count(read: Callable[[dict[str, Any], dict[str, Any]], Any]) -> Callable[[dict[str, Any], dict[str, Any]], int]:
    return lambda entity, record: len(read(entity, record) or ())


def _model_columns(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[Column]:
    for name, info in model.model_fields.items():
        annotation = _unwrap(info.annotation)
        keys = (*prefix, name)
        column = "_".join(keys)
        if _is_model(annotation):
            yield from _model_columns(annotation, keys)
        elif get_origin(annotation) is list:
            [item] = get_args(annotation) or (str,)
            if _is_model(item):
                yield Column(f"{column}_count", "count", _count(_field(*keys)))
            else:
                yield Column(column, "list", _field(*keys))
        else:
            yield Column(column, _kind(annotation), _field(*keys))
            if not prefix and name in REFERENCES:
                yield from _reference_columns(name, REFERENCES[name])


def _entity(record: dict[str, Any], table: str, entity_id: Any) -> dict[str, Any]:
    """The entity of ``table`` with ``entity_id`` in ``record`` ({} when there is none)."""
    if not entity_id:
        return {}
    return next((e for e in record.get(table) or () if e.get("id") == entity_id), {})


def _reference_columns(field: str, table: str) -> Iterator[Column]:
    """What a reference points to: a person's name, title and agency; another entity's name."""

    def target(entity: dict[str, Any], record: dict[str, Any]) -> dict[str, Any]:
        return _entity(record, table, entity.get(field))

    yield Column(f"{field}_name", "str", lambda e, r: target(e, r).get("name"))
    if table == "people":
        yield Column(f"{field}_title", "str", lambda e, r: target(e, r).get("title"))
        yield Column(f"{field}_agency", "str",
                     lambda e, r: _entity(r, "agencies", target(e, r).get("agency")).get("name"))


def _article_columns() -> list[Column]:
    source = ("path", "url")
    return [Column("article_id", "str", lambda e, r: r.get("id")),
            *(Column(key, "str", lambda e, r, key=key: (r.get("source") or {}).get(key)) for key in source),
            Column("published", _kind(_unwrap(ArticleRecord.model_fields["published"].annotation)),
                   lambda e, r: r.get("published"))]


def columns(table: str) -> list[Column]:
    """The columns of ``table``: the article's, then the entity's (its context last).

    >>> [c.name for c in columns("people")][4:]
    ['person_id', 'name', 'role', 'title', 'agency', 'agency_name', 'mentions_count']
    """
    model, id_column = TABLES[table]
    own = [Column(id_column, c.kind, c.read) if c.name == "id" else c for c in _model_columns(model)]
    trailing = sorted((c for c in own if c.name.split("_")[0] in TRAILING),
                      key=lambda c: TRAILING.index(c.name.split("_")[0]))
    return _article_columns() + [c for c in own if c not in trailing] + trailing


def rows(records: Iterable[dict[str, Any]], table: str) -> Iterator[list[Any]]:
    """The rows of ``table`` for ``records`` (JSON objects; error entries have no rows)."""
    cols = columns(table)
    for record in records:
        for entity in record.get(table) or ():
            yield [column.read(entity, record) for column in cols]


# --- files -------------------------------------------------------------------------------------

def _csv_value(value: Any) -> Any:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def write_csv(records: Iterable[dict[str, Any]], out: IO[str], table: str = "quantities") -> int:
    """``table`` as CSV (a header, then one row per entity; lists as JSON); return the rows written."""
    writer = csv.writer(out)
    writer.writerow([c.name for c in columns(table)])
    count = 0
    for row in rows(records, table):
        writer.writerow([_csv_value(value) for value in row])
        count += 1
    return count


def _arrow_schema(table: str) -> Any:
    import pyarrow as pa

    types_ = {"str": pa.string(), "float": pa.float64(), "int": pa.int64(), "bool": pa.bool_(),
              "date": pa.date32(), "list": pa.list_(pa.string()), "count": pa.int64()}
    return pa.schema([(c.name, types_[c.kind]) for c in columns(table)])


def _arrow_value(kind: Kind, value: Any) -> Any:
    if value is None:
        return None
    if kind == "date":
        return date.fromisoformat(value) if isinstance(value, str) else value
    if kind == "list":
        return [v if isinstance(v, str) else json.dumps(v) for v in value]
    return value


def write_parquet(records: Iterable[dict[str, Any]], path: Path, table: str) -> int:
    """``table`` as a Parquet file with a fixed schema (typed even when a column is all empty)."""
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise RuntimeError("Parquet needs pyarrow: pip install 'pressparse[parquet]'") from None
    schema = _arrow_schema(table)
    kinds = [c.kind for c in columns(table)]
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows(records, table):
            batch.append({name: _arrow_value(kind, value)
                          for name, kind, value in zip(schema.names, kinds, row, strict=True)})
            if len(batch) >= PARQUET_ROWS:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count, batch = count + len(batch), []
        if batch:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def read_records(paths: Iterable[str | Path]) -> Iterator[dict[str, Any]]:
    """The JSON objects of pressparse JSON Lines files; a line that is not one is a ValueError."""
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as err:
                    raise ValueError(f"{path}:{lineno} is not a JSON line: {err}") from None
                if not isinstance(obj, dict) or "id" not in obj:
                    raise ValueError(f"{path}:{lineno} is not a pressparse record")
                yield obj


def export(paths: Iterable[str | Path], folder: str | Path, fmt: Format = "csv") -> dict[str, tuple[Path, int]]:
    """Write every table of the records in ``paths`` to ``folder`` as ``<table>.csv`` or
    ``<table>.parquet``; return each table's file and row count. The records are read once per
    table, so memory stays flat however many there are."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown table format {fmt!r}; choose one of {FORMATS}")
    paths = list(paths)
    for path in paths:
        if not Path(path).is_file():
            raise ValueError(f"{path}: no such records file")
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = {}
    for table in TABLES:
        path = target / f"{table}.{fmt}"
        if fmt == "csv":
            with open(path, "w", encoding="utf-8", newline="") as out:
                count = write_csv(read_records(paths), out, table)
        else:
            count = write_parquet(read_records(paths), path, table)
        written[table] = (path, count)
    return written
