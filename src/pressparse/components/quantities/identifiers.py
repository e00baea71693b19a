"""Numbers that name or score rather than count: "S&P 500", "Boeing 737", "iPhone 14", "Route 66",
"a 2-0 lead", "Smith, 65," (an age), and the market indices and commodities of ``data/quantity_markets.tsv``."""

from __future__ import annotations

import re
from functools import cache

from ...data import read_tsv
from .grammar import Rules

# a capitalized, mixed-case or "&" word right before the digits: "Boeing 737", "iPhone 14", "S&P 500"
NAME_BEFORE = re.compile(r"(?<![\w'’&/-])(?P<name>[A-Z][\w&]*|[a-z]+[A-Z]\w*)[ \t]$")
AGE = re.compile(r"(?<![\w'’])[A-Z][a-z]+,[ \t]$")  # "Smith, 65,"
AGE_AFTER = re.compile(r"[ \t]*[,)]")
SCORE = re.compile(r"(?P<a>\d{1,2})[-–](?P<b>\d{1,2})(?![\d.,%])")
SPORT_AFTER = re.compile(r"(?i)\s+(?:\w+\s+)?(?:lead|win|victory|defeat|loss|draw|home|away|scoreline|result)\b")
TITLE_WORD = re.compile(r"\b[A-Z]\w*")
WORD = re.compile(r"\b[A-Za-z]\w*")
STREET_AFTER = re.compile(r"[ \t]+(?:[A-Z][a-z]+[ \t]+){1,2}(?P<kind>[A-Z][a-z]*\.?)(?!\w)")


@cache
def market_names() -> dict[str, str]:
    """Index and benchmark name -> kind ("index" or "commodity"), from ``data/quantity_markets.tsv``."""
    return {row["name"]: row["kind"] for row in read_tsv("quantity_markets.tsv")}


@cache
def market_pattern(kinds: tuple[str, ...] = ("index", "commodity")) -> re.Pattern[str]:
    """The market names of ``kinds``, longest first; commodities are common words, so read in any case."""
    names = sorted((name for name, kind in market_names().items() if kind in kinds), key=len, reverse=True)
    # an index in its own case or in capitals ("Nasdaq", "NASDAQ"); commodities in any case
    alternatives = "|".join(f"{_spaced(name)}|{_spaced(name.upper())}" if kind_of(name) == "index"
                            else f"(?i:{_spaced(name)})" for name in names)
    # a lookahead on the names' first letters (in any case for commodities), so that the scan of a
    # sentence fails at once at most word starts instead of trying every name there
    cased = {c for name in names if kind_of(name) == "index" for c in (name[0], name.upper()[0])}
    caseless = {name[0] for name in names if kind_of(name) != "index"}
    first = "|".join(f"{prefix}[{''.join(map(re.escape, sorted(chars)))}]{suffix}"
                     for chars, prefix, suffix in ((cased, "", ""), (caseless, "(?i:", ")")) if chars)
    return re.compile(rf"(?<![\w&])(?={first})(?:{alternatives})(?![\w&])")


def _spaced(name: str) -> str:
    return re.escape(name).replace(r"\ ", r"\s+")


@cache
def commodity_units() -> dict[str, str]:
    """Commodity name (lower case) -> the unit it is priced per ("brent" -> "barrel")."""
    return {row["name"].lower(): row["per"] for row in read_tsv("quantity_markets.tsv") if row.get("per")}


def kind_of(name: str) -> str | None:
    return market_names().get(name)


def names_not_counts(rules: Rules, text: str, start: int, end: int, window: tuple[int, int]) -> bool:
    """Whether the bare integer at [start, end) names a thing, scores a game or gives an age."""
    raw = text[start:end]
    if not raw.isdigit():
        return False
    if (score := SCORE.match(text, start)) and score.end() >= end \
            and not rules.patterns.unit_after.match(text, score.end()) \
            and (int(score.group("b")) <= int(score.group("a")) or SPORT_AFTER.match(text, score.end())):
        return True  # "a 2-0 lead", "beaten 3-0", "a 1-3 defeat"
    if text[start - 1:start] == "#":
        return True  # "Safata #1", "#2 seed": a label or a rank
    street = STREET_AFTER.match(text, end)
    if street and street.group("kind").lower().rstrip(".") in rules.lexicon["street"]:
        return True  # "42 Elm Street": an address
    before = text[max(window[0], start - 30):start]
    if AGE.search(before) and AGE_AFTER.match(text, end) and int(raw) <= 120:
        return True
    found = NAME_BEFORE.search(before)
    name = found.group("name") if found else ""
    if not found or name.lower() in rules.stops or name.lower() in rules.approx_last_words:
        return False
    name_start = start - len(before) + found.start("name")
    if not text[window[0]:name_start].strip() and name[1:].islower():
        return False  # a capital only because it starts the sentence ("Another 500 jobs")
    line = text[window[0]:window[1]]
    words = WORD.findall(line)
    return not (len(words) > 3 and len(TITLE_WORD.findall(line)) > 0.6 * len(words))  # no title-case headline


LEVEL_BEFORE = re.compile(r"(?i)\b(?:at|to|of|from|closed|ended|settled|finished|stood|hit|touched|reached)\s*$")
NO_NOUN_AFTER = re.compile(
    r"\s*(?:[,.;:)]|$|\s(?:and|or|to|while|on|in|after|before|as|with|but|a|the|its|for|points?|according)\b)")


def market_before(text: str, start: int, window: tuple[int, int],
                  kinds: tuple[str, ...] = ("index", "commodity")) -> re.Match[str] | None:
    """The last market index or commodity named in the sentence before ``start`` ("the Nasdaq",
    "Brent crude")."""
    found = list(market_pattern(kinds).finditer(text, window[0], start))
    return found[-1] if found else None


def index_level(text: str, start: int, end: int, window: tuple[int, int], *, moved: bool = False) -> bool:
    """"the Nasdaq closed at 11,313.13", "the Dow fell 292 points to 17,718": an index level, in points;
    so is a move of the index written without its unit ("the Sensex climbed 272.82, or 0.94%")."""
    return bool((moved or LEVEL_BEFORE.search(text, max(window[0], start - 12), start))
                and NO_NOUN_AFTER.match(text, end) and market_before(text, start, window, ("index",)))
