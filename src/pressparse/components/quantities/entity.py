"""What each figure counts or measures: the dependency parse when there is one (full mode), else
noun-phrase rules on the words around the figure; None rather than a wrong word."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from pint.errors import PintError
from spacy.tokens import Doc

from ...extensions import PEOPLE, PLACES, doc_text
from ...normalize.dates import TIME_EXPRESSION, TIME_EXPRESSION_LOWER
from ...normalize.numbers import number_words
from ...normalize.units import lookup, si_factor
from .figure import GUESS, STRONG, WEAK, Figure
from .grammar import Rules
from .identifiers import market_before, market_names
from .tables import lexicon, measure_names, trade_nouns, transfer_nouns
from .text import last_word

WORD = re.compile(
    r"(?i:per[\s-]capita)|\([A-Z][A-Za-z0-9.&-]{0,10}\)|[A-Za-z][\w'’-]*|\d[\d,.]*\d|\d|[^\w\s]"
)


ACRONYM_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9.&-]{0,10}\)")


VERB_FORM = re.compile(r"[a-z]{3,}(?<!e)ed")


LINKS = frozenset({"of", "in", "for", "on", "at", "to", "among", "with"})


CONNECTOR = re.compile(r"(?i)\s*(?:,|\(|;)?\s*(?:(?:and|or|to|from|respectively|up|down|(?:up|down)\s+by|"
                       r"(?:(?:and|or)\s+)?(?:an?\s+)?(?:[a-z-]+\s+)?(?:increase|decrease|rise|drop|growth|decline|gain|fall)\s+of)\s*)?$")


OF_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+of\s*$")


BY_BEFORE = re.compile(r"([A-Za-z][\w'’ -]*?)\s+by\s+(?:between\s+)?$")


YEAR_ON_YEAR = re.compile(r"\byear[\s-](?:on|over)[\s-]year\b")


CLAUSE_BREAK = re.compile(r"[,;:(){}\[\]]\s|——|—|\s--?\s|\s–\s|\"|“|”")


OF_THE = re.compile(
    r"\W*Of\s+(?:the|these|those|all)\s+(?:\d[\d,]*\s+)?(?P<np>[A-Za-z][\w\s-]*?)(?:\s+\w+ed)?,"
)


NOT_ENTITY = frozenset({"which", "whom", "what", "them", "these", "those", "this", "it", "per", "year", "own",
                        "day", "week", "month", "hour", "quarter"})  # "6 ML a day": a rate, not a thing


PARENTHETICAL = re.compile(r"^\s*\([^()]{1,40}\)")


CONTAINER_MODIFIERS = frozenset({"total", "overall", "average", "combined", "largest", "main"})


RATE = re.compile(r"(?:a|per|each|every)\s+year\b|per\s+[a-z]+\b")  # "a year", "per hectare": before the purpose


CONTAINER_OF = re.compile(r"(?i)\b(?:number|proportion|share|percentage|amount)\s+of\s+(?P<rest>.*)$")


VERB_BOUND = re.compile(r"[a-z]+(?:ed|ing|s)")  # "topped", "exceeding": the bound is the verb


COMPARED_WITH = re.compile(r"(?i)\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to))\s*$")


# "a", "an initial", "a reported", and a possessive, which is a determiner too ("the government's record")
DETERMINER_BEFORE = re.compile(r"(?i)(?:\b(?:a|an)|[a-z]['’]s)\s+(?:[a-z]+\s+)?$")
OF_GAP = re.compile(r"\s+of\s+")


NOT_OF_WORD = re.compile(r"\s+(?!of\b)[a-z]")


PURPOSE_LINK = re.compile(r"\s*(?:in|for|through|on|towards?)\s+(?:\d[\d,.]*\s+)?")
PAREN_AFTER_NAME = re.compile(r"[A-Z][\w’'&.-]*\s*\(\s*$")
AS_A = re.compile(r"\s*as\s+(?:an?|the|its|their)\s+")  # "$1.4 million as an additional grant"
# "$995,000 will go to the town to replace the culvert": the object of an infinitive of purpose
TO_VERB = re.compile(r"\bto\s+(?P<verb>[a-z]+)\s+(?P<det>(?:the|a|an|its|their|new|more)\s+)?")
DETERMINER_THE = re.compile(r"(?i)\bthe\s+$")  # "the 116 billion euro project"
VALUED_AT = re.compile(r"(?i)\b(?:valued|priced|estimated)\s+at\s*$")
COMPARED_WITH_THE = re.compile(
    r"(?i)\b(?:from|than|versus|against|compared\s+(?:with|to))\s+(?:(?:the|its|their|a)\s+)?$")
PURPOSE_AFTER = re.compile(
    r"\s*(?:\[[^\]]{0,20}\]\s*)?(?:(?:has|have|had|will|would|was|were|is|are|be|been|being)\s+){0,3}"
    r"(?:(?:[a-z]+ed|set\s+aside|spent|given)\s+)?(?P<link>for|towards?|to\s+(?!the\b|a\b|an\b)[a-z]+)\s+"
    r"(?:(?:the|a|an|its|their|all|new)\s+)?"
)


THAT_OF = re.compile(r"\bthat of\b[^,;]*$")


CLAUSE_OPENER = re.compile(r"(?i)^\s*(?:and|but|while|however|so|according to [^,]*,)\s+")


DIGIT = re.compile(r"\d")
YEAR_PART = re.compile(r"(?:1[89]|20)\d\d|\d\d|[-–/]")


def _last_clause(text: str) -> str:
    """The part of ``text`` after its last comma, semicolon, dash or quote."""
    breaks = list(CLAUSE_BREAK.finditer(text))
    return text[breaks[-1].end():] if breaks else text


def _proper_name(words: list[str]) -> bool:
    """"Villager Tan Guoqiang", "Song Qiang": a person or place, not what a figure counts."""
    return len(words) >= 2 and all(w[0].isupper() for w in words)


def entities(rules: Rules, doc: Doc, text: str, figures: list[Figure]) -> None:
    """What each figure counts or measures (see the rules in ``_entity_by_words``)."""
    parsed = bool(len(doc)) and bool(doc.to_array("DEP").any())
    previous: Figure | None = None
    for figure in figures:
        reading = _reading_window(doc, figure)
        entity, strength = None, WEAK
        list_head = OF_THE.match(text, reading.window[0], reading.start)
        if parsed and figure.kind == "count" and not list_head:
            entity = _entity_from_parse(doc, figure)
            strength = STRONG if entity is not None else WEAK
        if entity is None and _market_move(figure) and (market := _market_measured(text, reading)):
            entity, strength = market, STRONG
        if entity is None and figure.kind == "count" and ELIDED.match(text, figure.end) \
                and (head := _list_head(figures, figure)):
            entity, strength = head, GUESS  # "1,151 projects in the north, 781 in the middle belt"
        if entity is None:
            entity, strength = _entity_by_words(rules, text, reading, previous)
        if entity is not None:
            entity = _plausible(text, reading, entity)
        if (clause := PARTICIPLE_CLAUSE.search(text, reading.window[0], figure.start)) \
                and clause.group("verb") not in NOT_PARTICIPLE \
                and (clause.group("change") is None or clause.group("change").lower() in rules.changes) \
                and (entity is None or strength != STRONG or entity in clause.group()):
            entity, strength = _participle_subject(rules, text, figures, reading, clause.start()), GUESS
        elif entity is not None and strength != STRONG and (subject := _copula_subject(rules, text, reading, entity)):
            entity, strength = subject, GUESS
        if entity is not None and " " not in entity and POSSESSIVE_END.search(entity):
            # "while Portugal's declined 13.4 points": the owner of a thing the sentence named before
            same = previous is not None and previous.window[0] == reading.window[0]
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is not None and entity.split()[0].lower() == "same":  # "$10 million for the same purpose"
            same = previous is not None and previous.window[0] == reading.window[0]
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is not None and _benchmark(rules, text, reading, entity):
            entity, strength = _first_in_sentence(figures, figure), GUESS  # "the 40,000 mark"
        if entity is None or _names_nothing(rules, entity, doc) or _speaker(rules, doc, text, reading, entity):
            entity, strength = None, WEAK
        if (noun := _transfer_noun(text, reading, trade_only=figure.kind != "money")) \
                and (entity is None or (strength != STRONG and not _read_after(text, reading, entity))):
            entity, strength = noun, GUESS  # "will contribute a further $29 million": a contribution
        if figure.kind == "measure" and figure.pint and (entity is None or _where(rules, entity)):
            entity, strength = _measure_name(figure.pint, entity), WEAK  # "moving north at 12 mph": speed
        if FOLLOWED_BY.search(text, max(reading.window[0], figure.start - 90), figure.start):
            # "X topped the list with 602 tonnes, followed by Y and Z with 401 tonnes each": the ranking's
            # measure, never the names ranked
            same = previous is not None and previous.window[0] == reading.window[0] and previous.kind == figure.kind
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is None and (head := _bare_subject_head(text, reading, figures)):
            entity, strength = head, GUESS  # "(iv) 35,000 (84%) had been looking for work"
        if entity is None and PRONOUN_SUBJECT.fullmatch(text, reading.window[0], figure.start) \
                and (antecedent := _last_sentence_subject(figures, figure)):
            entity, strength = antecedent, GUESS  # "... 6.3 million tonnes of farm goods. This netted $4 billion"
        figure.entity, figure.entity_strength = entity, strength
        previous = figure


# a bare count that opens its sentence or list item (past a list mark, "among them,") and is the subject
# of the verb after it (past a share in brackets): "(iv) 35,000 (84%) had been looking for work"
BARE_LEAD = re.compile(
    r"(?i)\s*(?:\(?(?:[ivxl]{1,5}|\d{1,2}|[a-h])[.)]\s+|[•·▪*–-]\s+)?(?:among\s+(?:them|these|those),\s*)?")
BARE_VERB = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:had|have|has|were|was|are|is|will|would|did|do|could|can)\b"
                       r"|[a-z]{3,}(?<!e)ed\b)")


FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+[^,;:.]{1,60}?\s+(?:with|at)\s+$")
# "It increased to 18 per cent", "This netted over": a pronoun subject refers to what the last sentence
# with figures, in the text just read, was about
PRONOUN_SUBJECT = re.compile(r"\s*[\"“‘']?\s*(?:It|This)\s+(?:[a-z]+\s+){1,3}")
ANAPHORA_REACH = 800


def _last_sentence_subject(figures: list[Figure], figure: Figure) -> str | None:
    """What the first figure of the last earlier sentence with figures counts, within a few sentences."""
    earlier = [other for other in figures if other.start < figure.start and other.window[0] < figure.window[0]]
    if not earlier or figure.start - earlier[-1].end > ANAPHORA_REACH:
        return None
    sentence = earlier[-1].window
    return next((other.entity for other in earlier if other.window == sentence and other.entity), None)


def _bare_subject_head(text: str, figure: Figure, figures: list[Figure]) -> str | None:
    """What a bare count that is its clause's subject counts: the noun of the last count before it in
    its paragraph that a noun named ("Some 20,400 (49%) of the jobless ..." then "(iv) 35,000 (84%)
    had been looking for work": the jobless); None when no such count precedes it."""
    if figure.kind != "count" or figure.unit is not None or not BARE_VERB.match(text, figure.end) \
            or not BARE_LEAD.fullmatch(text, figure.window[0], figure.start):
        return None
    paragraph = text.rfind("\n\n", 0, figure.start)
    earlier = [other for other in figures if paragraph < other.start < figure.start]
    for other in reversed(earlier):
        if other.kind == "count" and other.unit is None and other.entity and other.entity_strength == STRONG:
            return other.entity
    return None


# the verb a sum is the object of, past a particle ("paid out") and the words that qualify the sum
# ("contribute a further $29 million")
TRANSFER_BEFORE = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?:(?:out|back|aside)\s+)?(?:(?:a|an|another|further|additional|extra|total\s+of|sum\s+of|"
    r"some|over|about|"
    r"nearly|almost|around|more\s+than|up\s+to)\s+){0,3}$")
# the passive participle a sum is the subject of ("GH¢23m has so far been paid to the contractors")
TRANSFER_AFTER = re.compile(
    r"\s+(?:(?:has|have|had|was|were|is|are|be|been|being|will|would|so|far|already|also|now|just|still)\s+){0,4}"
    r"(?P<verb>[a-z]+(?:ed|id|nt))\b")


def _transfer_noun(text: str, figure: Figure, *, trade_only: bool = False) -> str | None:
    """The noun of the verb that gives, spends or earns the sum ("allocated" -> allocation), or that
    trades goods ("exported 351 tonnes" -> exports; ``trade_only`` for figures that are not money),
    when the figure is its object or passive subject."""
    nouns = trade_nouns() if trade_only else transfer_nouns()
    before = TRANSFER_BEFORE.search(text, max(figure.window[0], figure.start - 60), figure.start)
    if before is not None and (noun := nouns.get(before.group("verb"))):
        return noun
    after = TRANSFER_AFTER.match(text, figure.end, figure.window[1])
    return nouns.get(after.group("verb")) if after is not None else None


def _read_after(text: str, figure: Figure, entity: str) -> bool:
    """Whether ``entity`` was read after the figure (what the sum is for), not before it (who pays
    it) nor carried from another figure."""
    return entity in text[figure.end:figure.window[1]]


# ", recording an increase of 12%", ", rising 18 percent": a clause of a participle the figure sits in
PARTICIPLE_CLAUSE = re.compile(
    r",\s+(?P<verb>[a-z]{3,}ing)\s+(?:(?:by|to|about|around|nearly|almost|over|some)\s+)?"
    r"(?:(?:an?|the)\s+(?:[a-z-]+\s+){0,2}?(?:(?P<change>[a-z]+)\s+of\s+)?)?$")
NOT_PARTICIPLE = frozenset({"including", "excluding", "according", "following", "during", "concerning",
                            "regarding", "compared", "bring", "nothing", "something", "everything"})
LEADING_MARKS = re.compile(r"[^A-Za-z]*")


def _participle_subject(rules: Rules, text: str, figures: list[Figure], figure: Figure, clause: int) -> str | None:
    """What a participle clause's figure measures is what its main clause measured: the entity of
    the sentence's first figure before the clause, else the main clause's subject ("Exports led
    the gains, rising 18 percent")."""
    for other in figures:
        if other.start >= clause:
            break
        if other.window[0] == figure.window[0] and other.entity:
            return other.entity
    main = text[figure.window[0]:clause]
    main = CLAUSE_OPENER.sub("", main[LEADING_MARKS.match(main).end():])
    entity = _noun_phrase(rules, main, allow_leading_number=False)
    if entity is None or DIGIT.search(entity) or _proper_name(entity.split()):
        return None
    return _plausible(text, figure, entity)


# "Port trade was the largest share of total trade at $189 million", "Spending is another record
# outlay, up $2.1 billion": the figure is the level or change of the subject, not of the predicate noun
COPULA_PREDICATE = re.compile(
    r"(?P<subject>[^,;:]+?)\s+(?:is|was|are|were)\s+(?P<predicate>(?:the|a|an|another)\s+[^,;:]*?)"
    r"(?:,\s*(?:up|down)\s+(?:by\s+)?|\s+at\s+)$")
COPULA_ENDING = re.compile(r"(?:,\s*(?:up|down)\s+(?:by\s+)?|\s+at\s+)$")
REPORTED = re.compile(r"(?i)^.*?\b(?:said|says|announced|noted|added)\s+(?:that\s+)?")


def _copula_subject(rules: Rules, text: str, figure: Figure, entity: str) -> str | None:
    """The subject of "X is/was the ... at N" or "X is another ..., up N" when the word rules read
    the entity off the predicate noun."""
    # The pattern's lazy subject makes a search over the whole sentence quadratic: test its ending
    # first (rarely there), and start where a match can start, past the last ",;:" before that ending
    # (neither the subject nor the predicate holds one), which leaves the leftmost match the same.
    ending = COPULA_ENDING.search(text, figure.window[0], figure.start)
    if ending is None:
        return None
    start = max(text.rfind(",", 0, ending.start()), text.rfind(";", 0, ending.start()),
                text.rfind(":", 0, ending.start())) + 1
    found = COPULA_PREDICATE.search(text, max(figure.window[0], start), figure.start)
    if found is None or entity not in found.group("predicate"):
        return None
    subject = found.group("subject")
    subject = CLAUSE_OPENER.sub("", REPORTED.sub("", subject[LEADING_MARKS.match(subject).end():]))
    found_subject = _noun_phrase(rules, subject, allow_leading_number=False)
    if found_subject is None or DIGIT.search(found_subject) or _proper_name(found_subject.split()):
        return None
    return _plausible(text, figure, found_subject)


def _where(rules: Rules, entity: str) -> bool:
    direction = rules.lexicon["direction"]
    return any(word.lower() in direction for word in entity.split())


def _measure_name(pint_expression: str, entity: str | None) -> str | None:
    """The property a measure names on its own ("speed" for 12 mph); a length only where the
    sentence gave a direction for it ("80 miles east of the port" is a distance)."""
    try:
        name = measure_names().get(si_factor(pint_expression)[1])
    except (PintError, ValueError):
        return None
    return None if name == "distance" and entity is None else name


def _reading_window(doc: Doc, figure: Figure) -> Figure:
    """The figure with a window that holds all of it: a sentence splitter ends a sentence at "Rs."
    or "Shs." before "43,400 million", which left the words before the figure out of reach."""
    if figure.start >= figure.window[0] or not len(doc):
        return figure
    span = doc.char_span(figure.start, figure.start + 1, alignment_mode="expand")
    if span is None:
        return figure
    return replace(figure, window=(span[0].sent.start_char, figure.window[1]))


ELIDED = re.compile(r"\s+(?:in|at|across|on|under)\s+(?:the|its|their)\b")


def _list_head(figures: list[Figure], figure: Figure) -> str | None:
    """The noun the sentence's first plain count named, for a bare count read as one more item."""
    for other in figures:
        if other is figure or other.start > figure.start:
            return None
        if other.window == figure.window and other.kind == "count" and other.unit is None:
            return other.entity if other.entity_strength == STRONG else None
    return None


BENCHMARK_OF = re.compile(r"(?i)([a-z]+)\s+of\s+$")


def _benchmark(rules: Rules, text: str, figure: Figure, entity: str) -> bool:
    """Whether the entity is a mark named next to the figure ("the 40,000 mark", "its previous
    maximum of 512 gigabytes"), not a subject that is a level ("the water level rose to 5 m")."""
    head = entity.split()[-1].lower()
    if head not in rules.lexicon["benchmark"]:
        return False
    after = WORD_AFTER.match(text, figure.end)
    before = BENCHMARK_OF.search(text, max(figure.window[0], figure.start - 30), figure.start)
    return (after is not None and after.group(1) == head) or (before is not None and before.group(1).lower() == head)


def _first_in_sentence(figures: list[Figure], figure: Figure) -> str | None:
    """What the sentence's first figure of the same kind counts: "attendance was 40,267, the first
    time it passed the 40,000 mark" (a mark or record is no thing; the earlier figure names it)."""
    for other in figures:
        if other is figure or other.start > figure.start:
            return None
        if other.window == figure.window and other.kind == figure.kind and other.entity:
            return other.entity
    return None


MARKET_UNITS = frozenset({"point", "percent"})
NOUN_AFTER = re.compile(r"\s+(?:of\s+)?(?:the\s+)?[a-z]{3,}")


def _market_move(figure: Figure) -> bool:
    """A figure that can measure a market: index points, a percent, a price per unit or a price move."""
    return figure.unit in MARKET_UNITS or (figure.kind == "money" and bool(figure.per or figure.change))


def _market_measured(text: str, figure: Figure) -> str | None:
    """"The Dow lost 292 points, or 1.6%, to 17,718": the index named before an index move or level
    in its sentence, unless a noun after the figure says what it measures ("3% of its value")."""
    found = market_before(text, figure.start, figure.window)
    if found is None or (NOUN_AFTER.match(text, figure.end) and not POINT_WORDS.match(text, figure.end)):
        return None
    return " ".join(found.group().split())


POINT_WORDS = re.compile(r"(?i)\s+(?:points?|per\s?cent|percent|pc|higher|lower|up|down|at|to|from|on|in|after|as|"
                         r"while|last|this|since|over|for)\b")


def _plausible(text: str, figure: Figure, entity: str) -> str | None:
    """What a figure counts is a common noun phrase, so a clause is cut at its verb ("factories
    totaling" -> "factories") and a name ("the County", "Arsenal"; a title-case headline, a plural
    ("12 States") and the capital of a sentence's first word aside) or a time ("Q4", "GMT") gives
    None: None is better than a wrong word."""
    words = entity.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in PROGRAMME_HEADS:
        return entity  # a named programme or work: "the Tidal Defence Scheme"
    if len(words) > 2 and words[-1][:1].isupper() and words[-2][:1].isupper() and \
            any(word[:1].islower() for word in words[:-2]):
        return None  # a role and a name: "tennis star Jane Doe", "finance minister Ken Amoah"
    while len(words) > 1 and words[-1][:1].isupper() and words[-1][1:].islower() and words[-2][:1].islower():
        words.pop()  # "offshore cable linking Lithuania" -> "offshore cable linking"
    for index, word in enumerate(words[1:], start=1):
        previous = words[index - 1]
        verb = PARTICIPLE.search(word) or (GERUND.search(word) and previous.endswith("s"))
        if not verb or word.lower() in ING_NOUNS:
            continue
        if index == len(words) - 1:
            words = words[:index]  # "schools selected", "factories totaling"; not "unit cost ceiling"
        elif previous.endswith(("ly", "'s", "’s")):
            words = words[index:]  # an adjective: "internationally recognized safety line" -> "recognized ..."
        else:
            words = words[index + 1:]  # the verb's object: "so far sanctioned loans" -> "loans"
        break
    if len(words) == 1 and _lone_verb(text, figure, words[0]):
        return None  # "This netted $4 billion", ", dragging the index to 27.6": a verb, not a thing
    table = number_words()
    while words and (words[0].lower() in table or words[0].lower() in CURRENCY_WORDS):
        words = words[1:]  # "four grants" -> "grants"; "half", "four billion euro": an amount, no thing
    if not words or any(word.lower() in CURRENCY_WORDS for word in words):
        return None
    head = words[-1]
    if head.lower() in TIME_TOKENS or QUARTER.fullmatch(head):
        return None
    line = text[figure.window[0]:figure.window[1]]
    if head[:1].isupper() and head[1:].islower() and not head.endswith("s") and market_names().get(entity) is None \
            and not _title_case(line) and _named_inside(line, head):
        return None
    return " ".join(words)


def _lone_verb(text: str, figure: Figure, word: str) -> bool:
    """A participle ("netted", "set") or a verb in -ing ("dragging") on its own, unless the figure, a
    determiner or a preposition makes it a noun in the sentence ("41,900 unemployed", "the signing
    of", "100 billion yuan in relending")."""
    lower = word.lower()
    if not (VERB_FORM.fullmatch(lower) or lower in lexicon()["participle"]
            or (GERUND.search(lower) and lower not in ING_NOUNS)):
        return False
    if text[figure.end:figure.end + len(word) + 2].split()[:1] == [word]:
        return False
    line = text[figure.window[0]:figure.window[1]]
    if word not in line:
        return False  # carried from another sentence, read there
    return re.search(rf"(?i)\b(?:the|a|an|its|their|in|for|on|of|from|into|towards?|through)\s+{re.escape(word)}\b",
                     line) is None


def _named_inside(line: str, word: str) -> bool:
    """Whether ``word`` is written with its capital somewhere other than at the start of a sentence."""
    words = LINE_WORD.findall(line)
    return any(found == word and index and words[index - 1][-1:] not in ".!?" for index, found in enumerate(words))


def _title_case(line: str) -> bool:
    words = LINE_WORD.findall(line)
    return len(words) > 3 and sum(word[0].isupper() for word in words) > 0.6 * len(words)


PROGRAMME_HEADS = lexicon()["programme"]
CURRENCY_WORDS = frozenset({"euro", "euros", "dollar", "dollars", "pound", "pounds", "yuan", "rupees", "naira"})
TIME_TOKENS = frozenset({"gmt", "utc", "est", "edt", "bst", "cet", "ist", "am", "pm", "fy", "ytd"})
QUARTER = re.compile(r"[QH][1-4]")
PARTICIPLE = re.compile(r"[a-z]{3,}ed$")
GERUND = re.compile(r"[a-z]{3,}ing$")
ING_NOUNS = frozenset({"funding", "spending", "housing", "building", "buildings", "training", "earnings", "lending",
                       "financing", "borrowing", "savings", "holdings", "shipping", "clothing", "feeding",
                       "planting", "processing", "manufacturing", "farming", "fishing", "mining", "banking",
                       "schooling", "healthcare", "screening", "testing", "polling", "listing", "offering"})
LINE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _names_nothing(rules: Rules, entity: str, doc: Doc) -> bool:
    """A bare adjective ("nominal"), a place the places component found ("Zhengzhou") or one
    capitalized word the article writes with its capital inside a sentence ("Arsenal has completed
    ...", when "... the fee Arsenal paid" is there too) is never what a figure counts."""
    if " " not in entity and entity.lower() in rules.lexicon["adjective"]:
        return True
    if (unit := lookup(entity)) is not None and unit.kind in ("measure", "money", "percent"):
        return True  # a unit ("cubic meter", "tonnes") measures, it is not what is measured; "days" are counted
    if not entity[:1].isupper():
        return False
    if " " not in entity and entity[1:].islower() and not entity.endswith("s") and entity in _names(doc) \
            and market_names().get(entity) is None:
        return True
    return entity in _place_names(doc)


NAMES_KEY = "pressparse_quantities.capitalized_inside"
NAME_ALONE = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*\s+([A-Z][\w'’-]*)(?![\w'’-]|\s+[A-Z])")


def _names(doc: Doc) -> frozenset[str]:
    """The words ``doc`` writes capitalized after a lower-case word and before a word that is not
    (outside title-case lines) and never in lower case: names, read once per document."""
    cached = doc.user_data.get(NAMES_KEY)
    if cached is None:
        found: set[str] = set()
        lower: set[str] = set()
        for line in doc_text(doc).splitlines():
            words = LINE_WORD.findall(line)
            lower.update(word for word in words if word[:1].islower())
            if _title_case(line):
                continue
            # a name standing alone ("the fee Arsenal paid"); a word only ever written at the start of
            # a longer name ("at the Employment Service Centre") is a common noun that opens a name
            found.update(match.group(1) for match in NAME_ALONE.finditer(line))
        cached = frozenset(word for word in found if word.lower() not in lower)
        doc.user_data[NAMES_KEY] = cached
    return cached


def _speaker(rules: Rules, doc: Doc, text: str, figure: Figure, entity: str) -> bool:
    """A person the people component found ("Wang", of "Wang Lin") or the subject of a reporting verb
    before the figure ("Wang said", "the spokesman told"): who speaks, never what a figure counts;
    likewise the subject of a verb of paying ("the agency spent", "farmers received")."""
    words = entity.split()
    if all(word[:1].isupper() for word in words) and set(words) <= _people_words(doc):
        return True
    speech, payer = rules.lexicon["speech"], rules.lexicon["payer"]
    return any(word in speech or word in payer for word in _words_after(text[figure.window[0]:figure.start], entity))


WORD_AFTER = re.compile(r"\s+([a-z]+)\b")
# the verb after a subject, past auxiliaries: "families will be able to receive"
VERB_AFTER = re.compile(r"\s+(?:(?:will|would|can|could|may|must|shall|to|be|able|have|has|had|also|each|"
                        r"are|is|was|were|been|now|not|only|then|set|expected|due|likely|going)\s+){0,5}([a-z]+)\b")
WORD_CHAR = re.compile(r"[\w-]")


def _words_after(before: str, entity: str) -> Iterator[str]:
    """The lower-case word after each whole-word ``entity`` in ``before`` (past auxiliaries: "will be
    able to"), found without compiling a pattern per figure."""
    start = before.find(entity)
    while start != -1:
        match = None
        if not start or not WORD_CHAR.match(before[start - 1]):
            match = VERB_AFTER.match(before, start + len(entity))
        if match:
            yield match.group(1)
            start = before.find(entity, match.end())
        else:
            start = before.find(entity, start + 1)


PEOPLE_WORDS_KEY = "pressparse_quantities.people_words"


def _people_words(doc: Doc) -> frozenset[str]:
    """The words of the people's names found in ``doc`` (read once per document)."""
    cached = doc.user_data.get(PEOPLE_WORDS_KEY)
    if cached is None:
        cached = frozenset(word for span in doc.spans.get(PEOPLE, ()) for word in span.text.split())
        doc.user_data[PEOPLE_WORDS_KEY] = cached
    return cached


def _entity_from_parse(doc: Doc, figure: Figure) -> str | None:
    """The noun a count modifies in the parse, with its compounds ("32,688 poverty alleviation
    workshops"); the parse tells "nine concern transmission" (a verb) from a noun."""
    span = doc.char_span(figure.start, figure.end, alignment_mode="expand")
    if span is None:
        return None
    token = span[-1]
    while token.dep_ in ("quantmod", "compound", "nummod") and token.head.pos_ == "NUM" \
            and token.head != token:
        token = token.head
    head = token.head
    if token.dep_ != "nummod" or head.pos_ not in ("NOUN", "PROPN") or head.i <= token.i:
        return None
    if head.dep_ == "poss" and head.head.i > head.i:
        head = head.head  # "300,000 farmers' cooperatives"
    while head.dep_ == "compound" and head.head.i > head.i and head.head.pos_ in ("NOUN", "PROPN"):
        head = head.head  # the count hung on a compound: "30,000 poverty alleviation workshops"
    first = head.i
    while first - 1 > token.i and doc[first - 1].dep_ in ("compound", "amod", "nmod") and \
            doc[first - 1].head.i >= first - 1:
        first -= 1
    last = head.i
    joined = next((child for child in head.rights if child.dep_ == "conj" and child.pos_ == "NOUN"), None)
    if joined is not None and not head.text.endswith("s") and joined.text.endswith("s") \
            and joined.i - head.i <= 4 and not any(child.dep_ == "nummod" for child in joined.children):
        last = joined.i  # "2,623 poverty relief and road projects": one head after joined modifiers
    return doc[first:last + 1].text


def _entity_by_words(rules: Rules, text: str, figure: Figure, previous: Figure | None) -> tuple[str | None, int]:
    """Word rules, strongest first: the noun phrase after the figure ("437,000 jobs", "30% of
    pupils"); "grants of up to £150,000"; money "in/for" a purpose; "cutting energy use by 70%";
    the list head in "Of the 14 projects, nine ..."; then weak guesses: the previous figure's
    entity in the sentence ("460 tonnes, up 8 percent") and the clause subject ("output reached")."""
    window_start, window_end = figure.window
    after = PARENTHETICAL.sub("", text[figure.end:window_end], count=1)
    before = text[window_start:figure.start]
    kind = figure.kind
    ratio = kind == "percent" and rules.patterns.ratio_base.match(after)
    if not ratio and (of_np := OF_GAP.match(after)) and (
            entity := _noun_phrase(rules, after[of_np.end():]) or _change_noun(rules, after[of_np.end():])):
        return entity, STRONG
    # "a 5-billion-yuan fund", "a $1.92 million grant" (the determiner looked for near the end only)
    adjectival = kind == "money" and ("-" in text[figure.start:figure.end]
                                      or bool(DETERMINER_BEFORE.search(before, max(0, len(before) - 24)))
                                      or bool(DETERMINER_THE.search(before, max(0, len(before) - 8)))
                                      or bool(NOUN_AFTER_MONEY.match(after)))
    noun_follows = kind in ("count", "measure") or adjectival or (
        figure.unit == "fraction" and NOT_OF_WORD.match(after)
    ) or (figure.unit == "percent" and _percent_of_noun(text, figure, after) and not COMPARATIVE.match(after))
    if kind == "money" and (named := _named_programme(rules, WORD.findall(after[:160]), 0)):
        return named, STRONG  # "a five-year $13.3 billion Roads Implementation Program"
    if kind in ("count", "measure") and (named := NAMED_MODIFIER.match(after)) \
            and (entity := _noun_phrase(rules, after[named.end():], allow_leading_number=False)) \
            and not _verb_alone(rules, entity):
        return entity, STRONG  # "four Jobs for Youth (JFY) grants", "30 km Kitabi-Crete Nil road"
    if noun_follows and not DEICTIC_TIME.match(after) \
            and (entity := _noun_phrase(rules, after, allow_leading_number=False)) \
            and not _verb_alone(rules, entity):  # "37,800 tons valued at", "1,222 set in 1993"
        return entity, STRONG
    if kind != "count" and previous is not None and previous.window[0] == window_start \
            and (entity := _list_item(rules, before, same_kind=previous.kind == kind)):
        return entity, STRONG  # "cocoa was 20.8 percent, canned milk 20.5 percent and rice 18.2 percent"
    if kind == "measure" and before.endswith("(") and (entity := _route_before(rules, before[:-1])):
        return entity, STRONG  # "a road from Abbottabad to Mansehra via Shinkiari (41 km)": the road
    if PAREN_AFTER_NAME.search(before, max(0, len(before) - 40)) and (examples := SUCH_AS.search(before)) \
            and (entity := _noun_phrase_backwards(rules, before[:examples.start()])):
        return entity, GUESS  # "from other key markets, such as Chile (14%), Peru (9%)": the class listed
    if PAREN_AFTER_NAME.search(before, max(0, len(before) - 40)):
        # "The rest goes to the Ministry of Health (RM12 million), ...": a share of what the sentence
        # names first, or of the earlier figure it breaks down ("57% of cases: India (28%), ...")
        if previous is not None and previous.window[0] == figure.window[0] and previous.kind == kind \
                and previous.entity:
            return previous.entity, GUESS
        if entity := _noun_phrase(rules, CLAUSE_OPENER.sub("", before), allow_leading_number=False):
            return entity, GUESS
    last = last_word(before, len(before))
    if kind == "money" and previous is not None and previous.entity and previous.window[0] == figure.window[0] \
            and previous.kind != "money" and (VALUED_AT.search(text, previous.end, figure.start)
                                                or last == "worth") and previous.end >= figure.start - 30:
        return previous.entity, GUESS  # "37,800 tonnes valued at $21 million": what was valued
    if last == "worth" and (entity := _noun_phrase_backwards(rules, before[:before.lower().rindex("worth")])):
        return entity, STRONG  # "four grants worth over $3.6 million"
    if ratio and last != "of" and (entity := _noun_phrase_backwards(rules, before)):
        return entity, STRONG  # "keep deficits below 3% of GDP"
    if last == "of" and (changed := _change_located(rules, before, after)):
        return changed, STRONG  # "a rise of 9% in visitor numbers", "an increase of 4% was seen for rice"
    if last == "of" and (paced := PACE_OF.search(before, max(0, len(before) - 60))) \
            and (paced.group("at") or paced.group("change").lower() in rules.changes):
        # "was 2,034 GWh, a monthly decrease of 18.5%", "vessels rose by an annual rate of 53%": the
        # change or pace of what the sentence's earlier figure or the clause's subject measures
        if previous is not None and previous.window[0] == window_start and previous.entity:
            return previous.entity, GUESS
        if entity := _clause_subject(rules, before[:paced.start()]):
            return _plausible(text, figure, entity), GUESS
    if (
        last == "of"
        and (of_before := OF_BEFORE.search(before[-80:]))
        and (entity := _noun_phrase_backwards(rules, of_before.group(1)))
    ):
        return entity, STRONG
    if kind == "money":
        gap = TIME_EXPRESSION.match(after.lstrip()) or RATE.match(after.lstrip())
        rest = after.lstrip()[gap.end():] if gap else after
        if linked := PURPOSE_LINK.match(rest):
            target = rest[linked.end():]
            if not TIME_EXPRESSION.match(rest.lstrip()) and (entity := _noun_phrase(rules, target)) \
                    and _plausible(text, figure, entity):  # not "in Q3"
                return entity, STRONG
        # "$23.8 million has been allocated for personal emoluments", "$808,000 to replace the culvert"
        if (purpose := PURPOSE_AFTER.match(after)) and (entity := _noun_phrase(rules, after[purpose.end():])) \
                and _plausible(text, figure, entity):  # what a verb acts on is weaker: the body may say better
            return entity, STRONG if purpose.group("link") == "for" else WEAK
        if (named := AS_A.match(after)) and (entity := _noun_phrase(rules, after[named.end():])):
            return entity, STRONG
        if entity := _purpose_object(rules, text, figure, after):
            return entity, GUESS
    if last in ("by", "between") and (by_before := BY_BEFORE.search(before[-80:])):
        words = by_before.group(1).split()
        if words and words[-1].lower() not in rules.changes and (
                entity := _noun_phrase_backwards(rules, words)):
            return entity, STRONG
    if (head := OF_THE.match(before)) and (entity := _noun_phrase(rules, head.group("np"))):
        # "Of the total exports, fragrant rice accounted for 71 percent": the part the clause names is
        # what is counted, the whole only when the figure itself opens the clause ("Of the 14 projects, nine")
        part = _clause_subject(rules, before[head.end():]) if before[head.end():].strip() else None
        if part and not _verb_alone(rules, part) and _plausible(text, figure, part):
            return part, GUESS
        return entity, STRONG
    same_sentence = previous is not None and previous.window[0] == figure.window[0] and previous.entity
    if same_sentence and CONNECTOR.match(text, previous.end, figure.start):
        return previous.entity, GUESS
    if same_sentence and previous.kind == kind and COMPARED_WITH_THE.search(before, max(0, len(before) - 30)):
        return previous.entity, GUESS  # "rose 5.4 percent, down from the 5.6 percent rise in July"
    if same_sentence and THAT_OF.search(before) and previous.kind == kind:
        return previous.entity, GUESS
    if (container := CONTAINER_OF.search(_last_clause(before))) and (
            entity := _noun_phrase(rules, container.group("rest"))):
        return entity, GUESS
    since_previous = text[previous.end:figure.start] if same_sentence else before
    if same_sentence and (base := rules.patterns.ratio_base.match(since_previous)):
        since_previous = since_previous[base.end():]  # "3.6% of GDP from 3.7%": GDP is no subject
        if COMPARED_WITH.search(since_previous):
            return previous.entity, GUESS  # "1.7% of GDP in the euro zone from 1.5%"
    if entity := _subject_before(rules, since_previous):
        return entity, GUESS
    if same_sentence:
        return previous.entity, GUESS
    if figure.bound_before and (entity := _bounded_subject(rules, since_previous, figure.bound_before)):
        return entity, WEAK  # weak: the same figure elsewhere in the article may say better
    return _clause_subject(rules, before), WEAK


# "collect Rs 1,260 billion revenues", "approved $2 million funding": a plural noun or a noun of money
# in -ing straight after a sum (not a verb: "Sh150 contributing to"), no preposition, time or adverb between
NOUN_AFTER_MONEY = re.compile(
    r"\s+(?!(?:towards|afterwards|besides|always|perhaps|unless|whereas|thus|plus|minus|this|these|those|its|his|"
    r"has|was|is|as|us|during|including|according|following|the|a|an|each|every|per)\b)"
    r"(?:[a-z]+\s+){0,2}(?:[a-z]{3,}(?<![uis])s|funding|spending|financing|lending|borrowing)\b"
    r"(?!\s+(?:of|ago|earlier|later|a|an|the|its|their)\b)")  # "$7 billion reflects a": a verb


# an item of a list of figures whose verb is written once ("Cocoa was 20.8 percent, canned milk 20.5
# percent and rice 18.2 percent more expensive", "with goods 2.7 percent and services 6.6 percent"):
# the lower-case noun phrase between a list link and the figure
LIST_ITEM = re.compile(r"(?:,|;|\band|\b(?P<absolute>with|while|whereas))\s+"
                       r"(?P<np>(?:(?!(?:and|with|while|whereas)\b)[a-z][\w'’-]*\s+){1,4})$")
# "6.6 percent more expensive", "10.2 percent cheaper than": a comparison, no noun after the figure
COMPARATIVE = re.compile(r"\s+(?:(?:more|less)\s+[a-z]+|[a-z]{3,}(?:er|ier))(?=\s*(?:than|on|,|\.|;|$))")


def _list_item(rules: Rules, before: str, *, same_kind: bool) -> str | None:
    """The noun phrase that names one item of a gapped list of figures (see ``LIST_ITEM``): after
    a comma or "and" only when the figure before it is of the same kind (a list is of one kind);
    after "with", "while" or "whereas" (an absolute clause: "with total investment exceeding
    $4 billion") always."""
    found = LIST_ITEM.search(before, max(0, len(before) - 60))
    if found is None or not (same_kind or found.group("absolute")):
        return None
    words = found.group("np").split()
    table = number_words()
    verbs = _verb_words()
    if any(word in rules.stops or word in table or word in verbs for word in words) \
            or _participle(rules, words[-1]):  # "canned milk 20.5 percent"; not "prices rose 5 percent"
        return None
    return " ".join(words)


@cache
def _verb_words() -> frozenset[str]:
    """Verbs the lexicon and the transfer table know: no noun phrase of a list item holds one."""
    words = lexicon()
    return frozenset(words["speech"] | words["payer"] | words["purpose"] | words["hold"] | set(transfer_nouns()))


# a name of two or more capitalized words (with "and", "for", "of", an acronym, hyphens or slashes
# inside) between a figure and the lower-case noun it counts
NAMED_MODIFIER = re.compile(
    r"\s+[A-Z][\w'’]*(?:[-/][A-Z][\w'’]*)*(?:\s+(?:(?:and|for|of|the)\s+)?(?:[A-Z][\w'’]*(?:[-/][A-Z][\w'’]*)*"
    r"|\([A-Z][A-Za-z0-9.&-]{0,10}\)))+(?=\s+[a-z]{3,})")
DEICTIC_TIME = re.compile(r"\s+(?:this|last|next|that)\s+[a-z]+\b")  # "310,400 hectares this season"
SUCH_AS = re.compile(r",?\s+(?:such\s+as|including|notably|like)\s+[A-Z][^.;:]*$")
CHANGE_OF = re.compile(r"\b(?P<change>[a-z]+)\s+of\s*$")
# what a change "of N" happened in: "of 9% in visitor numbers", "of 4% was recorded for rice"
LOCATED_AFTER = re.compile(
    r"\s*(?:(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ed|seen)\s+)?(?:in|for|among)\s+"
    r"(?:(?:the|its|their)\s+)?")


# a change or pace named by a determiner, at most one adjective ("annual", "sharp", "marginal") and its
# noun before "of N": no noun that says what changed ("a price increase of 5%" names the price)
PACE_OF = re.compile(
    r"(?i)(?:(?P<at>\b(?:at|by)\s+)(?:an?|the)\s+(?:[a-z]+(?:ly|al|ed)\s+)?(?:growth\s+)?(?:rate|pace)"
    r"|\b(?:an?|the)\s+(?:[a-z]+(?:ly|al|ive|ant|ent|ous|ic|ed)\s+)?(?P<change>[a-z]+))\s+of\s*$")


def _change_located(rules: Rules, before: str, after: str) -> str | None:
    """The noun phrase after "a rise of N%" that says where the change happened ("in exports",
    "was recorded for visitors"); None when the change word names no change or nothing follows."""
    change = CHANGE_OF.search(before[-40:])
    if change is None or change.group("change").lower() not in rules.changes:
        return None
    located = LOCATED_AFTER.match(after)
    if located is None or TIME_EXPRESSION.match(after.lstrip()):
        return None
    return _noun_phrase(rules, after[located.end():], allow_leading_number=False)


CHANGE_NOUN = re.compile(r"(?:(?:the|this|that|its|their)\s+)?(?P<noun>[a-z]+)\s+(?:will|would|was|is|has|in|of)\b")


def _change_noun(rules: Rules, text: str) -> str | None:
    """"75% of this growth will": a change word that is the noun after "of", the thing divided."""
    found = CHANGE_NOUN.match(text)
    return found.group("noun") if found and found.group("noun") in rules.changes else None


def _verb_alone(rules: Rules, entity: str) -> bool:
    """A lone participle after a figure ("valued", "set", "2,034 GWh attaining") is a verb, not
    what it counts."""
    return " " not in entity and (_participle(rules, entity)
                                  or (bool(GERUND.search(entity)) and entity.lower() not in ING_NOUNS))


def _participle(rules: Rules, word: str) -> bool:
    return bool(VERB_FORM.fullmatch(word)) or word in rules.lexicon["participle"]


PERCENT_NOUN = re.compile(r"\s+[a-z]{3,}\b(?!\s+than\b)(?![\s-]+(?:on|over)[\s-]+year)")


def _percent_of_noun(text: str, figure: Figure, after: str) -> bool:
    """"a 25 percent stake", "report 100 per cent capacity": a percent written before a common noun
    modifies it; not before a time ("5 percent next year") or a name ("3 percent Tuesday")."""
    return bool(PERCENT_NOUN.match(after)) and not TIME_EXPRESSION.match(after.lstrip())


ROUTE_LINKS = frozenset({"from", "to", "via", "through", "and"})


def _route_before(rules: Rules, before: str) -> str | None:
    """The noun before a chain of named places ("road from A to B via C"), for a length in
    brackets after the chain; None unless a "from" or "via" was crossed."""
    tokens = WORD.findall(before[-160:].rstrip())
    index, crossed = len(tokens), False
    while index > 0:
        token = tokens[index - 1]
        lower = token.lower()
        if lower in ROUTE_LINKS:
            crossed = crossed or lower in ("from", "via")
        elif not (token[0].isupper() or token[0].isdigit() or token in "/-" or lower in ("no", "no.")):
            break
        index -= 1
    last = tokens[index - 1].lower() if index else ""
    if not crossed or not last or last in rules.stops or last in rules.lexicon["spatial"] or _participle(rules, last):
        return None  # "extends from A to B (84 km)": a verb, not a thing
    return _noun_phrase_backwards(rules, tokens[:index])


def _purpose_object(rules: Rules, text: str, figure: Figure, after: str) -> str | None:
    """"$2 million will go to the town to replace the bridge", "$11 million for the service to procure
    scanners": the object of an infinitive of purpose in the figure's clause, past a recipient."""
    clause = after[:120]
    if (cut := CLAUSE_BREAK.search(clause)) is not None:
        clause = clause[:cut.start()]
    for found in TO_VERB.finditer(clause):
        verb = found.group("verb")
        if verb in rules.lexicon["purpose"] or (found.group("det") and verb not in rules.stops):
            entity = _noun_phrase(rules, clause[found.end():], allow_leading_number=False)
            return _plausible(text, figure, entity) if entity else None
    return None


def _noun_phrase(rules: Rules, text: str, *, allow_leading_number: bool = True) -> str | None:
    """The noun phrase at the start of ``text``: words up to a stop word, number or punctuation;
    "the proportion of X" gives X; "the village's 1,150 households" gives "households"."""
    words: list[str] = []
    tokens = WORD.findall(text[:160])
    index = 0
    while index < len(tokens) and tokens[index].lower() in rules.leading_skips:
        index += 1
    if allow_leading_number and index < len(tokens) and tokens[index][0].isdigit():
        index += 1
        if tokens[index:index + 1] == ["-"] and index + 2 < len(tokens) and tokens[index + 1][0].isalpha() \
                and tokens[index + 2][0].isalpha():
            index += 2  # "a 14-kilometre pipeline", "a 13-county region": the measure modifies the noun
    if index < len(tokens) and tokens[index][:1].isupper() and (named := _named_programme(rules, tokens, index)):
        return named
    while index < len(tokens) and len(words) < 5:
        token = tokens[index]
        lower = token.lower()
        if words and words[-1].endswith(("'s", "’s")) and token[0].isdigit():
            words = []
            index += 1
            continue
        if lower in ("and", "or") and words and (joined := _coordinated(rules, words, tokens, index)):
            words, index = joined
            break
        if not token[0].isalpha() or (lower in rules.stops and lower != "per") or (
                words and lower[-1:] != "s" and lower in rules.lexicon["speech"]):
            break  # "spokesman told reporters"; not "12 States", "field notes"
        if lower == "per" and not words:
            break
        words.append(token)
        index += 1
    while words and words[-1].lower() in rules.trailing_stops:
        words.pop()
    if words and words[-1].lower() in rules.lexicon["container"]:
        if index < len(tokens) and tokens[index].lower() == "of":
            return _noun_phrase(rules, " ".join(tokens[index + 1:]))
        if len(words) == 1 and words[0].lower() in rules.lexicon["filler"]:
            return None  # "of the total": no thing named
    if not words or words[0].lower() in NOT_ENTITY:
        return None
    return " ".join(words)


NAME_LINKS = frozenset({"and", "of", "for", "&", "in", "on"})


def _named_programme(rules: Rules, tokens: list[str], index: int) -> str | None:
    """A name of two or more capitalized words that ends in a programme's head noun ("Tidal
    Defence Scheme", "Hull and Holderness Flood Scheme", "Roads Implementation Program"), read
    from ``tokens[index]``: a thing money pays for, where other capitalized names (bodies,
    places, people) are none."""
    end, last = index, None
    while end < len(tokens) and end - index < 10:
        token = tokens[end]
        if token[:1].isupper() and token[0].isalpha():
            if token.lower() in rules.lexicon["programme"]:
                last = end
        elif not (token.lower() in NAME_LINKS and end > index):
            break
        end += 1
    return " ".join(tokens[index:last + 1]) if last is not None and last > index else None


def _coordinated(rules: Rules, words: list[str], tokens: list[str], index: int) -> tuple[list[str], int] | None:
    """"poverty relief and water projects": modifiers joined before one plural head noun read as one
    phrase (the first part, singular, names no thing counted)."""
    if words[-1].lower().endswith("s"):
        return None
    following: list[str] = []
    for token in tokens[index + 1:index + 4]:
        if not token[0].isalpha() or token.lower() in rules.stops:
            break
        following.append(token)
    if not following or not following[-1].lower().endswith("s") or following[-1][:1].isupper():
        return None
    return [*words, tokens[index], *following], index + 1 + len(following)


def _noun_phrase_backwards(rules: Rules, text: str | list[str]) -> str | None:
    """The noun phrase ending ``text`` ("a guaranteed price" -> "guaranteed price")."""
    tokens = WORD.findall(text[-120:]) if isinstance(text, str) else text
    words: list[str] = []
    for token in reversed(tokens):
        lower = token.lower()
        if not token[0].isalpha() or lower in rules.stops or len(words) == 4:
            break
        words.insert(0, token)
    while words and words[0].lower() in rules.leading_verbs:
        words.pop(0)
    if not words or (len(words) == 1 and words[0].lower() in rules.lexicon["filler"]):
        return None
    if words[0].lower() in NOT_ENTITY or _proper_name(words):
        return None
    return " ".join(words)


def _is_container(rules: Rules, words: list[str]) -> bool:
    """"number", "the total output": a word that names a measure of something else, not a thing."""
    return words[-1].lower() in rules.lexicon["container"] and (
        len(words) == 1 or words[0].lower() in CONTAINER_MODIFIERS)


def _has_number_word(rules: Rules, words: list[str]) -> bool:
    table = number_words()
    return any(w.lower() in table or w.lower() in rules.approx for w in words)


def _bounded_subject(rules: Rules, before: str, bound: str) -> str | None:
    """The noun phrase right before a bound that is a verb ("GDP topped 1.36 trillion yuan") or
    that a holding verb puts there ("keep total grain output above 650 million tonnes")."""
    tokens = WORD.findall(_mask_times(before[-200:]))
    phrase = _collect_backwards(rules, tokens, len(tokens))
    if phrase is None:
        return None
    words, index = phrase
    held = index > 0 and tokens[index - 1].lower() in rules.lexicon["hold"]
    if not (held or VERB_BOUND.fullmatch(bound)) or words[0].lower() in NOT_ENTITY or _proper_name(words):
        return None
    link = index - 1
    while link >= 1 and tokens[link].lower() in rules.lexicon["det"]:
        link -= 1
    if link >= 1 and tokens[link].lower() == "of" and (earlier := _collect_backwards(rules, tokens, link)) \
            and not _is_container(rules, earlier[0]) and not _has_number_word(rules, earlier[0]):
        words = earlier[0]  # "the survival rate of the seedlings exceeded 80 percent"
    return " ".join(words)


def _subject_before(rules: Rules, before: str) -> str | None:
    """The noun phrase a verb chain links to the figure: "the value of production has reached",
    "keep the county's cultivated land at"; an "X of Y" chain gives X unless X is a container."""
    tokens = WORD.findall(_mask_times(before[-200:]))
    index = len(tokens)
    linked = False
    while index > 0 and len(tokens) - index < 6:
        lower = tokens[index - 1].lower()
        if lower == "," or lower in rules.stops or lower in rules.lexicon["skip"] \
                or lower in rules.lexicon["predicate"]:
            linked = linked or lower not in (",", "and", "or", "but", "while")
            index -= 1
            continue
        break
    if not linked:
        return None
    phrase = _collect_backwards(rules, tokens, index)
    if phrase is None:
        return None
    words, index = phrase
    while index >= 2:
        link = index - 1
        det = rules.lexicon["det"]
        while link >= 1 and (tokens[link].lower() in det or YEAR_PART.fullmatch(tokens[link])
                             or (tokens[link] == "," and tokens[link - 1].lower() in det)):
            link -= 1  # "capacity for all these factories", "attendance for the [masked 2022-23] season"
        if tokens[link].lower() not in LINKS:
            break
        if tokens[link].lower() == "with" and not _participle(rules, tokens[link - 1]):
            break  # "area sown with grain crops" is one phrase; "gains with exports up 6%" is two
        earlier = _collect_backwards(rules, tokens, link)
        if earlier is None:
            break
        if _is_container(rules, earlier[0]) or _has_number_word(rules, earlier[0]):
            break
        words, index = earlier
    if words[0].lower() in NOT_ENTITY or _proper_name(words) or (
            len(words) == 1 and words[0].lower() in rules.lexicon["filler"]):
        return None
    return " ".join(words)


def _collect_backwards(rules: Rules, tokens: list[str], index: int) -> tuple[list[str], int] | None:
    """The noun phrase ending at ``tokens[index - 1]``; a trailing participle ("extended", "set") is a verb."""
    words: list[str] = []
    if index > 0 and _participle(rules, tokens[index - 1]):
        index -= 1
        while index > 0 and tokens[index - 1].lower() in rules.stops:
            index -= 1
    while index > 0 and len(words) < 4:
        token = tokens[index - 1]
        if not (token[0].isalpha() or ACRONYM_TOKEN.fullmatch(token)) or token.lower() in rules.stops \
                or token.lower() in rules.lexicon["skip"]:
            break
        words.insert(0, token)
        index -= 1
    return (words, index) if words else None


def _clause_subject(rules: Rules, before: str) -> str | None:
    """The subject of the clause the figure ends ("Its grain output is expected to exceed")."""
    breaks = list(CLAUSE_BREAK.finditer(before))
    candidates = [before[breaks[-1].end():]] if breaks else []
    candidates.append(before)
    for clause in candidates:
        clause = CLAUSE_OPENER.sub("", clause)
        entity = _noun_phrase(rules, clause, allow_leading_number=False)
        if entity and (words := entity.split()) and len(words) > 1 and words[-1][:1].islower() \
                and words[-1].endswith("s") and OBJECT_AFTER.match(clause, clause.find(entity) + len(entity)):
            entity = " ".join(words[:-1])  # "The town gets $32 million": the verb before its object
        if entity and not DIGIT.search(entity) and not _proper_name(entity.split()):
            return entity
    return None


# what starts a verb's object: a determiner, a currency sign, a figure (the clause ends at the figure)
OBJECT_AFTER = re.compile(
    r"\s*$|\s+(?:(?:a|an|the|its|their|his|her|our|this|these|those|some)\b|[^\w\s]|[A-Z]{0,3}\W?\d)")


PLACE_NAMES_KEY = "pressparse_quantities.place_names"


def _place_names(doc: Doc) -> frozenset[str]:
    """The surface forms of the places found in ``doc`` (read once per document)."""
    cached = doc.user_data.get(PLACE_NAMES_KEY)
    if cached is None:
        cached = frozenset(span.text for span in doc.spans.get(PLACES, ()))
        doc.user_data[PLACE_NAMES_KEY] = cached
    return cached


POSSESSIVE = re.compile(r"['’]s\b")
POSSESSIVE_END = re.compile(r"['’]s?$")


def _mask_times(text: str) -> str:
    """``text`` with time expressions ("in the first quarter", "year on year") turned into commas,
    with their possessive ending ("last year's record": no "s" left to read as a noun)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return text
    for pattern in (TIME_EXPRESSION_LOWER, YEAR_ON_YEAR):
        spans = [(m.start(), owner.end() if (owner := POSSESSIVE.match(lowered, m.end())) else m.end())
                 for m in pattern.finditer(lowered)]
        for start, end in reversed(spans):
            text = text[:start] + " ," + " " * (end - start - 2) + text[end:]
    return text


