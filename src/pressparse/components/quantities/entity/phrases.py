"""Noun phrases read forwards from the figure or backwards to it, with named programmes and
modifiers joined before one head ('poverty relief and water projects')."""

from __future__ import annotations

from ..grammar import Rules
from .parts_of_speech import can_be_noun, is_modifier
from .shape import noun_phrase_shape, outside_phrase
from .tokens import NOT_ENTITY, WORD, is_proper_name

NAME_LINKS = frozenset({"and", "of", "for", "&", "in", "on"})


def noun_phrase(rules: Rules, text: str, *, allow_leading_number: bool = True) -> str | None:
    """The noun phrase at the start of ``text``: words up to a stop word, number or punctuation;
    "the proportion of X" gives X; "the village's 1,150 households" gives "households"."""
    words: list[str] = []
    tokens = WORD.findall(text[:160])
    index = 0
    while index < len(tokens) and tokens[index].lower() in rules.leading_skips:
        index += 1
    if allow_leading_number and index < len(tokens) and tokens[index][0].isdigit():
        index += 1
        if tokens[index:index + 1] == ["-"] and index + 2 < len(tokens) and tokens[index + 1][0].isalpha() \
                and tokens[index + 2][0].isalpha():
            index += 2  # "a 14-kilometre pipeline", "a 13-county region": the measure modifies the noun
    if index < len(tokens) and tokens[index][:1].isupper() and (named := named_programme(rules, tokens, index)):
        return named
    start = index
    while index < len(tokens) and len(words) < 5:
        token = tokens[index]
        lower = token.lower()
        if words and words[-1].endswith(("'s", "’s")) and token[0].isdigit():
            words = []
            index += 1
            continue
        if lower in ("and", "or") and words and (joined := _coordinated(rules, words, tokens, index)):
            words, index = joined
            break
        if words and lower in rules.changes and is_modifier(words[-1]) and can_be_noun(lower):
            return " ".join([*words, token])  # an adjective's head that is a change word: "economic growth"
        if not token[0].isalpha() or (lower in rules.stops and lower != "per") or (
                words and lower[-1:] != "s" and lower in rules.lexicon["speech"]):
            break  # "spokesman told reporters"; not "12 States", "field notes"
        if lower == "per" and not words:
            break
        words.append(token)
        index += 1
    while words and words[-1].lower() in rules.trailing_stops:
        words.pop()
    if words and words[-1].lower() in rules.lexicon["container"]:
        if index < len(tokens) and tokens[index].lower() == "of":
            return noun_phrase(rules, " ".join(tokens[index + 1:]))
        if len(words) == 1 and words[0].lower() in rules.lexicon["filler"]:
            return None  # "of the total": no thing named
    nominal = start == 0 or tokens[start - 1].lower() == "the"  # "the jobless", "41,900 unemployed"
    if not words or words[0].lower() in NOT_ENTITY or not (words := noun_phrase_shape(words, nominal=nominal)):
        return None
    return " ".join(words)


def named_programme(rules: Rules, tokens: list[str], index: int) -> str | None:
    """A name of two or more capitalized words that ends in a programme's head noun ("Tidal
    Defence Scheme", "Hull and Holderness Flood Scheme", "Roads Implementation Program"), read
    from ``tokens[index]``: a thing money pays for, where other capitalized names (bodies,
    places, people) are none."""
    end, last = index, None
    while end < len(tokens) and end - index < 10:
        token = tokens[end]
        if token[:1].isupper() and token[0].isalpha():
            if token.lower() in rules.lexicon["programme"]:
                last = end
        elif not (token.lower() in NAME_LINKS and end > index):
            break
        end += 1
    return " ".join(tokens[index:last + 1]) if last is not None and last > index else None


def _coordinated(rules: Rules, words: list[str], tokens: list[str], index: int) -> tuple[list[str], int] | None:
    """"poverty relief and water projects": modifiers joined before one plural head noun read as one
    phrase (the first part, singular, names no thing counted)."""
    if words[-1].lower().endswith("s"):
        return None
    following: list[str] = []
    for token in tokens[index + 1:index + 4]:
        if not token[0].isalpha() or token.lower() in rules.stops or outside_phrase(token):
            break  # "small and rural communities throughout the state"
        following.append(token)
    if not following or not following[-1].lower().endswith("s") or following[-1][:1].isupper():
        return None
    return [*words, tokens[index], *following], index + 1 + len(following)


def noun_phrase_backwards(rules: Rules, text: str | list[str]) -> str | None:
    """The noun phrase ending ``text`` ("a guaranteed price" -> "guaranteed price")."""
    tokens = WORD.findall(text[-120:]) if isinstance(text, str) else text
    words: list[str] = []
    for token in reversed(tokens):
        lower = token.lower()
        if not token[0].isalpha() or lower in rules.stops or len(words) == 4:
            break
        words.insert(0, token)
    while words and words[0].lower() in rules.leading_verbs:
        words.pop(0)
    if not words or (len(words) == 1 and words[0].lower() in rules.lexicon["filler"]):
        return None
    if words[0].lower() in NOT_ENTITY or is_proper_name(words) or not (words := noun_phrase_shape(words)):
        return None
    return " ".join(words)
