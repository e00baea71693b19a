"""The sentences attribution reads: the Doc's sentences cut at line breaks, as character offsets."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from ..lines import continues, line_width

# A sentence's end when the Doc has no sentence boundaries.
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")


def segments(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The offsets of the sentences of ``doc`` cut at line breaks (see ``lines``)."""
    return list(lines(text, sentences(doc, text)))


def lines(text: str, sentences: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """Sentences cut at line breaks: a line is a paragraph, a headline or a label in the
    texts pressparse reads, and the sentencizer runs a headline with no full stop into the
    sentence below it ("Government to hire 5,000 teachers\n\nThe Minister said ..."). A break
    inside a wrapped paragraph is no cut (``lines.continues``)."""
    width = -1
    for start, end in sentences:
        cut = text.find("\n", start, end)
        while cut != -1:
            if width < 0:
                width = line_width(text)
            if not continues(text, cut, width):
                if text[start:cut].strip():
                    yield start, cut
                start = cut + 1
            cut = text.find("\n", cut + 1, end)
        if text[start:end].strip():
            yield start, end


def sentences(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
    """Sentence offsets, from the sentence starts read once as an array (``doc.sents``
    creates a Python object per token)."""
    if doc.has_annotation("SENT_START") and "sents" not in doc.user_hooks:
        table = doc.to_array(["SENT_START", "IDX", "LENGTH"])
        firsts = [0, *((table[1:, 0] == 1).nonzero()[0] + 1).tolist()]
        idx, ends = table[:, 1].tolist(), (table[:, 1] + table[:, 2]).tolist()
        for first, after in zip(firsts, [*firsts[1:], len(table)], strict=True):
            yield idx[first], ends[after - 1]
        return
    if doc.has_annotation("SENT_START"):  # a custom sentence hook
        for sent in doc.sents:
            yield sent.start_char, sent.end_char
        return
    start = 0
    for m in SENTENCE_END.finditer(text):
        yield start, m.end()
        start = m.end()
    yield start, len(text)
