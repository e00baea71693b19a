"""The ``pressparse_line_breaks`` component: a line break ends a sentence where the rules-only
sentencizer would run on.

A release's heading, dateline and contact lines carry no final stop, so spaCy's sentencizer joins
them to the first sentence of the body ("FOR IMMEDIATE RELEASE\\nNovember 14, 2023\\nThe state ...").
Here a blank line, or a line break before a line that starts with a capital or a digit, starts a
new sentence; a line break before a lower-case word (a wrapped line) does not, nor one inside a
hard-wrapped paragraph (wire copy wrapped at ~70 characters: the line above is about as long as
the longest line and ends without a stop, see ``continues``). The statistical
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
# what ends a line that ends a unit (a sentence, a label, a quote, a bracket)
UNIT_ENDS = frozenset(".!?:;…\"”’)]")
# what opens a list item or a table row: never the wrapped rest of a line
LIST_MARKS = frozenset("-–—•*·▪#>|")
# a text whose longest line is this long (wire copy wraps at 60-80) and no longer is hard-wrapped;
# web text keeps a paragraph on one line
WRAP_WIDTHS = range(50, 101)
# in hard-wrapped text, a line this share of the longest one is full: its paragraph runs on below
FULL_LINE = 0.75


def line_width(text: str) -> int:
    """The length of the text's longest line (read once per text for ``continues``)."""
    return max(map(len, text.split("\n")))


def continues(text: str, at: int, width: int) -> bool:
    """Whether the line break at ``at`` falls inside a paragraph: the line above ends without a
    stop and the line below goes on with a lower-case word, or, in hard-wrapped text (``width``,
    the longest line, in ``WRAP_WIDTHS``), the line above is full; a line ending in a comma goes on
    below, even across a blank line. A blank line, a stop, or a short line without one (a heading)
    ends a unit."""
    last = at  # the last character before the break and the blank lines above it
    while last and text[last - 1].isspace():
        last -= 1
    if text[last - 1:last] == ",":  # a comma never ends a sentence: a blank line after one is the scraper's
        below = text[at + 1:at + 80].lstrip()[:1]
        return bool(below) and below not in LIST_MARKS
    line = text[text.rfind("\n", 0, at) + 1:at].rstrip()
    following = text[at + 1:at + 80].lstrip(" \t")[:1]
    if not line or line[-1] in UNIT_ENDS or not following.strip() or following in LIST_MARKS:
        return False
    if following.islower():
        return True
    return width in WRAP_WIDTHS and len(line) >= FULL_LINE * width


# a line that is one sentence: no lower-case letter first ("$2 million", a quote) and a stop (and a closing quote or
# bracket) last
SENTENCE_LINE = re.compile(r"[^\sa-z].*[.!?][\"”’')]?")
SENTENCE_LINES_MIN = 8


def sentence_lines(text: str) -> list[tuple[int, int]] | None:
    """The lines of a text made of independent one-sentence lines, one line a story (a file of news
    sentences), as (start, end) offsets; None for an article. Such a text has no blank line, no
    heading (a line without a final stop) and eight lines at least, each a sentence: an article
    opens with a headline or parts its paragraphs with blank lines, so what a line names (a
    country, a year) is the whole text's, while here it is that line's own."""
    stripped = text.strip()
    if "\n\n" in stripped or stripped.count("\n") + 1 < SENTENCE_LINES_MIN:
        return None
    lines = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.strip():
            if not SENTENCE_LINE.fullmatch(line.strip()):
                return None
            lines.append((start, end))
        start = end + 1
    return lines


class LineBreaksComponent:
    """Mark the first token of a new line as a sentence start (see the module docstring)."""

    def __init__(self, name: str = "pressparse_line_breaks") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)  # not doc.text, which joins every token again
        if "\n" not in text or not len(doc):
            return doc
        width = line_width(text)
        found = [m.end() for m in NEW_LINE.finditer(text) if not continues(text, m.start(), width)]
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
