"""The rules of the places component, built once from the data files: the gazetteer, the type
words, the stop-word classes of ``place_stopwords.tsv`` (organisation words, lead words, names
that are never places, currencies) and the patterns made from them."""

from __future__ import annotations

import regex

from ...data import read_lines, read_tsv, read_word_classes
from ...normalize.agencies import pattern_words
from ...normalize.names import honorifics
from .gazetteer import Gazetteer, Towns, gazetteer, towns, type_words
from .mention import Plan

# Words between two mentions that coordinate them: "X, Y and Z", "X and neighbouring Y".
COORD_GAP = regex.compile(r"\A[ ]*(?:,[ ]*)?(?:(?:and|or)[ ]+)?(?:neighbou?ring[ ]+)?\Z")
# The same with a comma or a conjunction in it: a bare space joins two words of one name ("Darwin
# City Deal", "Project City"), not two places of a list.
LIST_GAP = regex.compile(r"\A[ ]*(?:,[ ]*(?:(?:and|or)[ ]+)?|(?:and|or)[ ]+)(?:neighbou?ring[ ]+)?\Z")
CONNECTORS = ("/", " and ", " de ", " da ", " do ", " dos ", " del ", " es ", " am ", " upon ", " on ", " under ")
_CONNECTED = regex.compile(rf"(\p{{Lu}}\S*(?: \p{{Lu}}\S*)*)(?:{'|'.join(CONNECTORS)})\S.*")
# One name of a list governed by a plural type word: up to three capitalized words (a glottal stop
# may open one: "‘Ā’ana"), and the number of a numbered division ("Biggar No. 347", "Safata #1").
_ITEM_WORD = r"[\u2018']?\p{Lu}[\p{L}\p{M}'\u2019-]*"
LIST_ITEM = regex.compile(rf"{_ITEM_WORD}(?:[ ](?!No\.){_ITEM_WORD}){{0,2}}(?:[ ](?:No\.[ ]?|#)\d+\b)?")
# After a plural type word, "of" and a list ("Constituencies of Lefaga, Safata #1"): the list it governs.
_LIST_AFTER = rf"[ ]of[ ](?:the[ ])?{_ITEM_WORD}(?:[ ]{_ITEM_WORD})*(?:,|[ ]and[ ]|[ ](?:No\.|#))"


class PlaceRules:
    """Everything the stages read besides the text; ``plans`` caches each capitalized run's plan."""

    def __init__(self) -> None:
        self.gazetteer: Gazetteer = gazetteer()
        self.type_words = type_words()
        self.towns: Towns = towns()
        stop = read_word_classes("place_stopwords.tsv", "role")
        self.org_words, self.lead_words, self.never = stop["org"], stop["lead"], stop["never"]
        self.club_words, self.known_types = stop["club"], stop["known_type"]
        self.sport_words = tuple(sorted(stop["sport"]))
        self.sport_word = regex.compile(rf"\b(?:{'|'.join(map(regex.escape, self.sport_words))})\b", regex.I)
        self.currency_after = regex.compile(
            rf"[ ]+(?:{'|'.join(map(regex.escape, sorted(stop['currency'], key=len, reverse=True)))})\b")
        # words that make a capitalized run worth a closer look
        type_word_parts = {w.lower() for phrase in self.type_words for w in phrase.split()}
        self.known_words = (self.gazetteer.words | type_word_parts) - {w.lower() for w in self.lead_words}
        self.max_type_words = max(len(w.split()) for w in self.type_words)
        self.type_first_words = frozenset(w.split()[0] for w in self.type_words)
        lower = sorted((w for w in self.type_words if w.islower()), key=len, reverse=True)
        self.lower_type = regex.compile(rf"[ ]({'|'.join(map(regex.escape, lower))})\b")
        # names with lowercase words inside, which capitalized runs miss: "Jammu and Kashmir"
        self.connected: dict[str, list[str]] = {}
        for written in sorted(self.gazetteer.names(), key=len, reverse=True):
            # every connector holds a space or a slash: most names need no regex
            if (" " in written or "/" in written) and (head := _CONNECTED.fullmatch(written)) is not None:
                self.connected.setdefault(head.group(1), []).append(written)
        # what may follow an unknown capitalized word that could still be a place ("Kalaburagi in")
        self.place_like_next = regex.compile(
            rf"[ ]+(?:in|of|and|or)[ ]|,[ ]|[ ](?:{'|'.join(map(regex.escape, lower))})\b")
        self.plans: dict[str, Plan] = {}
        # a dateline's US state, abbreviated ("LANSING, Mich. --", "CENTRE COUNTY, Pa (WTAJ) -"): read only there
        abbreviations = {row["abbreviation"]: row["key"] for row in read_tsv("us_state_abbreviations.tsv")}
        self.state_abbreviations = {a.rstrip("."): key for a, key in abbreviations.items()}
        alternatives = "|".join(map(regex.escape, sorted(self.state_abbreviations, key=len, reverse=True)))
        self.dateline_state = regex.compile(
            rf"(?:^|\n)[ ]*(?:date[ ][\d-]+[ ]+)?\p{{Lu}}[\p{{Lu}}\p{{M}} .'-]+,[ ]+(?P<state>{alternatives})\.?"
            r"(?=[ ]*(?:\(|--|—|–|-[ ]|,))")
        self.lead_features = frozenset(read_lines("place_lead_features.txt"))
        plural = sorted((w for w, (_, kind) in self.type_words.items() if kind == "plural"), key=len, reverse=True)
        self.plural_of = regex.compile(rf"\b({'|'.join(map(regex.escape, plural))})[ ]of[ ](?:the[ ])?\Z")
        # "the town of Huntly", "the suburb of Whitlam", "the island of Abemama": a singular type word
        # and "of" before a name type it (as "the districts of" types a list)
        self.singular_types = {w: t for w, (t, kind) in self.type_words.items() if w.islower() and " " not in w
                               and (kind == "admin" or w == "island")} | {"suburb": "town", "locality": "town"}
        self.singular_of = regex.compile(
            rf"(?<!\p{{L}})(?:the|a|an)[ ]+({'|'.join(sorted(self.singular_types, key=len, reverse=True))})"
            r"[ ]+of[ ]+\Z", regex.I)
        self.honorifics = frozenset(h.title() for h in honorifics() if " " not in h)
        self.plural_words = tuple(plural)
        self.plural_word = regex.compile(rf"\b(?:{'|'.join(map(regex.escape, plural))})\b")
        self.body_words = self.org_words | pattern_words()["head"]
        self.number_words = frozenset(row["word"] for row in read_tsv("quantity_number_words.tsv")) | {
            "several", "many", "some", "few", "both", "other", "all", "most", "these", "those", "neighbouring"}
        alternatives = "|".join(map(regex.escape, plural))
        # an item may carry another name in brackets: "Oakvale (Eastfield)", a suburb and its district
        item = rf"{LIST_ITEM.pattern}(?:[ ]\({LIST_ITEM.pattern}\))?"
        # "of Lefaga and Faleasee, Safata #1, and Sagaga #2": "and" may join items inside the list
        items = rf"(?P<items>{item}(?:(?:,[ ]+|[ ]and[ ]){item})*(?:,?[ ]+(?:and|&)[ ]+{item})?)"
        listed = rf"(?P<listed>{item}(?:,[ ]+{item})*,?[ ]+(?:and|&)[ ]+{item})"
        self.plural_list = regex.compile(
            rf"(?<![\p{{L}}\p{{N}}]){items}[ ]+(?P<before>{alternatives})\b(?!{_LIST_AFTER})"
            # "the districts of A, B and C", "new suburbs: A, B and C", "towns such as A, B and C"
            rf"|\b(?P<after>{alternatives})(?:[ ]of[ ](?:the[ ])?|(?P<loose>:[ ]+|,?[ ](?:such[ ]as|including)[ ]))"
            rf"{items.replace('<items>', '<items_of>')}"
            # "in districts Gilgit, Hunza, and Skardu": a list right after the plural word
            rf"|\b(?:in|across)[ ](?P<bare>{alternatives})[ ]{listed}")

    def longest_known_prefix(self, names: list[str]) -> str | None:
        for length in range(len(names), 0, -1):
            name = " ".join(names[:length])
            if self.gazetteer.lookup(name):
                return name
        return None

    def strip_leads(self, names: list[str]) -> list[str]:
        i = 0
        while i < len(names) - 1 and names[i] in self.lead_words:
            i += 1
        return names[i:]
