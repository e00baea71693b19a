"""What one capitalized run may yield, whatever surrounds it: its plan, a list of steps of
alternative candidates (the first whose guard holds is the mention). A run is split at "of" and
at type words ("Huichuan District of Zunyi"), known multiword names are kept whole ("Republic of
Korea"), lead words are dropped ("In Zhaotong"), and a name before an organisation word is an
organisation's ("Shaanxi Automotive Technical School")."""

from __future__ import annotations

import calendar
from collections.abc import Iterator

import regex

from ...normalize.names import first_names
from ...normalize.places import lookup_form, strip_possessive
from .gazetteer import COMPATIBLE
from .mention import Candidate, Need, Plan
from .rules import PlaceRules

_FEATURES_OF = frozenset({"Gulf", "Bay", "Sea", "Strait", "Lake", "Isle", "Cape"})  # "Gulf of Mexico"
_RUN_WORD = regex.compile(r"[^\s,]+")
_DIVISION_TYPES = frozenset({"country", "state", "province", "region"})
# A word of a division's name that gives its bearing ("Central", "North-Western", "Upper", "Far").
_COMPASS_NAME = regex.compile(
    r"(?:(?:North|South)[- ]?(?:east|west|East|West)?|East|West|Central|Upper|Lower|Far|Mid)(?:ern)?")
_TIME_WORDS = frozenset([*calendar.day_name, *calendar.month_name[1:]])


def plan_run(rules: PlaceRules, run: str) -> Plan:
    """What the run may yield whatever surrounds it, offsets relative to the run."""
    need = _may_be_place(rules, run)
    if need is None:
        return [], "nothing"
    words = [(m.start(), m.group()) for m in _RUN_WORD.finditer(run)]
    whole = _known_whole(rules, words)
    if whole is not None:
        end = words[-1][0] + len(words[-1][1])
        return [[Candidate(whole[0], end, whole[1], None, "bare")]], need
    parts: list[list[tuple[int, str]]] = [[]]
    for offset, word in words:
        if word == "of":
            parts.append([])
        else:
            parts[-1].append((offset, word))
    steps: list[list[Candidate]] = []
    for index, part in enumerate(parts):
        after_org = index > 0 and parts[index - 1] and parts[index - 1][-1][1] in rules.org_words
        if index + 1 < len(parts) and part and part[-1][1] in _FEATURES_OF and parts[index + 1]:
            tail = parts[index + 1]  # "Gulf of Mexico"
            end = tail[-1][0] + len(tail[-1][1])
            steps.append([Candidate(part[0][0], end, run[part[0][0]:end], "other", "typed")])
            parts[index + 1] = []
            continue
        if after_org:
            continue
        if (step := _type_of_name(rules, run, part, parts[index + 1] if index + 1 < len(parts) else [])):
            steps.append(step)  # "Science City of Muñoz"
            parts[index + 1] = []
            continue
        if (step := _lead_feature(rules, run, part)):
            steps.append(step)  # "River Don"
            continue
        steps.extend(_part_candidates(rules, run, part))
    return steps, need


def _type_of_name(rules: PlaceRules, run: str, part: list[tuple[int, str]], tail: list[tuple[int, str]]
                  ) -> list[Candidate] | None:
    """"City of Doncaster", "Science City of Muñoz": an admin type word, after words that
    name no place, then "of" and a name, which is the place of that type (but not "City of
    Doncaster Council", an organisation)."""
    if not part or not tail or not tail[0][1][:1].isupper():
        return None
    typed = rules.type_words.get(part[-1][1])
    if typed is None or typed[1] != "admin" or typed[0] not in COMPATIBLE:
        return None
    before = [w for _, w in part[:-1]]
    if before and _COMPASS_NAME.fullmatch(before[-1]):
        return None  # "Eastern Province of Zambia": the place is the one before, named by its bearing
    while before and before[0] in rules.lead_words:
        before.pop(0)
    if before and rules.gazetteer.lookup(" ".join(before)):
        return None  # "Jilin City of Jilin Province": the place is the one before
    names = [w for _, w in tail]
    if any(w in rules.org_words or w in rules.type_words for w in names):
        return None
    end = tail[-1][0] + len(tail[-1][1])
    start = part[len(part) - 1 - len(before)][0]
    return [Candidate(start, end, run[tail[0][0]:end], typed[0], "typed", guard="no_digit_after")]


def _lead_feature(rules: PlaceRules, run: str, part: list[tuple[int, str]]) -> list[Candidate] | None:
    """"River Don", "the River Ouse": a feature word written before a name, then names only."""
    names = [w for _, w in part]
    stripped = rules.strip_leads(names)
    if len(stripped) < 2 or stripped[0] not in rules.lead_features:
        return None
    if any(w in rules.org_words or w in rules.type_words for w in stripped[1:]):
        return None
    start = part[len(names) - len(stripped)][0]
    end = part[-1][0] + len(part[-1][1])
    return [Candidate(start, end, run[start:end], "other", "typed", guard="no_digit_after")]


def _may_be_place(rules: PlaceRules, run: str) -> Need | None:
    """A cheap first look at a run: most capitalized words are no part of a place name (None).
    A single unknown word depends on what follows it, or, when a town bears it, on a place cue
    before it."""
    if " " in run:
        # "Vietnam's Ministry of Agriculture": a possessive word is looked at without its 's
        known = any(w in rules.known_words or (w.endswith("'s") and w[:-2] in rules.known_words)
                    for w in lookup_form(run).split())
        return "nothing" if known else None
    bare = strip_possessive(run)[0]
    if bare in rules.lead_words or bare in rules.never:
        return None
    if bare in rules.type_words or lookup_form(bare) in rules.gazetteer.by_name:
        return "nothing"
    return "next_or_cue" if bare in rules.towns else "next"


def _known_whole(rules: PlaceRules, words: list[tuple[int, str]]) -> tuple[int, str] | None:
    """(start, name) when the run, but for lead words, is one known multiword name
    ("Republic of Korea") that is not a feature name held only by a small town ("Pearl River")."""
    names = rules.strip_leads([w for _, w in words])
    if len(names) < 2:
        return None
    name = " ".join(names)
    entries = rules.gazetteer.lookup(name)
    if not entries or (names[-1] in rules.type_words and all(e.tier == "minor" for e in entries)):
        return None
    return words[len(words) - len(names)][0], name


def _part_candidates(rules: PlaceRules, run: str, part: list[tuple[int, str]]) -> Iterator[list[Candidate]]:
    """One step per possible mention of a part (words between "of"s)."""
    segment: list[tuple[int, str]] = []
    i = 0
    while i < len(part):
        offset, word = part[i]
        typed = _type_at(rules, part, i)
        if typed is not None:
            length, (place_type, kind) = typed
            while kind == "feature" and (more := _type_at(rules, part, i + length)) and more[1][1] == kind:
                length, place_type = length + more[0], more[1][0]  # "Mississippi River Basin"
            following = part[i + length][1] if i + length < len(part) else None
            end_word = part[i + length - 1]
            bare_end, possessive = strip_possessive(end_word[1])
            end = end_word[0] + len(bare_end)
            if segment:
                autonomous = part[i][1] == "Autonomous"
                rest = [w for _, w in part[i + length:i + length + 3]]
                candidate = _typed(rules, run, segment, run[part[i][0]:end], (place_type, kind), end, following,
                                   autonomous, rest)
                if candidate is not None:
                    yield [candidate._replace(possessive=possessive)]
            segment = []
            i += length
            continue
        word_bare, possessive = strip_possessive(word)
        if not segment and not word[:1].isupper():
            i += 1  # the "and" of "Chongqing Municipality and Xinjiang Uygur Autonomous Region"
            continue
        if word_bare in rules.honorifics:  # "Chief Minister of Tamil Nadu Thiru. R. Senthilnathan"
            if segment:
                yield _bare(rules, segment, possessive=False)
            segment = []
            i += 1
            continue
        if segment and word in rules.club_words:
            segment = []  # "Leeds United", "Bristol Rovers": a club, not the town
            i += 1
            continue
        if word in rules.org_words:
            segment = []  # the name before an org word is an organisation's
            i += 1
            # skip the rest of this organisation name
            while i < len(part) and _type_at(rules, part, i) is None:
                i += 1
            continue
        segment.append((offset, word_bare))
        if possessive:
            yield _bare(rules, segment, possessive=True)
            segment = []
        i += 1
    if segment:
        yield _bare(rules, segment, possessive=False)


def _type_at(rules: PlaceRules, part: list[tuple[int, str]], i: int) -> tuple[int, tuple[str, str]] | None:
    if i >= len(part) or strip_possessive(part[i][1])[0] not in rules.type_first_words:
        return None
    for length in range(min(rules.max_type_words, len(part) - i), 0, -1):
        phrase = strip_possessive(" ".join(w for _, w in part[i:i + length]))[0]
        found = rules.type_words.get(phrase)
        if found and not phrase.islower():
            return length, found
    return None


def _typed(rules: PlaceRules, run: str, segment: list[tuple[int, str]], word: str, typed: tuple[str, str], end: int,
           following: str | None, autonomous: bool, rest: list[str]) -> Candidate | None:
    """A name + type ``word`` of (type, kind) ``typed``; None when it names an organisation (an
    org word follows it, or for a feature comes within ``rest``, the next words) or is not a
    place name (nor is it when a number follows: "Liaoning Province 2023")."""
    place_type, kind = typed
    if following in rules.org_words or kind == "plural":
        return None  # "Electoral Constituencies of ...": a plural word types the list it governs, not the word before
    if kind == "feature" and any(w in rules.org_words for w in rest):
        return None  # "Okanagan Basin Water Board": a feature named in an organisation's name
    names = [w for _, w in segment]
    stripped = rules.strip_leads(names)  # "In Zhaotong City", "The Yellow River"
    unled = segment[len(names) - len(stripped)][0]
    if kind == "feature":
        return Candidate(unled, end, run[unled:end], place_type, "typed", guard="no_digit_after")
    if autonomous:  # "Liangshan Yi Autonomous Prefecture": the ethnic names are no part of it
        start, name = unled, rules.longest_known_prefix(stripped) or stripped[0]
    elif rules.gazetteer.lookup(" ".join(names)):
        start, name = segment[0][0], " ".join(names)
    else:
        start, name = unled, " ".join(stripped)
    if name.isupper() and kind == "admin" and name.isalpha() and 2 <= len(name) <= 5:
        return Candidate(start, end, name, place_type, "acronym", guard="no_digit_after")  # "GB region"
    bearing = len(names)
    while bearing and _COMPASS_NAME.fullmatch(names[bearing - 1]):
        bearing -= 1
    if kind == "admin" and word[:1].isupper() and following is None and bearing < len(names) and \
            all(w in rules.lead_words for w in names[:bearing]):
        # "the Central Region", "Upper East Region", "Western Province": a division named by its bearing
        # (which ends the run: "Western Region Health Directorate" is a body's name)
        return Candidate(segment[bearing][0], end, " ".join(names[bearing:]), place_type, "typed",
                         guard="no_digit_after")
    if name.isupper() or name in rules.never or name in rules.lead_words:
        return None
    if word in rules.known_types and not rules.gazetteer.lookup(name):
        return None  # "Member State", "Premier League": only known names are typed by "State", "League"
    return Candidate(start, end, name, place_type, "typed", guard="no_digit_after")


def _bare(rules: PlaceRules, segment: list[tuple[int, str]], *, possessive: bool) -> list[Candidate]:
    """A name without a type word, with and without its lead words ("In Zhaotong"); the
    first that holds is the mention. An all-caps name not written so is one only in a
    dateline ("BEIJING, May 3")."""
    names = [w for _, w in segment]
    end = segment[-1][0] + len(segment[-1][1])
    alternatives: list[Candidate] = []
    for drop in range(len(names)):
        if drop and names[drop - 1] not in rules.lead_words:
            break
        candidate = names[drop:]
        name = " ".join(candidate)
        start = segment[drop][0]
        entries = rules.gazetteer.lookup(name)
        if name in rules.never:
            break
        if entries:
            caps_ok = not name.isupper() or name in rules.gazetteer.exact_caps
            alternatives.append(Candidate(start, end, name, None, "bare", possessive,
                                          None if caps_ok else "dateline"))
            if caps_ok:
                break
        if len(candidate) == 1 and name.isupper() and name.isalpha() and 2 <= len(name) <= 5:
            alternatives.append(Candidate(start, end, name, None, "acronym", guard="type_after"))  # "GB region"
            break
        if not entries and len(candidate) == 1 and name not in rules.lead_words and not name.isupper():
            alternatives.append(Candidate(start, end, name, None, "tentative"))
            break
    return alternatives or _division_before_word(rules, segment, possessive=possessive)


def _division_before_word(rules: PlaceRules, segment: list[tuple[int, str]], *, possessive: bool) -> list[Candidate]:
    """"The Uganda Budget", "USA Tennis star", "northwest Florida Wednesday": a country or
    division a capitalized word follows that makes no name with it; not a given name
    ("Jordan Peterson", but "Georgia Monday") nor before one, nor before capitals. Before a
    day or a month any known name is one ("Addis Ababa November 1, 2022", "in Musanze Monday")."""
    written = [w for _, w in segment]
    names = rules.strip_leads(written)
    first = len(segment) - len(names)
    if any(w in rules.body_words for w in names):
        return []  # "U.S. Geological Survey": a body's name
    for n in range(len(names) - 1, 0, -1):
        name = " ".join(names[:n])
        after = names[n]
        if first and rules.gazetteer.lookup(" ".join(written[first - 1:first + n])):
            return []  # "Central Africa Republic", "East Africa Community": the lead word is the name's
        if name in rules.never or after in first_names() or after.isupper() or \
                (name in first_names() and after not in rules.never):
            continue
        entries = rules.gazetteer.lookup(name)
        if ((after in _TIME_WORDS and entries) or
                any(e.tier == "major" and e.type in _DIVISION_TYPES for e in entries)) and \
                (not name.isupper() or name in rules.gazetteer.exact_caps):
            start, (last_at, last) = segment[first][0], segment[first + n - 1]
            return [Candidate(start, last_at + len(last), name, None, "bare", possessive)]
    return []
