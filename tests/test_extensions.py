"""The direct ``span._`` access the components and records use agrees with spaCy's own."""

from __future__ import annotations

import spacy

from pressparse import extensions as ext


def test_span_value_is_what_span_underscore_reads_and_writes() -> None:
    ext.register_extensions()
    doc = spacy.blank("en")("Li Zhong spoke in Beijing.")
    person, place = doc[0:2], doc[4:5]
    person._.pp_person = {"key": "li zhong"}
    ext.set_span_value(doc, "pp_place", place, {"key": "beijing"})
    assert ext.span_value(doc, "pp_person", person) == {"key": "li zhong"}
    assert place._.pp_place == {"key": "beijing"}
    assert ext.span_value(doc, "pp_agency", person) is None
