"""`pressparse extract`: error entries in order, exit codes, resume, formats, stdin."""

from __future__ import annotations

import importlib.util
import io
import json
import os
import shutil
import signal
from pathlib import Path

import pytest

from pressparse import batch
from pressparse.cli import main
from tests.test_batch import SENTENCES, validate_line

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def lines(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        validate_line(line)
    return [json.loads(line) for line in text.splitlines()]


def extract(*args: str) -> int:
    return main(["extract", "--mode", "fast", "--quiet", *args])


@pytest.fixture
def mixed_batch(tmp_path: Path) -> Path:
    """Good and bad inputs, sorted by name: good, binary, empty, jsonl (good, malformed, good)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(SENTENCES[0], encoding="utf-8")
    (folder / "b-binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "c-empty.txt").write_bytes(b"")
    (folder / "d-scraped.jsonl").write_text(
        json.dumps({"id": "s1", "text": SENTENCES[1]}) + "\n{not json\n"
        + json.dumps({"id": "s3", "text": SENTENCES[2], "published": "2023-09-18"}) + "\n",
        encoding="utf-8",
    )
    (folder / "e-good.txt").write_text(SENTENCES[2], encoding="utf-8")
    return folder


def test_bad_inputs_in_the_middle_give_error_entries_in_order(mixed_batch: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert extract(str(mixed_batch), "-o", str(out), "--errors", str(errors)) == 1
    records = lines(out)
    jsonl = str(mixed_batch / "d-scraped.jsonl")
    assert [(r["id"], r.get("error")) for r in records] == [
        ("a-good", None), ("b-binary", "binary"), ("c-empty", "empty"),
        ("s1", None), (f"{jsonl}:2", "malformed_json"), ("s3", None), ("e-good", None),
    ]
    assert [r["id"] for r in lines(errors)] == ["b-binary", "c-empty", f"{jsonl}:2"]
    assert records[5]["published"] == "2023-09-18"


def test_resume_after_truncated_output_matches_a_clean_run(mixed_batch: Path, tmp_path: Path) -> None:
    clean = tmp_path / "clean.jsonl"
    extract(str(mixed_batch), "-o", str(clean))
    crashed = tmp_path / "crashed.jsonl"
    whole = clean.read_bytes()
    crashed.write_bytes(whole[: whole.index(b"\n", whole.index(b"\n") + 1) + 40])  # 2 lines + a partial one
    assert extract(str(mixed_batch), "-o", str(crashed), "--resume") == 1
    assert crashed.read_bytes() == whole
    assert extract(str(mixed_batch), "-o", str(crashed), "--resume") == 1  # nothing left to do
    assert crashed.read_bytes() == whole


def test_resume_appends_only_new_inputs(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SENTENCES[0])
    (tmp_path / "two.txt").write_text(SENTENCES[1])
    out = tmp_path / "out.jsonl"
    assert extract(str(tmp_path / "one.txt"), "-o", str(out)) == 0
    assert extract(str(tmp_path / "one.txt"), str(tmp_path / "two.txt"), "-o", str(out), "--resume") == 0
    assert [r["id"] for r in lines(out)] == ["one", "two"]


def test_existing_output_needs_resume_or_force(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "one.txt").write_text(SENTENCES[0])
    out = tmp_path / "out.jsonl"
    out.write_text("precious results\n")
    assert extract(str(tmp_path / "one.txt"), "-o", str(out)) == 2
    assert "--resume" in caplog.text and out.read_text() == "precious results\n"
    assert extract(str(tmp_path / "one.txt"), "-o", str(out), "--force") == 0
    assert [r["id"] for r in lines(out)] == ["one"]
    empty = tmp_path / "from-mktemp.jsonl"
    empty.write_text("\n")
    assert extract(str(tmp_path / "one.txt"), "-o", str(empty)) == 0


@pytest.mark.parametrize(
    "args",
    [
        ["--resume", "x.txt"],  # no -o
        ["--resume", "--format", "json", "-o", "out.json", "x.txt"],
        ["--resume", "--force", "-o", "out.jsonl", "x.txt"],
        ["--workers", "2", "--scheduler", "tcp://127.0.0.1:8786", "x.txt"],
    ],
)
def test_bad_argument_combinations_exit_2(args: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                          caplog: pytest.LogCaptureFixture) -> None:
    monkeypatch.chdir(tmp_path)
    assert extract(*args) == 2
    assert "exclude each other" in caplog.text or "needs" in caplog.text


@pytest.mark.parametrize("args", [["--workers", "0", "x.txt"], ["--max-bytes", "lots", "x.txt"], []])
def test_bad_argument_values_exit_2(args: list[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        extract(*args)
    assert exited.value.code == 2


def test_missing_path_is_an_error_entry_not_an_abort(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(SENTENCES[0])
    out = tmp_path / "out.jsonl"
    assert extract(str(tmp_path / "missing.txt"), str(tmp_path / "one.txt"), "-o", str(out)) == 1
    assert [(r["id"], r.get("error")) for r in lines(out)] == [
        (str(tmp_path / "missing.txt"), "not_found"), ("one", None),
    ]


def test_nearly_all_failed_exits_3(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    assert extract(str(tmp_path / "missing.txt"), "-o", str(out)) == 3
    assert lines(out)[0]["error"] == "not_found"


def test_oversize_input(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(SENTENCES[0] * 10)
    (tmp_path / "small.txt").write_text(SENTENCES[1])
    out = tmp_path / "out.jsonl"
    assert extract(str(tmp_path), "--max-bytes", "500", "-o", str(out)) == 1
    assert [r.get("error") for r in lines(out)] == ["oversize", None]


def test_json_format_is_one_array(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert extract(str(DATA / "sina-page.html"), str(tmp_path / "missing.txt"), "--format", "json",
                   "-o", str(out)) == 1
    records = json.loads(out.read_text())
    assert [r["id"] for r in records] == ["sina-page", str(tmp_path / "missing.txt")]
    assert records[0]["source"]["publisher"] == "Sina Finance"
    for record in records:
        validate_line(json.dumps(record))


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_stdin_text(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _stdin(monkeypatch, "Growth reached ２９.７３％ in October.".encode("gbk"))
    assert extract("-") == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == "stdin" and record["source"]["path"] == "stdin"


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _stdin(monkeypatch, (DATA / "scraped.jsonl").read_bytes())
    assert extract("-", "--stdin-format", "jsonl") == 1
    ids = [json.loads(line)["id"] for line in capsys.readouterr().out.splitlines()]
    assert ids == ["xinhua-001", "stdin:2", "gov-002", "stdin:4", "empty-005"]


def test_workers_keep_input_order(mixed_batch: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    for name in ("f.txt", "g.txt", "h.txt"):
        shutil.copy(mixed_batch / "a-good.txt", mixed_batch / name)
    assert extract(str(mixed_batch), "-o", str(one)) == 1
    assert extract(str(mixed_batch), "-o", str(two), "--workers", "2", "--batch-size", "2") == 1
    assert two.read_bytes() == one.read_bytes()


def test_corpus_runs_clean(tmp_path: Path) -> None:
    out = tmp_path / "corpus.jsonl"
    assert extract(*sorted(str(p) for p in CORPUS.glob("*.txt")), "-o", str(out)) == 0
    assert [r["id"] for r in lines(out)] == sorted(p.stem for p in CORPUS.glob("*.txt"))


def test_interrupt_leaves_whole_lines_and_resume_completes(mixed_batch: Path, tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    clean, out = tmp_path / "clean.jsonl", tmp_path / "out.jsonl"
    extract(str(mixed_batch), "-o", str(clean))
    real_run = batch.run

    def run_until_ctrl_c(*args, **kwargs):  # type: ignore[no-untyped-def]
        for n, result in enumerate(real_run(*args, **kwargs)):
            if n == 3:
                raise KeyboardInterrupt
            yield result

    monkeypatch.setattr(batch, "run", run_until_ctrl_c)
    assert extract(str(mixed_batch), "-o", str(out)) == 130
    assert len(lines(out)) == 3
    monkeypatch.undo()
    assert extract(str(mixed_batch), "-o", str(out), "--resume") == 1
    assert out.read_bytes() == clean.read_bytes()


def test_the_readme_demo_extracts_every_bundled_article_without_an_error(tmp_path: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """`python3 dev.py demo` must stay true: its inputs are the bundled articles and nothing else (the
    corpus folders also hold gold files and claim lists, which must not become error entries)."""
    root = CORPUS.parent
    spec = importlib.util.spec_from_file_location("dev", root / "dev.py")
    dev = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dev)
    monkeypatch.chdir(root)
    out = tmp_path / "demo.jsonl"
    assert extract(*dev.DEMO_ARTICLES, "-o", str(out)) == 0
    records = lines(out)
    articles = len(list(CORPUS.glob("*.txt"))) + len(list((CORPUS / "heldout").glob("*.txt")))
    assert len(records) == articles
    assert not [r for r in records if "error" in r]


def test_a_reader_that_stops_early_ends_the_batch_quietly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    """`pressparse extract ... | head -1`: no 'Broken pipe' error, the exit status of a Unix tool."""
    (tmp_path / "release.txt").write_text(SENTENCES[0], encoding="utf-8")
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone before the first record
    with open(write_end, "w", encoding="utf-8") as closed_pipe:
        monkeypatch.setattr("sys.stdout", closed_pipe)
        assert extract(str(tmp_path / "release.txt")) == 128 + signal.SIGPIPE
    assert not [r for r in caplog.records if r.levelname == "ERROR"]
