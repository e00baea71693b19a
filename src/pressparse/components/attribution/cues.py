"""The speech cues several stages of attribution read: reporting verbs and what may stand around
them ("has also said", ", deputy director of X, said"), and the title words that refer back to a
person ("the minister said", "The PM noted"). Each stage keeps the patterns only it uses."""

from __future__ import annotations

import re

from ...data import read_tsv
from ..reporting import ALL_KINDS, verb_alternation

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
# A title between a tag and a name: "Labour Minister", "the Minister of State for Health,".
TITLE_RUN = r"(?:the\s+)?(?:[A-Z][\w.'’-]*,?\s+(?:(?:of|for|and|in)\s+(?:the\s+)?)?){0,7}"
# A passive tag: "The remark was made by", "This was said by" (the sentence before is the speaker's too).
PASSIVE_TAG = r"\b(?:was|were)\s+(?:made|said|stated|uttered|expressed|disclosed|revealed)\s+by"
# What "according to" may name before its source: "according to the latest crop survey released by".
RELEASED_BY = (
    r"(?:\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}?(?:released|published|compiled|issued|presented|tabled)\s+by)"
)
# A cheap test a sentence or gap must pass before the costly patterns are tried (most fail it):
# every TITLE_REFERENCE and SURNAME_TAG match holds a speech verb right after whitespace.
SPACE_SPEECH = re.compile(rf"\s{SPEECH}\b")
# What else may hold a TITLE_REFERENCE or SURNAME_TAG match: "according to", a speech verb
# opening the sentence ("Said Kawale: ...").
ACCORDING_TO = re.compile(r"\b[Aa]ccording\s+to\b")
OPENING_SPEECH = re.compile(rf"\s*(?i:{SPEECH})\b")


def speech_cue(text: str, start: int, end: int) -> bool:
    """The sentence stage's cheap test (most sentences fail it): a speech verb after whitespace,
    "according to", or a speech verb opening the sentence."""
    return bool(SPACE_SPEECH.search(text, start, end) or ACCORDING_TO.search(text, start, end)
                or OPENING_SPEECH.match(text, start, end))


def title_head(title: str) -> str:
    """The head word of a title: "Minister" of "Minister of Finance", "Secretary" of "Permanent
    Secretary"."""
    return re.split(r"\s+(?:of|for)\s+", title)[0].split()[-1]


# The head word of every title, for "the minister said".
_HEADS = {title_head(row["title"]) for row in read_tsv("titles.tsv")} - {""}
TITLE_WORDS = "|".join(sorted(_HEADS, key=lambda word: (-len(word), word))).replace(".", r"\.")
TITLE_HEADS = frozenset(word.lower() for word in _HEADS)
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
    # "“...,” said the minister.", "According to the Governor, ..." (a clause after it would make
    # the minister its subject)
    rf"|\b(?:{SPEECH}|(?i:according)\s+to)\s+the\s+(?:[\w-]+\s+){{0,2}}(?P<after>(?i:{TITLE_WORDS})|(?:{ABBREVIATION_WORDS})\b)(?:{TITLE_OF})?(?=\s*[,.;]|\s*$)"
)
