"""Who a reference stands for: a sentence's opening name, a title word ("the minister", "The PM"),
a surname after the full name. The sentence and quote stages both resolve speakers through these."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import ABBREVIATIONS, SPEECH, TAG_AFTER, TITLE_REFERENCE, TITLE_RUN
from .mentions import Person

# What may come before the person a sentence opens with: a title ("The Minister of Finance, ").
OPENING = re.compile(rf"\s*{TITLE_RUN}")
# Between a title and the name set off after it: ", Loknath Sharma", ", Dr. Jane Kimani".
APPOSITION_GAP = re.compile(r"[ \t]*,[ \t]*(?:[A-Z][\w.'’-]*[ \t]+){0,2}")
# A capitalized name, maybe after an honorific: "Ms Hawa Koomson", "Hsu", "Mr Cannan".
NAME_RUN = r"(?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w'’-]+"
# A speech tag after the name ("Ms Hawa Koomson ... provided", "Hsu said") or before it, the name
# ending the clause ("Said Kawale:", "according to Mr Cannan.").
SURNAME_TAG = re.compile(
    rf"(?<![\w.])(?P<name>{NAME_RUN}){TAG_AFTER.pattern}"
    rf"|(?i:\b{SPEECH}|\baccording\s+to)\s+(?P<named>{NAME_RUN})(?=\s*[,.:;]|\s*$)"
)


def opening_person(text: str, people: list[Person], starts: list[int], start: int, end: int) -> str | None:
    """The person a sentence opens with, maybe after a title: its subject ("Health Minister
    Aisha Bello opened the ward.", "The Minister of Finance, Rohan Pillai, visited ...")."""
    n = bisect_left(starts, start)
    if n < len(people) and people[n].start_char < end and OPENING.fullmatch(text, start, people[n].start_char):
        return people[n].key
    return None


def titled_reference(text: str, people: list[Person], start: int, end: int) -> str | None:
    """ "The Secretary informed that ...": the last person before with that title word."""
    m = TITLE_REFERENCE.search(text, start, end)
    return title_holder(people, m) if m else None


def title_holder(people: list[Person], m: re.Match[str]) -> str | None:
    """The person named right after ``m`` (a ``TITLE_REFERENCE`` match) in commas ("according to
    the economic affairs minister, Loknath Sharma"), else the last person before it with its title
    word, or the full title of its abbreviation ("The PM" -> the last "Prime Minister")."""
    if m["after"]:  # the match ends with the title
        n = bisect_left([p.start_char for p in people], m.end())
        if n < len(people) and APPOSITION_GAP.fullmatch(m.string, m.end(), people[n].start_char):
            return people[n].key
    word = m["title"] or m["after"]
    full = ABBREVIATIONS.get(word)
    for person in reversed(people):
        if person.start_char >= m.start():
            continue
        title = person.title.lower()
        if f" {full} " in f" {title.replace('-', ' ')} " if full else word.lower() in title.split():
            return person.key
    return None


def subject(text: str, people: list[Person], starts: list[int], start: int, end: int) -> str | None:
    """Who a sentence is about, for "he" or "she" in the next: the person it opens with, or the
    person its opening title stands for ("The PM noted that ...")."""
    if found := opening_person(text, people, starts, start, end):
        return found
    m = TITLE_REFERENCE.search(text, start, end)
    if m and m["title"] and not text[start:m.start()].strip():
        return title_holder(people, m)
    return None


def surname_reference(text: str, people: list[Person], start: int, end: int) -> str | None:
    """ "Ms Hawa Koomson, who ..., provided", "..., Hsu said", "according to Mr Cannan": a speech
    tag beside a shorter form of a person named before, when the people component left it
    unmarked (see ``short_form``)."""
    for m in SURNAME_TAG.finditer(text, start, end):
        if found := short_form(people, m["name"] or m["named"], m.start()):
            return found
    return None


def short_form(people: list[Person], name: str, before: int) -> str | None:
    """The one person named before ``before`` whose name holds the last word of ``name``: the
    surname ("Mr Cannan"), or the word a text calls them by wherever it stands in the full name
    (the family name first, "Hsu" of "Hsu Yung-yi"; a given name, "Sibhat" of "Sibhat Temesgen")."""
    word = name.split()[-1]
    found = {p.key for p in people if p.start_char < before and word in p.key.split()}
    return found.pop() if len(found) == 1 else None
