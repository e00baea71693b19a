"""The ``pressparse_quantities`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class QuantitiesComponent:
    """Placeholder until the rules land: annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_quantities")
def make_quantities(nlp: Language, name: str) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name)
