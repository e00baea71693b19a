"""Bytes to text: BOMs, UTF-16 with or without a BOM, UTF-8, then charset detection; binary and
empty inputs refused."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .article import InputError

_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def bomless_utf16(data: bytes) -> str | None:
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
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None) or bomless_utf16(data)
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
    pressparse.ingest.article.InputError: the input looks binary (control characters)
    """
    if len(_CONTROL.findall(text[:4096])) > 0.05 * min(len(text), 4096) or "\x00" in text[:4096]:
        raise InputError("binary", "the input looks binary (control characters)")
    if not text.strip():
        raise InputError("empty", "the input is empty")
