"""What a count counts in the dependency parse (full mode): the noun it modifies."""

from __future__ import annotations

from spacy.tokens import Doc

from ..figure import Figure


def entity_from_parse(doc: Doc, figure: Figure) -> str | None:
    """The noun a count modifies in the parse, with its compounds ("32,688 poverty alleviation
    workshops"); the parse tells "nine concern transmission" (a verb) from a noun."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    while token.dep_ in ("quantmod", "compound", "nummod") and token.head.pos_ == "NUM" \
            and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ != "nummod" or head.pos_ not in ("NOUN", "PROPN") or head.i <= token.i:
        return None
    if head.dep_ == "poss" and head.head.i > head.i:
        head = head.head  # "300,000 farmers' cooperatives"
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # the count hung on a compound: "30,000 poverty alleviation workshops"
    first = head.i
    while first - 1 > token.i and doc[first - 1].dep_ in ("compound", "amod", "nmod") and \
            doc[first - 1].head.i >= first - 1:
        first -= 1
    last = head.i
    joined = next((child for child in head.rights if child.dep_ == "conj" and child.pos_ == "NOUN"), None)
    if joined is not None and not head.text.endswith("s") and joined.text.endswith("s") \
            and joined.i - head.i <= 4 and not any(child.dep_ == "nummod" for child in joined.children):
        last = joined.i  # "2,623 poverty relief and road projects": one head after joined modifiers
    return doc[first:last + 1].text
