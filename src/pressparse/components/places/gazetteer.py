"""The place gazetteers, loaded once per process: ``gazetteer_cn.tsv``, ``places_world.tsv`` and the
curated press forms of ``places_aliases.tsv``, indexed by the lookup form of every name and alias;
and the type words of ``place_types.tsv`` ("County", "district", "counties")."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache

from ...data import data_path, read_tsv
from ...normalize.names import first_names
from ...normalize.places import lookup_form

RANKS: dict[str, float] = {
    "other": 0, "village": 1, "town": 2, "district": 3, "county": 3, "city": 4, "prefecture": 4,
    "region": 4.5, "province": 5, "state": 5, "country": 6,
}
# Gazetteer types a type word may name: "City" is a prefecture-level or county-level city.
COMPATIBLE: dict[str, frozenset[str]] = {
    "city": frozenset({"city", "prefecture"}),
    "prefecture": frozenset({"prefecture", "city"}),
    "county": frozenset({"county"}),
    "district": frozenset({"district", "county"}),
    "province": frozenset({"province", "state"}),
    "state": frozenset({"state", "province"}),
    "region": frozenset({"region", "province", "prefecture"}),
    "town": frozenset(),
    "village": frozenset(),
}
# Words before a small place that say "place": "in Margate", "towns such as Blackpool".


@dataclass(frozen=True)
class Entry:
    """One gazetteer place. ``tier`` "major" names are places anywhere; "minor" ones need context."""

    key: str
    name: str
    type: str
    country: str | None
    code: str | None
    parent_key: str | None
    tier: str
    rank: float


class Gazetteer:
    """The Chinese and world gazetteers, indexed by lookup form of every name and alias."""

    def __init__(self, entries: Iterable[Entry], aliases: dict[str, list[str]]) -> None:
        self.entries: dict[str, Entry] = {}
        self.by_name: dict[str, list[Entry]] = {}
        self.exact_caps: set[str] = set()  # all-caps aliases written so ("UK", "PRC")
        self.words: set[str] = set()  # every capitalized word of every name, lower case
        self.written: set[str] = set()  # every name and alias as written
        self._ancestors: dict[str, tuple[Entry, ...]] = {}
        for entry in entries:
            self.entries.setdefault(entry.key, entry)
            for name in [entry.name, *aliases.get(entry.key, [])]:
                self.by_name.setdefault(lookup_form(name), []).append(entry)
                self.written.add(name)
                if name.isupper():
                    self.exact_caps.add(name)
                self.words.update(w.lower() for w in name.split() if w[:1].isupper())

    def names(self) -> Iterator[str]:
        """Every name and alias, as written."""
        return iter(self.written)

    def lookup(self, name: str) -> list[Entry]:
        return self.by_name.get(lookup_form(name), [])

    def ancestors(self, entry: Entry) -> tuple[Entry, ...]:
        """Enclosing entries, innermost first (walked once per entry: resolution asks often)."""
        found = self._ancestors.get(entry.key)
        if found is None:
            chain, seen, key = [], {entry.key}, entry.parent_key
            while key and key in self.entries and key not in seen:
                seen.add(key)
                chain.append(self.entries[key])
                key = self.entries[key].parent_key
            # a district whose region the gazetteer leaves out ("Central") still lies in its country
            country = self.entries.get(entry.country or "")
            if key and key not in self.entries and country is not None and country.key not in seen:
                chain.append(country)
            found = self._ancestors[entry.key] = tuple(chain)
        return found

    def hierarchy(self, entry: Entry) -> list[str]:
        """Names of the enclosing divisions below country level, outermost first."""
        return [a.name for a in self.ancestors(entry) if a.type != "country"][::-1]


def _cn_rank(code: str, place_type: str) -> float:
    if code.endswith("0000"):
        return RANKS["province"]
    if code.endswith("00"):
        return RANKS["city"]
    return RANKS["county"] if place_type == "city" else RANKS[place_type]


@cache
def gazetteer() -> Gazetteer:
    """The gazetteers, loaded once per process."""
    entries, aliases = [], {}
    for row in read_tsv("gazetteer_cn.tsv"):
        code = row["code"]
        tier = "minor" if not code.endswith("00") else "major"
        entries.append(Entry(code, row["name"], row["type"], "CN", code, row["parent_code"] or "CN", tier,
                             _cn_rank(code, row["type"])))
        aliases[code] = [a for a in row["aliases"].split("|") if a]
    for row in read_tsv("places_world.tsv"):
        key = row["key"]
        entries.append(Entry(key, row["name"], row["type"], row["country"] or None, row["code"] or None,
                             row["parent_key"] or None, row["tier"], RANKS[row["type"]]))
        if row["aliases"]:
            aliases[key] = [a for a in row["aliases"].split("|") if a]
    for row in read_tsv("places_aliases.tsv"):  # curated press forms: "NSW", "Frankfurt"
        aliases.setdefault(row["key"], []).extend(a for a in row["aliases"].split("|") if a)
    return Gazetteer(entries, aliases)


@cache
def type_words() -> dict[str, tuple[str, str]]:
    """Type word -> (type, kind), with lowercase forms of the admin words."""
    words: dict[str, tuple[str, str]] = {}
    for row in read_tsv("place_types.tsv"):
        words[row["word"]] = (row["type"], row["kind"])
        if row["kind"] == "admin" and " " not in row["word"]:
            words.setdefault(row["word"].lower(), (row["type"], row["kind"]))
    return words





def encloses(entries: list[Entry], place_type: str) -> bool:
    """Whether a name's entries are all divisions above ``place_type``: "all districts of
    Balochistan" names the districts of a province, not a district called Balochistan, and "the
    islands of Tonga" a country's (but a city may name its district: "the districts of Macomia and
    Chiure")."""
    if not entries:
        return False
    if RANKS["country"] > RANKS[place_type] and any(e.type == "country" for e in entries):
        return True
    return all(e.rank >= RANKS["province"] > RANKS[place_type] for e in entries)


class Towns:
    """The small towns of ``places_towns.tsv``: a tier of their own ("town"), read only where
    the context says place and the article names the town's country. Names map to the offsets
    of their rows in the file's text, parsed when looked up (120,000 towns as objects would cost
    ~100 MB per process). A name that is also a given name ("Merritt", "Chester") is noted:
    ``given``."""

    def __init__(self, text: str) -> None:
        self.given = frozenset(lookup_form(n) for n in first_names())
        self._text = text
        self._at: dict[str, int | tuple[int, ...]] = {}
        at = text.index("\n", text.index("\nkey\t") + 1) + 1  # the first row, after comments and header
        while at < len(text):
            end = text.index("\n", at)
            _, name, aliases, _ = text[at:end].split("\t", 3)
            for form in {lookup_form(name), lookup_form(aliases)} - {""}:
                known = self._at.get(form)
                self._at[form] = at if known is None else (*(known if isinstance(known, tuple) else (known,)), at)
            at = end + 1

    def __contains__(self, name: str) -> bool:
        return lookup_form(name) in self._at

    def lookup(self, name: str) -> list[Entry]:
        found = self._at.get(lookup_form(name))
        if found is None:
            return []
        entries = []
        for at in found if isinstance(found, tuple) else (found,):
            key, written, _, country, parent = self._text[at:self._text.index("\n", at)].split("\t")
            entries.append(Entry(key, written, "town", country, None, parent, "town", RANKS["town"]))
        return entries


@cache
def towns() -> Towns:
    """The towns, loaded once per process."""
    return Towns(data_path("places_towns.tsv").read_text(encoding="utf-8"))
