"""Documents longer than spaCy's ``max_length``: reports, transcripts, a year of releases in one file.

spaCy refuses such a text (E088) because the statistical models' memory grows with it (a
1 MB text takes gigabytes in the parser). A text longer than ``SPLIT_ABOVE`` (or than
``nlp.max_length``, if lower) is cut at paragraph breaks (else line breaks, sentence ends,
spaces) into pieces of at most ``PIECE_CHARS``; each piece is tokenized and annotated by the
base pipeline (sentencizer, or the model's tagger, parser and NER) alone, and the pieces are
joined back into one Doc with ``Doc.from_docs``. The pieces' texts add up to the article's text
exactly, so every offset is an offset in the article. pressparse's rule components then run once
on the whole Doc, as for a short article: a speaker named at the top still owns a figure a
hundred pages on.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc

SPLIT_ABOVE = 100_000  # a long report; a press release is a few thousand characters
PIECE_CHARS = 20_000  # the statistical models need memory in proportion to the text they hold at once
# Where to cut, best first: after a blank line, after a line break, after a sentence, after a space.
_CUTS = (re.compile(r"\n[ \t]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"[.!?。][\"'”’)]*\s+"), re.compile(r"\s+"))


def is_long(nlp: Language, text: str) -> bool:
    """Whether ``text`` is annotated in pieces."""
    return len(text) > min(SPLIT_ABOVE, nlp.max_length)


def cut_points(text: str, limit: int) -> list[int]:
    """Offsets where ``text`` is cut into pieces of at most ``limit`` characters, at the best
    boundary in the later three quarters of each piece (a piece ends with the whitespace after it).

    >>> text = "One. Two.\\n\\nThree four five. Six seven.\\nEight nine ten."
    >>> [text[a:b] for a, b in zip([0, *cut_points(text, 30)], [*cut_points(text, 30), len(text)])]
    ['One. Two.\\n\\n', 'Three four five. Six seven.\\n', 'Eight nine ten.']
    """
    points: list[int] = []
    start = 0
    while len(text) - start > limit:
        end = start + limit
        cut = next((c for pattern in _CUTS if (c := _last_cut(pattern, text, start + limit // 4, end))), end)
        points.append(cut)
        start = cut
    return points


def _last_cut(pattern: re.Pattern[str], text: str, lo: int, hi: int) -> int | None:
    """The end of the last match of ``pattern`` that starts after ``lo`` and ends by ``hi``."""
    last = None
    for match in pattern.finditer(text, lo, hi):
        last = match.end()
    return last


def pieces(text: str, limit: int) -> Iterator[str]:
    """``text`` cut at ``cut_points``; the pieces join back to ``text``."""
    bounds = [0, *cut_points(text, limit), len(text)]
    for start, end in pairwise(bounds):
        yield text[start:end]


def annotate_in_pieces(nlp: Language, text: str, base: Sequence[str]) -> Doc:
    """One Doc of ``text`` annotated by the ``base`` components of ``nlp``, run piece by piece."""
    docs = nlp.pipe(pieces(text, min(PIECE_CHARS, nlp.max_length)), batch_size=1,
                    disable=[n for n in nlp.pipe_names if n not in base])
    return Doc.from_docs(list(docs), ensure_whitespace=False, exclude=["tensor"])
