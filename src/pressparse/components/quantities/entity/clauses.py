"""The subject of the clause a figure belongs to when the words next to it name the wrong thing: a
participle clause (', rising 18 percent') and a copula's predicate ('X was the largest share at N')."""

from __future__ import annotations

import re

from ..figure import Figure
from ..grammar import Rules
from .phrases import noun_phrase
from .plausibility import plausible
from .tokens import CLAUSE_OPENER, DIGIT, LEADING_MARKS, is_proper_name

# ", recording an increase of 12%", ", rising 18 percent": a clause of a participle the figure sits in
PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?P<verb>[a-z]{3,}ing)\s+(?:(?:by|to|about|around|nearly|almost|over|some)\s+)?"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:(?P<change>[a-z]+)\s+of\s+)?)?$")
NOT_PARTICIPLE = frozenset({"including", "excluding", "according", "following", "during", "concerning",
                            "regarding", "compared", "bring", "nothing", "something", "everything"})

# "Port trade was the largest share of total trade at $189 million", "Spending is another record
# outlay, up $2.1 billion": the figure is the level or change of the subject, not of the predicate noun
COPULA_PREDICATE = re.compile(
    r"(?P<subject>[^,;:]+?)\s+(?:is|was|are|were)\s+(?P<predicate>(?:the|a|an|another)\s+[^,;:]*?)"
    r"(?:,\s*(?:up|down)\s+(?:by\s+)?|\s+at\s+)$")
COPULA_ENDING = re.compile(r"(?:,\s*(?:up|down)\s+(?:by\s+)?|\s+at\s+)$")
REPORTED = re.compile(r"(?i)^.*?\b(?:said|says|announced|noted|added)\s+(?:that\s+)?")


def participle_subject(rules: Rules, text: str, figures: list[Figure], figure: Figure, clause: int) -> str | None:
    """What a participle clause's figure measures is what its main clause measured: the entity of
    the sentence's first figure before the clause, else the main clause's subject ("Exports led
    the gains, rising 18 percent")."""
    for other in figures:
        if other.start >= clause:
            break
        if other.window[0] == figure.window[0] and other.entity:
            return other.entity
    main = text[figure.window[0]:clause]
    main = CLAUSE_OPENER.sub("", main[LEADING_MARKS.match(main).end():])
    entity = noun_phrase(rules, main, allow_leading_number=False)
    if entity is None or DIGIT.search(entity) or is_proper_name(entity.split()):
        return None
    return plausible(text, figure, entity)


def copula_subject(rules: Rules, text: str, figure: Figure, entity: str) -> str | None:
    """The subject of "X is/was the ... at N" or "X is another ..., up N" when the word rules read
    the entity off the predicate noun."""
    # The pattern's lazy subject makes a search over the whole sentence quadratic: test its ending
    # first (rarely there), and start where a match can start, past the last ",;:" before that ending
    # (neither the subject nor the predicate holds one), which leaves the leftmost match the same.
    ending = COPULA_ENDING.search(text, figure.window[0], figure.start)
    if ending is None:
        return None
    start = max(text.rfind(",", 0, ending.start()), text.rfind(";", 0, ending.start()),
                text.rfind(":", 0, ending.start())) + 1
    found = COPULA_PREDICATE.search(text, max(figure.window[0], start), figure.start)
    if found is None or entity not in found.group("predicate"):
        return None
    subject = found.group("subject")
    subject = CLAUSE_OPENER.sub("", REPORTED.sub("", subject[LEADING_MARKS.match(subject).end():]))
    found_subject = noun_phrase(rules, subject, allow_leading_number=False)
    if found_subject is None or DIGIT.search(found_subject) or is_proper_name(found_subject.split()):
        return None
    return plausible(text, figure, found_subject)
