"""Dask: a bag of articles and a cluster run give the records the local path gives."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import pressparse
from pressparse.batch import BatchStats, run
from pressparse.cli import main
from pressparse.ingest import make_article
from tests.test_batch import SENTENCES, validate_line

dask_bag = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")

ARTICLES = [
    {"id": "a1", "text": SENTENCES[0], "published": "2020-11-20", "url": "https://example.org/a1"},
    {"id": "a2", "text": SENTENCES[1]},
    {"id": "a3", "text": "   "},
    {"id": "a4", "text": SENTENCES[2], "title": "USDA funding"},
    {"id": "a5", "html": "<html><body><article><p>" + SENTENCES[1] + "</p></article></body></html>"},
]


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.Client]:
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=":0") as local, distributed.Client(local) as client:
        yield client


def test_extract_bag_matches_local(cluster: distributed.Client, fast: pressparse.Extractor) -> None:
    from pressparse.dask import extract_bag, to_item

    bag = dask_bag.from_sequence(ARTICLES, npartitions=2)
    got = extract_bag(bag, mode="fast").compute()
    expected = [r.model_dump(mode="json")
                for r in run(fast, [to_item(a) for a in ARTICLES], BatchStats())]
    assert got == expected
    assert [r["id"] for r in got] == ["a1", "a2", "a3", "a4", "a5"]
    assert got[2]["error"] == "empty"
    for record in got:
        validate_line(json.dumps(record))


def test_cli_scheduler_matches_local(cluster: distributed.Client, tmp_path: Path) -> None:
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES) + "{broken\n")
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main(["extract", "--mode", "fast", "-q", str(inputs), "-o", str(local)]) == 1
    address = cluster.scheduler.address
    assert main(["extract", "--mode", "fast", "-q", str(inputs), "-o", str(remote),
                 "--scheduler", address, "--batch-size", "2"]) == 1
    assert remote.read_bytes() == local.read_bytes()


def test_to_item_accepts_articles() -> None:
    from pressparse.dask import to_item

    article = make_article(SENTENCES[0], id="x")
    assert to_item(article) is article


def test_cli_scheduler_with_worker_processes(tmp_path: Path) -> None:
    """Articles and records cross process boundaries (pickled) and come back in order."""
    inputs = tmp_path / "in.jsonl"
    inputs.write_text("".join(json.dumps(a) + "\n" for a in ARTICLES))
    local, remote = tmp_path / "local.jsonl", tmp_path / "remote.jsonl"
    assert main(["extract", "--mode", "fast", "-q", str(inputs), "-o", str(local)]) == 1
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=":0", worker_dashboard_address=":0") as cluster:
        assert main(["extract", "--mode", "fast", "-q", str(inputs), "-o", str(remote),
                     "--scheduler", cluster.scheduler_address, "--batch-size", "1"]) == 1
    assert remote.read_bytes() == local.read_bytes()


def test_to_item_ids_do_not_depend_on_partitions() -> None:
    from pressparse.dask import to_item

    assert to_item({"text": SENTENCES[0]}).id == make_article(SENTENCES[0]).id
    first, second = to_item({"text": ""}), to_item({"text": "", "url": "https://example.org"})
    assert first.error == second.error == "empty"
    assert first.id.startswith("sha256:") and first.id != second.id


def test_missing_extra_is_a_clear_usage_error(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                              caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed -> ImportError
    (tmp_path / "a.txt").write_text(SENTENCES[0])
    assert main(["extract", "--mode", "fast", "-q", str(tmp_path / "a.txt"), "-o", str(tmp_path / "o.jsonl"),
                 "--scheduler", "tcp://127.0.0.1:1"]) == 2
    assert 'pip install "pressparse[dask]"' in caplog.text
