"""The ``pressparse_places`` component: countries, divisions, towns, villages and regions.

One compiled regex finds capitalized runs ("Boyang Village", "Qiandongnan Miao and Dong
Autonomous Prefecture", "Gulf of Mexico"); each run is split into place candidates by the type
words of ``data/place_types.tsv`` and looked up in the gazetteers (``gazetteer_cn.tsv``,
``places_world.tsv``). Then, per article:

1. mentions with the same bare name become one place (``Banqiao City`` and ``Banqiao Town``:
   the lower-level type wins);
2. the text gives parents: comma chains ("Boyang Village, Banqiao Town"), "X in/of Y",
   "China's Y", and a sentence opened by "In Iowa, ...";
3. ambiguous names pick the gazetteer entry under the text's parent, of the type word's type,
   the higher division for a bare name, else the one whose ancestors the article mentions; a
   text parent the gazetteer contradicts makes the place a different, local one;
4. the gazetteer fills the parents the text leaves out, when the parent is mentioned.

Names a gazetteer holds only as small places (minor cities, Chinese counties) and unknown
single words count only in a place context ("in Margate", "Ahmednagar and Beed in Maharashtra");
a place name inside an organisation name ("Shaanxi Automotive Technical School") is left alone.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from typing import NamedTuple

import regex
from spacy.language import Language
from spacy.tokens import Doc

from .. import extensions as ext
from ..data import read_lines, read_tsv, read_word_classes
from ..normalize.agencies import pattern_words
from ..normalize.names import first_names, honorifics
from ..normalize.places import lookup_form, strip_possessive

__all__ = ["Entry", "Gazetteer", "PlacesComponent", "gazetteer", "make_places"]

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
PLACE_CUES = frozenset({"in", "near", "at", "from", "around", "outside", "like", "as", "including", "to",
                        "between", "across", "via", "towards", "toward", "throughout", "inside"})
# "east of Winnipeg", "north-west of Lusaka", "the outskirts of Kumasi": a place cue ending in "of".
_OF_CUE_BEFORE = regex.compile(
    r"(?:(?:north|south)?[- ]?(?:north|south|east|west)(?:ern)?|outskirts|suburbs|heart|centre|center)[ ]+of[ ]+\Z",
    regex.I)

# A capitalized word; one glued to digits ("R129.8", "G20") is a code or an amount, not a name word.
_WORD = (
    r"(?=\p{Lu})(?:\p{Lu}\.\p{Lu}\.(?!\p{L})"  # "U.S.", "B.C."
    # "ISLAMABAD-The": a capitals word glued to the next sentence's first word ends at the hyphen
    r"|(?:(?:St|Ste|Mt|Ft)\.[ ])?\p{Lu}[\p{L}\p{M}]*"
    r"(?:['\u2019\-](?!(?<=\p{Lu}\p{Lu}-)\p{Lu}\p{Ll})\p{L}[\p{L}\p{M}]*)*)"
    r"(?!\p{N})"
)
_RUN = regex.compile(
    rf"(?<![\p{{L}}\p{{N}}.@/]){_WORD}"
    rf"(?:(?:[ ]|[ ]of[ ]|(?:,[ ]|[ ]and[ ])(?=(?:{_WORD},?[ ](?:and[ ])?)+Autonomous\b)){_WORD})*"
)
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]"
_DATELINE_TAIL = regex.compile(
    r"(?:[ ]*/[ ]*[\p{L}\p{M}]+(?:[ ][\p{L}\p{M}]+)?)?"  # "MAPUTO / NAIROBI, 15 October"
    rf",[ ]+(?:\d|{_MONTH}"
    r"|(?:[a-z]{1,5}\.){1,2}[ ]*(?:--|—|–|-)[ ]"  # "BEIJING, May 3", "LANSING, Mich. --"
    r"|\p{Lu}\p{Ll}+(?:[ ]\p{Lu}\p{Ll}+)?[ ]*(?:--|—|–)[ ]?)"  # "AUSTIN, Texas —"
    rf"|[ ]+\((?:\d|{_MONTH})"  # "DALLAS (May 9, 2024) –"
    r"|[ ]+(?:--|—|–)[ ]"  # "VICTORIA – Twenty-seven projects"
    r"|(?:-|—|–)(?=\p{Lu}\p{Ll})",  # "ISLAMABAD-The Executive Committee"
    regex.I,
)
# "date 2023-08-10 ISLAMABAD-The ...": a scraper's date before the dateline on its line.
_DATE_LINE_BEFORE = regex.compile(r"(?:.*\n)?[ ]*(?:date|Date)[: ]+\d{4}-\d{2}-\d{2}[ ]+", regex.S)
# "(BOISE, Idaho)—", "(ACCRA)": a dateline in parentheses, a state or country after the city.
_DATELINE_PAREN_TAIL = regex.compile(r"(?:,[ ]*\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*)?)?[ ]*\)")
_DATELINE_SLASH_BEFORE = regex.compile(r"(?:^|\n)\p{Lu}[\p{Lu}\p{M} ]*[ ]/[ ]\Z")  # "MAPUTO / " before "NAIROBI"
_COMPASS = r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest|central)(?:ern)?[ ]+)"
_COMMA_GAP = regex.compile(rf"\A[ ]*,[ ]*{_COMPASS}?\Z", regex.I)
_IN_GAP = regex.compile(
    rf"\A(?:[ ]+(?:in|of)[ ]+(?:the[ ]+)?"
    rf"|[ ]*,?[ ]+in[ ]+the[ ]+{_COMPASS}(?:part[ ]+)?of[ ]+(?:the[ ]+)?)\Z",  # ", in the west of"
    regex.I,
)
_COORD_GAP = regex.compile(r"\A[ ]*(?:,[ ]*)?(?:(?:and|or)[ ]+)?(?:neighbou?ring[ ]+)?\Z")
_SENTENCE_END = regex.compile(r"[.!?](?=\s)|\n")
_FEATURES_OF = frozenset({"Gulf", "Bay", "Sea", "Strait", "Lake", "Isle", "Cape"})  # "Gulf of Mexico"
_SENTENCE_MARKS = frozenset(".!?\n:|\"\u201c()")
_CONNECTORS = ("/", " and ", " de ", " da ", " do ", " dos ", " del ", " es ", " am ", " upon ", " on ", " under ")
_CONNECTED = regex.compile(rf"(\p{{Lu}}\S*(?: \p{{Lu}}\S*)*)(?:{'|'.join(_CONNECTORS)})\S.*")
_RUN_WORD = regex.compile(r"[^\s,]+")
# A Romance-language connector and capitalized words after a run: the rest of one name.
_JOINED_NAME = regex.compile(r"[ ](?:da|de|do|dos|das|del)[ ]\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*)*")
_DIGIT_AFTER = regex.compile(r"[ ]+\d")
_CAPITAL_AFTER = regex.compile(r"[ ]+\p{Lu}")
_DIVISION_TYPES = frozenset({"country", "state", "province", "region"})
_LIST_REACH = 150  # characters around a plural type word in which its list is read
_COMPASS_WORD = regex.compile(r"(?:North|South|East|West|Central|Northeast|Northwest|Southeast|Southwest)(?:ern)?")
# One name of a list governed by a plural type word: up to three capitalized words.
_LIST_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}'\u2019-]*(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019-]*){0,2}")


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
def _type_words() -> dict[str, tuple[str, str]]:
    """Type word -> (type, kind), with lowercase forms of the admin words."""
    words: dict[str, tuple[str, str]] = {}
    for row in read_tsv("place_types.tsv"):
        words[row["word"]] = (row["type"], row["kind"])
        if row["kind"] == "admin" and " " not in row["word"]:
            words.setdefault(row["word"].lower(), (row["type"], row["kind"]))
    return words


@dataclass
class Mention:
    """A candidate place mention found in the text."""

    start: int
    end: int
    name: str
    type: str | None  # from a type word, or None for a bare name
    strength: str  # typed | major | weak | tentative (unknown word) | dead (after "the")
    entries: list[Entry]
    possessive: bool = False
    dateline: bool = False
    after: int = 0  # end of the mention's words, including a plural type word after it
    plural: str | None = None  # type of a plural type word right after ("counties")
    cue: bool = False  # preceded by a place cue word ("in", "such as", ...)
    sentence_start: bool = False
    place: Place | None = None


@dataclass
class Place:
    """One place of the article: its mentions, chosen entry and parent."""

    name: str
    mentions: list[Mention]
    type: str = "other"
    rank: float = 0
    entry: Entry | None = None
    parent: Place | None = None
    text_parent: Place | None = None
    accepted: bool = True

    @property
    def key(self) -> str:
        return self.entry.key if self.entry else f"{self.type}:{lookup_form(self.name)}"


class Candidate(NamedTuple):
    """A mention a run may yield, offsets relative to the run; ``guard`` names the check of the
    surrounding text it needs ("no_digit_after", "dateline")."""

    start: int
    end: int
    name: str
    type: str | None
    strength: str
    possessive: bool = False
    guard: str | None = None


Plan = tuple[list[list[Candidate]], bool]  # (steps: alternatives, first that holds; needs _place_like_next)
_PLAN_CACHE_SIZE = 50_000

Link = tuple[Mention, Mention, str]  # (child, parent, "comma" | "in" | "possessive")


class PlacesComponent:
    """Finds place mentions and writes them to ``doc.spans["pressparse_places"]``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.gazetteer = gazetteer()
        self.type_words = _type_words()
        stop = read_word_classes("place_stopwords.tsv", "role")
        self.org_words, self.lead_words, self.never = stop["org"], stop["lead"], stop["never"]
        self._currency_after = regex.compile(
            rf"[ ]+(?:{'|'.join(map(regex.escape, sorted(stop['currency'], key=len, reverse=True)))})\b")
        # words that make a capitalized run worth a closer look
        type_words = {w.lower() for phrase in self.type_words for w in phrase.split()}
        self.known_words = (self.gazetteer.words | type_words) - {w.lower() for w in self.lead_words}
        self.max_type_words = max(len(w.split()) for w in self.type_words)
        self.type_first_words = frozenset(w.split()[0] for w in self.type_words)
        lower = sorted((w for w in self.type_words if w.islower()), key=len, reverse=True)
        self._lower_type = regex.compile(rf"[ ]({'|'.join(map(regex.escape, lower))})\b")
        # names with lowercase words inside, which capitalized runs miss: "Jammu and Kashmir"
        self._connected: dict[str, list[str]] = {}
        for written in sorted(self.gazetteer.names(), key=len, reverse=True):
            # every connector holds a space or a slash: most names need no regex
            if (" " in written or "/" in written) and (head := _CONNECTED.fullmatch(written)) is not None:
                self._connected.setdefault(head.group(1), []).append(written)
        # what may follow an unknown capitalized word that could still be a place ("Kalaburagi in")
        self._place_like_next = regex.compile(
            rf"[ ]+(?:in|of|and|or)[ ]|,[ ]|[ ](?:{'|'.join(map(regex.escape, lower))})\b")
        self._plans: dict[str, Plan] = {}
        self.lead_features = frozenset(read_lines("place_lead_features.txt"))
        plural = sorted((w for w, (_, kind) in self.type_words.items() if kind == "plural"), key=len, reverse=True)
        self._plural_of = regex.compile(rf"\b({'|'.join(map(regex.escape, plural))})[ ]of[ ](?:the[ ])?\Z")
        self.honorifics = frozenset(h.title() for h in honorifics() if " " not in h)
        self._plural_words = tuple(plural)
        self._plural_word = regex.compile(rf"\b(?:{'|'.join(map(regex.escape, plural))})\b")
        self.body_words = self.org_words | pattern_words()["head"]
        self.number_words = frozenset(row["word"] for row in read_tsv("quantity_number_words.tsv")) | {
            "several", "many", "some", "few", "both", "other", "all", "most", "these", "those", "neighbouring"}
        alternatives = "|".join(map(regex.escape, plural))
        item = _LIST_ITEM.pattern
        items = rf"(?P<items>{item}(?:,[ ]+{item})*(?:,?[ ]+(?:and|&)[ ]+{item})?)"
        listed = rf"(?P<listed>{item}(?:,[ ]+{item})*,?[ ]+(?:and|&)[ ]+{item})"
        self._plural_list = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){items}[ ]+(?P<before>{alternatives})\b"
            rf"|\b(?P<after>{alternatives})[ ]of[ ](?:the[ ])?{items.replace('<items>', '<items_of>')}"
            # "in districts Gilgit, Hunza, and Skardu": a list right after the plural word
            rf"|\b(?:in|across)[ ](?P<bare>{alternatives})[ ]{listed}")

    def __call__(self, doc: Doc) -> Doc:
        text = ext.doc_text(doc)
        mentions = self.match(text)
        places = self.resolve(doc, text, mentions)
        self.set_annotations(doc, places)
        return doc

    # -- match: text -> candidate mentions ---------------------------------------------------

    def match(self, text: str) -> list[Mention]:
        mentions: list[Mention] = []
        done = 0
        for run in _RUN.finditer(text):
            if run.start() < done:
                continue
            after = run.end()
            connector_after = text.startswith(_CONNECTORS, after)
            connected = self._connected_at(text, run.start(), run.group()) if connector_after else None
            if connected is not None:
                start, done, name = connected
                mentions.append(self._mention(text, start, done, name, None, strength="bare"))
                continue
            if connector_after and (joined := _JOINED_NAME.match(text, after)) is not None:
                # "Mocímboa da Praia": one name no gazetteer holds, not the city Praia inside it
                done = joined.end()
                mentions.append(self._mention(text, run.start(), done, text[run.start():done], None,
                                              strength="tentative"))
                continue
            mentions.extend(self._run_mentions(text, run.start(), run.group()))
        mentions = self._listed_before_plural(text, mentions)
        # "U.S. dollars", "Hong Kong dollars": a place name qualifying a currency is no mention
        return [m for m in mentions if text[m.end:m.end + 1] != " " or not self._currency_after.match(text, m.end)]

    def _plural_lists(self, text: str) -> list[regex.Match[str]]:
        """Matches of the list pattern, tried only around the plural words (a pattern that may
        start at any capital is slow over a whole text)."""
        found: dict[tuple[int, int], regex.Match[str]] = {}
        for word in self._plural_word.finditer(text):
            lo, hi = max(0, word.start() - _LIST_REACH), min(len(text), word.end() + _LIST_REACH)
            for listed in self._plural_list.finditer(text, lo, hi):
                if listed.start() <= word.start() < listed.end():
                    found.setdefault(listed.span(), listed)
        return [found[span] for span in sorted(found)]

    def _listed_before_plural(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"the Brong Ahafo, Ashanti and Eastern regions", "the sub-zones of Kigezi, West Nile and
        Bunyoro": every name of a list a plural type word governs is a place of that type, even one
        no gazetteer holds or a compass word that elsewhere only leads a name."""
        if not any(w in text for w in self._plural_words):
            return mentions
        replaced: set[int] = set()
        added: list[Mention] = []
        for listed in self._plural_lists(text):
            place_type = self.type_words[listed["before"] or listed["after"] or listed["bare"]][0]
            group = "items" if listed["before"] else "items_of" if listed["after"] else "listed"
            items = list(_LIST_ITEM.finditer(text, listed.start(group), listed.end(group)))
            if len(items) == 1 and not any(m.start == items[0].start() for m in mentions):
                continue  # "Three villages", "Several districts": one unknown word is a list of none
            for item in items:
                words = item.group().split()
                if item.group() in self.never or words[0].lower() in self.number_words or \
                        (words[0] in self.lead_words and not _COMPASS_WORD.fullmatch(words[0])):
                    continue  # "All towns", "For regions"; but "the Eastern and Central regions"
                inside = [m for m in mentions if m.start < item.end() and item.start() < m.end]
                if any(m.start < item.start() or m.end > item.end() for m in inside):
                    continue
                same = [m for m in inside if (m.start, m.end) == item.span()]
                for mention in same:  # a mention the run pass found as it is: typed here
                    if mention.type is None:
                        mention.type, mention.strength = place_type, "typed"
                        mention.entries = [e for e in mention.entries if e.type in COMPATIBLE.get(place_type, ())]
                if same:
                    continue
                # "West Nile": the whole item, not the "Nile" the run pass found inside it
                replaced.update(id(m) for m in inside)
                added.append(self._mention(text, item.start(), item.end(), item.group(), place_type, strength="typed"))
        if not added:
            return mentions
        return sorted([*(m for m in mentions if id(m) not in replaced), *added], key=lambda m: m.start)

    def _connected_at(self, text: str, start: int, run: str) -> tuple[int, int, str] | None:
        """A known name with lowercase words inside that starts with this run ("Jammu and
        Kashmir", "Rio de Janeiro"), which capitalized runs alone would split."""
        words = run.split(" ")
        for drop in range(len(words)):
            if drop and words[drop - 1] not in self.lead_words:
                break
            head = " ".join(words[drop:])
            at = start + len(run) - len(head)
            for name in self._connected.get(head, ()):
                end = at + len(name)
                if text.startswith(name, at) and not text[end:end + 1].isalpha():
                    return at, end, name
        return None

    def _run_mentions(self, text: str, start: int, run: str) -> list[Mention]:
        """The run's mentions: its plan (cached per run text, as runs recur) applied at ``start``."""
        plan = self._plans.get(run)
        if plan is None:
            if len(self._plans) >= _PLAN_CACHE_SIZE:
                self._plans.clear()
            plan = self._plans[run] = self._plan(run)
        steps, needs_place_like_next = plan
        if not steps or (needs_place_like_next and not self._place_like_next.match(text, start + len(run))):
            return []
        found: list[Mention] = []
        for step in steps:
            for candidate in step:
                begin, end = start + candidate.start, start + candidate.end
                if (candidate.guard == "no_digit_after" and _DIGIT_AFTER.match(text, end)) or \
                        (candidate.guard == "dateline" and not self._dateline(text, begin, end)):
                    continue
                mention = self._mention(text, begin, end, candidate.name, candidate.type,
                                        strength=candidate.strength)
                if candidate.possessive:
                    mention.possessive = True
                found.append(mention)
                break
        return found

    def _plan(self, run: str) -> Plan:
        """What the run may yield whatever surrounds it, offsets relative to the run."""
        may_be_place = self._may_be_place(run)
        if may_be_place is False:
            return [], False
        words = [(m.start(), m.group()) for m in _RUN_WORD.finditer(run)]
        whole = self._known_whole(words)
        if whole is not None:
            end = words[-1][0] + len(words[-1][1])
            return [[Candidate(whole[0], end, whole[1], None, "bare")]], may_be_place is None
        parts: list[list[tuple[int, str]]] = [[]]
        for offset, word in words:
            if word == "of":
                parts.append([])
            else:
                parts[-1].append((offset, word))
        steps: list[list[Candidate]] = []
        for index, part in enumerate(parts):
            after_org = index > 0 and parts[index - 1] and parts[index - 1][-1][1] in self.org_words
            if index + 1 < len(parts) and part and part[-1][1] in _FEATURES_OF and parts[index + 1]:
                tail = parts[index + 1]  # "Gulf of Mexico"
                end = tail[-1][0] + len(tail[-1][1])
                steps.append([Candidate(part[0][0], end, run[part[0][0]:end], "other", "typed")])
                parts[index + 1] = []
                continue
            if after_org:
                continue
            if (step := self._type_of_name(run, part, parts[index + 1] if index + 1 < len(parts) else [])):
                steps.append(step)  # "Science City of Muñoz"
                parts[index + 1] = []
                continue
            if (step := self._lead_feature(run, part)):
                steps.append(step)  # "River Don"
                continue
            steps.extend(self._part_candidates(run, part))
        return steps, may_be_place is None

    def _type_of_name(self, run: str, part: list[tuple[int, str]], tail: list[tuple[int, str]]
                      ) -> list[Candidate] | None:
        """"City of Doncaster", "Science City of Muñoz": an admin type word, after words that
        name no place, then "of" and a name, which is the place of that type (but not "City of
        Doncaster Council", an organisation)."""
        if not part or not tail or not tail[0][1][:1].isupper():
            return None
        typed = self.type_words.get(part[-1][1])
        if typed is None or typed[1] != "admin" or typed[0] not in COMPATIBLE:
            return None
        before = [w for _, w in part[:-1]]
        while before and before[0] in self.lead_words:
            before.pop(0)
        if before and self.gazetteer.lookup(" ".join(before)):
            return None  # "Jilin City of Jilin Province": the place is the one before
        names = [w for _, w in tail]
        if any(w in self.org_words or w in self.type_words for w in names):
            return None
        end = tail[-1][0] + len(tail[-1][1])
        start = part[len(part) - 1 - len(before)][0]
        return [Candidate(start, end, run[tail[0][0]:end], typed[0], "typed", guard="no_digit_after")]

    def _lead_feature(self, run: str, part: list[tuple[int, str]]) -> list[Candidate] | None:
        """"River Don", "the River Ouse": a feature word written before a name, then names only."""
        names = [w for _, w in part]
        stripped = self._strip_leads(names)
        if len(stripped) < 2 or stripped[0] not in self.lead_features:
            return None
        if any(w in self.org_words or w in self.type_words for w in stripped[1:]):
            return None
        start = part[len(names) - len(stripped)][0]
        end = part[-1][0] + len(part[-1][1])
        return [Candidate(start, end, run[start:end], "other", "typed", guard="no_digit_after")]

    def _may_be_place(self, run: str) -> bool | None:
        """A cheap first look at a run: most capitalized words are no part of a place name.
        None for a single unknown word, which depends on what follows it."""
        if " " in run:
            # "Vietnam's Ministry of Agriculture": a possessive word is looked at without its 's
            return any(w in self.known_words or (w.endswith("'s") and w[:-2] in self.known_words)
                       for w in lookup_form(run).split())
        bare = strip_possessive(run)[0]
        if bare in self.lead_words or bare in self.never:
            return False
        return True if bare in self.type_words or lookup_form(bare) in self.gazetteer.by_name else None

    def _known_whole(self, words: list[tuple[int, str]]) -> tuple[int, str] | None:
        """(start, name) when the run, but for lead words, is one known multiword name
        ("Republic of Korea") that is not a feature name held only by a small town ("Pearl River")."""
        names = self._strip_leads([w for _, w in words])
        if len(names) < 2:
            return None
        name = " ".join(names)
        entries = self.gazetteer.lookup(name)
        if not entries or (names[-1] in self.type_words and all(e.tier == "minor" for e in entries)):
            return None
        return words[len(words) - len(names)][0], name

    def _part_candidates(self, run: str, part: list[tuple[int, str]]) -> Iterator[list[Candidate]]:
        """One step per possible mention of a part (words between "of"s)."""
        segment: list[tuple[int, str]] = []
        i = 0
        while i < len(part):
            offset, word = part[i]
            typed = self._type_at(part, i)
            if typed is not None:
                length, (place_type, kind) = typed
                while kind == "feature" and (more := self._type_at(part, i + length)) and more[1][1] == kind:
                    length, place_type = length + more[0], more[1][0]  # "Mississippi River Basin"
                following = part[i + length][1] if i + length < len(part) else None
                end_word = part[i + length - 1]
                bare_end, possessive = strip_possessive(end_word[1])
                end = end_word[0] + len(bare_end)
                if segment:
                    autonomous = part[i][1] == "Autonomous"
                    rest = [w for _, w in part[i + length:i + length + 3]]
                    candidate = self._typed(run, segment, place_type, kind, end, following, autonomous, rest)
                    if candidate is not None:
                        yield [candidate._replace(possessive=possessive)]
                segment = []
                i += length
                continue
            word_bare, possessive = strip_possessive(word)
            if not segment and not word[:1].isupper():
                i += 1  # the "and" of "Chongqing Municipality and Xinjiang Uygur Autonomous Region"
                continue
            if word_bare in self.honorifics:  # "Chief Minister of Tamil Nadu Thiru. R. Senthilnathan"
                if segment:
                    yield self._bare(segment, possessive=False)
                segment = []
                i += 1
                continue
            if word in self.org_words:
                segment = []  # the name before an org word is an organisation's
                i += 1
                # skip the rest of this organisation name
                while i < len(part) and self._type_at(part, i) is None:
                    i += 1
                continue
            segment.append((offset, word_bare))
            if possessive:
                yield self._bare(segment, possessive=True)
                segment = []
            i += 1
        if segment:
            yield self._bare(segment, possessive=False)

    def _type_at(self, part: list[tuple[int, str]], i: int) -> tuple[int, tuple[str, str]] | None:
        if i >= len(part) or strip_possessive(part[i][1])[0] not in self.type_first_words:
            return None
        for length in range(min(self.max_type_words, len(part) - i), 0, -1):
            phrase = strip_possessive(" ".join(w for _, w in part[i:i + length]))[0]
            found = self.type_words.get(phrase)
            if found and not phrase.islower():
                return length, found
        return None

    def _typed(self, run: str, segment: list[tuple[int, str]], place_type: str, kind: str, end: int,
               following: str | None, autonomous: bool, rest: list[str]) -> Candidate | None:
        """A name + type word; None when it names an organisation (an org word follows it, or
        for a feature comes within ``rest``, the next words) or is not a place name (nor is it
        when a number follows: "Liaoning Province 2023")."""
        if following in self.org_words:
            return None
        if kind == "feature" and any(w in self.org_words for w in rest):
            return None  # "Okanagan Basin Water Board": a feature named in an organisation's name
        names = [w for _, w in segment]
        stripped = self._strip_leads(names)  # "In Zhaotong City", "The Yellow River"
        unled = segment[len(names) - len(stripped)][0]
        if kind == "feature":
            return Candidate(unled, end, run[unled:end], place_type, "typed", guard="no_digit_after")
        if autonomous:  # "Liangshan Yi Autonomous Prefecture": the ethnic names are no part of it
            start, name = unled, self._longest_known_prefix(stripped) or stripped[0]
        elif self.gazetteer.lookup(" ".join(names)):
            start, name = segment[0][0], " ".join(names)
        else:
            start, name = unled, " ".join(stripped)
        if name.isupper() or name in self.never or name in self.lead_words:
            return None
        if place_type == "state" and not self.gazetteer.lookup(name):
            return None  # "Member State", "Islamic State": only known states are typed by "State"
        return Candidate(start, end, name, place_type, "typed", guard="no_digit_after")

    def _bare(self, segment: list[tuple[int, str]], *, possessive: bool) -> list[Candidate]:
        """A name without a type word, with and without its lead words ("In Zhaotong"); the
        first that holds is the mention. An all-caps name not written so is one only in a
        dateline ("BEIJING, May 3")."""
        names = [w for _, w in segment]
        end = segment[-1][0] + len(segment[-1][1])
        alternatives: list[Candidate] = []
        for drop in range(len(names)):
            if drop and names[drop - 1] not in self.lead_words:
                break
            candidate = names[drop:]
            name = " ".join(candidate)
            start = segment[drop][0]
            entries = self.gazetteer.lookup(name)
            if name in self.never:
                break
            if entries:
                caps_ok = not name.isupper() or name in self.gazetteer.exact_caps
                alternatives.append(Candidate(start, end, name, None, "bare", possessive,
                                              None if caps_ok else "dateline"))
                if caps_ok:
                    break
            elif len(candidate) == 1 and name not in self.lead_words and not name.isupper():
                alternatives.append(Candidate(start, end, name, None, "tentative"))
                break
        return alternatives or self._division_before_word(segment, possessive=possessive)

    def _division_before_word(self, segment: list[tuple[int, str]], *, possessive: bool) -> list[Candidate]:
        """"The Uganda Budget", "USA Tennis star", "northwest Florida Wednesday": a country or
        division a capitalized word follows that makes no name with it; not a given name
        ("Jordan Peterson", but "Georgia Monday") nor before one, nor before capitals."""
        written = [w for _, w in segment]
        names = self._strip_leads(written)
        first = len(segment) - len(names)
        if any(w in self.body_words for w in names):
            return []  # "U.S. Geological Survey": a body's name
        for n in range(len(names) - 1, 0, -1):
            name = " ".join(names[:n])
            after = names[n]
            if first and self.gazetteer.lookup(" ".join(written[first - 1:first + n])):
                return []  # "Central Africa Republic", "East Africa Community": the lead word is the name's
            if name in self.never or after in first_names() or after.isupper() or \
                    (name in first_names() and after not in self.never):
                continue
            if any(e.tier == "major" and e.type in _DIVISION_TYPES for e in self.gazetteer.lookup(name)) and \
                    (not name.isupper() or name in self.gazetteer.exact_caps):
                start, (last_at, last) = segment[first][0], segment[first + n - 1]
                return [Candidate(start, last_at + len(last), name, None, "bare", possessive)]
        return []

    def _mention(self, text: str, start: int, end: int, name: str, place_type: str | None, *,
                 strength: str) -> Mention:
        end, name, place_type, plural = self._extend_lower(text, start, end, name, place_type)
        if place_type is not None and strength in {"bare", "tentative"}:
            strength = "typed"
        entries = self.gazetteer.lookup(name)
        mention = Mention(start, end, name, place_type, strength, entries, after=end)
        if plural is not None:
            mention.plural, mention.after = plural
        if place_type in COMPATIBLE:
            mention.entries = [e for e in entries if e.type in COMPATIBLE[place_type]]
        elif place_type:
            mention.entries = []
        mention.dateline = self._dateline(text, start, end)
        if mention.dateline:
            mention.entries = [e for e in entries if e.type == "city"] or entries
        if strength == "bare" and entries:
            mention.strength = "major" if any(e.tier == "major" for e in entries) else "weak"
        if mention.strength in {"weak", "tentative"}:
            previous, mention.sentence_start = self._context(text, start)
            mention.cue = previous in PLACE_CUES or (
                previous == "of" and _OF_CUE_BEFORE.search(text, max(0, start - 30), start) is not None) or (
                previous == "the" and any(e.type == "region" and e.country is None for e in entries)
                and not _CAPITAL_AFTER.match(text, end))  # "the Pacific", not "the Pacific Community"
            if previous in {"the", "a", "an"} and mention.strength == "tentative":
                mention.strength = "dead"
        return mention

    def _context(self, text: str, start: int) -> tuple[str, bool]:
        """The word right before ``start`` (lower case, "" after punctuation) and whether a
        sentence starts there (possibly after a lead word: "In Iowa")."""
        before = text[max(0, start - 30):start].rstrip(" \t")
        if not before or before[-1] in _SENTENCE_MARKS:
            return "", True
        if not before[-1].isalpha():
            return "", False
        previous = before.rsplit(None, 1)[-1]
        if previous in self.lead_words:
            rest = before[: -len(previous)].rstrip(" \t")
            return previous.lower(), not rest or rest[-1] in _SENTENCE_MARKS
        return previous.lower(), False

    def _extend_lower(self, text: str, start: int, end: int, name: str, place_type: str | None
                      ) -> tuple[int, str, str | None, tuple[str, int] | None]:
        """A lowercase type or feature word right after the name: "Jalna district", "Minnesota
        River valley" (kept in the name), "Sangamon and Macon counties" (a plural, noted)."""
        found = self._lower_type.match(text, end)
        if not found:
            return end, name, place_type, None
        word_type, kind = self.type_words[found.group(1)]
        feature_name = place_type is not None and RANKS[place_type] in {0, RANKS["region"]}
        if kind == "admin" and (place_type is None or feature_name):
            return found.end(), name, word_type, None
        if kind == "feature":
            return found.end(), text[start:found.end()], word_type, None
        if kind == "plural" and place_type is None:
            return end, name, None, (word_type, found.end())
        return end, name, place_type, None

    def _dateline(self, text: str, start: int, end: int) -> bool:
        if start and text[start - 1] == "(" and (start == 1 or text[start - 2] == "\n"):
            return bool(_DATELINE_PAREN_TAIL.match(text, end))  # "(BOISE, Idaho)—"
        opens = start == 0 or text[start - 1] == "\n" or (
            text[start - 2:start] == "/ " and _DATELINE_SLASH_BEFORE.search(text, max(0, start - 40), start)) or (
            _DATE_LINE_BEFORE.fullmatch(text, max(0, start - 30), start) is not None)
        return bool(opens) and bool(_DATELINE_TAIL.match(text, end))

    def _longest_known_prefix(self, names: list[str]) -> str | None:
        for length in range(len(names), 0, -1):
            name = " ".join(names[:length])
            if self.gazetteer.lookup(name):
                return name
        return None

    def _strip_leads(self, names: list[str]) -> list[str]:
        i = 0
        while i < len(names) - 1 and names[i] in self.lead_words:
            i += 1
        return names[i:]

    # -- resolve: mentions -> places with types, entries and parents ---------------------------

    def resolve(self, doc: Doc, text: str, mentions: list[Mention]) -> list[Place]:
        mentions = [m for m in mentions if m.strength != "dead"]
        mentions.sort(key=lambda m: m.start)
        self._apply_plurals(text, mentions)
        places = self._unify(mentions)
        doc_names = {lookup_form(m.name) for m in mentions}
        for place in places:
            self._type_place(place, doc_names, None)
        links = self._links(text, mentions)
        self._demote_mistranslated_cities(links, doc_names)
        self._accept(doc, text, places, mentions, links)
        links = [(c, p, kind) for c, p, kind in links if c.place.accepted and p.place.accepted]
        self._text_parents(links)
        self._frames(text, mentions)
        accepted = [p for p in places if p.accepted]
        doc_names = {lookup_form(p.name) for p in accepted}
        for place in accepted:
            self._type_place(place, doc_names, place.text_parent)
        self._gazetteer_parents(accepted)
        return accepted

    def _apply_plurals(self, text: str, mentions: list[Mention]) -> None:
        """"Sangamon and Macon counties": a plural type word types the coordination before it;
        "the districts of Macomia, Chiúre and Mocímboa da Praia": the one after it."""
        for i, mention in enumerate(mentions):
            if (before := self._plural_of.search(text, max(0, mention.start - 30), mention.start)) is not None:
                place_type = self.type_words[before.group(1)][0]
                for member in [mention, *self._coordinated_after(text, mentions, i)]:
                    if member.type is None:
                        member.type, member.strength = place_type, "typed"
                        member.entries = [e for e in member.entries if e.type in COMPATIBLE.get(place_type, ())]
            if mention.plural is None:
                continue
            group = [mention]
            while i - len(group) >= 0:
                previous = mentions[i - len(group)]
                if previous.type is not None or not _COORD_GAP.match(text[previous.end:group[-1].start]):
                    break
                group.append(previous)
            if len(group) < 2:
                continue
            for member in group:
                member.type, member.strength = mention.plural, "typed"
                member.entries = [e for e in member.entries if e.type in COMPATIBLE.get(mention.plural, ())]

    @staticmethod
    def _coordinated_after(text: str, mentions: list[Mention], i: int) -> list[Mention]:
        """The mentions listed right after ``mentions[i]`` ("X, Y and Z")."""
        listed = []
        for later in mentions[i + 1:]:
            previous = listed[-1] if listed else mentions[i]
            if not _COORD_GAP.match(text[previous.after:later.start]) or text[previous.after:later.start] == "":
                break
            listed.append(later)
        return listed

    def _unify(self, mentions: list[Mention]) -> list[Place]:
        """Mentions with one bare name are one place, except a province-level and a lower-level
        division both named explicitly ("Jilin City, Jilin Province")."""
        by_name: dict[tuple[str, bool], Place] = {}
        places: list[Place] = []
        for mention in mentions:
            name = lookup_form(mention.name)
            top = mention.type is not None and RANKS.get(mention.type, 0) >= RANKS["province"]
            place = by_name.get((name, top))
            if place is None and mention.type is None:
                place = by_name.get((name, False)) or by_name.get((name, True))
            elif place is None and top and (name, False) in by_name:
                bare_so_far = by_name[(name, False)]
                if all(m.type is None for m in bare_so_far.mentions):  # "Guizhou ... Guizhou Province"
                    place = by_name[(name, True)] = bare_so_far
            if place is None:
                place = Place(mention.name.replace("\u2019", "'"), [])
                by_name[(name, top)] = place
                places.append(place)
            place.mentions.append(mention)
            mention.place = place
        return places

    def _type_place(self, place: Place, doc_names: set[str], text_parent: Place | None) -> None:
        """The place's gazetteer entry, type and rank, from all its mentions."""
        mentions = place.mentions
        explicit = [m.type for m in mentions if m.type]
        dateline = any(m.dateline for m in mentions)
        entry = None
        entries = self._candidate_entries(mentions, explicit, dateline)
        if entries:
            entry = self._best_entry(place, entries, doc_names, text_parent)
            outer = text_parent.entry if text_parent is not None else None
            ancestors = self.gazetteer.ancestors(entry)
            # a city the gazetteer files only under its country cannot contradict the text's region
            known_division = any(a.type != "country" for a in ancestors)
            if outer is not None and all(a.key != outer.key for a in ancestors) \
                    and (known_division or outer.type == "country"):
                if outer.country == entry.country:
                    entry = None  # "Xi'an City, Taoyuan County": a different, local place
                else:
                    place.text_parent = None  # "Jammu and Kashmir, Trinidad and Tobago": a list
        place.entry = entry
        if explicit:
            place.type = min(explicit, key=RANKS.__getitem__)
        else:
            place.type = entry.type if entry else "city" if dateline else "other"
        place.rank = entry.rank if entry else RANKS[place.type]
        if entry is not None:
            place.name = entry.name

    @staticmethod
    def _candidate_entries(mentions: list[Mention], explicit: list[str], dateline: bool) -> list[Entry]:
        if explicit and min(RANKS[t] for t in explicit) <= RANKS["town"]:
            return []  # a town or village is never the county it shares a name with
        if len(mentions) == 1:
            entries = mentions[0].entries
        else:
            pool = [m for m in mentions if m.type] or mentions
            entries = list({e.key: e for m in pool for e in m.entries}.values())
        if dateline:
            return [e for e in entries if e.type == "city"] or entries
        return entries

    def _best_entry(self, place: Place, entries: list[Entry], doc_names: set[str],
                    text_parent: Place | None) -> Entry | None:
        """The entry the article means: under the parent the text names, else of the type word,
        else a major name over a minor one, else (for a bare name) the higher division (Hainan the
        province, not the prefecture in Qinghai), else the one whose enclosing divisions the article
        mentions (Taoyuan in Hunan)."""
        if len(entries) < 2:
            return entries[0] if entries else None
        explicit = {m.type for m in place.mentions if m.type}
        own = lookup_form(place.name)

        def score(entry: Entry) -> tuple[bool, bool, bool, float, int, float]:
            ancestors = self.gazetteer.ancestors(entry)
            parent_hit = text_parent is not None and text_parent.entry is not None and \
                any(a.key == text_parent.entry.key for a in ancestors)
            in_text = sum(1 for a in ancestors if a.type != "country" and lookup_form(a.name) != own
                          and lookup_form(a.name) in doc_names)
            # a name that is a major city and a minor division of its own (Rio de Janeiro) is the city
            return (parent_hit, entry.type in explicit, entry.tier == "major", 0 if explicit else entry.rank,
                    in_text, entry.rank)

        return max(entries, key=score)

    def _links(self, text: str, mentions: list[Mention]) -> list[Link]:
        """(child, parent, kind) pairs the wording suggests; ranks decide later which hold."""
        links: list[Link] = []
        for i in range(len(mentions) - 1):
            a, b = mentions[i], mentions[i + 1]
            gap = text[a.after:b.start]
            if a.possessive and not gap.strip():
                links.append((b, a, "possessive"))
                continue
            target = b
            if b.possessive and i + 2 < len(mentions) and not text[b.end + 2:mentions[i + 2].start].strip():
                target = mentions[i + 2]
            if _COMMA_GAP.match(gap):
                links.append((a, target, "comma"))
            elif _IN_GAP.match(gap):
                links.append((a, target, "in"))
                # the coordination before "in" shares the parent: "Barmer and Jodhpur districts in Rajasthan"
                j = i
                while j > 0 and _COORD_GAP.match(text[mentions[j - 1].after:mentions[j].start]) \
                        and mentions[j - 1].place.rank < target.place.rank:
                    links.append((mentions[j - 1], target, "in"))
                    j -= 1
        return links

    def _demote_mistranslated_cities(self, links: list[Link], doc_names: set[str]) -> None:
        """"Shiting City, Laishui County": a "city" no gazetteer knows, inside a county, is a
        mistranslated town (Chinese 镇 and 市 are both rendered "City")."""
        for child, parent, kind in links:
            place, outer = child.place, parent.place
            if kind == "comma" and place.type == "city" and place.entry is None and outer.entry is not None \
                    and outer.rank <= RANKS["county"]:
                for mention in place.mentions:
                    if mention.type == "city":
                        mention.type = "town"
                self._type_place(place, doc_names, None)

    def _accept(self, doc: Doc, text: str, places: list[Place], mentions: list[Mention],
                links: list[Link]) -> None:
        """Typed and major names are places anyway; a small place (weak) needs a place cue, a
        link to a known place or a list with places; an unknown word (tentative) needs "in/of"
        a known place ("Kalaburagi in Karnataka") or, in full mode, a GPE/LOC entity and a cue."""
        linked: set[int] = set()
        in_linked: set[int] = set()
        for child, parent, kind in links:
            if not self._may_enclose(parent.place, child.place):
                continue
            if parent.strength in {"typed", "major"}:
                linked.add(id(child))
                if kind == "in" and not child.sentence_start:
                    in_linked.add(id(child))
            if kind == "comma" and child.strength in {"typed", "major"}:
                linked.add(id(parent))  # "Prison District, Xi'an"
        ents = self._ent_labels(doc)
        for place in places:
            place.accepted = any(self._mention_ok(m, linked, in_linked, ents) for m in place.mentions)
        self._accept_division_lists(text, mentions)
        # a small place listed with accepted ones is accepted: "Blackpool, Hastings and Grimsby"
        changed = True
        while changed:
            changed = False
            for a, b in pairwise(mentions):
                if a.place.accepted == b.place.accepted or not _COORD_GAP.match(text[a.after:b.start]):
                    continue
                pending = b if a.place.accepted else a
                if pending.strength == "weak":
                    pending.place.accepted = changed = True

    @staticmethod
    def _accept_division_lists(text: str, mentions: list[Mention]) -> None:
        """"Dong Nai and Quang Binh reported ...": a list of first-level divisions of one country is
        places, though each name alone needs a place context (and a given name may open it). The
        list has three names or more, or two of several words, so "Kerry and Clare" stay open."""
        groups: list[list[Mention]] = []
        for previous, mention in pairwise(mentions):
            gap = text[previous.after:mention.start]
            if gap and _COORD_GAP.match(gap):
                if not groups or groups[-1][-1] is not previous:
                    groups.append([previous])
                groups[-1].append(mention)
        for group in groups:
            countries = [{e.country for e in m.entries if e.code and e.parent_key == e.country} for m in group]
            if not set.intersection(*countries):
                continue
            if len(group) >= 3 or all(" " in m.name for m in group):
                for member in group:
                    if member.strength == "weak":
                        member.place.accepted = True

    @staticmethod
    def _mention_ok(mention: Mention, linked: set[int], in_linked: set[int], ents: dict[int, str]) -> bool:
        if mention.strength == "typed" or mention.dateline:
            return True
        if ents.get(mention.start) == "PERSON" and not mention.cue and id(mention) not in linked \
                and mention.name in first_names():
            return False  # full mode: "Jordan said" is a person, when the name is also a given name
        if mention.strength == "major":
            return True
        entity = ents.get(mention.start) in {"GPE", "LOC"}
        if mention.strength == "weak":
            return mention.cue or id(mention) in linked or entity
        return id(mention) in in_linked or (entity and mention.cue)

    def _may_enclose(self, outer: Place, inner: Place) -> bool:
        """A higher-ranked place, or one the gazetteer puts above the inner one: a Philippine
        region holds provinces ("Isabela in Cagayan Valley") though regions rank below them."""
        if outer.rank > inner.rank:
            return True
        if outer.entry is None:
            return False
        return any(a.key == outer.entry.key for m in inner.mentions for e in m.entries
                   for a in self.gazetteer.ancestors(e))

    def _ent_labels(self, doc: Doc) -> dict[int, str]:
        if not self.use_ner or not doc.has_annotation("ENT_IOB"):
            return {}
        return {ent.start_char: ent.label_ for ent in doc.ents}

    def _text_parents(self, links: list[Link]) -> None:
        for child, parent, _ in links:
            c, p = child.place, parent.place
            if c is p or c.text_parent is not None or not self._may_enclose(p, c):
                continue
            c.text_parent = p

    def _frames(self, text: str, mentions: list[Mention]) -> None:
        """"In Iowa, a project covering Story County ...": the sentence's places lie in Iowa."""
        for i, mention in enumerate(mentions):
            if not mention.place.accepted or text[mention.end:mention.end + 1] != ",":
                continue
            before = text[max(0, mention.start - 4):mention.start]
            opens_sentence = mention.start == 3 or before[:1] in {" ", "\n"}
            if not (before.endswith("In ") and opens_sentence):
                continue
            end = _SENTENCE_END.search(text, mention.end)
            stop = end.start() if end else len(text)
            for later in mentions[i + 1:]:
                if later.start >= stop:
                    break
                place = later.place
                if place.accepted and place.text_parent is None and place is not mention.place \
                        and place.rank < mention.place.rank:
                    place.text_parent = mention.place

    def _gazetteer_parents(self, places: list[Place]) -> None:
        by_key = {p.key: p for p in places}
        # the first-level divisions the article names, by country: "Toronto" in an article about
        # Ontario lies in Ontario when the gazetteer files the city under Canada only
        divisions: dict[str, list[Place]] = {}
        for place in places:
            if place.entry is not None and place.entry.parent_key == place.entry.country \
                    and place.entry.type in {"province", "state"}:
                divisions.setdefault(place.entry.country or "", []).append(place)
        for place in places:
            if place.text_parent is not None:
                place.parent = place.text_parent
                continue
            if place.entry is None:
                continue
            for ancestor in self.gazetteer.ancestors(place.entry):
                if ancestor.key in by_key and by_key[ancestor.key] is not place:
                    place.parent = by_key[ancestor.key]
                    break
            only = divisions.get(place.entry.country or "", [])
            if place.entry.key.startswith("geonames:") and place.entry.parent_key == place.entry.country \
                    and len(only) == 1 and only[0] is not place and not self._first_level(place.entry):
                place.parent = only[0]

    def _first_level(self, entry: Entry) -> bool:
        """A city that is itself a first-level division ("Haiphong", "Ha Noi") lies in no province."""
        return any(e.code and e.country == entry.country and e.parent_key == entry.country
                   for e in self.gazetteer.lookup(entry.name))

    # -- set_annotations -----------------------------------------------------------------------

    def set_annotations(self, doc: Doc, places: list[Place]) -> None:
        spans = []
        for place in places:
            info = self._info(place)
            for mention in place.mentions:
                span = doc.char_span(mention.start, mention.end, label=place.type, alignment_mode="expand")
                if span is None:
                    continue
                ext.set_span_value(doc, "pp_place", span, info)
                spans.append(span)
        doc.spans[ext.PLACES] = sorted(spans, key=lambda s: (s.start, s.end))

    def _info(self, place: Place) -> ext.PlaceInfo:
        return ext.PlaceInfo(
            key=place.key,
            name=place.name,
            type=place.type,
            parent_key=place.parent.key if place.parent else None,
            country=self._country(place, set()),
            code=place.entry.code if place.entry else None,
            hierarchy=self._hierarchy(place, set()),
        )

    def _country(self, place: Place, seen: set[int]) -> str | None:
        if place.entry is not None:
            return place.entry.country
        if place.parent is None or id(place) in seen:
            return None
        seen.add(id(place))
        return self._country(place.parent, seen)

    def _hierarchy(self, place: Place, seen: set[int]) -> list[str]:
        if place.entry is not None:
            return self.gazetteer.hierarchy(place.entry)
        parent = place.parent
        if parent is None or id(place) in seen or parent.type == "country":
            return []
        seen.add(id(place))
        return [*self._hierarchy(parent, seen), parent.name]


@Language.factory(
    "pressparse_places",
    assigns=["doc.spans", "span._.pp_place"],
    default_config={"use_ner": True},
)
def make_places(nlp: Language, name: str, use_ner: bool) -> PlacesComponent:
    return PlacesComponent(nlp, name, use_ner=use_ner)
