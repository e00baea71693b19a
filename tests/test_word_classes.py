"""The word-class lexicon (``data/word_classes.tsv``, built from WordNet by
``data/build_word_classes.py``) and the noun-phrase shape the entity reader gives a phrase with it.

The build test rebuilds the file in memory from spacy-lookups-data (a development dependency;
skipped without it). The other tests read the checked-in file, which is all pressparse needs at
run time.
"""

from __future__ import annotations

import importlib.util

import pytest

from pressparse.components.quantities.entity.parts_of_speech import can_be_noun, classes_of, is_participle_form
from pressparse.components.quantities.entity.shape import noun_head


@pytest.mark.skipif(importlib.util.find_spec("spacy_lookups_data") is None,
                    reason="build_word_classes needs spacy-lookups-data")
def test_checked_in_file_is_what_the_script_builds() -> None:
    from pressparse.data.build_word_classes import outputs

    for path, text in outputs().items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name} is stale: run build_word_classes"


# (word, can head a noun phrase): inflections found through WordNet's rules and exceptions
NOUNS = [
    ("payments", True), ("females", True), ("data", True), ("turnover", True), ("tune", True),
    ("below", False), ("significantly", False), ("previous", False), ("earlier", False), ("another", False),
    ("the", False), ("at", False), ("spent", False),
    ("Nifty", True), ("MFDP", True), ("one-off", True),  # a name, an acronym, a compound: no class read against it
]


@pytest.mark.parametrize(("word", "noun"), NOUNS)
def test_can_be_noun(word: str, noun: bool) -> None:
    assert can_be_noun(word) is noun


def test_chief_class_and_verb_forms() -> None:
    assert classes_of("wishes")[0] == "v" and "n" in classes_of("wishes")
    assert classes_of("payment") == "n"
    assert classes_of("small")[0] == "a"
    assert is_participle_form("aged") and is_participle_form("pointing")
    assert not is_participle_form("seed") and not is_participle_form("bed")  # verbs themselves, not forms
    assert not is_participle_form("funding")  # chiefly a noun


LINE = "The 41,900 jobless were counted; prices rose from a month earlier and were above the previous month."

# (phrase read, the noun phrase kept; None: no head), for a figure of LINE
SHAPES = [
    ("significantly", None),
    ("below", None),
    ("next financial", None),
    ("earlier", None),
    ("people aged", "people"),  # a participle after its noun
    ("harvest estimate pointing", "harvest estimate"),
    ("next three years", None),  # a time: when, not what
    ("five-year period", None),
    ("bed nights", "bed nights"),  # a time a noun makes a thing counted
    ("budgetary saving", "budgetary saving"),  # after an adjective, the form in -ing is the head
    ("record spend", "record spend"),  # a verb after a modifier is a noun
    ("Cabinet unveils plan", "plan"),  # a verb after its subject: its object
    ("NHA wishes", "NHA"),  # nothing after it: its subject
    ("sustained winds", "sustained winds"),  # a plural after a modifier, not a verb
    ("flood walls along", "flood walls"),
    ("per capita income", "per capita income"),
    ("poverty relief and water projects", "poverty relief and water projects"),
    ("last year", None),  # a time, once "last" is gone
    ("jobless", "jobless"),  # an adjective alone after a figure in LINE: nominal
    ("previous", None),  # an adjective LINE writes before its noun
]


@pytest.mark.parametrize(("phrase", "kept"), SHAPES)
def test_noun_head(phrase: str, kept: str | None) -> None:
    assert noun_head(phrase, LINE) == kept
