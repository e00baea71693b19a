"""The word classes of English words (``data/word_classes.tsv``, generated from WordNet by
``data/build_word_classes.py``): fast mode has no tagger, so this says whether a word read as what
a figure counts can be a noun at all, and what it chiefly is."""

from __future__ import annotations

from functools import cache

from ....data import data_path

NOUN, VERB, ADJECTIVE, ADVERB, FUNCTION, PARTICIPLE = "n", "v", "a", "r", "x", "p"


@cache
def word_classes() -> dict[str, str]:
    """lower-case word -> its classes, the chief one first ("wishes" -> "vn"), read once."""
    table: dict[str, str] = {}
    with data_path("word_classes.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                word, _, classes = line.rstrip("\n").partition("\t")
                table[word] = classes
    return table


def classes_of(word: str) -> str:
    """The classes of ``word`` (a hyphenated word takes its last part's: "job-creating" is a
    verb form; not a function word's: "one-off", "follow-up" are compounds), "" for a word the
    lexicon does not know (a name, an acronym, a foreign word)."""
    table = word_classes()
    lower = word.lower()
    found = table.get(lower)
    if found is None and "-" in lower:
        found = table.get(lower.rsplit("-", 1)[1])
        if found == FUNCTION:
            return ""
    return found or ""


def can_be_noun(word: str) -> bool:
    """Whether ``word`` can head a noun phrase: a noun in the lexicon, a capitalized word (a name:
    "Nifty", "Treasury") or a word the lexicon does not know (an acronym, "COVID-19")."""
    if word[:1].isupper():
        return True
    classes = classes_of(word)
    return NOUN in classes if classes else True


def is_modifier(word: str) -> bool:
    """Whether ``word`` is no noun or chiefly an adjective ("economic", "overall"): it modifies a
    head after it rather than heads a phrase itself."""
    classes = classes_of(word)
    return bool(classes) and (NOUN not in classes or classes[0] == ADJECTIVE)


def is_participle_form(word: str) -> bool:
    """A verb's form in -ed, or in -ing when chiefly a verb ("aged", "pointing", "facing"); not a
    verb lemma ("seed", "bed") nor a noun in -ing ("funding", "housing")."""
    lower = word.lower()
    classes = classes_of(lower)
    if PARTICIPLE not in classes:
        return False
    return lower.endswith("ed") or classes[0] == VERB

