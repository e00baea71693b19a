"""Typing a place: the gazetteer entry an article means among those of its name, and so its type
and rank; a parent the text names that the gazetteer contradicts makes it a different, local place."""

from __future__ import annotations

from ...normalize.places import lookup_form
from .gazetteer import RANKS, Entry
from .mention import Mention, Place
from .rules import PlaceRules


def type_place(rules: PlaceRules, place: Place, doc_names: set[str], text_parent: Place | None) -> None:
    """The place's gazetteer entry, type and rank, from all its mentions."""
    mentions = place.mentions
    explicit = [m.type for m in mentions if m.type]
    # the dateline's city, not its abbreviated state ("TAMPA, Fla." and "Florida" are no city)
    dateline = any(m.dateline and (not m.entries or any(e.type == "city" for e in m.entries)) for m in mentions)
    entry = None
    entries = _candidate_entries(mentions, explicit, dateline)
    if entries:
        entry = _best_entry(rules, place, entries, doc_names, text_parent)
        outer = text_parent.entry if text_parent is not None else None
        ancestors = rules.gazetteer.ancestors(entry)
        # a city the gazetteer files only under its country cannot contradict the text's region
        known_division = any(a.type != "country" for a in ancestors)
        if outer is not None and all(a.key != outer.key for a in ancestors) \
                and (known_division or outer.type == "country"):
            if outer.country == entry.country:
                entry = None  # "Xi'an City, Taoyuan County": a different, local place
            else:
                place.text_parent = None  # "Jammu and Kashmir, Trinidad and Tobago": a list
    place.entry = entry
    if explicit:
        place.type = min(explicit, key=RANKS.__getitem__)
    else:
        place.type = entry.type if entry else "city" if dateline else "other"
    place.rank = entry.rank if entry else RANKS[place.type]
    if entry is not None:
        place.name = entry.name


def _candidate_entries(mentions: list[Mention], explicit: list[str], dateline: bool) -> list[Entry]:
    if explicit and min(RANKS[t] for t in explicit) <= RANKS["town"]:
        return []  # a town or village is never the county it shares a name with
    if len(mentions) == 1:
        entries = mentions[0].entries
    else:
        pool = [m for m in mentions if m.type] or mentions
        entries = list({e.key: e for m in pool for e in m.entries}.values())
    if dateline:
        return [e for e in entries if e.type == "city"] or entries
    return entries


def _best_entry(rules: PlaceRules, place: Place, entries: list[Entry], doc_names: set[str],
                text_parent: Place | None) -> Entry | None:
    """The entry the article means: under the parent the text names, else of the type word,
    else a major name over a minor one, else (for a bare name) the higher division (Hainan the
    province, not the prefecture in Qinghai), else the one whose enclosing divisions the article
    mentions (Taoyuan in Hunan)."""
    if len(entries) < 2:
        return entries[0] if entries else None
    explicit = {m.type for m in place.mentions if m.type}
    own = lookup_form(place.name)

    def score(entry: Entry) -> tuple[bool, bool, bool, float, int, bool, float]:
        ancestors = rules.gazetteer.ancestors(entry)
        parent_hit = text_parent is not None and text_parent.entry is not None and \
            any(a.key == text_parent.entry.key for a in ancestors)
        in_text = sum(1 for a in ancestors if a.type != "country" and lookup_form(a.name) != own
                      and lookup_form(a.name) in doc_names)
        # namesakes alike but for their country: the one whose country the article names ("St.
        # Andrew" in an article on Grenada, not Barbados's or Jamaica's parish)
        country_named = any(a.type == "country" and lookup_form(a.name) in doc_names for a in ancestors)
        # a name that is a major city and a minor division of its own (Rio de Janeiro) is the city
        return (parent_hit, entry.type in explicit, entry.tier == "major", 0 if explicit else entry.rank,
                in_text, country_named, entry.rank)

    return max(entries, key=score)
