"""The ``pressparse_attribution`` component."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class AttributionComponent:
    """Placeholder until the rules land: annotates nothing."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc


@Language.factory("pressparse_attribution")
def make_attribution(nlp: Language, name: str) -> AttributionComponent:
    return AttributionComponent(nlp, name)
