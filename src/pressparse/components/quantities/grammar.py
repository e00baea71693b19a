"""The regexes and word sets every stage reads, built once per process from the data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

import pycountry

from ...normalize.dates import MONTH
from ...normalize.numbers import number_words
from ...normalize.units import unit_table
from ..words import alternation
from .tables import approx_phrases, approx_suffixes, lexicon

DAY_RANGE = r"\s*(?:-|–|to|and)\s*"  # "September 18 to 24", "18-24 May"


def _word_start(alias: str) -> str:
    """A word-start test before ``alias`` when it starts with a letter ("Rs"), none before "$US"."""
    return r"\b" if alias[0].isalnum() else ""


def _letter_sign_lookbehinds(aliases: set[str]) -> str:
    """One lookbehind per length and word-start test for the letter signs, each an alternation
    ("|(?<=\\b(?:JD|BD|Rs))"): the same positions as a lookbehind per sign, tried in a few steps
    at every digit instead of one per sign."""
    groups: dict[tuple[int, str], list[str]] = {}
    for alias in sorted(aliases):
        groups.setdefault((len(alias), _word_start(alias)), []).append(re.escape(alias))
    return "".join(rf"|(?<={start}(?:{'|'.join(group)}))" for (_, start), group in sorted(groups.items()))


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
    cardinal = alternation(cardinal_words)
    scale = alternation(by_role["scale"])
    numerator = alternation(["a", "an", *by_role["unit"], *by_role["ten"]])
    denominator = alternation(by_role["denominator"])
    digits = (
        r"\d+(?:\.\d+)?(?:[eE][-+−]?\d+\b|\s?[×x]\s?10\^?[-−]?\d+)"  # scientific
        r"|\d+\s\d+[/⁄]\d+(?!\d)"  # mixed fraction ("⁄" is the fraction slash: "1⁄32")
        r"|(?<![\d/⁄])\d+[/⁄]\d+(?![\d/⁄])"  # fraction
        r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![\d,]\d)"  # Indian grouping: "1,86,420", "12,34,56,789"
        r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
        r"|\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,]?\d)"
        # a dot between groups of three, twice or more, groups thousands ("1.587.071": a decimal has one
        # dot); before a scale word, dot groups may end in a decimal ("Shs. 1.054.6 Billions")
        r"|\d{1,3}(?:\.\d{3}){2,}(?![\d.,]?\d)"
        rf"|\d{{1,3}}(?:\.\d{{3}})+\.\d{{1,2}}(?=[\s-]?(?i:{scale})s?\b)"
        # a stray space after the decimal point before a percent ("1. 08 percent"): one figure
        r"|\d{1,3}\.[ ]\d{1,2}(?=[ ]?(?:%|(?i:per[ ]?cent)\b))"
        # "Rs 26, 440.704 million": a stray space after the comma, one number as its decimals show
        r"|(?<![\d.,])\d{1,3},\s\d{3}\.\d+(?![\d.,]?\d)"
        # decimal comma: "2,5 million", "1518,10 dollars", "2,5 and 3,5"; not "1,234", "1,2,3", "grades 1,2 and 3"
        r"|\d+,\d{1,2}(?!\d|[.,]\d|\s+(?:and|or|&)\s+\d+(?![\d,]))"
        r"|\d+(?:\.\d+)?"
        r"|(?<![\w.,])\.\d+(?![.,]?\d)"  # ".001 per cent"
    )
    units = unit_table()
    # a letter sign may be written glued to its figure ("R2.27 trillion", "Rs.498.35 crore"):
    # lookbehinds, as the sign is read later, as the figure's unit
    # ("$US12.5 million", "RM79") and ISO codes glued the same way ("USD10m": checked in scan)
    letter_signs = _letter_sign_lookbehinds(
        {u.alias for u in units if u.before and u.alias.removesuffix(".")[-1:].isalpha()})
    letter_signs += r"|(?<=\b[A-Z]{3})"
    ratio = rf"""
        \b(?P<ratio>(?P<ratio_num>\d{{1,3}}|(?i:{cardinal}))\s+(?:in|out\s+of)\s+(?:every\s+)?
            (?P<ratio_den>\d{{1,3}}(?![\d,.])|(?i:{cardinal})))\b  # "2 in 1979" is a number and a year
    """
    in_digits = rf"""
        (?:(?<![\w.]){letter_signs})(?P<num>{digits})  # "R2.27 trillion" (rand), "Rs.1,500", "P3.94 billion"
        (?:(?P<scale>(?:[\s-]?(?i:{scale})s?\b){{1,2}})|(?P<suffix>\s?(?:bn|mn|tn|cr)|k|K|m|b|M|B|T)(?![\w]))?
    """
    atom = rf"""
        {ratio}
      | \b(?P<fscale>(?i:(?:(?:{numerator})[\s-]+(?:{denominator})\s+of|half)\s+an?\s+(?:{scale})))\b  # half a million
      | \b(?P<fracw>(?P<fnum>(?i:{numerator}))[\s-]+(?P<fden>(?i:{denominator})))\b
      | \b(?P<half>(?i:half))\b
      | \b(?P<multw>(?i:{alternation(by_role["multiple"])}))\b
      | (?P<vulgar>[½⅓⅔¼¾⅕⅛])
      | {in_digits}
      | \b(?P<words>(?i:(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{cardinal})\b
            (?:(?:\s*,\s*|\s*&\s*|\s+and\s+(?!a\s+half)|[\s-]+)(?:{cardinal})\b)*(?:\s+and\s+a\s+half\b(?:\s+(?:{scale})\b)?)?))
    """
    after = [u.alias for u in units if not u.before]
    # aliases longest first, grouped behind a lookahead on their first letter (ignoring case); the
    # groups exclude each other, so the match is the flat alternation's, found without trying every alias
    by_first: dict[str, list[str]] = {}
    for alias in sorted(set(after), key=len, reverse=True):
        exact = all(u.exact_case for u in units if u.alias == alias and not u.before)
        body = re.escape(alias).replace(r"\ ", r"[\s-]+")  # "a 2,600-square-meter boiler house"
        if all(u.attached for u in units if u.alias == alias and not u.before):
            body = rf"(?<=\d){body}"  # "7.5in", "154g": against the digits only
        by_first.setdefault(alias[0].lower() if alias[0].isascii() else "", []).append(
            body if exact else f"(?i:{body})")
    unit_alts = "|".join(f"(?=(?i:{re.escape(first)}))(?:{'|'.join(group)})" if first else f"(?:{'|'.join(group)})"
                         for first, group in by_first.items())
    unit_after = re.compile(
        r"(?P<gap>\s*-?\s?)(?P<adj>(?:consecutive|straight|successive|full|calendar|working)\s+)?"
        rf"(?P<unit>{unit_alts})(?![A-Za-z0-9²])"
        r"(?![-\s]+(?:on|over)[-\s]+(?i:(?P=unit))\b)"  # "rose 231,000 year-over-year": a comparison, no unit
    )
    before = alternation([u.alias for u in units if u.before])
    approx = alternation(list(approx_phrases()))
    # words a number atom can start with, for the fast candidate scan (on lower-cased text)
    starters = alternation(sorted({phrase.split()[0] for phrase in table}))
    article_led = alternation(by_role["hundred"] + by_role["scale"] + by_role["denominator"])
    changes = alternation(sorted(lexicon()["up"] | lexicon()["down"]))
    return Patterns(
        atom=re.compile(atom, re.VERBOSE),
        # the atom's only alternatives that can start at a digit (the others start with a letter or
        # a vulgar fraction), in the same order: the same match, without trying the word alternatives
        atom_at_digit=re.compile(f"{ratio} | {in_digits}", re.VERBOSE),
        unit_after=unit_after,
        unit_before=re.compile(rf"(?<![A-Za-z])(?:{before})\s?$"),  # "R2.27 trillion", not "FOR 5"
        # a gerund may follow a phrase ending in "to": "roughly equal to taking 2 million cars off the road"
        approx_before=re.compile(rf"(?i)(?<![\w-])(?P<approx>{approx})(?:(?<=\bto)\s+[a-z]+ing)?\s*$"),
        approx_after=re.compile(rf"(?i)(?:(?=-)|\s+)(?P<approx>{alternation(list(approx_suffixes()))})\b"),
        change_before=re.compile(rf"(?i)\b(?P<change>{changes})(?:\s+(?:by|of))?\s*$"),
        change_by=re.compile(rf"(?i)\b(?P<change>{changes})\b(?P<middle>(?:\s+[\w'’-]+){{0,5}}?)\s+by\s*$"),
        range_tail=re.compile(r"\s*(?P<sep>-\s*to|-|–|—|to|and|(?<=\s)or(?=\s))\s*"),
        # "four or five times each summer", "three times a year": how often, not a multiple
        frequency=re.compile(rf"(?i)\s+(?:a|an|per|each|every)\s+(?:{alternation(sorted(lexicon()['period']))})s?\b"
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
            rf"(?i)\s+of\s+(?:(?:the|its|their)\s+)?(?:[\w-]+['’]s\s+)?(?:{alternation(sorted(lexicon()['ratio_base']))})\b"
        ),
        month_date=re.compile(
            rf"(?:{MONTH})\s+\d{{1,2}}(?:{DAY_RANGE}\d{{1,2}})?\b(?:,\s*\d{{4}})?"
            rf"|\b\d{{1,2}}(?:{DAY_RANGE}\d{{1,2}})?\s+(?i:{MONTH})(?:\s+\d{{4}})?\b"
        ),
        # a sign before the second figure of a range ("HK$1,600 to HK$4,900", "N10,000 to N15,000")
        currency_sign=re.compile(rf"(?:{before})\s?(?=\d)"),
        # "rose from 5% to 8%", "expand the area ... from 14,000 to 22,000 hectares": two figures
        change_from=re.compile(
            rf"(?i)\b(?:{alternation(sorted(lexicon()['from_verb']))})\s+(?:[\w'-]+\s+){{0,10}}from\s+(?:\S+\s?)?$"
        ),
        currency_codes=frozenset(c.alpha_3 for c in pycountry.currencies),
    )




def atom_type(match: re.Match[str]) -> str:
    """Which alternative of the atom pattern matched (its outermost group closes last, except that
    a digit atom may end in its scale or suffix group)."""
    group = match.lastgroup
    return "num" if group in ("scale", "suffix") else group


@dataclass(frozen=True)
class Rules:
    """The compiled patterns and the word sets derived from the lexicon, shared by every stage."""

    patterns: Patterns
    lexicon: dict[str, frozenset[str]]
    approx: dict[str, str]  # bound phrase before a figure -> approx code
    approx_after: dict[str, str]  # bound phrase after a figure -> approx code
    glued_signs: frozenset[str]  # letter signs read as money only when glued to money-shaped digits
    approx_last_words: frozenset[str]
    changes: frozenset[str]
    stops: frozenset[str]
    leading_skips: frozenset[str]
    trailing_stops: frozenset[str]
    leading_verbs: frozenset[str]


@cache
def rules() -> Rules:
    """The one ``Rules`` of the process."""
    words = lexicon()
    approx = approx_phrases()
    changes = words["up"] | words["down"]
    stops = words["stop"] | words["det"] | changes
    return Rules(
        patterns=patterns(),
        lexicon=words,
        approx=approx,
        approx_after=approx_suffixes(),
        glued_signs=frozenset(info.alias for info in unit_table() if info.glued),
        approx_last_words=frozenset(phrase.split()[-1] for phrase in approx),
        changes=changes,
        stops=stops,
        leading_skips=words["det"] | words["skip"],
        trailing_stops=stops | {"per"},
        leading_verbs=words["skip"] | changes,
    )
