"""The ``pressparse_agencies`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class AgenciesComponent:
    """Placeholder until the rules land: annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_agencies")
def make_agencies(nlp: Language, name: str) -> AgenciesComponent:
    return AgenciesComponent(nlp, name)
