"""The ``pressparse_attribution`` component: who states each figure.

Runs last. For each span in ``doc.spans["pressparse_quantities"]`` it sets ``span._.pp_speaker`` to
the ``PersonInfo.key`` of the person the figure is attributed to, or leaves it None. Three kinds of
evidence, strongest first:

1. a quotation with a speech tag next to it: "“...,” said Ou Qingping" / "Jonathan Hartley said:
   “...”" / "said Labour Minister Chen Hao" (the quote's whole text, across sentences; the quote
   right after a tag that follows another quote in the paragraph goes with it; "“...,” he said"
   is the person the sentence before the quote opens with, else the last speaker; "“...,” the
   central bank governor explained" the last holder of that title; a quote whose closing mark
   comes after a paragraph break with no opening mark is one quote);
2. a sentence with a speech tag: "Li Zhong said that ...", "according to Finance Minister Ou
   Qingping, ...", "according to the survey released by X", "Li Zhong, Vice Minister of ...,
   presented that ...", "The Secretary, Ms Li Zhong, has disclosed", "X on Monday said", "X on
   Tuesday, 8 October, confirmed", "X while presenting the budget said", "A, Minister of Y, and
   B announced" (a joint announcement: the first named), "the Minister of Finance said" / "said
   the minister" / ", Minister disclosed" (the last person with that title word, the head words
   of data/titles.tsv),
   "she added" (the person the sentence before opens with, else the last speaker);
   a sentence ending in a colon owns the bulleted list below it. Sentences are cut at line breaks:
   a headline is never part of the paragraph under it;
   A headline above everyone named ("Minister of Finance confirms ...", "Governor Holloway
   Announces ...") is the first person below with that title or surname;
3. a press-conference label: a paragraph opening with "Liu Yongfu:" governs the paragraphs below
   it until the next label.

A sentence that ends "X said this when ..." (or "X made this known") gives X the figures reported
before it since the last attributed sentence. Bodies are sources too: a figure in a sentence where
an agency (or "the ministry", the last agency named so) has a speech tag gets
``span._.pp_source_agency``, that agency's ``AgencyInfo.key``; a person speaker is never set from it.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from .. import extensions as ext
from ..data import read_tsv
from .lines import continues, line_width
from .reporting import ALL_KINDS, verb_alternation

# A reporting verb ("said", "pointed out"), or one with its hearer after it ("told reporters"):
# the bare verb first, so that a pattern searched for ends at the verb when it can.
SPEECH = rf"(?:{verb_alternation(ALL_KINDS)}|{verb_alternation(('listener',))}\s+\w+(?:\s+\w+)?)"
# Between a subject and its verb: "also", "further", "has", "had", a time ("has also said",
# "Paul Nkosi on Monday said", "yesterday announced").
AUXILIARY = (
    r"(?:(?:also|further|has|had|have|yesterday|today|earlier|recently|(?:on|last|this)\s+[A-Za-z]+)\s+){0,2}"
)
# An adverbial clause between a subject and its verb, without commas: "X while responding to the
# inquiry confirmed", "X when tabling the Bill said".
CLAUSE = r"(?:\s+(?:while|whilst|when|after|before)\s+[a-z]+ing\b[^,.;:“”\"\n]{0,80}?)"
# The tag after a person mention: "said", ", deputy director of X, said", "also pointed out".
# A remark in brackets after a name ("(pictured)"), a day ("X on Tuesday, 8 October, confirmed"),
# at most two asides in commas ("X, spokesperson for the ministry, while addressing the press,
# said"), then maybe a clause without commas.
TAG_AFTER = re.compile(
    rf"(?:\s*\([^()]{{1,30}}\))?(?:\s+(?:on|last|this)\s+[A-Z][a-z]+(?=\s*,))?"
    rf"(?:(?:\s*,[^,.;:“”\"]{{1,160}}){{1,2}},)?{CLAUSE}?\s+{AUXILIARY}{SPEECH}\b"
)
# The tag after a name set off in commas: "The Permanent Secretary, Samuel Otieno, disclosed".
APPOSITION_TAG = re.compile(rf",\s+{AUXILIARY}{SPEECH}\b")
APPOSITION_OPENS = re.compile(r",\s*(?:[A-Z][\w.'’-]*\s+){0,2}$")  # "..., Senator X, said"
# The tag before a mention: "said", "according to", "said Ms.".
TAG_BEFORE = re.compile(rf"(?:\b{SPEECH}|\baccording\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# A title between a tag and a name: "Labour Minister", "the Minister of State for Health,".
TITLE_RUN = r"(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+(?:(?:of|for|and|in)\s+(?:the\s+)?)?){0,7}"
# A passive tag: "The remark was made by", "This was said by" (the sentence before is the speaker's too).
PASSIVE_TAG = r"\b(?:was|were)\s+(?:made|said|stated|uttered|expressed|disclosed|revealed)\s+by"
# A sentence that is only the passive tag of the one before: "The remark was made by X when ...".
PASSIVE_BACK = re.compile(
    r"\s*(?:The|This|That|These|Those)\s+(?:(?:remarks?|statements?|comments?|announcement|revelation|"
    rf"disclosure|observation|assurance|pledge|figures?)\s+)?{PASSIVE_TAG}\b"
)
# What "according to" may name before its source: "according to the latest crop survey released by".
RELEASED_BY = (
    r"(?:\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:released|published|compiled|issued|presented|tabled)\s+by)"
)
# The tag before a person: "said Labour Minister", "according to the Minister of Finance,".
PERSON_TAG_BEFORE = re.compile(rf"(?i:\b{SPEECH}|\baccording\s+to{RELEASED_BY}?|{PASSIVE_TAG})\s+{TITLE_RUN}$")
PRONOUN_TAG = re.compile(rf"\b(?:she|he)\s+(?:also\s+)?{SPEECH}\b|\b{SPEECH}\s+(?:she|he)\b", re.IGNORECASE)
# A pronoun's speech tag right after a quote: "“...,” he said", "“...,” said she".
PRONOUN_AFTER_QUOTE = re.compile(
    rf"[\s,.“”\"]*(?i:(?:she|he)\s+{AUXILIARY}{SPEECH}|{SPEECH}\s+(?:she|he))\b"
)
# Cheap tests a sentence must pass before the costly patterns are tried (most sentences fail them):
# every PRONOUN_TAG match holds the word "he" or "she"; every TITLE_REFERENCE and SURNAME_TAG match
# holds a speech verb right after whitespace.
PRONOUN = re.compile(r"\b(?:she|he)\b", re.IGNORECASE)
SPACE_SPEECH = re.compile(rf"\s{SPEECH}\b")


def title_head(title: str) -> str:
    """The head word of a title: "Minister" of "Minister of Finance", "Secretary" of "Permanent
    Secretary"."""
    return re.split(r"\s+(?:of|for)\s+", title)[0].split()[-1]


# The head word of every title, for "the minister said".
_HEADS = {title_head(row["title"]) for row in read_tsv("titles.tsv")} - {""}
TITLE_WORDS = "|".join(sorted(_HEADS, key=lambda word: (-len(word), word))).replace(".", r"\.")
TITLE_HEADS = frozenset(word.lower() for word in _HEADS)
# A headline's speaker and verb, the verb in any case: "Minister of Finance confirms", "Governor
# Holloway Announces", "Secretary for Housing announces".
HEADLINE_TAG = re.compile(
    rf"\s*(?P<who>[A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.'’-]*){{0,6}}?)\s+(?i:{SPEECH})\b"
)
# Abbreviated titles ("PM" -> "prime minister"), for "The PM noted": upper case, so matched as written.
ABBREVIATIONS = {row["abbreviation"]: row["title"].replace("-", " ") for row in read_tsv("title_abbreviations.tsv")}
ABBREVIATION_WORDS = "|".join(sorted(ABBREVIATIONS, key=lambda word: (-len(word), word)))
# What a title may go on with: "of Finance", "for Health and Social Care".
TITLE_OF = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*){0,5}"
# "The Secretary informed", "the Minister of Finance said", "the minister, who ..., said".
TITLE_REFERENCE = re.compile(
    # "the minister said"; "Minister had also disclosed" opening a sentence or a clause (no article)
    rf"(?:\b[Tt]he\s+(?:[\w-]+\s+){{0,2}}|(?:(?<=[,.]\s)|(?<=\n)|^)(?=[A-Z]))(?P<title>(?i:{TITLE_WORDS})|(?:{ABBREVIATION_WORDS})\b)(?:{TITLE_OF})?(?:\s*,[^,.;:“”\"]{{1,160}},)?"
    rf"\s+{AUXILIARY}{SPEECH}\b"
    # "“...,” said the minister." (a clause after it would make the minister its subject)
    rf"|\b{SPEECH}\s+the\s+(?:[\w-]+\s+){{0,2}}(?P<after>(?i:{TITLE_WORDS})|(?:{ABBREVIATION_WORDS})\b)(?:{TITLE_OF})?(?=\s*[,.;]|\s*$)"
)
# Quotations: curly pairs, or straight double quotes (paired in order). A curly quote left open at
# a line's end stops there (the next paragraph may reopen it), unless the next paragraph closes it
# before opening another: a paragraph break inside one quote.
QUOTE = re.compile(r"“[^“”]{2,}?(?:”|(?=“)|$(?![^“”\n]*\n\s*[^“”\n]*”))|\"[^\"]{2,}?\"", re.MULTILINE)
# A paragraph opening with a short label and a colon: "Liu Yongfu:", "Mr. Liu:", "CCTV:".
LABEL = re.compile(r"^[ \t]*(?P<label>[^\n:：“”\"]{1,60}?)[ \t]*[:：]", re.MULTILINE)
LABEL_HAS_SPEECH = re.compile(rf"\b{SPEECH}\b|\bsaid\b", re.IGNORECASE)
# What may stand between a quote and its tag.
QUOTE_PUNCTUATION = re.compile(r"[\s,.“”\"]*")
# Between a quote and the name after it: "“...,” said Labour Minister ".
QUOTE_GAP_AFTER = re.compile(rf"[\s,.“”\"]*(?:(?P<verb>{SPEECH})\s+)?{TITLE_RUN}")
QUOTE_GAP_BEFORE = re.compile(rf"(?:\s*,[^“”\"\n]{{1,100}},)?\s+{AUXILIARY}{SPEECH}\s*[:,.]?\s*")
# "X said this when ...", "X made this known": the figures reported before are X's.
SAID_THIS = re.compile(r"(?i)\b(?:said|stated|disclosed|revealed|announced|explained)\s+(?:this|these|so)\b|"
                       r"\bmade\s+(?:this|these|the\s+\w+)\s+known\b")
# A capitalized name (maybe after an honorific) and a speech tag: "Ms Hawa Koomson ... provided".
SURNAME_TAG = re.compile(rf"(?<![\w.])(?P<name>(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+){TAG_AFTER.pattern}")
# A paragraph that opens with a quote, to the quote's end (or the paragraph's, when left open).
PARAGRAPH_QUOTE = re.compile(r"(?m)^[ \t]*[“\"][^“”\"\n]{2,}(?:[”\"]|$)")
# Between two people named together: "A and Mayor B", "A, B and C", "A, Minister of X, Y and Z,
# and the Honourable B" (the first one's title in commas).
JOINED = re.compile(
    r"(?:\s*,\s*(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+|\s*,\s*)(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w'’-]*){0,10}\s*,)?"
    r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){0,5}"
)
SENTENCE_END = re.compile(r"[.!?](?=\s)|\n\s*\n")
# A line of a bulleted list, with the blank lines before it: "\n\n- a grant of P5,000;".
LIST_ITEM = re.compile(r"\s*\n[ \t]*[-–•*·▪][ \t][^\n]*")
# What may come before the person a sentence opens with: a title ("The Minister of Finance, ").
OPENING = re.compile(rf"\s*{TITLE_RUN}")
COLON_AFTER = re.compile(r"\s*[:：]")
# How far around a quote the speech tag may be.
QUOTE_TAG_WINDOW = 120
# How far before a name "said" / "according to" may start (a title may sit between them).
TAG_BEFORE_WINDOW = 120
# How far before a body "said" / "according to data from" may start.
BODY_TAG_BEFORE_WINDOW = 80


class Person(NamedTuple):
    """A person mention, read once from its span: offsets, PersonInfo key and title."""

    start_char: int
    end_char: int
    key: str
    title: str


@dataclass(frozen=True)
class Region:
    """Characters ``start``-``end`` are stated by ``speaker`` (a PersonInfo key)."""

    start: int
    end: int
    speaker: str


class Body(NamedTuple):
    """An agency mention: offsets, AgencyInfo key and its name's words, lower-cased."""

    start_char: int
    end_char: int
    key: str
    words: frozenset[str]


# "the ministry said", "the department announced": the last body named with that word.
BODY_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?P<word>ministry|department|bureau|agency|office|commission|council|administration|"
    rf"authority|board|committee|corporation|government|service|institute|organization|organisation|"
    rf"secretariat|cabinet|treasury|centre|center)\s+(?:also\s+)?(?:{SPEECH}|data\s+show(?:ed|s))\b"
)
# Before a body: "according to data from the", "figures released by the", "data from the ... showed".
BODY_TAG_BEFORE = re.compile(
    rf"(?i)(?:\baccording\s+to{RELEASED_BY}?\s+(?:(?:the\s+)?(?:latest\s+)?(?:data|figures|statistics|estimates|a\s+report|"
    r"a\s+statement|a\s+survey)\s+(?:from|by|of|released\s+by|published\s+by)\s+)?|"
    r"\b(?:data|figures|statistics)\s+(?:from|released\s+by|published\s+by)\s+)(?:the\s+)?$"
)
# (the verb in any case: a headline's "EPA Announces $412 Million")
BODY_TAG_AFTER = re.compile(
    rf"(?:\s*\([^)]{{1,20}}\))?(?:'s?)?\s+(?:also\s+)?(?:(?i:{SPEECH})|(?:data|figures)\s+show(?:ed|s)?|show(?:ed|s)|"
    rf"(?:data|figures)\s+released\s+\w+\s+show(?:ed|s)?)\b"
)


class AttributionComponent:
    """Set ``pp_speaker`` on quantity spans from quotes, speech tags and speaker labels."""

    def __init__(self, nlp: Language, name: str, *, use_labels: bool = True) -> None:
        self.name = name
        self.use_labels = use_labels

    def __call__(self, doc: Doc) -> Doc:
        quantities = list(doc.spans.get(ext.QUANTITIES, []))
        people = self._people(doc) if quantities else []
        if not quantities:
            return doc
        text = ext.doc_text(doc)
        bodies = self._bodies(doc)
        # read once for both the people's and the bodies' sentence evidence
        sentences = list(self._lines(text, self._sentences(doc, text))) if people or bodies else []
        if people:
            said = self.sentence_regions(sentences, text, people)
            quotes = self.quote_regions(text, people, sentences, said)
            layers = [quotes, said, self.untagged_quote_regions(text, quotes + said)]
            if self.use_labels:
                layers.append(self.label_regions(text, people))
            self.set_annotations(doc, quantities, layers)
        if bodies:
            self.set_body_annotations(doc, quantities, self.body_regions(sentences, text, bodies))
        return doc

    @staticmethod
    def _people(doc: Doc) -> list[Person]:
        """The people with a key, in text order, each span's annotation read once."""
        found = []
        for span in doc.spans.get(ext.PEOPLE, []):
            info = span._.pp_person
            if info and info.get("key"):
                found.append(Person(span.start_char, span.end_char, info["key"], info.get("title") or ""))
        found.sort(key=lambda p: p.start_char)
        return found

    @staticmethod
    def _bodies(doc: Doc) -> list[Body]:
        found = []
        for span in doc.spans.get(ext.AGENCIES, []):
            info = span._.pp_agency
            if info and info.get("key"):
                words = frozenset((info.get("name") or span.text).lower().split())
                found.append(Body(span.start_char, span.end_char, info["key"], words))
        found.sort(key=lambda b: b.start_char)
        return found

    # -- evidence -------------------------------------------------------------------------------

    @staticmethod
    def body_regions(sentences: list[tuple[int, int]], text: str, bodies: list[Body]) -> list[Region]:
        """Sentences whose source is a body: "the Ministry of Health said", "according to the
        Bureau", "the ministry announced" (the last body named with that word)."""
        regions = []
        body_starts = [body.start_char for body in bodies]
        for start, end in sentences:
            source = None
            for body in bodies[bisect_left(body_starts, start):]:  # the sentence's bodies, in order
                if body.start_char >= end:
                    break
                before = text[max(start, body.start_char - BODY_TAG_BEFORE_WINDOW):body.start_char]
                if BODY_TAG_AFTER.match(text, body.end_char) or TAG_BEFORE.search(before) \
                        or BODY_TAG_BEFORE.search(before):
                    source = body.key
                    break
            if source is None and (m := BODY_REFERENCE.search(text, start, end)):
                word = m["word"].lower()
                source = next((b.key for b in reversed(bodies) if b.start_char < m.start() and word in b.words), None)
            if source:
                regions.append(Region(start, end, source))
        return regions


    def quote_regions(
        self, text: str, people: list[Person], sentences: list[tuple[int, int]], said: list[Region]
    ) -> list[Region]:
        """Quotes with a speech tag; a quote left open at its paragraph's end goes on in the next
        paragraph's opening quote (news style), so the whole chain has one speaker. A quote tagged
        "he said" is the speaker's of the sentence ``said`` before it (see ``_antecedent``)."""
        chains: list[list[re.Match[str]]] = []
        for m in QUOTE.finditer(text):
            previous = chains[-1][-1] if chains else None
            if previous is not None and text[previous.end() - 1] not in "”\"" \
                    and not text[previous.end():m.start()].strip() and "\n" in text[previous.end():m.start() + 1]:
                chains[-1].append(m)
            else:
                chains.append([m])
        regions = []
        tagged_after: tuple[int, str] | None = None  # the end of the last quote tagged after it, its speaker
        for chain in chains:
            speaker = next((s for m in chain if (s := self._tag_after(text, people, m.end())
                                                   or self._tag_before(text, people, m.start()))), None)
            if speaker is None and tagged_after is not None:
                # “...,” said Marcus Reyes, director of the Office. “...”: the tag between two quotes
                # of a paragraph is both quotes' tag
                gap = text[tagged_after[0]:chain[0].start()]
                if "\n" not in gap and len(gap) <= 2 * QUOTE_TAG_WINDOW and SPACE_SPEECH.search(gap):
                    speaker = tagged_after[1]
            if speaker is None and PRONOUN_AFTER_QUOTE.match(text, chain[-1].end()):
                speaker = self._antecedent(text, people, sentences, said, chain[0].start())
            if speaker is None:
                # “...,” the Minister said / “...,” said the central bank governor (not a new
                # sentence opening "The minister said")
                m = TITLE_REFERENCE.match(text, QUOTE_PUNCTUATION.match(text, chain[-1].end()).end())
                speaker = self._title_holder(people, m) if m and text[m.start()] != "T" else None
            tagged_after = None
            if speaker:
                regions += [Region(m.start(), m.end(), speaker) for m in chain]
                if self._tag_after(text, people, chain[-1].end()) == speaker:
                    tagged_after = (chain[-1].end(), speaker)
        return regions

    def _antecedent(
        self, text: str, people: list[Person], sentences: list[tuple[int, int]], said: list[Region], at: int
    ) -> str | None:
        """Who "he" or "she" of a quote opening at ``at`` is: the person the sentence before it opens
        with (the quote's own sentence when the quote opens inside one), else the last speaker."""
        n = bisect_left([start for start, _ in sentences], at) - 1  # the sentence ``at`` is in or after
        if n >= 0:
            starts = [p.start_char for p in people]
            if found := self._subject(text, people, starts, *sentences[n]):
                return found
        return next((r.speaker for r in reversed(said) if r.start < at), None)

    @staticmethod
    def untagged_quote_regions(text: str, attributed: list[Region]) -> list[Region]:
        """A quote with no tag opening the paragraph right after one whose last attributed words
        are X's is X's too (news style: the speaker named once, the next quote left bare)."""
        regions: list[Region] = []
        ends = sorted((r.end, r.speaker) for r in attributed)
        for m in PARAGRAPH_QUOTE.finditer(text):
            if any(r.start <= m.start() < r.end for r in attributed):
                continue
            previous_paragraph = text.rfind("\n\n", 0, m.start() - 1)
            earlier = [(end, speaker) for end, speaker in ends if end <= m.start()]
            if earlier and earlier[-1][0] > previous_paragraph \
                    and not text[earlier[-1][0]:m.start()].strip(" \t\n.,”\""):
                regions.append(Region(m.start(), m.end(), earlier[-1][1]))
                ends.append((m.end(), earlier[-1][1]))  # the next bare quote paragraph goes on with it
        return regions

    def sentence_regions(self, sentences: list[tuple[int, int]], text: str, people: list[Person]) -> list[Region]:
        regions: list[Region] = []
        last: str | None = None
        starts = [p.start_char for p in people]
        previous: tuple[int, int] | None = None
        for start, end in sentences:
            first = bisect_left(starts, start)
            speaker = self._tagged_person(text, people, first, start, end)
            if speaker is None and SPACE_SPEECH.search(text, start, end):
                speaker = self._titled_reference(text, people, start, end) or \
                    self._surname_reference(text, people, start, end)
            if speaker is None and (not people or end <= people[0].start_char):
                speaker = self._headline_speaker(text, people, start, end)
            if speaker is None and PRONOUN.search(text, start, end) and PRONOUN_TAG.search(text, start, end):
                # "Liu Fang opened the fair. She said ...": the person the sentence before opens
                # with, else the last speaker
                speaker = (previous and self._subject(text, people, starts, *previous)) or last
            # "The remark was made by X when ...": the sentence before is X's
            back = previous[0] if previous and PASSIVE_BACK.match(text, start) else start
            previous = (start, end)
            if speaker:
                # "X said this when she took her turn at the Meet-the-Press": what came before is X's
                since = regions[-1].end if regions else 0
                if text[start:end].rstrip().endswith(":"):  # "He said the funds include:" and a list
                    end = self._list_end(text, end)
                regions.append(Region(since if SAID_THIS.search(text, start, end) else back, end, speaker))
                last = speaker
        return regions

    @staticmethod
    def _headline_speaker(text: str, people: list[Person], start: int, end: int) -> str | None:
        """ "Minister of Finance confirms MVR1b worth projects", "Governor Holloway Announces $238
        Million": a headline above everyone named, opening with a title or a name and a reporting
        verb, is the first person below with that surname or that title's head word."""
        whole_line = text[start - 1:start] in ("", "\n") and text[end:end + 1] in ("", "\n")
        if not whole_line or text[start:end].rstrip()[-1:] in ".!?:":
            return None
        m = HEADLINE_TAG.match(text, start, end)
        if m is None:
            return None
        words = m["who"].split()
        head = title_head(m["who"]).lower()
        for person in people:
            if person.key.split()[-1] in words or (head in TITLE_HEADS and head in person.title.lower().split()):
                return person.key
        return None

    @staticmethod
    def _tagged_person(text: str, people: list[Person], first: int, start: int, end: int) -> str | None:
        """A person in the sentence (``people[first]`` is the first) with a speech tag right after
        or before the name; a tag before ends in whitespace, so other names skip its search."""
        for n, person in enumerate(itertools.islice(people, first, None), first):
            if person.start_char >= end:
                break
            before = max(start, person.start_char - TAG_BEFORE_WINDOW)
            tagged = TAG_AFTER.match(text, person.end_char) is not None
            if tagged or APPOSITION_TAG.match(text, person.end_char):
                # a joint announcement ("Governor A and Mayor B announced"): the first named
                joined = n
                while joined > first and JOINED.fullmatch(text, people[joined - 1].end_char, people[joined].start_char):
                    joined -= 1
                # "The Secretary, X, disclosed"; "Today, A, Minister of Y, and Minister B, announced"
                if tagged or joined < n or APPOSITION_OPENS.search(text, start, person.start_char):
                    return people[joined].key
            if (
                text[person.start_char - 1:person.start_char].isspace()
                and PERSON_TAG_BEFORE.search(text[before:person.start_char])
            ):
                return person.key
        return None

    @staticmethod
    def _list_end(text: str, end: int) -> int:
        """The end of the bulleted lines right after ``end`` ("- a grant of P5,000;"), or ``end``."""
        for m in LIST_ITEM.finditer(text, end):
            if m.start() != end:
                break
            end = m.end()
        return end

    @staticmethod
    def _opening_person(text: str, people: list[Person], starts: list[int], start: int, end: int) -> str | None:
        """The person a sentence opens with, maybe after a title: its subject ("Health Minister
        Aisha Bello opened the ward.", "The Minister of Finance, Rohan Pillai, visited ...")."""
        n = bisect_left(starts, start)
        if n < len(people) and people[n].start_char < end and OPENING.fullmatch(text, start, people[n].start_char):
            return people[n].key
        return None

    @staticmethod
    def _titled_reference(text: str, people: list[Person], start: int, end: int) -> str | None:
        """ "The Secretary informed that ...": the last person before with that title word."""
        m = TITLE_REFERENCE.search(text, start, end)
        return AttributionComponent._title_holder(people, m) if m else None

    @staticmethod
    def _title_holder(people: list[Person], m: re.Match[str]) -> str | None:
        """The last person before ``m`` with its title word, or the full title of its
        abbreviation ("The PM" -> the last "Prime Minister")."""
        word = m["title"] or m["after"]
        full = ABBREVIATIONS.get(word)
        for person in reversed(people):
            if person.start_char >= m.start():
                continue
            title = person.title.lower()
            if f" {full} " in f" {title.replace('-', ' ')} " if full else word.lower() in title.split():
                return person.key
        return None

    @staticmethod
    def _subject(text: str, people: list[Person], starts: list[int], start: int, end: int) -> str | None:
        """Who a sentence is about, for "he" or "she" in the next: the person it opens with, or the
        person its opening title stands for ("The PM noted that ...")."""
        if found := AttributionComponent._opening_person(text, people, starts, start, end):
            return found
        m = TITLE_REFERENCE.search(text, start, end)
        if m and m["title"] and not text[start:m.start()].strip():
            return AttributionComponent._title_holder(people, m)
        return None

    @staticmethod
    def _surname_reference(text: str, people: list[Person], start: int, end: int) -> str | None:
        """ "Ms Hawa Koomson, who ..., provided": a speech tag after a shorter form of a person
        named before (the last word of the name), when the people component left it unmarked."""
        for m in SURNAME_TAG.finditer(text, start, end):
            last = m["name"].split()[-1]
            found = {p.key for p in people if p.start_char < m.start() and p.key.split()[-1] == last}
            if len(found) == 1:
                return found.pop()
        return None

    def label_regions(self, text: str, people: list[Person]) -> list[Region]:
        labels = []
        for m in LABEL.finditer(text):
            if LABEL_HAS_SPEECH.search(m["label"]) or len(m["label"].split()) > 6:
                continue
            # The label is the name (maybe after a title or honorific): "Liu Yongfu:", "Mr. Liu:".
            owner = next((p for p in people if m.start("label") <= p.start_char and p.end_char == m.end("label")), None)
            labels.append((m.end(), owner.key if owner else None))
        regions = []
        ends = [start for start, _ in labels[1:]] + [len(text)] if labels else []
        # A transcript has two speaker labels at least; a lone "Minister Kasaija: ..." is a
        # headline or a line of its own, and governs that line only.
        transcript = len({speaker for _, speaker in labels if speaker}) >= 2
        for (start, speaker), next_start in zip(labels, ends, strict=True):
            if speaker:
                line_end = text.find("\n", start)
                regions.append(Region(start, next_start if transcript or line_end < 0 else line_end, speaker))
        return regions

    # -- helpers --------------------------------------------------------------------------------

    @staticmethod
    def _tag_after(text: str, people: list[Person], quote_end: int) -> str | None:
        """ "“...,” said Ou Qingping" / "“...” Ou Qingping said" / "“...,” the Minister, X, said"."""
        window = quote_end + QUOTE_TAG_WINDOW
        for person in people:
            if quote_end <= person.start_char < window:
                gap = QUOTE_GAP_AFTER.fullmatch(text, quote_end, person.start_char)
                if gap is None:
                    return None
                if gap["verb"]:
                    return person.key
                # "“...” Labour Minister Chen Hao said", "“...,” the Minister, Dr. Jane Kimani, said";
                # "X said:" opens the next quote ("“...”\n\nMinister Y said:\n\n“...”")
                tag = TAG_AFTER.match(text, person.end_char) or (
                    APPOSITION_TAG.match(text, person.end_char) if "," in gap[0].lstrip(" ,.“”\"") else None)
                return person.key if tag and not COLON_AFTER.match(text, tag.end()) else None
                return None
        return None

    @staticmethod
    def _tag_before(text: str, people: list[Person], quote_start: int) -> str | None:
        """ "Jonathan Hartley said: “...”" / "Ou Qingping said: “...”"."""
        for person in reversed(people):
            if quote_start - QUOTE_TAG_WINDOW <= person.end_char <= quote_start:
                between = text[person.end_char:quote_start]
                if QUOTE_GAP_BEFORE.fullmatch(between):
                    return person.key
                return None
        return None

    @staticmethod
    def _lines(text: str, sentences: Iterator[tuple[int, int]]) -> Iterator[tuple[int, int]]:
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

    @staticmethod
    def _sentences(doc: Doc, text: str) -> Iterator[tuple[int, int]]:
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

    @staticmethod
    def set_body_annotations(doc: Doc, quantities: list[Span], regions: list[Region]) -> None:
        """A body is the source of a figure no person is (a speaker's body is their affiliation)."""
        values = doc.user_data
        for span in quantities:
            start, end = span.start_char, span.end_char
            if values.get(ext.span_key("pp_speaker", start, end)) is None:
                values[ext.span_key("pp_source_agency", start, end)] = next(
                    (r.speaker for r in regions if r.start <= start and end <= r.end), None)

    @staticmethod
    def set_annotations(doc: Doc, quantities: list[Span], layers: list[list[Region]]) -> None:
        values = doc.user_data
        for span in quantities:
            start, end = span.start_char, span.end_char
            values[ext.span_key("pp_speaker", start, end)] = next(
                (r.speaker for layer in layers for r in layer if r.start <= start and end <= r.end), None)


@Language.factory(
    "pressparse_attribution",
    assigns=["span._.pp_speaker", "span._.pp_source_agency"],
    default_config={"use_labels": True},
)
def make_attribution(nlp: Language, name: str, use_labels: bool) -> AttributionComponent:
    return AttributionComponent(nlp, name, use_labels=use_labels)
