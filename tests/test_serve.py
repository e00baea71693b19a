"""`pressparse serve`: the JSON API through the framework's test client, bad input first.

Every bad request must get a 4xx with a JSON ``{"error", "message"}`` a person can act on, never a
500; the pipeline runs in the engine's worker process, loaded once per application.
"""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from pressparse.cli import build_parser
from pressparse.models import ArticleRecord, CheckResult
from pressparse.serve import is_loopback
from pressparse.serve.app import create_app
from pressparse.serve.engine import Engine, EngineError

DATA = Path(__file__).parent / "data"
MAX_BYTES = 20_000
# Generous: a loaded machine may take long to start a worker; only the timeout test wants it short.
TIMEOUT = 600.0
RELEASE = ("Beijing, Nov. 19 -- Li Zhong, Vice Minister of Human Resources and Social Security, said on "
           "Thursday that more than 30,000 poverty alleviation workshops had employed 437,000 people by the "
           "end of October.")


@pytest.fixture(scope="module")
def client() -> Iterator[TestClient]:
    with TestClient(create_app("fast", max_bytes=MAX_BYTES, timeout=TIMEOUT)) as test_client:
        yield test_client


def error_of(response, status: int) -> str:
    """The error code of a JSON error response with ``status``, checking its shape."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) >= {"error", "message"} and body["message"].strip()
    return body["error"]


def post_raw(client: TestClient, body: bytes | str, content_type: str | None = "application/json"):
    headers = {"content-type": content_type} if content_type else {}
    return client.post("/api/extract", content=body, headers=headers)


# --- the happy path ------------------------------------------------------------------------------

def test_extract_returns_the_library_record(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": RELEASE, "published": "2020-11-20",
                                                 "url": "https://example.org/release", "id": "r1"})
    assert response.status_code == 200, response.text
    record = ArticleRecord.model_validate(response.json())
    assert record.id == "r1" and record.published.isoformat() == "2020-11-20"
    assert record.source.url == "https://example.org/release" and record.source.path is None
    figures = {q.text: q for q in record.quantities}
    assert figures["more than 30,000"].value == 30_000 and figures["more than 30,000"].approx == "gt"
    assert figures["437,000"].value == 437_000
    (person,) = record.people
    assert person.name == "Li Zhong" and person.title == "Vice Minister"


def test_annotate_gives_the_text_the_spans_refer_to(client: TestClient) -> None:
    body = client.post("/api/annotate", json={"text": "\ufeff" + RELEASE.replace(" -- ", "\r\n")}).json()
    text, record = body["text"], ArticleRecord.model_validate(body["record"])
    assert "\r" not in text and "\ufeff" not in text
    for q in record.quantities:
        assert text[q.span.start:q.span.end] == q.text


def test_html_input_reads_the_main_text_and_metadata(client: TestClient) -> None:
    html = (DATA / "sina-page.html").read_text(encoding="utf-8")
    record = client.post("/api/extract", json={"html": html}).json()
    assert record["published"] == "2020-11-20"
    assert record["source"]["publisher"] == "Sina Finance"
    assert any(q["value"] == 29_730_000 for q in record["quantities"])
    assert "Markets" not in json.dumps(record)  # the navigation is no article text


def test_a_published_date_in_another_form_is_read(client: TestClient) -> None:
    record = client.post("/api/extract", json={"text": RELEASE, "published": "Nov. 20, 2020"}).json()
    assert record["published"] == "2020-11-20"


@pytest.mark.parametrize(("claim", "verdict", "reason"), [
    ("Poverty alleviation workshops employed 437,000 people by the end of October.", "supported", None),
    ("Poverty alleviation workshops employed about 440,000 people.", "supported", None),
    ("Poverty alleviation workshops employed 473,000 people by the end of October.", "contradicted", "value"),
    ("The ministry opened 12 new airports.", "not_found", None),
    ("The workshops did well.", "no_figure", None),
])
def test_check_against_records_gives_the_library_verdict(client: TestClient, claim: str, verdict: str,
                                                         reason: str | None) -> None:
    record = client.post("/api/extract", json={"text": RELEASE, "id": "r1"}).json()
    response = client.post("/api/check", json={"claim": claim, "records": [record], "id": "c1"})
    assert response.status_code == 200, response.text
    result = CheckResult.model_validate(response.json())
    assert (result.id, result.claim, result.verdict, result.reason) == ("c1", claim, verdict, reason)
    assert result.explanation
    if verdict in ("supported", "contradicted"):
        (evidence, *_) = result.evidence
        assert (evidence.article, evidence.text) == ("r1", "437,000")
        quantity = next(q for q in record["quantities"] if q["id"] == evidence.quantity)
        assert quantity["span"] == evidence.span.model_dump()


def test_check_against_text_extracts_it_first(client: TestClient) -> None:
    claim = "More than 30,000 poverty alleviation workshops were set up."
    result = client.post("/api/check", json={"claim": claim, "text": RELEASE}).json()
    assert result["verdict"] == "supported" and result["evidence"][0]["text"] == "more than 30,000"


@pytest.mark.parametrize(("body", "says"), [
    ({"claim": "", "records": []}, "claim: the input is empty"),
    ({"claim": "Jobs rose 5%."}, 'exactly one of "text", "html" and "records"'),
    ({"claim": "Jobs rose 5%.", "text": RELEASE, "records": []}, "not several"),
    ({"claim": "Jobs rose 5%.", "records": []}, '"records" is empty'),
    ({"claim": "Jobs rose 5%.", "records": [{"id": "r1"}]}, "records.0.text_sha256: Field required"),
    ({"claim": "Jobs rose 5%. " * 400, "text": RELEASE}, "claim: String should have at most 5000 characters"),
    ({"claim": "Jobs rose 5%.", "records": "/etc/passwd"}, "records: Input should be a valid list"),
])
def test_check_refuses_invalid_requests(client: TestClient, body: dict, says: str) -> None:
    response = client.post("/api/check", json=body)
    assert error_of(response, 422) == "invalid_request"
    assert says in response.json()["message"]


def test_check_refuses_unreadable_bodies(client: TestClient) -> None:
    assert error_of(client.post("/api/check", content=b"{claim", headers={"content-type": "application/json"}),
                    400) == "invalid_json"
    assert error_of(client.post("/api/check", content=b""), 400) == "empty"


# --- bad input: 4xx with a clear message ---------------------------------------------------------

@pytest.mark.parametrize(("body", "content_type", "status", "code"), [
    (b"", "application/json", 400, "empty"),
    (b"", None, 400, "empty"),
    (b"{\"text\": ", "application/json", 400, "invalid_json"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "application/json", 400, "invalid_json"),
    (b"\xff\xfe\x00\x01binary", "application/json", 400, "invalid_json"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "application/octet-stream", 415, "not_json"),
    (RELEASE.encode(), "text/plain", 415, "not_json"),
    (b"[\"text\"]", "application/json", 422, "invalid_request"),
    (b"\"just a string\"", "application/json", 422, "invalid_request"),
    (b"{}", "application/json", 422, "invalid_request"),
])
def test_unreadable_bodies_are_refused(client: TestClient, body: bytes, content_type: str | None, status: int,
                                       code: str) -> None:
    assert error_of(post_raw(client, body, content_type), status) == code


@pytest.mark.parametrize(("fields", "says"), [
    ({"text": ""}, "text: the input is empty"),
    ({"text": "   \n\t "}, "text: the input is empty"),
    ({"text": "\x00\x01\x02\x03\x04\x05PK\x03\x04"}, "text: the input looks binary"),
    ({"text": RELEASE, "html": "<p>x</p>"}, 'exactly one of "text" and "html", not several'),
    ({"published": "2020-11-20"}, 'exactly one of "text" and "html"'),
    ({"text": 42}, "text: Input should be a valid string"),
    ({"text": RELEASE, "published": "the day after the plenum"}, "published: not a date"),
    ({"text": RELEASE, "colour": "red"}, "colour: Extra inputs are not permitted"),
    ({"text": RELEASE, "published": "2020-11-20 " * 100}, "published: String should have at most 100 characters"),
])
def test_invalid_fields_say_which_and_why(client: TestClient, fields: dict, says: str) -> None:
    response = client.post("/api/extract", json=fields)
    assert error_of(response, 422) == "invalid_request"
    assert says in response.json()["message"]


def test_html_without_main_text_is_unprocessable(client: TestClient) -> None:
    response = client.post("/api/extract", json={"html": "<html><body><script>var a = 1;</script></body></html>"})
    assert error_of(response, 422) == "no_main_text"


def test_no_file_path_from_a_request_is_opened(client: TestClient, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("The secret budget is 987,654 yuan.", encoding="utf-8")
    refused = client.post("/api/extract", json={"text": RELEASE, "path": str(secret)})
    assert error_of(refused, 422) == "invalid_request"
    # A path given as the article is only text: nothing is read from the file it names.
    record = client.post("/api/extract", json={"text": str(secret)}).json()
    assert record["source"]["path"] is None
    assert all(q["value"] != 987_654 for q in record["quantities"])


def test_an_oversize_body_is_refused_with_413(client: TestClient) -> None:
    response = client.post("/api/extract", json={"text": RELEASE * (MAX_BYTES // len(RELEASE) + 1)})
    assert error_of(response, 413) == "too_large"
    assert f"{MAX_BYTES:,} bytes" in response.json()["message"]


def test_an_oversize_body_without_a_length_is_refused_while_read(client: TestClient) -> None:
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(MAX_BYTES // 1000 + 2):
            yield b"x" * 1000
        yield b'"}'

    response = client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert error_of(response, 413) == "too_large"


def test_unknown_paths_and_methods_are_json_errors(client: TestClient) -> None:
    assert error_of(client.get("/api/nothing"), 404) == "not_found"
    assert error_of(client.get("/api/extract"), 405) == "method_not_allowed"
    assert error_of(client.get("/static/../app.py"), 404) == "not_found"
    assert error_of(client.get("/static/engine.py"), 404) == "not_found"


def test_the_server_still_answers_after_bad_requests(client: TestClient) -> None:
    post_raw(client, b"\x00\xff" * 100)
    assert client.post("/api/extract", json={"text": RELEASE}).status_code == 200


# --- the page, its assets and the docs -----------------------------------------------------------

def test_the_page_and_its_assets_come_from_this_server_only(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "unsafe-inline" not in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    for name in ("app.js", "app.css"):
        asset = client.get(f"/static/{name}")
        assert asset.status_code == 200 and asset.text
        assert "http://" not in asset.text and "https://" not in asset.text
    assert "http://" not in page.text and "https://" not in page.text
    assert "innerHTML" not in client.get("/static/app.js").text  # article text only as text nodes


def test_openapi_and_docs_are_served_offline(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    assert {"/api/extract", "/api/annotate", "/api/check"} <= set(schema["paths"])
    assert {"ArticleRecord", "CheckResult"} <= set(schema["components"]["schemas"])
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger" in docs.text.lower()
    assert "cdn" not in docs.text.lower() and "googleapis" not in docs.text
    for line in docs.text.splitlines():
        if "src=" in line or "href=" in line:
            assert "https://" not in line and "http://" not in line, line


def test_info_reports_mode_and_limits(client: TestClient) -> None:
    assert client.get("/api/info").json() == {"version": "0.1.0", "mode": "fast", "max_bytes": MAX_BYTES,
                                               "timeout": TIMEOUT}


# --- timeouts and a dying worker -----------------------------------------------------------------

def long_release(sentences: int) -> str:
    """Distinct sentences (repeated paragraphs would be dropped by ingestion)."""
    return "\n\n".join(f"In district {n}, {n * 37 + 11} households received {n % 90 + 1}.5 million yuan "
                       f"from the county office on day {n}." for n in range(sentences))


def test_a_request_past_the_timeout_gets_504_and_the_worker_goes_on() -> None:
    with TestClient(create_app("fast", max_bytes=5_000_000, timeout=0.2)) as client:
        response = client.post("/api/extract", json={"text": long_release(6_000)})
        assert error_of(response, 504) == "timeout"
        assert "0.2 s" in response.json()["message"]
        assert client.post("/api/extract", json={"text": "Jobs rose 5%."}).status_code == 200


def test_an_article_longer_than_the_pipeline_reads_is_refused() -> None:
    with TestClient(create_app("fast", max_bytes=5_000_000, timeout=None)) as client:
        response = client.post("/api/extract", json={"text": "Jobs rose 5%. " * 80_000})
        assert error_of(response, 413) == "too_long"
        assert "1,120,000 characters" in response.json()["message"]


def test_a_worker_that_dies_is_replaced() -> None:
    async def scenario() -> tuple[EngineError, str]:
        engine = Engine("fast", timeout=TIMEOUT)
        await engine.start()
        try:
            with pytest.raises(EngineError) as died:
                await engine.run(os._exit, 1)
            text, _record = await engine.annotate({"text": "Jobs rose 5%."})
            return died.value, text
        finally:
            engine.stop()

    error, text = asyncio.run(scenario())
    assert (error.status, error.code) == (503, "worker_crashed")
    assert text == "Jobs rose 5%."


def test_stopping_leaves_no_worker_behind() -> None:
    async def scenario() -> list:
        engine = Engine("fast", timeout=TIMEOUT)
        await engine.start()
        processes = engine._processes()
        engine.stop()
        return processes

    processes = asyncio.run(scenario())
    assert processes and not any(process.is_alive() for process in processes)


# --- the command ----------------------------------------------------------------------------------

def test_serve_binds_to_this_machine_by_default() -> None:
    args = build_parser().parse_args(["serve"])
    assert (args.host, args.port, args.max_bytes, args.timeout) == ("127.0.0.1", 8000, 5_000_000, 60.0)
    assert is_loopback(args.host)
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--port", "70000"])
