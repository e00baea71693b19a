"""Sentences with a speech tag: "Li Zhong said that ...", "according to Finance Minister Ou
Qingping, ...", "the Minister of Finance said", "she added", a headline's "Governor Holloway
Announces"; "X said this when ..." reaches back over the figures before it, a sentence ending in a
colon over the bulleted list below it."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left

from .cues import APPOSITION_TAG, PASSIVE_TAG, RELEASED_BY, SPEECH, TAG_AFTER, TITLE_RUN, speech_cue
from .labels import headline_speaker
from .mentions import Person, Region
from .references import subject, surname_reference, titled_reference

APPOSITION_OPENS = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s+){0,2}$")  # "..., Senator X, said"
# The tag before a person: "said Labour Minister", "according to the Minister of Finance,".
PERSON_TAG_BEFORE = re.compile(rf"(?i:\b{SPEECH}|\baccording\s+to{RELEASED_BY}?|{PASSIVE_TAG})\s+{TITLE_RUN}$")
PRONOUN_TAG = re.compile(
    rf"\b(?:she|he)\s+(?:also\s+)?{SPEECH}\b|\b{SPEECH}\s+(?:she|he)\b|\baccording\s+to\s+(?:her|him)\b", re.IGNORECASE
)
# A cheap test a sentence must pass before PRONOUN_TAG is tried: every match holds "he", "she",
# "him" or "her".
PRONOUN = re.compile(r"\b(?:she|he|him|her)\b", re.IGNORECASE)
# A sentence that is only the passive tag of the one before: "The remark was made by X when ...".
PASSIVE_BACK = re.compile(
    r"\s*(?:The|This|That|These|Those)\s+(?:(?:remarks?|statements?|comments?|announcement|revelation|"
    rf"disclosure|observation|assurance|pledge|figures?)\s+)?{PASSIVE_TAG}\b"
)
# "X said this when ...", "X made this known": the figures reported before are X's.
SAID_THIS = re.compile(r"(?i)\b(?:said|stated|disclosed|revealed|announced|explained)\s+(?:this|these|so)\b|"
                       r"\bmade\s+(?:this|these|the\s+\w+)\s+known\b")
# Between two people named together: "A and Mayor B", "A, B and C", "A, Minister of X, Y and Z,
# and the Honourable B" (the first one's title in commas).
JOINED = re.compile(
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*)(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w'’-]*){0,10}\s*,)?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}"
)
# A line of a bulleted list, with the blank lines before it: "\n\n- a grant of P5,000;".
LIST_ITEM = re.compile(r"\s*\n[ \t]*[-–•*·▪][ \t][^\n]*")
# How far before a name "said" / "according to" may start (a title may sit between them).
TAG_BEFORE_WINDOW = 120


def sentence_regions(sentences: list[tuple[int, int]], text: str, people: list[Person]) -> list[Region]:
    """Each sentence whose speech tag names a person, by the strongest evidence it holds: a tag
    beside a name, a title or surname referring back, a headline, "he said"."""
    regions: list[Region] = []
    last: str | None = None
    starts = [p.start_char for p in people]
    previous: tuple[int, int] | None = None
    for start, end in sentences:
        first = bisect_left(starts, start)
        speaker = tagged_person(text, people, first, start, end)
        if speaker is None and speech_cue(text, start, end):
            speaker = titled_reference(text, people, start, end) or surname_reference(text, people, start, end)
        if speaker is None and (not people or end <= people[0].start_char):
            speaker = headline_speaker(text, people, start, end)
        if speaker is None and PRONOUN.search(text, start, end) and PRONOUN_TAG.search(text, start, end):
            # "Liu Fang opened the fair. She said ...": the person the sentence before opens
            # with, else the last speaker
            speaker = (previous and subject(text, people, starts, *previous)) or last
        # "The remark was made by X when ...": the sentence before is X's
        back = previous[0] if previous and PASSIVE_BACK.match(text, start) else start
        previous = (start, end)
        if speaker:
            # "X said this when she took her turn at the Meet-the-Press": what came before is X's
            since = regions[-1].end if regions else 0
            if text[start:end].rstrip().endswith(":"):  # "He said the funds include:" and a list
                end = list_end(text, end)
            regions.append(Region(since if SAID_THIS.search(text, start, end) else back, end, speaker))
            last = speaker
    return regions


def tagged_person(text: str, people: list[Person], first: int, start: int, end: int) -> str | None:
    """A person in the sentence (``people[first]`` is the first) with a speech tag right after
    or before the name; a tag before ends in whitespace, so other names skip its search."""
    for n, person in enumerate(itertools.islice(people, first, None), first):
        if person.start_char >= end:
            break
        before = max(start, person.start_char - TAG_BEFORE_WINDOW)
        tagged = TAG_AFTER.match(text, person.end_char) is not None
        if tagged or APPOSITION_TAG.match(text, person.end_char):
            # a joint announcement ("Governor A and Mayor B announced"): the first named
            joined = n
            while joined > first and JOINED.fullmatch(text, people[joined - 1].end_char, people[joined].start_char):
                joined -= 1
            # "The Secretary, X, disclosed"; "Today, A, Minister of Y, and Minister B, announced"
            if tagged or joined < n or APPOSITION_OPENS.search(text, start, person.start_char):
                return people[joined].key
        if (
            text[person.start_char - 1:person.start_char].isspace()
            and PERSON_TAG_BEFORE.search(text[before:person.start_char])
        ):
            return person.key
    return None


def list_end(text: str, end: int) -> int:
    """The end of the bulleted lines right after ``end`` ("- a grant of P5,000;"), or ``end``."""
    for m in LIST_ITEM.finditer(text, end):
        if m.start() != end:
            break
        end = m.end()
    return end
