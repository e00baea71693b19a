"""Text cleaning: the text every span refers to (see the package docstring for the steps)."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from ..data import read_lines
from ..models import Warning

MIN_REPEATED_PARAGRAPH = 40  # shorter lines ("Photo by X", "——") may repeat legitimately


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
