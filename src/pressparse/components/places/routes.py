"""Routes: a road, railway or line named by the places it joins. Each end of "the Kigali-Musanze
road" or of "the road from Chistan to Chak via Dahrnawala" is a place, whether or not a gazetteer
knows it: the route word says so (``data/place_routes.txt``)."""

from __future__ import annotations

import regex

from ...data import read_lines
from .context import make_mention
from .mention import Mention
from .rules import PlaceRules

_NAME = r"\p{Lu}[\p{L}\p{M}'\u2019]+"
_NOUNS = sorted(read_lines("place_routes.txt"), key=len, reverse=True)
_NOUN = "|".join(regex.escape(w) for w in _NOUNS)
# "Kigali-Musanze road", "Dar es Salaam-Morogoro stretch" is left to the runs: names of one word each.
_HYPHENED = regex.compile(rf"(?<![\p{{L}}\p{{M}}'\u2019.-]){_NAME}(?:-{_NAME})+(?=[ ]+(?i:{_NOUN})s?\b)")
# "road from Chistan to Chak via Dahrnawala", "highway between Kabwe and Kapiri": up to three words a name.
_WORDS = rf"{_NAME}(?:[ ]{_NAME}){{0,2}}"
_FROM_TO = regex.compile(
    rf"\b(?i:{_NOUN})s?[ ]+(?:(?:from|between)[ ]+(?P<a>{_WORDS})[ ]+(?:to|and)[ ]+(?P<b>{_WORDS})"
    rf"(?:[ ]+via[ ]+(?P<c>{_WORDS}))?)")


def route_ends(rules: PlaceRules, text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with every end of a route marked (``placed``): the runs' mentions at those
    places, and new ones where the runs found none (an unknown word, or a hyphenated pair the
    runs read as one word). A hyphenated pair is split only when one of its names is known
    ("Gilgit-Baltistan", a known name, stays whole)."""
    if not _may_name_route(text):
        return mentions
    ends: list[tuple[int, int]] = []
    for pair in _HYPHENED.finditer(text):
        if rules.gazetteer.lookup(pair.group()):
            continue
        parts = [(m.start(), m.end()) for m in regex.finditer(_NAME, pair.group())]
        names = [pair.group()[s:e] for s, e in parts]
        if any(rules.gazetteer.lookup(n) for n in names) and \
                not any(n in rules.never or n in rules.lead_words or n in rules.org_words for n in names):
            ends += [(pair.start() + s, pair.start() + e) for s, e in parts]
    for path in _FROM_TO.finditer(text):
        for group in ("a", "b", "c"):
            if path[group] is not None and path[group] not in rules.never:
                ends.append(path.span(group))
    return placed_at(rules, text, mentions, ends)


def _may_name_route(text: str) -> bool:
    """Whether a route word may occur in ``text``, which both patterns need: most texts name none,
    and finding them in the case-folded text is much cheaper than the patterns' case-insensitive
    scan. "İ" matches "i" there but folds to two characters, so a text holding it is always tried.

    >>> _may_name_route("The RAILWAY opened."), _may_name_route("Rainfall rose."), _may_name_route("RAİL")
    (True, False, True)
    """
    folded = text.casefold()
    return "\u0130" in text or any(noun.casefold() in folded for noun in _NOUNS)


def placed_at(rules: PlaceRules, text: str, mentions: list[Mention], spans: list[tuple[int, int]],
              place_type: str | None = None) -> list[Mention]:
    """``mentions`` with a mention at each of ``spans`` marked ``placed`` (of ``place_type`` when
    the gazetteer does not know the name): the runs' mention there, else a new one, replacing
    any the runs found inside it."""
    if not spans:
        return mentions
    kept = [m for m in mentions if not any(m.start <= s and e <= m.end and (m.start, m.end) != (s, e)
                                           for s, e in spans)]  # a pair the runs read as one word
    at = {(m.start, m.end): m for m in kept}
    for start, end in spans:
        mention = at.get((start, end))
        if mention is None:
            if any(m.start < end and start < m.end for m in kept):
                continue  # a longer name the runs found ("Dar es Salaam")
            known = bool(rules.gazetteer.lookup(text[start:end]))
            mention = make_mention(rules, text, start, end, text[start:end], None if known else place_type,
                                   strength="bare" if known else "tentative")
            if mention.strength == "dead":
                mention.strength = "tentative"  # "the Musanze-Kigali road": "the" is the road's
            kept.append(mention)
            at[(start, end)] = mention
        mention.placed = True
    return sorted(kept, key=lambda m: m.start)
