"""The ``pressparse_quantities`` component: every figure a fact-checker would check.

A cheap scan of the lower-cased text finds where a number may start; the atom pattern then reads
the number there (digits, number words, fractions, multiples, vague "thousands of"), and small
anchored regexes read its context: what it is not (years, dates, clock times, durations,
ordinals, numbers inside names), its unit and scale, its bound ("more than" -> gt), its direction
of change, what it counts (entity) and the time it refers to. The same rules run in both modes;
with a dependency parse the entity of a plain count comes from the parse. Word lists and unit
tables are data (``data/quantity_*``). Scrape repeats (a caption repeated with small changes)
are dropped, and garbled numbers ("More than% of") become warnings, never values.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from functools import cache

import pycountry
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..data import read_tsv, read_word_classes
from ..extensions import PLACES, QUANTITIES, WARNINGS, QuantityInfo, doc_text
from ..normalize.dates import MONTH, TIME_EXPRESSION, TIME_EXPRESSION_LOWER, resolve_time
from ..normalize.numbers import (
    apply_scale,
    clean_float,
    number_words,
    parse_digits,
    parse_fraction,
    parse_fraction_words,
    parse_words,
)
from ..normalize.units import UnitInfo, lookup, to_si, unit_table

# How sure an entity rule is: a phrase next to the figure, a guess from the sentence, a clause subject.
STRONG, GUESS, WEAK = 2, 1, 0


def _alternation(words: list[str]) -> str:
    """A regex alternation matching any of ``words`` (longest first, spaces as any whitespace).

    Words are grouped by first letter ("m(?:ore\\s+than|illion)"), so the regex engine tries one
    letter instead of every word at each position. The groups exclude each other (distinct ASCII
    characters, even ignoring case), so the match is the same as the flat longest-first alternation."""
    ordered = sorted(set(words), key=len, reverse=True)
    firsts = {word[0] for word in ordered if word}
    if len(ordered) < 2 or not all(first.isascii() for first in firsts) \
            or len({first.lower() for first in firsts}) < len(firsts) \
            or (" " in firsts and any(first.isspace() for first in firsts - {" "})):
        return "|".join(_escaped(word) for word in ordered)
    by_first: dict[str, list[str]] = {}
    for word in ordered:  # longest first within each group too
        by_first.setdefault(word[:1], []).append(word[1:])
    branches = [f"{_escaped(first)}(?:{'|'.join(_escaped(rest) for rest in rests)})" if len(rests) > 1
                else _escaped(first + rests[0]) for first, rests in by_first.items() if first]
    if "" in by_first:  # the empty word, shortest, so last
        branches.append("")
    return "|".join(branches)


def _escaped(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


def lexicon() -> dict[str, frozenset[str]]:
    """word class -> words (``data/quantity_lexicon.tsv``)."""
    return read_word_classes("quantity_lexicon.tsv", "class")


@cache
def approx_phrases() -> dict[str, str]:
    """normalized phrase before a figure -> approx code (``data/quantity_approx.tsv``)."""
    return {row["phrase"]: row["approx"] for row in read_tsv("quantity_approx.tsv") if row["position"] != "after"}


@cache
def approx_suffixes() -> dict[str, str]:
    """normalized phrase after a figure ("or more", "-odd") -> approx code (``data/quantity_approx.tsv``)."""
    return {row["phrase"]: row["approx"] for row in read_tsv("quantity_approx.tsv") if row["position"] == "after"}


@dataclass(frozen=True)
class DollarAreas:
    """Which dollar a bare "$" means where (``data/currency_dollars.tsv``)."""

    by_country: dict[str, str]  # ISO 3166-1 alpha-2 -> ISO 4217
    by_cn_division: dict[str, str]  # GB/T 2260 code prefix (Hong Kong "81") -> ISO 4217


@cache
def dollar_areas() -> DollarAreas:
    rows = read_tsv("currency_dollars.tsv")
    return DollarAreas(by_country={row["country"]: row["currency"] for row in rows},
                       by_cn_division={row["division"]: row["currency"] for row in rows if row["division"]})


@dataclass(frozen=True)
class Patterns:
    """Every regex the component uses, compiled once per process."""

    atom: re.Pattern[str]
    atom_at_digit: re.Pattern[str]
    unit_after: re.Pattern[str]
    unit_before: re.Pattern[str]
    approx_before: re.Pattern[str]
    approx_after: re.Pattern[str]
    change_before: re.Pattern[str]
    change_by: re.Pattern[str]
    range_tail: re.Pattern[str]
    frequency: re.Pattern[str]
    garbled_percent: re.Pattern[str]
    garbled_scale: re.Pattern[str]
    candidate_digits: re.Pattern[str]
    candidate_word: re.Pattern[str]
    candidate_word_after: re.Pattern[str]
    not_quantity: re.Pattern[str]
    phone: re.Pattern[str]
    ratio_base: re.Pattern[str]
    month_date: re.Pattern[str]
    currency_sign: re.Pattern[str]
    change_from: re.Pattern[str]
    currency_codes: frozenset[str]


@cache
def patterns() -> Patterns:
    """Build the regexes from the data tables."""
    table = number_words()
    by_role: dict[str, list[str]] = {}
    for word, (_, role) in table.items():
        by_role.setdefault(role, []).append(word)
    cardinal_words = by_role["unit"] + by_role["ten"] + by_role["hundred"] + by_role["scale"]
    cardinal = _alternation(cardinal_words)
    scale = _alternation(by_role["scale"])
    numerator = _alternation(["a", "an", *by_role["unit"], *by_role["ten"]])
    denominator = _alternation(by_role["denominator"])
    digits = (
        r"\d+(?:\.\d+)?(?:[eE][-+−]?\d+\b|\s?[×x]\s?10\^?[-−]?\d+)"  # scientific
        r"|\d+\s\d+/\d+(?!\d)"  # mixed fraction
        r"|(?<![\d/])\d+/\d+(?![\d/])"  # fraction
        r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)"  # Indian grouping: "1,86,420", "12,34,56,789"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
        r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]?\d)"
        r"|\d+(?:\.\d+)?"
    )
    units = unit_table()
    # a letter sign may be written glued to its figure ("R2.27 trillion", "Rs.498.35 crore"):
    # lookbehinds, as the sign is read later, as the figure's unit
    letter_signs = "".join(rf"|(?<=\b{re.escape(u.alias)})" for u in units
                           if u.before and u.alias.removesuffix(".").isalpha())
    ratio = rf"""
        \b(?P<ratio>(?P<ratio_num>\d{{1,3}}|(?i:{cardinal}))\s+(?:in|out\s+of)\s+(?:every\s+)?
            (?P<ratio_den>\d{{1,3}}(?![\d,.])|(?i:{cardinal})))\b  # "2 in 1979" is a number and a year
    """
    in_digits = rf"""
        (?:(?<![\w.]){letter_signs})(?P<num>{digits})  # "R2.27 trillion" (rand), "Rs.1,500", "P3.94 billion"
        (?:(?P<scale>(?:[\s-]?(?i:{scale})\b){{1,2}})|(?P<suffix>k|K|bn|mn|M|B|T|tn)(?![\w]))?
    """
    atom = rf"""
        \b(?P<vague>(?i:{_alternation(by_role["vague"])}))(?=\s+of\b)
      | {ratio}
      | \b(?P<fracw>(?P<fnum>(?i:{numerator}))[\s-]+(?P<fden>(?i:{denominator})))\b
      | \b(?P<half>(?i:half))\b
      | \b(?P<multw>(?i:{_alternation(by_role["multiple"])}))\b
      | (?P<vulgar>[½⅓⅔¼¾⅕⅛])
      | {in_digits}
      | \b(?P<words>(?i:(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{cardinal})\b
            (?:(?:\s*,\s*|\s*&\s*|\s+and\s+(?!a\s+half)|[\s-]+)(?:{cardinal})\b)*(?:\s+and\s+a\s+half\b)?))
    """
    after = [u.alias for u in units if not u.before]
    # aliases longest first, grouped behind a lookahead on their first letter (ignoring case); the
    # groups exclude each other, so the match is the flat alternation's, found without trying every alias
    by_first: dict[str, list[str]] = {}
    for alias in sorted(set(after), key=len, reverse=True):
        exact = all(u.exact_case for u in units if u.alias == alias and not u.before)
        body = re.escape(alias).replace(r"\ ", r"[\s-]+")  # "a 2,600-square-meter boiler house"
        by_first.setdefault(alias[0].lower() if alias[0].isascii() else "", []).append(
            body if exact else f"(?i:{body})")
    unit_alts = "|".join(f"(?=(?i:{re.escape(first)}))(?:{'|'.join(group)})" if first else f"(?:{'|'.join(group)})"
                         for first, group in by_first.items())
    unit_after = re.compile(
        r"(?P<gap>\s*-?\s?)(?P<adj>(?:consecutive|straight|successive|full|calendar|working)\s+)?"
        rf"(?P<unit>{unit_alts})(?![A-Za-z0-9²])"
    )
    before = _alternation([u.alias for u in units if u.before])
    approx = _alternation(list(approx_phrases()))
    # words a number atom can start with, for the fast candidate scan (on lower-cased text)
    starters = _alternation(sorted({phrase.split()[0] for phrase in table}))
    article_led = _alternation(by_role["hundred"] + by_role["scale"] + by_role["denominator"])
    changes = _alternation(sorted(lexicon()["up"] | lexicon()["down"]))
    return Patterns(
        atom=re.compile(atom, re.VERBOSE),
        # the atom's only alternatives that can start at a digit (the others start with a letter or
        # a vulgar fraction), in the same order: the same match, without trying the word alternatives
        atom_at_digit=re.compile(f"{ratio} | {in_digits}", re.VERBOSE),
        unit_after=unit_after,
        unit_before=re.compile(rf"(?<![A-Za-z])(?:{before})\s?$"),  # "R2.27 trillion", not "FOR 5"
        # a gerund may follow a phrase ending in "to": "roughly equal to taking 2 million cars off the road"
        approx_before=re.compile(rf"(?i)(?<![\w-])(?P<approx>{approx})(?:(?<=\bto)\s+[a-z]+ing)?\s*$"),
        approx_after=re.compile(rf"(?i)(?:(?=-)|\s+)(?P<approx>{_alternation(list(approx_suffixes()))})\b"),
        change_before=re.compile(rf"(?i)\b(?P<change>{changes})(?:\s+(?:by|of))?\s*$"),
        change_by=re.compile(rf"(?i)\b(?P<change>{changes})\b(?P<middle>(?:\s+[\w'’-]+){{0,5}}?)\s+by\s*$"),
        range_tail=re.compile(r"\s*(?P<sep>-\s*to|-|–|—|to|and|(?<=\s)or(?=\s))\s*"),
        # "four or five times each summer", "three times a year": how often, not a multiple
        frequency=re.compile(rf"(?i)\s+(?:a|an|per|each|every)\s+(?:{_alternation(sorted(lexicon()['period']))})s?\b"
                             r"(?!\s+(?:earlier|ago|before)\b)"),
        garbled_percent=re.compile(rf"(?i)\b(?:{approx}|by|of|to|and|with|reached)\s*$"),
        # "\b(?:more than|less than|over|nearly|about|up to|at least)": each alternative led by a letter
        # and the word-start test after it, so the whole-text scan jumps to those letters in C
        garbled_scale=re.compile(r"(?:m(?<!\w.)ore than|l(?<!\w.)ess than|o(?<!\w.)ver|n(?<!\w.)early|"
                                 r"a(?<!\w.)bout|u(?<!\w.)p to|a(?<!\w.)t least)\s+"
                                 r"(?:million|billion|thousand|percent|per cent)\b"),
        # where a number may start: a run of digits, or a word start (a non-word character, found
        # with a fast character-class scan, then a lookahead) of a number word or "a"/"an"
        candidate_digits=re.compile(r"[0-9½⅓⅔¼¾⅕⅛]+"),
        candidate_word=re.compile(rf"(?:{starters})\b|an?[\s-]+(?={article_led})"),
        candidate_word_after=re.compile(rf"[^\w](?=(?:{starters})\b|an?[\s-]+(?={article_led}))"),
        not_quantity=re.compile(
            r"""(?x)
            (?=[\d(+])(?:  # each alternative starts with a digit, "(" or "+": one test per position
              \b\d{4}-\d{1,2}-\d{1,2}\b                             # ISO date
            | \b\d{1,2}/\d{1,2}/\d{2,4}\b                            # 11/20/2020
            | \b\d{1,2}([.-])\d{1,2}\1(?:1[89]|20)\d\d\b               # 18.01.2024, 18-01-2024
            | \b(?:1[89]|20)\d\d([./])\d{1,2}\2\d{1,2}\b(?![.,]?\d)     # 2024.01.18, 2024/01/18
            | \b\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?i:[ap]\.?m\b\.?)     # 5:42PM, 2.13 am
            | \b\d{1,2}:\d{2}(?::\d{2})?\b                           # 20:31:05
            | \b\d{1,2}\s*(?i:[ap]\.?m\.?)(?![A-Za-z])                   # 2 pm
            | (?:\+\d{1,3}[\s-]?)?(?:\(\d{2,4}\)\s?|\b\d{2,4}-)\d{3,4}-?\d{4}\b  # phone
            )"""
        ),
        # phone numbers written with spaces: after a phone cue, with a leading 0 or an area code in
        # parentheses, a 1300/1800/1900 number (Australia: 1800 123 456; Singapore: 1800 866 3066),
        # or eight digits in two groups of four led by 3, 6, 8 or 9 (Singapore: 6325 3066); a
        # thousands grouping has groups of three, never of four
        phone=re.compile(
            r"""(?x)
              (?i:\b(?:call|calling|phone|telephone|tel|ph|mobile|mob|fax|hotline|freecall|helpline)\b\.?:?)
                [ \t]*(?:on[ \t]+)?\+?\(?\d[\d \t()-]{5,}\d
            | (?<![\d.,])\(\d{1,5}\)[ \t]?\d{3,4}[ \t-]?\d{3,4}\b
            | (?<![\d.,])(?:\+\d{1,3}[ \t]?)?\b0\d{1,4}[ \t-]\d{3,4}[ \t-]?\d{3,4}\b
            | (?<![\d.,])\b1[389]00[ \t-]?\d{3}[ \t-]?\d{3,4}\b
            | (?<![\d.,])\b\d{3}[ \t]\d{3}-\d{4}\b  # 250 896-4291 (North American area code, exchange-line)
            | (?<![\d.,])\b[3689]\d{3}[ \t]\d{4}\b(?![.,]?\d)
            """
        ),
        # "3.6% of GDP": the base of a ratio, not what the figure measures
        ratio_base=re.compile(
            rf"(?i)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:{_alternation(sorted(lexicon()['ratio_base']))})\b"
        ),
        month_date=re.compile(
            rf"(?:{MONTH})\s+\d{{1,2}}(?:{DAY_RANGE}\d{{1,2}})?\b(?:,\s*\d{{4}})?"
            rf"|\b\d{{1,2}}(?:{DAY_RANGE}\d{{1,2}})?\s+(?i:{MONTH})(?:\s+\d{{4}})?\b"
        ),
        # a sign before the second figure of a range ("HK$1,600 to HK$4,900", "N10,000 to N15,000")
        currency_sign=re.compile(rf"(?:{before})\s?(?=\d)"),
        # "rose from 5% to 8%", "expand the area ... from 14,000 to 22,000 hectares": two figures
        change_from=re.compile(
            rf"(?i)\b(?:{_alternation(sorted(lexicon()['from_verb']))})\s+(?:[\w'-]+\s+){{0,10}}from\s+(?:\S+\s?)?$"
        ),
        currency_codes=frozenset(c.alpha_3 for c in pycountry.currencies),
    )


@dataclass
class Figure:
    """A quantity being read: character offsets into the text plus its normalized fields."""

    start: int
    end: int
    value: float
    value_max: float | None = None
    unit: str | None = None
    kind: str = "count"
    approx: str | None = None
    change: str | None = None
    entity: str | None = None
    pint: str | None = None
    entity_strength: int = WEAK
    bound_before: str | None = None  # the bound the figure starts with ("topped 1.36 trillion yuan")
    window: tuple[int, int] = (0, 0)  # the sentence (or line), as character offsets
    time_text: str | None = None
    time_start: str | None = None
    time_end: str | None = None


WORD = re.compile(
    r"(?i:per[\s-]capita)|\([A-Z][A-Za-z0-9.&-]{0,10}\)|[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d|[^\w\s]"
)
ACRONYM_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9.&-]{0,10}\)")
DAY_RANGE = r"\s*(?:-|–|to|and)\s*"  # "September 18 to 24", "18-24 May"
VERB_FORM = re.compile(r"[a-z]{3,}(?<!e)ed")
LINKS = frozenset({"of", "in", "for", "on", "at", "to", "with", "among"})
CONNECTOR = re.compile(r"(?i)\s*(?:,|\(|;)?\s*(?:(?:and|or|to|from|respectively|up|down|(?:up|down)\s+by|"
                       r"(?:an?\s+)?(?:[a-z-]+\s+)?(?:increase|decrease|rise|drop|growth|decline|gain|fall)\s+of)\s*)?$")
PHRASAL_UP = re.compile(
    r"(?i)\b(?:set|sets|setting|made|make|makes|making|take|took|taken|pick|picked|"
    r"sign|signed|open|opened|end|ended|build|built|put|step|stepped|draw|drew|drawn)\s*$"
)
UNCERTAINTY = re.compile(r"\s*(?:±|\+/-)\s*\d+(?:\.\d+)?(?:[eE][-+−]?\d+)?")
OF_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+of\s*$")
BY_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+by\s+(?:between\s+)?$")
YEAR_ON_YEAR = re.compile(r"\byear[\s-](?:on|over)[\s-]year\b")
CLAUSE_BREAK = re.compile(r"[,;:(){}\[\]]\s|——|—|\s--?\s|\s–\s|\"|“|”")
OF_THE = re.compile(
    r"\W*Of\s+(?:the|these|those|all)\s+(?:\d[\d,]*\s+)?(?P<np>[A-Za-z][\w\s-]*?)(?:\s+\w+ed)?,"
)
NOT_ENTITY = frozenset({"which", "whom", "what", "them", "these", "those", "this", "it", "per", "year", "own",
                        "day", "week", "month", "hour"})  # "6 ML a day": a rate, not a thing
PARENTHETICAL = re.compile(r"^\s*\([^()]{1,40}\)")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
LABEL_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+\.?)\s*$")  # a word start: mid-word tries fail the same way
LINE_START = re.compile(r"(?:^|\n)[ \t]*\(?$")
LIST_MARK = re.compile(r"[.)、](?:\s|$)")
CONTAINER_MODIFIERS = frozenset({"total", "overall", "average", "combined", "largest", "main"})
RATE = re.compile(r"(?:a|per|each|every)\s+year\b|per\s+[a-z]+\b")  # "a year", "per hectare": before the purpose
PLAIN_FRACTION = re.compile(r"\d+/\d+")
POINTS = re.compile(r"(?i)\s+(?:percentage\s+)?points?\b")
CONTAINER_OF = re.compile(r"(?i)\b(?:number|proportion|share|percentage|amount)\s+of\s+(?P<rest>.*)$")
YEAR_DIGITS = re.compile(r"(?:18|19|20)\d\d")
FOLLOWING_WORD = re.compile(r"\s+([a-z]+)")
WORD_JOINER = re.compile(r"(\s*,\s*|\s*&\s*|\s+and\s+)")
ORDINAL_BEFORE = re.compile(r"\b(?:first|last|past|next|the)\s*$")
HALF_OF_TIME = re.compile(r"(?:-|\s+(?:an?\s+|the\s+)?(?:year|month|day|hour|century|decade|week|time|way)s?\b)")
HALF_DETERMINER = re.compile(r"\s+(?:the|its|their|his|her|our|these|those)\s+[a-z]")  # "half the water"
# "first half", "the latter half", "two and half": no fraction; "..., and half the water": one
HALF_AFTER_ORDINAL = re.compile(
    r"(?i)\b(?:(?:first|second|last|latter|other|one)(?:\s+and)?|(?:\d+|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s+and)\s*$"
)
OF_AFTER = re.compile(r"\s+of\b")
# what follows a multiple ("4.6 times the level", "three times higher", "1.5 times that of 2020")
TIMES_COMPARED = re.compile(
    r"(?i)\s*(?:-|\s(?:that|those|the|what|as|its|their|his|her|this|these|our|than|over|compared|"
    r"(?!after|under|never|ever)[a-z]+er)\b)"
)
COMPARING_VERBS = frozenset({"is", "was", "are", "were", "be", "been", "being", "by", "to", "reach", "reached",
                             "reaches", "reaching"})
MULTIPLE_FOLLOWER = re.compile(
    r"(?:\s+(?:by|in|from|to|since|the|its|their|over|again|last|that|what|those|this)\b|[.,;])"
)
CODE_BEFORE = re.compile(r"\b([A-Z]{3})\s$")
CODE_AFTER = re.compile(r"\s([A-Z]{3})\b")
BETWEEN_BEFORE = re.compile(r"(?i)\bbetween\s+(?:\S+\s?)?$")
VERB_BOUND = re.compile(r"[a-z]+(?:ed|ing|s)")  # "topped", "exceeding": the bound is the verb
LETTERS_BEFORE = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,3}$")
FISCAL_YEAR = re.compile(r"((?:19|20)\d\d)/(\d\d|(?:19|20)\d\d)")
COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s*$")
UNIT_SYMBOL = re.compile(r"[ \t]?\(([^()\s]{1,8})\)")
PER_PERSON_AFTER = re.compile(r"\s+(?:per\s+(?:person|capita|head)|a\s+head)\b")
PER_CAPITA = re.compile(r"\bper[\s-]capita\b")
OF_GAP = re.compile(r"\s+of\s+")
NOT_OF_WORD = re.compile(r"\s+(?!of\b)[a-z]")
PURPOSE_LINK = re.compile(r"\s*(?:in|for|through)\s+(?:\d[\d,.]*\s+)?")
THAT_OF = re.compile(r"\bthat of\b[^,;]*$")
CLAUSE_OPENER = re.compile(r"(?i)^\s*(?:and|but|while|however|so|according to [^,]*,)\s+")
DIGIT = re.compile(r"\d")
CONTEXT_WORD = re.compile(r"[a-z]{3,}")


def _last_clause(text: str) -> str:
    """The part of ``text`` after its last comma, semicolon, dash or quote."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def _proper_name(words: list[str]) -> bool:
    """"Villager Tan Guoqiang", "Song Qiang": a person or place, not what a figure counts."""
    return len(words) >= 2 and all(w[0].isupper() for w in words)


class QuantitiesComponent:
    """Find figures and read them; see the module docstring for the steps."""

    def __init__(self, nlp: Language, name: str = "pressparse_quantities", *, spans_key: str = QUANTITIES,
                 warnings_key: str = WARNINGS, dedupe_threshold: float = 0.6) -> None:
        self.name = name
        self.spans_key = spans_key
        self.warnings_key = warnings_key
        self.dedupe_threshold = dedupe_threshold
        self.patterns = patterns()
        self.lexicon = lexicon()
        self.approx = approx_phrases()
        self.approx_after = approx_suffixes()
        self.glued_signs = frozenset(info.alias for info in unit_table() if info.glued)
        for info in unit_table():  # build the pint registry and every SI factor now, not mid-document
            to_si(1.0, info.pint)
        self.approx_last_words = frozenset(phrase.split()[-1] for phrase in self.approx)
        self.changes = self.lexicon["up"] | self.lexicon["down"]
        self.stops = self.lexicon["stop"] | self.lexicon["det"] | self.changes
        self.leading_skips = self.lexicon["det"] | self.lexicon["skip"]
        self.trailing_stops = self.stops | {"per"}
        self.leading_verbs = self.lexicon["skip"] | self.changes

    def __call__(self, doc: Doc) -> Doc:
        figures, warnings = self.match(doc)
        self.set_annotations(doc, figures, warnings)
        return doc

    # -- matching ---------------------------------------------------------------------------

    def match(self, doc: Doc) -> tuple[list[Figure], list[tuple[int, int, str]]]:
        """All figures in reading order, and the garbled numbers found.

        A cheap case-sensitive scan of the lower-cased text finds where a number may start (digits
        or a number word); the full atom pattern and the date/time checks then run only there."""
        text = doc_text(doc)
        lowered = _lowered(text)
        bounds = self._boundaries(doc, text)
        figures: list[Figure] = []
        resume = 0
        for candidate in self._candidates(lowered):
            if candidate < resume:
                continue
            atom = self.patterns.atom_at_digit if "0" <= text[candidate] <= "9" else self.patterns.atom
            match = atom.match(text, candidate)
            if match is None:
                continue
            resume = match.end()
            if _atom_type(match) == "num" and _digits_excluded(text, *match.span("num")):
                continue  # cheap rejections of _read first: they skip the date/time checks
            if self._blocked(text, lowered, match.start(), match.end()):
                continue
            figure = self._read(text, match, bounds)
            if figure is None:
                continue
            resume = max(resume, figure.end)
            figures.append(figure)
        self._resolve_dollars(doc, figures)
        self._entities(doc, text, figures)
        self._propagate_entities(figures)
        self._propagate_bounds(text, figures)
        self._times(text, lowered, figures, _published(doc))
        figures = self._dedupe(text, figures)
        return figures, self._garbled(text, lowered)

    def _candidates(self, lowered: str) -> list[int]:
        """Offsets where a number may start: digit runs, and word starts of number words or "a"/"an".

        Two scans, each led by a character class so the regex engine skips most positions in C;
        the two kinds of start never overlap (digits vs letters), so their union is the answer."""
        found = [m.start() for m in self.patterns.candidate_digits.finditer(lowered)]
        found += [m.start() + 1 for m in self.patterns.candidate_word_after.finditer(lowered)]
        if self.patterns.candidate_word.match(lowered):
            found.append(0)
        found.sort()
        return found

    def _blocked(self, text: str, lowered: str, start: int, end: int) -> bool:
        """Whether the atom is part of a date, clock time, phone number or time expression (each
        check runs only when a cheap hint for it occurs near the atom)."""
        digits = text[start].isdigit()
        near = lowered[max(0, start - 30):end + 30]
        if digits and CLOCK_OR_CODE_HINT.search(near) \
                and _overlaps(self.patterns.not_quantity, text, start, end, 20, 25):
            return True
        if digits and _phone_shaped(text, start, end) and _overlaps(self.patterns.phone, text, start, end, 30, 20):
            return True  # "call 0429 555 129", "(02) 6391 2000", "1800 123 456"
        if digits and MONTH_WORD.search(near) \
                and _overlaps(self.patterns.month_date, text, start, end, 24, 24):
            return True  # "Nov. 18", "17 October 2023", "September 18 to 24"
        return bool((TIME_WORDS.search(near) or (digits and YEAR_LIKE.search(near)))
                    and _overlaps(TIME_EXPRESSION_LOWER, lowered, start, end, 50, 30))

    def _garbled(self, text: str, lowered: str) -> list[tuple[int, int, str]]:
        """"More than% of those": a bound or scale with its number lost in translation."""
        found = [(m.start(), m.end(), text[m.start():m.end()])
                 for m in self.patterns.garbled_scale.finditer(lowered)]
        position = text.find("%")
        while position != -1:
            last = position - 1  # the last non-space character before the sign
            while last >= 0 and text[last].isspace():
                last -= 1
            if last < 0 or not text[last].isdigit():
                lost = self.patterns.garbled_percent.search(text, max(0, position - 30), position)
                if lost:
                    found.append((lost.start(), position + 1, text[lost.start():position + 1]))
            position = text.find("%", position + 1)
        return sorted(found)

    @staticmethod
    def _boundaries(doc: Doc, text: str) -> list[int]:
        """Sentence starts (and line starts: headlines have no final stop) as character offsets."""
        starts = {0, len(text)}
        if len(doc):
            # to_array, not has_annotation/doc.sents: those walk every token in Python
            offsets_and_starts = doc.to_array(["IDX", "SENT_START"])
            starts.update(offsets_and_starts[offsets_and_starts[:, 1] == 1, 0].tolist())
        starts.update(m.end() for m in NEWLINE.finditer(text))
        return sorted(starts)

    def _read(self, text: str, match: re.Match[str], bounds: list[int]) -> Figure | None:
        """One atom in context -> a Figure, or None when it is no quantity."""
        group = _atom_type(match)
        read = self._atom_value(text, match, group)
        if read is None:
            return None
        value, kind, end = read
        start = match.start() - (1 if value < 0 else 0)
        position = bisect_right(bounds, start)
        window = (bounds[position - 1], bounds[min(position, len(bounds) - 1)])
        figure = Figure(start=start, end=end, value=value, kind=kind, window=window,
                        unit={"multiple": "times", "fraction": "fraction"}.get(kind))
        if group in ("num", "words", "vulgar"):
            unit = self._extend(text, figure, match)
            if figure.kind == "duration":
                return None
            if unit is None and group == "num" and PLAIN_FRACTION.fullmatch(match.group("num")):
                figure.unit, figure.kind = "fraction", "fraction"
            if group == "num" and figure.end < len(text) and text[figure.end].isalpha():
                return None  # "06F6", "860BOX", "1Ga": a code, not a figure
        self._bound(text, figure, vague=group == "vague")
        figure.change = self._change(text, figure, window)
        if figure.change and figure.unit is None and (points := POINTS.match(text, figure.end)):
            figure.unit, figure.kind, figure.end = "percentage_point", "percent", points.end()
        return figure

    def _atom_value(self, text: str, match: re.Match[str], group: str) -> tuple[float, str, int] | None:
        """(value, kind, end) of the atom itself, or None when the atom is no figure here."""
        start, end = match.span()
        if group == "vague":
            return number_words()[" ".join(match.group().lower().split())][0], "count", end
        if group == "ratio":
            numerator, denominator = match.group("ratio_num", "ratio_den")
            top = parse_digits(numerator) if numerator[0].isdigit() else parse_words(numerator)
            base = parse_digits(denominator) if denominator[0].isdigit() else parse_words(denominator)
            if not top or not base or base >= 1000 or top >= base:  # "1 in 2005" is a date
                return None
            return round(top / base, 4), "fraction", end
        if group == "fracw":
            if self._ordinal_context(text, start, match.group("fnum")):
                return None
            value = parse_fraction_words(match.group("fnum"), match.group("fden"))
            return (value, "fraction", end) if value is not None else None
        if group == "half":
            return (0.5, "fraction", end) if self._half_is_fraction(text, start, end) else None
        if group == "multw":
            if not self._multiple_word_ok(text, match):
                return None
            return number_words()[match.group().lower()][0], "multiple", end
        if group == "vulgar":
            value = parse_fraction(match.group())
            return (value, "count", end) if value is not None else None
        if group == "num":
            value = self._digits_value(text, match)
            return (value, "count", end) if value is not None else None
        words = self._trim_words(match.group())
        value = parse_words(words) if words else None
        if value is None or words is None or self._scale_only(words):
            return None
        end = start + len(words)
        if words.lower() in ("one", "zero", "a dozen") and not self._has_unit(text, end) \
                and not self._approx_before(text, max(0, start - 40), start):
            return None  # "one is to provide training": discourse; "nearly a dozen governments" counts
        return value, "count", end

    def _bound(self, text: str, figure: Figure, *, vague: bool) -> None:
        """approx: the bound phrase before the figure ("more than"), "or more" after it, or vague."""
        found = self._approx_before(text, max(figure.window[0], figure.start - 40), figure.start)
        if found and self._approx_ok(text, found):
            figure.approx = self.approx.get(" ".join(found.group("approx").lower().split()))
            figure.start = found.start("approx")
            figure.bound_before = found.group("approx").lower()
        elif vague:
            figure.approx = "gt"  # "thousands of pupils": more than a thousand
        elif bound := self.patterns.approx_after.match(text, figure.end):
            figure.approx = self.approx_after[" ".join(bound.group("approx").lower().split())]
            figure.end = bound.end()  # "1,200-odd counties", "4,000 or so flats": part of the figure

    # -- the parts of one figure ---------------------------------------------------------------

    def _digits_value(self, text: str, match: re.Match[str]) -> float | None:
        """The value of a digit atom, or None when the digits are a year, ordinal or part of a name."""
        raw = match.group("num")
        start, end = match.span("num")
        if _digits_excluded(text, start, end):
            return None
        before = text[max(0, start - 24):start]
        label = LABEL_BEFORE.search(before)
        if label and label.group(1).lower() in self.lexicon["label"]:
            return None
        if LINE_START.search(before) and LIST_MARK.match(text, end):
            return None  # list numbering
        if "/" in raw and _fiscal_year(raw):
            return None  # "the 2024/25 financial year"
        if LEADING_ZERO.match(raw):
            return None  # "Press Release No: 087", "Release No. 0214.23": a code, not a count
        if self._glued_sign(text, start) and not _money_shaped(match):
            return None  # "P90", "P2 students": a code, not pesos
        value = parse_fraction(raw) if "/" in raw else parse_digits(raw)
        if value is None:
            return None
        if start > 0 and text[start - 1] in "-−" and start > 1 and text[start - 2] in " \t($€£¥":
            value = -value
        if match.group("scale"):
            value = apply_scale(value, match.group("scale").strip())
        elif match.group("suffix"):
            suffix = match.group("suffix")
            currency = self.patterns.unit_before.search(text, max(0, start - 6), start)
            if suffix in ("M", "B", "T") and not currency:
                return None  # "10M" without a currency may be a model name
            value = apply_scale(value, suffix)
        elif self._is_year(text, raw, start, match.end()):
            return None
        return value

    def _glued_sign(self, text: str, start: int) -> bool:
        """Whether the digits follow a letter sign read only on money-shaped figures ("P10,000")."""
        if not self.glued_signs or not text[start - 1:start].isalpha():
            return False
        found = LETTERS_BEFORE.search(text, max(0, start - 4), start)
        return found is not None and found.group() in self.glued_signs

    def _is_year(self, text: str, raw: str, start: int, end: int) -> bool:
        """A bare four-digit 1800-2099 with no unit, currency or bound is a year."""
        if not YEAR_DIGITS.fullmatch(raw):
            return False
        sign = self.patterns.unit_before.search(text, max(0, start - 6), start)
        if sign is not None and not _glued_only(sign.group()):
            return False  # "R2024" is rand; "block N 2024" is a year (a glued sign needs money digits)
        unit = self.patterns.unit_after.match(text, end)
        if unit and lookup(unit.group("unit")) and lookup(unit.group("unit")).kind != "duration":
            return False
        if not self._approx_before(text, max(0, start - 30), start):
            return True
        following = FOLLOWING_WORD.match(text[end:end + 30])
        return following is None or following.group(1) in self.stops

    def _has_unit(self, text: str, end: int) -> bool:
        unit = self.patterns.unit_after.match(text, end)
        return bool(unit and (info := lookup(unit.group("unit"))) and info.kind != "duration")

    @staticmethod
    def _scale_only(words: str) -> bool:
        """"billion" with no number before it (the "P3.94" of "P3.94 billion" not read): no figure;
        "a million" and "one million" are."""
        first = words.split(None, 1)[0].split("-")[0].lower()
        return number_words().get(first, (0.0, ""))[1] in ("scale", "hundred")

    @staticmethod
    def _trim_words(words: str) -> str | None:
        """Cut a word-number run where a join stops making one number ("nine, three" is a list)."""
        table = number_words()
        parts = WORD_JOINER.split(words)
        kept = parts[0]
        for joiner, part in zip(parts[1::2], parts[2::2], strict=True):
            last = kept.lower().split()[-1].split("-")[-1]
            role = table.get(last, (0, ""))[1]
            if role not in ("scale", "hundred") and "a half" not in part.lower():
                break
            kept += joiner + part
        return kept or None

    def _ordinal_context(self, text: str, start: int, numerator: str) -> bool:
        """"the first three quarters", "the third quarter": time, not a fraction."""
        before = text[max(0, start - 12):start].lower()
        if numerator.lower() in ("a", "an"):
            return False
        return bool(ORDINAL_BEFORE.search(before))

    def _half_is_fraction(self, text: str, start: int, end: int) -> bool:
        """"half of the funding", "half the water", "nearly half": yes; "half a year", "half the time",
        "first half", "half-day": no."""
        after = text[end:end + 20].lower()
        if HALF_OF_TIME.match(after):
            return False
        before = text[max(0, start - 30):start]
        if HALF_AFTER_ORDINAL.search(before):
            return False
        return bool(OF_AFTER.match(after) or HALF_DETERMINER.match(after)
                    or self._approx_before(before, 0, len(before)))

    @staticmethod
    def _multiple_word_ok(text: str, match: re.Match[str]) -> bool:
        """"doubled since 2020" and "double by 2030" are multiples; "double-digit", "double check" are not."""
        word = match.group().lower()
        after = text[match.end():match.end() + 12]
        if after.startswith("-"):
            return False
        if word in ("double", "triple"):
            return bool(MULTIPLE_FOLLOWER.match(after))
        return True

    def _extend(self, text: str, figure: Figure, match: re.Match[str]) -> UnitInfo | None:
        """Unit, currency and range around a number atom; sets the figure's fields."""
        unit: UnitInfo | None = None
        before = self.patterns.unit_before.search(text, max(0, figure.start - 6), figure.start)
        sign = lookup(before.group().rstrip(), before=True) if before else None
        if sign and sign.glued and (before.group()[-1].isspace() or _atom_type(match) != "num"):
            sign = None  # "Vitamin P 500": a glued-only sign apart from the figure is no currency
        if sign:
            unit = sign
            figure.start = before.start()
        elif code := self._currency_code(text, figure.start, before=True):
            unit = _currency(code, before=True)
            figure.start -= len(code) + 1
        if uncertainty := UNCERTAINTY.match(text, figure.end):
            figure.end = uncertainty.end()
        if text.startswith("-", figure.end):
            self._hyphen_bound(text, figure)
        after = self.patterns.unit_after.match(text, figure.end)
        end = figure.end
        # a range: "5-10 million", "between 20 and 30 percent", "30% and 50%"
        range_end, value_max, after = self._range(text, figure, match, after)
        if range_end:
            end = range_end
        if after and (info := lookup(after.group("unit"))) and (unit is None or info.unit == unit.unit):
            unit, end = info, after.end()  # "RMB 35,128 yuan" names its currency twice
            if (symbol := UNIT_SYMBOL.match(text, end)) and (same := lookup(symbol.group(1))) \
                    and same.unit == info.unit:
                end = symbol.end()  # "1,200 megalitres (ML)": the symbol defined, not a thing counted
        elif unit is None and (code := self._currency_code(text, end, before=False)):
            unit = _currency(code, before=False)
            end += len(code) + 1
        elif unit is None and range_end is None:
            unit = self._change_target_unit(text, figure)
        figure.end = end
        if value_max is not None:
            figure.value_max = value_max
        if unit is None:
            return None
        if unit.kind == "duration":
            figure.kind = "duration"
            return unit
        if unit.kind == "multiple" and after is not None and after.group("unit").lower() == "times" \
                and not self._compares(text, figure.start, end):
            return None  # "trained 46 times", "four or five times each summer": a count of events
        figure.value = clean_float(figure.value * unit.factor)
        if figure.value_max is not None:
            figure.value_max = clean_float(figure.value_max * unit.factor)
        figure.unit, figure.kind, figure.pint = unit.unit, unit.kind, unit.pint
        if unit.kind == "money":
            self._money_suffix(text, figure)
        return unit

    def _compares(self, text: str, start: int, end: int) -> bool:
        """Whether "N times" is a multiple: "4.6 times the level of 2021", "three times higher",
        "increased more than 2.7 times"; not "stayed there three times" or "three times a year"."""
        if self.patterns.frequency.match(text, end):
            return False
        if TIMES_COMPARED.match(text, end):
            return True
        bound = self._approx_before(text, max(0, start - 40), start)
        word = _last_word(text, bound.start("approx") if bound else start)
        return word in self.changes or word in COMPARING_VERBS

    def _hyphen_bound(self, text: str, figure: Figure) -> None:
        """"60,000-odd hectares": a bound glued to the figure, read before the unit that follows it."""
        bound = self.patterns.approx_after.match(text, figure.end)
        if bound and self.patterns.unit_after.match(text, bound.end()):
            figure.approx = self.approx_after[bound.group("approx").lower()]
            figure.end = bound.end()

    def _change_target_unit(self, text: str, figure: Figure) -> UnitInfo | None:
        """"expand the area from 14,000 to 22,000 hectares": the first figure of a change is in the
        unit of the second (so "extended from 3 to 5 years" is two durations, no figure)."""
        tail = self.patterns.range_tail.match(text, figure.end)
        if not tail or tail.group("sep") != "to" or not self.patterns.change_from.search(
                text, max(figure.window[0], figure.start - 120), figure.start):
            return None
        second = self.patterns.atom.match(text, self._skip_currency(text, tail.end()))
        if not second or _atom_type(second) not in ("num", "words") or second.group("scale") \
                or second.group("suffix"):
            return None
        unit = self.patterns.unit_after.match(text, second.end())
        return lookup(unit.group("unit")) if unit else None

    def _currency_code(self, text: str, position: int, *, before: bool) -> str | None:
        """An ISO 4217 code written next to the figure ("JPY 500", "500 JPY")."""
        if before:
            found = CODE_BEFORE.search(text[max(0, position - 4):position])
        else:
            found = CODE_AFTER.match(text[position:position + 4])
        code = found.group(1) if found else None
        return code if code in self.patterns.currency_codes else None

    def _range(self, text: str, figure: Figure, match: re.Match[str], after: re.Match[str] | None
               ) -> tuple[int | None, float | None, re.Match[str] | None]:
        """The upper end of "5-10", "5 to 10", "between 5 and 10", "two or three" (units and scale shared)."""
        position = after.end() if after else figure.end
        tail = self.patterns.range_tail.match(text, position)
        if not tail:
            return None, None, after
        sep = tail.group("sep")
        between = BETWEEN_BEFORE.search(text[max(0, figure.start - 14):figure.start])
        if sep == "and" and not between:
            return None, None, after
        if sep == "or" and (after is not None or match.group("scale") or match.group("suffix")):
            return None, None, after  # "two or three times", "5 or 6 people"; not "20% or 30 million"
        if sep == "to" and self.patterns.change_from.search(text, max(figure.window[0], figure.start - 120),
                                                            figure.start):
            return None, None, after  # "rose from 5% to 8%": two figures, not a range
        if sep == "to" and after is not None and self._change_then_level(text, figure, after):
            return None, None, after  # "rose by 392 billion euros to 12.99 trillion euros"
        second_start = self._skip_currency(text, tail.end())
        sign = 1.0
        if text[second_start:second_start + 1] in ("-", "−") and sep != "-":
            sign, second_start = -1.0, second_start + 1
        second = self.patterns.atom.match(text, second_start)
        if not second or _atom_type(second) not in ("num", "words"):
            return None, None, after
        second_unit = self.patterns.unit_after.match(text, second.end())
        first_scaled = bool(match.group("scale") or match.group("suffix"))
        if first_scaled and not (second.group("scale") or second.group("suffix")):
            return None, None, after  # "₹4,710 crore to eight States"
        if after is not None and (
                second_unit is None or lookup(second_unit.group("unit")) != lookup(after.group("unit"))):
            return None, None, after  # "grew by 4.6 percent to 272.55 million tonnes"
        if figure.start < match.start() and second_start == tail.end() and second_unit is None:
            return None, None, after  # "$5 to 10 people"
        if _atom_type(second) == "num":
            high = parse_digits(second.group("num"))
            if high is None or (self._is_year(text, second.group("num"), second.start(), second.end()) \
                    and not second.group("scale")):
                return None, None, after
            scale = second.group("scale") or second.group("suffix")
        else:
            words = self._trim_words(second.group())
            high = parse_words(words) if words else None
            scale = None
            if high is None:
                return None, None, after
        if scale:
            high = apply_scale(high, scale.strip())
            if not match.group("scale") and not match.group("suffix") and figure.value < high / 1000:
                scale_factor = apply_scale(1.0, scale.strip())
                figure.value = clean_float(figure.value * scale_factor)
        high *= sign
        if (high <= figure.value and sep in ("-", "–", "—", "or")) or high == figure.value:
            return None, None, after
        if high < figure.value:
            figure.value, high = high, figure.value
        return second.end(), high, second_unit or after

    def _change_then_level(self, text: str, figure: Figure, after: re.Match[str]) -> bool:
        """"rose by 392 billion euros to 12.99 trillion euros": the change, then the level reached,
        when the first figure writes its own unit after a verb of change and "by". Shares stay ranges
        ("grew by 3% to 5%"), as do figures sharing one unit ("fall by 5 to 10 tonnes")."""
        if _last_word(text, figure.start) != "by":
            return False
        info = lookup(after.group("unit"))
        if info is None or info.kind == "percent":
            return False
        return self.patterns.change_by.search(text, max(figure.window[0], figure.start - 60), figure.start) is not None

    def _skip_currency(self, text: str, position: int) -> int:
        found = self.patterns.currency_sign.match(text, position)
        return found.end() if found else position

    def _money_suffix(self, text: str, figure: Figure) -> None:
        """"yuan per person" / "per capita" incomes are a unit of their own."""
        if figure.unit != "CNY":
            return
        after = text[figure.end:figure.end + 20].lower()
        found = PER_PERSON_AFTER.match(after)
        before = text[figure.window[0]:figure.start].lower()
        if found or PER_CAPITA.search(before):
            figure.unit = "yuan_per_person"
            if found:
                figure.end += found.end()

    def _approx_before(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The bound phrase ending at ``end``; the regex runs only when the last word can end one
        (or is a gerund, which may follow one: "close to reaching")."""
        last = _last_word(text, end)
        if last not in self.approx_last_words and not (last.endswith("ing") and " to " in text[max(0, end - 40):end]):
            return None
        return self.patterns.approx_before.search(text, start, end)

    def _approx_ok(self, text: str, found: re.Match[str]) -> bool:
        """"extended over 3.2 lakh hectares" is a place, not a bound; "affected over 33 million
        people" and "remained below" are bounds."""
        if found.group("approx").lower() not in ("over", "under", "above", "below"):
            return True
        word = _last_word(text, found.start())
        if word in ("remained", "stayed", "kept", "dropped", "fell", "declined", "decreased", "slipped"):
            return True
        return word not in self.lexicon["spatial"]

    def _change(self, text: str, figure: Figure, window: tuple[int, int]) -> str | None:
        """"up 3.2 percent", "increased by 10 million", "reduce losses by 20 percent"."""
        lo = max(window[0], figure.start - 60)
        last = _last_word(text, figure.start)
        found = None
        if last in self.changes or last in ("by", "of"):
            found = self.patterns.change_before.search(text, lo, figure.start)
        if found is None and last == "by":
            found = self.patterns.change_by.search(text, lo, figure.start)
        if found is None:
            return None
        word = found.group("change").lower()
        if word == "up" and PHRASAL_UP.search(text, max(0, found.start() - 12), found.start()):
            return None  # "set up 86 cooperatives"
        return "up" if word in self.lexicon["up"] else "down"

    @staticmethod
    def _resolve_dollars(doc: Doc, figures: list[Figure]) -> None:
        """A bare "$" or "dollars" is the one dollar the article's places use ("$86.5 million" in an
        Australian state release is AUD, in a Hong Kong one HKD); USD when the places name no
        dollar country, several, or the US. Read once per article, and only when it has such a figure."""
        bare = [figure for figure in figures if figure.unit == "dollar"]
        if not bare:
            return
        currency = _places_dollar(doc)
        for figure in bare:
            figure.unit = currency

    # -- entities -----------------------------------------------------------------------------

    def _entities(self, doc: Doc, text: str, figures: list[Figure]) -> None:
        """What each figure counts or measures (see the rules in ``_entity``)."""
        parsed = bool(len(doc)) and bool(doc.to_array("DEP").any())
        previous: Figure | None = None
        for figure in figures:
            entity, strength = None, WEAK
            list_head = OF_THE.match(text, figure.window[0], figure.start)
            if parsed and figure.kind == "count" and not list_head:
                entity = self._entity_from_parse(doc, figure)
                strength = STRONG if entity is not None else WEAK
            if entity is None:
                entity, strength = self._entity(text, figure, previous)
            if entity is not None and self._names_nothing(entity, doc):
                entity, strength = None, WEAK
            figure.entity, figure.entity_strength = entity, strength
            previous = figure

    def _names_nothing(self, entity: str, doc: Doc) -> bool:
        """A bare adjective ("nominal") or a place the places component found ("Zhengzhou") is
        never what a figure counts."""
        if " " not in entity and entity.lower() in self.lexicon["adjective"]:
            return True
        return entity[:1].isupper() and entity in _place_names(doc)

    def _entity_from_parse(self, doc: Doc, figure: Figure) -> str | None:
        """The noun a count modifies in the parse, with its compounds ("32,688 poverty alleviation
        workshops"); the parse tells "nine concern transmission" (a verb) from a noun."""
        span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
        if span is None:
            return None
        token = span[-1]
        while token.dep_ in ("quantmod", "compound", "nummod") and token.head.pos_ == "NUM" \
                and token.head != token:
            token = token.head
        head = token.head
        if token.dep_ != "nummod" or head.pos_ not in ("NOUN", "PROPN") or head.i <= token.i:
            return None
        if head.dep_ == "poss" and head.head.i > head.i:
            head = head.head  # "300,000 farmers' cooperatives"
        while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
            head = head.head  # the count hung on a compound: "30,000 poverty alleviation workshops"
        first = head.i
        while first - 1 > token.i and doc[first - 1].dep_ in ("compound", "amod", "nmod") and \
                doc[first - 1].head.i >= first - 1:
            first -= 1
        return doc[first:head.i + 1].text

    def _entity(self, text: str, figure: Figure, previous: Figure | None) -> tuple[str | None, int]:
        """Word rules, strongest first: the noun phrase after the figure ("437,000 jobs", "30% of
        pupils"); "grants of up to £150,000"; money "in/for" a purpose; "cutting energy use by 70%";
        the list head in "Of the 14 projects, nine ..."; then weak guesses: the previous figure's
        entity in the sentence ("460 tonnes, up 8 percent") and the clause subject ("output reached")."""
        window_start, window_end = figure.window
        after = PARENTHETICAL.sub("", text[figure.end:window_end], count=1)
        before = text[window_start:figure.start]
        kind = figure.kind
        ratio = kind == "percent" and self.patterns.ratio_base.match(after)
        if not ratio and (of_np := OF_GAP.match(after)) and (entity := self._noun_phrase(after[of_np.end():])):
            return entity, STRONG
        adjectival = kind == "money" and "-" in text[figure.start:figure.end]  # "a 5-billion-yuan fund"
        noun_follows = kind in ("count", "measure") or adjectival or (
            figure.unit == "fraction" and NOT_OF_WORD.match(after)
        )
        if noun_follows and (entity := self._noun_phrase(after, allow_leading_number=False)):
            return entity, STRONG
        last = _last_word(before, len(before))
        if ratio and last != "of" and (entity := self._noun_phrase_backwards(before)):
            return entity, STRONG  # "keep deficits below 3% of GDP"
        if (
            last == "of"
            and (of_before := OF_BEFORE.search(before[-80:]))
            and (entity := self._noun_phrase_backwards(of_before.group(1)))
        ):
            return entity, STRONG
        if kind == "money":
            gap = TIME_EXPRESSION.match(after.lstrip()) or RATE.match(after.lstrip())
            rest = after.lstrip()[gap.end():] if gap else after
            if linked := PURPOSE_LINK.match(rest):
                target = rest[linked.end():]
                if not TIME_EXPRESSION.match(rest.lstrip()) and (entity := self._noun_phrase(target)):
                    return entity, STRONG
        if last in ("by", "between") and (by_before := BY_BEFORE.search(before[-80:])):
            words = by_before.group(1).split()
            if words and words[-1].lower() not in self.changes and (
                    entity := self._noun_phrase_backwards(words)):
                return entity, STRONG
        if (head := OF_THE.match(before)) and (entity := self._noun_phrase(head.group("np"))):
            return entity, STRONG
        same_sentence = previous is not None and previous.window == figure.window and previous.entity
        if same_sentence and CONNECTOR.match(text, previous.end, figure.start):
            return previous.entity, GUESS
        if same_sentence and THAT_OF.search(before) and previous.kind == kind:
            return previous.entity, GUESS
        if (container := CONTAINER_OF.search(_last_clause(before))) and (
                entity := self._noun_phrase(container.group("rest"))):
            return entity, GUESS
        since_previous = text[previous.end:figure.start] if same_sentence else before
        if same_sentence and (base := self.patterns.ratio_base.match(since_previous)):
            since_previous = since_previous[base.end():]  # "3.6% of GDP from 3.7%": GDP is no subject
            if COMPARED_WITH.search(since_previous):
                return previous.entity, GUESS  # "1.7% of GDP in the euro zone from 1.5%"
        if entity := self._subject_before(since_previous):
            return entity, GUESS
        if same_sentence:
            return previous.entity, GUESS
        if figure.bound_before and (entity := self._bounded_subject(since_previous, figure.bound_before)):
            return entity, WEAK  # weak: the same figure elsewhere in the article may say better
        return self._clause_subject(before), WEAK

    def _noun_phrase(self, text: str, *, allow_leading_number: bool = True) -> str | None:
        """The noun phrase at the start of ``text``: words up to a stop word, number or punctuation;
        "the proportion of X" gives X; "the village's 1,150 households" gives "households"."""
        words: list[str] = []
        tokens = WORD.findall(text[:160])
        index = 0
        while index < len(tokens) and tokens[index].lower() in self.leading_skips:
            index += 1
        if allow_leading_number and index < len(tokens) and tokens[index][0].isdigit():
            index += 1
        while index < len(tokens) and len(words) < 5:
            token = tokens[index]
            lower = token.lower()
            if words and words[-1].endswith(("'s", "’s")) and token[0].isdigit():
                words = []
                index += 1
                continue
            if not token[0].isalpha() or (lower in self.stops and lower != "per"):
                break
            if lower == "per" and not words:
                break
            words.append(token)
            index += 1
        while words and words[-1].lower() in self.trailing_stops:
            words.pop()
        if words and words[-1].lower() in self.lexicon["container"]:
            if index < len(tokens) and tokens[index].lower() == "of":
                return self._noun_phrase(" ".join(tokens[index + 1:]))
            if len(words) == 1 and words[0].lower() in self.lexicon["filler"]:
                return None  # "of the total": no thing named
        if not words or words[0].lower() in NOT_ENTITY:
            return None
        return " ".join(words)

    def _noun_phrase_backwards(self, text: str | list[str]) -> str | None:
        """The noun phrase ending ``text`` ("a guaranteed price" -> "guaranteed price")."""
        tokens = WORD.findall(text[-120:]) if isinstance(text, str) else text
        words: list[str] = []
        for token in reversed(tokens):
            lower = token.lower()
            if not token[0].isalpha() or lower in self.stops or len(words) == 4:
                break
            words.insert(0, token)
        while words and words[0].lower() in self.leading_verbs:
            words.pop(0)
        if not words or (len(words) == 1 and words[0].lower() in self.lexicon["filler"]):
            return None
        if words[0].lower() in NOT_ENTITY or _proper_name(words):
            return None
        return " ".join(words)

    def _is_container(self, words: list[str]) -> bool:
        """"number", "the total output": a word that names a measure of something else, not a thing."""
        return words[-1].lower() in self.lexicon["container"] and (
            len(words) == 1 or words[0].lower() in CONTAINER_MODIFIERS)

    def _has_number_word(self, words: list[str]) -> bool:
        table = number_words()
        return any(w.lower() in table or w.lower() in self.approx for w in words)

    def _bounded_subject(self, before: str, bound: str) -> str | None:
        """The noun phrase right before a bound that is a verb ("GDP topped 1.36 trillion yuan") or
        that a holding verb puts there ("keep total grain output above 650 million tonnes")."""
        tokens = WORD.findall(_mask_times(before[-200:]))
        phrase = self._collect_backwards(tokens, len(tokens))
        if phrase is None:
            return None
        words, index = phrase
        held = index > 0 and tokens[index - 1].lower() in self.lexicon["hold"]
        if not (held or VERB_BOUND.fullmatch(bound)) or words[0].lower() in NOT_ENTITY or _proper_name(words):
            return None
        return " ".join(words)

    def _subject_before(self, before: str) -> str | None:
        """The noun phrase a verb chain links to the figure: "the value of production has reached",
        "keep the county's cultivated land at"; an "X of Y" chain gives X unless X is a container."""
        tokens = WORD.findall(_mask_times(before[-200:]))
        index = len(tokens)
        linked = False
        while index > 0 and len(tokens) - index < 6:
            lower = tokens[index - 1].lower()
            if lower == "," or lower in self.stops or lower in self.lexicon["skip"] \
                    or lower in self.lexicon["predicate"]:
                linked = linked or lower not in (",", "and", "or", "but", "while")
                index -= 1
                continue
            break
        if not linked:
            return None
        phrase = self._collect_backwards(tokens, index)
        if phrase is None:
            return None
        words, index = phrase
        while index >= 2:
            link = index - 1
            if tokens[link].lower() in self.lexicon["det"] and link >= 1:
                link -= 1
            if tokens[link].lower() not in LINKS:
                break
            earlier = self._collect_backwards(tokens, link)
            if earlier is None:
                break
            if self._is_container(earlier[0]) or self._has_number_word(earlier[0]):
                break
            words, index = earlier
        if words[0].lower() in NOT_ENTITY or _proper_name(words) or (
                len(words) == 1 and words[0].lower() in self.lexicon["filler"]):
            return None
        return " ".join(words)

    def _collect_backwards(self, tokens: list[str], index: int) -> tuple[list[str], int] | None:
        """The noun phrase ending at ``tokens[index - 1]``; a trailing participle ("extended") is a verb."""
        words: list[str] = []
        if index > 0 and VERB_FORM.fullmatch(tokens[index - 1]):
            index -= 1
            while index > 0 and tokens[index - 1].lower() in self.stops:
                index -= 1
        while index > 0 and len(words) < 4:
            token = tokens[index - 1]
            if not (token[0].isalpha() or ACRONYM_TOKEN.fullmatch(token)) or token.lower() in self.stops \
                    or token.lower() in self.lexicon["skip"]:
                break
            words.insert(0, token)
            index -= 1
        return (words, index) if words else None

    def _clause_subject(self, before: str) -> str | None:
        """The subject of the clause the figure ends ("Its grain output is expected to exceed")."""
        breaks = list(CLAUSE_BREAK.finditer(before))
        candidates = [before[breaks[-1].end():]] if breaks else []
        candidates.append(before)
        for clause in candidates:
            clause = CLAUSE_OPENER.sub("", clause)
            entity = self._noun_phrase(clause, allow_leading_number=False)
            if entity and not DIGIT.search(entity) and not _proper_name(entity.split()):
                return entity
        return None

    @staticmethod
    def _propagate_entities(figures: list[Figure]) -> None:
        """A figure repeated in the article (headline and body) counts the same thing."""
        best: dict[tuple[float, str | None], str] = {}
        for figure in figures:
            if figure.entity and figure.entity_strength == STRONG:
                best.setdefault((figure.value, figure.unit), figure.entity)
        for figure in figures:
            if (not figure.entity or figure.entity_strength == WEAK) and (figure.value, figure.unit) in best:
                figure.entity = best[(figure.value, figure.unit)]

    @staticmethod
    def _propagate_bounds(text: str, figures: list[Figure]) -> None:
        """A headline rounds what the body states: its "restore 140 km of streams" is the body's
        "more than 140 kilometres", so it takes the one bound the body gives the same figure."""
        body: dict[tuple[float, str | None], set[str]] = {}
        headline: list[Figure] = []
        for figure in figures:
            if _in_headline(text, figure.window):
                if figure.approx is None:
                    headline.append(figure)
            elif figure.approx:
                body.setdefault((figure.value, figure.unit), set()).add(figure.approx)
        for figure in headline:
            found = body.get((figure.value, figure.unit), ())
            if len(found) == 1:
                figure.approx = next(iter(found))

    # -- time ---------------------------------------------------------------------------------

    @staticmethod
    def _times(text: str, lowered: str, figures: list[Figure], published: date | None) -> None:
        """Attach the nearest time expression of the figure's sentence."""
        if not figures:
            return
        by_window: dict[tuple[int, int], list[re.Match[str]]] = {}
        for figure in figures:
            lo, hi = figure.window
            if figure.window not in by_window:
                by_window[figure.window] = list(TIME_EXPRESSION_LOWER.finditer(lowered, lo, hi))
            candidates = by_window[figure.window]
            if not candidates:
                continue
            nearest = min(candidates,
                          key=lambda m: min(abs(m.start() - figure.end), abs(figure.start - m.end())))
            phrase = text[nearest.start():nearest.end()]
            start, end = resolve_time(phrase, published)
            figure.time_text, figure.time_start, figure.time_end = phrase, start, end

    # -- scrape repeats -----------------------------------------------------------------------

    def _dedupe(self, text: str, figures: list[Figure]) -> list[Figure]:
        """Drop a figure whose value, unit and entity an earlier figure has in a near-duplicate sentence."""
        kept: list[Figure] = []
        # (value, unit, entity) -> kept figures with it and their context words (read when first needed)
        same_reading: dict[tuple[float, str | None, str | None], list[tuple[Figure, list[frozenset[str]]]]] = {}
        for figure in figures:
            key = (figure.value, figure.unit, figure.entity)
            words: frozenset[str] | None = None
            duplicate = False
            for other, other_words in same_reading.get(key, ()):
                if other.window == figure.window:
                    continue
                if words is None:
                    words = _context_words(text, figure)
                if not other_words:
                    other_words.append(_context_words(text, other))
                if _similarity(words, other_words[0]) >= self.dedupe_threshold:
                    duplicate = True
                    break
            if not duplicate:
                kept.append(figure)
                if figure.value == figure.value:  # NaN equals nothing, not even itself
                    same_reading.setdefault(key, []).append((figure, []))
        return kept

    # -- output -------------------------------------------------------------------------------

    def set_annotations(self, doc: Doc, figures: list[Figure], warnings: list[tuple[int, int, str]]) -> None:
        """Write the figures to ``doc.spans`` and their readings to ``span._.pp_quantity``."""
        token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        spans = []
        for figure in figures:
            span = _covering_span(doc, token_starts, figure.start, figure.end)
            if span is None:
                continue
            si_value, si_unit = to_si(figure.value, figure.pint) if figure.kind == "measure" else (None, None)
            info: QuantityInfo = {
                "value": figure.value,
                "value_max": figure.value_max,
                "unit": figure.unit,
                "kind": figure.kind,
                "entity": figure.entity,
                "approx": figure.approx,
                "change": figure.change,
                "si_value": si_value,
                "si_unit": si_unit,
                "time_text": figure.time_text,
                "time_start": figure.time_start,
                "time_end": figure.time_end,
            }
            span._.pp_quantity = info
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if warnings:
            if self.warnings_key not in doc.spans:
                doc.spans[self.warnings_key] = []
            for start, end, found in warnings:
                span = _covering_span(doc, token_starts, start, end)
                if span is not None:
                    span._.pp_warning = {"code": "malformed_number",
                                         "message": f"garbled number {found!r}: no value extracted"}
                    doc.spans[self.warnings_key].append(span)


# Place types that name a whole country or a first-level division: seldom shared between
# countries, unlike town names ("Wellington" in New South Wales and in New Zealand).
BROAD_PLACE_TYPES = frozenset({"country", "state", "province"})


PLACE_NAMES_KEY = "pressparse_quantities.place_names"


def _place_names(doc: Doc) -> frozenset[str]:
    """The surface forms of the places found in ``doc`` (read once per document)."""
    cached = doc.user_data.get(PLACE_NAMES_KEY)
    if cached is None:
        cached = frozenset(span.text for span in doc.spans.get(PLACES, ()))
        doc.user_data[PLACE_NAMES_KEY] = cached
    return cached


def _places_dollar(doc: Doc) -> str:
    """The dollar of the article's places: the one currency the dollars of the countries and
    states it names agree on, else (when those name no dollar country) the one of all its places;
    USD when they disagree or name none (see ``QuantitiesComponent._resolve_dollars``)."""
    areas = dollar_areas()
    broad: set[str] = set()
    every: set[str] = set()
    for span in doc.spans.get(PLACES, ()):
        place = span._.pp_place or {}
        if currency := _place_dollar(place, areas):
            every.add(currency)
            if place.get("type") in BROAD_PLACE_TYPES:
                broad.add(currency)
    found = broad or every
    return found.pop() if len(found) == 1 else "USD"


def _place_dollar(place: dict, areas: DollarAreas) -> str | None:
    """The dollar a place's country uses, if it uses one."""
    country = place.get("country")
    if country == "CN":  # Hong Kong, Macao and Taiwan come filed under CN with a division code
        code = str(place.get("code") or place.get("parent_key") or "")
        if code[:2] in areas.by_cn_division and code[2:].isdigit():
            return areas.by_cn_division[code[:2]]
        return None
    return areas.by_country.get(country) if country else None


def _atom_type(match: re.Match[str]) -> str:
    """Which alternative of the atom pattern matched (its outermost group closes last, except that
    a digit atom may end in its scale or suffix group)."""
    group = match.lastgroup
    return "num" if group in ("scale", "suffix") else group


NEWLINE = re.compile(r"\n")


def _currency(code: str, *, before: bool) -> UnitInfo:
    """A unit for an ISO 4217 code the table does not list ("JPY 500")."""
    return UnitInfo(alias=code, unit=code, factor=1.0, kind="money", pint=None, before=before,
                    exact_case=True)
MONTH_WORD = re.compile(rf"\b(?=[adfjmnos]){MONTH.lower()}")  # the lookahead: first letters of the months
TIME_WORDS = re.compile(r"quarter|half|year|month")
YEAR_LIKE = re.compile(r"(?:1[89]|20)(?<!\d..)\d\d(?!\d)")  # 18xx-20xx, no digit either side; literal-led
# a character class first, so the search skips to candidate characters in C; only searched for
# whether it occurs, as "[:/+()]|\d(?:-\d|\s*[ap]\.?m|\.\d\d?\.\d)"
CLOCK_OR_CODE_HINT = re.compile(r"[:/+()\d](?:(?<=[:/+()])|(?<=\d)(?:-\d|\s*[ap]\.?m|\.\d\d?\.\d))")


ROAD_AFTER = re.compile(r"(?i)[ \t]+(?:road|route|highway|freeway|motorway|expressway)\b")
ROAD_BEFORE = re.compile(r"(?i)\b(?:on|along|via|off|onto|near|at)\s+the\s+R$")


DIGIT_GROUPS = re.compile(r"\d+[ \t]\d")


def _phone_shaped(text: str, start: int, end: int) -> bool:
    """A cheap gate before the phone regex: digits next to another digit group ("0429 555",
    "(02) 6391"), space-grouped digits ("555 129") or a leading zero ("0418222907")."""
    if DIGIT_GROUPS.match(text, start) or (text[start] == "0" and text[start + 1:start + 2].isdigit()):
        return True
    preceding = text[max(0, start - 2):start]
    return preceding[-1:] == ")" or (len(preceding) == 2 and preceding[1] in " \t" and preceding[0] in "0123456789)")


SENTENCE_END = frozenset('.!?:;"”’)')


def _in_headline(text: str, window: tuple[int, int]) -> bool:
    """A line of its own with no sentence stop at its end: a headline or title."""
    line = text[window[0]:window[1]].rstrip()
    return bool(line) and line[-1] not in SENTENCE_END and "\n" not in line


def _digits_excluded(text: str, start: int, end: int) -> bool:
    """Digits that are an ordinal ("44th", "21st-century"), the tail of a code, range or grouped
    number already passed over (COVID-19, "5-10", J1149.5+6663, m^2, the ",000" of "P10,000") or a
    road number written like rand ("R61")."""
    if ORDINAL_SUFFIX.match(text, end):
        return True
    if start > 1 and ((text[start - 1] in "-−+/^_" and text[start - 2].isalnum())
                      or (text[start - 1] == "," and text[start - 2].isdigit())):
        return True
    return text[start - 1:start] == "R" and _road_number(text, start, end)


def _glued_only(sign: str) -> bool:
    """A letter sign read as a currency only when glued to money-shaped digits ("P", "N", "Sh")."""
    info = lookup(sign.rstrip(), before=True)
    return info is not None and info.glued


def _money_shaped(match: re.Match[str]) -> bool:
    """A digit atom written as money is: with a scale ("3.94 billion"), thousands separators
    ("10,000") or cents ("1.50")."""
    raw = match.group("num")
    return bool(match.group("scale") or match.group("suffix") or MONEY_DIGITS.search(raw))


LEADING_ZERO = re.compile(r"0\d")  # "087", not "0.5" or "0"
MONEY_DIGITS = re.compile(r"\d[,\u00a0\u202f ]\d{3}|\.\d\d$")


def _fiscal_year(raw: str) -> bool:
    """"2024/25", "1999/2000": a year and the next, a financial year, not a fraction.

    >>> _fiscal_year("2024/25"), _fiscal_year("1999/2000"), _fiscal_year("2024/26"), _fiscal_year("3/4")
    (True, True, False, False)
    """
    found = FISCAL_YEAR.fullmatch(raw)
    if not found:
        return False
    first, second = int(found.group(1)), int(found.group(2))
    return second % 100 == (first + 1) % 100


def _road_number(text: str, start: int, end: int) -> bool:
    """South Africa's regional roads are R + 1-3 digits ("the R61 road", "along the R573"), which
    reads like a rand amount: a bare code followed by a road word or led by "on/along the" is a road."""
    if end - start > 3 or not text[start:end].isdigit():
        return False
    return bool(ROAD_AFTER.match(text, end) or ROAD_BEFORE.search(text, max(0, start - 16), start))


def _overlaps(pattern: re.Pattern[str], string: str, start: int, end: int, before: int, after: int) -> bool:
    """Whether a match of ``pattern`` near [start, end) overlaps it."""
    for found in pattern.finditer(string, max(0, start - before), min(len(string), end + after)):
        if found.start() < end and found.end() > start:
            return True
    return False


def _last_word(text: str, end: int) -> str:
    """The lower-cased word just before ``end`` (for cheap gates before end-anchored regexes)."""
    words = text[max(0, end - 24):end].split()
    return words[-1].lower().strip(",;:()\"“”") if words else ""


def _covering_span(doc: Doc, token_starts: list[int], start: int, end: int) -> Span | None:
    """The tokens covering characters [start, end) (``Doc.char_span`` with "expand", without its scan)."""
    first = bisect_right(token_starts, start) - 1
    last = bisect_left(token_starts, end)
    if first < 0 or last <= first:
        return None
    return Span(doc, first, last)


def _lowered(text: str) -> str:
    """``text`` in lower case with the same offsets (a few characters change length when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _mask_times(text: str) -> str:
    """``text`` with time expressions ("in the first quarter", "year on year") turned into commas."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    for pattern in (TIME_EXPRESSION_LOWER, YEAR_ON_YEAR):
        spans = [m.span() for m in pattern.finditer(lowered)]
        for start, end in reversed(spans):
            text = text[:start] + " ," + " " * (end - start - 2) + text[end:]
    return text


def _published(doc: Doc) -> date | None:
    value = doc._.pp_published
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _context_words(text: str, figure: Figure) -> frozenset[str]:
    lo, hi = figure.window
    context = text[max(lo, figure.start - 120):min(hi, figure.end + 120)].lower()
    return frozenset(CONTEXT_WORD.findall(context))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@Language.factory(
    "pressparse_quantities",
    assigns=["doc.spans"],
    default_config={"spans_key": QUANTITIES, "warnings_key": WARNINGS, "dedupe_threshold": 0.6},
)
def make_quantities(nlp: Language, name: str, spans_key: str, warnings_key: str,
                    dedupe_threshold: float) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, spans_key=spans_key, warnings_key=warnings_key,
                               dedupe_threshold=dedupe_threshold)
