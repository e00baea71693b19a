"""The fact store: records in an embedded SQLite database, one row per quantity, for checking claims
against many articles and for finding figures that disagree across articles.

``facts`` holds each quantity with its article, sentence, entity, unit, time, place and speaker;
``facts_fts`` (FTS5, contentless) indexes the terms (``terms``) of each figure's sentence and
entity, so a claim's candidates are the articles whose figures share its rarest words (bm25), and
``facts_vocab`` gives the document frequencies the topic score weighs words by.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..models import ArticleRecord, Quantity
from .facts import Fact, names, record_facts
from .terms import terms
from .topic import ClaimContext

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
  id TEXT PRIMARY KEY, published TEXT, places TEXT NOT NULL, agencies TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS facts (
  rowid INTEGER PRIMARY KEY, article TEXT NOT NULL, quantity TEXT NOT NULL, same_as TEXT,
  mentions TEXT NOT NULL, text TEXT NOT NULL, sentence TEXT NOT NULL,
  span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
  value REAL NOT NULL, value_max REAL, unit TEXT, kind TEXT NOT NULL, entity TEXT, entity_key TEXT,
  approx TEXT, change TEXT, si_value REAL, si_unit TEXT,
  dimension TEXT NOT NULL, currency TEXT, comparable REAL NOT NULL,
  time_text TEXT, time_start TEXT, time_end TEXT,
  place TEXT, local_places TEXT NOT NULL, speaker TEXT, fact TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS facts_article ON facts(article);
CREATE VIRTUAL TABLE IF NOT EXISTS facts_fts USING fts5(sentence_terms, entity_terms, content='');
CREATE VIRTUAL TABLE IF NOT EXISTS facts_vocab USING fts5vocab(facts_fts, 'row');
CREATE TABLE IF NOT EXISTS term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS facts_thing ON facts(entity_key, dimension, currency);
"""
MATCH_BUDGET = 3000  # the rarest claim words are searched until they would match this many figures
CANDIDATE_ROWS = 400  # best-matching figures read from the full-text index per claim
CANDIDATE_ARTICLES = 8  # articles whose every figure becomes a candidate
SEP = "\x1f"


def _joined(text: str | None) -> str:
    """A text's terms as indexed, in a fixed order: deleting a contentless FTS5 row needs the
    very tokens it was indexed with."""
    return " ".join(sorted(terms(text)))


def _row(fact: Fact, entity_terms: str) -> tuple[Any, ...]:
    """The columns a query or ``conflicts`` reads, and the whole fact (``Fact.to_json``) a check reads."""
    q, reading, local = fact.quantity, fact.reading, fact.local
    time = q.time
    return (
        fact.article, q.id, q.same_as, SEP.join(fact.mentions), q.text, q.sentence, q.span.start, q.span.end,
        q.value, q.value_max, q.unit, q.kind, q.entity, entity_terms or None,
        q.approx, q.change, q.si_value, q.si_unit,
        reading.dimension, reading.currency, reading.value,
        time.text if time else None, time.start.isoformat() if time and time.start else None,
        time.end.isoformat() if time and time.end else None,
        local[0] if local else None, SEP.join(local), fact.speaker, fact.to_json(),
    )


class FactStore:
    """An opened fact store; ``candidates`` serves checks, ``conflicts`` lists disagreements."""

    def __init__(self, path: str | Path, *, create: bool = False) -> None:
        path = Path(path)
        if not create and not path.exists():
            raise ValueError(f"no fact store at {path}")
        self.path = path
        self.db = sqlite3.connect(path)
        if create:
            # A store is rebuilt from its records after a crash, so writes need not wait for the disk.
            self.db.execute("PRAGMA synchronous = OFF")
            self.db.executescript(SCHEMA)
        self._articles: dict[str, tuple[date | None, frozenset[str], frozenset[str], tuple[str, ...]]] = {}
        self._rows: int | None = None
        self._df: dict[str, int] = {}

    def close(self) -> None:
        self.db.close()

    # -- building ---------------------------------------------------------------------------
    def add(self, records: Iterable[ArticleRecord], batch: int = 5000) -> int:
        """Add the quantities of ``records`` (an article already in the store is replaced)."""
        added = 0
        rows: list[tuple[Any, ...]] = []
        texts: list[tuple[str, str]] = []
        db = self.db
        sentence_terms: dict[str, str] = {}
        next_id = (db.execute("SELECT COALESCE(MAX(rowid), 0) FROM facts").fetchone()[0] or 0) + 1

        def flush() -> None:
            start = next_id - len(rows)
            db.executemany(f"INSERT INTO facts VALUES (?{', ?' * 28})",
                           [(start + n, *row) for n, row in enumerate(rows)])
            db.executemany("INSERT INTO facts_fts(rowid, sentence_terms, entity_terms) VALUES (?, ?, ?)",
                           [(start + n, s, e) for n, (s, e) in enumerate(texts)])
            rows.clear()
            texts.clear()
            sentence_terms.clear()

        with db:
            for record in records:
                self._remove(record.id)
                db.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (
                    record.id, record.published.isoformat() if record.published else None,
                    SEP.join(sorted(names(record.places))), SEP.join(sorted(names(record.agencies)))))
                for fact in record_facts(record):
                    q = fact.quantity
                    entity = _joined(q.entity)
                    rows.append(_row(fact, entity))
                    if q.sentence not in sentence_terms:
                        sentence_terms[q.sentence] = _joined(q.sentence)
                    texts.append((sentence_terms[q.sentence], entity))
                    next_id += 1
                    added += 1
                if len(rows) >= batch:
                    flush()
            if rows:
                flush()
            db.executescript(INDEXES)
            # Document frequencies read once here: fts5vocab counts a term's rows at every lookup.
            db.execute("DELETE FROM term_df")
            db.execute("INSERT INTO term_df SELECT term, doc FROM facts_vocab")
            db.execute("INSERT OR REPLACE INTO meta VALUES ('rows', (SELECT COUNT(*) FROM facts))")
        self._rows = None
        self._df.clear()
        return added

    def _remove(self, article: str) -> None:
        old = [r for (r,) in self.db.execute("SELECT rowid FROM facts WHERE article = ?", (article,))]
        if not old:
            return
        # A contentless FTS5 row is deleted by giving back the values it was indexed with.
        for rowid, sentence, entity in self.db.execute(
                f"SELECT rowid, sentence, entity FROM facts WHERE rowid IN ({','.join('?' * len(old))})", old):
            self.db.execute("INSERT INTO facts_fts(facts_fts, rowid, sentence_terms, entity_terms) "
                            "VALUES ('delete', ?, ?, ?)",
                            (rowid, _joined(sentence), _joined(entity)))
        self.db.execute("DELETE FROM facts WHERE article = ?", (article,))
        self.db.execute("DELETE FROM articles WHERE id = ?", (article,))

    # -- checking ---------------------------------------------------------------------------
    @property
    def sentences(self) -> int:
        """Rows in the full-text index (the population document frequencies are counted over)."""
        if self._rows is None:
            self._rows = self.db.execute("SELECT value FROM meta WHERE key = 'rows'").fetchone()[0]
        return self._rows

    def df(self, term: str) -> int:
        if term not in self._df:
            found = self.db.execute("SELECT df FROM term_df WHERE term = ?", (term,)).fetchone()
            self._df[term] = found[0] if found else 0
        return self._df[term]

    def _query(self, words: set[str]) -> str | None:
        """An FTS5 query for the claim's rarest words: ranking every figure that shares a common
        word ("output") would cost time and add nothing a rare word does not. Rare words are
        or-ed while they match at most ``MATCH_BUDGET`` figures; when even the rarest is common,
        the rarest are and-ed until they are expected to (as if independent)."""
        known = sorted((self.df(w), w) for w in words if self.df(w))
        if not known:
            return None
        picked, total = [], 0
        for df, word in known:
            if picked and total + df > MATCH_BUDGET:
                break
            picked.append(word)
            total += df
        if total <= MATCH_BUDGET:
            return " OR ".join(f'"{w}"' for w in picked)
        expected, both = float(self.sentences), []
        for df, word in known:
            both.append(word)
            expected *= df / self.sentences
            if expected <= MATCH_BUDGET:
                break
        return " AND ".join(f'"{w}"' for w in both)

    def _article(self, article: str) -> tuple[date | None, frozenset[str], frozenset[str]]:
        if article not in self._articles:
            published, places, agencies = self.db.execute(
                "SELECT published, places, agencies FROM articles WHERE id = ?", (article,)).fetchone()
            self._articles[article] = (date.fromisoformat(published) if published else None,
                                       frozenset(places.split(SEP)) - {""}, frozenset(agencies.split(SEP)) - {""})
        return self._articles[article]

    def _fact(self, article: str, sentence: str, stored: str) -> Fact:
        return Fact.from_json(stored, sentence, article, *self._article(article))

    def candidates(self, figures: Sequence[Quantity], context: ClaimContext) -> tuple[list[Fact], FactStore]:
        """Every figure of the articles whose figures best share the claim's words."""
        words = set(context.terms) | {t for q in figures for t in terms(q.entity)}
        if not words:
            return [], self
        query = self._query(words)
        if query is None:
            return [], self
        ranked = self._ranked(query)
        if not ranked and " AND " in query:  # the rare words never meet: the rarest alone
            ranked = self._ranked(query.split(" AND ")[0])
        articles = [a for a, _ in ranked]
        if not articles:
            return [], self
        rows = self.db.execute("SELECT article, sentence, fact FROM facts "
                               f"WHERE article IN ({','.join('?' * len(articles))})", articles).fetchall()
        return [self._fact(*row) for row in rows], self

    def _ranked(self, query: str) -> list[tuple[str, float]]:
        """Articles by their best-ranked figure (bm25) for an FTS5 query."""
        return self.db.execute(
            "SELECT f.article, min(r.rank) FROM (SELECT rowid, rank FROM facts_fts WHERE facts_fts MATCH ? "
            "ORDER BY rank LIMIT ?) r JOIN facts f ON f.rowid = r.rowid GROUP BY f.article ORDER BY 2 LIMIT ?",
            (query, CANDIDATE_ROWS, CANDIDATE_ARTICLES)).fetchall()

    # -- conflicts --------------------------------------------------------------------------
    def conflicts(self, tolerance: float = 0.005) -> Iterator[dict[str, Any]]:
        """Groups of figures about the same thing (entity, unit, time, place) from different
        articles whose values disagree by more than ``tolerance`` (relative). Figures without a
        place or a time, hedged, bounded, ranges and changes are left out: they cannot be said to
        disagree."""
        groups = self.db.execute(
            "SELECT entity_key, dimension, COALESCE(currency, ''), COALESCE(time_start, ''), "
            "COALESCE(time_end, ''), COALESCE(place, '') FROM facts "
            "WHERE entity_key IS NOT NULL AND place IS NOT NULL AND time_start IS NOT NULL "
            "AND approx IS NULL AND change IS NULL AND value_max IS NULL "
            "GROUP BY 1, 2, 3, 4, 5, 6 HAVING COUNT(DISTINCT article) > 1 "
            "AND MAX(comparable) > MIN(comparable) * (1 + ?) + 1e-9", (tolerance,)).fetchall()
        for key, dimension, currency, start, end, place in groups:
            rows = self.db.execute(
                "SELECT article, quantity, text, value, unit, entity, time_text, sentence FROM facts "
                "WHERE entity_key = ? AND dimension = ? AND COALESCE(currency, '') = ? "
                "AND COALESCE(time_start, '') = ? AND COALESCE(time_end, '') = ? AND COALESCE(place, '') = ? "
                "AND approx IS NULL AND change IS NULL AND value_max IS NULL ORDER BY comparable",
                (key, dimension, currency, start, end, place)).fetchall()
            yield {
                "entity": rows[0][5], "unit": rows[0][4], "time": {"start": start or None, "end": end or None},
                "place": place or None,
                "figures": [{"article": a, "quantity": q, "text": t, "value": v, "unit": u, "time": tt,
                             "sentence": s} for a, q, t, v, u, _, tt, s in rows],
            }


@dataclass
class IndexStats:
    articles: int
    quantities: int


def build(paths: Iterable[str | Path], db_path: str | Path) -> IndexStats:
    """Index the records JSON Lines files at ``paths`` into the store at ``db_path``."""
    from .sources import read_records

    store = FactStore(db_path, create=True)
    counted = {"articles": 0}

    def records() -> Iterator[ArticleRecord]:
        for path in paths:
            for record in read_records(Path(path)):
                counted["articles"] += 1
                yield record

    try:
        added = store.add(records())
    finally:
        store.close()
    return IndexStats(counted["articles"], added)

