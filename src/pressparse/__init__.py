"""pressparse: checked, structured facts from government press releases.

>>> import pressparse
>>> record = pressparse.extract("Li Zhong said 437,000 jobs were created.")  # doctest: +SKIP
"""

from __future__ import annotations

from datetime import date
from functools import cache

# ``pressparse.check`` is the function; the ``check`` package stays importable by its full name.
from .check import check
from .models import ArticleRecord, CheckResult, Source
from .pipeline import Extractor, Mode

__version__ = "0.1.0"
__all__ = ["ArticleRecord", "CheckResult", "Extractor", "__version__", "check", "extract", "load"]


def load(mode: Mode | None = None) -> Extractor:
    """A reusable extractor; ``mode`` is "full" (rules + statistical NER) or "fast" (rules only).

    The default is "full" when an English statistical model is installed. The spaCy ``Language``
    is available as ``extractor.nlp``.
    """
    return Extractor(mode)


@cache
def _default_extractor() -> Extractor:
    return Extractor()


def extract(
    text: str,
    published: date | str | None = None,
    id: str | None = None,
    source: Source | dict | None = None,
) -> ArticleRecord:
    """Extract one article with a shared default extractor (loaded on first use)."""
    return _default_extractor().extract(text, published=published, id=id, source=source)
