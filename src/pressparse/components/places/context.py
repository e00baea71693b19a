"""Context cues around a mention: the word before it (a place cue such as "in", "near", "east
of"), a dateline ("BEIJING, May 3", "(BOISE, Idaho)—"), a lowercase type word after it ("Jalna
district", "Sangamon and Macon counties"); ``make_mention`` builds a ``Mention`` with them."""

from __future__ import annotations

import regex

from ...normalize.places import lookup_form
from .gazetteer import COMPATIBLE, RANKS
from .mention import Mention
from .rules import PlaceRules

# Words before a small place that say "place": "in Margate", "towns such as Blackpool".
PLACE_CUES = frozenset({"in", "near", "at", "from", "around", "outside", "like", "as", "including", "to",
                        "between", "across", "via", "towards", "toward", "throughout", "inside"})
# The cues after which a town's name that is also a given name is the town.
_STRONG_CUES = frozenset({"in", "near", "at", "around", "outside", "throughout", "inside"})
# "east of Winnipeg", "north-west of Lusaka", "the outskirts of Kumasi": a place cue ending in "of".
_OF_CUE_BEFORE = regex.compile(
    r"(?:(?:north|south)?[- ]?(?:north|south|east|west)(?:ern)?|outskirts|suburbs|heart|centre|center)[ ]+of[ ]+\Z",
    regex.I)
# "in southern Kyushu", "across northern Mozambique": a place cue, then a lowercase compass
# adjective, before a name: the wording makes it a place, known or not ...
COMPASS_CUE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:in|across|throughout|into|of|from|to)[ ]+(?:the[ ]+)?(?:far[ ]+)?"
    r"(?:north|south|east|west|central|(?:north|south)[- ]?(?:east|west))(?:ern)?[ ]+\Z")
# ... unless it is an adjective of a people before a noun ("in southern African countries").
_ADJECTIVE_BEFORE_NOUN = regex.compile(r"(?<=an|ese|ish)[ ]+\p{Ll}")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]"
_DATELINE_TAIL = regex.compile(
    r"(?:[ ]*/[ ]*[\p{L}\p{M}]+(?:[ ][\p{L}\p{M}]+)?)?"  # "MAPUTO / NAIROBI, 15 October"
    rf",[ ]+(?:\d(?!\d{{0,2}},)|{_MONTH}"  # not an age: "Negredo, 27, follows"
    rf"|(?:[a-z]{{1,5}}\.){{1,2}}(?:[ ]*(?:--|—|–|-)[ ]|,[ ]+{_MONTH})"  # "LANSING, Mich. --", "PHOENIX, Ariz., May 3"
    rf"|\p{{Lu}}[\p{{L}}.]+(?:[ ]\p{{Lu}}[\p{{L}}.]+)?,[ ]+{_MONTH}"  # "PHOENIX, Arizona, May 3", "SUVA, FIJI, May 3"
    r"|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?(?:[ ]*(?:--|—|–)[ ]?|[ ]-[ ]|[ ]\(\p{Lu}{3,5}\)))"  # "AUSTIN, Texas —",
    # "BANJUL, The Gambia -", "ERIE, Pa (WXYZ)": a station's call letters after the state
    rf"|[ ]+\((?:\d|{_MONTH})"  # "DALLAS (May 9, 2024) –"
    # "VICTORIA – Twenty-seven projects", "MAAN— Several", "SUVA - The", "LIMA \ufffd The" (a dash the
    # page's encoding lost)
    r"|[ ]*(?:--|—|–)[ ]|[ ](?:-|\ufffd)[ ]"
    r"|(?:-|—|–)(?=\p{Lu}\p{Ll})",  # "ISLAMABAD-The Executive Committee"
    regex.I,
)
# "date 2023-08-10 ISLAMABAD-The ...": a scraper's date before the dateline on its line.
_DATE_LINE_BEFORE = regex.compile(r"(?:.*\n)?[ ]*(?:date|Date)[: ]+\d{4}-\d{2}-\d{2}[ ]+", regex.S)
# "(BOISE, Idaho)—", "(ACCRA)": a dateline in parentheses, a state or country after the city.
_DATELINE_PAREN_TAIL = regex.compile(r"(?:,[ ]*\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)?[ ]*\)")
_DATELINE_SLASH_BEFORE = regex.compile(r"(?:^|\n)\p{Lu}[\p{Lu}\p{M} ]*[ ]/[ ]\Z")  # "MAPUTO / " before "NAIROBI"
DATELINE_REACH = 600  # characters from the top in which an unknown word may open a dateline
_DASHES = frozenset("-\u2013\u2014")
_SENTENCE_MARKS = frozenset(".!?\n:|\"\u201c()")
_CAPITAL_AFTER = regex.compile(r"[ ]+\p{Lu}")


def make_mention(rules: PlaceRules, text: str, start: int, end: int, name: str, place_type: str | None, *,
                 strength: str) -> Mention:
    end, name, place_type, plural = _extend_lower(rules, text, start, end, name, place_type)
    if place_type is None and (typed := rules.singular_of.search(text, max(0, start - 30), start)) is not None:
        place_type = rules.singular_types[typed.group(1).lower()]  # "the town of Huntly"
    if place_type is not None and strength in {"bare", "tentative"}:
        strength = "typed"
    entries = rules.gazetteer.lookup(name)
    mention = Mention(start, end, name, place_type, strength, entries, after=end)
    if plural is not None:
        mention.plural, mention.after = plural
    if place_type in COMPATIBLE:
        mention.entries = [e for e in entries if e.type in COMPATIBLE[place_type]]
    elif place_type:
        mention.entries = []
    # a name no gazetteer knows is a dateline's only where the story opens: "Moreover, January 2019
    # saw ..." further down is a sentence
    mention.dateline = (bool(entries) or start < DATELINE_REACH) and is_dateline(text, start, end)
    if mention.dateline:
        mention.entries = [e for e in entries if e.type == "city"] or entries
    if strength == "bare" and entries:
        mention.strength = "major" if any(e.tier == "major" for e in entries) else "weak"
    if mention.strength in {"weak", "tentative"}:
        previous, mention.sentence_start = _previous_word(rules, text, start)
        mention.cue = previous in PLACE_CUES or (
            previous == "of" and _OF_CUE_BEFORE.search(text, max(0, start - 30), start) is not None) or (
            previous == "the" and any(e.type == "region" and e.country is None for e in entries)
            and not _CAPITAL_AFTER.match(text, end))  # "the Pacific", not "the Pacific Community"
        if COMPASS_CUE_BEFORE.search(text, max(0, start - 40), start) and not _ADJECTIVE_BEFORE_NOUN.match(text, end):
            mention.cue = mention.placed = True
        if previous in {"the", "a", "an"} and mention.strength == "tentative":
            mention.strength = "dead"
        elif mention.strength == "tentative" and (
                previous in _STRONG_CUES or lookup_form(name) not in rules.towns.given):
            mention.towns = rules.towns.lookup(name)  # a given name is a town "near Merritt", not "from Chester"
    return mention


def _previous_word(rules: PlaceRules, text: str, start: int) -> tuple[str, bool]:
    """The word right before ``start`` (lower case, "" after punctuation) and whether a
    sentence starts there (possibly after a lead word: "In Iowa")."""
    before = text[max(0, start - 30):start].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_MARKS:
        return "", True
    if not before[-1].isalpha():
        # "YEREVAN - Investment in ...": the word after a dateline's dash opens the text
        return "", before[-1] in _DASHES and text[start - 1:start] == " "
    previous = before.rsplit(None, 1)[-1]
    if previous in rules.lead_words:
        rest = before[: -len(previous)].rstrip(" \t")
        return previous.lower(), not rest or rest[-1] in _SENTENCE_MARKS
    return previous.lower(), False


def _extend_lower(rules: PlaceRules, text: str, start: int, end: int, name: str, place_type: str | None
                  ) -> tuple[int, str, str | None, tuple[str, int] | None]:
    """A lowercase type or feature word right after the name: "Jalna district", "Minnesota
    River valley" (kept in the name), "Sangamon and Macon counties" (a plural, noted)."""
    found = rules.lower_type.match(text, end)
    if not found:
        return end, name, place_type, None
    word_type, kind = rules.type_words[found.group(1)]
    feature_name = place_type is not None and RANKS[place_type] in {0, RANKS["region"]}
    if kind == "admin" and (place_type is None or feature_name):
        return found.end(), name, word_type, None
    if kind == "feature":
        return found.end(), text[start:found.end()], word_type, None
    if kind == "plural" and place_type is None:
        return end, name, None, (word_type, found.end())
    return end, name, place_type, None


def is_dateline(text: str, start: int, end: int) -> bool:
    if start and text[start - 1] == "(" and (start == 1 or text[start - 2] == "\n"):
        return bool(_DATELINE_PAREN_TAIL.match(text, end))  # "(BOISE, Idaho)—"
    opens = start == 0 or text[start - 1] == "\n" or (
        text[start - 2:start] == "/ " and _DATELINE_SLASH_BEFORE.search(text, max(0, start - 40), start)) or (
        _DATE_LINE_BEFORE.fullmatch(text, max(0, start - 30), start) is not None)
    return bool(opens) and bool(_DATELINE_TAIL.match(text, end))
