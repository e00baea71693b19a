"""The ``pressparse_people`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PeopleComponent:
    """Placeholder until the rules land: annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_people")
def make_people(nlp: Language, name: str) -> PeopleComponent:
    return PeopleComponent(nlp, name)
