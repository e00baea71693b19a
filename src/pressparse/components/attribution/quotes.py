"""Quotations and their speakers: "“...,” said Ou Qingping", "Jonathan Hartley said: “...”",
"“...,” he said", "“...,” the central bank governor explained"; a quote runs on across a paragraph
break, and a bare quote opening the next paragraph is the same speaker's."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import APPOSITION_TAG, AUXILIARY, SPACE_SPEECH, SPEECH, TAG_AFTER, TITLE_REFERENCE, TITLE_RUN
from .mentions import Person, Region
from .references import NAME_RUN, short_form, subject, title_holder

# Quotations: curly pairs, or straight double quotes (paired in order). A curly quote left open at
# a line's end stops there (the next paragraph may reopen it), unless the next paragraph closes it
# before opening another: a paragraph break inside one quote.
QUOTE = re.compile(r"“[^“”]{2,}?(?:”|(?=“)|$(?![^“”\n]*\n\s*[^“”\n]*”))|\"[^\"]{2,}?\"", re.MULTILINE)
# A paragraph that opens with a quote, to the quote's end (or the paragraph's, when left open).
PARAGRAPH_QUOTE = re.compile(r"(?m)^[ \t]*[“\"][^“”\"\n]{2,}(?:[”\"]|$)")
# What may stand between a quote and its tag.
QUOTE_PUNCTUATION = re.compile(r"[\s,.“”\"]*")
# Between a quote and the name after it: "“...,” said Labour Minister ".
QUOTE_GAP_AFTER = re.compile(rf"[\s,.“”\"]*(?:(?P<verb>{SPEECH})\s+)?{TITLE_RUN}")
QUOTE_GAP_BEFORE = re.compile(rf"(?:\s*,[^“”\"\n]{{1,100}},)?\s+{AUXILIARY}{SPEECH}\s*[:,.]?\s*")
# A pronoun's speech tag right after a quote: "“...,” he said", "“...,” said she".
PRONOUN_AFTER_QUOTE = re.compile(
    rf"[\s,.“”\"]*(?i:(?:she|he)\s+{AUXILIARY}{SPEECH}|{SPEECH}\s+(?:she|he))\b"
)
COLON_AFTER = re.compile(r"\s*[:：]")
# A short form of a name the people component left unmarked, tagged right after a quote ("“...,”
# Hsu said") or right before one ("Said Kawale: “...”", "Kawale added: “...”").
SHORT_TAG_AFTER = re.compile(
    rf"[\s,.“”\"]*(?:(?i:{SPEECH})\s+(?P<named>{NAME_RUN})|(?P<name>{NAME_RUN})\s+{AUXILIARY}{SPEECH}\b)"
)
SHORT_TAG_BEFORE = re.compile(
    rf"(?:(?i:\b{SPEECH})\s+(?P<named>{NAME_RUN})|(?<![\w.])(?P<name>{NAME_RUN})\s+{AUXILIARY}{SPEECH})\s*[:,]\s*$"
)
# How far around a quote the speech tag may be.
QUOTE_TAG_WINDOW = 120


def quote_regions(
    text: str, people: list[Person], sentences: list[tuple[int, int]], said: list[Region]
) -> list[Region]:
    """Quotes with a speech tag; a quote left open at its paragraph's end goes on in the next
    paragraph's opening quote (news style), so the whole chain has one speaker. A quote tagged
    "he said" is the speaker's of the sentence ``said`` before it (see ``antecedent``)."""
    chains: list[list[re.Match[str]]] = []
    for m in QUOTE.finditer(text):
        previous = chains[-1][-1] if chains else None
        if previous is not None and text[previous.end() - 1] not in "”\"" \
                and not text[previous.end():m.start()].strip() and "\n" in text[previous.end():m.start() + 1]:
            chains[-1].append(m)
        else:
            chains.append([m])
    regions = []
    tagged_after: tuple[int, str] | None = None  # the end of the last quote tagged after it, its speaker
    for chain in chains:
        speaker = next((s for m in chain if (s := tag_after(text, people, m.end())
                                               or tag_before(text, people, m.start()))), None)
        if speaker is None and tagged_after is not None:
            # “...,” said Marcus Reyes, director of the Office. “...”: the tag between two quotes
            # of a paragraph is both quotes' tag
            gap = text[tagged_after[0]:chain[0].start()]
            if "\n" not in gap and len(gap) <= 2 * QUOTE_TAG_WINDOW and SPACE_SPEECH.search(gap):
                speaker = tagged_after[1]
        if speaker is None and PRONOUN_AFTER_QUOTE.match(text, chain[-1].end()):
            speaker = antecedent(text, people, sentences, said, chain[0].start())
        if speaker is None:
            # “...,” the Minister said / “...,” said the central bank governor (not a new
            # sentence opening "The minister said")
            m = TITLE_REFERENCE.match(text, QUOTE_PUNCTUATION.match(text, chain[-1].end()).end())
            speaker = title_holder(people, m) if m and text[m.start()] != "T" else None
        tagged_after = None
        if speaker:
            regions += [Region(m.start(), m.end(), speaker) for m in chain]
            if tag_after(text, people, chain[-1].end()) == speaker:
                tagged_after = (chain[-1].end(), speaker)
    return regions


def antecedent(
    text: str, people: list[Person], sentences: list[tuple[int, int]], said: list[Region], at: int
) -> str | None:
    """Who "he" or "she" of a quote opening at ``at`` is: the person the sentence before it opens
    with (the quote's own sentence when the quote opens inside one), else the last speaker."""
    n = bisect_left([start for start, _ in sentences], at) - 1  # the sentence ``at`` is in or after
    if n >= 0:
        starts = [p.start_char for p in people]
        if found := subject(text, people, starts, *sentences[n]):
            return found
    return next((r.speaker for r in reversed(said) if r.start < at), None)


def untagged_quote_regions(text: str, attributed: list[Region]) -> list[Region]:
    """A quote with no tag opening the paragraph right after one whose last attributed words
    are X's is X's too (news style: the speaker named once, the next quote left bare)."""
    regions: list[Region] = []
    ends = sorted((r.end, r.speaker) for r in attributed)
    for m in PARAGRAPH_QUOTE.finditer(text):
        if any(r.start <= m.start() < r.end for r in attributed):
            continue
        previous_paragraph = text.rfind("\n\n", 0, m.start() - 1)
        earlier = [(end, speaker) for end, speaker in ends if end <= m.start()]
        if earlier and earlier[-1][0] > previous_paragraph \
                and not text[earlier[-1][0]:m.start()].strip(" \t\n.,”\""):
            regions.append(Region(m.start(), m.end(), earlier[-1][1]))
            ends.append((m.end(), earlier[-1][1]))  # the next bare quote paragraph goes on with it
    return regions


def tag_after(text: str, people: list[Person], quote_end: int) -> str | None:
    """ "“...,” said Ou Qingping" / "“...” Ou Qingping said" / "“...,” the Minister, X, said", or a
    short form of a name the people component left unmarked ("“...,” Hsu said")."""
    if found := named_tag_after(text, people, quote_end):
        return found
    m = SHORT_TAG_AFTER.match(text, quote_end)
    return short_form(people, m["name"] or m["named"], m.start()) if m else None


def named_tag_after(text: str, people: list[Person], quote_end: int) -> str | None:
    """The person a tag right after a quote names."""
    window = quote_end + QUOTE_TAG_WINDOW
    for person in people:
        if quote_end <= person.start_char < window:
            gap = QUOTE_GAP_AFTER.fullmatch(text, quote_end, person.start_char)
            if gap is None:
                return None
            if gap["verb"]:
                return person.key
            # "“...” Labour Minister Chen Hao said", "“...,” the Minister, Dr. Jane Kimani, said";
            # "X said:" opens the next quote ("“...”\n\nMinister Y said:\n\n“...”")
            tag = TAG_AFTER.match(text, person.end_char) or (
                APPOSITION_TAG.match(text, person.end_char) if "," in gap[0].lstrip(" ,.“”\"") else None)
            return person.key if tag and not COLON_AFTER.match(text, tag.end()) else None
    return None


def tag_before(text: str, people: list[Person], quote_start: int) -> str | None:
    """ "Jonathan Hartley said: “...”" / "Ou Qingping said: “...”", or a short form of a name the
    people component left unmarked ("Said Kawale: “...”")."""
    if found := named_tag_before(text, people, quote_start):
        return found
    m = SHORT_TAG_BEFORE.search(text, max(0, quote_start - QUOTE_TAG_WINDOW), quote_start)
    return short_form(people, m["name"] or m["named"], m.start()) if m else None


def named_tag_before(text: str, people: list[Person], quote_start: int) -> str | None:
    """The person a tag right before a quote names."""
    for person in reversed(people):
        if quote_start - QUOTE_TAG_WINDOW <= person.end_char <= quote_start:
            between = text[person.end_char:quote_start]
            if QUOTE_GAP_BEFORE.fullmatch(between):
                return person.key
            return None
    return None
