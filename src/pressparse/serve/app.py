"""The ASGI application: one page and a JSON API over extraction and checking, the pipeline
loaded once in the engine's worker process.

Safe by default: every error is JSON ``{"error", "message"}`` with a 4xx status for bad input
(400 unreadable body, 413 too large, 415 not JSON, 422 invalid fields or an unusable article),
504 past the timeout; the page builds the article with text nodes only and is served with a
Content-Security-Policy that allows no inline script and nothing from elsewhere; no request field
is ever used as a file path (requests carry text, and the static assets are read at start).
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from starlette.exceptions import HTTPException

from .. import __version__
from ..ingest import DEFAULT_MAX_BYTES, InputError, parse_date, refuse_binary
from ..models import ArticleRecord, CheckResult
from . import DEFAULT_TIMEOUT
from .engine import Engine, EngineError
from .limits import BodyLimit

log = logging.getLogger("pressparse.serve")
MAX_CLAIM_CHARS = 5_000  # a claim is a sentence or two, read by the pipeline like an article
STATIC = {"app.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
_PAGE_CSP = ("default-src 'self'; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'; "
             "form-action 'none'; frame-ancestors 'none'")
# Swagger UI starts itself with an inline script; still nothing may come from elsewhere.
_DOCS_CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
             "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")


# --- request and response bodies ----------------------------------------------------------------

class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _readable(value: str | None) -> str | None:
    """``value`` unless it is empty or looks binary (a ValueError says which)."""
    if value is not None:
        try:
            refuse_binary(value)
        except InputError as err:
            raise ValueError(str(err)) from None
    return value


class _ArticleFields(_Body):
    text: str | None = Field(None, description="The article as plain text.")
    html: str | None = Field(None, description="The article as an HTML page; its main text is extracted.")
    # Short fields stay short: they are read here, outside the worker and its timeout.
    published: str | None = Field(None, max_length=100, description='Publication date, e.g. "2020-11-20" '
                                  "(read from the text's header lines when missing).")
    url: str | None = Field(None, max_length=2_000, description="Where the article came from; recorded, "
                            "never fetched.")

    _text_readable = field_validator("text", "html")(_readable)

    @field_validator("published")
    @classmethod
    def _date(cls, value: str | None) -> str | None:
        if value is None or not value.strip():
            return None
        day = parse_date(value)
        if day is None:
            raise ValueError(f"not a date: {value!r} (use YYYY-MM-DD)")
        return day.isoformat()

    def _one_of(self, names: tuple[str, ...], what: str) -> None:
        given = [name for name in names if getattr(self, name) is not None]
        if len(given) != 1:
            choices = ", ".join(f'"{name}"' for name in names[:-1]) + f' and "{names[-1]}"'
            raise ValueError(f"give {what} as exactly one of {choices}" + (", not several" if given else ""))


class ArticleInput(_ArticleFields):
    """One article: exactly one of ``text`` and ``html``, with optional metadata."""

    id: str | None = Field(None, max_length=500, description="Record id; defaults to a hash of the text.")

    @model_validator(mode="after")
    def _one_source(self) -> ArticleInput:
        self._one_of(("text", "html"), "the article")
        return self

    def fields(self) -> dict[str, Any]:
        """What ``ingest.dict_article`` reads; no path, so nothing is ever opened."""
        return self.model_dump(exclude_none=True)


class CheckInput(_ArticleFields):
    """A claim and what to check it against: an article (``text`` or ``html``) or its ``records``."""

    claim: str = Field(description="The claim, a sentence with a figure.", max_length=MAX_CLAIM_CHARS)
    id: str | None = Field(None, max_length=500, description="The claim's id, echoed in the result.")
    records: list[ArticleRecord] | None = Field(None, description="Records from /api/extract to check against.")

    _claim_readable = field_validator("claim")(_readable)

    @model_validator(mode="after")
    def _one_source(self) -> CheckInput:
        self._one_of(("text", "html", "records"), "the sources")
        if self.records == []:
            raise ValueError('"records" is empty: give at least one record')
        return self

    def sources(self) -> list[ArticleRecord] | dict[str, Any]:
        """The records, or the article's fields for ``ingest.dict_article``."""
        if self.records is not None:
            return self.records
        return self.model_dump(include={"text", "html", "published", "url"}, exclude_none=True)


class AnnotatedArticle(_Body):
    """A record with the text its spans refer to: what the page needs to mark the article."""

    text: str = Field(description="The processed article text (after ingestion); every span refers to it.")
    record: ArticleRecord


class ServerInfo(_Body):
    version: str
    mode: str = Field(description="The pipeline's mode: full or fast.")
    max_bytes: int = Field(description="Largest request body accepted.")
    timeout: float | None = Field(description="Seconds a request may take.")


# --- errors --------------------------------------------------------------------------------------

def _error(status: int, code: str, message: str, **extra: Any) -> JSONResponse:
    return JSONResponse({"error": code, "message": message, **extra}, status_code=status)


def _where(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc if part != "body") or "body"


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    """FastAPI's validation errors, as one readable message with the right 4xx status."""
    assert isinstance(exc, RequestValidationError)
    errors = exc.errors()
    content_type = request.headers.get("content-type", "")
    if any(e["type"] == "json_invalid" for e in errors):
        detail = errors[0].get("ctx", {}).get("error", "")
        return _error(400, "invalid_json", f"the request body is not valid JSON ({detail})")
    if errors and errors[0]["type"] == "missing" and tuple(errors[0]["loc"]) == ("body",):
        if "json" not in content_type and await request.body():
            return _error(415, "not_json", f"send a JSON body with Content-Type: application/json, "
                          f"not {content_type or 'no content type'}")
        return _error(400, "empty", 'the request body is empty; send a JSON object such as {"text": "..."}')
    if errors and errors[0]["type"] in ("model_attributes_type", "dict_type"):
        if "json" not in content_type:
            return _error(415, "not_json", f"send a JSON body with Content-Type: application/json, "
                          f"not {content_type or 'no content type'}")
        return _error(422, "invalid_request", "the request body must be a JSON object")
    details = [{"field": _where(tuple(e["loc"])), "message": e["msg"].removeprefix("Value error, ")} for e in errors]
    message = "; ".join(d["message"] if d["field"] == "body" else f"{d['field']}: {d['message']}" for d in details)
    return _error(422, "invalid_request", message, details=details)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 400:  # FastAPI could not parse the body at all (not UTF-8, ...)
        return _error(400, "invalid_json", "the request body is not valid JSON text (UTF-8 expected)")
    if exc.status_code == 404:
        return _error(404, "not_found", f"no such page or endpoint: {request.url.path}")
    if exc.status_code == 405:
        return _error(405, "method_not_allowed", f"{request.method} is not allowed on {request.url.path}")
    return _error(exc.status_code, "http_error", str(exc.detail))


async def _engine_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, EngineError)
    return _error(exc.status, exc.code, exc.message)


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("internal error on %s %s", request.method, request.url.path)
    return _error(500, "internal_error", f"an internal error occurred ({type(exc).__name__}); it was logged")


# --- the application -----------------------------------------------------------------------------

def _read_static() -> dict[str, bytes]:
    """The page and its assets, read once: requests name no files."""
    folder = files("pressparse.serve") / "static"
    return {name: (folder / name).read_bytes() for name in ("index.html", *STATIC)}


def create_app(mode: str = "fast", *, max_bytes: int = DEFAULT_MAX_BYTES,
               timeout: float | None = DEFAULT_TIMEOUT) -> BodyLimit:
    """The server for pipeline ``mode``; the pipeline loads when the application starts (lifespan)."""
    engine = Engine(mode, timeout=timeout)  # type: ignore[arg-type]
    static = _read_static()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await engine.start()
        try:
            yield
        finally:
            engine.stop()

    app = FastAPIOffline(
        title="pressparse", version=__version__, lifespan=lifespan, redoc_url=None,
        description="Checked, structured facts (quantities, people, agencies, places) from government "
        "press releases. Every error is JSON `{\"error\", \"message\"}`.",
        swagger_ui_parameters={"validatorUrl": None},  # the validator badge would call out to the web
    )
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(EngineError, _engine_error)
    app.add_exception_handler(Exception, _unexpected)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        docs = request.url.path.startswith(("/docs", "/static-offline-docs"))
        response.headers["Content-Security-Policy"] = _DOCS_CSP if docs else _PAGE_CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    @app.get("/", include_in_schema=False)
    async def page() -> Response:
        return Response(static["index.html"], media_type="text/html; charset=utf-8")

    @app.get("/static/{name}", include_in_schema=False)
    async def asset(name: str) -> Response:
        if name not in STATIC:
            return _error(404, "not_found", "no such asset")
        return Response(static[name], media_type=STATIC[name])

    @app.get("/api/info", response_model=ServerInfo, summary="The server's mode and limits")
    async def info() -> ServerInfo:
        return ServerInfo(version=__version__, mode=engine.mode, max_bytes=max_bytes, timeout=timeout)

    errors: dict[int | str, dict[str, Any]] = {
        status: {"description": text} for status, text in (
            (400, "empty or unreadable body"), (413, "body larger than the server's limit"),
            (415, "not JSON"), (422, "invalid fields, or no usable article text"),
            (504, "took longer than the server's timeout"))
    }

    @app.post("/api/extract", response_model=ArticleRecord, responses=errors,
              summary="Extract the record of one article")
    async def extract(article: ArticleInput) -> ArticleRecord:
        """The article's `ArticleRecord`: quantities, people, agencies, places and warnings."""
        return (await engine.annotate(article.fields()))[1]

    @app.post("/api/annotate", response_model=AnnotatedArticle, responses=errors,
              summary="Extract one article, with the processed text its spans refer to")
    async def annotate(article: ArticleInput) -> AnnotatedArticle:
        """The record and the processed text (what the page marks up)."""
        text, record = await engine.annotate(article.fields())
        return AnnotatedArticle(text=text, record=record)

    @app.post("/api/check", response_model=CheckResult, responses=errors,
              summary="Check a numeric claim against an article or records")
    async def check(request: CheckInput) -> CheckResult:
        """`pressparse.check`: the verdict (supported, contradicted, not_found, no_figure), the reason
        of a contradiction, a one-sentence explanation, the claim's figures and the evidence."""
        return await engine.check(request.claim, request.id, request.sources())

    return BodyLimit(app, max_bytes)

