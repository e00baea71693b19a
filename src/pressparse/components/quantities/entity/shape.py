"""Noun-phrase structure by word class (``parts_of_speech``): what a figure counts is a noun phrase,
determiner, adjectives and noun modifiers before a head that can be a noun. A phrase the readers
collect is cut where a word cannot stand in one (an adverb, a function word, a verb form after its
subject), and gives None when no word left can be its head: the next reading is tried instead."""

from __future__ import annotations

from functools import cache

from ..tables import lexicon
from .parts_of_speech import (
    ADJECTIVE,
    ADVERB,
    FUNCTION,
    NOUN,
    PARTICIPLE,
    VERB,
    can_be_noun,
    classes_of,
    is_participle_form,
)
from .tokens import NOT_ENTITY, WORD

# function words that stand inside a noun phrase: modifiers joined before one head, "per capita"
JOINERS = frozenset({"and", "or", "&", "per"})
TIME_WORDS = frozenset({"period", "time"})  # with the lexicon's periods ("year", "quarter")


def outside_phrase(word: str) -> bool:
    """A word no noun phrase holds: an adverb or a function word with no noun or adjective reading
    ("significantly", "below", "earlier", "which")."""
    if word.lower() in JOINERS:
        return False
    classes = classes_of(word)
    return bool(classes) and NOUN not in classes and ADJECTIVE not in classes and (
        ADVERB in classes or FUNCTION in classes)


def _verb_after_subject(word: str, previous: str) -> bool:
    """A verb in -s read after its subject: one that is no noun ("unveils", "expects"), or one that
    is chiefly a verb after an acronym ("MFDP wishes"; not "sustained winds", "Chili peppers",
    where a modifier stands before a plural noun)."""
    if not (word.endswith("s") and word[:1].islower()):
        return False
    classes = classes_of(word)
    return classes == VERB or (classes[:1] == VERB and len(previous) > 1 and previous.isupper())


def _chiefly_verb(word: str) -> bool:
    """A word that is chiefly a verb and never a noun ("spent", "rose")."""
    classes = classes_of(word)
    return classes[:1] == VERB and NOUN not in classes


def _can_head(words: list[str]) -> bool:
    """Whether the last of ``words`` can head their phrase: a noun, a verb in -ing (a gerund:
    "saving"), a verb after a modifier or a verb's bare form (English makes nouns of verbs: "a
    record spend", "the spend"); not a verb in -ed or -s alone ("totalled", "expects")."""
    head = words[-1]
    if can_be_noun(head):
        return True
    classes = classes_of(head)
    if VERB not in classes:
        return False
    if head.endswith("ing"):
        return True
    bare = PARTICIPLE not in classes and not head.endswith("s")
    return not head.endswith("ed") and (len(words) > 1 or bare)


def shape_span(words: list[str], *, nominal: bool = False) -> tuple[int, int] | None:
    """The slice of ``words`` that is a noun phrase: leading adverbs dropped ("significantly"),
    cut before a word no noun phrase holds, at a verb after its subject (its object when one
    follows: "Government unveils budget"; its subject when none does: "this budget delivers"), a trailing
    participle or verb after a noun dropped ("people aged", "season pointing", "visitors spent"),
    and trailing
    words that cannot be a head ("next financial"); None when no head is left. ``nominal``: an
    adjective alone heads a phrase after "the" or a figure ("the jobless", "41,900 unemployed")."""
    start, end = 0, len(words)
    while start < end and outside_phrase(words[start]):
        start += 1
    for index in range(start + 1, end):
        if _verb_after_subject(words[index], words[index - 1]):
            if words[index - 1].lower() in JOINERS:
                end = index  # a second verb of the clause: "a 9 mm casing and weighs"
            elif index + 1 < end:
                start = index + 1  # its object: "Government unveils budget"
            else:
                end = index  # its subject: "This budget delivers", read as a clause's subject
            break
        if outside_phrase(words[index]):
            end = index
            break
    if end - start > 1 and words[end - 1][:1].islower() and (
            (is_participle_form(words[end - 1]) and can_be_noun(words[end - 2])
             and not classes_of(words[end - 2]).startswith(ADJECTIVE))
            or (_chiefly_verb(words[end - 1]) and words[end - 2].endswith("s") and can_be_noun(words[end - 2]))):
        end -= 1  # after a noun, not an adjective ("budgetary saving" is one phrase): "Visitors spent"
    last = end
    while end > start and (words[end - 1].lower() in JOINERS or not _can_head(words[start:end])):
        end -= 1
    if end == start and nominal and last - start == 1 and ADJECTIVE in classes_of(words[start]):
        return start, last
    if end > start and _is_time(words[end - 1]) and not any(_names_a_thing(word) for word in words[start:end - 1]):
        return None  # "the next three years", "the previous month", "a five-year period": when, not what
    return (start, end) if end > start else None


def _is_time(word: str) -> bool:
    """Whether ``word`` names a span of time ("years", "month", "period", "five-year")."""
    lower = word.lower().rsplit("-", 1)[-1]
    periods = _time_words()
    return lower in periods or (lower.endswith("s") and lower[:-1] in periods)


@cache
def _time_words() -> frozenset[str]:
    """``TIME_WORDS`` and the lexicon's periods, joined once (``_is_time`` runs on every word read)."""
    return TIME_WORDS | lexicon()["period"]


def _names_a_thing(word: str) -> bool:
    """A noun modifier that makes a time word a thing counted ("bed nights", "working days"), not
    an adjective, a figure or a time ("previous", "three", "five-year")."""
    classes = classes_of(word)
    return NOUN in classes and classes[0] != ADJECTIVE and not _is_time(word)


def noun_phrase_shape(words: list[str], *, nominal: bool = False) -> list[str] | None:
    """``words`` cut to a noun phrase (see ``shape_span``), None when no head is left."""
    span = shape_span(words, nominal=nominal)
    return words[span[0]:span[1]] if span else None


def noun_head(phrase: str, line: str) -> str | None:
    """``phrase`` cut to a noun phrase (see ``shape_span``), its own characters kept; None when
    no head is left. A lone adjective is nominal where ``line`` writes it after "the" or a figure."""
    tokens = list(WORD.finditer(phrase))
    words = [token.group() for token in tokens if token.group()[0].isalpha()]
    if len(words) != len(tokens):
        return phrase  # figures or marks inside ("(GFS)", "2024-25"): no word-by-word reading
    span = shape_span(words)
    if span is None and len(words) == 1 and ADJECTIVE in classes_of(words[0]) and _nominal_in(line, words[0]):
        return phrase
    if span is None or (span[1] - span[0] == 1 and words[span[0]].lower() in NOT_ENTITY):
        return None  # "last year" -> "year": a time, not a thing
    if span == (0, len(words)):
        return phrase
    return phrase[tokens[span[0]].start():tokens[span[1] - 1].end()]


def _nominal_in(line: str, word: str) -> bool:
    """Whether ``line`` writes ``word`` right after "the" or a figure and before no noun ("the
    jobless", "41,900 unemployed"; not "the previous month"), or not at all (carried from a figure
    of another sentence, read there)."""
    if word not in line:
        return True
    start = line.find(" " + word)
    while start > 0:
        before = line[:start].rstrip()
        following = WORD.match(line, start + 1 + len(word) + 1)
        modifies = following is not None and following.start() == start + len(word) + 2 \
            and following.group()[0].islower() and can_be_noun(following.group())  # "the previous month"
        after_the = before.endswith(("the", "The")) and not before[-4:-3].isalpha()
        if not modifies and (after_the or before[-1:].isdigit()):
            return True
        start = line.find(" " + word, start + 1)
    return False
