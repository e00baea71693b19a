"""Acceptance checks on the machine-translated Sina article, in both modes (issue 2's bar)."""

from __future__ import annotations

import pytest

from pressparse.models import ArticleRecord

from .conftest import CORPUS

SINA = (CORPUS / "sina-2020-11-migrant-workers.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def record(extractor) -> ArticleRecord:
    return extractor.extract(SINA, published="2020-11-20", id="sina")


def _person(record: ArticleRecord, name: str):
    return next(p for p in record.people if p.name == name)


def _agency_name(record: ArticleRecord, agency_id: str | None) -> str | None:
    return next((a.name for a in record.agencies if a.id == agency_id), None)


def test_li_zhong_is_vice_minister_of_mohrss(record: ArticleRecord) -> None:
    li = _person(record, "Li Zhong")
    assert (li.role, li.title) == ("official", "Vice Minister")
    assert _agency_name(record, li.agency) == "Ministry of Human Resources and Social Security"


def test_poverty_office_spellings_are_one_agency(record: ArticleRecord) -> None:
    ou = _person(record, "Ou Qingping")
    assert ou.title.lower() == "deputy director"
    office = next(a for a in record.agencies if a.id == ou.agency)
    spellings = {office.name, *office.aliases}
    assert {"Poverty Alleviation Office of the State Council",
            "Office of Poverty Alleviation of the State Council",
            "Office of Poverty Alleviation of the Council of State"} <= spellings
    assert sum("Poverty Alleviation" in a.name for a in record.agencies) == 1


def test_place_chain_from_village_to_province(record: ArticleRecord) -> None:
    by_id = {p.id: p for p in record.places}
    village = next(p for p in record.places if p.name == "Boyang")
    chain = [village.name]
    node = village
    while node.parent:
        node = by_id[node.parent]
        chain.append(node.name)
    assert chain == ["Boyang", "Banqiao", "Huichuan", "Zunyi", "Guizhou"]
    assert [by_id[p.id].type for p in record.places if p.name in ("Banqiao", "Huichuan", "Zunyi")] \
        == ["town", "district", "city"]
    assert sum(p.name == "Banqiao" for p in record.places) == 1


def test_more_than_30000_workshops(record: ArticleRecord) -> None:
    q = next(q for q in record.quantities if q.value == 30000)
    assert (q.approx, q.unit, q.kind) == ("gt", None, "count")
    assert "workshops" in q.entity


def test_years_dates_ordinals_and_durations_are_not_quantities(record: ArticleRecord) -> None:
    values = {q.value for q in record.quantities}
    assert not values & {2016, 2017, 2019, 2020, 18, 19, 44, 5}
    assert not any(q.text.lower().startswith(("five years", "half a year")) for q in record.quantities)


def test_repeated_captions_do_not_duplicate_quantities(record: ArticleRecord) -> None:
    jobs_150 = [q for q in record.quantities if q.value == 150]
    assert len(jobs_150) == 1 and jobs_150[0].approx == "approx"
    keys = [(q.value, q.unit, q.entity) for q in record.quantities]
    assert len(keys) == len(set(keys))


def test_garbled_number_is_a_warning_not_a_value(record: ArticleRecord) -> None:
    warning = next(w for w in record.warnings if w.code == "malformed_number")
    assert SINA[warning.span.start:warning.span.end].startswith("More than%")


def test_figures_keep_their_provenance(record: ArticleRecord) -> None:
    q = next(q for q in record.quantities if q.value == 29_730_000 and "Li Zhong" in q.sentence)
    assert SINA[q.span.start:q.span.end] == q.text and q.text in q.sentence
    assert q.entity and "workers" in q.entity
    assert q.time and q.time.text.lower().endswith("october") and q.time.end.isoformat() == "2020-10-31"
    assert _person(record, "Li Zhong").id == q.speaker
