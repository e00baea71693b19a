"""The ``pressparse_quantities`` component: every figure a fact-checker would check.

The stages, each a module of its own:

1. ``scan``: a cheap scan of the lower-cased text finds where a number may start; the atom pattern
   (``grammar``) reads the number there, and blockers drop dates, clock times, phones and years;
2. ``read``: the atom in context becomes a ``Figure`` with its unit and range (``unit``), its
   bound and direction of change (``bounds``); a figure restating a change takes its direction;
3. article-wide passes: which dollar a bare "$" is and the unit a quoted price is per (``article``),
   what each figure counts
   (``entity``), entities and bounds carried to repeats, the time each figure refers to
   (``time``), scrape repeats dropped (``article``);
4. ``set_annotations`` writes the figures to ``doc.spans`` and garbled numbers ("More than% of")
   to the warnings, never as values.

The same rules run in both modes; with a dependency parse the entity of a plain count comes from
the parse. Word lists and unit tables are data (``data/quantity_*``).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import QUANTITIES, WARNINGS, QuantityInfo, doc_text, set_span_value
from ...normalize.units import to_si, unit_table
from .article import carry_rates, dedupe, exchange_rates, propagate_bounds, propagate_entities, resolve_dollars
from .bounds import carry_changes
from .entity import entities
from .entity.parts_of_speech import word_classes
from .figure import Figure, unit_code
from .grammar import atom_type, rules
from .read import read
from .scan import blocked, boundaries, candidates, digits_excluded, garbled
from .text import same_length_lower
from .time import attach_times, published_date


class QuantitiesComponent:
    """Find figures and read them; see the module docstring for the stages."""

    def __init__(self, nlp: Language, name: str = "pressparse_quantities", *, spans_key: str = QUANTITIES,
                 warnings_key: str = WARNINGS, dedupe_threshold: float = 0.6) -> None:
        self.name = name
        self.spans_key = spans_key
        self.warnings_key = warnings_key
        self.dedupe_threshold = dedupe_threshold
        self.rules = rules()
        for info in unit_table():  # build the pint registry and every SI factor now, not mid-document
            to_si(1.0, info.pint)
        word_classes()  # the lexicon too: a request's deadline must not pay for reading it

    def __call__(self, doc: Doc) -> Doc:
        figures, warnings = self.match(doc)
        self.set_annotations(doc, figures, warnings)
        return doc

    def match(self, doc: Doc) -> tuple[list[Figure], list[tuple[int, int, str]]]:
        """All figures in reading order, and the garbled numbers found.

        The full atom pattern and the date/time checks run only where the cheap scan found a
        possible start."""
        rules, text = self.rules, doc_text(doc)
        lowered = same_length_lower(text)
        bounds = boundaries(doc, text)
        figures: list[Figure] = []
        resume = 0
        for candidate in candidates(rules, lowered):
            if candidate < resume:
                continue
            atom = rules.patterns.atom_at_digit if "0" <= text[candidate] <= "9" else rules.patterns.atom
            match = atom.match(text, candidate)
            if match is None:
                continue
            resume = match.end()
            if atom_type(match) == "num" and digits_excluded(text, *match.span("num")):
                continue  # cheap rejections of read() first: they skip the date/time checks
            if blocked(rules, text, lowered, match.start(), match.end()):
                continue
            figure = read(rules, text, match, bounds)
            if figure is None:
                continue
            resume = max(resume, figure.end)
            figures.append(figure)
        carry_changes(text, figures)
        resolve_dollars(doc, figures)
        exchange_rates(text, figures)
        carry_rates(text, figures)
        entities(rules, doc, text, figures)
        propagate_entities(figures)
        propagate_bounds(text, figures)
        attach_times(text, lowered, figures, published_date(doc))
        figures = dedupe(text, figures, self.dedupe_threshold)
        return figures, garbled(rules, text, lowered)

    def set_annotations(self, doc: Doc, figures: list[Figure], warnings: list[tuple[int, int, str]]) -> None:
        """Write the figures to ``doc.spans`` and their readings to ``span._.pp_quantity``."""
        token_starts = doc.to_array("IDX").tolist() if len(doc) else []
        spans = []
        for figure in figures:
            span = _covering_span(doc, token_starts, figure.start, figure.end)
            if span is None:
                continue
            si_value, si_unit = to_si(figure.value, figure.pint) if figure.kind == "measure" else (None, None)
            info: QuantityInfo = {
                "value": figure.value,
                "value_max": figure.value_max,
                "unit": unit_code(figure),
                "kind": figure.kind,
                "entity": figure.entity,
                "approx": figure.approx,
                "change": figure.change,
                "si_value": si_value,
                "si_unit": si_unit,
                "time_text": figure.time_text,
                "time_start": figure.time_start,
                "time_end": figure.time_end,
                "time_basis": figure.time_basis,
                "base_text": figure.base_text,
                "base_start": figure.base_start,
                "base_end": figure.base_end,
            }
            set_span_value(doc, "pp_quantity", span, info)  # span._ builds an object per access
            spans.append(span)
        doc.spans[self.spans_key] = spans
        if warnings:
            if self.warnings_key not in doc.spans:
                doc.spans[self.warnings_key] = []
            for start, end, found in warnings:
                span = _covering_span(doc, token_starts, start, end)
                if span is not None:
                    span._.pp_warning = {"code": "malformed_number",
                                         "message": f"garbled number {found!r}: no value extracted"}
                    doc.spans[self.warnings_key].append(span)


def _covering_span(doc: Doc, token_starts: list[int], start: int, end: int) -> Span | None:
    """The tokens covering characters [start, end) (``Doc.char_span`` with "expand", without its scan)."""
    first = bisect_right(token_starts, start) - 1
    last = bisect_left(token_starts, end)
    if first < 0 or last <= first:
        return None
    return Span(doc, first, last)


@Language.factory(
    "pressparse_quantities",
    assigns=["doc.spans"],
    default_config={"spans_key": QUANTITIES, "warnings_key": WARNINGS, "dedupe_threshold": 0.6},
)
def make_quantities(nlp: Language, name: str, spans_key: str, warnings_key: str,
                    dedupe_threshold: float) -> QuantitiesComponent:
    return QuantitiesComponent(nlp, name, spans_key=spans_key, warnings_key=warnings_key,
                               dedupe_threshold=dedupe_threshold)


