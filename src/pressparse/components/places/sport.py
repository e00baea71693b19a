"""Sports clubs named after their towns. In a sentence about club sport (a word of the "sport"
class of ``place_stopwords.tsv``: "striker", "transfer", "league"), a city or town named bare
("a deal with Leeds", "joined from Le Havre") or with City/Town/County ("from Ipswich Town") is
the club, not the place. Countries, divisions, a town "in" which something happens and a town
with its country after a comma ("Busan, South Korea") stay places."""

from __future__ import annotations

import regex

from .gazetteer import RANKS
from .mention import Mention
from .rules import PlaceRules

_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
_SENTENCE_START = regex.compile(r".*(?:[.!?](?=\s)|\n)", regex.S)  # up to the last sentence end
_CLUB_TYPES = frozenset({"City", "Town", "County"})
_APPOSITION_AFTER = regex.compile(r",[ ]+\p{Lu}")


def drop_clubs(rules: PlaceRules, text: str, mentions: list[Mention]) -> list[Mention]:
    """The mentions without the clubs of sports sentences."""
    if not _may_hold_sport_word(rules, text):
        return mentions
    sport = [m.start() for m in rules.sport_word.finditer(text)]
    if not sport:
        return mentions
    sentences = [_sentence(text, at) for at in sport]
    return [m for m in mentions if not (any(a <= m.start < b for a, b in sentences) and _club(text, m))]


def _may_hold_sport_word(rules: PlaceRules, text: str) -> bool:
    """False when no sport word can match: none is in the lower-cased text (a few substring tests
    in C, where the case-insensitive pattern tries every position of most texts for nothing). "İ" and
    "ſ" match "i" and "s" case-insensitively but lower-case to something else: a text with them is searched."""
    if "\u0130" in text or "\u017f" in text:
        return True
    lowered = text.lower()
    return any(word in lowered for word in rules.sport_words)


def _sentence(text: str, at: int) -> tuple[int, int]:
    before = _SENTENCE_START.match(text, 0, at)
    end = _SENTENCE_END.search(text, at)
    return (before.end() if before else 0), (end.end() if end else len(text))


def _club(text: str, mention: Mention) -> bool:
    if mention.dateline or _APPOSITION_AFTER.match(text, mention.end) \
            or text[max(0, mention.start - 3):mention.start] == "in ":
        return False
    if mention.type is not None:
        return text[mention.start:mention.end].rsplit(" ", 1)[-1] in _CLUB_TYPES
    # a town, or a town's own local-government area ("Leeds" the city and the district)
    return bool(mention.entries) and all(e.rank <= RANKS["city"] for e in mention.entries)
