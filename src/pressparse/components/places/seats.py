"""Seats: the place a member of a legislature represents is a place, whether or not a gazetteer
knows it ("the Member of Parliament for Awutu Senya", "Member for Dubbo", "the Kaasidhoo MP")."""

from __future__ import annotations

import regex

from ...normalize.names import first_names
from .mention import Mention
from .routes import placed_at
from .rules import PlaceRules

_NAME = r"\p{Lu}[\p{L}\p{M}'\u2019-]+"
_MEMBER = r"(?:Member[ ]of[ ](?:the[ ])?(?:Parliament|National[ ]Assembly|Legislative[ ]Assembly)|Member|MPP?|MLA|MNA)"
# "Member of Parliament for Awutu Senya", "MP for Hull West": the seat after "for";
# "the Kaasidhoo MP": a seat between "the" and the title (a name before "MP" is the member's own).
_SEAT = regex.compile(
    rf"\b{_MEMBER}[ ]for[ ](?:the[ ])?(?P<after>{_NAME}(?:[ ]{_NAME}){{0,2}})"
    rf"|\b[Tt]he[ ](?P<before>{_NAME}(?:[ ]{_NAME}){{0,2}})[ ](?:MPP?|MLA|MNA)\b")


def seats(rules: PlaceRules, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each seat a legislator represents marked ``placed`` (a district when unknown)."""
    if "M" not in text:
        return mentions
    spans = []
    for m in _SEAT.finditer(text):
        group = "after" if m["after"] is not None else "before"
        words = m[group].split(" ")
        # "Member for Dubbo Tom Haddad MP": the member's name after the seat is no part of it
        words = words[:next((i for i, w in enumerate(words) if i and w in first_names()), len(words))]
        if any(w in rules.never or w in rules.body_words or w in rules.honorifics for w in words):
            continue
        start = m.start(group)
        spans.append((start, start + len(" ".join(words))))
    return placed_at(rules, text, mentions, spans, "district")
