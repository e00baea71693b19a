"""The ``pressparse_places`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class PlacesComponent:
    """Placeholder until the rules land: annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_places")
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent(nlp, name)
