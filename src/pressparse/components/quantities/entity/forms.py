"""Particular forms the word rules read: an item of a gapped list ('canned milk 20.5 percent'), a
change and where it happened ('a rise of 9% in exports'), a percent before its noun, a route before
a length, the object of an infinitive of purpose."""

from __future__ import annotations

import re
from functools import cache

from ....normalize.dates import TIME_EXPRESSION
from ....normalize.numbers import number_words
from ..figure import Figure
from ..grammar import Rules
from ..tables import lexicon, transfer_nouns
from .phrases import noun_phrase, noun_phrase_backwards
from .plausibility import plausible
from .tokens import CLAUSE_BREAK, WORD, is_participle

# "$995,000 will go to the town to replace the culvert": the object of an infinitive of purpose
TO_VERB = re.compile(r"\bto\s+(?P<verb>[a-z]+)\s+(?P<det>(?:the|a|an|its|their|new|more)\s+)?")

# an item of a list of figures whose verb is written once ("Cocoa was 20.8 percent, canned milk 20.5
# percent and rice 18.2 percent more expensive", "with goods 2.7 percent and services 6.6 percent"):
# the lower-case noun phrase between a list link and the figure
LIST_ITEM = re.compile(r"(?:,|;|\band|\b(?P<absolute>with|while|whereas))\s+"
                       r"(?P<np>(?:(?!(?:and|with|while|whereas)\b)[a-z][\w'’-]*\s+){1,4})$")
CHANGE_OF = re.compile(r"\b(?P<change>[a-z]+)\s+of\s*$")
# what a change "of N" happened in: "of 9% in visitor numbers", "of 4% was recorded for rice"
LOCATED_AFTER = re.compile(
    r"\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ed|seen)\s+)?(?:in|for|among)\s+"
    r"(?:(?:the|its|their)\s+)?")

CHANGE_NOUN = re.compile(r"(?:(?:the|this|that|its|their)\s+)?(?P<noun>[a-z]+)\s+(?:will|would|was|is|has|in|of)\b")

PERCENT_NOUN = re.compile(r"\s+[a-z]{3,}\b(?!\s+than\b)(?![\s-]+(?:on|over)[\s-]+year)")

ROUTE_LINKS = frozenset({"from", "to", "via", "through", "and"})


def list_item(rules: Rules, before: str, *, same_kind: bool) -> str | None:
    """The noun phrase that names one item of a gapped list of figures (see ``LIST_ITEM``): after
    a comma or "and" only when the figure before it is of the same kind (a list is of one kind);
    after "with", "while" or "whereas" (an absolute clause: "with total investment exceeding
    $4 billion") always."""
    found = LIST_ITEM.search(before, max(0, len(before) - 60))
    if found is None or not (same_kind or found.group("absolute")):
        return None
    words = found.group("np").split()
    table = number_words()
    verbs = _verb_words()
    if any(word in rules.stops or word in table or word in verbs for word in words) \
            or is_participle(rules, words[-1]):  # "canned milk 20.5 percent"; not "prices rose 5 percent"
        return None
    return " ".join(words)


@cache
def _verb_words() -> frozenset[str]:
    """Verbs the lexicon and the transfer table know: no noun phrase of a list item holds one."""
    words = lexicon()
    return frozenset(words["speech"] | words["payer"] | words["purpose"] | words["hold"] | set(transfer_nouns()))


def change_located(rules: Rules, before: str, after: str) -> str | None:
    """The noun phrase after "a rise of N%" that says where the change happened ("in exports",
    "was recorded for visitors"); None when the change word names no change or nothing follows."""
    change = CHANGE_OF.search(before[-40:])
    if change is None or change.group("change").lower() not in rules.changes:
        return None
    located = LOCATED_AFTER.match(after)
    if located is None or TIME_EXPRESSION.match(after.lstrip()):
        return None
    return noun_phrase(rules, after[located.end():], allow_leading_number=False)


def change_noun(rules: Rules, text: str) -> str | None:
    """"75% of this growth will": a change word that is the noun after "of", the thing divided."""
    found = CHANGE_NOUN.match(text)
    return found.group("noun") if found and found.group("noun") in rules.changes else None


def percent_of_noun(text: str, figure: Figure, after: str) -> bool:
    """"a 25 percent stake", "report 100 per cent capacity": a percent written before a common noun
    modifies it; not before a time ("5 percent next year") or a name ("3 percent Tuesday")."""
    return bool(PERCENT_NOUN.match(after)) and not TIME_EXPRESSION.match(after.lstrip())


def route_before(rules: Rules, before: str) -> str | None:
    """The noun before a chain of named places ("road from A to B via C"), for a length in
    brackets after the chain; None unless a "from" or "via" was crossed."""
    tokens = WORD.findall(before[-160:].rstrip())
    index, crossed = len(tokens), False
    while index > 0:
        token = tokens[index - 1]
        lower = token.lower()
        if lower in ROUTE_LINKS:
            crossed = crossed or lower in ("from", "via")
        elif not (token[0].isupper() or token[0].isdigit() or token in "/-" or lower in ("no", "no.")):
            break
        index -= 1
    last = tokens[index - 1].lower() if index else ""
    if not crossed or not last or last in rules.stops or last in rules.lexicon["spatial"] or is_participle(rules, last):
        return None  # "extends from A to B (84 km)": a verb, not a thing
    return noun_phrase_backwards(rules, tokens[:index])


def purpose_object(rules: Rules, text: str, figure: Figure, after: str) -> str | None:
    """"$2 million will go to the town to replace the bridge", "$11 million for the service to procure
    scanners": the object of an infinitive of purpose in the figure's clause, past a recipient."""
    clause = after[:120]
    if (cut := CLAUSE_BREAK.search(clause)) is not None:
        clause = clause[:cut.start()]
    for found in TO_VERB.finditer(clause):
        verb = found.group("verb")
        if verb in rules.lexicon["purpose"] or (found.group("det") and verb not in rules.stops):
            entity = noun_phrase(rules, clause[found.end():], allow_leading_number=False)
            return plausible(text, figure, entity) if entity else None
    return None
