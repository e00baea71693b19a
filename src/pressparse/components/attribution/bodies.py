"""Bodies as sources: a sentence in which an agency has a speech tag ("the Ministry of Health
said", "according to data from the Bureau", "the ministry announced") is that agency's."""

from __future__ import annotations

import re
from bisect import bisect_left

from .cues import RELEASED_BY, SPEECH
from .mentions import Body, Region

# "the ministry said", "the department announced": the last body named with that word.
BODY_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?P<word>ministry|department|bureau|agency|office|commission|council|administration|"
    rf"authority|board|committee|corporation|government|service|institute|organization|organisation|"
    rf"secretariat|cabinet|treasury|centre|center)\s+(?:also\s+)?(?:{SPEECH}|data\s+show(?:ed|s))\b"
)
# The tag before a mention: "said", "according to", "said Ms.".
TAG_BEFORE = re.compile(rf"(?:\b{SPEECH}|\baccording\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# Before a body: "according to data from the", "figures released by the", "data from the ... showed".
BODY_TAG_BEFORE = re.compile(
    rf"(?i)(?:\baccording\s+to{RELEASED_BY}?\s+(?:(?:the\s+)?(?:latest\s+)?(?:data|figures|statistics|estimates|a\s+report|"
    r"a\s+statement|a\s+survey)\s+(?:from|by|of|released\s+by|published\s+by)\s+)?|"
    r"\b(?:data|figures|statistics)\s+(?:from|released\s+by|published\s+by)\s+)(?:the\s+)?$"
)
# (the verb in any case: a headline's "EPA Announces $412 Million")
BODY_TAG_AFTER = re.compile(
    rf"(?:\s*\([^)]{{1,20}}\))?(?:'s?)?\s+(?:also\s+)?(?:(?i:{SPEECH})|(?:data|figures)\s+show(?:ed|s)?|show(?:ed|s)|"
    rf"(?:data|figures)\s+released\s+\w+\s+show(?:ed|s)?)\b"
)
# How far before a body "said" / "according to data from" may start.
BODY_TAG_BEFORE_WINDOW = 80


def body_regions(sentences: list[tuple[int, int]], text: str, bodies: list[Body]) -> list[Region]:
    """Sentences whose source is a body: "the Ministry of Health said", "according to the
    Bureau", "the ministry announced" (the last body named with that word)."""
    regions = []
    body_starts = [body.start_char for body in bodies]
    for start, end in sentences:
        source = None
        for body in bodies[bisect_left(body_starts, start):]:  # the sentence's bodies, in order
            if body.start_char >= end:
                break
            before = text[max(start, body.start_char - BODY_TAG_BEFORE_WINDOW):body.start_char]
            if BODY_TAG_AFTER.match(text, body.end_char) or TAG_BEFORE.search(before) \
                    or BODY_TAG_BEFORE.search(before):
                source = body.key
                break
        if source is None and (m := BODY_REFERENCE.search(text, start, end)):
            word = m["word"].lower()
            source = next((b.key for b in reversed(bodies) if b.start_char < m.start() and word in b.words), None)
        if source:
            regions.append(Region(start, end, source))
    return regions
