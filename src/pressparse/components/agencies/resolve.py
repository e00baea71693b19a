"""From candidates to mentions: the longest non-overlapping candidates, each resolved to one
``AgencyInfo.key`` per body; acronyms the text defines, short forms, lower-case local bodies,
post complements and back-references ("the Ministry") join the body they name."""

from __future__ import annotations

from spacy.tokens import Doc

from ...normalize.agencies import agency_info, agency_key, name_index, pick_entry
from .candidate import COMPLEMENT, DATA, NER, PATTERN, POST, Candidate, HeadWord, Mention, is_word_char
from .country import likely_countries
from .phrase import trim
from .rules import ACRONYM_AFTER, BACKREF_WINDOW, AgencyRules


def select(rules: AgencyRules, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates; at equal length data, then patterns, then NER."""
    candidates = detach_known_parents(rules, doc, candidates)
    taken = bytearray(len(doc))
    chosen = []
    for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.source, c.start)):
        if not any(taken[cand.start:cand.end]):
            taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def detach_known_parents(rules: AgencyRules, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """"Electric Power Department of the National Energy Bureau" -> the department alone, when
    the "of (the) ..." tail is a known body that stays a mention of its own."""
    known = {(c.start, c.end) for c in candidates if c.source == DATA}
    kept = []
    for cand in candidates:
        if cand.source in (PATTERN, NER):
            words = [t.text for t in doc[cand.start:cand.end]]
            for i in range(1, len(words) - 1):
                tail = cand.start + (i + 2 if words[i + 1].lower() == "the" else i + 1)
                if words[i] == "of" and (tail, cand.end) in known:
                    body = trim(rules, words, 0, i)
                    cand = Candidate(cand.start + body[0], cand.start + body[1], cand.source) if body else None
                    break
        if cand is not None:
            kept.append(cand)
    return kept


def resolve(
    rules: AgencyRules, doc: Doc, text: str, chosen: list[Candidate], heads: list[HeadWord]
) -> list[Mention]:
    """Every chosen candidate as a mention with its body's info, plus the acronyms and
    back-references that name one of them."""
    ambiguous = any(len(c.found) > 1 for c in chosen)
    countries = likely_countries(doc, chosen) if ambiguous else ()
    names: dict[str, str] = {}  # agency_key of an unknown body's spelling -> its key
    mentions, unknown, local = [], [], []
    for cand in chosen:
        last = doc[cand.end - 1]
        mention = Mention(cand.start, cand.end, doc[cand.start].idx, last.idx + len(last.text))
        if cand.found:
            mention.info = agency_info(pick_entry(cand.found, countries))
        elif cand.source == POST and cand.name:
            key = names.setdefault(agency_key(cand.name), cand.name)
            mention.info = {"key": key, "name": key, "acronym": None}
        elif cand.name:
            local.append((mention, cand.name))
        else:
            surface = text[mention.start_char:mention.end_char]
            key = names.setdefault(agency_key(surface), surface)
            mention.info = {"key": key, "name": key, "acronym": None}
            if cand.country:
                mention.info["country"] = cand.country
            if cand.kind:
                mention.info["kind"] = cand.kind
            unknown.append((mention, doc[cand.start].text))
        mentions.append(mention)
    link_short_forms(rules, text, unknown, names)
    key_local_bodies(rules, local, names, countries)
    complements_to_named(text, chosen, mentions)
    mentions = link_acronyms(doc, text, mentions)
    return mentions + back_references(rules, doc, text, mentions, heads)


def complements_to_named(text: str, chosen: list[Candidate], mentions: list[Mention]) -> None:
    """"Minister for Agriculture and Farmers Welfare" in a text that names the "Agriculture and
    Farmers Welfare Department" is of that department, not of the national ministry the data
    lists under the same complement."""
    if all(c.source != COMPLEMENT for c in chosen):
        return
    named = [(text[m.start_char:m.end_char].lower(), m.info) for c, m in zip(chosen, mentions, strict=True)
             if c.source != COMPLEMENT and m.info]
    for cand, mention in zip(chosen, mentions, strict=True):
        if cand.source != COMPLEMENT:
            continue
        complement = text[mention.start_char:mention.end_char].lower()
        holders = {info["key"]: info for surface, info in named if complement in surface and surface != complement}
        if len(holders) == 1:
            mention.info = next(iter(holders.values()))


def link_short_forms(rules: AgencyRules, text: str, unknown: list[tuple[Mention, str]], names: dict[str, str]) -> None:
    """"the County Finance Bureau" joins "Taoyuan County Finance Bureau" when it is the only
    longer name ending in it and it starts with a generic word (County, Provincial...)."""
    for mention, first_word in unknown:
        if first_word not in rules.generic:
            continue
        short = " " + agency_key(text[mention.start_char:mention.end_char])
        longer = {key for spelling, key in names.items() if spelling.endswith(short)}
        if len(longer) == 1:
            key = longer.pop()
            mention.info = {"key": key, "name": key, "acronym": None}


def key_local_bodies(
    rules: AgencyRules, local: list[tuple[Mention, str]], names: dict[str, str], countries: tuple[str, ...]
) -> None:
    """A lower-case local body is the curated body of its canonical name, else the body the
    text names in Title Case ("Foshan Municipal Government" is "the Foshan municipal
    government"), else a new body under its canonical name."""
    loose = {loose_key(rules, spelling): key for spelling, key in names.items()}
    for mention, name in local:
        curated = name_index().get(agency_key(name))
        if curated:
            mention.info = agency_info(pick_entry(curated, countries))
            continue
        key = loose.setdefault(loose_key(rules, agency_key(name)), names.setdefault(agency_key(name), name))
        mention.info = {"key": key, "name": key, "acronym": None}


def loose_key(rules: AgencyRules, key: str) -> str:
    """An ``agency_key`` without the words a full form adds ("people's government" -> "government")."""
    for word, full in rules.full_forms.items():
        key = key.replace(agency_key(full), word)
    return key


def link_acronyms(doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
    """"Name (ACR)" makes ACR, there and later, a mention of that body (overriding the data)."""
    defined: dict[str, dict[str, str | None]] = {}
    for mention in mentions:
        acronym = defined_acronym(text, mention)
        if acronym:
            mention.info = {**mention.info, "acronym": mention.info.get("acronym") or acronym}
            defined[acronym] = mention.info
    if not defined:
        return mentions
    by_range = {(m.start, m.end): m for m in mentions}
    for acronym, info in defined.items():
        at = text.find(acronym)
        while at >= 0:
            end = at + len(acronym)
            whole_word = not is_word_char(text, at - 1) and not is_word_char(text, end)
            span = doc.char_span(at, end) if whole_word else None
            at = text.find(acronym, end)
            if span is None:
                continue
            rng = (span.start, span.end)
            if rng not in by_range and any(m.start < span.end and span.start < m.end for m in mentions):
                continue  # inside a longer name
            by_range[rng] = Mention(span.start, span.end, span.start_char, span.end_char, info)
    return list(by_range.values())


def defined_acronym(text: str, mention: Mention) -> str | None:
    """The acronym in parentheses right after a mention, starting with one of its initials."""
    match = ACRONYM_AFTER.match(text, mention.end_char)
    if not match:
        return None
    initials = {word[0].lower() for word in text[mention.start_char:mention.end_char].split()}
    return match[1] if match[1][0].lower() in initials else None


def back_references(
    rules: AgencyRules, doc: Doc, text: str, mentions: list[Mention], heads: list[HeadWord]
) -> list[Mention]:
    """"the Ministry", "the provincial human resources department" -> the one body named
    before whose name has that head word and every modifier; left out when not exactly one."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    named: list[tuple[int, dict[str, str | None], set[str]]] = []
    found = []
    for i, start, end, word in heads:
        if i in taken or word not in rules.backrefs or rules.name_goes_on.match(text, end):
            continue
        the = rules.the_before.search(text, max(0, start - BACKREF_WINDOW), start)
        span = doc.char_span(the.start(2), end) if the else None
        if the is None or span is None or span.end - 1 in taken:
            continue
        wanted = [word.lower(), *the[2].lower().split()]
        if len(wanted) == 1 and word in rules.modified_only:
            continue
        named = named or [
            (m.end_char, m.info, set(agency_key(f"{m.info['name']} {text[m.start_char:m.end_char]}").split()))
            for m in mentions
        ]
        matching = {
            info["key"]: info
            for named_end, info, words in named
            if named_end <= span.start_char and all(has_word(rules, words, w) for w in wanted)
        }
        if len(matching) == 1:
            (agency,) = matching.values()
            found.append(Mention(span.start, span.end, span.start_char, span.end_char, agency))
    return found


def has_word(rules: AgencyRules, words: set[str], word: str) -> bool:
    return word in words or bool(rules.variants.get(word, frozenset()) & words)
