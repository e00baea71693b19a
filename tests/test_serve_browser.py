"""The page in a real browser: headless Chromium (Debian's package) driven by Playwright.

Skipped when Chromium or Playwright is missing, unless PRESSPARSE_REQUIRE_BROWSER is set (CI sets
it in .ci/run after installing Chromium): then a missing browser fails the test.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTICLE = ROOT / "corpus" / "sina-2020-11-migrant-workers.txt"
REQUIRED = bool(os.environ.get("PRESSPARSE_REQUIRE_BROWSER"))
MALICIOUS = (
    "Officials said 1,250 homes were repaired.\n\n"
    "<script>window.__pwned = 'script';</script>\n\n"
    '<img src="x" onerror="window.__pwned = \'img\'; alert(1)">\n\n'
    "The county paid 3.5 million yuan <b onmouseover=\"window.__pwned='b'\">for roofs</b>."
)


def chromium_path() -> str | None:
    found = os.environ.get("PRESSPARSE_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    return found if found and Path(found).exists() else None


def unavailable(reason: str) -> None:
    if REQUIRED:
        pytest.fail(f"PRESSPARSE_REQUIRE_BROWSER is set but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    try:
        import uvicorn

        from pressparse.serve.app import create_app
    except ImportError as err:
        unavailable(f"the serve extra is not installed ({err})")
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app("fast"), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started and thread.is_alive():
        time.sleep(0.05)
    assert server.started, "the server did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join()
    sock.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    executable = chromium_path()
    if executable is None:
        unavailable("Chromium is not installed (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        unavailable("Playwright's Python client is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        yield browser
        browser.close()


@pytest.fixture
def page(browser, server: str):
    """A fresh page that records every request leaving this server, and every dialog."""
    context = browser.new_context(viewport={"width": 1200, "height": 1000})
    page = context.new_page()
    page.outside = []  # requests to anywhere but this server
    page.dialogs = []
    page.on("request", lambda r: None if r.url.startswith((server, "data:", "blob:")) else page.outside.append(r.url))
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/")
    yield page
    context.close()


def extract(page, text: str) -> None:
    page.fill("#article", text)
    page.click("#extract")
    page.wait_for_selector("#results:not([hidden])")


def tooltip_of(page, selector: str) -> str:
    page.focus(selector)
    page.wait_for_selector("#tip:not([hidden])")
    return page.inner_text("#tip")


def test_paste_extract_and_read_the_marks(page, server: str, tmp_path: Path) -> None:
    text = ARTICLE.read_text(encoding="utf-8")
    record = page.request.post(server + "/api/extract", data={"text": text}).json()
    extract(page, text)

    # One mark per quantity not overlapped by another mark, each with the record's reading.
    marks = page.locator("#article-view mark.k-quantity")
    marked = {marks.nth(i).get_attribute("data-ref"): marks.nth(i).inner_text() for i in range(marks.count())}
    by_id = {q["id"]: q for q in record["quantities"]}
    assert len(marked) >= len(by_id) - 2
    for ref, shown in marked.items():
        assert shown == by_id[ref]["text"]
    (first,) = [q for q in record["quantities"] if q["text"] == "29.73 million"][:1]
    tip = tooltip_of(page, f'#article-view mark.k-quantity[data-ref="{first["id"]}"]')
    assert "29,730,000" in tip and "migrant workers" in tip and "At the end of October" in tip

    # People show title and agency; places their type; agencies their name.
    tip = tooltip_of(page, '#article-view mark.k-person:text-is("Li Zhong")')
    assert "Vice Minister" in tip and "Ministry of Human Resources and Social Security" in tip
    tip = tooltip_of(page, '#article-view mark.k-place:text-is("Guizhou Province")')
    assert "province" in tip and "CN" in tip
    assert page.locator("#article-view mark.k-agency").count() >= 3

    # The four tables hold every item of the record.
    assert page.locator("#t-quantity tbody tr").count() == len(record["quantities"])
    assert page.locator("#t-person tbody tr").count() == len(record["people"])
    assert page.locator("#t-agency tbody tr").count() == len(record["agencies"])
    assert page.locator("#t-place tbody tr").count() == len(record["places"])
    assert page.locator("#warning-list li").count() == len(record["warnings"])

    # The download link holds the record.
    with page.expect_download() as download:
        page.click("#download")
    saved = tmp_path / "record.json"
    download.value.save_as(saved)
    assert saved.read_text(encoding="utf-8").count('"text_sha256"') == 1

    # A checked claim: verdict, explanation, and the evidence figure outlined in the text.
    page.fill("#claim", "At the end of October, 29.73 million migrant workers were among the poor.")
    page.click("#check")
    page.wait_for_selector("#verdict:not([hidden])")
    assert page.inner_text("#verdict-badge").lower() == "supported"
    assert "29.73 million" in page.inner_text("#verdict-explanation")
    evidence = page.locator("#article-view mark.evidence")
    assert evidence.count() >= 1 and evidence.first.inner_text() == "29.73 million"

    page.fill("#claim", "At the end of October, 39.73 million migrant workers were among the poor.")
    page.click("#check")
    page.wait_for_selector("#verdict.contradicted")
    assert "not 39.73 million" in page.inner_text("#verdict-explanation")
    assert page.locator("#article-view mark.evidence.contradicted").first.inner_text() == "29.73 million"

    page.hover(f'#article-view mark.k-quantity[data-ref="{first["id"]}"]')
    page.screenshot(path=str(tmp_path / "page.png"), full_page=True)
    assert (tmp_path / "page.png").stat().st_size > 10_000
    assert page.outside == [] and page.dialogs == []


def test_an_html_file_can_be_opened(page, tmp_path: Path) -> None:
    html = (ROOT / "tests" / "data" / "sina-page.html").read_text(encoding="utf-8")
    upload = tmp_path / "release.html"
    upload.write_text(html, encoding="utf-8")
    page.set_input_files("#file", str(upload))
    # (no wait_for_function: polling a JavaScript string needs eval, which the page's CSP forbids)
    page.wait_for_selector('#status:has-text("Opened release.html")')
    assert "29.73 million migrant workers" in page.input_value("#article")
    assert page.input_value("#format") == "html"
    page.click("#extract")
    page.wait_for_selector("#results:not([hidden])")
    assert page.locator('#article-view mark.k-quantity:text-is("29.73 million")').count() >= 1
    assert "<p>" not in page.inner_text("#article-view")  # the main text, not the markup


def test_a_malicious_article_shows_as_text_and_runs_nothing(page) -> None:
    extract(page, MALICIOUS)
    view = page.inner_text("#article-view")
    assert "<script>window.__pwned = 'script';</script>" in view
    assert '<img src="x" onerror=' in view
    assert page.locator("#article-view script, #article-view img, #article-view b").count() == 0
    page.hover('#article-view mark:text-is("3.5 million yuan")')
    page.hover("#article-view")
    page.fill("#claim", "<img src=x onerror=\"window.__pwned='claim'\"> The county paid 3.5 million yuan.")
    page.click("#check")
    page.wait_for_selector("#verdict:not([hidden])")
    assert page.locator("#verdict img, #verdict script").count() == 0
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == [] and page.outside == []


def test_bad_input_shows_the_servers_message(page) -> None:
    page.fill("#article", "\u0000\u0001\u0002\u0003\u0004")
    page.click("#extract")
    page.wait_for_selector("#status.error")
    assert "binary" in page.inner_text("#status")


def test_the_api_docs_work_offline(page, server: str) -> None:
    page.goto(server + "/docs")
    page.wait_for_selector('.opblock-summary-path[data-path="/api/extract"]')
    assert page.outside == []
