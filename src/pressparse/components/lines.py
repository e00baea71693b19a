"""The ``pressparse_line_breaks`` component: a line break ends a sentence where the rules-only
sentencizer would run on.

A release's heading, dateline and contact lines carry no final stop, so spaCy's sentencizer joins
them to the first sentence of the body ("FOR IMMEDIATE RELEASE\\nNovember 14, 2023\\nThe state ...").
Here a blank line, or a line break before a line that starts with a capital or a digit, starts a
new sentence; a line break before a lower-case word (a wrapped line) does not. The statistical
parser of full mode sets its own boundaries, so this runs after the fast mode's sentencizer only.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import doc_text

# the first character of the next line: after a blank line anything, after one break a capital or digit
NEW_LINE = re.compile(r"\n[ \t]*(?:\n\s*(?=\S)|(?=[A-Z0-9]))")


class LineBreaksComponent:
    """Mark the first token of a new line as a sentence start (see the module docstring)."""

    def __init__(self, name: str = "pressparse_line_breaks") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # not doc.text, which joins every token again
        if "\n" not in text or not len(doc):
            return doc
        found = [m.end() for m in NEW_LINE.finditer(text)]
        if not found:
            return doc
        # one array write: setting Token.is_sent_start walks the whole Doc on every call
        array = doc.to_array(["IDX", "SENT_START"])
        starts = array[:, 0].tolist()
        for end in found:
            index = bisect_left(starts, end)
            if 0 < index < len(doc) and starts[index] == end:
                array[index, 1] = 1
        doc.from_array(["SENT_START"], array[:, 1:])
        return doc


@Language.factory("pressparse_line_breaks", requires=["token.is_sent_start"], assigns=["token.is_sent_start"])
def make_line_breaks(nlp: Language, name: str) -> LineBreaksComponent:
    return LineBreaksComponent(name)
