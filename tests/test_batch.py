"""The batch runner: order, error entries, resume bookkeeping, bounded windows, workers."""

from __future__ import annotations

import json
import os
import re
import signal
import time
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import pressparse
from pressparse import batch
from pressparse.batch import BatchStats, extract_chunk, run, run_parallel, skip_completed, windowed
from pressparse.ingest import Article, make_article, read_inputs, read_jsonl
from pressparse.models import ArticleRecord, ErrorRecord
from pressparse.writers import read_completed

SENTENCES = [
    "Li Zhong, Vice Minister of Human Resources and Social Security, said 29.73 million poor workers "
    "were migrant workers.",
    "A total of 32,688 poverty alleviation workshops have been built in Guizhou Province.",
    "The U.S. Department of Agriculture today announced approximately $1.2 billion for 86 projects.",
]


def validate_line(line: str) -> ArticleRecord | ErrorRecord:
    """Every output line is one of the two record shapes."""
    obj = json.loads(line)
    return (ErrorRecord if "error" in obj else ArticleRecord).model_validate(obj)


@pytest.mark.parametrize(
    ("ok", "failed", "code"),
    [(5, 0, 0), (0, 0, 0), (9, 1, 1), (1, 8, 1), (1, 9, 3), (0, 1, 3), (0, 4, 3)],
)
def test_exit_code_policy(ok: int, failed: int, code: int) -> None:
    assert BatchStats(ok=ok, failed=failed).exit_code == code


def test_skip_completed_counts_duplicate_ids() -> None:
    items = [make_article("a", id="x"), make_article("b", id="y"), make_article("c", id="x")]
    stats = BatchStats()
    left = list(skip_completed(items, Counter({"x": 1}), stats))
    assert [a.text for a in left] == ["b", "c"]
    assert stats.skipped == 1


def test_failing_article_becomes_error_entry_in_place(fast: pressparse.Extractor,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real = fast.pipe_articles

    def pipe_articles(articles, batch_size=16):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any("EXPLODE" in a.text for a in articles):
            raise RuntimeError("component crashed")
        return real(articles, batch_size)

    monkeypatch.setattr(fast, "pipe_articles", pipe_articles)
    items = [make_article(SENTENCES[0], id="a"), make_article("EXPLODE here.", id="b"),
             make_article(SENTENCES[1], id="c")]
    results = extract_chunk(fast, items)
    assert [(r.id, type(r).__name__) for r in results] == [
        ("a", "ArticleRecord"), ("b", "ErrorRecord"), ("c", "ArticleRecord"),
    ]
    assert results[1].error == "extraction_failed" and "component crashed" in results[1].message
    raised_at = pipe_articles.__code__.co_firstlineno + 3
    assert results[1].message.endswith(f"test_batch.py:{raised_at}")  # the entry says where the bug is


def _hang_on_marker(extractor: pressparse.Extractor) -> None:
    """Make ``extractor`` run a catastrophically backtracking regex on articles marked HANG."""
    real = type(extractor).pipe_articles

    def pipe_articles(articles, batch_size=16):  # type: ignore[no-untyped-def]
        articles = list(articles)
        if any("HANG" in a.text for a in articles):
            re.match(r"(a+)+b", "a" * 64)  # exponential: runs for ages unless interrupted
        return real(extractor, articles, batch_size)

    extractor.pipe_articles = pipe_articles  # type: ignore[method-assign]


def test_runaway_article_times_out_alone() -> None:
    extractor = pressparse.Extractor("fast")
    _hang_on_marker(extractor)
    items = [make_article(SENTENCES[0], id="a"), make_article("HANG " + SENTENCES[1], id="b"),
             make_article(SENTENCES[2], id="c")]
    started = time.monotonic()
    stats = BatchStats()
    results = list(run(extractor, items, stats, chunk_size=3, timeout=0.3))
    assert [(r.id, type(r).__name__) for r in results] == [
        ("a", "ArticleRecord"), ("b", "ErrorRecord"), ("c", "ArticleRecord"),
    ]
    assert results[1].error == "timeout" and "0.3 s" in results[1].message
    assert results[2].quantities, "the articles after the runaway one are extracted normally"
    assert (stats.ok, stats.failed) == (2, 1)
    assert time.monotonic() - started < 60, "the regex was interrupted, not run to its end"


def _work_hanging_on_marker(chunk: list) -> list:
    """Worker task: the worker's pipeline hangs on articles marked HANG."""
    assert batch._worker_extractor is not None
    _hang_on_marker(batch._worker_extractor)
    return batch._work(chunk)


def test_runaway_article_times_out_in_a_worker() -> None:
    items = [make_article(SENTENCES[n % 3], id=f"a{n}") for n in range(8)]
    items[3] = make_article("HANG " + SENTENCES[0], id="slow")
    stats = BatchStats()
    results = list(run_parallel("fast", items, stats, workers=2, chunk_size=2, timeout=0.5,
                                work=_work_hanging_on_marker))
    assert [r.id for r in results] == [item.id for item in items]
    assert [(r.id, r.error) for r in results if isinstance(r, ErrorRecord)] == [("slow", "timeout")]
    assert (stats.ok, stats.failed) == (7, 1)


def test_deadline_leaves_no_timer_behind() -> None:
    with batch.deadline(5):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None)


class _Done:
    def __init__(self, value: list) -> None:
        self.value = value

    def result(self) -> list:
        return self.value


def test_windowed_keeps_order_and_bounds_in_flight() -> None:
    submitted: list[int] = []
    consumed = 0

    def submit(chunk: list) -> _Done:
        submitted.append(chunk[0])
        assert len(submitted) - consumed <= 3, "more chunks in flight than the window"
        return _Done(chunk)

    out = []
    for results in windowed(submit, iter(range(100)), chunk_size=7, window=3):
        consumed += 1
        out.extend(results)
    assert out == list(range(100))


def test_read_completed_drops_truncated_last_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text('{"id": "a", "text_sha256": "0"}\n'
                   '{"id": "b", "error": "empty", "message": ""}\n'
                   '{"id": "c", "te')
    done = read_completed(out)
    assert (done.ids, done.ok, done.failed, done.truncated) == (Counter({"a": 1, "b": 1}), 1, 1, True)
    assert out.read_text().endswith('""}\n')


def test_read_completed_refuses_foreign_file(tmp_path: Path) -> None:
    out = tmp_path / "notes.jsonl"
    out.write_text("hello\n")
    with pytest.raises(ValueError, match="not a pressparse record"):
        read_completed(out)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(max_size=300), min_size=1, max_size=6))
def test_arbitrary_texts_give_valid_records(fast: pressparse.Extractor, texts: list[str]) -> None:
    stats = BatchStats()
    items = [make_article(text, id=f"t{n}") for n, text in enumerate(texts)]
    results = list(run(fast, items, stats, chunk_size=4))
    assert [r.id for r in results] == [f"t{n}" for n in range(len(texts))]
    for result in results:
        assert isinstance(validate_line(result.model_dump_json()), type(result))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.binary(max_size=200), st.sampled_from(SENTENCES).map(
    lambda s: json.dumps({"id": "s", "text": s, "published": "2020-11-20"}).encode())), max_size=6))
def test_arbitrary_json_lines_never_crash_the_batch(fast: pressparse.Extractor, lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") + b"\n" for line in lines]
    results = list(run(fast, read_jsonl("fuzz.jsonl", lines), BatchStats()))
    assert len(results) == sum(1 for line in lines if line.strip())
    for result in results:
        validate_line(result.model_dump_json())


def test_two_workers_match_one_process(fast: pressparse.Extractor) -> None:
    items = [make_article(SENTENCES[n % 3] + f" Item {n}.", id=f"a{n}") for n in range(40)]
    items.insert(7, ErrorRecord(id="bad", error="binary", message="binary"))
    local = list(run(fast, items, BatchStats()))
    stats = BatchStats()
    parallel = list(run_parallel("fast", items, stats, workers=2, chunk_size=3, window=4))
    assert [r.model_dump() for r in parallel] == [r.model_dump() for r in local]
    assert (stats.ok, stats.failed) == (40, 1)


def _die_on_marker(chunk: list) -> list:
    """Worker task that kills its process on a marked article, like the OOM killer would."""
    if any(isinstance(item, Article) and "KILL-WORKER" in item.text for item in chunk):
        os._exit(1)
    return batch._work(chunk)


def test_worker_death_costs_one_error_entry() -> None:
    items = [make_article(SENTENCES[n % 3], id=f"a{n}") for n in range(12)]
    items[5] = make_article("KILL-WORKER " + SENTENCES[0], id="killer")
    stats = BatchStats()
    results = list(run_parallel("fast", items, stats, workers=2, chunk_size=3, window=2, work=_die_on_marker))
    assert [r.id for r in results] == [item.id for item in items]
    assert [r.id for r in results if isinstance(r, ErrorRecord)] == ["killer"]
    assert results[5].error == "worker_crashed"
    assert (stats.ok, stats.failed) == (11, 1)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from([".txt", ".html", ".jsonl"]), st.binary(max_size=300)),
                min_size=1, max_size=5))
def test_arbitrary_files_never_crash_the_batch(fast: pressparse.Extractor,
                                               tmp_path_factory: pytest.TempPathFactory,
                                               files: list[tuple[str, bytes]]) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    for n, (suffix, data) in enumerate(files):
        (folder / f"f{n}{suffix}").write_bytes(data)
    stats = BatchStats()
    for result in run(fast, read_inputs([str(folder)]), stats):
        validate_line(result.model_dump_json())
    assert stats.ok + stats.failed >= sum(1 for suffix, _ in files if suffix != ".jsonl")
