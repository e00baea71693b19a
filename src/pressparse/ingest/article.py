"""The ``Article`` the pipeline reads, made from text: cleaned, dated, its language told; and the
error values an input that cannot become one turns into."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

from ..language import identify_language, unsupported_language_message
from ..models import ErrorReason, ErrorRecord, Source, Warning
from ..normalize.published import publication_date
from .clean import clean_text

DEFAULT_MAX_BYTES = 5_000_000


@dataclass
class Article:
    """One article ready for the pipeline. ``text`` is what spans and ``text_sha256`` refer to."""

    text: str
    id: str
    published: date | None = None
    source: Source = field(default_factory=Source)
    language: str = "en"
    warnings: list[Warning] = field(default_factory=list)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


class InputError(Exception):
    """An input that cannot become an Article; ``reason`` is a machine-readable code."""

    def __init__(self, reason: ErrorReason, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def parse_date(value: date | str | None) -> date | None:
    """A publication date from metadata: ISO first, then whatever scrapers write, via dateparser.

    >>> parse_date("2020-11-20T08:31:00+08:00")
    datetime.date(2020, 11, 20)
    >>> parse_date("Nov. 20, 2020 10:31")
    datetime.date(2020, 11, 20)
    >>> parse_date("2020年11月20日")
    datetime.date(2020, 11, 20)
    >>> parse_date("not a date") is None
    True
    """
    if value is None or isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    import dateparser  # imported on first need: loading its language data takes a while

    parsed = dateparser.parse(text, languages=["en", "zh"], settings={"STRICT_PARSING": True})
    return parsed.date() if parsed else None


def published_in_text(text: str, url: str | None = None) -> tuple[date, Warning] | None:
    r"""The publication date the text states (header, dateline or closing line; a year-less
    dateline takes its year from the url or the text), else a date in the url, when metadata gave
    none (``normalize.published``); a warning records where it came from.

    >>> published_in_text("SCIO briefing\n\nState Council Information Office\nDec. 3, 2020\n\nSpeakers:")[0]
    datetime.date(2020, 12, 3)
    >>> published_in_text("Title\n\nSource: Xinhua | Editor: Liu Yang | 2022-10-14 20:31:05\n")[0]
    datetime.date(2022, 10, 14)
    >>> published_in_text("The plan, adopted on Dec. 3, 2020, says the county will build roads.") is None
    True
    """
    if (stated := publication_date(text, url)) is None:
        return None
    if stated.start is None:
        return stated.day, Warning(code="published_from_url", message=f"no publication date given; read it from {url}")
    found = text[stated.start:stated.end]
    return stated.day, Warning(code="published_from_text", span={"start": stated.start, "end": stated.end},
                               message=f"no publication date given; read {found!r} from the {stated.where}")


def make_article(
    text: str,
    *,
    published: date | str | None = None,
    id: str | None = None,
    source: Source | dict | None = None,
) -> Article:
    """An ``Article`` from raw text; the id defaults to a hash of the cleaned text, and a missing
    publication date is read from the text (or the url) when it states one."""
    text, warnings = clean_text(text)
    if isinstance(source, dict):
        source = Source(**source)
    day = parse_date(published)
    if day is None and (stated := published_in_text(text, source.url if source else None)):
        day = stated[0]
        warnings.append(stated[1])
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    language = identify_language(text)
    if language != "en":
        warnings.append(Warning(code="unsupported_language", message=unsupported_language_message(language)))
    return Article(
        text=text,
        id=id or f"sha256:{digest[:16]}",
        published=day,
        source=source or Source(),
        language=language,
        warnings=warnings,
    )


def nonempty(article: Article) -> Article:
    if not article.text.strip():
        raise InputError("empty", "no text left after cleaning")
    return article


def error_record(id: str, reason: ErrorReason, message: str, path: str | None) -> ErrorRecord:
    return ErrorRecord(id=id, error=reason, message=message, source=Source(path=path))
