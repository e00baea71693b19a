"""The time a figure refers to: the nearest time expression of its sentence, resolved against the
article's publication date."""

from __future__ import annotations

import re
from datetime import date

from spacy.tokens import Doc

from ...normalize.dates import TIME_EXPRESSION_LOWER, resolve_time
from .figure import Figure


def attach_times(text: str, lowered: str, figures: list[Figure], published: date | None) -> None:
    """Attach the nearest time expression of the figure's sentence."""
    if not figures:
        return
    by_window: dict[tuple[int, int], list[re.Match[str]]] = {}
    for figure in figures:
        lo, hi = figure.window
        if figure.window not in by_window:
            by_window[figure.window] = list(TIME_EXPRESSION_LOWER.finditer(lowered, lo, hi))
        candidates = by_window[figure.window]
        if not candidates:
            continue
        nearest = min(candidates,
                      key=lambda m: min(abs(m.start() - figure.end), abs(figure.start - m.end())))
        phrase = text[nearest.start():nearest.end()]
        start, end = resolve_time(phrase, published)
        figure.time_text, figure.time_start, figure.time_end = phrase, start, end


def published_date(doc: Doc) -> date | None:
    value = doc._.pp_published
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


