"""Titles and posts: "Vice Minister Li Zhong" (title before the name), "Li Zhong, Vice Minister of
Human Resources and Social Security" (apposition), and what a title says: its role, the body it
implies, its abbreviations written out ("Lt. Gov." -> "Lieutenant Governor")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS

from ...normalize.agencies import pattern_words
from ...normalize.names import first_names, is_honorific, surnames
from ..places import gazetteer
from .candidate import Agency, Candidate
from .names import trim_name
from .patterns import (
    HONORIFIC_FORMS,
    LOWER_AFTER,
    LOWER_CHARS,
    NAME_OPENING,
    NAME_RUN_BACKWARDS,
    NAME_SUFFIX_AFTER,
    OF_BODY_AFTER,
    POST_NOMINAL_BEFORE,
    PREFIX_WORDS,
    TITLE_SPLIT,
    UPPER_CHARS,
    WESTERN_NAME,
    WORD_RUN,
    PeopleRules,
)
from .scan import Openings, finditer_at


def titled(
    rules: PeopleRules, text: str, openings: Openings | None, body_ends: frozenset[int] = frozenset()
) -> Iterable[Candidate]:
    """Names after a title; ``body_ends`` are where the agency spans end."""
    if openings is None:
        matches: Iterable[re.Match[str]] = rules.titled_re.finditer(text)
    else:
        portfolios = (portfolio_start(text, start) for start in openings.titles)
        matches = finditer_at(rules.titled_re, text, [*openings.titles, *(p for p in portfolios if p is not None)])
    for m in matches:
        title = m["title"]
        if not looks_like_title(title):
            continue
        portfolio = (m["portfolio"] or "").strip()
        title_start = m.start("portfolio") if portfolio else m.start("title")
        if portfolio.lower() in rules.modifiers or f"{portfolio} {title}".lower() in rules.titles:
            title, portfolio = f"{portfolio} {title}", ""  # "Federal Minister", "Prime Minister"
        comp = (m["comp"] or "").strip()
        run_start = m.start("comp") if comp and not m["sep"].strip() else m.start("name")
        run = list(WORD_RUN.finditer(text[run_start:m.end("name")]))
        # a title that is also an honorific ("... Revenue Senator Mohammad Ishaq Dar") opens the name
        inner = [i for i, w in enumerate(run[1:-1], 1)
                 if w.group().lower() in rules.titles and not is_honorific(w.group())] if comp else []
        if inner and not m["sep"].strip():
            # "Special Representative of President Xi Jinping": the name is the President's
            title, comp, portfolio = run[inner[-1]].group(), "", ""
            run = run[inner[-1] + 1:]
        elif comp and not m["sep"].strip():
            # "for National Development Mr Low Wei Sheng": an honorific opens the name
            honored = [i for i, w in enumerate(run[:-1]) if w.group().rstrip(".") in HONORIFIC_FORMS]
            # "for Dubbo Tom Haddad MP": a suffix ends the name too; "of the Central Bank Dr Kevin
            # Greenidge, ...": so does anything after a name an honorific opened
            # "of the Maan Governorate Council Wasfii Salah, according to": a body the agencies
            # found ends the complement, the two or three words after it are the name
            after_body = _after_body(run, run_start, body_ends)
            if not honored and not after_body and not LOWER_AFTER.match(text, m.end("name")) \
                    and not NAME_SUFFIX_AFTER.match(text, m.end("name")):
                continue  # "of Human Resources and Social Security, presented"
            # "for School Standards Priya Mistry": the complement ran into the name, which is
            # the last two words, or three when a given name opens them ("of the Bank of Ghana
            # Elsie Addo Awadzi"; a longer name after a complement needs a comma).
            keep = len(run) - honored[-1] - 1 if honored else after_body or (3 if _given_third(run) else 2)
            cut = len(run) - keep - (1 if honored else 0)
            comp = text[run_start:run_start + run[cut - 1].end()].strip() if cut > 0 else ""
            if not any(w[:1].isupper() for w in comp.split()):
                continue  # "Member of Parliament for Awutu Senya in ...": the complement, no name
            run = run[-keep:]
        elif not comp and not m["sep"].strip() and (inner_post := _inner_post(rules, run)):
            # "Chief Financial Officer Jessica Hansen": the title ran on past its first word, which
            # is a title too ("Chief"), to a post word ("Officer") right before the name
            title = " ".join([title, *(w.group() for w in run[:inner_post])])
            run = run[inner_post:]
        name = trim_name(" ".join(w.group() for w in run))
        if " " not in name and (m["sep"] != " " or name in surnames() or THE_AFTER.match(text, m.end("name"))):
            # "District Collector, Madurai", "Secretary Tan" (a Chinese surname alone), "Minister Assisting the"
            continue
        name_start = run_start + run[0].start()
        # "Health Secretary", "Country Director", as written; the post alone once its body is linked
        post = title
        if portfolio and "\n" not in m["portfolio"] and is_portfolio(portfolio):
            title = f"{portfolio} {title}"
        stated = (f"{title}{comp}" if comp.startswith(",") else f"{title} {comp}") if comp else title
        yield Candidate(
            m.start("hon") if m["hon"] and not comp else name_start,
            name_start + len(name),
            name,
            "titled",
            title=stated,
            post=post,
            agency_windows=[
                (m.start("title"), name_start),
                (prefix_start(text, m.start()), m.start("title")),
                # "The Ministry of Health's Permanent Secretary": before a modifier or portfolio
                *([(prefix_start(text, title_start), title_start)] if title_start < m.start("title") else []),
                # "Director Kim Min-jun of the Seoul Metropolitan Water Bureau"
                *([(of.start(), of.end() - 1)]
                  if (of := OF_BODY_AFTER.match(text, name_start + len(name))) else []),
            ],
            body=body(rules, title),
            portfolio=portfolio if portfolio and is_portfolio(portfolio) else None,
        )


def _after_body(run: list[re.Match[str]], run_start: int, body_ends: frozenset[int]) -> int | None:
    """How many words of a complement's run follow the body that ends inside it, when they are
    two or three, the name's length; else None."""
    for keep in (2, 3):
        if len(run) > keep and run_start + run[-keep - 1].end() in body_ends:
            return keep
    return None


def _inner_post(rules: PeopleRules, run: list[re.Match[str]]) -> int | None:
    """Where the name starts after a post word inside a titled name's run ("Financial Officer
    Jessica Hansen" -> 2): the last word a title table holds that leaves two name words after it."""
    for i in range(len(run) - 3, -1, -1):
        word = run[i].group()
        if word.lower() in rules.titles and not is_honorific(word) and word[:1].isupper():
            return i + 1
    return None


def _given_third(run: list[re.Match[str]]) -> bool:
    """Whether the third word from the end of a complement running into a name is a given name
    that names no place, the complement keeping a word before it."""
    if len(run) < 4:
        return False
    word = run[-3].group()
    return word in first_names() and not gazetteer().lookup(word)


def appositions(rules: PeopleRules, text: str, openings: Openings | None) -> Iterable[Candidate]:
    if openings is None:
        matches: Iterable[re.Match[str]] = rules.apposition_re.finditer(text)
    else:
        # A name's comma is the last one before the title, with only the gap between them: the
        # name may start at any capital of the name-like characters before it.
        commas: set[int] = set()
        for start in openings.titles:
            comma = text.rfind(",", 0, start)
            if comma >= 0 and comma not in commas and rules.apposition_gap_re.fullmatch(text, comma + 1, start):
                commas.add(comma)
        starts: list[int] = []
        backwards = text[::-1]
        for comma in list(commas):
            if (letters := POST_NOMINAL_BEFORE.search(text, max(0, comma - 24), comma)) is not None:
                commas.add(letters.start())
        for comma in commas:
            run = NAME_RUN_BACKWARDS.match(backwards, len(text) - comma)
            starts += (m.start() for m in NAME_OPENING.finditer(text, comma - len(run.group()), comma))
        matches = finditer_at(rules.apposition_re, text, starts)
    for m in matches:
        if not looks_like_title(m["title"]):
            continue
        name = trim_name(m["name"])
        title = m["title"]
        comp = (m["comp"] or "").strip()
        # A journalist's title is the bare job ("reporter"); the outlet becomes the agency.
        states_body = comp and not comp.startswith(",") and comp.split()[0].lower() in ("of", "for", "to")
        stated = f"{title} {comp}" if states_body and role(rules, title) != "journalist" else title
        yield Candidate(
            m.start("hon") if m["hon"] else m.start("name"),
            m.start("name") + len(name),
            name,
            "apposition",
            lone=" " not in name and not m["hon"],
            title=stated,
            post=title,
            agency_windows=[(m.start("prefix"), m.start("title")), (m.end("title"), m.end())],
            body=body(rules, title),
        )


THE_AFTER = re.compile(r"[ \t]+the[ \t]")
# Words of time that open a sentence before a title ("Yesterday Minister X", "Monday").
NOT_PORTFOLIO = frozenset(["Yesterday", "Today", "Tomorrow", "Earlier", "Later",
                           *calendar.day_name, *calendar.month_name[1:]])


def is_portfolio(word: str) -> bool:
    """A capitalized word before a title that names its field ("Health", "Foreign", "Country"),
    not a word that only opens the sentence ("When", "Yesterday"), a place ("Kenya") or the head
    word of the body ("Texas Transportation Commission Chair")."""
    return word.lower() not in STOP_WORDS and word not in NOT_PORTFOLIO and word not in pattern_words()["head"] \
        and not gazetteer().lookup(word)


def portfolio_start(text: str, title_start: int) -> int | None:
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


def prefix_start(text: str, title_start: int) -> int:
    """Start of the capitalized words right before a title: "NRCS spokesperson", "EPA Region 7
    Administrator"; the title's start when there are none."""
    before = text[max(0, title_start - 60):title_start]
    m = PREFIX_WORDS.search(before)
    return title_start - len(m.group()) if m else title_start


def looks_like_title(title: str) -> bool:
    """A title found case-insensitively must be lower case or Title Case, not "HEAD"."""
    return not title.isupper() or len(title) <= 3


def full_title(rules: PeopleRules, title: str) -> str:
    """The title with its abbreviations written out: "Lt. Gov." -> "Lieutenant Governor"."""
    return rules.abbreviation_re.sub(lambda m: rules.full_titles[m.group().lower()], title)


def body(rules: PeopleRules, title: str) -> str | None:
    row = title_row(rules, title.lower().split())
    return (row.get("body") or None) if row else None


def role(rules: PeopleRules, title: str | None) -> str | None:
    if not title:
        return None
    row = title_row(rules, TITLE_SPLIT.split(title.lower())[0].split())
    return row["role"] if row else None


def title_row(rules: PeopleRules, words: list[str]) -> dict[str, str] | None:
    """The row of the longest known title ending ``words`` (lower case); a postpositive
    "general" the table lacks is that of the post before it ("commissioner general")."""
    for n in range(len(words)):
        row = rules.titles.get(" ".join(words[n:]))
        if row:
            return row
    if len(words) > 1 and words[-1] == "general":
        return title_row(rules, words[:-1])
    if words and words[-1].endswith("-general") and len(words[-1]) > len("-general"):
        return title_row(rules, [*words[:-1], words[-1].removesuffix("-general")])
    return None


# Words that make a clause, not a post, of the words before a body ("who spoke at"): stop words,
# less those a post joins its parts with ("head of research and policy").
_CLAUSE_WORDS = frozenset(STOP_WORDS) - {"of", "and", "for"}
# "Viktoria Trasanov, consumer price statistics team lead at ": a name, a comma and lower-case
# words that describe a post, then "at/of/with" right before a body the agencies found.
_DESCRIBED_BEFORE = re.compile(
    rf"(?P<name>{WESTERN_NAME}),[ ](?:(?:a|an|the)[ ])?(?P<title>[a-z][a-z-]*(?:[ ][a-z][a-z-]*){{0,5}})"
    r"[ ](?:at|of|with|for)[ ](?:the[ ])?\Z")


def described_posts(rules: PeopleRules, text: str, agencies: Iterable[Agency]) -> Iterable[Candidate]:
    """A person a post no title table holds describes, at a body the text names ("X, senior
    economist at the Central Bank"): the words are the title, the body the agency; a post in the
    title table is the apposition rule's."""
    for agency in agencies:
        m = _DESCRIBED_BEFORE.search(text, max(0, agency.start - 120), agency.start)
        if m is None or not agency.info.get("key"):
            continue
        title = m["title"]
        if role(rules, title) is not None or any(w in _CLAUSE_WORDS or w.endswith("ed") for w in title.split()):
            continue  # a known post is the apposition rule's; "who spoke at", "signed with" are clauses
        name = trim_name(m["name"])
        start = m.start("name") + m["name"].index(name)
        yield Candidate(start, start + len(name), name, "apposition", title=title, post=title,
                        role="journalist" if agency.info.get("kind") == "media" else "official",
                        agency_key=agency.info["key"])
