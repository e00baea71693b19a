"""The ``pressparse_people`` component: named people, their titles, agencies and roles.

Names come from rules run as regexes over the text (one pass each) plus, in full mode, the
statistical NER's PERSON entities:

- Chinese names in pinyin: a known surname + a given name of one or two pinyin syllables
  ("Ou Qingping"), see ``normalize.names``;
- titled names: "Vice Minister Li Zhong", "Secretary of State for Education Jonathan Hartley",
  "the Union Minister of Agriculture, Shri Harish Chandra Patil";
- appositions: "Li Zhong, Vice Minister of Human Resources and Social Security";
- credits and speech: "Photo by reporter X of the Xinhua News Agency", "(Xinhua/Li Ming)",
  "Editor in charge: X", "said Tom Brandt".

Places and agencies found before this component are never people. Later short mentions ("Mr. Liu",
"Ou", "Shri Patil") resolve to the full name, which is every mention's ``key``.
"""

from __future__ import annotations

import importlib
import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..data import read_lines, read_tsv, read_word_classes
from ..normalize.names import first_names, fold, is_given_name, is_honorific, strip_honorific, surnames
from .places import gazetteer

UPPER = r"A-ZÀ-ÖØ-Þ"
LOWER = r"a-zß-öø-ÿ"
# One word of a Western name: "Hartley", "O'Neil", "Jean-Luc", an initial "J.".
# A possessive "'s" is no part of a name ("Mao Ning's briefing"); "O'Brien", "D'Souza" are.
_PARTICLES = read_word_classes("name_particles.tsv", "kind")
# "McDonald", "DiNapoli": a surname prefix glued before a second capital.
_GLUED = (
    "(?:" + "|".join(sorted(map(re.escape, _PARTICLES["prefix"]), key=len, reverse=True)) + rf")(?=[{UPPER}][{LOWER}])"
)
NAME_WORD = rf"(?:{_GLUED})?(?:[{UPPER}][{LOWER}]+(?:[-'’](?!s\b)[{UPPER}]?[{LOWER}]+)*|[{UPPER}]\.)"
# Between two words of a name: a space, or lower-case particles ("van der Berg", "de la Cruz").
_INNER_HONORIFICS = "|".join(sorted(map(re.escape, _PARTICLES["honorific"]), key=len, reverse=True))
NAME_GAP = (r"[ \u00a0](?:(?:" + "|".join(sorted(map(re.escape, _PARTICLES["particle"]), key=len, reverse=True))
            + rf"|{_INNER_HONORIFICS})[ ](?=[{UPPER}]))?")
INNER_HONORIFIC = re.compile(rf"(?<=[ \u00a0])(?:{_INNER_HONORIFICS})[ ](?=[{UPPER}])")
# "Mr. ", "Smt. ", "Shri ": the honorifics of data/honorifics.txt, capitalized.
HONORIFIC = "(?:(?:" + "|".join(re.escape(h.title()) for h in read_lines("honorifics.txt")) + r")\.?\s+)"
# The words of a name are one space apart: "Huang Wei    Editor: Li Qian" is two credits.
WESTERN_NAME = rf"{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{1,3}}"
# Words that end a name when they follow it: "Jonathan Hartley MP".
NAME_SUFFIXES = {"MP", "MEP", "MLA", "Jr", "Jr.", "Sr", "Sr."}
NAME_SUFFIX_AFTER = re.compile(r"[ \u00a0]+(?:MP|MEP|MLA|[JS]r\b\.?)(?![\w-])")
# Words that make a capitalized sequence something other than a person.
NOT_NAME_WORDS = frozenset(read_lines("name_stopwords.txt"))
SPEECH_VERBS = (
    r"(?:said|says|added|adds|noted|notes|stated|states|told|explained|stressed|emphasized|"
    r"emphasised|announced|presented|pointed out|introduced|informed|revealed|remarked|"
    r"highlighted|urged|warned|asked)"
)
SPEECH_VERB_RE = re.compile(rf"\b{SPEECH_VERBS}\b")
SPEECH_AFTER = re.compile(rf"\s+(?:also\s+)?{SPEECH_VERBS}\b|['’]s\b")
# Characters ``re``'s case-insensitive matching equates with ASCII letters besides their two cases
# ("ſ" = "s", the Kelvin sign = "k"): a text holding one is not prefiltered in lower case.
CASE_TRAPS = "\u0130\u0131\u017f\u212a"
# Words that open a photo credit, a job credit or a speech tag (the first words of the patterns'
# case-insensitive openings), for one scan of the lower-cased text with the titles' first words.
PHOTO_WORDS = ("photo", "picture", "video")
CREDIT_WORDS = ("responsible", "editor", "reporter", "photographer", "correspondent")
SPEECH_WORDS = (
    "said", "says", "added", "adds", "noted", "notes", "stated", "states", "told", "explained", "stressed",
    "emphasized", "emphasised", "announced", "presented", "pointed", "introduced", "informed", "revealed",
    "remarked", "highlighted", "urged", "warned", "asked", "according",
)
NEWLINE = re.compile("\n")
# One character of a word as the name patterns delimit it: "O'Neil", "Jean-Luc".
WORDISH = re.compile(r"[\w'’-]")
NAME_WORD_AFTER = re.compile(rf"\s+[{UPPER}][{LOWER}]")
HONORIFIC_FORMS = tuple(h.title() for h in read_lines("honorifics.txt"))
WORD_RUN = re.compile(r"\S+")
THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
CAPITALIZED_WORD = re.compile(rf"(?<![\w'’.-])[{UPPER}][{LOWER}]+")
OF_BODY_AFTER = re.compile(rf"\s+(?:of|at)\s+(?:the\s+)?[{UPPER}]")
LOWER_AFTER = re.compile(r"\s+[a-z]")
PLURAL_OR_OUR = re.compile(r"^our |s$")
PREFIX_WORDS = re.compile(r"(?:[A-Z][\w.&'’-]*\s+|\d+\s+){1,4}$")
TITLE_SPLIT = re.compile(r"\s+(?:of|for|to|at)\s+|\s*,\s*")
LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
GUESS_SPLIT = re.compile(r"\s+(?:of|for|to)\s+(?:the\s+)?")
CAPITALIZED_BEFORE = re.compile(rf"[{UPPER}][{LOWER}]*\s$")
SPEECH_BEFORE = re.compile(r"(?:according\s+to|said)\s+$")
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\n]\s*)$")
UPPER_CHARS = frozenset(re.findall(rf"[{UPPER}]", "".join(map(chr, range(0x100)))))
LOWER_CHARS = frozenset(re.findall(rf"[{LOWER}]", "".join(map(chr, range(0x100)))))
# Read backwards from an apposition's comma: the characters "Mr. Li Zhong " may be written with.
NAME_RUN_BACKWARDS = re.compile(rf"[{UPPER}{LOWER}\-'’.\s\u00a0{re.escape(''.join(read_lines('honorifics.txt')))}]*")
# What may open a name or an honorific: "Li", "Mr.", "Shri".
NAME_OPENING = re.compile(rf"[{UPPER}{''.join(sorted({h[0].upper() for h in read_lines('honorifics.txt')}))}]")
# What makes a line a contact line: a phone or an e-mail address.
CONTACT_MARKS = ("@", "Tel")
# "Amina Saide, 24, walked": an age in commas after a name.
AGE_AFTER = re.compile(r",[ ]\d{1,3},")
# ", I.A.S." right before an apposition's comma: the name's comma is the one before the letters.
POST_NOMINAL_BEFORE = re.compile(rf",\s*(?:[{UPPER}]\.){{2,}}$")
LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near)\s+$")
PLACE_TYPE_AFTER = re.compile(
    r"\s+(?:City|County|Province|District|Town|Township|Village|Prefecture|Region|Road|Street|"
    r"River|Lake|Mountains?|Bridge|Farm|Temple|Park|Dynasty|University|College|School)\b"
    # "the Tengger and Badain Jaran deserts": a plural type word shared by coordinated names
    r"|\s+(?:deserts|mountains|rivers|lakes|counties|districts|villages|towns|provinces|cities)\b"
    # "Honghe Hani and Yi Autonomous Prefecture": ethnic names before "Autonomous".
    rf"|(?:,?\s+(?:and\s+)?[{UPPER}][{LOWER}]+){{0,3}}\s+Autonomous\b"
)


@dataclass
class Candidate:
    """A name found by one rule, with what that rule learned about the person."""

    start: int
    end: int
    name: str
    rule: str
    title: str | None = None
    # The post alone ("Vice Minister"), when ``title`` also states the body ("Vice Minister of
    # Human Resources and Social Security"): the record keeps the post once the body is linked.
    post: str | None = None
    role: str | None = None
    agency_key: str | None = None
    # Character ranges where the stated agency may be written (complement or prefix of the title).
    agency_windows: list[tuple[int, int]] = field(default_factory=list)
    body: str | None = None
    # A word before the title that names its field: "Education Secretary".
    portfolio: str | None = None


class _Ranges:
    """Character ranges answering "does one overlap start-end?" by bisection, not a scan."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [start for start, _ in ordered]
        self.reach = list(accumulate((end for _, end in ordered), max))  # furthest end so far

    def overlap(self, start: int, end: int) -> bool:
        before = bisect_left(self.starts, end)  # the ranges starting before ``end``
        return before > 0 and self.reach[before - 1] > start


class _Agency(NamedTuple):
    """An agency span read once per document: its characters and its ``pp_agency``."""

    start: int
    end: int
    info: dict[str, Any]


@dataclass
class _Openings:
    """Where the patterns that open with a word or a line may start: the lists are found by one
    scan of the lower-cased text and split by the word that opens there."""

    titles: list[int]  # a title or a title modifier ("vice", "minister")
    photos: list[int]  # "photo", "picture", "video"
    credits: list[int]  # "editor", "reporter", ...
    speech: list[int]  # "said", ..., "according"
    lines: list[int]  # the start of every line


def _scan(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterable[re.Match[str]]:
    """``pattern.finditer(text)``, trying only ``starts`` when they are known."""
    return pattern.finditer(text) if starts is None else _finditer_at(pattern, text, starts)


def _finditer_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that cannot match except at ``starts``. ``re``
    tries a pattern at every position, which is slow for one opening with a lookbehind or a
    case-insensitive word; trying only the positions a cheap scan found gives the same matches."""
    end = 0
    for start in sorted(set(starts)):
        if start >= end and (m := pattern.match(text, start)) is not None:
            end = m.end()
            yield m


def _lowered(text: str) -> str | None:
    """``text.lower()``, position for position, when a case-insensitive ASCII word matches in
    ``text`` exactly where its lower-case form occurs in it; else None."""
    lower = text.lower()
    return lower if len(lower) == len(text) and not any(trap in text for trap in CASE_TRAPS) else None


def _portfolio_start(text: str, title_start: int) -> int | None:
    """Start of a "[Upper][lower]+ " word right before a title ("Education Secretary")."""
    end = title_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and text[start - 1] in LOWER_CHARS:
        start -= 1
    if start < end < title_start and start > 0 and text[start - 1] in UPPER_CHARS:
        return start - 1
    return None


def _surname_mentions(text: str, surnames_found: Iterable[str]) -> list[tuple[int, int, str, bool]]:
    r"""``(start, end, surname, honored)`` of each "[honorific] surname" standing as a word and not
    before another name word: what ``(?<![\w'’-])(?:HONORIFIC)?(?:surnames)(?![\w'’-])(?!\s+Name)``
    finds, left to right without overlaps. ``str.find`` per surname replaces a pattern compiled
    for each article's set of surnames (~1 ms each) and tried at every position."""
    found: list[tuple[int, int, int, str, bool]] = []
    for surname in surnames_found:
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if not WORDISH.match(text, end) and not NAME_WORD_AFTER.match(text, end):
                if not (at and WORDISH.match(text, at - 1)):
                    found.append((at, -at, -end, surname, False))
                found += ((start, -at, -end, surname, True) for start in _honorific_starts(text, at))
            at = text.find(surname, at + 1)
    # At one start the pattern prefers the honorific, then the longest surname.
    mentions = []
    reached = 0
    for start, _, negative_end, surname, honored in sorted(found):
        if start >= reached:
            mentions.append((start, -negative_end, surname, honored))
            reached = -negative_end
    return mentions


def _honorific_starts(text: str, name_start: int) -> list[int]:
    """Starts of the "Mr. ", "Rt Hon " (HONORIFIC) that end at ``name_start``, each a word start."""
    end = name_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == name_start:
        return []
    starts = []
    for form_end in (end, end - 1) if text[end - 1] == "." else (end,):
        for form in HONORIFIC_FORMS:
            start = form_end - len(form)
            if text.endswith(form, 0, form_end) and not (start and WORDISH.match(text, start - 1)):
                starts.append(start)
    return starts


def _occurrences(text: str, needles: Iterable[str]) -> Iterator[int]:
    """Every position where one of ``needles`` occurs (``str.find``: cheaper than a regex scan)."""
    for needle in needles:
        at = text.find(needle)
        while at >= 0:
            yield at
            at = text.find(needle, at + 1)


def _alternation(words: Iterable[str]) -> str:
    """A regex matching any of ``words``, longest first, written as a trie ("Li(?:ang|u)?")
    because ``re`` tries plain alternatives one by one at every position."""
    trie: dict[str, Any] = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


def _render(node: dict[str, Any]) -> str:
    ends = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@lru_cache(maxsize=4096)
def _agency_form_key(form: str) -> str:
    """An agency name folded for comparison, without a leading "the": the same few agencies
    recur from article to article, so the folding is kept."""
    return fold(LEADING_THE.sub("", form))


def _titles() -> dict[str, dict[str, str]]:
    return {row["title"].lower(): row for row in read_tsv("titles.tsv")}


def _agency_resolver() -> Callable[[str], dict[str, Any] | None] | None:
    """``pressparse.components.agencies.resolve_agency`` when that module offers it."""
    module = importlib.import_module("pressparse.components.agencies")
    resolver = getattr(module, "resolve_agency", None)
    return resolver if callable(resolver) else None


class PeopleComponent:
    """Find people and annotate them as ``doc.spans["pressparse_people"]`` with ``pp_person``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True, resolve_short_mentions: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.resolve_short_mentions = resolve_short_mentions
        self.titles = _titles()
        self.modifiers = frozenset(read_lines("title_modifiers.txt"))
        labels = read_tsv("credit_labels.tsv")
        self.credit_titles = {row["label"]: row["title"] for row in labels}
        self.credit_words = (*CREDIT_WORDS, *{row["label"].split()[0] for row in labels})
        modifiers = _alternation(self.modifiers)
        title_core = _alternation(self.titles)
        # "Vice Minister", "Deputy Director-General", "Union Minister", "Education Secretary".
        self.title_re = rf"(?:(?:{modifiers})[\s-]+)*(?:{title_core})"
        # "Gov." -> "Governor": an abbreviation is recorded as the title it stands for.
        full = {title: row["full"] for title, row in self.titles.items() if row.get("full")}
        self.abbreviation_re = re.compile(rf"(?<![\w.])(?i:{_alternation(full)})(?![\w])")
        self.full_titles = full
        # The first word of every title and modifier, to find where a title may start in the
        # lower-cased text before trying the patterns that need one there.
        # Every match of the patterns tried only where one of these words starts (a word of word
        # characters only, so that no hit can hide the start of another).
        title_words = tuple({re.match(r"\w+", word)[0] for word in [*self.titles, *self.modifiers]})
        groups = {"titles": title_words, "photos": PHOTO_WORDS, "credits": self.credit_words, "speech": SPEECH_WORDS}
        openings = {word for words in groups.values() for word in words}
        self.opening_re = re.compile(rf"(?<!\w)(?:{_alternation(openings)})")
        # The pattern finds the longest opening word at a position, which starts with every shorter
        # one found there: the groups of a position are those of a word starting the found one.
        self.opening_groups = {
            word: tuple(name for name, words in groups.items() if word.startswith(words)) for word in openings
        }
        self.surname_re = re.compile(rf"(?:{_alternation(surnames())})(?=\s+[{UPPER}])")
        # A second post after the body: "deputy secretary of the county Party committee and
        # county magistrate" -> "deputy secretary, county magistrate".
        self.second_post_re = re.compile(rf"\s+and\s+(?P<post>(?:[a-z]+\s+)?(?i:{self.title_re}))\s*$")
        # Chinese names in pinyin ("Li Zhong", "Shi Yu-zhu") are Western-shaped too.
        person = WESTERN_NAME
        self.chinese_re = re.compile(
            rf"(?<![\w'’.-])(?P<sur>{_alternation(surnames())})"
            rf"\s+(?P<given>[{UPPER}][{LOWER}]+(?:-[{LOWER}]+)?)(?![\w'’-])"
        )
        # Title before the name: "Vice Minister Li Zhong", "Minister for School Standards Priya
        # Mistry", "the Union Minister of Agriculture and Farmers Welfare, Shri Harish Patil". The
        # capitalized run after the title holds the complement and the name; ``_titled`` splits it.
        cap = rf"[{UPPER}][\w&'’-]*(?:\.\w+)*"
        comp_words = rf"(?:\s+(?:(?:and|of|for|the|&)\s+)*{cap})*"
        self.titled_re = re.compile(
            rf"(?<![\w-])(?P<portfolio>[{UPPER}][{LOWER}]+\s+)?(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))"
            rf"(?P<comp>(?:\s+(?:of|for|to|at)\s+(?:the\s+)?"
            # "The Cabinet Secretary, Ministry of Agriculture and Livestock Development Mutahi Kagwe"
            rf"|,\s+(?:the\s+)?(?=(?:Ministry|Department|State\s+Department)\s+(?:of|for)\s)){cap}{comp_words}"
            # a portfolio list: "for Employment, Workforce, Skills, Small and Family Business"
            rf"(?:(?:,\s+{cap}(?:\s+{cap})*)+,?\s+(?:and|&)\s+{cap}{comp_words})?)?"
            rf"(?P<sep>,\s+|\s+)(?P<hon>{HONORIFIC})?(?P<name>{NAME_WORD}(?:{NAME_GAP}{NAME_WORD}){{0,3}})"
            rf"(?![\w-]|['’](?!s\b))"  # "Mao Ning's briefing"
        )
        # Apposition: "Li Zhong, Vice Minister of ...", "Chen Sihan, a reporter for Xinhua News
        # Agency", "Marcus Leland, EPA Region 7 Administrator", "Meenakshi Raghavan, Secretary,
        # Department of Agriculture".
        # What stands between the comma and the title: an article and up to four prefix words.
        gap = r"\s+(?:(?:a|an|the)\s+)?"
        prefix_word = rf"(?:[{UPPER}][\w&.'’-]*\s+|\d+\s+)"  # "EPA Region 7", "Hon'ble"
        # Post-nominal letters between the name and its title: "A. Revathi, I.A.S., District Collector".
        post_nominal = rf"(?:,\s*(?:[{UPPER}]\.){{2,}})?"
        self.apposition_re = re.compile(
            rf"(?P<hon>{HONORIFIC})?(?P<name>{person}){post_nominal}\s*,{gap}"
            rf"(?P<prefix>{prefix_word}{{0,4}}?)(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))"
            rf"(?P<comp>(?:\s+(?:of|for|to|at|in)\s+|,\s+)(?:the\s+)?[^,.;:()\"“”\n]{{0,120}})?",
        )
        self.apposition_gap_re = re.compile(rf"{gap}{prefix_word}{{0,4}}")
        credit_name = rf"(?P<name>{person})"
        byline_jobs = "writers?|reporters?|correspondents?|photographers?"
        colon_labels = _alternation(row["label"] for row in labels if row["form"] == "colon")
        by_labels = _alternation(row["label"] for row in labels if row["form"] == "by")
        # The names after the first of a credit: "Correspondent: Huang Wei  Li Na" (two spaces
        # apart, no label after), "Reporting by A in Luxembourg and B in Brussels".
        spaced_next = re.compile(rf"[ \u00a0]{{2,}}{credit_name}(?![\w'’-])(?![ \t]*[:：])")
        listed_next = re.compile(
            rf"(?:\s+in\s+{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})?(?:,\s+(?:and\s+)?|\s+and\s+){credit_name}(?![\w'’-])"
        )
        # (pattern, title when it states none, pattern of the further names sharing its label)
        self.credit_res: list[tuple[re.Pattern[str], str, re.Pattern[str] | None]] = [
            # "Photo by reporter Chen Sihan of the Xinhua News Agency", "Photo by Shi Yuzhu
            # (People's Vision)", "(Photo by Yang Wenbin/Xinhua)".
            (re.compile(
                rf"\b(?i:Photos?|Pictures?|Video)\s+(?:taken\s+)?by\s+"
                rf"(?:(?P<title>(?i:reporter|photographer|correspondent|our\s+reporter))\s+)?{credit_name}"
                rf"(?P<comp>\s+of\s+(?:the\s+)?[^,.;()\n]{{2,60}}|\s*\([^()\n]{{2,60}}\)|/[^()\n]{{2,40}})?"
            ), "photographer", None),
            # "(Reporter Kong Dechen)", "(Xinhua reporter Li Ming)", "(Xinhua reporters Zhu Xiang and Li
            # Jiahui contributed to this story.)".
            (re.compile(
                rf"\((?P<comp>[^()\n]{{0,30}}?)\s*(?P<title>(?i:reporters?|correspondents?|photographers?))"
                rf"\s+{credit_name}(?=\s*\)|,?\s+and\s|\s+contributed\b)"
            ), "reporter", listed_next),
            # "Editor in charge: Li Ang", "Source: Xinhua | Editor: Liu Yang".
            (re.compile(
                rf"(?P<title>\b(?i:(?:responsible\s+)?(?:editor|reporter|photographer|correspondent)s?"
                rf"(?:\s+in\s+charge)?|{colon_labels}))\s*[:：]\s*{credit_name}"
            ), "editor", spaced_next),
            # A byline on its own line: "By Li Yan".
            # "by Xinhua writers Gao Han, Mayire Abdukerim": the outlet, the job, then the names.
            (re.compile(
                rf"^[ \t]*[Bb]y\s+(?:(?P<comp>[{UPPER}][\w]+)\s+(?=(?i:{byline_jobs})\s))?"
                rf"(?:(?P<title>(?i:{byline_jobs}))\s+)?{credit_name}(?=[ \t]*(?:,|and\b|$))",
                re.MULTILINE,
            ), "reporter", listed_next),
            # "(Xinhua/Li Ming)".
            (re.compile(rf"\((?P<comp>[{UPPER}][\w ]{{1,30}}?)\s*/\s*{credit_name}\s*\)"), "photographer", None),
            # "(Reporting by Anna Berg in Oslo; Editing by Tom Hale)".
            (re.compile(rf"\b(?P<title>(?i:{by_labels}))\s+by\s+{credit_name}"), "reporter", listed_next),
        ]
        # A signature: a line holding only a name, then a line opening with a title.
        self.signature_re = re.compile(
            rf"^[ \t]*(?P<name>{person})[ \t]*\n[ \t]*(?P<title>(?i:{self.title_re}))(?:\b|(?<=\.))(?P<comp>[^\n]*)",
            re.MULTILINE,
        )
        # A contact line: "Sara Mutemba, Communication Specialist, UNICEF Mozambique, Tel: +258 ...".
        self.contact_re = re.compile(
            rf"^[ \t]*(?P<hon>{HONORIFIC})?(?P<name>{person}),[^\n]*?(?:\bTel\b|@)[^\n]*",
            re.MULTILINE,
        )
        self.name_end_re = re.compile(rf"(?<![\w'’.-])(?P<name>{person})$")
        # A run of name-shaped words, for names opened by a known given name.
        self.first_names = first_names()
        self.name_run_re = re.compile(rf"(?<![\w'’.-]){NAME_WORD}(?:{NAME_GAP}{NAME_WORD})+(?![\w-])")
        # the capitalized words right before a position, one space apart
        self.run_before_re = re.compile(rf"(?<![\w'’.-])(?:{NAME_WORD}[ \u00a0])+\Z")
        # "11-month-old Rashid", "the 34-year-old Maria Lopes": an age before a (given) name.
        self.aged_re = re.compile(
            rf"\b\d{{1,3}}-(?:year|month|week)-old\s+(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{0,2}})"
            rf"(?=\s*[,;:)]|\s+(?:was|is|who|has|had|said|says)\b)"  # not "the 46-year-old Uygur farmer"
        )
        self.name_before_re = re.compile(rf"(?<![\w'’-])(?P<hon>{HONORIFIC})?(?P<name>{person})\s+$")
        # "said Tom Brandt", "according to Ou Qingping".
        self.speech_res = [
            re.compile(rf"\b(?:{SPEECH_VERBS}|according\s+to)\s+(?P<hon>{HONORIFIC})?(?P<name>{person})(?![\w'’-])"),
            # A press-conference speaker label opening a paragraph: "Liu Yongfu:".
            # A heading ("Quick Facts:", "Learn More:") ends its line at the colon.
            re.compile(rf"^[ \t]*(?P<hon>{HONORIFIC})?(?P<name>{person})[ \t]*[:：](?![ \t]*$)", re.MULTILINE),
        ]

    # -- pipeline -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        text = ext.doc_text(doc)
        # The place and agency spans, read once: each Span object costs a few Token objects.
        agencies = [_Agency(s.start_char, s.end_char, ext.span_value(doc, "pp_agency", s))
                    for s in doc.spans.get(ext.AGENCIES, [])]
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get(ext.PLACES, [])]
        blocked += [(agency.start, agency.end) for agency in agencies]
        candidates = self.match(doc, text, blocked)
        people = self.resolve(text, candidates, blocked, [a for a in agencies if a.info])
        self.set_annotations(doc, people)
        return doc

    def match(self, doc: Doc, text: str, blocked: list[tuple[int, int]]) -> list[Candidate]:
        openings = self._openings(text)
        found = [
            *self._credits(text, openings),
            *self._titled(text, openings),
            *self._appositions(text, openings),
            *self._chinese(text),
            *self._speakers(text, openings),
            *self._described(text, openings),
            *self._first_named(text),
            *self._ner(doc, text),
        ]
        ranges = _Ranges(blocked)
        return [c for c in found if self._is_plausible(c, ranges)]

    def _openings(self, text: str) -> _Openings | None:
        """Where the patterns that need an opening word or a line start may match; None when the
        lower-cased text cannot tell (then every pattern is tried at every position)."""
        lower = _lowered(text)
        if lower is None:
            return None
        starts: dict[str, list[int]] = {"titles": [], "photos": [], "credits": [], "speech": []}
        for m in self.opening_re.finditer(lower):
            for group in self.opening_groups[m.group()]:
                starts[group].append(m.start())
        return _Openings(**starts, lines=[0, *(m.end() for m in NEWLINE.finditer(text))])

    # -- rules ----------------------------------------------------------------------------------

    def _chinese(self, text: str) -> Iterable[Candidate]:
        for m in _finditer_at(self.chinese_re, text, (s.start() for s in self.surname_re.finditer(text))):
            if not is_given_name(m["given"]) or PLACE_TYPE_AFTER.match(text, m.end()):
                continue
            yield Candidate(m.start(), m.end(), f"{m['sur']} {m['given']}", "chinese")

    def _titled(self, text: str, openings: _Openings | None) -> Iterable[Candidate]:
        if openings is None:
            matches: Iterable[re.Match[str]] = self.titled_re.finditer(text)
        else:
            portfolios = (_portfolio_start(text, start) for start in openings.titles)
            matches = _finditer_at(self.titled_re, text, [*openings.titles, *(p for p in portfolios if p is not None)])
        for m in matches:
            title = m["title"]
            if not self._looks_like_title(title):
                continue
            portfolio = (m["portfolio"] or "").strip()
            if portfolio.lower() in self.modifiers:
                title, portfolio = f"{portfolio} {title}", ""
            comp = (m["comp"] or "").strip()
            run_start = m.start("comp") if comp and not m["sep"].strip() else m.start("name")
            run = list(WORD_RUN.finditer(text[run_start:m.end("name")]))
            inner = [i for i, w in enumerate(run[1:-1], 1) if w.group().lower() in self.titles] if comp else []
            if inner and not m["sep"].strip():
                # "Special Representative of President Xi Jinping": the name is the President's
                title, comp, portfolio = run[inner[-1]].group(), "", ""
                run = run[inner[-1] + 1:]
            elif comp and not m["sep"].strip():
                # "for Dubbo Tom Haddad MP": a suffix ends the name too
                if not LOWER_AFTER.match(text, m.end("name")) and not NAME_SUFFIX_AFTER.match(text, m.end("name")):
                    continue  # "of Human Resources and Social Security, presented"
                # "for School Standards Priya Mistry": the complement ran into the name, which is
                # the last two words (a three-word name after a complement needs a comma).
                honored = [i for i, w in enumerate(run[:-1]) if w.group().rstrip(".") in HONORIFIC_FORMS]
                # "for National Development Mr Low Wei Sheng": an honorific opens the name
                keep = len(run) - honored[-1] - 1 if honored else 2
                cut = len(run) - keep - (1 if honored else 0)
                comp = text[run_start:run_start + run[cut - 1].end()].strip() if cut > 0 else ""
                if not any(w[:1].isupper() for w in comp.split()):
                    continue  # "Member of Parliament for Awutu Senya in ...": the complement, no name
                run = run[-keep:]
            name = self._trim_name(" ".join(w.group() for w in run))
            if " " not in name and (m["sep"] != " " or name in surnames()):
                continue  # "District Collector, Madurai", "Secretary Tan" (a Chinese surname alone)
            name_start = run_start + run[0].start()
            stated = (f"{title}{comp}" if comp.startswith(",") else f"{title} {comp}") if comp else title
            yield Candidate(
                m.start("hon") if m["hon"] and not comp else name_start,
                name_start + len(name),
                name,
                "titled",
                title=stated,
                post=title,
                agency_windows=[
                    (m.start("title"), name_start),
                    (self._prefix_start(text, m.start()), m.start("title")),
                    # "Director Kim Min-jun of the Seoul Metropolitan Water Bureau"
                    *([(of.start(), of.end() - 1)]
                      if (of := OF_BODY_AFTER.match(text, name_start + len(name))) else []),
                ],
                body=self._body(title),
                portfolio=portfolio if portfolio not in NOT_NAME_WORDS else None,
            )

    def _appositions(self, text: str, openings: _Openings | None) -> Iterable[Candidate]:
        if openings is None:
            matches: Iterable[re.Match[str]] = self.apposition_re.finditer(text)
        else:
            # A name's comma is the last one before the title, with only the gap between them: the
            # name may start at any capital of the name-like characters before it.
            commas: set[int] = set()
            for start in openings.titles:
                comma = text.rfind(",", 0, start)
                if comma >= 0 and comma not in commas and self.apposition_gap_re.fullmatch(text, comma + 1, start):
                    commas.add(comma)
            starts: list[int] = []
            backwards = text[::-1]
            for comma in list(commas):
                if (letters := POST_NOMINAL_BEFORE.search(text, max(0, comma - 24), comma)) is not None:
                    commas.add(letters.start())
            for comma in commas:
                run = NAME_RUN_BACKWARDS.match(backwards, len(text) - comma)
                starts += (m.start() for m in NAME_OPENING.finditer(text, comma - len(run.group()), comma))
            matches = _finditer_at(self.apposition_re, text, starts)
        for m in matches:
            if not self._looks_like_title(m["title"]):
                continue
            name = self._trim_name(m["name"])
            title = m["title"]
            comp = (m["comp"] or "").strip()
            # A journalist's title is the bare job ("reporter"); the outlet becomes the agency.
            states_body = comp and not comp.startswith(",") and comp.split()[0].lower() in ("of", "for", "to")
            stated = f"{title} {comp}" if states_body and self._role(title) != "journalist" else title
            yield Candidate(
                m.start("hon") if m["hon"] else m.start("name"),
                m.start("name") + len(name),
                name,
                "apposition",
                title=stated,
                post=title,
                agency_windows=[(m.start("prefix"), m.start("title")), (m.end("title"), m.end())],
                body=self._body(title),
            )

    def _credits(self, text: str, openings: _Openings | None) -> Iterable[Candidate]:
        # Where each pattern may start: its opening word, an opening bracket, a line start.
        starts = [None] * 6 if openings is None else [
            openings.photos, None, openings.credits, openings.lines, None, openings.credits
        ]
        for (pattern, default_title, following), at in zip(self.credit_res, starts, strict=True):
            for m in _scan(pattern, text, at):
                stated = m.groupdict().get("title")
                title = " ".join(stated.lower().split()) if stated else default_title
                title = self.credit_titles.get(title) or (
                    PLURAL_OR_OUR.sub("", title) if title != "editor in charge" else title
                )
                comp = (m.start("comp"), m.end("comp")) if m.groupdict().get("comp") else (m.end(), m.end())
                line_start = text.rfind("\n", 0, m.start()) + 1
                for named in self._credited(m, following, text):
                    name = self._trim_name(named["name"])
                    yield Candidate(
                        named.start("name"), named.start("name") + len(name), name, "credit",
                        title=title, role="journalist",
                        agency_windows=[comp, (line_start, m.start())],
                    )

    @staticmethod
    def _credited(m: re.Match[str], following: re.Pattern[str] | None, text: str) -> Iterator[re.Match[str]]:
        """The credit's match and those of the names that share its label after it."""
        yield m
        end = m.end()
        while following is not None and (more := following.match(text, end)) is not None:
            yield more
            end = more.end()

    def _speakers(self, text: str, openings: _Openings | None) -> Iterable[Candidate]:
        # "Lena Hartmann said": find the verbs, then the name just before each (cheaper than
        # trying a name at every position).
        verbs = [m.start() for m in _scan(SPEECH_VERB_RE, text, None if openings is None else openings.speech)]
        for verb in verbs:
            m = self.name_before_re.search(text, max(0, verb - 80), verb)
            if m:
                name = self._trim_name(m["name"])
                start = m.start("hon") if m["hon"] else m.start("name")
                yield Candidate(start, m.start("name") + len(name), name, "speech")
        # "said X" / "according to X" start where a speech verb or "according" does; a speaker
        # label at a line start.
        starts = [None, None] if openings is None else [openings.speech, openings.lines]
        for pattern, at in zip(self.speech_res, starts, strict=True):
            for m in _scan(pattern, text, at):
                name = self._trim_name(m["name"])
                start = m.start("hon") if m["hon"] else m.start("name")
                yield Candidate(start, m.start("name") + len(name), name, "speech")

    def _described(self, text: str, openings: _Openings | None) -> Iterable[Candidate]:
        """Names the layout or an age describes: a signature ("Chukwudi Eze-Nwankwo" over a line
        "Special Adviser to the President ..."), a contact line ("Sara Mutemba, UNICEF Mozambique,
        Tel: ..."), "Amina Saide, 24, walked", "11-month-old Rashid"."""
        lines = openings.lines if openings is not None else [0, *(m.end() for m in NEWLINE.finditer(text))]
        # a signature's name line is short and capitalized; a contact line holds a phone or an address
        short = [s for s in lines if text[s:s + 1] in UPPER_CHARS and text.find("\n", s, s + 48) >= 0]
        for m in _finditer_at(self.signature_re, text, short):
            if self._looks_like_title(m["title"]):
                title = " ".join(f"{m['title']}{m['comp']}".split())
                yield Candidate(m.start("name"), m.end("name"), m["name"], "signature", title=title, post=m["title"],
                                agency_windows=[(m.end("title"), m.end())], body=self._body(m["title"]))
        contacts = [text.rfind("\n", 0, at) + 1 for at in _occurrences(text, CONTACT_MARKS)]
        if contacts:
            for m in _finditer_at(self.contact_re, text, contacts):
                yield Candidate(m.start("name"), m.end("name"), m["name"], "contact", role="official",
                                agency_windows=[(m.end("name"), m.end())])
        for m in AGE_AFTER.finditer(text):
            if (named := self.name_end_re.search(text, max(0, m.start() - 60), m.start())) is not None:
                yield Candidate(named.start("name"), named.end("name"), named["name"], "age")
        for at in _occurrences(text, ("-old ",)):
            if (m := self.aged_re.search(text, max(0, at - 12), at + 60)) is not None and m.start() < at:
                yield Candidate(m.start("name"), m.end("name"), m["name"], "age")

    def _first_named(self, text: str) -> Iterable[Candidate]:
        """Names nothing else marks, opened by a known given name: "the signing of Viktor
        Gyokeres", "Kwame Asante-Mensah and ... attended" (the capitalized words after it, up to a
        word that is never a name's). Tried only at the capitalized words that are given names."""
        for word in CAPITALIZED_WORD.finditer(text):
            if word.group() not in self.first_names or (m := self.name_run_re.match(text, word.start())) is None:
                continue
            # only a title or an honorific may stand before the name in its run ("Senator Rory
            # McDonald", not "New York Comex"); nothing after it ("William Osler Health System"),
            # and no "the" before the run ("the Davis Cup")
            before = self.run_before_re.search(text, max(0, word.start() - 80), word.start())
            run_start = before.start() if before else word.start()
            words = m.group().split()
            if (before and not all(self._is_title_word(w) for w in before.group().split())) \
                    or words[-1].islower() or any(w in NOT_NAME_WORDS for w in words) or len(words) > 4 \
                    or THE_BEFORE.search(text, max(0, run_start - 4), run_start) \
                    or PLACE_TYPE_AFTER.match(text, m.end()):
                continue
            yield Candidate(word.start(), m.end(), m.group(), "first")

    def _is_title_word(self, word: str) -> bool:
        lower = word.lower().rstrip(".")
        return lower in self.titles or lower in self.modifiers or is_honorific(word)

    def _ner(self, doc: Doc, text: str) -> Iterable[Candidate]:
        if not self.use_ner:
            return
        # A doc without NER annotation has no ents: reading them is cheaper than has_annotation.
        for ent in doc.ents:
            if ent.label_ != "PERSON":
                continue
            words = ent.text.split()
            start = ent.start_char
            while words and is_honorific(words[0]):
                start = text.index(words[1], start) if len(words) > 1 else ent.end_char
                words = words[1:]
            while words and not words[-1][:1].isalpha():
                words = words[:-1]
            if words and is_honorific(words[-1].rstrip(".")):
                continue  # "Tamil Nadu Thiru. R. Senthilnathan": the entity ran over a place into an honorific
            if words and words[-1].endswith("'s"):
                words[-1] = words[-1][:-2]
            name = " ".join(words)
            if LOCATIVE_BEFORE.search(text, max(0, start - 6), start):
                continue  # "at Sau Mau Ping in Kwun Tong": the model's PERSON is a place here
            if (
                len(words) >= 2
                and re.fullmatch(WESTERN_NAME, name)
                and not PLACE_TYPE_AFTER.match(text, start + len(name))
                and not self._place_led(words[0])
            ):
                yield Candidate(start, start + len(name), name, "ner")

    def _place_led(self, word: str) -> bool:
        """"Rotherham United", "Kakamega Show": the model's PERSON opened by a place name that is no
        given name is a club, a show or a firm."""
        return word not in self.first_names and bool(gazetteer().lookup(word))

    @staticmethod
    def _prefix_start(text: str, title_start: int) -> int:
        """Start of the capitalized words right before a title: "NRCS spokesperson", "EPA Region 7
        Administrator"; the title's start when there are none."""
        before = text[max(0, title_start - 60):title_start]
        m = PREFIX_WORDS.search(before)
        return title_start - len(m.group()) if m else title_start

    # -- filters --------------------------------------------------------------------------------

    def _looks_like_title(self, title: str) -> bool:
        """A title found case-insensitively must be lower case or Title Case, not "HEAD"."""
        return not title.isupper() or len(title) <= 3

    def _full_title(self, title: str) -> str:
        """The title with its abbreviations written out: "Lt. Gov." -> "Lieutenant Governor"."""
        return self.abbreviation_re.sub(lambda m: self.full_titles[m.group().lower()], title)

    def _body(self, title: str) -> str | None:
        words = title.lower().split()
        for n in range(len(words)):
            row = self.titles.get(" ".join(words[n:]))
            if row:
                return row.get("body") or None
        return None

    def _role(self, title: str | None) -> str | None:
        if not title:
            return None
        words = TITLE_SPLIT.split(title.lower())[0].split()
        for n in range(len(words)):
            row = self.titles.get(" ".join(words[n:]))
            if row:
                return row["role"]
        return None

    @staticmethod
    def _trim_name(name: str) -> str:
        """The name without a suffix ("Jonathan Hartley MP"), and once when a scraped byline prints
        it twice ("Jane Doe Jane Doe")."""
        words = name.split()
        while len(words) > 1 and words[-1] in NAME_SUFFIXES:
            words = words[:-1]
        half = len(words) // 2
        if half and len(words) % 2 == 0 and words[:half] == words[half:]:
            words = words[:half]
        return " ".join(words)

    def _is_plausible(self, cand: Candidate, blocked: _Ranges) -> bool:
        name = strip_honorific(cand.name)
        words = name.split()
        # one word names a person after a capitalized post written right before it ("Governor
        # Cuomo"), in a credit or with an age
        titled = cand.rule == "titled" and bool(cand.post) and cand.post[:1].isupper() and cand.title == cand.post
        if len(words) < 2 and cand.rule not in {"credit", "age"} and not titled:
            return False
        # An acronym is no name word; an initial ("R. Senthilnathan") is.
        if any(w in NOT_NAME_WORDS or (w.isupper() and len(w.rstrip(".")) > 1) for w in words):
            return False
        return not blocked.overlap(cand.end - len(name), cand.end)

    # -- resolution -----------------------------------------------------------------------------

    def resolve(
        self, text: str, candidates: list[Candidate], blocked: list[tuple[int, int]], agencies: list[_Agency]
    ) -> list[Candidate]:
        """One candidate per text range (the most informative), shared info per person, short
        mentions resolved to full names."""
        chosen = self._non_overlapping(candidates)
        merged = self._merge_by_person(text, chosen, agencies)
        self._journalists_of_the_outlet(merged, agencies)
        if self.resolve_short_mentions:
            merged += self._short_mentions(text, merged, blocked)
        return merged

    @staticmethod
    def _non_overlapping(candidates: list[Candidate]) -> list[Candidate]:
        rank = {"credit": 0, "apposition": 1, "signature": 1, "titled": 2, "contact": 2, "chinese": 3, "ner": 4,
                "first": 4, "speech": 5, "age": 5}
        ordered = sorted(candidates, key=lambda c: (rank[c.rule], -(c.end - c.start), c.start))
        taken: list[Candidate] = []
        for cand in ordered:
            if not any(t.start < cand.end and cand.start < t.end for t in taken):
                taken.append(cand)
        # A shorter candidate inside a taken one donates its title ("Photo by Chen Sihan ... a
        # reporter for Xinhua" is one person found by two rules).
        for cand in ordered:
            for t in taken:
                if t is not cand and t.start <= cand.start and cand.end <= t.end and not t.title and cand.title:
                    t.title, t.agency_windows, t.body, t.role = cand.title, cand.agency_windows, cand.body, cand.role
        return sorted(taken, key=lambda c: c.start)

    @staticmethod
    def _journalists_of_the_outlet(people: list[Candidate], agencies: list[_Agency]) -> None:
        """"(Reporting by Anna Berg; Editing by Tom Hale)" under "LUXEMBOURG (Reuters) -": a
        journalist the credit names no outlet for works for the article's one news outlet."""
        outlets = {a.info["key"] for a in agencies if a.info.get("kind") == "media"}
        if len(outlets) != 1:
            return
        (outlet,) = outlets
        for person in people:
            if person.role == "journalist" and not person.agency_key:
                person.agency_key = outlet

    def _merge_by_person(self, text: str, chosen: list[Candidate], agencies: list[_Agency]) -> list[Candidate]:
        names: dict[str, str] = {}  # filled on first need: most titles name their agency span
        by_key: dict[str, Candidate] = {}
        # longer names first: "Minister Kasaija" in a headline is the "Matia Kasaija" of the text
        for cand in sorted(chosen, key=lambda c: -len(c.name.split())):
            cand.name = INNER_HONORIFIC.sub("", strip_honorific(cand.name))
            if cand.title:
                cand.title = self._full_title(cand.title)
                cand.post = self._full_title(cand.post) if cand.post else None
            key = self._canonical(cand.name, by_key)
            cand.role = cand.role or self._role(cand.title)
            if (cand.title or cand.rule == "contact") and not cand.agency_key:
                cand.agency_key = self._agency_for(text, cand, agencies, names)
            if cand.agency_key and cand.post:
                second = self.second_post_re.search(cand.title or "")
                cand.title = f"{cand.post}, {second['post']}" if second else cand.post
            best = by_key.get(key)
            if best is None or (cand.title and not best.title):
                by_key[key] = cand
        for cand in chosen:
            key = self._canonical(cand.name, by_key)
            best = by_key[key]
            cand.name, cand.title, cand.role, cand.agency_key = key, best.title, best.role, best.agency_key
        return chosen

    @staticmethod
    def _canonical(name: str, known: dict[str, Candidate]) -> str:
        """The key of the person ``name`` names: itself, or a known longer name it ends
        ("Harish Patil" after "Harish Chandra Patil")."""
        if name in known:
            return name
        for key in known:
            if key.endswith(" " + name) or (key.split()[0] == name.split()[0] and key.split()[-1] == name.split()[-1]) \
                    or (" " in name and key.startswith(name + " ")):  # "Tengku Zafrul" of "Tengku Zafrul Abdul Aziz"
                return key
        return name

    def _agency_for(self, text: str, cand: Candidate, agencies: list[_Agency], names: dict[str, str]) -> str | None:
        """The key of the agency the title names: an agency span in the title's windows, else an
        agency of the article named there or by the title's wording, else the title's implied
        body ("Commissioner" -> the article's one Commission)."""
        for lo, hi in cand.agency_windows:
            inside = [a for a in agencies if lo <= a.start and a.end <= hi + 2]
            # "Kansas Department of Commerce Secretary": a body that runs into the window's end
            inside += [a for a in agencies if a.start < lo <= a.end <= hi and not text[a.end:hi].strip()]
            # "Department of Development Planning, Ministry of Agriculture": the body after the
            # comma is the one the department belongs to.
            after = [a for a in agencies if hi <= a.start <= hi + 6 and text[hi:a.start].strip(" ,") in ("", "the")]
            found = inside + after
            if found:
                # "MARA's Department of Crop Production": the possessor is the body; otherwise the
                # last named is the outermost ("X Department of the National Energy Bureau").
                owner = next((a for a in found if text[a.end:a.end + 2] in ("'s", "’s")), found[-1])
                return owner.info.get("key")
            if not names:
                names.update(self._agency_names(text, agencies))
            named = self._named_in(fold(text[max(0, lo):hi]), names)
            if named:
                return named
        if not names:
            names.update(self._agency_names(text, agencies))
        for guess in self._agency_guesses(cand):
            named = names.get(fold(guess)) or self._resolved(guess, set(names.values()))
            if named:
                return named
        return self._implied_body(cand.body, names)

    @staticmethod
    def _agency_names(text: str, agencies: list[_Agency]) -> dict[str, str]:
        """Folded surface forms and names of the article's agencies -> their keys."""
        names: dict[str, str] = {}
        for start, end, info in agencies:
            if info and info.get("key"):
                for form in {text[start:end], info.get("name"), info.get("acronym")}:
                    if form:
                        names.setdefault(_agency_form_key(form), info["key"])
        return names

    @staticmethod
    def _named_in(window: str, names: dict[str, str]) -> str | None:
        """The key of the longest agency name written in ``window`` (folded text)."""
        hits = [
            form
            for form in names
            if len(form) > 3 and form in window and re.search(rf"\b{re.escape(form)}\b", window)
        ]
        return names[max(hits, key=len)] if hits else None

    @staticmethod
    def _resolved(guess: str, keys: set[str]) -> str | None:
        resolver = _agency_resolver()
        info = resolver(guess) if resolver else None
        return info["key"] if info and info.get("key") in keys else None

    @staticmethod
    def _implied_body(body: str | None, names: dict[str, str]) -> str | None:
        """The one agency of the article whose name contains one of ``body``'s alternatives."""
        if not body:
            return None
        wanted = [fold(b) for b in body.split("|")]
        keys = {key for form, key in names.items() if any(w in form for w in wanted)}
        return next(iter(keys)) if len(keys) == 1 else None

    @staticmethod
    def _agency_guesses(cand: Candidate) -> list[str]:
        """Names the title itself spells: "Vice Minister of Human Resources and Social Security"
        -> "Ministry of Human Resources and Social Security"; "Education Secretary" -> "Department
        for Education"."""
        guesses = []
        parts = GUESS_SPLIT.split(cand.title or "", maxsplit=1)
        if len(parts) == 2:
            subject = parts[1].strip()
            guesses += [subject, f"Ministry of {subject}", f"Department of {subject}", f"Department for {subject}"]
        if cand.portfolio:
            guesses += [f"Department for {cand.portfolio}", f"Ministry of {cand.portfolio}"]
        return guesses

    def _short_mentions(self, text: str, people: list[Candidate], blocked: list[tuple[int, int]]) -> list[Candidate]:
        """ "Mr. Liu", "Shri Patil", "Ou said": a surname (Chinese: first word, else last) that
        names exactly one person already found."""
        owners: dict[str, set[str]] = {}
        for p in people:
            words = p.name.split()
            surname = words[0] if words[0] in surnames() and len(words) == 2 else words[-1]
            owners.setdefault(surname, set()).add(p.name)
        unique = {s: next(iter(n)) for s, n in owners.items() if len(n) == 1}
        if not unique:
            return []
        taken = _Ranges([(p.start, p.end) for p in people] + blocked)
        first_found: dict[str, Candidate] = {}
        for p in people:
            first_found.setdefault(p.name, p)
        found = []
        for start, end, surname, honored in _surname_mentions(text, sorted(unique)):
            if taken.overlap(start, end) or (not honored and not self._is_bare_mention(text, start, end)):
                continue
            best = first_found[unique[surname]]
            found.append(
                Candidate(start, end, best.name, "short", title=best.title, role=best.role, agency_key=best.agency_key)
            )
        return found

    @staticmethod
    def _is_bare_mention(text: str, start: int, end: int) -> bool:
        """A bare surname is a mention when it speaks ("Ou said", "according to Ou") or sits
        inside a sentence; at a sentence start "Young people" is just a word."""
        before = text[max(0, start - 20):start]
        if CAPITALIZED_BEFORE.search(before):
            return False  # a capitalized run such as "Prison Hu" is not a mention of Hu
        if SPEECH_AFTER.match(text, end) or SPEECH_BEFORE.search(before):
            return True
        return not SENTENCE_START_BEFORE.search(before)

    def set_annotations(self, doc: Doc, people: list[Candidate]) -> None:
        spans = []
        for p in sorted(people, key=lambda c: c.start):
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            info: ext.PersonInfo = {
                "key": p.name,
                "name": p.name,
                "role": p.role or "other",
                "title": p.title,
                "agency_key": p.agency_key,
            }
            ext.set_span_value(doc, "pp_person", span, info)
            spans.append(span)
        doc.spans[ext.PEOPLE] = spans


@Language.factory(
    "pressparse_people",
    assigns=["doc.spans", "span._.pp_person"],
    default_config={"use_ner": True, "resolve_short_mentions": True},
)
def make_people(nlp: Language, name: str, use_ner: bool, resolve_short_mentions: bool) -> PeopleComponent:
    return PeopleComponent(nlp, name, use_ner=use_ner, resolve_short_mentions=resolve_short_mentions)
