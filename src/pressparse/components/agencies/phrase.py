"""Reading one capitalized phrase: the bodies it names, split at lists, "and" and possessives,
trimmed to the words from the first connector before a head word to the head word (or its
complement). These steps work on the phrase's token texts (local indexes): cheaper than Token
objects."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span

from ..places import gazetteer
from .candidate import POSSESSIVE, is_acronym, is_punct
from .rules import INNER_PUNCT, OFFICE_NUMBER, AgencyRules


def bodies_in(rules: AgencyRules, phrase: Span, in_place: Container[int] = ()) -> list[tuple[int, int]]:
    """Token ranges of the bodies a capitalized phrase names (none for an event or a bare head)."""
    words = [t.text for t in phrase]
    places = {i - phrase.start for i in range(phrase.start, phrase.end) if i in in_place}
    bodies = (trim(rules, words, s, e) for s, e in segments(rules, words, places))
    return [(phrase.start + s, phrase.start + e) for s, e in filter(None, bodies)]


def heads_in(rules: AgencyRules, words: list[str], start: int, end: int) -> list[int]:
    return [i for i in range(start, end) if is_head(rules, words, i)]


def is_head(rules: AgencyRules, words: list[str], i: int) -> bool:
    """A head word that names a body here: not after a venue word ("Leisure Centre" is a
    building), and after one of its modifiers when it needs one ("Geological Survey", not
    "Passengers Survey")."""
    word = words[i]
    if word not in rules.heads:
        return False
    before = words[i - 1] if i else ""
    if before in rules.venues.get(word, ()):
        return False
    needed = rules.modified_heads.get(word)
    return needed is None or before in needed


def segments(rules: AgencyRules, words: list[str], places: set[int]) -> list[tuple[int, int]]:
    """Split a phrase into the stretches that can each be one body.

    Splits at "and the", at a possessive that is not part of a name ("USDA's Natural ..."),
    at other punctuation, at commas (re-joined for lists inside one name: "European Climate,
    Infrastructure and Environment Executive Agency", "Bureau of Culture, Radio, Television
    and Tourism"; not when a place is listed: "Ministry of Agriculture, Shanghai and Tianjin"),
    and at "and" between two headed names.
    """
    pieces: list[tuple[int, int, str]] = []  # (start, end, what ends it)
    start = 0
    for i, word in enumerate(words):
        cut = None
        if word == ",":
            cut = ","
        elif word in POSSESSIVE:
            cut = None if i and words[i - 1] in rules.possessives else "'s"
        elif is_punct(word) and word not in INNER_PUNCT:
            cut = "punct"
        elif word.lower() == "and" and i + 1 < len(words) and words[i + 1].lower() == "the":
            cut = "and the"
        if cut:
            if start < i:
                pieces.append((start, i, cut))
            start = i + 1
    if start < len(words):
        pieces.append((start, len(words), ""))
    joined: list[tuple[int, int, str]] = []
    i = 0
    while i < len(pieces):
        last = list_end(rules, words, joined[-1][:2], pieces, i) if joined and joined[-1][2] == "," else None
        if last is not None and any(j in places for j in range(pieces[i][0], pieces[last][1])):
            last = None
        if last is None:
            joined.append(pieces[i])
            i += 1
        else:
            joined[-1] = (joined[-1][0], pieces[last][1], pieces[last][2])
            i = last + 1
    return [part for s, e, _ in joined for part in split_and(rules, words, s, e)]


def list_end(
    rules: AgencyRules, words: list[str], prev: tuple[int, int], pieces: list[tuple[int, int, str]], i: int
) -> int | None:
    """The index of the piece that closes a list inside one name begun by ``prev``: pieces
    from ``i`` on that are single items ("Radio,", "the Environment,") up to the one with
    "and" (``continues_list``); None when the comma ends the name."""
    for k in range(i, len(pieces)):
        start, end, cut = pieces[k]
        if continues_list(rules, words, prev, (start, end)):
            if k == i and words[start].lower() in ("and", "&"):
                return None  # "Ministry of Health, and Finance Minister X": a list comma needs a list
            # "James Odhiambo, UNICEF Eastern and Southern Africa Regional Office": a name
            # opened by an acronym is a body of its own, not the rest of a list
            if is_acronym(words[start]) or (k > i and any(is_acronym(w) for w in words[start:end])):
                return None
            return k
        if cut != "," or not is_list_item(rules, words, start, end):
            return None
    return None


def is_list_item(rules: AgencyRules, words: list[str], start: int, end: int) -> bool:
    """One or two Title Case words, perhaps after "the", no head word: "Radio", "the
    Environment" (not "the Ministry of Commerce", a body of its own, nor "HM Treasury")."""
    if start < end and words[start] == "the":
        start += 1
    return 0 < end - start <= 2 and all(
        w[:1].isupper() and not is_acronym(w) and w not in rules.heads for w in words[start:end]
    )


def continues_list(rules: AgencyRules, words: list[str], prev: tuple[int, int], this: tuple[int, int]) -> bool:
    """"European Climate, | Infrastructure and ... Agency" (the list ends before the head) or
    "Department for Environment, | Food & Rural Affairs" (the list is the head's complement)."""
    heads = heads_in(rules, words, *this)
    ands = [i for i in range(*this) if words[i].lower() in ("and", "&")]
    if not ands:
        return False
    prev_heads = heads_in(rules, words, *prev)
    if heads:
        return not prev_heads and ands[0] < heads[0]
    return bool(prev_heads) and any(words[i].lower() in ("of", "for") for i in range(prev_heads[-1], prev[1]))


def split_and(rules: AgencyRules, words: list[str], start: int, end: int) -> list[tuple[int, int]]:
    """"Ministry of Education and Ministry of Finance" -> two; "Department of X and Y" -> one."""
    for i in range(start + 1, end - 1):
        if words[i].lower() not in ("and", "&") or not heads_in(rules, words, start, i):
            continue
        later = heads_in(rules, words, i + 1, end)
        # "Ministry of Housing and Local Government": what follows "and" names no body alone
        alone = any(w[:1].isupper() and w not in rules.heads and w not in rules.generic for w in words[i + 1:end])
        if later and alone and not any(words[j].lower() in rules.connectors for j in range(i + 1, later[0])):
            return [(start, i), *split_and(rules, words, i + 1, end)]
    return [(start, end)]


def trim(rules: AgencyRules, words: list[str], start: int, end: int) -> tuple[int, int] | None:
    """The body inside one segment: from after the last connector (not "and") before the first
    head word to the last head word, or on to the end when "of/for/on ..." follows it."""
    heads = heads_in(rules, words, start, end)
    if not heads:
        return None
    end = next((i for i in range(heads[0], end) if words[i] in rules.stops), end)
    heads = [i for i in heads if i < end]
    first, last = heads[0], heads[-1]
    if last + 2 < end and words[last] in rules.lower_parts.get(words[last + 1], ()) \
            and words[last + 2].lower() in ("of", "for"):
        last += 1  # "Party branch of Shuanglong Village"
    # "Directorate-General of Budget", "Inspectorate General of Police": "General" completes the head
    general = 2 if words[last + 1:last + 3] == ["-", "General"] else 1 if words[last + 1:last + 2] == ["General"] else 0
    if general and last + general + 1 < end and words[last + general + 1] in ("of", "for"):
        last += general
    for i in range(first - 1, start - 1, -1):  # "and" stays: "Development and Reform Commission"
        if words[i].lower() in rules.connectors and words[i].lower() not in ("and", "&"):
            if words[i] == "of" and i > start and words[i - 1] in rules.places_of:
                continue  # "City of Doncaster Council"
            start = i + 1
            break
    # "As Parliament reviews", "Although Treasury said": a clause's opening word is no part of a name
    start = next((i + 1 for i in range(first - 1, start - 1, -1) if words[i] in rules.stops), start)
    if any(words[i] in rules.events for i in range(start, end)):
        return None
    if words[last] == "Parliament" and last + 1 < end and words[last + 1] == "for":
        end = last + 1  # "Member of Parliament for Awutu Senya": a constituency follows
    elif last + 1 < end and words[last + 1].lower() in ("of", "for", "on"):
        # "Kansas Department of Commerce Secretary David Toland", "Ministry of Agriculture
        # Mutahi Kagwe": a post or a given name, and a name after it, end the body
        end = next((i for i in range(last + 2, end - 1) if words[i + 1][:1].isupper()
                    and (words[i] in rules.posts or words[i] in rules.first_names)), end)
        # "... and Livestock Development Mutahi Kagwe said": two last words no body's name
        # holds after a word that says what a body does are a person's name
        if end - last > 4 and end == len(words) and all(personal(rules, w) for w in words[end - 2:end]) \
                and words[end - 3] in rules.common_words and words[end - 3] not in rules.connectors:
            end -= 2
        while end > last and (words[end - 1].lower() in rules.connectors or is_punct(words[end - 1])):
            end -= 1
    else:
        if names_a_thing(rules, words, last + 1, end):
            return None
        end = last + 1
        if end < len(words) and OFFICE_NUMBER.fullmatch(words[end]):
            end += 1  # "Regional Field Office 6": the number is part of the name
        elif end - start == 1 and words[start] in rules.standalone and end < len(words) and words[end] in rules.posts:
            return None  # "Cabinet Secretary", "Senate President": a post, no mention of the body
    if not words[start][:1].isupper():
        return None
    # a naming word has two letters at least: "(R-Centre/Mifflin)" is a party and a district
    naming = " ".join(words[start:end]) in rules.standalone or any(
        w[:1].isupper() and len(w) > 1 and w not in rules.heads and w not in rules.generic for w in words[start:end]
    )
    return (start, end) if naming else None


def names_a_thing(rules: AgencyRules, words: list[str], start: int, end: int) -> bool:
    """True when Title Case nouns go on after the last head word up to the end of the segment
    without reaching a post or another head: the head word only modifies them ("Old Gregg School
    Community and Recreation Center", "Parliament House"); "Welsh Government Housing Minister"
    is a body and a post."""
    run = 0
    for i in range(start, end):
        word = words[i]
        if word.lower() in ("and", "&"):
            if not run:
                return False  # "Carnegie Mellon University and Kigali ...": a second name
            continue  # "School Community and Recreation Center"
        if word in rules.posts or word in rules.stops or not word[:1].isupper():
            return False
        if is_head(rules, words, i) or is_acronym(word) or not word.isalpha() or word in rules.first_names:
            return False
        run += 1
    return run > 0


def personal(rules: AgencyRules, word: str) -> bool:
    """A capitalized word that is no common word of a body's name and no place."""
    return word[:1].isupper() and word[1:].islower() and word not in rules.common_words \
        and not gazetteer().lookup(word)
