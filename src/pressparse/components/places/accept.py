"""Acceptance: which candidate places stand. Typed and major names are places anyway; a small
place needs a place cue, a link to a known place or a list with places; an unknown word needs
"in/of" a known division or a comma before one ("Leeming, North Yorkshire"), a cue and a compass
word ("in southern Kyushu"), an "and" to a known place ("Toronto and Peel") or, in full mode, the
NER's GPE/LOC and a cue."""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

import regex

from ...normalize.names import first_names
from ..words import lower_case_in
from .gazetteer import RANKS
from .mention import Link, Mention, Place
from .parents import may_enclose
from .rules import LIST_GAP, PlaceRules

# Before a name: another name's word, a credit's slash or a compound's dash ("Hou Chenxi", "Nebraska-Lincoln").
_NAME_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{N}])(\p{Lu}[\p{L}'\u2019]*)\.?[ ]|[/\u2013\u2014-])\Z")
_AGE_AFTER = regex.compile(r",[ ]*\d{1,3},")
# A capitalized word before a lowercase one that is no function word modifies it ("Enterprise zones",
# "Mobile service"): a common word, not a town.
_MODIFIES_NOUN = regex.compile(
    r"[ ]+(?!(?:and|or|to|in|on|at|of|for|with|by|from|was|is|were|are|has|have|had|will|would|said|says)\b)\p{Ll}")
_CONJUNCTION = regex.compile(r"[ ]+(?:and|or)[ ]+")
# "Iftra in Kampala", "Peel's hospitals": a thing located in, or owned by, the place after it
_LOCATED_AFTER = regex.compile(r"[ ]+(?:in|of|at)[ ]|['\u2019]s\b")
# A body's word, "of", capitalized words and "and" right before a name ("Ministry of Trade and ").
_BODY_OF_AND = regex.compile(
    r"(?<!\p{L})(\p{Lu}\p{Ll}+)[ ]of[ ](?:the[ ])?(?:\p{Lu}[\p{L}'\u2019-]*,?[ ])+(?:and|&)[ ]\Z")


def accept(rules: PlaceRules, ents: dict[int, str], text: str, places: list[Place], mentions: list[Mention],
           links: list[Link]) -> None:
    """Typed and major names are places anyway; a small place (weak) needs a place cue, a
    link to a known place or a list with places, and so does a town of a country the article
    names ("near Fannett"); an unknown word (tentative) needs "in/of"
    a known place ("Kalaburagi in Karnataka") or, in full mode, a GPE/LOC entity and a cue
    (``ents``: label by start character of the NER's entities, empty in fast mode)."""
    linked: set[int] = set()
    in_linked: set[int] = set()
    for child, parent, kind in links:
        if not may_enclose(rules, parent.place, child.place, kind) or _portfolio(rules, text, child.start):
            continue
        if parent.strength in {"typed", "major"}:
            linked.add(id(child))
        # "Kalaburagi in Karnataka", "Aberllefenni in Gwynedd", "Leeming, North Yorkshire": an unknown
        # word in a division; but "Iftra in Kampala", in a city, is likelier a firm's
        firm = parent.strength in {"typed", "major"} or (parent.strength == "weak" and (parent.cue or parent.dateline))
        if firm and kind in {"in", "comma"} and not child.sentence_start and _division(parent.place):
            in_linked.add(id(child))
        if kind == "comma" and child.strength in {"typed", "major"}:
            linked.add(id(parent))  # "Prison District, Xi'an"
    home = _home_names(rules, text, mentions)
    for place in places:
        place.accepted = any(_mention_ok(m, linked, in_linked | home, ents) for m in place.mentions)
    _accept_division_lists(text, mentions)
    # a small place listed with accepted ones is accepted: "Blackpool, Hastings and Grimsby"
    changed = True
    while changed:
        changed = False
        for a, b in pairwise(mentions):
            if a.place.accepted == b.place.accepted or not LIST_GAP.match(text[a.after:b.start]):
                continue
            pending = b if a.place.accepted else a
            if pending.strength in {"weak", "town"}:
                pending.place.accepted = changed = True
    _accept_coordinated_words(rules, text, mentions)


def _portfolio(rules: PlaceRules, text: str, start: int) -> bool:
    """"the Ministry of Agriculture and Forestry of Finland": a word after "and" that continues a
    body's "of" name is its second portfolio, not a place in the country after it."""
    before = text[max(0, start - 80):start]
    found = _BODY_OF_AND.search(before)
    return found is not None and found.group(1) in rules.body_words


def _accept_coordinated_words(rules: PlaceRules, text: str, mentions: list[Mention]) -> None:
    """"Toronto and Peel": an unknown word joined by a bare "and"/"or" to a known place the article
    accepts is a place; not one that opens a sentence, a given name ("Canada and Justin"), a word
    the article also writes in lower case ("Infrastructure and Communities"), nor one that a
    located or possessed thing follows ("Gomba in Jinja, Iftra in Kampala": firms)."""
    for a, b in pairwise(mentions):
        gap = text[a.after:b.start]
        if a.place.accepted == b.place.accepted or not _CONJUNCTION.fullmatch(gap):
            continue
        pending, known = (b, a) if a.place.accepted else (a, b)
        if pending.strength != "tentative" or known.strength not in {"typed", "major", "weak"} \
                or pending.sentence_start or pending.name in first_names() or pending.name in rules.never \
                or _LOCATED_AFTER.match(text, pending.end):
            continue
        if not lower_case_in(text, pending.name):
            pending.place.accepted = True


def _home_names(rules: PlaceRules, text: str, mentions: list[Mention]) -> set[int]:
    """Small places of the article's own country need no cue: "Daugavpils and Rezekne reported
    ..." in an article that names Latvia's places most. The country is the one most of the
    known and typed mentions lie in (twice at least, more than any other); a name that opens a
    sentence, is a given name, follows an honorific or another name's word ("Ms Thornbury",
    "(Xinhua/Hou Chenxi)", "Nebraska-Lincoln"), has an age or a located thing after it ("Negredo,
    27,", "Gomba in Jinja") or modifies a noun ("Mobile service") stays in need of one."""
    # an ambiguous major name counts for its major reading only ("Arizona", not the Honduran village)
    counts = Counter(country for m in mentions if m.strength in {"typed", "major"}
                     for country in {e.country for e in m.entries if e.country
                                     and (e.tier == "major" or m.strength == "typed")})
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return set()
    home = ranked[0][0]
    found = set()
    for mention in mentions:
        if mention.strength != "weak" or mention.sentence_start or mention.name in first_names() \
                or not any(e.country == home for e in mention.entries):
            continue
        before = _NAME_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        if (before is not None and before.group(1) not in rules.lead_words) or _AGE_AFTER.match(text, mention.end) \
                or _LOCATED_AFTER.match(text, mention.end) or _MODIFIES_NOUN.match(text, mention.end):
            continue
        found.add(id(mention))
    return found


def _division(place: Place) -> bool:
    """A division above a settlement: a country, province, state or region, or a county or district
    the gazetteer knows (not a city, nor "Port Arthur Navigation District")."""
    return place.rank > RANKS["city"] or (place.type in {"county", "district"} and place.entry is not None)


def _accept_division_lists(text: str, mentions: list[Mention]) -> None:
    """"Dong Nai and Quang Binh reported ...": a list of first-level divisions of one country is
    places, though each name alone needs a place context (and a given name may open it). The
    list has three names or more, or two of several words, so "Kerry and Clare" stay open."""
    groups: list[list[Mention]] = []
    for previous, mention in pairwise(mentions):
        gap = text[previous.after:mention.start]
        if LIST_GAP.match(gap):
            if not groups or groups[-1][-1] is not previous:
                groups.append([previous])
            groups[-1].append(mention)
    for group in groups:
        countries = [{e.country for e in m.entries if e.code and e.parent_key == e.country} for m in group]
        if not set.intersection(*countries):
            continue
        if len(group) >= 3 or all(" " in m.name for m in group):
            for member in group:
                if member.strength == "weak":
                    member.place.accepted = True


def _mention_ok(mention: Mention, linked: set[int], in_linked: set[int], ents: dict[int, str]) -> bool:
    if mention.strength == "typed" or mention.dateline or mention.placed:
        return True
    if ents.get(mention.start) == "PERSON" and not mention.cue and id(mention) not in linked \
            and mention.name in first_names():
        return False  # full mode: "Jordan said" is a person, when the name is also a given name
    if mention.strength == "major":
        return True
    entity = ents.get(mention.start) in {"GPE", "LOC"}
    if mention.strength == "weak":
        return mention.cue or id(mention) in linked or id(mention) in in_linked or entity
    if mention.strength == "town":  # the NER's GPE opening a sentence is often a person ("Negredo, 27, ...")
        return mention.cue or id(mention) in linked or (entity and not mention.sentence_start)
    return id(mention) in in_linked or (entity and mention.cue)
