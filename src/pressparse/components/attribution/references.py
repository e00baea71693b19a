"""Who a reference stands for: a sentence's opening name, a title word ("the minister", "The PM"),
a surname after the full name. The sentence and quote stages both resolve speakers through these."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import ABBREVIATIONS, TAG_AFTER, TITLE_REFERENCE, TITLE_RUN
from .mentions import Person

# What may come before the person a sentence opens with: a title ("The Minister of Finance, ").
OPENING = re.compile(rf"\s*{TITLE_RUN}")
# A capitalized name (maybe after an honorific) and a speech tag: "Ms Hawa Koomson ... provided".
SURNAME_TAG = re.compile(rf"(?<![\w.])(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+){TAG_AFTER.pattern}")


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
    """The last person before ``m`` (a ``TITLE_REFERENCE`` match) with its title word, or the full
    title of its abbreviation ("The PM" -> the last "Prime Minister")."""
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
    """ "Ms Hawa Koomson, who ..., provided": a speech tag after a shorter form of a person
    named before (the last word of the name), when the people component left it unmarked."""
    for m in SURNAME_TAG.finditer(text, start, end):
        last = m["name"].split()[-1]
        found = {p.key for p in people if p.start_char < m.start() and p.key.split()[-1] == last}
        if len(found) == 1:
            return found.pop()
    return None
