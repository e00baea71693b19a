"""What the stages pass along: a ``Candidate`` a capitalized run may yield, a ``Mention`` found
in the text, and a ``Place`` of the article (its mentions, gazetteer entry and parent)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from ...normalize.places import lookup_form
from .gazetteer import Entry


@dataclass
class Mention:
    """A candidate place mention found in the text."""

    start: int
    end: int
    name: str
    type: str | None  # from a type word, or None for a bare name
    # typed | major | weak | tentative (unknown word) | town (a tentative word a town of the article's
    # country bears) | acronym (typed capitals: "GB region") | dead (after "the")
    strength: str
    entries: list[Entry]
    possessive: bool = False
    dateline: bool = False
    after: int = 0  # end of the mention's words, including a plural type word after it
    plural: str | None = None  # type of a plural type word right after ("counties")
    cue: bool = False  # preceded by a place cue word ("in", "such as", ...)
    # the wording makes it a place, known or not: a route's end ("the Kigali-Musanze road"), a seat
    # ("Member of Parliament for Awutu Senya")
    placed: bool = False
    sentence_start: bool = False
    place: Place | None = None
    towns: list[Entry] = field(default_factory=list)  # the small towns of a tentative word's name


@dataclass
class Place:
    """One place of the article: its mentions, chosen entry and parent."""

    name: str
    mentions: list[Mention]
    type: str = "other"
    rank: float = 0
    entry: Entry | None = None
    parent: Place | None = None
    text_parent: Place | None = None
    accepted: bool = True

    @property
    def key(self) -> str:
        return self.entry.key if self.entry else f"{self.type}:{lookup_form(self.name)}"


class Candidate(NamedTuple):
    """A mention a run may yield, offsets relative to the run; ``guard`` names the check of the
    surrounding text it needs ("no_digit_after", "dateline")."""

    start: int
    end: int
    name: str
    type: str | None
    strength: str
    possessive: bool = False
    guard: str | None = None


# What a run's plan needs of the text around it: nothing, a place-like word after it ("Kalaburagi in"),
# or that or a place cue before it (a town's name: "near Fannett.").
Need = Literal["nothing", "next", "next_or_cue"]
Plan = tuple[list[list[Candidate]], Need]  # (steps: alternatives, first that holds; what it needs)

Link = tuple[Mention, Mention, str]  # (child, parent, "comma" | "in" | "possessive")
