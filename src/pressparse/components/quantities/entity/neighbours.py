"""What the figures around a figure say it counts: the sentence's first count, the last sentence's
subject for 'It' or 'This', the count a bare list item goes on from, the figure a mark refers to."""

from __future__ import annotations

import re

from ..figure import STRONG, Figure
from ..grammar import Rules

# a bare count that opens its sentence or list item (past a list mark, "among them,") and is the subject
# of the verb after it (past a share in brackets): "(iv) 35,000 (84%) had been looking for work"
BARE_LEAD = re.compile(
    r"(?i)\s*(?:\(?(?:[ivxl]{1,5}|\d{1,2}|[a-h])[.)]\s+|[•·▪*–-]\s+)?(?:among\s+(?:them|these|those),\s*)?")
BARE_VERB = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:had|have|has|were|was|are|is|will|would|did|do|could|can)\b"
                       r"|[a-z]{3,}(?<!e)ed\b)")
ANAPHORA_REACH = 800

BENCHMARK_OF = re.compile(r"(?i)([a-z]+)\s+of\s+$")

WORD_AFTER = re.compile(r"\s+([a-z]+)\b")


def last_sentence_subject(figures: list[Figure], figure: Figure) -> str | None:
    """What the first figure of the last earlier sentence with figures counts, within a few sentences."""
    earlier = [other for other in figures if other.start < figure.start and other.window[0] < figure.window[0]]
    if not earlier or figure.start - earlier[-1].end > ANAPHORA_REACH:
        return None
    sentence = earlier[-1].window
    return next((other.entity for other in earlier if other.window == sentence and other.entity), None)


def bare_subject_head(text: str, figure: Figure, figures: list[Figure]) -> str | None:
    """What a bare count that is its clause's subject counts: the noun of the last count before it in
    its paragraph that a noun named ("Some 20,400 (49%) of the jobless ..." then "(iv) 35,000 (84%)
    had been looking for work": the jobless); None when no such count precedes it."""
    if figure.kind != "count" or figure.unit is not None or not BARE_VERB.match(text, figure.end) \
            or not BARE_LEAD.fullmatch(text, figure.window[0], figure.start):
        return None
    paragraph = text.rfind("\n\n", 0, figure.start)
    earlier = [other for other in figures if paragraph < other.start < figure.start]
    for other in reversed(earlier):
        if other.kind == "count" and other.unit is None and other.entity and other.entity_strength == STRONG:
            return other.entity
    return None


def first_count_head(figures: list[Figure], figure: Figure) -> str | None:
    """The noun the sentence's first plain count named, for a bare count read as one more item."""
    for other in figures:
        if other is figure or other.start > figure.start:
            return None
        if other.window == figure.window and other.kind == "count" and other.unit is None:
            return other.entity if other.entity_strength == STRONG else None
    return None


def is_benchmark(rules: Rules, text: str, figure: Figure, entity: str) -> bool:
    """Whether the entity is a mark named next to the figure ("the 40,000 mark", "its previous
    maximum of 512 gigabytes"), not a subject that is a level ("the water level rose to 5 m")."""
    head = entity.split()[-1].lower()
    if head not in rules.lexicon["benchmark"]:
        return False
    after = WORD_AFTER.match(text, figure.end)
    before = BENCHMARK_OF.search(text, max(figure.window[0], figure.start - 30), figure.start)
    return (after is not None and after.group(1) == head) or (before is not None and before.group(1).lower() == head)


def first_in_sentence(figures: list[Figure], figure: Figure) -> str | None:
    """What the sentence's first figure of the same kind counts: "attendance was 40,267, the first
    time it passed the 40,000 mark" (a mark or record is no thing; the earlier figure names it)."""
    for other in figures:
        if other is figure or other.start > figure.start:
            return None
        if other.window == figure.window and other.kind == figure.kind and other.entity:
            return other.entity
    return None
