"""Reporting verbs ("said", "pointed out", "told reporters"), read once from
``data/reporting_verbs.tsv``: the one list the people, quantities and attribution components share,
so a verb added there is a speech tag for all three."""

from __future__ import annotations

from functools import cache

from ..data import read_tsv
from .words import alternation

# The verbs that report on their own (a name beside one is a person's) and those that only
# report beside a person or body already found.
SPEECH_KINDS = ("speech", "listener")
ALL_KINDS = ("speech", "listener", "tag")


@cache
def reporting_verbs(kinds: tuple[str, ...] = SPEECH_KINDS) -> tuple[str, ...]:
    """The verbs of ``kinds``, longest first (so an alternation of them prefers "pointed out")."""
    verbs = {row["verb"] for row in read_tsv("reporting_verbs.tsv") if row["kind"] in kinds}
    return tuple(sorted(verbs, key=lambda verb: (-len(verb), verb)))


def verb_alternation(kinds: tuple[str, ...] = SPEECH_KINDS) -> str:
    """A regex group matching any verb of ``kinds`` (the spaces of "pointed out" as any whitespace),
    without word boundaries: each pattern adds its own."""
    return f"(?:{alternation(reporting_verbs(kinds))})"


def speech_words() -> frozenset[str]:
    """The one-word verbs that report on their own, lower case: "said", "told"."""
    return frozenset(verb for verb in reporting_verbs() if " " not in verb)
