"""Whether a phrase read as what a figure counts can be one: a common noun phrase, not a verb, a
name, an amount or a time; None is better than a wrong word."""

from __future__ import annotations

import re

from ....normalize.numbers import number_words
from ..figure import Figure
from ..identifiers import market_names
from ..tables import lexicon
from .tokens import GERUND, ING_NOUNS, LINE_WORD, PARTICIPLE, VERB_FORM, is_title_case

PROGRAMME_HEADS = lexicon()["programme"]
CURRENCY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "pound", "pounds", "yuan", "rupees", "naira"})
TIME_TOKENS = frozenset({"gmt", "utc", "est", "edt", "bst", "cet", "ist", "am", "pm", "fy", "ytd"})
QUARTER = re.compile(r"[QH][1-4]")


def plausible(text: str, figure: Figure, entity: str) -> str | None:
    """What a figure counts is a common noun phrase, so a clause is cut at its verb ("factories
    totaling" -> "factories") and a name ("the County", "Arsenal"; a title-case headline, a plural
    ("12 States") and the capital of a sentence's first word aside) or a time ("Q4", "GMT") gives
    None: None is better than a wrong word."""
    words = entity.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in PROGRAMME_HEADS:
        return entity  # a named programme or work: "the Tidal Defence Scheme"
    if len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and \
            any(word[:1].islower() for word in words[:-2]):
        return None  # a role and a name: "tennis star Jane Doe", "finance minister Ken Amoah"
    while len(words) > 1 and words[-1][:1].isupper() and words[-1][1:].islower() and words[-2][:1].islower():
        words.pop()  # "offshore cable linking Lithuania" -> "offshore cable linking"
    for index, word in enumerate(words[1:], start=1):
        previous = words[index - 1]
        verb = PARTICIPLE.search(word) or (GERUND.search(word) and previous.endswith("s"))
        if not verb or word.lower() in ING_NOUNS:
            continue
        if index == len(words) - 1:
            words = words[:index]  # "schools selected", "factories totaling"; not "unit cost ceiling"
        elif previous.endswith(("ly", "'s", "’s")):
            words = words[index:]  # an adjective: "internationally recognized safety line" -> "recognized ..."
        else:
            words = words[index + 1:]  # the verb's object: "so far sanctioned loans" -> "loans"
        break
    if len(words) == 1 and _lone_verb(text, figure, words[0]):
        return None  # "This netted $4 billion", ", dragging the index to 27.6": a verb, not a thing
    table = number_words()
    while words and (words[0].lower() in table or words[0].lower() in CURRENCY_WORDS):
        words = words[1:]  # "four grants" -> "grants"; "half", "four billion euro": an amount, no thing
    if not words or any(word.lower() in CURRENCY_WORDS for word in words):
        return None
    head = words[-1]
    if head.lower() in TIME_TOKENS or QUARTER.fullmatch(head):
        return None
    line = text[figure.window[0]:figure.window[1]]
    if head[:1].isupper() and head[1:].islower() and not head.endswith("s") and market_names().get(entity) is None \
            and not is_title_case(line) and _named_inside(line, head):
        return None
    return " ".join(words)


def _lone_verb(text: str, figure: Figure, word: str) -> bool:
    """A participle ("netted", "set") or a verb in -ing ("dragging") on its own, unless the figure, a
    determiner or a preposition makes it a noun in the sentence ("41,900 unemployed", "the signing
    of", "100 billion yuan in relending")."""
    lower = word.lower()
    if not (VERB_FORM.fullmatch(lower) or lower in lexicon()["participle"]
            or (GERUND.search(lower) and lower not in ING_NOUNS)):
        return False
    if text[figure.end:figure.end + len(word) + 2].split()[:1] == [word]:
        return False
    line = text[figure.window[0]:figure.window[1]]
    if word not in line:
        return False  # carried from another sentence, read there
    return re.search(rf"(?i)\b(?:the|a|an|its|their|in|for|on|of|from|into|towards?|through)\s+{re.escape(word)}\b",
                     line) is None


def _named_inside(line: str, word: str) -> bool:
    """Whether ``word`` is written with its capital somewhere other than at the start of a sentence."""
    words = LINE_WORD.findall(line)
    return any(found == word and index and words[index - 1][-1:] not in ".!?" for index, found in enumerate(words))
