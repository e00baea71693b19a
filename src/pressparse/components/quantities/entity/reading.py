"""What each figure counts or measures, tried in order in ``entities``: the dependency parse when
there is one (full mode, ``parse``), else rules on the words around the figure (``word_rules``, with
``forms``, ``phrases`` and ``subjects``); then what the figure's clause (``clauses``), its kind or
verb (``kinds``) and the figures around it (``neighbours``) say instead; ``plausibility`` and
``document`` turn a verb, a name, a place or a speaker into None: None rather than a wrong word.
``tokens`` holds the words and word classes every stage tests; ``parts_of_speech`` the classes of English
words (WordNet), by which ``shape`` keeps a phrase to a noun phrase with a noun for its head."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from ..figure import GUESS, STRONG, WEAK, Figure
from ..grammar import Rules
from .clauses import NOT_PARTICIPLE, PARTICIPLE_CLAUSE, copula_subject, participle_subject
from .document import is_speaker, names_nothing
from .kinds import is_market_move, market_measured, measure_name, names_direction, read_after, transfer_noun
from .neighbours import bare_subject_head, first_count_head, first_in_sentence, is_benchmark, last_sentence_subject
from .parse import entity_from_parse
from .plausibility import plausible
from .shape import noun_head
from .word_rules import OF_THE, entity_by_words

FOLLOWED_BY = re.compile(r"\bfollowed\s+by\s+[^,;:.]{1,60}?\s+(?:with|at)\s+$")
# "It increased to 18 per cent", "This netted over": a pronoun subject refers to what the last sentence
# with figures, in the text just read, was about
PRONOUN_SUBJECT = re.compile(r"\s*[\"“‘']?\s*(?:It|This)\s+(?:[a-z]+\s+){1,3}")

ELIDED = re.compile(r"\s+(?:in|at|across|on|under)\s+(?:the|its|their)\b")
POSSESSIVE_END = re.compile(r"['’]s?$")


def entities(rules: Rules, doc: Doc, text: str, figures: list[Figure]) -> None:
    """What each figure counts or measures (see the rules in ``entity_by_words``)."""
    parsed = bool(len(doc)) and bool(doc.to_array("DEP").any())
    previous: Figure | None = None
    for figure in figures:
        reading = _reading_window(doc, figure)
        entity, strength = None, WEAK
        list_head = OF_THE.match(text, reading.window[0], reading.start)
        if parsed and figure.kind == "count" and not list_head:
            entity = entity_from_parse(doc, figure)
            strength = STRONG if entity is not None else WEAK
        if entity is None and is_market_move(figure) and (market := market_measured(text, reading)):
            entity, strength = market, STRONG
        if entity is None and figure.kind == "count" and ELIDED.match(text, figure.end) \
                and (head := first_count_head(figures, figure)):
            entity, strength = head, GUESS  # "1,151 projects in the north, 781 in the middle belt"
        if entity is None:
            entity, strength = entity_by_words(rules, text, reading, previous)
        if entity is not None:
            entity = plausible(text, reading, entity)
        if (clause := PARTICIPLE_CLAUSE.search(text, reading.window[0], figure.start)) \
                and clause.group("verb") not in NOT_PARTICIPLE \
                and (clause.group("change") is None or clause.group("change").lower() in rules.changes) \
                and (entity is None or strength != STRONG or entity in clause.group()):
            entity, strength = participle_subject(rules, text, figures, reading, clause.start()), GUESS
        elif entity is not None and strength != STRONG and (subject := copula_subject(rules, text, reading, entity)):
            entity, strength = subject, GUESS
        if entity is not None and " " not in entity and POSSESSIVE_END.search(entity):
            # "while Portugal's declined 13.4 points": the owner of a thing the sentence named before
            same = previous is not None and previous.window[0] == reading.window[0]
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is not None and entity.split()[0].lower() == "same":  # "$10 million for the same purpose"
            same = previous is not None and previous.window[0] == reading.window[0]
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is not None and is_benchmark(rules, text, reading, entity):
            entity, strength = first_in_sentence(figures, figure), GUESS  # "the 40,000 mark"
        if entity is not None:
            # "below", "previous", "MFDP wishes": no noun heads it
            entity = noun_head(entity, text[reading.window[0]:reading.window[1]])
        if entity is None or names_nothing(rules, entity, doc) or is_speaker(rules, doc, text, reading, entity):
            entity, strength = None, WEAK
        if (noun := transfer_noun(text, reading, trade_only=figure.kind != "money")) \
                and (entity is None or (strength != STRONG and not read_after(text, reading, entity))):
            entity, strength = noun, GUESS  # "will contribute a further $29 million": a contribution
        if figure.kind == "measure" and figure.pint and (entity is None or names_direction(rules, entity)):
            entity, strength = measure_name(figure.pint, entity), WEAK  # "moving north at 12 mph": speed
        if FOLLOWED_BY.search(text, max(reading.window[0], figure.start - 90), figure.start):
            # "X topped the list with 602 tonnes, followed by Y and Z with 401 tonnes each": the ranking's
            # measure, never the names ranked
            same = previous is not None and previous.window[0] == reading.window[0] and previous.kind == figure.kind
            entity, strength = (previous.entity if same and previous else None), GUESS
        if entity is None and (head := bare_subject_head(text, reading, figures)):
            entity, strength = head, GUESS  # "(iv) 35,000 (84%) had been looking for work"
        if entity is None and PRONOUN_SUBJECT.fullmatch(text, reading.window[0], figure.start) \
                and (antecedent := last_sentence_subject(figures, figure)):
            entity, strength = antecedent, GUESS  # "... 6.3 million tonnes of farm goods. This netted $4 billion"
        figure.entity, figure.entity_strength = entity, strength
        previous = figure


def _reading_window(doc: Doc, figure: Figure) -> Figure:
    """The figure with a window that holds all of it: a sentence splitter ends a sentence at "Rs."
    or "Shs." before "43,400 million", which left the words before the figure out of reach."""
    if figure.start >= figure.window[0] or not len(doc):
        return figure
    span = doc.char_span(figure.start, figure.start + 1, alignment_mode="expand")
    if span is None:
        return figure
    return replace(figure, window=(span[0].sent.start_char, figure.window[1]))
