"""The words the rules read and the word classes they test: participles, verbs in -ing, names,
clause breaks."""

from __future__ import annotations

import re

from ..grammar import Rules
from .parts_of_speech import NOUN, VERB, classes_of

WORD = re.compile(
    r"(?i:per[\s-]capita)|\([A-Z][A-Za-z0-9.&-]{0,10}\)|[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d|[^\w\s]"
)

ACRONYM_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9.&-]{0,10}\)")

VERB_FORM = re.compile(r"[a-z]{3,}(?<!e)ed")

CLAUSE_BREAK = re.compile(r"[,;:(){}\[\]]\s|——|—|\s--?\s|\s–\s|\"|“|”")

NOT_ENTITY = frozenset({"which", "whom", "what", "them", "these", "those", "this", "it", "per", "year", "own",
                        "day", "week", "month", "hour", "quarter"})  # "6 ML a day": a rate, not a thing

CLAUSE_OPENER = re.compile(r"(?i)^\s*(?:and|but|while|however|so|according to [^,]*,)\s+")

DIGIT = re.compile(r"\d")
LEADING_MARKS = re.compile(r"[^A-Za-z]*")
PARTICIPLE = re.compile(r"[a-z]{3,}ed$")
GERUND = re.compile(r"[a-z]{3,}ing$")
ING_NOUNS = frozenset({"funding", "spending", "housing", "building", "buildings", "training", "earnings", "lending",
                       "financing", "borrowing", "savings", "holdings", "shipping", "clothing", "feeding",
                       "planting", "processing", "manufacturing", "farming", "fishing", "mining", "banking",
                       "schooling", "healthcare", "screening", "testing", "polling", "listing", "offering"})
LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def last_clause(text: str) -> str:
    """The part of ``text`` after its last comma, semicolon, dash or quote."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def is_proper_name(words: list[str]) -> bool:
    """"Villager Tan Guoqiang", "Song Qiang": a person or place, not what a figure counts."""
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def is_title_case(line: str) -> bool:
    """Whether most words of ``line`` are capitalized (a headline), so a capital there names nothing."""
    words = LINE_WORD.findall(line)
    return len(words) > 3 and sum(word[0].isupper() for word in words) > 0.6 * len(words)


def verb_alone(rules: Rules, entity: str) -> bool:
    """A lone participle after a figure ("valued", "set", "2,034 GWh attaining") is a verb, not
    what it counts."""
    return " " not in entity and (is_participle(rules, entity) or is_verb_in_ing(entity))


def is_verb_in_ing(word: str) -> bool:
    """A verb in -ing that is not chiefly a noun ("dragging", not "funding" or "housing")."""
    lower = word.lower()
    return bool(GERUND.search(lower)) and lower not in ING_NOUNS and not classes_of(lower).startswith(NOUN)


def is_participle(rules: Rules, word: str) -> bool:
    """Whether ``word`` is a past participle ("allocated", "set"): a verb, not a noun; a word in
    -ed the lexicon knows with no verb reading ("unemployed", "talented") is none."""
    if word in rules.lexicon["participle"]:
        return True
    return bool(VERB_FORM.fullmatch(word)) and (not (classes := classes_of(word)) or VERB in classes)
