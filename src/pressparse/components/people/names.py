"""Reading names: pinyin names, names opened by a known given name, the model's PERSON entities,
short "[honorific] surname" mentions, and what makes a found name plausible.

Particles ("van der Berg"), honorifics ("Mr.", "Shri") and suffixes ("MP") are in the name shapes
of ``patterns``; this module decides where a name starts and ends and whether it is one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ...normalize.names import common_words, is_given_name, is_honorific, strip_honorific, surnames
from ..places import gazetteer
from ..places.gazetteer import type_words
from ..ranges import Ranges
from ..words import lower_case_in
from .candidate import Candidate
from .patterns import (
    CAPITALIZED_BEFORE,
    CAPITALIZED_WORD,
    HONORIFIC_FORMS,
    LOCATIVE_BEFORE,
    NAME_SUFFIXES,
    NAME_WORD_AFTER,
    NAME_WORD_RE,
    NOT_NAME_WORDS,
    PLACE_TYPE_AFTER,
    SENTENCE_START_BEFORE,
    THE_BEFORE,
    VI_SYLLABLE,
    WESTERN_NAME,
    WORDISH,
    PeopleRules,
)
from .scan import finditer_at


def chinese(rules: PeopleRules, text: str) -> Iterable[Candidate]:
    for m in finditer_at(rules.chinese_re, text, (s.start() for s in rules.surname_re.finditer(text))):
        if not is_given_name(m["given"]) or PLACE_TYPE_AFTER.match(text, m.end()):
            continue
        yield Candidate(m.start(), m.end(), f"{m['sur']} {m['given']}", "chinese")


def vietnamese(rules: PeopleRules, text: str) -> Iterable[Candidate]:
    """"Pham Minh Chinh attended": a Vietnamese family name and two or three syllables, none of
    them a place's name ("Ha Long", "Ho Chi Minh City")."""
    for m in rules.vietnamese_re.finditer(text):
        given = m["given"].split()
        count = next((i for i, word in enumerate(given) if not is_vietnamese_syllable(word)), len(given))
        if count < 2 or count > 3:
            continue
        words = [m["sur"], *given[:count]]
        name = " ".join(words)
        end = m.start() + len(name)
        if PLACE_TYPE_AFTER.match(text, end) or any(
            gazetteer().lookup(" ".join(part)) for part in (words, words[:2], words[-2:])
        ):
            continue
        yield Candidate(m.start(), end, name, "vietnamese")


def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` spells one Vietnamese syllable ("Thanh", "Hương", "Đức"; not "Havre")."""
    plain = unicodedata.normalize("NFD", word.replace("Đ", "D").replace("đ", "d"))
    return VI_SYLLABLE.fullmatch("".join(c for c in plain if not unicodedata.combining(c)).lower()) is not None


def first_named(rules: PeopleRules, text: str) -> Iterable[Candidate]:
    """Names nothing else marks, opened by a known given name: "the signing of Viktor
    Gyokeres", "Kwame Asante-Mensah and ... attended" (the capitalized words after it, up to a
    word that is never a name's). Tried only at the capitalized words that are given names."""
    for word in CAPITALIZED_WORD.finditer(text):
        if word.group() not in rules.first_names or (m := rules.name_run_re.match(text, word.start())) is None:
            continue
        # only a title or an honorific may stand before the name in its run ("Senator Rory
        # McDonald", not "New York Comex"); nothing after it ("William Osler Health System"),
        # and no "the" before the run ("the Davis Cup")
        before = rules.run_before_re.search(text, max(0, word.start() - 80), word.start())
        run_start = before.start() if before else word.start()
        words = m.group().split()
        if (before and not all(is_title_word(rules, w) for w in before.group().split())
                and not opens_sentence(text, before.group().split(), before.start())) \
                or words[-1].islower() or any(w in NOT_NAME_WORDS for w in words) \
                or sum(not w.islower() for w in words) > 4 \
                or THE_BEFORE.search(text, max(0, run_start - 4), run_start) \
                or PLACE_TYPE_AFTER.match(text, m.end()):
            continue
        yield Candidate(word.start(), m.end(), m.group(), "first")


def opens_sentence(text: str, words: list[str], start: int) -> bool:
    """Whether ``words`` before a name are one common English word opening a sentence ("Meet")."""
    return len(words) == 1 and words[0].lower() in common_words() and SENTENCE_START_BEFORE.search(
        text, max(0, start - 4), start) is not None


def is_title_word(rules: PeopleRules, word: str) -> bool:
    lower = word.lower().rstrip(".")
    # "Gov." is a title written short: the table holds it with its period; "Ministers Jane Doe
    # and John Roe": a title in the plural before a list of names
    return lower in rules.titles or f"{lower}." in rules.titles or lower in rules.modifiers or is_honorific(word) \
        or (lower.endswith("s") and lower[:-1] in rules.titles)


def ner(rules: PeopleRules, doc: Doc, text: str) -> Iterable[Candidate]:
    """The statistical NER's PERSON entities that are Western-shaped names, not places."""
    # A doc without NER annotation has no ents: reading them is cheaper than has_annotation.
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        words = ent.text.split()
        start = ent.start_char
        while words and is_honorific(words[0]):
            start = text.index(words[1], start) if len(words) > 1 else ent.end_char
            words = words[1:]
        while words and not words[-1][:1].isalpha():
            words = words[:-1]
        if words and is_honorific(words[-1].rstrip(".")):
            continue  # "Tamil Nadu Thiru. R. Senthilnathan": the entity ran over a place into an honorific
        if words and words[-1].endswith("'s"):
            words[-1] = words[-1][:-2]
        if words and type_words().get(words[-1], ("", ""))[1] == "admin":
            continue  # "Millheim Borough", "Gregg Township": the model's PERSON is a place
        name = " ".join(words)
        if LOCATIVE_BEFORE.search(text, max(0, start - 6), start):
            continue  # "at Sau Mau Ping in Kwun Tong": the model's PERSON is a place here
        if len(words) == 1 and NAME_WORD_RE.fullmatch(name) and not gazetteer().lookup(name):
            # one word ("Negredo") only backs a rule that found it (``resolve.lone_kept``)
            yield Candidate(start, start + len(name), name, "ner", lone=True)
        elif (
            len(words) >= 2
            and re.fullmatch(WESTERN_NAME, name)
            and not PLACE_TYPE_AFTER.match(text, start + len(name))
            and not place_led(rules, words[0])
            and not gazetteer().lookup(name)  # "Bac Ninh", "Tuyen Quang": the model's PERSON is a place
            and ner_backed(rules, text, words, start, start + len(name))
        ):
            yield Candidate(start, start + len(name), name, "ner")


def ner_backed(rules: PeopleRules, text: str, words: list[str], start: int, end: int) -> bool:
    """Whether the text backs a name only the model found: a given name opens it ("Mary Tembo"),
    or the text names its bearer again by one of its words ("Rodel Gumban ... Gumban said"). A
    firm ("Olam Cam"), a crop ("Milled Rice", which the text also writes in lower case) or a
    document number the model calls a person is named once."""
    if lower_case_in(text, " ".join(words)) or in_longer_name(rules, text, start):
        return False
    return named_again(rules, text, words, start, end)


def named_again(rules: PeopleRules, text: str, words: list[str], start: int, end: int) -> bool:
    """Whether a given name opens ``words`` (or they are a pinyin name, "Mao Ning") or the text
    names them again outside ``start:end`` by their first or last word, standing alone ("...
    Gumban said")."""
    if words[0] in rules.first_names or (len(words) == 2 and words[0] in surnames() and is_given_name(words[1])):
        return True
    return any(not (start <= at < end) and not in_longer_name(rules, text, at)
               for at, _, _, _ in surname_mentions(text, {words[0], words[-1]}))


# Rules that read a name from a line's layout (a credit, a signature, a contact line), which a
# capitalized line does not make doubtful.
LAYOUT_RULES = frozenset({"credit", "signature", "contact"})


def headline_backed(rules: PeopleRules, text: str, cand: Candidate) -> bool:
    """A name read from a line in title case ("PM Holds Consultation in Armavir Marz", "12:15 PM
    Author: Public Relations Service"), where capitals say nothing, is a name only when a given name
    opens it or the text names it again off that line."""
    if cand.rule in LAYOUT_RULES:
        return True
    line_start = text.rfind("\n", 0, cand.start) + 1
    line_end = text.find("\n", cand.end)
    line_end = len(text) if line_end < 0 else line_end
    if not is_title_case(text[line_start:line_end]):
        return True
    return named_again(rules, text, strip_honorific(cand.name).split(), line_start, line_end)


def is_title_case(line: str) -> bool:
    """Whether a line capitalizes every word but the small ones, as headlines do (three at least)."""
    # Read word by word: a line of prose (most lines are paragraphs) fails at its first small word
    # in lower case that is no stop word, without splitting the whole paragraph.
    count = 0
    for match in TITLE_CASE_WORD.finditer(line):
        word = match.group()
        if word.lower() in STOP_WORDS:
            continue
        if not (word[:1].isupper() or word[:1].isdigit()):
            return False
        count += 1
    return count >= 3


TITLE_CASE_WORD = re.compile(r"[^\W_][\w'’-]*")


def in_longer_name(rules: PeopleRules, text: str, start: int) -> bool:
    """Whether the capitalized word before ``start`` ("Te" of "Te Mato Vai") makes the words there
    a piece of a longer name; a title, an honorific or a common word ("Later Kamau said") before a
    name is no part of it."""
    before = CAPITALIZED_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before.group().strip()
    return not is_title_word(rules, word) and word.lower() not in STOP_WORDS and word.lower() not in common_words()


def place_led(rules: PeopleRules, word: str) -> bool:
    """"Rotherham United", "Kakamega Show": the model's PERSON opened by a place name that is no
    given name is a club, a show or a firm."""
    return word not in rules.first_names and bool(gazetteer().lookup(word))


def surname_mentions(text: str, surnames_found: Iterable[str]) -> list[tuple[int, int, str, bool]]:
    r"""``(start, end, surname, honored)`` of each "[honorific] surname" standing as a word and not
    before another name word: what ``(?<![\w'’-])(?:HONORIFIC)?(?:surnames)(?![\w'’-])(?!\s+Name)``
    finds, left to right without overlaps. ``str.find`` per surname replaces a pattern compiled
    for each article's set of surnames (~1 ms each) and tried at every position."""
    found: list[tuple[int, int, int, str, bool]] = []
    for surname in surnames_found:
        at = text.find(surname)
        while at >= 0:
            end = at + len(surname)
            if not WORDISH.match(text, end) and not NAME_WORD_AFTER.match(text, end):
                if not (at and WORDISH.match(text, at - 1)):
                    found.append((at, -at, -end, surname, False))
                found += ((start, -at, -end, surname, True) for start in honorific_starts(text, at))
            at = text.find(surname, at + 1)
    # At one start the pattern prefers the honorific, then the longest surname.
    mentions = []
    reached = 0
    for start, _, negative_end, surname, honored in sorted(found):
        if start >= reached:
            mentions.append((start, -negative_end, surname, honored))
            reached = -negative_end
    return mentions


def honorific_starts(text: str, name_start: int) -> list[int]:
    """Starts of the "Mr. ", "Rt Hon " (HONORIFIC) that end at ``name_start``, each a word start."""
    end = name_start
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == name_start:
        return []
    starts = []
    for form_end in (end, end - 1) if text[end - 1] == "." else (end,):
        for form in HONORIFIC_FORMS:
            start = form_end - len(form)
            if text.endswith(form, 0, form_end) and not (start and WORDISH.match(text, start - 1)):
                starts.append(start)
    return starts


def trim_name(name: str) -> str:
    """The name without a suffix ("Jonathan Hartley MP"), and once when a scraped byline prints
    it twice ("Jane Doe Jane Doe")."""
    words = name.split()
    while len(words) > 1 and words[-1] in NAME_SUFFIXES:
        words = words[:-1]
    half = len(words) // 2
    if half and len(words) % 2 == 0 and words[:half] == words[half:]:
        words = words[:half]
    return " ".join(words)


def without_opening_word(rules: PeopleRules, text: str, cand: Candidate) -> Candidate:
    """The candidate without a common English word that opens its sentence before a given name:
    "Follow David Thurton, CBC's correspondent", "Meet Daniel Okoro, the new spokesman"."""
    words = cand.name.split()
    if len(words) < 3 or words[1] not in rules.first_names or words[0] in rules.first_names \
            or words[0].lower() not in common_words():
        return cand
    rest = cand.name[cand.name.index(words[1]):]
    if text[cand.end - len(rest):cand.end] == rest:
        cand.start, cand.name = cand.end - len(rest), rest
    return cand


def is_verb_form(rules: PeopleRules, word: str) -> bool:
    """Whether ``word`` is a common English word with a verb's "-s" ("Holds", "Meets",
    "Discusses") and no given name."""
    lower = word.lower()
    return word not in rules.first_names and lower.endswith("s") and (
        lower[:-1] in common_words() or (lower.endswith("es") and lower[:-2] in common_words()))


def is_demonym(words: list[str]) -> bool:
    """"Nova Scotians", "New Zealanders", "Solomon Islanders": the people of a country, state or
    province the gazetteer knows, not a person."""
    last = words[-1]
    for suffix, base in DEMONYM_SUFFIXES:
        if last.endswith(suffix) and len(last) > len(suffix) + 2:
            place = " ".join([*words[:-1], last[: -len(suffix)] + base])
            if any(entry.tier == "major" for entry in gazetteer().lookup(place)):
                return True
    return False


# How a plural demonym ends, and what its place's name ends with instead.
DEMONYM_SUFFIXES = (("ians", "ia"), ("ans", "a"), ("ans", ""), ("ers", ""), ("ers", "s"), ("ns", ""))

# Rules whose context (a title, an apposition, speech, a credit) says a person is named.
CONTEXT_RULES = frozenset({"titled", "apposition", "speech", "credit", "signature"})


def is_plausible(rules: PeopleRules, cand: Candidate, blocked: Ranges) -> bool:
    name = strip_honorific(cand.name)
    words = name.split()
    # one word names a person after a capitalized post written right before it ("Governor
    # Cuomo"), in a credit or with an age
    # ("Governor Cuomo"); one word from any other rule is a credit, an age, an honorific's or a
    # ``lone`` word that ``resolve`` keeps only when the article repeats it
    titled = cand.rule == "titled" and bool(cand.post) and cand.post[:1].isupper() and cand.title == cand.post
    if len(words) < 2 and cand.rule == "titled" and not titled:
        return False
    if len(words) < 2 and (words[0].lower() in STOP_WORDS or is_title_word(rules, words[0])):
        return False
    # An acronym is no name word; an initial ("R. Senthilnathan") is. A surname that is also a
    # common word ("Ed Day", "Pat Holiday") stays after a given name in a title's or speech's context.
    # (not in a credit, which may name an outlet: "Photo: Jordan News")
    given = cand.rule in CONTEXT_RULES - {"credit"} and words[0] in rules.first_names and len(words) > 1
    # "Dear Sir", "Mr Speaker, Madam": an honorific ends no name
    if len(words) > 1 and (is_demonym(words) or is_honorific(words[-1])):
        return False
    # "PM Holds Consultation in ...": a headline's verb after a title opens no name
    if cand.rule == "titled" and len(words) > 1 and is_verb_form(rules, words[0]):
        return False
    if any((w in NOT_NAME_WORDS and not (given and i == len(words) - 1)) or (w.isupper() and len(w.rstrip(".")) > 1)
           for i, w in enumerate(words)):
        return False
    return not blocked.overlap(cand.end - len(name), cand.end)
