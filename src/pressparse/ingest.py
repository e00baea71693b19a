"""Inputs to ``Article``s: the text pressparse processes, with its id and metadata.

Reading goes bytes -> ``decode`` (BOMs, UTF-16, UTF-8, then charset detection for GBK/GB18030,
Big5, ...) -> main text (as is for .txt; trafilatura for HTML; the ``text``/``html`` field of a
JSON Lines object) -> ``clean_text``:

1. line breaks unified, mojibake repaired (UTF-8 read as cp1252: "â€™" -> "’");
2. full-width and CJK punctuation made ASCII ("２９.７３％" -> "29.73%", "，" -> ", "): NFKC is
   applied only to the full-width block and the ideographic space, where it is safe (whole-text
   NFKC would turn "km²" into "km2" and "½" into "1⁄2"); everything else is NFC;
3. site boilerplate lines (``data/boilerplate.txt``) dropped; bylines are kept;
4. verbatim-repeated paragraphs dropped, with a ``repeated_text`` warning.

The result is ``Article.text``: every span in a record and ``text_sha256`` refer to this cleaned
text, not to the input bytes.

Inputs that cannot become an article are returned as ``ErrorRecord`` values (errors are values in
a batch): a missing path is an error entry too (``not_found``), not an abort, so one bad path in
a long list costs one line, like any other unreadable input.
"""

from __future__ import annotations

import glob
import hashlib
import io
import json
import logging
import mimetypes
import os
import re
import sys
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path, PurePath
from typing import IO, Any, Literal

from .data import read_lines
from .failures import failure_message
from .language import identify_language, unsupported_language_message
from .models import ErrorReason, ErrorRecord, Source, Warning
from .normalize.published import publication_date

TEXT_SUFFIXES = (".txt",)
HTML_SUFFIXES = (".html", ".htm")
JSONL_SUFFIXES = (".jsonl",)
INPUT_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + JSONL_SUFFIXES
DEFAULT_MAX_BYTES = 5_000_000
MIN_REPEATED_PARAGRAPH = 40  # shorter lines ("Photo by X", "——") may repeat legitimately
StdinFormat = Literal["text", "jsonl", "html"]
log = logging.getLogger(__name__)


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


# --- text cleaning ---------------------------------------------------------------------------

# A lead byte of a UTF-8 sequence as cp1252 shows it, then continuation bytes as cp1252 shows them.
_CP1252_HIGH = "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e" \
    "\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
_CONT = f"[\u0080-\u00bf{_CP1252_HIGH}]"
# The lead byte is matched first and its kind checked behind it, so that the pattern opens with one
# character class and the search skips text without any in C (several times faster than three branches).
_MOJIBAKE = re.compile(f"[\u00c2-\u00f4](?:(?<=[\u00c2-\u00df]){_CONT}|(?<=[\u00e0-\u00ef]){_CONT}{{2}}|"
                       f"(?<=[\u00f0-\u00f4]){_CONT}{{3}})")


def _cp1252_byte(char: str) -> bytes:
    try:
        return char.encode("cp1252")
    except UnicodeEncodeError:  # the five bytes cp1252 leaves undefined come through as latin-1
        return bytes([ord(char)]) if ord(char) < 256 else b"?"


def _unmojibake(match: re.Match[str]) -> str:
    try:
        return b"".join(_cp1252_byte(c) for c in match[0]).decode("utf-8")
    except UnicodeDecodeError:
        return match[0]


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252 / latin-1, sequence by sequence.

    >>> repair_mojibake("the countryâ€™s 29.73% â€” CafÃ©")
    'the country’s 29.73% — Café'
    >>> repair_mojibake("Zürich, naïve, Â£5 and °C")
    'Zürich, naïve, £5 and °C'
    """
    if not _MOJIBAKE.search(text):
        return text
    return _MOJIBAKE.sub(_unmojibake, text)


def _width_table() -> dict[int, str]:
    """Full-width forms and CJK brackets/quotes -> their ASCII-ish equivalents."""
    table = {cp: unicodedata.normalize("NFKC", chr(cp)) for cp in range(0xFF01, 0xFF5F)}
    table[0x3000] = " "
    table.update({ord(k): v for k, v in {
        "「": '"', "」": '"', "『": '"', "』": '"', "《": '"', "》": '"', "〈": '"', "〉": '"',
        "【": "[", "】": "]", "〔": "(", "〕": ")",
    }.items()})
    return table


_WIDTH = _width_table()
_NEEDS_WIDTH = re.compile("[\uff01-\uff5e\u3000-\u303f]")
# CJK clause punctuation: ASCII, plus the space English wants before the next word.
_CJK_PUNCT = {"，": ",", "、": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?"}
_CJK_PUNCT_RE = re.compile(f"[{''.join(_CJK_PUNCT)}]")
_OPEN_PAREN_AFTER_WORD = re.compile("(?<=\\w)\uff08")
_CLOSE_PAREN_BEFORE_WORD = re.compile("\uff09(?=\\w)")


def _cjk_punct(match: re.Match[str]) -> str:
    ascii_char = _CJK_PUNCT[match[0]]
    following = match.string[match.end():match.end() + 1]
    if not following or following.isspace() or following in "\"')]”’":
        return ascii_char
    if following.isdigit() and ascii_char in ",.:":  # 1，000 / ２９。７３ / 10：30 stay numbers
        return ascii_char
    return ascii_char + " "


def normalize_width(text: str) -> str:
    """Full-width digits, letters and punctuation and CJK punctuation as ASCII.

    >>> normalize_width("２９.７３％ of workers，said Li：“good”。Next")
    '29.73% of workers, said Li: “good”. Next'
    >>> normalize_width("《Daily》１，０００ yuan（about）and")
    '"Daily"1,000 yuan (about) and'
    """
    if not _NEEDS_WIDTH.search(text):
        return text
    text = _CJK_PUNCT_RE.sub(_cjk_punct, text)
    text = _CLOSE_PAREN_BEFORE_WORD.sub(") ", _OPEN_PAREN_AFTER_WORD.sub(" (", text))
    return text.translate(_WIDTH)


def normalize_text(text: str) -> str:
    """Unified line breaks, mojibake repaired, full-width forms made ASCII, then NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", normalize_width(repair_mojibake(text)))


@cache
def _boilerplate() -> re.Pattern[str]:
    alternatives = "|".join(f"(?:{p})" for p in read_lines("boilerplate.txt"))
    return re.compile(f"^[ \\t]*(?:{alternatives})[ \\t]*(?:\\n|\\Z)", re.IGNORECASE | re.MULTILINE)


def drop_boilerplate(text: str) -> str:
    """Remove whole lines that match a site boilerplate pattern.

    >>> drop_boilerplate("Jobs rose.\\nMassive information, accurate interpretation, all in the "
    ...                  "Sina Finance APP\\nEditor in charge: Li Ang")
    'Jobs rose.\\nEditor in charge: Li Ang'
    """
    return _boilerplate().sub("", text)


def drop_repeats(text: str) -> tuple[str, int]:
    """The text without paragraphs that repeat an earlier one verbatim; and how many were dropped.

    >>> drop_repeats("A long paragraph that a scraper picked up twice.\\n\\nA long paragraph that a "
    ...              "scraper picked up twice.\\nEnd.")
    ('A long paragraph that a scraper picked up twice.\\n\\nEnd.', 1)
    """
    seen: set[str] = set()
    kept: list[str] = []
    dropped = 0
    for line in text.split("\n"):
        key = " ".join(line.split())
        if len(key) >= MIN_REPEATED_PARAGRAPH:
            if key in seen:
                dropped += 1
                continue
            seen.add(key)
        kept.append(line)
    return ("\n".join(kept), dropped) if dropped else (text, 0)


def clean_text(text: str) -> tuple[str, list[Warning]]:
    """The text pressparse processes (see the module docstring), with warnings about changes."""
    text, repeats = drop_repeats(drop_boilerplate(normalize_text(text)))
    warnings = []
    if repeats:
        warnings.append(Warning(code="repeated_text",
                                message=f"dropped {repeats} verbatim-repeated paragraph(s)"))
    return text.strip("\n"), warnings


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


# --- bytes to text ---------------------------------------------------------------------------

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def _bomless_utf16(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit on one side of most byte pairs (ASCII-heavy text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd > 0.3 * pairs and even < 0.05 * pairs:
        return "utf-16-le"
    if even > 0.3 * pairs and odd < 0.05 * pairs:
        return "utf-16-be"
    return None


_CJK_ENCODINGS = ("gb18030", "big5")
_MULTIBYTE_PREFIXES = ("utf", "gb", "big5", "cp9", "euc", "shift", "iso2022", "hz", "johab")
_LIKELY_CJK = re.compile("[\u3000-\u3011\u4e00-\u9fff\uff01-\uff5e]")
_UNLIKELY_CJK = re.compile("[\u0080-\u009f\u3100-\u312f\uac00-\ud7af\ue000-\uf8ff]")


def _plausibility(text: str) -> int:
    """How much a decoding looks like Chinese-government text: common CJK chars, few odd ones."""
    return len(_LIKELY_CJK.findall(text)) - 3 * len(_UNLIKELY_CJK.findall(text))


def _decodings(data: bytes, encodings: Iterable[str]) -> list[str]:
    texts = []
    for encoding in encodings:
        try:
            texts.append(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            continue
    return texts


def _detect(data: bytes) -> str:
    """Decode with charset-normalizer's guess, corrected for what our sources use.

    English text with a few full-width commas is valid GBK and valid Big5 alike: of the two, the
    one without bopomofo or private-use characters wins (``_plausibility``). A short single-byte
    text fits many code pages: English-language sites use cp1252, so it goes first.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        raise InputError("undecodable", "no text encoding fits the input")
    guess = "gb18030" if best.encoding in ("gb2312", "gbk") else best.encoding
    if guess in _CJK_ENCODINGS or guess in ("cp950", "big5hkscs"):
        texts = _decodings(data, [guess, *(e for e in _CJK_ENCODINGS if e != guess)])
        if texts:
            return max(texts, key=_plausibility)  # max keeps the first (the guess) on ties
    else:
        single_byte = not guess.startswith(_MULTIBYTE_PREFIXES)
        texts = _decodings(data, ["cp1252", guess] if single_byte else [guess])
        if texts:
            return texts[0]
    raise InputError("undecodable", f"not decodable as the detected {guess}")


def decode(data: bytes) -> str:
    """Text of a file's bytes: BOM, UTF-16, UTF-8, else the detected encoding; refuses binary data.

    >>> decode("Li Zhong：２９.７３％ of workers，and".encode("gbk"))
    'Li Zhong：２９.７３％ of workers，and'
    >>> decode("Li Zhong".encode("utf-16-le"))
    'Li Zhong'
    """
    if not data.strip():
        raise InputError("empty", "the input is empty")
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or _bomless_utf16(data)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as err:
            raise InputError("undecodable", f"not valid {encoding}: {err}") from err
    elif b"\x00" in data[:4096]:
        raise InputError("binary", "the input looks binary (NUL bytes)")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data)
    refuse_binary(text)
    return text


def refuse_binary(text: str) -> None:
    r"""Raise ``InputError`` for text that is empty or looks binary (NULs or many control characters).

    >>> refuse_binary("Jobs rose.\tBy 5%.")
    >>> refuse_binary("PK\x03\x04\x00\x00\x08\x00")
    Traceback (most recent call last):
    pressparse.ingest.InputError: the input looks binary (control characters)
    """
    if len(_CONTROL.findall(text[:4096])) > 0.05 * min(len(text), 4096) or "\x00" in text[:4096]:
        raise InputError("binary", "the input looks binary (control characters)")
    if not text.strip():
        raise InputError("empty", "the input is empty")


# --- inputs to articles ----------------------------------------------------------------------

def _nonempty(article: Article) -> Article:
    if not article.text.strip():
        raise InputError("empty", "no text left after cleaning")
    return article


def read_text(name: str, data: bytes, *, id: str | None = None) -> Article:
    """An Article from a plain-text input's bytes (HTML in disguise is read as HTML); the id
    defaults to the file's stem."""
    text, source = decode(data), Source(path=name)
    if looks_like_html(text):
        return html_in_text_article(text, id=id or PurePath(name).stem, source=source)
    return _nonempty(make_article(text, id=id or PurePath(name).stem, source=source))


def html_article(html: str, *, id: str, source: Source, published: date | str | None = None) -> Article:
    """An Article from an HTML page: trafilatura's main text; title, url, site and date when found.

    Values already in ``source`` / ``published`` (e.g. from a scraper's JSON) win over the page's.
    """
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(as_page(html), with_metadata=True, include_comments=False)
    except Exception as err:
        raise InputError("malformed_html", f"the HTML could not be parsed: {err!r}") from err
    if doc is None or not (doc.text or "").strip():
        raise InputError("no_main_text", "no main text found in the HTML")
    found = Source(url=doc.url, title=doc.title, publisher=doc.sitename or doc.hostname)
    merged = Source(**{k: v or getattr(found, k) for k, v in source.model_dump().items()})
    # trafilatura gives one line per block; blank lines make paragraphs like the .txt corpus.
    text = doc.text.replace("\n", "\n\n")
    return _nonempty(make_article(text, id=id, source=merged, published=published or doc.date))


def read_html(name: str, data: bytes, *, id: str | None = None) -> Article:
    """An Article from an HTML file's bytes; the id defaults to the file's stem."""
    return html_article(decode(data), id=id or PurePath(name).stem, source=Source(path=name))


NOT_AN_ARTICLE = 'the object has no "text" or "html" field'


def _str_or_none(value: Any) -> str | None:
    return str(value) if value not in (None, "") else None


def dict_article(obj: Any, *, id: str | None, path: str | None = None) -> Article:
    """An Article from a scraper's object: url, title, publisher, published, and text or html.

    Without ``id``, the id is a hash of the text (or of the HTML), as in ``make_article``.
    """
    if not isinstance(obj, dict):
        raise InputError("malformed_json", f"expected a JSON object, got {type(obj).__name__}")
    source = Source(path=_str_or_none(obj.get("path")) or path, url=_str_or_none(obj.get("url")),
                    title=_str_or_none(obj.get("title")), publisher=_str_or_none(obj.get("publisher")))
    published = _str_or_none(obj.get("published"))
    if "text" not in obj and "html" not in obj:
        raise InputError("not_an_article", NOT_AN_ARTICLE)
    text, html = obj.get("text"), obj.get("html")
    if isinstance(text, str) and text.strip():
        if looks_like_html(text):
            return html_in_text_article(text, id=id or _sha_id(text), source=source, published=published)
        return _nonempty(make_article(text, id=id, source=source, published=published))
    if isinstance(html, str) and html.strip():
        return html_article(html, id=id or _sha_id(html), source=source, published=published)
    raise InputError("empty", 'the object has no non-empty "text" or "html" field')


def _sha_id(raw: str) -> str:
    """The id of an input without one: a hash of its raw text (HTML hashes as given)."""
    return f"sha256:{hashlib.sha256(raw.encode('utf-8', 'surrogatepass')).hexdigest()[:16]}"


def given_id(obj: Any) -> str | None:
    """The ``id`` of a scraper object, as a string, when it has one."""
    return _str_or_none(obj.get("id")) if isinstance(obj, dict) else None


def _limited_lines(handle: Iterable[bytes] | IO[bytes] | _Utf8Lines, max_bytes: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; ``None`` for a line over ``max_bytes``, which is never held whole."""
    readline = getattr(handle, "readline", None)
    if readline is None:  # a plain iterable of lines (tests, callers with lines in memory)
        yield from (line if len(line) <= max_bytes else None for line in handle)
        return
    while line := readline(max_bytes + 1):
        if len(line) <= max_bytes:
            yield line
            continue
        while line and not line.endswith(b"\n"):  # skip the rest of the oversize line
            line = readline(1 << 20)
        yield None


class _Utf8Lines:
    """A UTF-16 byte stream read line by line as UTF-8: splitting UTF-16 bytes at b"\\n" would cut
    every line ending in half."""

    def __init__(self, handle: IO[bytes], encoding: str) -> None:
        self.text = io.TextIOWrapper(handle, encoding=encoding, errors="replace", newline="")

    def readline(self, size: int = -1) -> bytes:
        return self.text.readline(size).encode("utf-8")

    def release(self) -> None:
        """Hand the byte stream back unclosed (the caller opened it; it may be stdin)."""
        self.text.detach()


def _utf16_lines(lines: Iterable[bytes] | IO[bytes]) -> _Utf8Lines | None:
    """A UTF-8 line reader over a stream that starts as UTF-16 (with or without a BOM), else None."""
    peek = getattr(lines, "peek", None)
    if peek is None:
        return None
    head = peek(4096)[:4096]
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else _bomless_utf16(head)
    return _Utf8Lines(lines, encoding) if encoding else None  # type: ignore[arg-type]


def read_jsonl(name: str, lines: Iterable[bytes] | IO[bytes], *, max_bytes: int = DEFAULT_MAX_BYTES
               ) -> Iterator[Article | ErrorRecord]:
    """One Article (or ErrorRecord) per non-blank line of scraper JSON Lines, streamed.

    The id is the object's ``id``, else ``name:lineno``. UTF-16 files are read as text first.
    """
    utf16 = _utf16_lines(lines)
    try:
        yield from _jsonl_items(name, utf16 or lines, max_bytes)
    finally:
        if utf16:
            utf16.release()


def _jsonl_items(name: str, lines: Iterable[bytes] | IO[bytes] | _Utf8Lines, max_bytes: int
                 ) -> Iterator[Article | ErrorRecord]:
    for lineno, line in enumerate(_limited_lines(lines, max_bytes), 1):
        if line is not None and not line.strip():
            continue
        obj: Any = None
        try:
            if line is None:
                raise InputError("oversize", f"line {lineno} is larger than {max_bytes} bytes")
            try:
                obj = json.loads(decode(line))
            except ValueError as err:
                raise InputError("malformed_json", f"line {lineno}: {err}") from err
            yield dict_article(obj, id=given_id(obj) or f"{name}:{lineno}", path=name)
        except InputError as err:
            yield error_record(given_id(obj) or f"{name}:{lineno}", err.reason, str(err), name)
        except Exception as err:
            yield error_record(given_id(obj) or f"{name}:{lineno}", "ingest_failed", failure_message(err), name)


def error_record(id: str, reason: ErrorReason, message: str, path: str | None) -> ErrorRecord:
    return ErrorRecord(id=id, error=reason, message=message, source=Source(path=path))


def expand_paths(paths: Iterable[str], *, report: bool = True) -> Iterator[str]:
    """Files named directly (and glob matches), then the input files under directories, sorted.

    A name that matches nothing is passed on, to become a ``not_found`` error entry; so is a
    directory without input files, to become a ``no_inputs`` entry. The files a directory holds
    that pressparse does not read are logged with why, when ``report``.
    """
    for raw in paths:
        path = Path(raw)
        if raw == "-" or path.is_file():
            yield raw
        elif path.is_dir():
            inputs, skipped = folder_files(path)
            if skipped and report:
                log.warning("%s", skipped_message(safe_name(raw), skipped))
            yield from inputs or [raw]
        elif glob.has_magic(raw) and (matches := sorted(glob.glob(raw, recursive=True))):
            yield from expand_paths(matches, report=report)
        else:
            yield raw


def _read_limited(handle: IO[bytes], max_bytes: int) -> bytes:
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError("oversize", f"input is larger than {max_bytes} bytes")
    return data


def read_path(path: str, *, max_bytes: int = DEFAULT_MAX_BYTES, stdin_format: StdinFormat = "text",
              stdin: IO[bytes] | None = None) -> Iterator[Article | ErrorRecord]:
    """The articles of one input path ("-" is stdin), errors as ``ErrorRecord`` values.

    Ids and ``source.path`` name the input by ``safe_name``: a file name that is not UTF-8 is
    written with escapes (and its articles carry a ``file_name_not_utf8`` warning).
    """
    name = "stdin" if path == "-" else safe_name(path)
    items = _read_path(path, name, max_bytes=max_bytes, stdin_format=stdin_format, stdin=stdin)
    if name == path or path == "-":
        yield from items
        return
    for item in items:
        if isinstance(item, Article):
            item.warnings.append(Warning(code="file_name_not_utf8", message=(
                "the file name is not valid UTF-8; its undecodable bytes are written as \\xNN escapes")))
        yield item


def _read_path(path: str, name: str, *, max_bytes: int, stdin_format: StdinFormat,
               stdin: IO[bytes] | None) -> Iterator[Article | ErrorRecord]:
    suffix = PurePath(path).suffix.lower()
    try:
        if path == "-":
            handle = stdin or sys.stdin.buffer
            if stdin_format == "jsonl":
                yield from _jsonl_articles(name, handle, max_bytes)
            else:
                read = read_html if stdin_format == "html" else read_text
                yield read(name, _read_limited(handle, max_bytes), id=name)
        elif suffix in JSONL_SUFFIXES:
            with open(path, "rb") as handle:
                yield from _jsonl_articles(name, handle, max_bytes)
        elif os.path.isdir(path):
            raise InputError("no_inputs", no_inputs_message(name, folder_files(Path(path))[1]))
        else:
            with open(path, "rb") as handle:
                if why := unsupported_type(path):
                    raise InputError("unsupported_type", why)
                data = _read_limited(handle, max_bytes)
            yield (read_html if suffix in HTML_SUFFIXES else read_text)(name, data)
    except InputError as err:
        yield error_record(PurePath(name).stem if path != "-" and err.reason != "no_inputs" else name,
                           err.reason, str(err), name)
    except FileNotFoundError:
        yield error_record(name, "not_found", "no such file, directory or glob match", name)
    except OSError as err:
        yield error_record(name, "unreadable", err.strerror or str(err), name)
    except Exception as err:
        yield error_record(name, "ingest_failed", failure_message(err), name)


def _jsonl_articles(name: str, handle: IO[bytes], max_bytes: int) -> Iterator[Article | ErrorRecord]:
    """``read_jsonl``, with two verdicts on the whole stream: without one JSON line it is ``empty``;
    when no line is an article object (pressparse's own records, a claims list, in a folder one
    meant to extract) it is one ``not_articles`` entry, not an error per line. Lines that are no
    article are held back (as ids) until the first article shows the file is a scraper's."""
    held: list[str] = []
    articles_seen, empty = False, True
    for item in read_jsonl(name, handle, max_bytes=max_bytes):
        empty = False
        if not articles_seen and isinstance(item, ErrorRecord) and item.error == "not_an_article":
            held.append(item.id)
            continue
        if not articles_seen:
            articles_seen = True
            yield from (error_record(id, "not_an_article", NOT_AN_ARTICLE, name) for id in held)
        yield item
    if empty:
        raise InputError("empty", "no JSON lines in the input")
    if not articles_seen and held:
        raise InputError("not_articles", f"none of its {len(held)} JSON lines is a scraped article (an object with "
                         '"text" or "html"): is it a records or claims file? Pass article files only')


def read_inputs(paths: Iterable[str], *, max_bytes: int = DEFAULT_MAX_BYTES,
                stdin_format: StdinFormat = "text", outputs: Iterable[str | None] = ()
                ) -> Iterator[Article | ErrorRecord]:
    """Articles from paths, files, directories and globs, in order; failures as ErrorRecords, and
    articles not in English as ``unsupported_language`` entries (see ``english_only``).

    ``outputs`` are the run's own output files, never read as inputs: ``-o corpus/out.jsonl``
    beside ``corpus/`` must not feed a run its own (or a resumed run's earlier) records.
    """
    own = {os.path.realpath(out) for out in outputs if out}
    for path in expand_paths(paths):
        if path != "-" and os.path.realpath(path) in own:
            continue
        for item in read_path(path, max_bytes=max_bytes, stdin_format=stdin_format):
            yield english_only(item)


# --- batch inputs as users meet them: odd names, folders, HTML in disguise, other languages -----

def safe_name(path: str) -> str:
    r"""``path`` as text any output can hold: the bytes of a file name that is not UTF-8 (which
    Python carries as lone surrogates) as \xNN escapes, so one old scraper's file name cannot
    abort a batch when its record is written.

    >>> safe_name(os.fsdecode(b"scrape/caf\xe9-release.txt"))
    'scrape/caf\\xe9-release.txt'
    >>> safe_name("café.txt")
    'café.txt'
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    try:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that did not come from a file name's bytes
        return path.encode("utf-8", "backslashreplace").decode("utf-8")


def folder_files(folder: Path) -> tuple[list[str], Counter[str]]:
    """The input files under ``folder`` (recursive, sorted), and the other files counted by
    suffix (hidden files such as .DS_Store are not counted: nobody meant them as inputs)."""
    inputs: list[str] = []
    skipped: Counter[str] = Counter()
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix.lower() in INPUT_SUFFIXES:
            inputs.append(str(path))
        elif not any(part.startswith(".") for part in path.relative_to(folder).parts):
            skipped[path.suffix.lower() or "(no suffix)"] += 1
    return inputs, skipped


_READS = "pressparse reads .txt, .html, .htm and scraper .jsonl files; convert other formats to text first"


def _counted(skipped: Counter[str]) -> str:
    return ", ".join(f"{n} {suffix}" for suffix, n in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0])))


def skipped_message(folder: str, skipped: Counter[str]) -> str:
    """Why files of a folder were left out.

    >>> skipped_message("in", Counter({".pdf": 2, ".docx": 1}))[:35]
    'skipped 3 file(s) in in (2 .pdf, 1 '
    """
    return f"skipped {sum(skipped.values())} file(s) in {folder} ({_counted(skipped)}): {_READS}"


def no_inputs_message(folder: str, skipped: Counter[str]) -> str:
    """The message of a folder with nothing to read: nothing processed is not success."""
    held = f"only other files ({_counted(skipped)})" if skipped else "no files"
    return f"the folder holds {held}: {_READS}"


def unsupported_type(path: str) -> str | None:
    """Why a file named directly is not read, when its suffix names a format that is not text
    (PDF, Word, images, archives...), else None: such files would only give ``binary`` entries.

    >>> unsupported_type("report.pdf")[:40]
    'a application/pdf file: pressparse reads'
    >>> unsupported_type("scrape.txt.gz")
    'a gzip-compressed file: decompress it first'
    >>> unsupported_type("notes.md") is None and unsupported_type("release") is None
    True
    """
    if PurePath(path).suffix.lower() in INPUT_SUFFIXES:
        return None
    mime, compression = mimetypes.guess_type(path, strict=False)
    if compression:
        return f"a {compression}-compressed file: decompress it first"
    if mime is None or mime.startswith("text/") or "json" in mime or "xml" in mime:
        return None
    return f"a {mime} file: {_READS}"


# The tags that lay out a page or a scraped fragment (paragraphs, blocks, tables, lists): a text
# with several is HTML. Inline tags (<b>, <script>, <img>) alone may be text quoting markup.
_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?(?:html|head|body|div|p|br|table|tr|td|th|h[1-6]|ul|ol|li|article|section|header|"
                       r"footer|nav|main|figure|blockquote)\b[^<>]{0,500}>", re.IGNORECASE)
MIN_HTML_TAGS = 4


def looks_like_html(text: str) -> bool:
    """Whether a text input (stdin, a .txt file, a JSON ``text`` field) is really an HTML page or
    fragment: it starts as a page does, or holds several tags, one of them a closing tag.

    >>> looks_like_html("<!DOCTYPE html>\\n<html><body><p>Jobs rose.</p></body></html>")
    True
    >>> looks_like_html("<p>Jobs rose 5%.</p>\\n<p>Exports fell.</p>")
    True
    >>> looks_like_html("Turnout was <50% in 3 districts and >70% in Beijing, the <b> office said.")
    False
    >>> looks_like_html("Paid 3.5 million <b>for roofs</b>. <script>x()</script> <img src=x> <i>sic</i>")
    False
    """
    if _HTML_START.match(text):
        return True
    tags = _HTML_TAG.findall(text, 0, 100_000)
    return len(tags) >= MIN_HTML_TAGS and any(tag.startswith("</") for tag in tags)


def as_page(html: str) -> str:
    """An HTML fragment ("<div><p>...</p></div>", as scrapers store them) inside a page's
    ``<html><body>``: trafilatura finds no text in a fragment with one root element."""
    return html if _HTML_START.match(html) else f"<html><body>{html}</body></html>"


def html_in_text_article(html: str, *, id: str, source: Source, published: date | str | None = None) -> Article:
    """An Article from HTML that came as text, read as HTML, with a warning saying so."""
    article = html_article(html, id=id, source=source, published=published)
    article.warnings.append(Warning(code="html_detected", message=(
        "the text input is HTML; its main text was extracted as for an .html file")))
    return article


def english_only(item: Article | ErrorRecord) -> Article | ErrorRecord:
    """An article identified as not English becomes an ``unsupported_language`` error entry.

    The rules read English: a record of French or Chinese text holds wrong figures that look
    right ("5 millions d'euros" -> 5), which an analyst's table cannot tell from good ones, while
    an entry is counted, copied to ``--errors`` and loses nothing. (``pressparse.extract`` on one
    text keeps the record, with the language and an ``unsupported_language`` warning.)
    """
    if isinstance(item, ErrorRecord) or item.language == "en":
        return item
    return ErrorRecord(id=item.id, error="unsupported_language", source=item.source,
                       message=unsupported_language_message(item.language))


def count_inputs(paths: Iterable[str], outputs: Iterable[str | None] = ()) -> int | None:
    """How many entries ``read_inputs`` gives for ``paths`` (one per file, one per non-blank JSON
    line): a progress bar's total. None with stdin among them, which can only be read once."""
    total = 0
    own = {os.path.realpath(out) for out in outputs if out}
    for path in expand_paths(paths, report=False):
        if path == "-":
            return None
        if os.path.realpath(path) in own:
            continue
        if PurePath(path).suffix.lower() not in JSONL_SUFFIXES:
            total += 1
            continue
        try:
            with open(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except OSError:
            total += 1
    return total
