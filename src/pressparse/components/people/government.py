"""The government a head of government or an envoy belongs to, when the post names no body: "Chief
Minister X" and "the ACT Government", "President X" and "the Office of the President", "Vanuatu's
Ambassador X" and "the Vanuatu Government" (posts in ``data/government_posts.tsv``).

A place stated with the post ("Kenyan President", "Governor of Armavir", "Taiwan's Ambassador") must
be the government's; a place it names that no government of the article matches ("U.S. President")
leaves the person without one. Without a place, a head belongs to the article's one government (its
executive office first), an envoy to none: the government an envoy's article names is often the host's.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from ...data import read_tsv
from ...normalize.names import fold
from ..places import gazetteer
from .candidate import Agency, Candidate
from .patterns import PeopleRules

# "the ACT Government", "the Manitoba government", "Kiribati National Government"; "Government of (the
# Republic of) Montenegro"; a level word between the place and "Government" is no part of the place.
_PLACE_GOVERNMENT = re.compile(
    r"^(?:the\s+)?(?P<place>.+?)(?:\s+(?:State|Provincial|Federal|National|Regional|Territorial|Central))?"
    r"\s+[Gg]overnment$")
_GOVERNMENT_OF = re.compile(r"^(?:the\s+)?Government\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<place>.+)$")
_OFFICE_OF = re.compile(r"^(?:the\s+)?Office\s+of\s+(?:the\s+)?(?P<post>.+)$")
_CAPITALIZED = re.compile(r"[A-Z][\w.'’-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# "former President", "ex-Premier", "then-Governor" right before the name
_FORMER = re.compile(r"\b(?:former|ex|then|late|outgoing)[ -](?:[A-Z][\w.-]*[ ]+){1,4}\Z", re.IGNORECASE)
# "Ambassador to Fiji": what follows "to" is where an envoy serves
_TO = re.compile(r"\bto\b")


@cache
def government_posts() -> dict[str, dict[str, str]]:
    """Post (lower case) -> its row: ``kind`` "head" or "envoy", ``level`` "national" or "local"."""
    return {row["post"]: row for row in read_tsv("government_posts.tsv")}


def government_for(rules: PeopleRules, text: str, cand: Candidate, agencies: list[Agency]) -> str | None:
    """The key of the government ``cand``'s post belongs to, or None (see the module's docstring)."""
    post = (cand.post or cand.title or "").lower()
    row = government_posts().get(post)
    if row is None or _FORMER.search(text, max(0, cand.start - 40), cand.start):
        return None  # "former President X" holds no post now
    places, offices = governments(text, agencies, post)
    stated = stated_places(rules, text, cand)
    if stated:
        # "Acme Kenya President X": a word no place reads, before any that does, names another body
        # the post is of ("Armavir Marz": a word after the place is its type)
        read = [any(same_place(word, place) for place, _ in places) or is_place_word(word) for word in stated]
        if False in read[:read.index(True) if True in read else len(read)]:
            return None
        found = {key for place, key in places if any(same_place(word, place) for word in stated)}
        return found.pop() if len(found) == 1 else None
    if row["kind"] != "head":
        return None
    if len(offices) == 1:
        return offices[0]
    places = [(place, key) for place, key in places if level(place) in (None, row["level"])]
    named = {fold(place) for place, _ in places}
    return places[0][1] if len(named) == 1 else None


def is_place_word(word: str) -> bool:
    """A place the gazetteer holds ("Kenya" of "Kenya's President", where no government is Kenya's)."""
    return bool(gazetteer().lookup(word))


def level(place: str) -> str | None:
    """"national" for a country, "local" for any other place the gazetteer holds, else None."""
    entries = gazetteer().lookup(place)
    if any(e.type == "country" and e.tier == "major" for e in entries):
        return "national"
    return "local" if entries else None


def governments(text: str, agencies: list[Agency], post: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The article's governments as (place, key), in text order, and the keys of the executive
    offices of ``post`` ("Office of the President" for a president)."""
    places: list[tuple[str, str]] = []
    offices: list[str] = []
    for agency in agencies:
        key = agency.info.get("key")
        if not key:
            continue
        for surface in (agency.info.get("name") or "", text[agency.start:agency.end]):
            surface = " ".join(surface.split())
            if m := _PLACE_GOVERNMENT.match(surface) or _GOVERNMENT_OF.match(surface):
                places.append((m["place"], key))
                break
            if (m := _OFFICE_OF.match(surface)) and fold(m["post"]) == post:
                if key not in offices:
                    offices.append(key)
                break
    return places, offices


def stated_places(rules: PeopleRules, text: str, cand: Candidate) -> list[str]:
    """The capitalized words written with the post that are not part of it: the words before it
    ("Kenyan", "Taiwan's") and its "of" complement ("Governor of Armavir"); a "to" complement
    names where an envoy serves ("Ambassador to Fiji"), not whose envoy they are."""
    words = []
    pieces = [text[lo:hi] for lo, hi in cand.agency_windows] + [cand.portfolio or "", cand.title or ""]
    for piece in pieces:
        piece = _TO.split(piece, maxsplit=1)[0]
        for m in _CAPITALIZED.finditer(piece):
            word = _POSSESSIVE.sub("", m.group())
            lower = word.lower()
            if lower in STOP_WORDS or lower in rules.modifiers or any(lower in t.split() for t in rules.titles):
                continue
            words.append(word)
    return [w for w in dict.fromkeys(words) if w not in (cand.name or "").split()]


def same_place(word: str, place: str) -> bool:
    """Whether ``word`` ("Kenyan", "Taiwan", "Montenegrin") names a word of ``place``: equal, or
    its demonym (all of the place word but its last letter opens it)."""
    word = fold(word)
    for part in fold(place).split():
        shared = len(_common_prefix(word, part))
        if word == part or (len(part) >= 4 and shared >= len(part) - 1):
            return True
    return False


def _common_prefix(a: str, b: str) -> str:
    """The letters ``a`` and ``b`` open with alike ("kenyan", "kenya" -> "kenya")."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


@cache
def _the_head() -> re.Pattern[str]:
    """"the Taoiseach", "the prime minister": a head's post after "the", with no name or "of" after it."""
    posts = sorted((post for post, row in government_posts().items() if row["kind"] == "head"), key=len, reverse=True)
    alternatives = "|".join(re.escape(post) for post in posts)
    return re.compile(rf"\b[Tt]he\s+(?P<post>(?i:{alternatives}))\b(?!\s+(?:of\b|[A-Z]))")


def titled_by_reference(text: str, people: list[Candidate]) -> None:
    """"Leo Varadkar said ... The Taoiseach said": the one person of the article with no title is the
    head it refers to by post alone, when it refers to one post and no person already holds it."""
    posts = {m["post"].lower(): m["post"] for m in _the_head().finditer(text)}
    if len(posts) != 1:
        return
    ((post, written),) = posts.items()
    if any((p.title or "").lower().endswith(post) for p in people):
        return
    untitled = {p.name for p in people if not p.title and p.role != "journalist"}
    if len(untitled) != 1 or len({p.name for p in people if p.title}) + 1 != len({p.name for p in people}):
        return
    for person in people:
        if person.name in untitled:
            person.title, person.role = written, "official"
