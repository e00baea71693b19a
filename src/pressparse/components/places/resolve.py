"""Resolution, per article: mentions with the same bare name become one place, plural type words
type the names they govern, each place is typed from the gazetteer, links and context decide which
places stand, then parents come from the text and from the gazetteer."""

from __future__ import annotations

from ...normalize.places import lookup_form
from .accept import accept
from .entries import type_place
from .gazetteer import COMPATIBLE, RANKS, encloses
from .mention import Link, Mention, Place
from .parents import find_links, frames, gazetteer_parents, text_parents
from .rules import COORD_GAP, PlaceRules
from .sport import drop_clubs


def resolve(rules: PlaceRules, ents: dict[int, str], text: str, mentions: list[Mention]) -> list[Place]:
    """The article's places from its mentions: unify, type, link, accept, then parents."""
    mentions = drop_clubs(rules, text, [m for m in mentions if m.strength != "dead"])
    mentions.sort(key=lambda m: m.start)
    _apply_plurals(rules, text, mentions)
    _towns_of_named_countries(mentions)
    mentions = _expand_acronyms(mentions)
    places = _unify(mentions)
    doc_names = {lookup_form(m.name) for m in mentions}
    for place in places:
        type_place(rules, place, doc_names, None)
    links = find_links(text, mentions)
    _demote_mistranslated_cities(rules, links, doc_names)
    accept(rules, ents, text, places, mentions, links)
    links = [(c, p, kind) for c, p, kind in links if c.place.accepted and p.place.accepted]
    text_parents(rules, links)
    frames(text, mentions)
    accepted = [p for p in places if p.accepted]
    doc_names = {lookup_form(p.name) for p in accepted}
    for place in accepted:
        type_place(rules, place, doc_names, place.text_parent)
    gazetteer_parents(rules, text, accepted, [m for m in mentions if m.place.accepted])
    return accepted


def _expand_acronyms(mentions: list[Mention]) -> list[Mention]:
    """"districts Gilgit and Hunza in GB region": typed capitals are the initials of a place the
    article names in full ("Gilgit-Baltistan"), a mention of it; capitals that spell no such place
    are dropped."""
    if not any(m.strength == "acronym" for m in mentions):
        return mentions
    named = {_initials(m.name): m for m in mentions if m.strength in {"typed", "major", "weak"}
             and (" " in m.name or "-" in m.name)}
    kept = []
    for mention in mentions:
        if mention.strength == "acronym":
            full = named.get(mention.name)
            if full is None:
                continue
            mention.name, mention.entries, mention.strength = full.name, full.entries, "typed"
        kept.append(mention)
    return kept


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _towns_of_named_countries(mentions: list[Mention]) -> None:
    """"near Fannett" in an article that names Houston: an unknown word that a small town of a
    country the article names (by a major or typed place) bears is that town, still to be
    accepted by its context; a town of another country stays an unknown word."""
    countries = {e.country for m in mentions if m.strength in {"major", "typed"} for e in m.entries
                 if e.tier == "major" or m.strength == "typed"}
    for mention in mentions:
        if mention.strength == "tentative" and mention.towns:
            entries = [e for e in mention.towns if e.country in countries]
            if entries:
                mention.entries, mention.strength = entries, "town"


def _apply_plurals(rules: PlaceRules, text: str, mentions: list[Mention]) -> None:
    """"Sangamon and Macon counties": a plural type word types the coordination before it;
    "the districts of Macomia, Chiúre and Mocímboa da Praia": the one after it."""
    for i, mention in enumerate(mentions):
        if (before := rules.plural_of.search(text, max(0, mention.start - 30), mention.start)) is not None:
            place_type = rules.type_words[before.group(1)][0]
            for member in [mention, *_coordinated_after(text, mentions, i)]:
                if member.type is None and not encloses(member.entries, place_type):
                    member.type, member.strength = place_type, "typed"
                    member.entries = [e for e in member.entries if e.type in COMPATIBLE.get(place_type, ())]
        if mention.plural is None:
            continue
        group = [mention]
        while i - len(group) >= 0:
            previous = mentions[i - len(group)]
            if previous.type is not None or not COORD_GAP.match(text[previous.end:group[-1].start]):
                break
            group.append(previous)
        if len(group) < 2:
            continue
        for member in group:
            member.type, member.strength = mention.plural, "typed"
            member.entries = [e for e in member.entries if e.type in COMPATIBLE.get(mention.plural, ())]


def _coordinated_after(text: str, mentions: list[Mention], i: int) -> list[Mention]:
    """The mentions listed right after ``mentions[i]`` ("X, Y and Z")."""
    listed = []
    for later in mentions[i + 1:]:
        previous = listed[-1] if listed else mentions[i]
        if not COORD_GAP.match(text[previous.after:later.start]) or text[previous.after:later.start] == "":
            break
        listed.append(later)
    return listed


def _unify(mentions: list[Mention]) -> list[Place]:
    """Mentions with one bare name are one place, except a province-level and a lower-level
    division both named explicitly ("Jilin City, Jilin Province")."""
    by_name: dict[tuple[str, bool], Place] = {}
    places: list[Place] = []
    for mention in mentions:
        name = lookup_form(mention.name)
        top = mention.type is not None and RANKS.get(mention.type, 0) >= RANKS["province"]
        place = by_name.get((name, top))
        if place is None and mention.type is None:
            place = by_name.get((name, False)) or by_name.get((name, True))
        elif place is None and top and (name, False) in by_name:
            bare_so_far = by_name[(name, False)]
            if all(m.type is None for m in bare_so_far.mentions):  # "Guizhou ... Guizhou Province"
                place = by_name[(name, True)] = bare_so_far
        if place is None:
            place = Place(mention.name.replace("\u2019", "'"), [])
            by_name[(name, top)] = place
            places.append(place)
        place.mentions.append(mention)
        mention.place = place
    return places


def _demote_mistranslated_cities(rules: PlaceRules, links: list[Link], doc_names: set[str]) -> None:
    """"Shiting City, Laishui County": a "city" no gazetteer knows, inside a county, is a
    mistranslated town (Chinese 镇 and 市 are both rendered "City")."""
    for child, parent, kind in links:
        place, outer = child.place, parent.place
        if kind == "comma" and place.type == "city" and place.entry is None and outer.entry is not None \
                and outer.rank <= RANKS["county"]:
            for mention in place.mentions:
                if mention.type == "city":
                    mention.type = "town"
            type_place(rules, place, doc_names, None)
