"""What the document shows is no thing counted: its people and speakers, its places, the words it
writes only with a capital (names), each read once per document."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ....extensions import PEOPLE, PLACES, doc_text
from ....normalize.units import lookup
from ..figure import Figure
from ..grammar import Rules
from ..identifiers import market_names
from .tokens import LINE_WORD, is_title_case

NAMES_KEY = "pressparse_quantities.capitalized_inside"
NAME_ALONE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*\s+([A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z])")
# the verb after a subject, past auxiliaries: "families will be able to receive"
VERB_AFTER = re.compile(r"\s+(?:(?:will|would|can|could|may|must|shall|to|be|able|have|has|had|also|each|"
                        r"are|is|was|were|been|now|not|only|then|set|expected|due|likely|going)\s+){0,5}([a-z]+)\b")
WORD_CHAR = re.compile(r"[\w-]")

PEOPLE_WORDS_KEY = "pressparse_quantities.people_words"

PLACE_NAMES_KEY = "pressparse_quantities.place_names"


def names_nothing(rules: Rules, entity: str, doc: Doc) -> bool:
    """A bare adjective ("nominal"), a place the places component found ("Zhengzhou") or one
    capitalized word the article writes with its capital inside a sentence ("Arsenal has completed
    ...", when "... the fee Arsenal paid" is there too) is never what a figure counts."""
    if " " not in entity and entity.lower() in rules.lexicon["adjective"]:
        return True
    if (unit := lookup(entity)) is not None and unit.kind in ("measure", "money", "percent"):
        return True  # a unit ("cubic meter", "tonnes") measures, it is not what is measured; "days" are counted
    if not entity[:1].isupper():
        return False
    if " " not in entity and entity[1:].islower() and not entity.endswith("s") and entity in _names(doc) \
            and market_names().get(entity) is None:
        return True
    return entity in _place_names(doc)


def _names(doc: Doc) -> frozenset[str]:
    """The words ``doc`` writes capitalized after a lower-case word and before a word that is not
    (outside title-case lines) and never in lower case: names, read once per document."""
    cached = doc.user_data.get(NAMES_KEY)
    if cached is None:
        found: set[str] = set()
        lower: set[str] = set()
        for line in doc_text(doc).splitlines():
            words = LINE_WORD.findall(line)
            lower.update(word for word in words if word[:1].islower())
            if is_title_case(line):
                continue
            # a name standing alone ("the fee Arsenal paid"); a word only ever written at the start of
            # a longer name ("at the Employment Service Centre") is a common noun that opens a name
            found.update(match.group(1) for match in NAME_ALONE.finditer(line))
        cached = frozenset(word for word in found if word.lower() not in lower)
        doc.user_data[NAMES_KEY] = cached
    return cached


def is_speaker(rules: Rules, doc: Doc, text: str, figure: Figure, entity: str) -> bool:
    """A person the people component found ("Wang", of "Wang Lin") or the subject of a reporting verb
    before the figure ("Wang said", "the spokesman told"): who speaks, never what a figure counts;
    likewise the subject of a verb of paying ("the agency spent", "farmers received")."""
    words = entity.split()
    if all(word[:1].isupper() for word in words) and set(words) <= _people_words(doc):
        return True
    speech, payer = rules.lexicon["speech"], rules.lexicon["payer"]
    return any(word in speech or word in payer for word in _words_after(text[figure.window[0]:figure.start], entity))


def _words_after(before: str, entity: str) -> Iterator[str]:
    """The lower-case word after each whole-word ``entity`` in ``before`` (past auxiliaries: "will be
    able to"), found without compiling a pattern per figure."""
    start = before.find(entity)
    while start != -1:
        match = None
        if not start or not WORD_CHAR.match(before[start - 1]):
            match = VERB_AFTER.match(before, start + len(entity))
        if match:
            yield match.group(1)
            start = before.find(entity, match.end())
        else:
            start = before.find(entity, start + 1)


def _people_words(doc: Doc) -> frozenset[str]:
    """The words of the people's names found in ``doc`` (read once per document)."""
    cached = doc.user_data.get(PEOPLE_WORDS_KEY)
    if cached is None:
        cached = frozenset(word for span in doc.spans.get(PEOPLE, ()) for word in span.text.split())
        doc.user_data[PEOPLE_WORDS_KEY] = cached
    return cached


def _place_names(doc: Doc) -> frozenset[str]:
    """The surface forms of the places found in ``doc`` (read once per document)."""
    cached = doc.user_data.get(PLACE_NAMES_KEY)
    if cached is None:
        cached = frozenset(span.text for span in doc.spans.get(PLACES, ()))
        doc.user_data[PLACE_NAMES_KEY] = cached
    return cached
