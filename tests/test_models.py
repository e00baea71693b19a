"""The record contract: schema file is current, records validate and reject unknown fields."""

from __future__ import annotations

import json

import pytest
from pydantic import ValidationError

from pressparse.models import ArticleRecord, Quantity
from pressparse.writers import schema_json

from .conftest import ROOT


def test_checked_in_schema_is_current() -> None:
    checked_in = (ROOT / "schemas" / "article-record.schema.json").read_text(encoding="utf-8")
    assert checked_in == schema_json(), "run `python3 dev.py schema` and commit schemas/"


def test_records_forbid_unknown_fields() -> None:
    with pytest.raises(ValidationError):
        ArticleRecord(id="x", text_sha256="0" * 64, surprise=1)


def test_quantity_rejects_unknown_approx() -> None:
    with pytest.raises(ValidationError):
        Quantity(id="q1", text="x", span={"start": 0, "end": 1}, sentence="x", value=1,
                 kind="count", approx="roughly")


def test_record_round_trips_through_json() -> None:
    record = ArticleRecord(id="a", text_sha256="0" * 64, published="2020-11-20")
    again = ArticleRecord.model_validate(json.loads(record.model_dump_json()))
    assert again == record
    assert again.published.isoformat() == "2020-11-20"


def test_checked_in_check_result_schema_is_current() -> None:
    checked_in = (ROOT / "schemas" / "check-result.schema.json").read_text(encoding="utf-8")
    assert checked_in == schema_json("check-result"), "run `python3 dev.py schema` and commit schemas/"
