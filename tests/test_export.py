"""`pressparse export` and `extract --format csv`: tables analysts can open, read back as they would."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest

from pressparse import export
from pressparse.cli import main
from pressparse.models import Agency, Person, Place, Quantity

ARTICLE = (
    "Qingshan County, Hunan Province\n\n"
    "Zhang Min, director of the Qingshan County Bureau of Statistics, said on Monday that the county "
    "harvested 120,000 tonnes of grain in 2023, up 5 percent from a year earlier.\n\n"
    "More than 3,200 farmers joined the irrigation scheme, which cost 14 million yuan, he said."
)


@pytest.fixture(scope="module")
def records(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Records of one article and one error entry, as `pressparse extract` writes them."""
    folder = tmp_path_factory.mktemp("export")
    (folder / "in").mkdir()
    (folder / "in" / "harvest.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "in" / "blank.txt").write_text("   \n")
    (folder / "in" / "harvest.json").write_text("{}")  # not an input: skipped
    out = folder / "records.jsonl"
    (folder / "in" / "meta").mkdir()
    with open(folder / "in" / "meta" / "scrape.jsonl", "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"id": "scraped-1", "url": "https://gov.example/r/1", "published": "2024-03-04",
                                 "text": ARTICLE}) + "\n")
    assert main(["extract", "--mode", "fast", "-q", str(folder / "in"), "-o", str(out)]) == 1
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_csv_tables_read_back_with_the_csv_module(records: Path, tmp_path: Path) -> None:
    assert main(["export", str(records), "-o", str(tmp_path / "tables")]) == 0
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == [
        "agencies.csv", "people.csv", "places.csv", "quantities.csv"]
    quantities = read_csv(tmp_path / "tables" / "quantities.csv")
    scraped = [q for q in quantities if q["article_id"] == "scraped-1"]
    grain = next(q for q in scraped if q["text"] == "120,000 tonnes")
    assert (grain["url"], grain["published"], grain["unit"], float(grain["value"])) == (
        "https://gov.example/r/1", "2024-03-04", "tonne", 120_000.0)
    assert (grain["speaker_name"], grain["speaker_title"], grain["speaker_agency"]) == (
        "Zhang Min", "director", "Qingshan County Bureau of Statistics")
    assert ARTICLE[int(grain["span_start"]):int(grain["span_end"])] == "120,000 tonnes"
    assert "harvested 120,000 tonnes" in grain["sentence"]
    assert {q["article_id"] for q in quantities} == {"harvest", "scraped-1"}  # the error entry has no rows
    people = read_csv(tmp_path / "tables" / "people.csv")
    assert {(p["name"], p["agency_name"]) for p in people} == {("Zhang Min", "Qingshan County Bureau of Statistics")}
    places = read_csv(tmp_path / "tables" / "places.csv")
    qingshan = next(p for p in places if p["name"] == "Qingshan")
    assert qingshan["parent_name"] == "Hunan" and json.loads(qingshan["aliases"]) == ["Qingshan County"]


def test_parquet_tables_read_back_with_pyarrow(records: Path, tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    assert main(["export", str(records), "-o", str(tmp_path / "tables"), "--to", "parquet"]) == 0
    table = pq.read_table(tmp_path / "tables" / "quantities.parquet")
    assert table.schema.field("value").type == "double" and table.schema.field("published").type == "date32[day]"
    rows = table.to_pylist()
    grain = next(r for r in rows if r["article_id"] == "scraped-1" and r["text"] == "120,000 tonnes")
    assert grain["published"] == date(2024, 3, 4) and grain["speaker_agency"] == "Qingshan County Bureau of Statistics"
    assert rows == [dict(zip(table.column_names, values, strict=True)) for values in
                    _csv_rows_typed(records, table.column_names)]
    places = pq.read_table(tmp_path / "tables" / "places.parquet")
    aliases = places.schema.field("aliases").type
    assert aliases.num_fields == 1 and aliases.value_type == "string"  # a list column, not JSON text


def _csv_rows_typed(records: Path, names: list[str]) -> list[list]:
    """The quantities rows through ``export.rows``, typed as Parquet holds them."""
    kinds = [c.kind for c in export.columns("quantities")]
    assert [c.name for c in export.columns("quantities")] == names
    return [[export._arrow_value(k, v) for k, v in zip(kinds, row, strict=True)]
            for row in export.rows(export.read_records([records]), "quantities")]


def test_extract_format_csv_writes_the_quantities_table(tmp_path: Path) -> None:
    (tmp_path / "harvest.txt").write_text(ARTICLE, encoding="utf-8")
    out, errors = tmp_path / "q.csv", tmp_path / "errors.jsonl"
    assert main(["extract", "--mode", "fast", "-q", str(tmp_path / "harvest.txt"), str(tmp_path / "gone.txt"),
                 "--format", "csv", "-o", str(out), "--errors", str(errors)]) == 1
    rows = read_csv(out)
    assert list(rows[0]) == [c.name for c in export.columns("quantities")]
    assert [r["text"] for r in rows][:2] == ["120,000 tonnes", "5 percent"]
    assert [json.loads(line)["error"] for line in errors.read_text().splitlines()] == ["not_found"]


def test_columns_follow_the_models() -> None:
    """Every model field has a column, so a field added to a model is exported without a change."""
    for table, model in (("quantities", Quantity), ("people", Person), ("agencies", Agency), ("places", Place)):
        names = [c.name for c in export.columns(table)]
        for field in model.model_fields:
            assert any(n == field or n.startswith(f"{field}_") for n in names) or field == "id", (table, field)
    names = [c.name for c in export.columns("quantities")]
    assert names[:5] == ["article_id", "path", "url", "published", "quantity_id"]
    assert names[-3:] == ["sentence", "span_start", "span_end"]
    assert {"speaker_name", "speaker_title", "speaker_agency", "time_start", "time_end"} <= set(names)


def test_export_of_a_missing_file_exits_2(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert main(["export", str(tmp_path / "missing.jsonl"), "-o", str(tmp_path / "t")]) == 2
    assert "no such records file" in caplog.text
