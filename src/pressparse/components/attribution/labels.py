"""Lines that name the speaker of what is below them: press-conference labels ("Liu Yongfu:")
and headlines above everyone named ("Minister of Finance confirms ...")."""

from __future__ import annotations

import re

from .cues import SPEECH, TITLE_HEADS, title_head
from .mentions import Person, Region

# A paragraph opening with a short label and a colon: "Liu Yongfu:", "Mr. Liu:", "CCTV:".
LABEL = re.compile(r"^[ \t]*(?P<label>[^\n:：“”\"]{1,60}?)[ \t]*[:：]", re.MULTILINE)
LABEL_HAS_SPEECH = re.compile(rf"\b{SPEECH}\b|\bsaid\b", re.IGNORECASE)
# A headline's speaker and verb, the verb in any case: "Minister of Finance confirms", "Governor
# Holloway Announces", "Secretary for Housing announces".
HEADLINE_TAG = re.compile(
    rf"\s*(?P<who>[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.'’-]*){{0,6}}?)\s+(?i:{SPEECH})\b"
)


def label_regions(text: str, people: list[Person]) -> list[Region]:
    """A paragraph opening with a person's label ("Liu Yongfu:") is theirs, and in a transcript
    so are the paragraphs below it until the next label."""
    labels = []
    for m in LABEL.finditer(text):
        if LABEL_HAS_SPEECH.search(m["label"]) or len(m["label"].split()) > 6:
            continue
        # The label is the name (maybe after a title or honorific): "Liu Yongfu:", "Mr. Liu:".
        owner = next((p for p in people if m.start("label") <= p.start_char and p.end_char == m.end("label")), None)
        labels.append((m.end(), owner.key if owner else None))
    regions = []
    ends = [start for start, _ in labels[1:]] + [len(text)] if labels else []
    # A transcript has two speaker labels at least; a lone "Minister Kasaija: ..." is a
    # headline or a line of its own, and governs that line only.
    transcript = len({speaker for _, speaker in labels if speaker}) >= 2
    for (start, speaker), next_start in zip(labels, ends, strict=True):
        if speaker:
            line_end = text.find("\n", start)
            regions.append(Region(start, next_start if transcript or line_end < 0 else line_end, speaker))
    return regions


def headline_speaker(text: str, people: list[Person], start: int, end: int) -> str | None:
    """ "Minister of Finance confirms MVR1b worth projects", "Governor Holloway Announces $238
    Million": a headline above everyone named, opening with a title or a name and a reporting
    verb, is the first person below with that surname or that title's head word."""
    whole_line = text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n")
    if not whole_line or text[start:end].rstrip()[-1:] in ".!?:":
        return None
    m = HEADLINE_TAG.match(text, start, end)
    if m is None:
        return None
    words = m["who"].split()
    head = title_head(m["who"]).lower()
    for person in people:
        if person.key.split()[-1] in words or (head in TITLE_HEADS and head in person.title.lower().split()):
            return person.key
    return None
