"""The agency rules, built once: the word classes of ``data/agency_patterns.tsv``, the curated
spellings of ``data/agencies.jsonl`` as two PhraseMatchers, and the regexes that read a body's
name around a head word."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher

from ...data import read_lines, read_tsv
from ...normalize.agencies import (
    AgencyEntry,
    agency_key,
    complement_index,
    entries,
    pattern_targets,
    pattern_words,
    title_bodies,
)
from ...normalize.names import first_names
from .candidate import POSSESSIVE, alternation, and_variants

HEAD_LABEL = "\thead"
WINDOW = 160  # characters around a head word in which its name is read
BACKREF_WINDOW = 60  # characters before a back-reference word in which its "the" is sought
ACRONYM_AFTER = re.compile(r"[ \t]*\(([A-Z][A-Za-z&.\-]*[A-Z][A-Za-z]*)\)")
OFFICE_NUMBER = re.compile(r"[1-9][0-9]?")  # a number right after a head word: "Field Office 6"
ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}$")
ACRONYM = re.compile(r"[A-Z]{3,6}")  # a body's acronym the NER may name: "UPDF"
CAPITALIZED_BEFORE = re.compile(r"\b(?!The\b)[A-Z][\w'\u2019-]*[ \t]+$")
# "will go to the", "awarded to the": a municipality named after this receives money, as a body.
# A wire credit: a dateline's "MUSCAT, May 3 (ONA) -", "Addis Ababa November 1, 2022 (ENA)",
# "DUBAI / WAM", or a photo credit's "Source: Jane Doe/ERR": the outlet's acronym (group "outlet").
CREDIT = re.compile(
    r"(?m)^[ \t]*(?:[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*){0,3}(?:,?[ \t]+[\w ,.]{1,25}?)?"
    r"[ \t]*\((?P<outlet>[A-Z][A-Za-z-]{1,9})\)"
    r"|[A-Z][A-Z.'\u2019 -]{1,30}[ \t]*/[ \t]*(?P<wire>[A-Z][A-Za-z]{1,9})\b)"
    r"|\b(?:Source|Photo|Photos|Image|Credit)s?:[^\n/]{1,60}/(?P<photo>[A-Z][A-Za-z]{1,9})\b")
# where CREDIT may match: its first two forms open a line (``^``), its third with one of these words
CREDIT_STARTS = re.compile(r"^|Source|Photo|Image|Credit", re.MULTILINE)
# A news outlet credited with a journalist's work, known or not: "Photo: Ana Ruiz, Coast Times", "Ana
# Ruiz File Photo/Valley Herald:" (group "outlet"), each form tried only where its cue word is written.
_OUTLET = r"(?P<outlet>[A-Z][\w&.'\u2019-]*(?:[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?[A-Z][\w&.'\u2019-]*){0,3})"
_CREDITED = r"[A-Z][\w.'\u2019-]+(?:[ \t]+[A-Z][\w.'\u2019-]+){1,3}"
OUTLET_CREDITS = (
    (":", re.compile(rf"\b(?:Photo|Image|Picture|Credit|Source)s?:[ \t]*{_CREDITED}[ \t]*[,/][ \t]*{_OUTLET}"
                      r"[ \t]*(?=$|[)|;]|\.\s)", re.MULTILINE)),
    ("Photo", re.compile(rf"\b{_CREDITED}[ \t]+(?:File[ \t]+)?Photo[ \t]*/[ \t]*{_OUTLET}[ \t]*(?=$|[:)|;])",
                         re.MULTILINE)),
)
# "Ana Ruiz, CBC's Ottawa correspondent": an outlet's possessive before a journalist's post (the
# posts of role "journalist" in data/titles.tsv fill in {jobs}).
OUTLET_POSSESSIVE = rf"(?<![\w.'\u2019-]){_OUTLET}['\u2019]s[ \t]+(?:[\w-]+[ \t]+){{0,3}}(?:{{jobs}})\b"
DATELINE = re.compile(r"\b[A-Z]{3,}\b|[0-9]")  # a dateline's city in capitals, or its date
RECIPIENT_BEFORE = re.compile(r"\b(?:go|goes|went|going|awarded|granted|given|allocated|paid)[ ]to[ ]the[ ]\Z")
GOVERNMENT_OF = re.compile(r"\bgovernment of (?:the )?\Z")
INTERNATIONAL = ("INT", "EU")  # bodies of no one country
INNER_PUNCT = {"-", "\u2013", "&", ".", *POSSESSIVE}  # punctuation that stays inside a name


def invert(targets: Mapping[str, frozenset[str]]) -> dict[str, frozenset[str]]:
    """Word -> targets as target -> words ("Leisure" -> {"Centre"} as "Centre" -> {"Leisure", ...})."""
    inverted: dict[str, set[str]] = {}
    for word, found in targets.items():
        for target in found:
            inverted.setdefault(target, set()).add(word)
    return {target: frozenset(words) for target, words in inverted.items()}


def country_names() -> tuple[tuple[str, str], ...]:
    """Every country's names (pycountry), lower case without accents, with its code: for the
    first letters of a coined name ("Cy" of "Cystat" is Cyprus)."""
    names = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if name := getattr(country, attr, None):
                plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
                names.add((plain.lower(), country.alpha_2))
    return tuple(sorted(names))


def posts_words() -> frozenset[str]:
    """The capitalized words of every post ("Secretary", "Minister")."""
    return frozenset(w.title() for row in read_tsv("titles.tsv") for w in row["title"].split())


class AgencyRules:
    """Every word class, matcher and compiled pattern the stages read, built from the data once."""

    def __init__(self, nlp: Language) -> None:
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
        self.venues = invert(pattern_targets("venue"))
        self.modified_heads = pattern_targets("modified_head")
        self.prefix_variants = pattern_targets("prefix_variant")
        place_words = invert(pattern_targets("place_word"))
        self.words_before_country = place_words.get("before", frozenset())
        self.words_after_place = place_words.get("after", frozenset())
        self.words_after_state = place_words.get("after_state", frozenset())
        self.coined = re.compile(rf"\b([A-Z][a-z]{{1,8}})(?:{alternation(pattern_words()['coined_suffix'])})\b")
        self.country_starts = country_names()
        self.lower_possessives = {w.lower() for w in self.possessives}
        self.variants = pattern_targets("variant")
        self.modified_only = {w for w, targets in pattern_targets("backref").items() if "modified" in targets}
        self.titles = title_bodies()
        self.first_names = first_names()
        # The first words of market indices ("Nasdaq", "FTSE"): an acronym the NER calls ORG that is one is no body.
        self.markets = frozenset(row["name"].split()[0].lower() for row in read_tsv("quantity_markets.tsv"))
        # Words that say what a body does, not whose it is ("Department of Agriculture").
        self.common_words = self.heads | self.generic | posts_words() | frozenset(read_lines("name_stopwords.txt"))
        # news outlets by acronym, for wire and photo credits ("(PNA)" is no word there)
        outlets: dict[str, list[AgencyEntry]] = {}
        for entry in entries():
            if entry.kind == "media" and entry.acronym:
                outlets.setdefault(entry.acronym, []).append(entry)
        self.outlets = {acronym: tuple(found) for acronym, found in outlets.items()}
        self.journalist_posts = tuple(row["title"] for row in read_tsv("titles.tsv") if row["role"] == "journalist")
        self.outlet_possessive = re.compile(OUTLET_POSSESSIVE.replace("{jobs}", alternation(self.journalist_posts)))
        self.by_norm, self.by_orth = self._build_matchers(nlp)
        self._build_regexes()

    def _build_matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """Two passes over the doc. On NORM (case, curly quotes): multi-word spellings and post
        complements (label "<head>\t<complement>"). On ORTH: single-word spellings, acronyms
        and the head words the patterns start from (label HEAD_LABEL)."""
        by_norm = PhraseMatcher(nlp.vocab, attr="NORM")
        by_orth = PhraseMatcher(nlp.vocab, attr="ORTH")
        spellings = {s for entry in entries() for s in entry.surfaces()}
        spellings |= {e.acronym for e in entries() if e.acronym and e.bare_acronym}
        for spelling in spellings:
            for text in self.spelling_variants(spelling):
                doc = nlp.make_doc(text)
                (by_norm if len(doc) > 1 else by_orth).add(agency_key(spelling), [doc])
        for form, complement in complement_index():
            by_norm.add(f"{form}\t{complement}", [nlp.make_doc(t) for t in and_variants(complement)])
        by_orth.add(HEAD_LABEL, [nlp.make_doc(w) for w in self.heads | self.backrefs | self.lower_heads])
        return by_norm, by_orth

    def spelling_variants(self, spelling: str) -> set[str]:
        """The ways a curated spelling is written: "and" or "&", a leading "UN" or "United Nations"."""
        first, _, rest = spelling.partition(" ")
        prefixed = {f"{other} {rest}" for other in self.prefix_variants.get(first, ())} if rest else set()
        return {text for form in (spelling, *prefixed) for text in and_variants(form)}

    def _build_regexes(self) -> None:
        """Head words are rare: the PhraseMatcher finds them, then these read the capitalized run
        around each one (phrase) or the "the ..." before it (back-reference) in a small window."""
        # A capitalized word; a pinyin apostrophe is inside it ("Xuan'en", "Yan'an"), a possessive
        # ends it. A head word with its lower-case part is one ("Party branch").
        parts = [f"{head} {part}" for part, heads in self.lower_parts.items() for head in heads]
        cap = (
            rf"{alternation(parts)}(?![\w'\u2019])|(?:[A-Z]\.){{2,}}(?![A-Za-z])"
            r"|[A-Z][A-Za-z0-9]*(?:['\u2019](?!s(?![A-Za-z]))[a-z]+)*"
            r"(?:[-\u2013][A-Za-z0-9]+(?:['\u2019](?!s(?![A-Za-z]))[a-z]+)*)*"  # "Hadejia-Jama'are"
            r"(?:['\u2019]s?(?![A-Za-z]))?"
        )
        space = r"[ \t\u00a0]+"
        # a list comma may come before its "and" ("Ministry of Agriculture, Forestry, and Fisheries")
        gap = rf"(?:,?{space}(?:the{space})?|,?{space}(?:(?:{alternation(self.connectors)}){space})+)"
        # Runs of capitalized words joined by connectors or list commas ("X, Y and Z Agency",
        # "Department of Climate Change, Energy, the Environment and Water").
        # A small number may close it ("DA Regional Field Office 6").
        self.phrase = re.compile(
            rf"(?<![\w.])(?:{cap})(?:{gap}(?:{cap}))*(?:{space}[1-9][0-9]?(?![\w.,%]|[ \t]*(?:%|per)))?")
        # "Minister of Finance, Planning and Economic Development": the portfolio, a list inside it.
        word = r"[A-Z][\w'\u2019&-]*"
        words = rf"{word}(?:[ ](?:(?:and|of|for|the|&)[ ])*{word})*"
        self.minister_of = re.compile(
            rf"\bMinister[ ](?P<of>of|for)[ ](?:the[ ])?"
            rf"(?P<portfolio>{words}(?:(?:,[ ]{words})*,?[ ](?:and|&)[ ]{words})?)")
        # "City of Tulsa" where it acts: a verb, a possessive, or a list item's dash after it (and its
        # state).
        self.municipal_re = re.compile(
            rf"\b(?:{alternation(self.municipal)}) of [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){{0,2}}"
            r"(?=(?:,[ \t]+[A-Z][a-z]+(?: [A-Z][a-z]+)?)?[ \t]+[\u2013\u2014-][ \t]"
            r"|[ \t]+(?:will|has|have|is|was|said|says|announced|plans|received|approved|awarded)\b|['\u2019]s\b)"
        )
        self.municipal_name = re.compile(
            rf"\b(?:{alternation(self.municipal)}) of [A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){{0,2}}")
        # "EPA Region 6": an acronym, a numbered word, a number.
        # Not before a post: "EPA Region 7 Administrator" is the EPA's administrator for the region.
        posts = {row["title"].split()[-1].title() for row in read_tsv("titles.tsv")}
        self.posts = frozenset(posts)
        # "EPA Region 6 Press Office" is a unit of that office, named as the office.
        self.numbered_re = re.compile(
            rf"(?P<office>\b[A-Z]{{2,}}[ \t]+(?:{alternation(self.numbered)})[ \t]+[1-9][0-9]?\b(?![\w.,]\d))"
            rf"(?![ \t]+(?:{alternation(posts)})\b)(?:[ \t]+[A-Z][a-z]+)?(?:[ \t]+(?:{alternation(self.heads)})\b)?")
        # "the" + up to five lower-case modifiers ("the county forestry and grassland bureau"), ending where the
        # head word starts.
        self.the_before = re.compile(r"\b([Tt]he)[ \t]+((?:(?!the\b)(?:[a-z]+|Party)[ \t]+){0,5})$")
        # ... and no name goes on after it ("the Ministry of X", "the Office Director").
        self.name_goes_on = re.compile(r"[ \t]+(?:of|for|on)\b|[ \t]+[A-Z]")
