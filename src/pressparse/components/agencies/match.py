"""Finding candidate bodies, one function per source: the curated data and post complements,
capitalized phrases around a head word, lower-case local bodies after a place, office forms
("EPA Region 6", "City of Tulsa"), a minister's long portfolio, "government of <place>", and in
full mode the NER's ORG entities."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from ... import extensions as ext
from ...normalize.agencies import AgencyEntry, complement_index, local_body_name, name_index
from ..places import gazetteer
from ..words import finditer_at
from .candidate import COMPLEMENT, DATA, LOCAL, NER, PATTERN, POSSESSIVE, POST, Candidate, HeadWord
from .phrase import bodies_in
from .rules import (
    ACRONYM,
    ACRONYM_BEFORE,
    CAPITALIZED_BEFORE,
    CREDIT,
    CREDIT_STARTS,
    DATELINE,
    GOVERNMENT_OF,
    HEAD_LABEL,
    OUTLET_CREDITS,
    RECIPIENT_BEFORE,
    WINDOW,
    AgencyRules,
)

COUNTRY = frozenset({"country"})
STATE = frozenset({"country", "province"})  # a place whose government is a body of its own
SAXON = ("'s", "\u2019s")  # a possessive word ends a portfolio: "Saskatchewan's"


def match_data(rules: AgencyRules, doc: Doc) -> tuple[list[Candidate], list[HeadWord]]:
    """Curated names, aliases and acronyms, post complements ("Minister of X", "X Secretary"),
    and every head word, for the patterns and back-references."""
    strings = doc.vocab.strings
    found, heads = [], []
    complements: dict[tuple[int, int], tuple[AgencyEntry, ...]] = {}
    for match_id, start, end in [*rules.by_norm(doc), *rules.by_orth(doc)]:
        label = strings[match_id]
        if label == HEAD_LABEL:
            token = doc[start]
            heads.append(HeadWord(start, token.idx, token.idx + len(token.text), token.text))
        elif "\t" not in label:
            if doc[start].is_lower:
                continue  # "the regional department of agriculture": a description, no curated body
            found.append(Candidate(start, end, DATA, name_index()[label]))
        else:
            form, complement = label.split("\t")
            if complement_goes_on(doc, end):
                continue  # "Minister of Water Resources and Sanitation" names no "Ministry of Water Resources"
            if follows_title(rules, doc, start, form) or (
                end < len(doc) and form in rules.titles.get(doc[end].text, ())
            ):
                # "Education Secretary": "Department for Education" or "Education Bureau"
                bodies = complements.get((start, end), ()) + complement_index()[(form, complement)]
                complements[(start, end)] = tuple(dict.fromkeys(bodies))
    found += [Candidate(start, end, COMPLEMENT, bodies) for (start, end), bodies in complements.items()]
    heads.sort()
    return found, heads


def complement_goes_on(doc: Doc, end: int) -> bool:
    """True when "and"/"&" and a capitalized word follow a complement: the post's complement is
    longer than the known body it begins with ("Agriculture and Food Security")."""
    return end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].text[:1].isupper()


def follows_title(rules: AgencyRules, doc: Doc, start: int, form: str) -> bool:
    """True when tokens before ``start`` read "<post of form> of|for [the]" ("Vice Minister of")."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in ("of", "for"):
        return False
    i -= 1
    if i >= 2 and doc[i].text == "State" and doc[i - 1].lower_ == "of":  # Secretary of State for
        i -= 2
    return form in rules.titles.get(doc[i].text, ())


def match_patterns(
    rules: AgencyRules, doc: Doc, text: str, heads: list[HeadWord], in_place: set[int]
) -> list[Candidate]:
    """Bodies the data does not list: capitalized phrases around a head word (``in_place``:
    the tokens of place mentions, which are no items of a list inside a name)."""
    found: list[Candidate] = []
    done = 0
    for _, start, end, word in heads:
        if start < done or word not in rules.heads:
            continue
        window = rules.phrase.finditer(text, max(0, start - WINDOW), end + WINDOW)
        match = next((m for m in window if m.start() <= start < m.end()), None)
        if match is None:
            continue
        done = match.end()
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is not None:
            found.extend(Candidate(s, e, PATTERN) for s, e in bodies_in(rules, span, in_place))
    return found


def match_local_bodies(rules: AgencyRules, doc: Doc, text: str, heads: list[HeadWord]) -> list[Candidate]:
    """Bodies Xinhua writes in lower case after their place: "the" + a place mention + an
    optional level word + lower-case words + a lower-case head word ("the Gulang County
    forestry and grassland bureau"). Without a place ("the county government") it stays a
    back-reference."""
    places = {span.end: span for span in doc.spans.get(ext.PLACES, [])}
    found = []
    for i, _, end, word in heads:
        if word not in rules.lower_heads or not places or rules.name_goes_on.match(text, end):
            continue
        start = local_words_start(rules, doc, i)
        place = places.get(start)
        if place is None and start > 0 and doc[start - 1].text in rules.levels:
            start -= 1  # "the Foshan Municipal government"
            place = places.get(start)
        if place is None or not opens_local_body(rules, doc, place, start, i):
            continue
        words = text[doc[start].idx:end].split() if start <= i else []
        levels_only = all(w.lower() in rules.levels for w in words[:-1])
        info = ext.span_value(doc, "pp_place", place)
        full_head = rules.full_forms.get(word) if levels_only and info.get("country") == "CN" else None
        name = local_body_name(place.text, words, full_head=full_head)
        found.append(Candidate(place.start, i + 1, LOCAL, name=name))
    return found


def match_offices(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """Bodies named by a form, not a head word: "EPA Region 6", and "City of Tulsa" where the
    municipal government acts (elsewhere "the City of Tulsa" is only the place)."""
    found = []
    for m in forms_at(rules, text):
        if CAPITALIZED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "Science City of Muñoz", "Taiyuan City of Shanxi Province": inside a longer name
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None:
            continue
        office = m.groupdict().get("office")
        unit = office is not None and m.end() > m.end("office")
        found.append(Candidate(span.start, span.end, LOCAL, name=office) if unit
                     else Candidate(span.start, span.end, PATTERN))
    return found


def match_ministers(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """"the Minister of Finance, Planning and Economic Development, Matia Kasaija": a minister's
    portfolio of several fields names a ministry ("Ministry of Finance, Planning and Economic
    Development") even where the text never writes it; its name runs to a comma or a given
    name. A portfolio of one or two fields ("Minister for Water") is left to the data, and so is a
    "Minister for" portfolio: where governments write "Minister for X, Y and Z" (Australia, Ireland),
    a portfolio bundles fields that several departments serve, and names no body."""
    found = []
    for m in rules.minister_of.finditer(text):
        if m["of"] != "of":
            continue
        words = m["portfolio"].split(" ")
        given = next((i for i, w in enumerate(words) if i and w in rules.first_names), len(words))
        # a second post after the list ("..., and Saskatchewan's Government Relations Minister")
        other = next((i for i, w in enumerate(words) if i and (w.endswith(SAXON) or w in rules.posts)), None)
        if other is not None and other < given:
            given = max((i + 1 for i in range(other) if words[i].endswith(",")), default=other)
        words = words[:given]
        while words and words[-1].rstrip(",") in rules.connectors:
            words.pop()
        portfolio = " ".join(words).rstrip(" ,")
        end = m.start("portfolio") + len(portfolio)
        span = doc.char_span(m.start("portfolio"), end, alignment_mode="expand")
        if span is not None and "," in portfolio and not portfolio.startswith("State "):
            found.append(Candidate(span.start, span.end, POST, name=f"Ministry {m['of']} {portfolio}"))
    return found


def match_place_words(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """A place's name with a word beside it that names that place's body: "Statistics
    Estonia" (a country after the word), "Dubai Customs" (a known place before it), "the
    Alberta government" (a country or a province before it). The gazetteer decides, not the
    place mentions: a place inside a body's name is no mention."""
    found = []
    for word in rules.words_before_country | rules.words_after_place | rules.words_after_state:
        at = text.find(word)
        while at >= 0:
            token = doc.char_span(at, at + len(word))
            at = text.find(word, at + 1)
            if token is None:
                continue
            i = token.start
            if word in rules.words_before_country:
                n = place_words(doc, i + 1, 1, COUNTRY)
                if n and not goes_on(rules, doc, i + 1 + n):
                    found.append(Candidate(i, i + 1 + n, PATTERN))
            else:
                n = place_words(doc, i - 1, -1, STATE if word in rules.words_after_state else None)
                if n and not goes_on(rules, doc, i + 1):
                    found.append(Candidate(i - n, i + 1, PATTERN))
    return found


def goes_on(rules: AgencyRules, doc: Doc, end: int) -> bool:
    """A Title Case word or a lower-case head word at ``end`` continues a longer name
    ("Southern Africa Customs Union", "the China government office")."""
    return end < len(doc) and doc[end].is_alpha and (doc[end].text[:1].isupper() or doc[end].text in rules.lower_heads)


def place_words(doc: Doc, i: int, step: int, types: frozenset[str] | None) -> int:
    """How many Title Case tokens from ``i`` on (``step`` 1) or back (-1), up to three, name a
    well-known place (of one of ``types`` when given); 0 when none do."""
    for n in (3, 2, 1):
        lo, hi = (i, i + n) if step > 0 else (i - n + 1, i + 1)
        if lo < 0 or hi > len(doc) or not all(t.text[:1].isupper() for t in doc[lo:hi]):
            continue
        entries = gazetteer().lookup(doc[lo:hi].text)
        if any(e.tier == "major" and (types is None or e.type in types) for e in entries):
            return n
    return 0


def match_credits(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """A news outlet's acronym in a wire or photo credit ("TAIPEI, May 3 (CNA) -", "DUBAI / WAM",
    "Source: Jane Doe/ERR"), even one that elsewhere counts only when defined. A dateline has a
    city in capitals or a date: "The Ministry of Finance (MOF)" is a definition."""
    found = []
    for m in finditer_at(CREDIT, text, (start.start() for start in CREDIT_STARTS.finditer(text))):
        group = next(g for g in ("outlet", "wire", "photo") if m[g])
        entries = rules.outlets.get(m[group])
        if not entries or (group == "outlet" and not DATELINE.search(text, m.start(), m.start(group))):
            continue
        span = doc.char_span(m.start(group), m.end(group))
        if span is not None:
            found.append(Candidate(span.start, span.end, DATA, entries))
    return found


def match_outlets(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """A news outlet credited with a journalist's work, whether or not the data knows it: "Photo:
    Ana Ruiz, Coast Times", "Ana Ruiz Photo/Valley Herald:", "Ana Ruiz, CBC's Ottawa correspondent".
    A place ("Kenya's correspondent") or a second person's name ("Photo: Ana Ruiz, Tom Hale") is no
    outlet; a body another stage finds in the same words is that body (candidates found earlier win
    ties)."""
    found = []
    forms = [pattern for cue, pattern in OUTLET_CREDITS if cue in text]
    if any(post in text for post in rules.journalist_posts):
        forms.append(rules.outlet_possessive)
    for pattern in forms:
        for m in pattern.finditer(text):
            outlet = m["outlet"]
            words = outlet.split()
            if gazetteer().lookup(outlet) or (len(words) <= 3 and words[0] in rules.first_names) \
                    or outlet.lower() in STOP_WORDS:
                continue
            span = doc.char_span(m.start("outlet"), m.start("outlet") + len(outlet.rstrip(".")))
            if span is not None:
                found.append(Candidate(span.start, span.end, PATTERN, kind="media"))
    return found


def match_coined(rules: AgencyRules, doc: Doc, text: str) -> list[Candidate]:
    """One word of a country's first letters and an office's ending: "Cystat" (Cyprus)."""
    found = []
    for m in rules.coined.finditer(text):
        start = m[1].lower()
        countries = {code for name, code in rules.country_starts if name.startswith(start)}
        span = doc.char_span(m.start(), m.end()) if countries else None
        if span is not None:
            country = next(iter(countries)) if len(countries) == 1 else None
            found.append(Candidate(span.start, span.end, PATTERN, country=country))
    return found


def match_place_governments(doc: Doc, text: str) -> list[Candidate]:
    """"executed by government of Balochistan": a lower-case "government of" and a place
    mention is that place's government."""
    found: list[Candidate] = []
    if "government of" not in text:  # GOVERNMENT_OF's words: most texts have none
        return found
    for place in doc.spans.get(ext.PLACES, []):
        before = GOVERNMENT_OF.search(text, max(0, place.start_char - 20), place.start_char)
        if before is None:
            continue
        span = doc.char_span(before.start(), place.end_char, alignment_mode="expand")
        if span is not None:
            found.append(Candidate(span.start, span.end, LOCAL, name=f"Government of {place.text}"))
    return found


def match_entities(rules: AgencyRules, doc: Doc, in_place: set[int]) -> list[Candidate]:
    """ORG entities of the statistical model, kept only around a head word (not "Cabinet" of
    "Cabinet Secretary"), or an acronym the text writes after "the" inside a sentence and never
    defines ("by the UPDF"; not a dateline's "KUALA"; a defined one is its name's, a grant's
    "(EHG)" no body's)."""
    text = ext.doc_text(doc)
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        after = doc[ent.end].text if ent.end < len(doc) else ""
        if any(t.text in rules.heads for t in ent):
            if not (len(ent) == 1 and ent.text in rules.standalone and after in rules.posts):
                found.extend(Candidate(s, e, NER) for s, e in bodies_in(rules, ent, in_place))
        elif len(ent) == 1 and ACRONYM.fullmatch(ent.text) and ent.start > 0 and doc[ent.start - 1].lower_ == "the" \
                and not after.isupper() and f"({ent.text})" not in text and ent.text.lower() not in rules.markets:
            found.append(Candidate(ent.start, ent.end, NER))
    return found


def forms_at(rules: AgencyRules, text: str) -> Iterable[re.Match[str]]:
    """Matches of the office forms, tried only where their words occur (``str.find`` is far
    cheaper than a regex tried at every capital)."""
    for word in rules.numbered:
        at = text.find(f" {word} ")
        while at >= 0:
            acronym = ACRONYM_BEFORE.search(text, max(0, at - 12), at)
            if acronym is not None and (m := rules.numbered_re.match(text, acronym.start())) is not None:
                yield m
            at = text.find(f" {word} ", at + 1)
    for word in rules.municipal:
        at = text.find(f"{word} of ")
        while at >= 0:
            if (m := rules.municipal_re.match(text, at)) is not None:
                yield m
            elif RECIPIENT_BEFORE.search(text, max(0, at - 40), at) and \
                    (m := rules.municipal_name.match(text, at)) is not None:
                yield m  # "$995,000 will go to the Town of Orangetown": a grantee
            at = text.find(f"{word} of ", at + 1)


def local_words_start(rules: AgencyRules, doc: Doc, head: int) -> int:
    """The first of up to six lower-case body words ending at ``head`` ("people's" counts)."""
    start, count = head, 1
    while start > 0 and count < 6:
        word = doc[start - 1].text
        if word in POSSESSIVE and start > 1 and doc[start - 2].text in rules.lower_possessives:
            start -= 2
        elif word.islower() and word.replace("-", "").isalpha() and word not in rules.lower_stops:
            start -= 1
        else:
            break
        count += 1
    return start


def opens_local_body(rules: AgencyRules, doc: Doc, place: Span, start: int, head: int) -> bool:
    """"the" before the place, no country ("the Chinese government"), no leading "and", and a
    level or modifier word unless the place names its own level ("the Wusheng County government")."""
    info = ext.span_value(doc, "pp_place", place) or {}
    if place.start == 0 or doc[place.start - 1].lower_ != "the" or info.get("type") == "country":
        return False
    if start < head and doc[start].lower_ == "and":
        return False
    return start < head or place[-1].text in rules.levels
