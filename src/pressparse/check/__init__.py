"""Fact-checking numeric claims against records: a verdict, its reason and the evidence.

A claim is read by the same pipeline as an article (its figures are ``Quantity`` records); the
sources' facts are compared with each figure (``matching``: rounding, bounds, scale, units,
direction, time; ``topic``: what is counted, place and agency) and ``verdicts`` decides.

>>> import pressparse
>>> record = pressparse.extract("Grain output reached 682.85 million tonnes in 2021.")  # doctest: +SKIP
>>> pressparse.check("China harvested about 683 million tonnes of grain in 2021", record).verdict  # doctest: +SKIP
'supported'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from ..models import ArticleRecord, CheckResult, ErrorRecord
from ..pipeline import Extractor, Mode
from .sources import Candidates, FactPool, SourceLike, open_sources
from .topic import ClaimContext
from .verdicts import decide

__all__ = ["Candidates", "Checker", "FactPool", "check"]


class Checker:
    """Checks claims with one loaded pipeline (for the claims and for article sources)."""

    def __init__(self, mode: Mode | None = None, extractor: Extractor | None = None) -> None:
        self._mode = mode
        self._extractor = extractor

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            if self._mode is None:
                from .. import _default_extractor

                self._extractor = _default_extractor()
            else:
                self._extractor = Extractor(self._mode)
        return self._extractor

    def _extract(self, paths: list[str]) -> Iterator[ArticleRecord | ErrorRecord]:
        from ..ingest import read_inputs

        for item in read_inputs(paths):
            if isinstance(item, ErrorRecord):
                yield item
            else:
                yield from self.extractor.pipe_articles([item])

    def sources(self, sources: SourceLike | Iterable[SourceLike]) -> Candidates:
        """Open sources once, to check many claims against them."""
        return open_sources(sources, self._extract)

    def read_claim(self, claim: str) -> ArticleRecord:
        """The claim read as a one-sentence article: its figures, places and agencies."""
        return self.extractor.extract(claim, id="claim")

    def check(self, claim: str, sources: SourceLike | Iterable[SourceLike], *, id: str | None = None) -> CheckResult:
        """The verdict on ``claim`` against ``sources`` (see ``pressparse.check``)."""
        pool = sources if hasattr(sources, "candidates") else self.sources(sources)
        record = self.read_claim(claim)
        context = ClaimContext.of(claim, record)
        facts, counts = pool.candidates(record.quantities, context)  # type: ignore[union-attr]
        return decide(claim, record.quantities, context, facts, counts, id=id)


_checkers: dict[Mode | None, Checker] = {}


def check(claim: str, sources: SourceLike | Iterable[SourceLike], *, id: str | None = None,
          mode: Mode | None = None) -> CheckResult:
    """Check one numeric claim against sources: ``ArticleRecord``s, article files or folders,
    records JSON Lines written by ``extract``, a fact store path (``pressparse index``), or an
    opened ``Checker.sources(...)`` to reuse across claims."""
    checker = _checkers.get(mode) or _checkers.setdefault(mode, Checker(mode))
    return checker.check(claim, sources, id=id)
