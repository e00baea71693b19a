"""The ``pressparse_agencies`` component: government, party, media and international bodies.

Three sources of candidates, one overlap policy (longest wins; curated data before patterns
before the statistical NER at equal length):

- the curated names, aliases and acronyms of ``data/agencies.jsonl`` (PhraseMatchers);
- capitalized phrases built around a head word of ``data/agency_patterns.tsv``
  ("Zunyi Municipal Bureau of Statistics"): the head words come from the same PhraseMatcher pass,
  one compiled regex reads the run of capitalized words around each;
- local bodies written in lower case after a place mention ("the Wusheng County emergency
  management bureau"), named in Title Case;
- in full mode, ORG entities that contain a head word.

Then every spelling of one body gets one ``AgencyInfo.key``: acronyms the text defines
("... Agency (CINEA)") and their later bare uses join the body, a post's complement
("Vice Minister of Human Resources and Social Security") names its ministry, and "the Ministry"
joins the only ministry named before it (or is left out when that is ambiguous).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Container, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..data import read_lines, read_tsv
from ..normalize.agencies import (
    AgencyEntry,
    agency_info,
    agency_key,
    complement_index,
    entries,
    local_body_name,
    name_index,
    pattern_targets,
    pattern_words,
    pick_entry,
    resolve_agency,
    title_bodies,
)
from ..normalize.names import first_names
from .places import gazetteer

__all__ = ["AgenciesComponent", "make_agencies", "resolve_agency"]

# Candidate sources, best first at equal length.
DATA, COMPLEMENT, PATTERN, LOCAL, NER, POST = range(6)
HEAD_LABEL = "\thead"
_WINDOW = 160  # characters around a head word in which its name is read
_BACKREF_WINDOW = 60  # characters before a back-reference word in which its "the" is sought
_ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z&.\-]*[A-Z][A-Za-z]*)\)")
_POSSESSIVE = {"'s", "\u2019s", "'", "\u2019"}
_OFFICE_NUMBER = re.compile(r"[1-9][0-9]?")  # a number right after a head word: "Field Office 6"
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}$")
_CAPITALIZED_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w'\u2019-]*[ \t]+$")
# "will go to the", "awarded to the": a municipality named after this receives money, as a body.
_RECIPIENT_BEFORE = re.compile(r"\b(?:go|goes|went|going|awarded|granted|given|allocated|paid)[ ]to[ ]the[ ]\Z")
_GOVERNMENT_OF = re.compile(r"\bgovernment of (?:the )?\Z")
INTERNATIONAL = ("INT", "EU")  # bodies of no one country
_ALNUM = re.compile(r"[^\W_]")  # a character ``str.isalnum`` accepts
_INNER_PUNCT = {"-", "\u2013", "&", ".", *_POSSESSIVE}  # punctuation that stays inside a name


@dataclass
class Candidate:
    """A stretch of tokens naming a body: its known entries, or none for a pattern find."""

    start: int
    end: int
    source: int
    found: tuple[AgencyEntry, ...] = ()
    name: str | None = None  # the canonical name of a LOCAL find


class HeadWord(NamedTuple):
    """A head or back-reference word: token index, character offsets, text."""

    i: int
    start: int
    end: int
    text: str


@dataclass
class Mention:
    """A resolved mention before it becomes a Span (token and character offsets, AgencyInfo)."""

    start: int
    end: int
    start_char: int
    end_char: int
    info: dict[str, str | None] = field(default_factory=dict)


def _written(text: str, word: str) -> bool:
    """Whether ``word`` stands in ``text`` as a word of its own."""
    at = text.find(word)
    while at >= 0:
        if not _is_word_char(text, at - 1) and not _is_word_char(text, at + len(word)):
            return True
        at = text.find(word, at + 1)
    return False


def _is_punct(word: str) -> bool:
    return not word.isalnum() and _ALNUM.search(word) is None


def _is_acronym(word: str) -> bool:
    return len(word) > 1 and word.isupper()


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def _is_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] in "-_")


def _and_variants(text: str) -> set[str]:
    return {text, text.replace(" and ", " & "), text.replace(" & ", " and ")}


class AgenciesComponent:
    """Finds agency mentions and writes them to ``doc.spans["pressparse_agencies"]``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        words = pattern_words()
        self.heads = words["head"]
        self.connectors = words["connector"]
        self.possessives = words["possessive"]
        self.generic = words["generic"]
        self.events = words["event"]
        self.backrefs = words["backref"]
        self.stops = words["stop"]
        self.lower_heads = words["lower_head"]
        self.levels = words["level"]
        self.lower_stops = words["lower_stop"]
        self.places_of = words["place_of"]
        self.municipal = words["municipal"]
        self.numbered = words["numbered"]
        self.standalone = words["standalone"]
        self.lower_parts = pattern_targets("lower_part")
        self.full_forms = {word: min(targets) for word, targets in pattern_targets("full_form").items()}
        self.lower_possessives = {w.lower() for w in self.possessives}
        self.variants = pattern_targets("variant")
        self.modified_only = {w for w, targets in pattern_targets("backref").items() if "modified" in targets}
        self.titles = title_bodies()
        self.first_names = first_names()
        # Words that say what a body does, not whose it is ("Department of Agriculture").
        self.common_words = self.heads | self.generic | self.posts_words() | frozenset(read_lines("name_stopwords.txt"))
        self._by_norm, self._by_orth = self._build_matchers(nlp)
        self._build_regexes()

    # -- setup ---------------------------------------------------------------------------------
    @staticmethod
    def posts_words() -> frozenset[str]:
        """The capitalized words of every post ("Secretary", "Minister")."""
        return frozenset(w.title() for row in read_tsv("titles.tsv") for w in row["title"].split())

    def _build_matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Two passes over the doc. On NORM (case, curly quotes): multi-word spellings and post
        complements (label "<head>\t<complement>"). On ORTH: single-word spellings, acronyms
        and the head words the patterns start from (label HEAD_LABEL)."""
        by_norm = PhraseMatcher(nlp.vocab, attr="NORM")
        by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        spellings = {s for entry in entries() for s in entry.surfaces()}
        spellings |= {e.acronym for e in entries() if e.acronym and e.bare_acronym}
        for spelling in spellings:
            for text in _and_variants(spelling):
                doc = nlp.make_doc(text)
                (by_norm if len(doc) > 1 else by_orth).add(agency_key(spelling), [doc])
        for form, complement in complement_index():
            by_norm.add(f"{form}\t{complement}", [nlp.make_doc(t) for t in _and_variants(complement)])
        by_orth.add(HEAD_LABEL, [nlp.make_doc(w) for w in self.heads | self.backrefs | self.lower_heads])
        return by_norm, by_orth

    def _build_regexes(self) -> None:
        """Head words are rare: the PhraseMatcher finds them, then these read the capitalized run
        around each one (phrase) or the "the ..." before it (back-reference) in a small window."""
        # A capitalized word; a pinyin apostrophe is inside it ("Xuan'en", "Yan'an"), a possessive
        # ends it. A head word with its lower-case part is one ("Party branch").
        parts = [f"{head} {part}" for part, heads in self.lower_parts.items() for head in heads]
        cap = (
            rf"{_alternation(parts)}(?![\w'\u2019])|(?:[A-Z]\.){{2,}}(?![A-Za-z])"
            r"|[A-Z][A-Za-z0-9]*(?:['\u2019](?!s(?![A-Za-z]))[a-z]+)*"
            r"(?:[-\u2013][A-Za-z0-9]+(?:['\u2019](?!s(?![A-Za-z]))[a-z]+)*)*"  # "Hadejia-Jama'are"
            r"(?:['\u2019]s?(?![A-Za-z]))?"
        )
        space = r"[ \t\u00a0]+"
        gap = rf"(?:,?{space}(?:the{space})?|{space}(?:(?:{_alternation(self.connectors)}){space})+)"
        # Runs of capitalized words joined by connectors or list commas ("X, Y and Z Agency",
        # "Department of Climate Change, Energy, the Environment and Water").
        # A small number may close it ("DA Regional Field Office 6").
        self._phrase = re.compile(
            rf"(?<![\w.])(?:{cap})(?:{gap}(?:{cap}))*(?:{space}[1-9][0-9]?(?![\w.,%]|[ \t]*(?:%|per)))?")
        # "Minister of Finance, Planning and Economic Development": the portfolio, a list inside it.
        word = r"[A-Z][\w'\u2019&-]*"
        words = rf"{word}(?:[ ](?:(?:and|of|for|the|&)[ ])*{word})*"
        self._minister_of = re.compile(
            rf"\bMinister[ ](?P<of>of|for)[ ](?:the[ ])?"
            rf"(?P<portfolio>{words}(?:(?:,[ ]{words})*,?[ ](?:and|&)[ ]{words})?)")
        # "City of Tulsa" where it acts: a verb, a possessive, or a list item's dash after it (and its
        # state).
        self._municipal = re.compile(
            rf"\b(?:{_alternation(self.municipal)}) of [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){{0,2}}"
            r"(?=(?:,[ \t]+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?[ \t]+[\u2013\u2014-][ \t]"
            r"|[ \t]+(?:will|has|have|is|was|said|says|announced|plans|received|approved|awarded)\b|['\u2019]s\b)"
        )
        self._municipal_name = re.compile(
            rf"\b(?:{_alternation(self.municipal)}) of [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){{0,2}}")
        # "EPA Region 6": an acronym, a numbered word, a number.
        # Not before a post: "EPA Region 7 Administrator" is the EPA's administrator for the region.
        posts = {row["title"].split()[-1].title() for row in read_tsv("titles.tsv")}
        self.posts = frozenset(posts)
        # "EPA Region 6 Press Office" is a unit of that office, named as the office.
        self._numbered = re.compile(
            rf"(?P<office>\b[A-Z]{{2,}}[ \t]+(?:{_alternation(self.numbered)})[ \t]+[1-9][0-9]?\b(?![\w.,]\d))"
            rf"(?![ \t]+(?:{_alternation(posts)})\b)(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+(?:{_alternation(self.heads)})\b)?")
        # "the" + up to five lower-case modifiers ("the county forestry and grassland bureau"), ending where the
        # head word starts.
        self._the_before = re.compile(r"\b([Tt]he)[ \t]+((?:(?!the\b)(?:[a-z]+|Party)[ \t]+){0,5})$")
        # ... and no name goes on after it ("the Ministry of X", "the Office Director").
        self._name_goes_on = re.compile(r"[ \t]+(?:of|for|on)\b|[ \t]+[A-Z]")

    # -- pipeline ------------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = ext.doc_text(doc)
        places = doc.spans.get(ext.PLACES, [])
        in_place = {i for span in places for i in range(span.start, span.end)}
        candidates, heads = self.match_data(doc)
        candidates += self.match_patterns(doc, text, heads, in_place)
        candidates += self.match_local_bodies(doc, text, heads)
        candidates += self.match_offices(doc, text)
        candidates += self.match_ministers(doc, text)
        candidates += self.match_place_governments(doc, text)
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            candidates += self.match_entities(doc, in_place)
        placed = self._place_countries(doc)
        candidates = self._within_country(doc, text, candidates, placed)
        chosen = self.select(doc, candidates)
        self.set_annotations(doc, chosen, text, heads, placed)
        return doc

    def _within_country(
        self, doc: Doc, text: str, candidates: list[Candidate], placed: tuple[str, ...]
    ) -> list[Candidate]:
        """Curated bodies narrowed to the article's countries (``_in_country``); a post's
        complement that names none of them is no mention, a name that names none is a body of its
        own."""
        if not placed:
            return candidates
        kept = []
        for cand in candidates:
            if cand.found:
                last = doc[cand.end - 1]
                found = self._in_country(cand.found, text[doc[cand.start].idx:last.idx + len(last.text)], placed)
                if not found and cand.source == COMPLEMENT:
                    continue
                cand.found = found
            kept.append(cand)
        return kept

    def match_ministers(self, doc: Doc, text: str) -> list[Candidate]:
        """"the Minister of Finance, Planning and Economic Development, Matia Kasaija": a minister's
        portfolio of several fields names a ministry ("Ministry of Finance, Planning and Economic
        Development") even where the text never writes it; its name runs to a comma or a given
        name. A portfolio of one or two fields ("Minister for Water") is left to the data."""
        found = []
        for m in self._minister_of.finditer(text):
            words = m["portfolio"].split(" ")
            given = next((i for i, w in enumerate(words) if i and w in self.first_names), len(words))
            portfolio = " ".join(words[:given]).rstrip(" ,")
            while portfolio.split(" ")[-1] in self.connectors:
                portfolio = portfolio.rsplit(" ", 1)[0]
            end = m.start("portfolio") + len(portfolio)
            span = doc.char_span(m.start("portfolio"), end, alignment_mode="expand")
            if span is not None and "," in portfolio and not portfolio.startswith("State "):
                found.append(Candidate(span.start, span.end, POST, name=f"Ministry {m['of']} {portfolio}"))
        return found

    def match_data(self, doc: Doc) -> tuple[list[Candidate], list[HeadWord]]:
        """Curated names, aliases and acronyms, post complements ("Minister of X", "X Secretary"),
        and every head word, for the patterns and back-references."""
        strings = doc.vocab.strings
        found, heads = [], []
        complements: dict[tuple[int, int], tuple[AgencyEntry, ...]] = {}
        for match_id, start, end in [*self._by_norm(doc), *self._by_orth(doc)]:
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
                if self._complement_goes_on(doc, end):
                    continue  # "Minister of Water Resources and Sanitation" names no "Ministry of Water Resources"
                if self._follows_title(doc, start, form) or (
                    end < len(doc) and form in self.titles.get(doc[end].text, ())
                ):
                    # "Education Secretary": "Department for Education" or "Education Bureau"
                    bodies = complements.get((start, end), ()) + complement_index()[(form, complement)]
                    complements[(start, end)] = tuple(dict.fromkeys(bodies))
        found += [Candidate(start, end, COMPLEMENT, bodies) for (start, end), bodies in complements.items()]
        heads.sort()
        return found, heads

    @staticmethod
    def _complement_goes_on(doc: Doc, end: int) -> bool:
        """True when "and"/"&" and a capitalized word follow a complement: the post's complement is
        longer than the known body it begins with ("Agriculture and Food Security")."""
        return end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].text[:1].isupper()

    def _follows_title(self, doc: Doc, start: int, form: str) -> bool:
        """True when tokens before ``start`` read "<post of form> of|for [the]" ("Vice Minister of")."""
        i = start - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in ("of", "for"):
            return False
        i -= 1
        if i >= 2 and doc[i].text == "State" and doc[i - 1].lower_ == "of":  # Secretary of State for
            i -= 2
        return form in self.titles.get(doc[i].text, ())

    def match_patterns(self, doc: Doc, text: str, heads: list[HeadWord], in_place: set[int]) -> list[Candidate]:
        """Bodies the data does not list: capitalized phrases around a head word (``in_place``:
        the tokens of place mentions, which are no items of a list inside a name)."""
        found: list[Candidate] = []
        done = 0
        for _, start, end, word in heads:
            if start < done or word not in self.heads:
                continue
            window = self._phrase.finditer(text, max(0, start - _WINDOW), end + _WINDOW)
            match = next((m for m in window if m.start() <= start < m.end()), None)
            if match is None:
                continue
            done = match.end()
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None:
                found.extend(Candidate(s, e, PATTERN) for s, e in self.bodies_in(span, in_place))
        return found

    def match_local_bodies(self, doc: Doc, text: str, heads: list[HeadWord]) -> list[Candidate]:
        """Bodies Xinhua writes in lower case after their place: "the" + a place mention + an
        optional level word + lower-case words + a lower-case head word ("the Gulang County
        forestry and grassland bureau"). Without a place ("the county government") it stays a
        back-reference."""
        places = {span.end: span for span in doc.spans.get(ext.PLACES, [])}
        found = []
        for i, _, end, word in heads:
            if word not in self.lower_heads or not places or self._name_goes_on.match(text, end):
                continue
            start = self._local_words_start(doc, i)
            place = places.get(start)
            if place is None and start > 0 and doc[start - 1].text in self.levels:
                start -= 1  # "the Foshan Municipal government"
                place = places.get(start)
            if place is None or not self._opens_local_body(doc, place, start, i):
                continue
            words = text[doc[start].idx:end].split() if start <= i else []
            levels_only = all(w.lower() in self.levels for w in words[:-1])
            info = ext.span_value(doc, "pp_place", place)
            full_head = self.full_forms.get(word) if levels_only and info.get("country") == "CN" else None
            name = local_body_name(place.text, words, full_head=full_head)
            found.append(Candidate(place.start, i + 1, LOCAL, name=name))
        return found

    def match_offices(self, doc: Doc, text: str) -> list[Candidate]:
        """Bodies named by a form, not a head word: "EPA Region 6", and "City of Tulsa" where the
        municipal government acts (elsewhere "the City of Tulsa" is only the place)."""
        found = []
        for m in self._forms_at(text):
            if _CAPITALIZED_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "Science City of Muñoz", "Taiyuan City of Shanxi Province": inside a longer name
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is None:
                continue
            office = m.groupdict().get("office")
            unit = office is not None and m.end() > m.end("office")
            found.append(Candidate(span.start, span.end, LOCAL, name=office) if unit
                         else Candidate(span.start, span.end, PATTERN))
        return found

    def match_place_governments(self, doc: Doc, text: str) -> list[Candidate]:
        """"executed by government of Balochistan": a lower-case "government of" and a place
        mention is that place's government."""
        found = []
        for place in doc.spans.get(ext.PLACES, []):
            before = _GOVERNMENT_OF.search(text, max(0, place.start_char - 20), place.start_char)
            if before is None:
                continue
            span = doc.char_span(before.start(), place.end_char, alignment_mode="expand")
            if span is not None:
                found.append(Candidate(span.start, span.end, LOCAL, name=f"Government of {place.text}"))
        return found

    def _forms_at(self, text: str) -> Iterable[re.Match[str]]:
        """Matches of the office forms, tried only where their words occur (``str.find`` is far
        cheaper than a regex tried at every capital)."""
        for word in self.numbered:
            at = text.find(f" {word} ")
            while at >= 0:
                acronym = _ACRONYM_BEFORE.search(text, max(0, at - 12), at)
                if acronym is not None and (m := self._numbered.match(text, acronym.start())) is not None:
                    yield m
                at = text.find(f" {word} ", at + 1)
        for word in self.municipal:
            at = text.find(f"{word} of ")
            while at >= 0:
                if (m := self._municipal.match(text, at)) is not None:
                    yield m
                elif _RECIPIENT_BEFORE.search(text, max(0, at - 40), at) and \
                        (m := self._municipal_name.match(text, at)) is not None:
                    yield m  # "$995,000 will go to the Town of Orangetown": a grantee
                at = text.find(f"{word} of ", at + 1)

    def _local_words_start(self, doc: Doc, head: int) -> int:
        """The first of up to six lower-case body words ending at ``head`` ("people's" counts)."""
        start, count = head, 1
        while start > 0 and count < 6:
            word = doc[start - 1].text
            if word in _POSSESSIVE and start > 1 and doc[start - 2].text in self.lower_possessives:
                start -= 2
            elif word.islower() and word.replace("-", "").isalpha() and word not in self.lower_stops:
                start -= 1
            else:
                break
            count += 1
        return start

    def _opens_local_body(self, doc: Doc, place: Span, start: int, head: int) -> bool:
        """"the" before the place, no country ("the Chinese government"), no leading "and", and a
        level or modifier word unless the place names its own level ("the Wusheng County government")."""
        info = ext.span_value(doc, "pp_place", place) or {}
        if place.start == 0 or doc[place.start - 1].lower_ != "the" or info.get("type") == "country":
            return False
        if start < head and doc[start].lower_ == "and":
            return False
        return start < head or place[-1].text in self.levels

    def match_entities(self, doc: Doc, in_place: set[int]) -> list[Candidate]:
        """ORG entities of the statistical model, kept only around a head word."""
        found = []
        for ent in doc.ents:
            if ent.label_ == "ORG" and any(t.text in self.heads for t in ent):
                found.extend(Candidate(s, e, NER) for s, e in self.bodies_in(ent, in_place))
        return found

    # -- phrase analysis -------------------------------------------------------------------------
    # These steps work on the phrase's token texts (local indexes): cheaper than Token objects.
    def bodies_in(self, phrase: Span, in_place: Container[int] = ()) -> list[tuple[int, int]]:
        """Token ranges of the bodies a capitalized phrase names (none for an event or a bare head)."""
        words = [t.text for t in phrase]
        places = {i - phrase.start for i in range(phrase.start, phrase.end) if i in in_place}
        bodies = (self._trim(words, s, e) for s, e in self._segments(words, places))
        return [(phrase.start + s, phrase.start + e) for s, e in filter(None, bodies)]

    def _heads_in(self, words: list[str], start: int, end: int) -> list[int]:
        return [i for i in range(start, end) if words[i] in self.heads]

    def _segments(self, words: list[str], places: set[int]) -> list[tuple[int, int]]:
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
            elif word in _POSSESSIVE:
                cut = None if i and words[i - 1] in self.possessives else "'s"
            elif _is_punct(word) and word not in _INNER_PUNCT:
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
            last = self._list_end(words, joined[-1][:2], pieces, i) if joined and joined[-1][2] == "," else None
            if last is not None and any(j in places for j in range(pieces[i][0], pieces[last][1])):
                last = None
            if last is None:
                joined.append(pieces[i])
                i += 1
            else:
                joined[-1] = (joined[-1][0], pieces[last][1], pieces[last][2])
                i = last + 1
        return [part for s, e, _ in joined for part in self._split_and(words, s, e)]

    def _list_end(
        self, words: list[str], prev: tuple[int, int], pieces: list[tuple[int, int, str]], i: int
    ) -> int | None:
        """The index of the piece that closes a list inside one name begun by ``prev``: pieces
        from ``i`` on that are single items ("Radio,", "the Environment,") up to the one with
        "and" (``_continues_list``); None when the comma ends the name."""
        for k in range(i, len(pieces)):
            start, end, cut = pieces[k]
            if self._continues_list(words, prev, (start, end)):
                # "James Odhiambo, UNICEF Eastern and Southern Africa Regional Office": a name
                # opened by an acronym is a body of its own, not the rest of a list
                if _is_acronym(words[start]) or (k > i and any(_is_acronym(w) for w in words[start:end])):
                    return None
                return k
            if cut != "," or not self._is_list_item(words, start, end):
                return None
        return None

    def _is_list_item(self, words: list[str], start: int, end: int) -> bool:
        """One or two Title Case words, perhaps after "the", no head word: "Radio", "the
        Environment" (not "the Ministry of Commerce", a body of its own, nor "HM Treasury")."""
        if start < end and words[start] == "the":
            start += 1
        return 0 < end - start <= 2 and all(
            w[:1].isupper() and not _is_acronym(w) and w not in self.heads for w in words[start:end]
        )

    def _continues_list(self, words: list[str], prev: tuple[int, int], this: tuple[int, int]) -> bool:
        """"European Climate, | Infrastructure and ... Agency" (the list ends before the head) or
        "Department for Environment, | Food & Rural Affairs" (the list is the head's complement)."""
        heads = self._heads_in(words, *this)
        ands = [i for i in range(*this) if words[i].lower() in ("and", "&")]
        if not ands:
            return False
        prev_heads = self._heads_in(words, *prev)
        if heads:
            return not prev_heads and ands[0] < heads[0]
        return bool(prev_heads) and any(words[i].lower() in ("of", "for") for i in range(prev_heads[-1], prev[1]))

    def _split_and(self, words: list[str], start: int, end: int) -> list[tuple[int, int]]:
        """"Ministry of Education and Ministry of Finance" -> two; "Department of X and Y" -> one."""
        for i in range(start + 1, end - 1):
            if words[i].lower() not in ("and", "&") or not self._heads_in(words, start, i):
                continue
            later = self._heads_in(words, i + 1, end)
            # "Ministry of Housing and Local Government": what follows "and" names no body alone
            alone = any(w[:1].isupper() and w not in self.heads and w not in self.generic for w in words[i + 1:end])
            if later and alone and not any(words[j].lower() in self.connectors for j in range(i + 1, later[0])):
                return [(start, i), *self._split_and(words, i + 1, end)]
        return [(start, end)]

    def _trim(self, words: list[str], start: int, end: int) -> tuple[int, int] | None:
        """The body inside one segment: from after the last connector (not "and") before the first
        head word to the last head word, or on to the end when "of/for/on ..." follows it."""
        heads = self._heads_in(words, start, end)
        if not heads:
            return None
        end = next((i for i in range(heads[0], end) if words[i] in self.stops), end)
        heads = [i for i in heads if i < end]
        first, last = heads[0], heads[-1]
        if last + 2 < end and words[last] in self.lower_parts.get(words[last + 1], ()) \
                and words[last + 2].lower() in ("of", "for"):
            last += 1  # "Party branch of Shuanglong Village"
        for i in range(first - 1, start - 1, -1):  # "and" stays: "Development and Reform Commission"
            if words[i].lower() in self.connectors and words[i].lower() not in ("and", "&"):
                if words[i] == "of" and i > start and words[i - 1] in self.places_of:
                    continue  # "City of Doncaster Council"
                start = i + 1
                break
        if any(words[i] in self.events for i in range(start, end)):
            return None
        if words[last] == "Parliament" and last + 1 < end and words[last + 1] == "for":
            end = last + 1  # "Member of Parliament for Awutu Senya": a constituency follows
        elif last + 1 < end and words[last + 1].lower() in ("of", "for", "on"):
            # "Kansas Department of Commerce Secretary David Toland", "Ministry of Agriculture
            # Mutahi Kagwe": a post or a given name, and a name after it, end the body
            end = next((i for i in range(last + 2, end - 1) if words[i + 1][:1].isupper()
                        and (words[i] in self.posts or words[i] in self.first_names)), end)
            # "... and Livestock Development Mutahi Kagwe said": two last words no body's name
            # holds after a word that says what a body does are a person's name
            if end - last > 4 and end == len(words) and all(self._personal(w) for w in words[end - 2:end]) \
                    and words[end - 3] in self.common_words and words[end - 3] not in self.connectors:
                end -= 2
            while end > last and (words[end - 1].lower() in self.connectors or _is_punct(words[end - 1])):
                end -= 1
        else:
            end = last + 1
            if end < len(words) and _OFFICE_NUMBER.fullmatch(words[end]):
                end += 1  # "Regional Field Office 6": the number is part of the name
        if not words[start][:1].isupper():
            return None
        naming = " ".join(words[start:end]) in self.standalone or any(
            w[:1].isupper() and w not in self.heads and w not in self.generic for w in words[start:end]
        )
        return (start, end) if naming else None

    # -- resolution ------------------------------------------------------------------------------
    def select(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        """Longest non-overlapping candidates; at equal length data, then patterns, then NER."""
        candidates = self._detach_known_parents(doc, candidates)
        taken = bytearray(len(doc))
        chosen = []
        for cand in sorted(candidates, key=lambda c: (c.start - c.end, c.source, c.start)):
            if not any(taken[cand.start:cand.end]):
                taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
                chosen.append(cand)
        chosen.sort(key=lambda c: c.start)
        return chosen

    def _detach_known_parents(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
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
                        body = self._trim(words, 0, i)
                        cand = Candidate(cand.start + body[0], cand.start + body[1], cand.source) if body else None
                        break
            if cand is not None:
                kept.append(cand)
        return kept

    def set_annotations(
        self, doc: Doc, chosen: list[Candidate], text: str, heads: list[HeadWord], placed: tuple[str, ...] = ()
    ) -> None:
        """Resolve every mention to a key, join acronyms and back-references, write the spans
        (``placed``: the countries of the article's places, most named first)."""
        ambiguous = any(len(c.found) > 1 for c in chosen)
        countries = self._likely_countries(doc, chosen) if ambiguous else ()
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
                unknown.append((mention, doc[cand.start].text))
            mentions.append(mention)
        self._link_short_forms(text, unknown, names)
        self._key_local_bodies(local, names, countries)
        self._complements_to_named(text, chosen, mentions)
        mentions = self._link_acronyms(doc, text, mentions)
        mentions += self._back_references(doc, text, mentions, heads)
        home = placed[0] if placed else None
        stated: dict[str, bool] = {}
        spans = []
        for mention in sorted(mentions, key=lambda m: m.start):
            span = Span(doc, mention.start, mention.end, label="AGENCY")
            info = dict(mention.info)
            # an acronym only when the text writes it; a body the data does not hold is of the
            # country the article's places are in
            acronym = info.get("acronym")
            if acronym and stated.setdefault(acronym, _written(text, acronym)) is False:
                info["acronym"] = None
            if "country" not in info:
                info["country"] = self._named_country(info.get("name") or "") or home
            ext.set_span_value(doc, "pp_agency", span, info)
            spans.append(span)
        doc.spans[ext.AGENCIES] = spans

    @staticmethod
    def _complements_to_named(text: str, chosen: list[Candidate], mentions: list[Mention]) -> None:
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

    def _link_short_forms(self, text: str, unknown: list[tuple[Mention, str]], names: dict[str, str]) -> None:
        """"the County Finance Bureau" joins "Taoyuan County Finance Bureau" when it is the only
        longer name ending in it and it starts with a generic word (County, Provincial...)."""
        for mention, first_word in unknown:
            if first_word not in self.generic:
                continue
            short = " " + agency_key(text[mention.start_char:mention.end_char])
            longer = {key for spelling, key in names.items() if spelling.endswith(short)}
            if len(longer) == 1:
                key = longer.pop()
                mention.info = {"key": key, "name": key, "acronym": None}

    def _key_local_bodies(
        self, local: list[tuple[Mention, str]], names: dict[str, str], countries: tuple[str, ...]
    ) -> None:
        """A lower-case local body is the curated body of its canonical name, else the body the
        text names in Title Case ("Foshan Municipal Government" is "the Foshan municipal
        government"), else a new body under its canonical name."""
        loose = {self._loose_key(spelling): key for spelling, key in names.items()}
        for mention, name in local:
            curated = name_index().get(agency_key(name))
            if curated:
                mention.info = agency_info(pick_entry(curated, countries))
                continue
            key = loose.setdefault(self._loose_key(agency_key(name)), names.setdefault(agency_key(name), name))
            mention.info = {"key": key, "name": key, "acronym": None}

    def _loose_key(self, key: str) -> str:
        """An ``agency_key`` without the words a full form adds ("people's government" -> "government")."""
        for word, full in self.full_forms.items():
            key = key.replace(agency_key(full), word)
        return key

    @staticmethod
    def _place_countries(doc: Doc) -> tuple[str, ...]:
        """Countries of the places the article names, most often named first."""
        votes: Counter[str] = Counter()
        for place in doc.spans.get(ext.PLACES, []):
            if (info := ext.span_value(doc, "pp_place", place)) and info.get("country"):
                votes[info["country"]] += 1
        return tuple(country for country, _ in votes.most_common())

    def _in_country(self, found: tuple[AgencyEntry, ...], surface: str, placed: tuple[str, ...]
                    ) -> tuple[AgencyEntry, ...]:
        """The curated bodies a spelling may name in this article: a spelling of common words or
        a short acronym ("Department of Agriculture", "DA", "Transport Secretary") names a body of
        a country the article's places are in (or an international one), not the United States'
        or Britain's everywhere; a distinctive one ("U.S. Department of Agriculture", "Xinhua")
        names its body anywhere."""
        if not found or not placed:
            return found
        home = [e for e in found if e.country in placed or e.country in INTERNATIONAL]
        if home or not self._generic(surface):
            return tuple(home) or found
        return ()

    def _personal(self, word: str) -> bool:
        """A capitalized word that is no common word of a body's name and no place."""
        return word[:1].isupper() and word[1:].islower() and word not in self.common_words \
            and not gazetteer().lookup(word)

    @staticmethod
    def _named_country(name: str) -> str | None:
        """The country of the place a body's name opens with ("Kansas Department of Commerce")."""
        words = name.split()
        for n in (2, 1):
            if len(words) > n:
                found = {e.country for e in gazetteer().lookup(" ".join(words[:n])) if e.tier == "major"}
                if len(found) == 1:
                    return found.pop()
        return None

    def _generic(self, surface: str) -> bool:
        words = [w for w in re.split(r"[\s,]+", surface) if w]
        if len(words) == 1 and _is_acronym(words[0]):
            return len(words[0].rstrip("s")) <= 3
        return all(w.lower() in self.connectors or w in self.common_words for w in words)

    def _likely_countries(self, doc: Doc, chosen: list[Candidate]) -> tuple[str, ...]:
        """Countries of the unambiguous bodies and of the places named, most frequent first."""
        votes = Counter(c.found[0].country for c in chosen if len(c.found) == 1)
        for place in doc.spans.get(ext.PLACES, []):
            if (info := ext.span_value(doc, "pp_place", place)) and info.get("country"):
                votes[info["country"]] += 1
        return tuple(country for country, _ in votes.most_common())

    def _link_acronyms(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Name (ACR)" makes ACR, there and later, a mention of that body (overriding the data)."""
        defined: dict[str, dict[str, str | None]] = {}
        for mention in mentions:
            acronym = self._defined_acronym(text, mention)
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
                whole_word = not _is_word_char(text, at - 1) and not _is_word_char(text, end)
                span = doc.char_span(at, end) if whole_word else None
                at = text.find(acronym, end)
                if span is None:
                    continue
                rng = (span.start, span.end)
                if rng not in by_range and any(m.start < span.end and span.start < m.end for m in mentions):
                    continue  # inside a longer name
                by_range[rng] = Mention(span.start, span.end, span.start_char, span.end_char, info)
        return list(by_range.values())

    def _defined_acronym(self, text: str, mention: Mention) -> str | None:
        """The acronym in parentheses right after a mention, starting with one of its initials."""
        match = _ACRONYM_AFTER.match(text, mention.end_char)
        if not match:
            return None
        initials = {word[0].lower() for word in text[mention.start_char:mention.end_char].split()}
        return match[1] if match[1][0].lower() in initials else None

    def _back_references(
        self, doc: Doc, text: str, mentions: list[Mention], heads: list[HeadWord]
    ) -> list[Mention]:
        """"the Ministry", "the provincial human resources department" -> the one body named
        before whose name has that head word and every modifier; left out when not exactly one."""
        taken = {i for m in mentions for i in range(m.start, m.end)}
        named: list[tuple[int, dict[str, str | None], set[str]]] = []
        found = []
        for i, start, end, word in heads:
            if i in taken or word not in self.backrefs or self._name_goes_on.match(text, end):
                continue
            the = self._the_before.search(text, max(0, start - _BACKREF_WINDOW), start)
            span = doc.char_span(the.start(2), end) if the else None
            if the is None or span is None or span.end - 1 in taken:
                continue
            wanted = [word.lower(), *the[2].lower().split()]
            if len(wanted) == 1 and word in self.modified_only:
                continue
            named = named or [
                (m.end_char, m.info, set(agency_key(f"{m.info['name']} {text[m.start_char:m.end_char]}").split()))
                for m in mentions
            ]
            matching = {
                info["key"]: info
                for named_end, info, words in named
                if named_end <= span.start_char and all(self._has_word(words, w) for w in wanted)
            }
            if len(matching) == 1:
                (agency,) = matching.values()
                found.append(Mention(span.start, span.end, span.start_char, span.end_char, agency))
        return found

    def _has_word(self, words: set[str], word: str) -> bool:
        return word in words or bool(self.variants.get(word, frozenset()) & words)


@Language.factory(
    "pressparse_agencies",
    assigns=["doc.spans", "span._.pp_agency"],
    default_config={"use_ner": True},
)
def make_agencies(nlp: Language, name: str, use_ner: bool) -> AgenciesComponent:
    """``use_ner``: in full mode, also keep ORG entities built around a head word."""
    return AgenciesComponent(nlp, name, use_ner=use_ner)
