"""Parents: the links the wording suggests between neighbouring mentions (comma chains "Boyang
Village, Banqiao Town", "X in/of Y", "China's Y"), a sentence opened by "In Iowa, ...", the
gazetteer's enclosing divisions when the article mentions them, the article's home division for the
places no gazetteer knows, and the parent a listed place shares with its neighbour ("X and Y")."""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

import regex

from .gazetteer import Entry
from .mention import Link, Mention, Place
from .rules import COORD_GAP, PlaceRules

_COMPASS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?[ ]+)"
_COMMA_GAP = regex.compile(rf"\A[ ]*,[ ]*{_COMPASS}?\Z", regex.I)
_IN_GAP = regex.compile(
    rf"\A(?:[ ]+(?:in|of)[ ]+(?:the[ ]+)?{_COMPASS}?"  # "Bubiyan Island in northern Kuwait"
    rf"|[ ]*,?[ ]+in[ ]+the[ ]+{_COMPASS}(?:part[ ]+)?of[ ]+(?:the[ ]+)?)\Z",  # ", in the west of"
    regex.I,
)
_DIVISIONS = frozenset({"county", "district", "province", "state", "region"})
_SETTLEMENTS = frozenset({"city", "town", "village", "other"})
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")


def find_links(text: str, mentions: list[Mention]) -> list[Link]:
    """(child, parent, kind) pairs the wording suggests; ranks decide later which hold."""
    links: list[Link] = []
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        gap = text[a.after:b.start]
        if a.possessive and not gap.strip():
            links.append((b, a, "possessive"))
            continue
        target = b
        if b.possessive and i + 2 < len(mentions) and not text[b.end + 2:mentions[i + 2].start].strip():
            target = mentions[i + 2]
        if _COMMA_GAP.match(gap):
            links.append((a, target, "comma"))
        elif _IN_GAP.match(gap):
            links.append((a, target, "in"))
            # the coordination before "in" shares the parent: "Barmer and Jodhpur districts in Rajasthan"
            j = i
            while j > 0 and COORD_GAP.match(text[mentions[j - 1].after:mentions[j].start]) \
                    and mentions[j - 1].place.rank < target.place.rank:
                links.append((mentions[j - 1], target, "in"))
                j -= 1
    return links


def may_enclose(rules: PlaceRules, outer: Place, inner: Place, kind: str = "in") -> bool:
    """A higher-ranked place, or one the gazetteer puts above the inner one: a Philippine
    region holds provinces ("Isabela in Cagayan Valley") though regions rank below them; in a
    comma chain, a division holds a settlement no gazetteer division holds ("Wallington,
    Hampshire": Chinese cities rank above counties, English ones lie in them)."""
    if outer.rank > inner.rank:
        return True
    if kind == "comma" and outer.type in _DIVISIONS and inner.type in _SETTLEMENTS and (
            inner.entry is None or all(a.type == "country" for a in rules.gazetteer.ancestors(inner.entry))):
        return True
    if outer.entry is None:
        return False
    return any(a.key == outer.entry.key for m in inner.mentions for e in m.entries
               for a in rules.gazetteer.ancestors(e))


def text_parents(rules: PlaceRules, links: list[Link]) -> None:
    for child, parent, kind in links:
        c, p = child.place, parent.place
        if c is p or c.text_parent is not None or not may_enclose(rules, p, c, kind):
            continue
        c.text_parent = p


def frames(text: str, mentions: list[Mention]) -> None:
    """"In Iowa, a project covering Story County ...": the sentence's places lie in Iowa."""
    for i, mention in enumerate(mentions):
        if not mention.place.accepted or text[mention.end:mention.end + 1] != ",":
            continue
        before = text[max(0, mention.start - 4):mention.start]
        opens_sentence = mention.start == 3 or before[:1] in {" ", "\n"}
        if not (before.endswith("In ") and opens_sentence):
            continue
        end = _SENTENCE_END.search(text, mention.end)
        stop = end.start() if end else len(text)
        for later in mentions[i + 1:]:
            if later.start >= stop:
                break
            place = later.place
            if place.accepted and place.text_parent is None and place is not mention.place \
                    and place.rank < mention.place.rank:
                place.text_parent = mention.place


_SETTLED_TYPES = frozenset({"village", "town", "district", "county", "city", "prefecture"})
# A place of one of these types, named with the article's home, lies in it ("Toronto and Peel").
_SIBLING_TYPES = frozenset({*_SETTLED_TYPES, "region", "other"})
# "Fort McMurray and the Wood Buffalo region": two places of one list.
_SIBLING_GAP = regex.compile(r"\A[ ]*(?:,[ ]*(?:(?:and|or)[ ]+)?|(?:and|or)[ ]+)(?:the[ ]+)?\Z")


def gazetteer_parents(rules: PlaceRules, text: str, places: list[Place], mentions: list[Mention]) -> None:
    by_key = {p.key: p for p in places}
    # the first-level divisions the article names, by country: "Toronto" in an article about
    # Ontario lies in Ontario when the gazetteer files the city under Canada only
    divisions: dict[str, list[Place]] = {}
    for place in places:
        if place.entry is not None and place.entry.parent_key == place.entry.country \
                and place.entry.type in {"province", "state"}:
            divisions.setdefault(place.entry.country or "", []).append(place)
    home, times = _home(text, places, divisions)
    for place in places:
        if place.text_parent is not None:
            place.parent = place.text_parent
            continue
        if place.entry is None:
            # a region may cross borders: it lies in the home only when the article is about it
            if home is not None and place is not home and place.rank < home.rank and (
                    place.type in _SETTLED_TYPES or (place.type == "region" and times > 1)):
                place.parent = home
            continue
        for ancestor in rules.gazetteer.ancestors(place.entry):
            if ancestor.key in by_key and by_key[ancestor.key] is not place:
                place.parent = by_key[ancestor.key]
                break
        only = divisions.get(place.entry.country or "", [])
        if place.entry.key.startswith("geonames:") and place.entry.parent_key == place.entry.country \
                and len(only) == 1 and only[0] is not place and not _first_level(rules, place.entry):
            place.parent = only[0]
    _siblings(text, mentions)


def _home(text: str, places: list[Place], divisions: dict[str, list[Place]]) -> tuple[Place | None, int]:
    """The division the article is about, and how often the text writes its name: of the
    first-level divisions it names, known or typed, the one written most, twice at least, more
    than any other ("Arizona Governor X" counts: a title is about the state too; "the Shobak
    district" in an article on "Karak Governorate"), unless another country is written as often
    (a Chinese province's name in a Pacific story); else its country: the one it names, or the
    one written most, twice at least ("Safata #1" in an article on Samoa). Unknown places lie in
    the home."""
    countries = _ranked(text, [p for p in places if p.entry is not None and p.entry.type == "country"])
    named = [d for found in divisions.values() for d in found]
    named += [p for p in places if p.entry is None and p.type in {"province", "state"}]
    top = _top(_ranked(text, named))
    if top is not None:
        own = top[1].entry.country if top[1].entry is not None else None
        if all(n < top[0] or p.entry is None or p.entry.country == own for n, p in countries):
            return top[1], top[0]
    if named and top is None:
        return None, 0  # two divisions written as often: the article is about neither
    if len(countries) == 1:
        return countries[0][1], countries[0][0]
    top = _top(countries)
    return (top[1], top[0]) if top is not None else (None, 0)


def _ranked(text: str, places: list[Place]) -> list[tuple[int, Place]]:
    """The places by how often the text writes them, most first."""
    return sorted(((_written(text, p), p) for p in places), key=lambda c: -c[0])


def _top(ranked: list[tuple[int, Place]]) -> tuple[int, Place] | None:
    """The first of ``ranked`` when written twice at least and more often than the next."""
    if ranked and ranked[0][0] > 1 and (len(ranked) == 1 or ranked[1][0] < ranked[0][0]):
        return ranked[0]
    return None


def _written(text: str, place: Place) -> int:
    """How often the text writes the place's names as words (inside titles and body names too)."""
    names = {m.name for m in place.mentions} | {place.name}
    return sum(len(_as_word(n).findall(text)) for n in names if len(n) > 2)


@lru_cache(maxsize=4096)
def _as_word(name: str) -> regex.Pattern[str]:
    """``name`` as a whole word, compiled once per name rather than once per place and article."""
    return regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(name)}(?![\p{{L}}\p{{N}}])")


def _siblings(text: str, mentions: list[Mention]) -> None:
    """"Toronto and Peel health officials": an unknown place listed with a place of known parent
    shares it, when that parent may hold it."""
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(mentions):
            if a.place is b.place or not _SIBLING_GAP.match(text[a.after:b.start]):
                continue
            for lone, known in ((a.place, b.place), (b.place, a.place)):
                parent = known.parent
                if lone.parent is None and lone.entry is None and parent is not None and parent is not lone \
                        and lone.accepted and lone.type in _SIBLING_TYPES and lone.rank < parent.rank:
                    lone.parent, changed = parent, True


def _first_level(rules: PlaceRules, entry: Entry) -> bool:
    """A city that is itself a first-level division ("Haiphong", "Ha Noi") lies in no province."""
    return any(e.code and e.country == entry.country and e.parent_key == entry.country
               for e in rules.gazetteer.lookup(entry.name))
