"""The subject a verb chain links to a figure ('the value of production has reached'), read
backwards from the figure past auxiliaries, times and 'X of Y' chains."""

from __future__ import annotations

import re

from ....normalize.dates import TIME_EXPRESSION_LOWER
from ....normalize.numbers import number_words
from ..grammar import Rules
from .parts_of_speech import can_be_noun, is_modifier
from .phrases import noun_phrase
from .shape import noun_phrase_shape
from .tokens import ACRONYM_TOKEN, CLAUSE_BREAK, CLAUSE_OPENER, DIGIT, NOT_ENTITY, WORD, is_participle, is_proper_name

LINKS = frozenset({"of", "in", "for", "on", "at", "to", "among", "with"})

YEAR_ON_YEAR = re.compile(r"\byear[\s-](?:on|over)[\s-]year\b")

CONTAINER_MODIFIERS = frozenset({"total", "overall", "average", "combined", "largest", "main"})

VERB_BOUND = re.compile(r"[a-z]+(?:ed|ing|s)")  # "topped", "exceeding": the bound is the verb
YEAR_PART = re.compile(r"(?:1[89]|20)\d\d|\d\d|[-–/]")

# what starts a verb's object: a determiner, a currency sign, a figure (the clause ends at the figure)
OBJECT_AFTER = re.compile(
    r"\s*$|\s+(?:(?:a|an|the|its|their|his|her|our|this|these|those|some)\b|[^\w\s]|[A-Z]{0,3}\W?\d)")

POSSESSIVE = re.compile(r"['’]s\b")


def _is_container(rules: Rules, words: list[str]) -> bool:
    """"number", "the total output": a word that names a measure of something else, not a thing."""
    return words[-1].lower() in rules.lexicon["container"] and (
        len(words) == 1 or words[0].lower() in CONTAINER_MODIFIERS)


def _has_number_word(rules: Rules, words: list[str]) -> bool:
    """Whether ``words`` hold a number word or a bound phrase ("two", "about"): an amount, no thing."""
    table = number_words()
    return any(w.lower() in table or w.lower() in rules.approx for w in words)


def bounded_subject(rules: Rules, before: str, bound: str) -> str | None:
    """The noun phrase right before a bound that is a verb ("GDP topped 1.36 trillion yuan") or
    that a holding verb puts there ("keep total grain output above 650 million tonnes")."""
    tokens = WORD.findall(_mask_times(before[-200:]))
    phrase = _collect_backwards(rules, tokens, len(tokens))
    if phrase is None:
        return None
    words, index = phrase
    held = index > 0 and tokens[index - 1].lower() in rules.lexicon["hold"]
    if not (held or VERB_BOUND.fullmatch(bound)) or words[0].lower() in NOT_ENTITY or is_proper_name(words):
        return None
    link = index - 1
    while link >= 1 and tokens[link].lower() in rules.lexicon["det"]:
        link -= 1
    if link >= 1 and tokens[link].lower() == "of" and (earlier := _collect_backwards(rules, tokens, link)) \
            and not _is_container(rules, earlier[0]) and not _has_number_word(rules, earlier[0]):
        words = earlier[0]  # "the survival rate of the seedlings exceeded 80 percent"
    return " ".join(words)


def subject_before(rules: Rules, before: str) -> str | None:
    """The noun phrase a verb chain links to the figure: "the value of production has reached",
    "keep the county's cultivated land at"; an "X of Y" chain gives X unless X is a container."""
    tokens = WORD.findall(_mask_times(before[-200:]))
    index = len(tokens)
    linked = False
    while index > 0 and len(tokens) - index < 6:
        lower = tokens[index - 1].lower()
        if lower == "," or lower in rules.stops or lower in rules.lexicon["skip"] \
                or lower in rules.lexicon["predicate"]:
            linked = linked or lower not in (",", "and", "or", "but", "while")
            index -= 1
            continue
        break
    if not linked:
        return None
    phrase = _collect_backwards(rules, tokens, index)
    if phrase is None:
        return None
    words, index = phrase
    end = index + len(words)
    if end < len(tokens) and is_modifier(words[-1]) and tokens[end][0].isalpha() and can_be_noun(tokens[end]):
        # the head a change word's stop cut off: "reduced economic growth by 0.3 points"
        words = [word for word in words if not is_participle(rules, word)] + [tokens[end]]
    while index >= 2:
        link = index - 1
        det = rules.lexicon["det"]
        while link >= 1 and (tokens[link].lower() in det or YEAR_PART.fullmatch(tokens[link])
                             or (tokens[link] == "," and tokens[link - 1].lower() in det)):
            link -= 1  # "capacity for all these factories", "attendance for the [masked 2022-23] season"
        if tokens[link].lower() in ("and", "or") and (conjunct := _collect_backwards(rules, tokens, link)) \
                and conjunct[1] >= 1 and tokens[conjunct[1] - 1].lower() in LINKS:
            link = conjunct[1] - 1  # "the rate among men and women stood at": past the joined modifier
        if tokens[link].lower() not in LINKS:
            break
        if tokens[link].lower() == "with" and not is_participle(rules, tokens[link - 1]):
            break  # "area sown with grain crops" is one phrase; "gains with exports up 6%" is two
        earlier = _collect_backwards(rules, tokens, link)
        if earlier is None:
            break
        if _is_container(rules, earlier[0]) or _has_number_word(rules, earlier[0]):
            break
        words, index = earlier
    if words[0].lower() in NOT_ENTITY or is_proper_name(words) or (
            len(words) == 1 and words[0].lower() in rules.lexicon["filler"]) or not (words := noun_phrase_shape(words)):
        return None
    return " ".join(words)


def _collect_backwards(rules: Rules, tokens: list[str], index: int) -> tuple[list[str], int] | None:
    """The noun phrase ending at ``tokens[index - 1]``; a trailing participle ("extended", "set") is a verb."""
    words: list[str] = []
    if index > 0 and is_participle(rules, tokens[index - 1]):
        index -= 1
        while index > 0 and tokens[index - 1].lower() in rules.stops:
            index -= 1
    while index > 0 and len(words) < 4:
        token = tokens[index - 1]
        if not (token[0].isalpha() or ACRONYM_TOKEN.fullmatch(token)) or token.lower() in rules.stops \
                or token.lower() in rules.lexicon["skip"]:
            break
        words.insert(0, token)
        index -= 1
    return (words, index) if words else None


def clause_subject(rules: Rules, before: str) -> str | None:
    """The subject of the clause the figure ends ("Its grain output is expected to exceed")."""
    breaks = list(CLAUSE_BREAK.finditer(before))
    candidates = [before[breaks[-1].end():]] if breaks else []
    candidates.append(before)
    for clause in candidates:
        clause = CLAUSE_OPENER.sub("", clause)
        entity = noun_phrase(rules, clause, allow_leading_number=False)
        if entity and (words := entity.split()) and len(words) > 1 and words[-1][:1].islower() \
                and words[-1].endswith("s") and OBJECT_AFTER.match(clause, clause.find(entity) + len(entity)):
            entity = " ".join(words[:-1])  # "The town gets $32 million": the verb before its object
        if entity and not DIGIT.search(entity) and not is_proper_name(entity.split()):
            return entity
    return None


def _mask_times(text: str) -> str:
    """``text`` with time expressions ("in the first quarter", "year on year") turned into commas,
    with their possessive ending ("last year's record": no "s" left to read as a noun)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    for pattern in (TIME_EXPRESSION_LOWER, YEAR_ON_YEAR):
        spans = [(m.start(), owner.end() if (owner := POSSESSIVE.match(lowered, m.end())) else m.end())
                 for m in pattern.finditer(lowered)]
        for start, end in reversed(spans):
            text = text[:start] + " ," + " " * (end - start - 2) + text[end:]
    return text
