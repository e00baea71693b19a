"""Ingestion: bytes, files, HTML and scraper JSON Lines to Articles (or error entries)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pressparse.ingest import (
    Article,
    InputError,
    clean_text,
    decode,
    expand_paths,
    make_article,
    normalize_text,
    read_inputs,
    read_jsonl,
    read_path,
)
from pressparse.models import ErrorRecord

DATA = Path(__file__).parent / "data"
ENGLISH = "At the end of October, 29.73 million poor workers were migrant workers, said Li Zhong."
CHINESE = "截至10月底，全国贫困劳动力外出务工人数达到2973万人，是去年外出务工总数的108.9%。"
TRADITIONAL = "截至10月底，全國貧困勞動力外出務工人數達到2973萬人，是去年外出務工總數的108.9%。"
FULLWIDTH_ENGLISH = ("At the end of October，２９.７３ million poor workers were migrant workers，"
                     "said Li Zhong（Vice Minister）。")
WESTERN = "The café in Zürich sold crêpes for €12 — a “naïve” price, said the señora."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # encodings scrapers of Chinese sites meet
        pytest.param(CHINESE.encode("gbk"), CHINESE, id="gbk"),
        pytest.param(CHINESE.encode("gb18030"), CHINESE, id="gb18030"),
        pytest.param(TRADITIONAL.encode("big5"), TRADITIONAL, id="big5"),
        pytest.param(FULLWIDTH_ENGLISH.encode("gbk"), FULLWIDTH_ENGLISH, id="english-in-gbk"),
        pytest.param(FULLWIDTH_ENGLISH.encode("big5"), FULLWIDTH_ENGLISH, id="english-in-big5"),
        pytest.param(ENGLISH.encode("utf-16"), ENGLISH, id="utf-16-bom"),
        pytest.param(ENGLISH.encode("utf-16-le"), ENGLISH, id="utf-16-le-no-bom"),
        pytest.param(ENGLISH.encode("utf-16-be"), ENGLISH, id="utf-16-be-no-bom"),
        pytest.param(b"\xef\xbb\xbf" + ENGLISH.encode(), ENGLISH, id="utf-8-bom"),
        pytest.param(WESTERN.encode("cp1252"), WESTERN, id="cp1252"),
    ],
)
def test_decode_encodings(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b" \n\t\r\n", "empty"),
        ("  \n".encode("utf-16"), "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
        (bytes(range(32)) * 20, "binary"),
    ],
)
def test_decode_refuses(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as caught:
        decode(data)
    assert caught.value.reason == reason


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # full-width forms and CJK punctuation in machine-translated releases
        ("reached ２９.７３％ of the total", "reached 29.73% of the total"),
        ("workers，said Li：“good”。Next", "workers, said Li: “good”. Next"),
        ("１，０００ yuan", "1,000 yuan"),
        ("jobs（about 437,000）for", "jobs (about 437,000) for"),
        ("「poverty alleviation workshops」", '"poverty alleviation workshops"'),
        ("the《Government Work Report》", 'the"Government Work Report"'),
        ("Li\u3000Zhong", "Li Zhong"),
        # mojibake: UTF-8 read as cp1252
        ("the countryâ€™s workers", "the country’s workers"),
        ("â€œJobs firstâ€\x9d", "“Jobs first”"),
        ("CafÃ© and Â£5", "Café and £5"),
        # left alone
        ("5 km² and ½ of the land", "5 km² and ½ of the land"),
        ("Zürich, naïve — fine…", "Zürich, naïve — fine…"),
        ("line one\r\nline two\rthree", "line one\nline two\nthree"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_boilerplate_dropped_byline_kept() -> None:
    raw = (
        "The workshop attracted 437,000 jobs.\n\n"
        "Massive information, accurate interpretation, all in the Sina Finance APP\n\n"
        "Editor in charge: Li Ang\n"
    )
    text, warnings = clean_text(raw)
    assert text == "The workshop attracted 437,000 jobs.\n\n\nEditor in charge: Li Ang"
    assert warnings == []


def test_repeated_paragraph_dropped_with_warning() -> None:
    paragraph = "Recently, the poverty alleviation workshops in Taoyuan County are very busy."
    text, warnings = clean_text(f"{paragraph}\n\n{paragraph}\n\nPhoto by Chen Sihan\n\nPhoto by Chen Sihan")
    assert text == f"{paragraph}\n\n\nPhoto by Chen Sihan\n\nPhoto by Chen Sihan"
    assert [w.code for w in warnings] == ["repeated_text"]


def test_article_hash_is_of_cleaned_text() -> None:
    article = make_article("Growth was ２９.７３％.", id="x")
    assert article.text == "Growth was 29.73%."
    assert article.sha256 == make_article("Growth was 29.73%.").sha256


def test_html_file_main_text_and_metadata() -> None:
    [article] = read_path(str(DATA / "sina-page.html"))
    assert isinstance(article, Article)
    assert article.id == "sina-page"
    assert "29.73 million poor workers were migrant workers" in article.text
    assert "Copyright Sina" not in article.text and "Markets" not in article.text
    assert article.source.title == "Li Zhong: 29.73 million migrant workers"
    assert article.source.url == "https://finance.sina.com.cn/a.html"
    assert article.source.publisher == "Sina Finance"
    assert article.published is not None and article.published.isoformat() == "2020-11-20"


def test_html_without_main_text_is_an_error(tmp_path: Path) -> None:
    page = tmp_path / "nav.html"
    page.write_text("<html><head><title>Menu</title></head><body></body></html>")
    [error] = read_path(str(page))
    assert isinstance(error, ErrorRecord)
    assert (error.id, error.error) == ("nav", "no_main_text")


def test_jsonl_lines_become_articles_and_errors_in_order() -> None:
    path = str(DATA / "scraped.jsonl")
    items = list(read_path(path))
    assert [item.id for item in items] == [
        "xinhua-001", f"{path}:2", "gov-002", f"{path}:4", "empty-005",
    ]
    assert [type(item).__name__ for item in items] == [
        "Article", "ErrorRecord", "Article", "Article", "ErrorRecord",
    ]
    first, broken, from_html = items[0], items[1], items[2]
    assert first.source.url == "https://english.news.cn/a.html" and first.source.title
    assert first.published is not None and first.published.isoformat() == "2020-11-20"
    assert "Sina Finance APP" not in first.text and "Editor in charge: Li Ang" in first.text
    assert broken.error == "malformed_json"
    assert "9.8 percent" in from_html.text
    assert from_html.source.title == "GDP grew 9.8%"
    assert from_html.published.isoformat() == "2021-10-18"
    assert items[4].error == "empty"


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        (b'{"id": "a", "text": ', "malformed_json"),
        (b"[1, 2]", "malformed_json"),
        (b'"just a string"', "malformed_json"),
        (b'{"id": "a", "text": 42}', "empty"),
        (b'{"id": "a"}', "not_an_article"),
        (b'{"id": "a", "html": "<html><body></body></html>"}', "no_main_text"),
        (b'{"id": "a", "text": "' + b"x" * 200 + b'"}', "oversize"),
    ],
)
def test_jsonl_bad_lines(line: bytes, reason: str) -> None:
    good = b'{"id": "ok", "text": "Jobs rose by 5 percent."}'
    items = list(read_jsonl("s.jsonl", [good + b"\n", line + b"\n", good + b"\n"], max_bytes=100))
    assert [getattr(item, "error", None) for item in items] == [None, reason, None]


def test_a_jsonl_file_of_no_articles_is_one_entry_not_one_per_line(tmp_path: Path) -> None:
    """A records or claims file among the inputs is reported once; a scraper file whose first
    lines lack text still reports those lines, in order, once an article shows up."""
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"id": "c1", "claim": "Exports rose 5%."}\n{"id": "c2", "claim": "Jobs fell."}\n')
    scraped = tmp_path / "scraped.jsonl"
    scraped.write_text('{"id": "s1", "url": "https://example.org"}\n{"id": "s2", "text": "Jobs rose by 5 percent."}\n')
    items = list(read_inputs([str(claims), str(scraped)]))
    assert [(item.id, getattr(item, "error", None)) for item in items] == [
        ("claims", "not_articles"), ("s1", "not_an_article"), ("s2", None)]
    assert "none of its 2 JSON lines" in items[0].message


def test_expand_paths_directories_globs_and_missing(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.html", "sub/c.jsonl", "sub/d.htm", "notes.md", "e.gold.json"):
        (tmp_path / name).write_text("x")
    found = [Path(p).relative_to(tmp_path).as_posix() for p in expand_paths([str(tmp_path)])]
    assert found == ["a.html", "b.txt", "sub/c.jsonl", "sub/d.htm"]
    assert list(expand_paths([str(tmp_path / "*.txt")])) == [str(tmp_path / "b.txt")]
    assert list(expand_paths([str(tmp_path / "nothing*.txt"), "-"])) == [str(tmp_path / "nothing*.txt"), "-"]


def test_missing_path_and_oversize_become_error_entries(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    items = list(read_inputs([str(tmp_path / "missing.txt"), str(big)], max_bytes=100))
    assert [(i.id, i.error) for i in items] == [
        (str(tmp_path / "missing.txt"), "not_found"), ("big", "oversize"),
    ]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_decode_or_refuse(data: bytes) -> None:
    try:
        text = decode(data)
    except InputError as err:
        assert err.reason in {"empty", "binary", "undecodable"}
    else:
        assert isinstance(text, str) and text.strip()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.binary(max_size=80), st.text(max_size=80).map(str.encode),
                          st.dictionaries(st.sampled_from(["id", "text", "html", "published", "url"]),
                                          st.one_of(st.text(max_size=40), st.integers(), st.none()))
                          .map(lambda d: json.dumps(d).encode())), max_size=8))
def test_arbitrary_json_lines_never_raise(lines: list[bytes]) -> None:
    lines = [line.replace(b"\n", b" ") + b"\n" for line in lines]
    items = list(read_jsonl("fuzz.jsonl", lines))
    assert len(items) == sum(1 for line in lines if line.strip())
    for item in items:
        assert isinstance(item, Article | ErrorRecord)
        if isinstance(item, ErrorRecord):
            ErrorRecord.model_validate(item.model_dump())


def test_oversize_jsonl_line_is_skipped_without_losing_its_neighbours(tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    good = json.dumps({"id": "ok", "text": "Jobs rose by 5 percent."}).encode()
    huge = json.dumps({"id": "huge", "text": "word " * 2000}).encode()
    path.write_bytes(b"\n".join([good, huge, good.replace(b'"ok"', b'"ok2"')]) + b"\n")
    items = list(read_path(str(path), max_bytes=200))
    assert [(item.id, getattr(item, "error", None)) for item in items] == [
        ("ok", None), (f"{path}:2", "oversize"), ("ok2", None),
    ]


def test_gbk_file_with_full_width_forms() -> None:
    [article] = read_path(str(DATA / "gbk-fullwidth.txt"))
    assert article.text == (
        "截至10月底 Li Zhong said: 全国贫困劳动力外出务工人数达到2973万人, 占去年的108.9%.\n\n"
        "The county built 32,688 workshops, providing jobs (about 437,000)."
    )


def test_header_date_fills_a_missing_publication_date() -> None:
    text = "Farmers busy with autumn harvest\n\nSource: Xinhua | Editor: Liu Yang | 2022-10-14 20:31:05\n\nBody."
    article = make_article(text)
    assert article.published.isoformat() == "2022-10-14"
    (warning,) = [w for w in article.warnings if w.code == "published_from_text"]
    assert article.text[warning.span.start:warning.span.end] == "2022-10-14"
    given = make_article(text, published="2022-10-15")
    assert given.published.isoformat() == "2022-10-15"
    assert not [w for w in given.warnings if w.code == "published_from_text"]


def test_a_date_in_running_text_is_no_publication_date() -> None:
    assert make_article("The plan, adopted on Dec. 3, 2020, says the county will build 30 roads.").published is None


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_jsonl_splits_into_its_lines(tmp_path: Path, encoding: str) -> None:
    objects = [{"id": "one", "text": ENGLISH}, {"id": "two", "text": CHINESE}]
    lines = "\r\n".join(json.dumps(obj, ensure_ascii=False) for obj in objects)
    (tmp_path / "utf16.jsonl").write_bytes(lines.encode(encoding))
    (tmp_path / "utf8.jsonl").write_bytes(lines.encode("utf-8"))
    utf16, utf8 = (list(read_path(str(tmp_path / name))) for name in ("utf16.jsonl", "utf8.jsonl"))
    assert [(item.id, item.text) for item in utf16] == [(item.id, item.text) for item in utf8]
    assert [item.id for item in utf16] == ["one", "two"] and utf16[0].text == ENGLISH
