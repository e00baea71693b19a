"""The batch as users meet it (issue 12): odd file names, long documents, HTML in disguise, empty
folders, other languages, and a command line that says what it did."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest

import pressparse
from pressparse import longdocs
from pressparse.cli import main
from pressparse.ingest import count_inputs, make_article
from tests.test_batch import SENTENCES, validate_line

FRENCH = ("Le ministère de l'Économie a annoncé mardi que les exportations de vin avaient progressé de "
          "5 millions d'euros au troisième trimestre, selon un communiqué publié à Paris.")
CHINESE = "县统计局今天发布数据显示，截至十月底，全县粮食产量达到十二万吨，比去年同期增长百分之五。"
PAGE = """<!DOCTYPE html>
<html><head><title>County reports record harvest</title>
<meta property="og:site_name" content="Qingshan County Government"></head>
<body><nav>Home | News | Services</nav><article><h1>County reports record harvest</h1>
<p>Qingshan County harvested 120,000 tonnes of grain this year, up 5 percent, the county statistics
bureau said on Monday.</p>
<p>More than 3,200 farmers joined the county's new irrigation scheme, which cost 14 million yuan.</p>
</article><footer>Copyright Qingshan County</footer></body></html>
"""


def run(*args: str) -> int:
    return main(["extract", "--mode", "fast", "--quiet", *args])


def lines(path: Path) -> list[dict]:
    text = path.read_text(encoding="utf-8")
    for line in text.splitlines():
        validate_line(line)
    return [json.loads(line) for line in text.splitlines()]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


# --- a file name that is not UTF-8 ------------------------------------------------------------

@pytest.fixture
def latin1_named(tmp_path: Path) -> Path:
    """Three good files and one whose name is latin-1 bytes, as old scrapers and zip files leave them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for n, sentence in enumerate(SENTENCES):
        (folder / f"good-{n}.txt").write_text(sentence, encoding="utf-8")
    with open(os.path.join(os.fsencode(folder), b"caf\xe9-release.txt"), "wb") as handle:
        handle.write(b"The county built 43 new schools in 2023, the education bureau said.")
    return folder


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that keeps raw bytes")
@pytest.mark.parametrize("workers", ["1", "2"])
def test_non_utf8_file_name_is_processed_under_a_safe_name(latin1_named: Path, tmp_path: Path, workers: str) -> None:
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    assert run(str(latin1_named), "-o", str(out), "--errors", str(errors), "--workers", workers) == 0
    records = lines(out)
    assert [r["id"] for r in records] == ["caf\\xe9-release", "good-0", "good-1", "good-2"]
    odd = records[0]
    assert odd["source"]["path"] == str(latin1_named / "caf\\xe9-release.txt")
    assert "file_name_not_utf8" in [w["code"] for w in odd["warnings"]]
    assert [q["text"] for q in odd["quantities"]][:1] == ["43"]
    assert errors.read_text() == ""


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that keeps raw bytes")
def test_non_utf8_file_name_resumes(latin1_named: Path, tmp_path: Path) -> None:
    clean, out = tmp_path / "clean.jsonl", tmp_path / "out.jsonl"
    assert run(str(latin1_named), "-o", str(clean)) == 0
    out.write_bytes(clean.read_bytes().split(b"\n", 1)[0] + b"\n")  # only the odd name was written
    assert run(str(latin1_named), "-o", str(out), "--resume") == 0
    assert out.read_bytes() == clean.read_bytes()


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="needs a file system that keeps raw bytes")
def test_unreadable_file_with_non_utf8_name_is_an_error_entry(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    with open(os.path.join(os.fsencode(folder), b"r\xe9sum\xe9.txt"), "wb") as handle:
        handle.write(b"")
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 3
    assert [(r["id"], r["error"]) for r in lines(out)] == [("r\\xe9sum\\xe9", "empty")]


# --- long documents ---------------------------------------------------------------------------

TOWNS = ["Baishui", "Qingshan", "Hekou", "Longtan", "Shima", "Yangliu", "Dongping", "Xishan", "Nanhu"]
CROPS = ["grain", "rice", "maize", "tea", "rapeseed", "potatoes", "vegetables"]


def report(paragraphs: int) -> str:
    """A long county report of distinct paragraphs: a speaker at the top, figures all the way down."""
    head = ("Zhang Min, director of the Qingshan County Bureau of Statistics, presented the annual "
            "report on Monday.\n\n")
    body = []
    for n in range(paragraphs):
        town, crop = TOWNS[n % len(TOWNS)], CROPS[n % len(CROPS)]
        body.append(
            f"{town} Township harvested {1_000 + 37 * n:,} tonnes of {crop} in {2000 + n % 24}, up {n % 9 + 1}.{n % 7} "
            f"percent from a year earlier. Its {n % 40 + 3} cooperatives employed {250 + 11 * n:,} workers, "
            f"and the township spent {n % 90 + 10} million yuan on irrigation in section {n}."
        )
    return head + "\n\n".join(body)


def test_cut_points_keep_the_text_and_prefer_paragraph_breaks() -> None:
    text = report(40)
    parts = list(longdocs.pieces(text, 1_000))
    assert "".join(parts) == text
    assert all(len(part) <= 1_000 for part in parts)
    assert all(part.endswith("\n\n") for part in parts[:-1])


def test_text_without_breaks_is_still_cut_within_the_limit() -> None:
    text = "x" * 2_500
    assert [len(part) for part in longdocs.pieces(text, 1_000)] == [1_000, 1_000, 500]


def test_long_document_in_pieces_gives_the_record_of_the_whole(extractor: pressparse.Extractor,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    article = make_article(report(60), id="report")
    whole = next(extractor.pipe_articles([article]))
    monkeypatch.setattr(longdocs, "SPLIT_ABOVE", 2_000)
    monkeypatch.setattr(longdocs, "PIECE_CHARS", 1_500)
    assert longdocs.is_long(extractor.nlp, article.text)
    pieced = next(extractor.pipe_articles([article]))
    assert pieced == whole
    assert len(pieced.quantities) > 100
    for quantity in pieced.quantities:
        assert article.text[quantity.span.start:quantity.span.end] == quantity.text


def test_document_over_spacy_max_length_is_processed(tmp_path: Path) -> None:
    text = report(5_000)
    assert len(text) > 1_000_000  # spaCy's max_length: the tokenizer refuses the whole text (E088)
    (tmp_path / "report.txt").write_text(text, encoding="utf-8")
    (tmp_path / "short.txt").write_text(SENTENCES[1], encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(str(tmp_path / "report.txt"), str(tmp_path / "short.txt"), "-o", str(out)) == 0
    long_record, short_record = lines(out)
    last = [q for q in long_record["quantities"] if "section 4999" in q["sentence"]]
    assert last and last[0]["span"]["start"] > 1_000_000
    assert all(text[q["span"]["start"]:q["span"]["end"]] == q["text"] for q in long_record["quantities"])
    assert short_record["id"] == "short" and short_record["quantities"]


# --- HTML where text was expected -------------------------------------------------------------

def _is_page(record: dict) -> None:
    assert record["source"]["title"] == "County reports record harvest"
    assert "html_detected" in [w["code"] for w in record["warnings"]]
    texts = [q["text"] for q in record["quantities"]]
    assert "120,000 tonnes" in texts and not any("<" in q["sentence"] for q in record["quantities"])


def test_html_on_stdin_is_read_as_html(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _stdin(monkeypatch, PAGE.encode("utf-8"))
    assert run("-", "--format", "json") == 0
    [record] = json.loads(capsys.readouterr().out)
    _is_page(record)


def test_stdin_format_html_reads_a_fragment(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    _stdin(monkeypatch, b"<div><p>The county built 43 new schools in 2023, the education bureau said.</p></div>")
    assert run("-", "--stdin-format", "html") == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["id"] == "stdin" and record["quantities"][0]["text"] == "43"


def test_html_in_txt_file_and_jsonl_text_field(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b-scraped.jsonl").write_text(json.dumps({"id": "s1", "text": PAGE}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 0
    page, scraped = lines(out)
    _is_page(page)
    _is_page(scraped)


def test_page_without_main_text_leaves_no_stray_library_line(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "empty.html").write_text("<html><head><title>x</title></head><body></body></html>")
    out = tmp_path / "out.jsonl"
    assert main(["extract", "--mode", "fast", str(tmp_path / "empty.html"), "-o", str(out)]) == 3
    assert lines(out)[0]["error"] == "no_main_text"
    assert "discarding data" not in caplog.text


# --- folders with nothing to read ---------------------------------------------------------------

def test_empty_folder_is_an_error_entry(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = tmp_path / "out.jsonl"
    assert run(str(tmp_path / "empty"), "-o", str(out)) == 3
    [entry] = lines(out)
    assert entry["error"] == "no_inputs" and "no files" in entry["message"]


def test_folder_of_pdf_and_docx_says_what_was_skipped(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "office"
    folder.mkdir()
    (folder / "budget.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (folder / "speech.docx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 3
    [entry] = lines(out)
    assert entry["error"] == "no_inputs"
    assert "1 .docx, 1 .pdf" in entry["message"] and "convert" in entry["message"]
    assert "skipped 2 file(s)" in caplog.text


def test_unsupported_files_beside_inputs_are_reported_not_failed(tmp_path: Path,
                                                                caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "release.txt").write_text(SENTENCES[1])
    (folder / "annex.pdf").write_bytes(b"%PDF-1.7\n")
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 0
    assert [r["id"] for r in lines(out)] == ["release"]
    assert "skipped 1 file(s)" in caplog.text and "1 .pdf" in caplog.text


def test_pdf_named_directly_is_an_unsupported_type_entry(tmp_path: Path) -> None:
    (tmp_path / "budget.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    out = tmp_path / "out.jsonl"
    assert run(str(tmp_path / "budget.pdf"), "-o", str(out)) == 3
    assert lines(out)[0]["error"] == "unsupported_type"


def test_empty_jsonl_file_and_stdin_are_error_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       capsys: pytest.CaptureFixture) -> None:
    (tmp_path / "scrape.jsonl").write_text("\n\n")
    out = tmp_path / "out.jsonl"
    assert run(str(tmp_path / "scrape.jsonl"), "-o", str(out)) == 3
    assert lines(out)[0]["error"] == "empty"
    _stdin(monkeypatch, b"")
    assert run("-", "--stdin-format", "jsonl") == 3
    assert json.loads(capsys.readouterr().out)["error"] == "empty"


# --- languages ----------------------------------------------------------------------------------

def test_chinese_and_french_inputs_are_unsupported_language_entries(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-zh.txt").write_text(CHINESE, encoding="utf-8")
    (folder / "b-en.txt").write_text(SENTENCES[1], encoding="utf-8")
    (folder / "c-fr.jsonl").write_text(json.dumps({"id": "fr-1", "text": FRENCH}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert run(str(folder), "-o", str(out)) == 1
    zh, en, fr = lines(out)
    assert (zh["error"], fr["error"], en["language"]) == ("unsupported_language", "unsupported_language", "en")
    assert "Chinese" in zh["message"] and "French" in fr["message"]


def test_library_keeps_a_french_record_with_its_language_flagged(fast: pressparse.Extractor) -> None:
    record = fast.extract(FRENCH)
    assert record.language == "fr"
    assert [w.code for w in record.warnings] == ["unsupported_language"]


def test_english_corpus_is_identified_as_english() -> None:
    corpus = Path(__file__).resolve().parents[1] / "corpus"
    for path in sorted(corpus.rglob("*.txt")):
        assert make_article(path.read_text(encoding="utf-8")).language == "en", path.name


# --- what the command line says -----------------------------------------------------------------

def test_summary_on_success(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n, sentence in enumerate(SENTENCES):
        (folder / f"{n}.txt").write_text(sentence)
    out = tmp_path / "out.jsonl"
    caplog.set_level("INFO", logger="pressparse")
    assert main(["extract", "--mode", "fast", str(folder), "-o", str(out)]) == 0
    [line] = [r.message for r in caplog.records if "words/s" in r.message]
    assert line.startswith("3 records, 0 errors, ") and line.endswith(f" words/s, {out}")


def test_progress_bar_has_a_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                  capsys: pytest.CaptureFixture) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SENTENCES[0])
    (folder / "b.jsonl").write_text("".join(json.dumps({"text": s}) + "\n\n" for s in SENTENCES[1:]))
    assert count_inputs([str(folder)]) == 3
    assert count_inputs(["-"]) is None
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    assert main(["extract", "--mode", "fast", str(folder), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert "0/3 [" in capsys.readouterr().err  # the total, and the time left once known


def test_help_explains_formats_modes_and_the_tool(capsys: pytest.CaptureFixture) -> None:
    for argv, expected in ((["--help"], "press releases"), (["extract", "--help"], "quantities table"),
                           (["evaluate", "--help"], "rules only")):
        with pytest.raises(SystemExit):
            main(argv)
        out = capsys.readouterr().out
        assert expected in " ".join(out.split()), argv
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "thin argument layer" not in capsys.readouterr().out


def test_evaluate_missing_folder_says_so(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    assert main(["evaluate", str(tmp_path / "nonexistent")]) == 2
    assert "no such folder" in caplog.text and "gold" not in caplog.text
