"""The ``pressparse_people`` component: named people, their titles, agencies and roles.

Names come from rules run as regexes over the text (one pass each) plus, in full mode, the
statistical NER's PERSON entities. The stages, each a module of its own:

1. ``patterns``: the name shapes and the title, credit and surname patterns, built once from the
   data files; ``scan`` finds where the patterns may start (opening words, line starts);
2. match, each rule family yielding ``Candidate`` names (``candidate``):
   - ``names``: Chinese names in pinyin (a known surname + one or two pinyin syllables, "Ou
     Qingping", see ``normalize.names``), names opened by a known given name, the NER's PERSON;
   - ``titles``: titled names ("Vice Minister Li Zhong", "Secretary of State for Education
     Jonathan Hartley", "the Union Minister of Agriculture, Shri Harish Chandra Patil") and
     appositions ("Li Zhong, Vice Minister of Human Resources and Social Security");
   - ``credits``: credits and speech ("Photo by reporter X of the Xinhua News Agency", "(Xinhua/Li
     Ming)", "Editor in charge: X", "said Tom Brandt"), signatures, contact lines, ages;
   places and agencies found before this component are never people (``names.is_plausible``);
3. ``resolve``: one candidate per text range, the agency each title names (``government``: a head
   of government's or an envoy's government), and later short
   mentions ("Mr. Liu", "Ou", "Shri Patil") resolved to the full name, which is every mention's
   ``key``;
4. ``set_annotations`` writes ``doc.spans["pressparse_people"]`` with ``pp_person``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ... import extensions as ext
from ..ranges import Ranges
from .candidate import Agency, Candidate
from .credits import credits, described, speakers
from .names import chinese, first_named, headline_backed, is_plausible, ner, vietnamese, without_opening_word
from .patterns import PeopleRules
from .resolve import resolve
from .scan import openings
from .titles import appositions, described_posts, titled


class PeopleComponent:
    """Find people and annotate them as ``doc.spans["pressparse_people"]`` with ``pp_person``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True, resolve_short_mentions: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.resolve_short_mentions = resolve_short_mentions
        self.rules = PeopleRules()

    def __call__(self, doc: Doc) -> Doc:
        text = ext.doc_text(doc)
        # The place and agency spans, read once: each Span object costs a few Token objects.
        agencies = [Agency(s.start_char, s.end_char, ext.span_value(doc, "pp_agency", s))
                    for s in doc.spans.get(ext.AGENCIES, [])]
        blocked = [(s.start_char, s.end_char) for s in doc.spans.get(ext.PLACES, [])]
        blocked += [(agency.start, agency.end) for agency in agencies]
        candidates = self.match(doc, text, blocked, frozenset(agency.end for agency in agencies))
        ranges = Ranges(blocked)
        candidates += [c for c in described_posts(self.rules, text, agencies) if not ranges.overlap(c.start, c.end)]
        people = resolve(self.rules, text, candidates, blocked, [a for a in agencies if a.info],
                         self.resolve_short_mentions)
        self.set_annotations(doc, people)
        return doc

    def match(
        self, doc: Doc, text: str, blocked: list[tuple[int, int]], body_ends: frozenset[int] = frozenset()
    ) -> list[Candidate]:
        """Every rule's candidates, in rule order, that may be a person outside ``blocked``
        (``body_ends``: where the agency spans end)."""
        rules = self.rules
        at = openings(rules, text)
        found = [
            *credits(rules, text, at),
            *titled(rules, text, at, body_ends),
            *appositions(rules, text, at),
            *chinese(rules, text),
            *vietnamese(rules, text),
            *speakers(rules, text, at),
            *described(rules, text, at),
            *first_named(rules, text),
            *(ner(rules, doc, text) if self.use_ner else ()),
        ]
        ranges = Ranges(blocked)
        return [c for c in (without_opening_word(rules, text, c) for c in found)
                if is_plausible(rules, c, ranges) and headline_backed(rules, text, c)]

    def set_annotations(self, doc: Doc, people: list[Candidate]) -> None:
        spans = []
        for p in sorted(people, key=lambda c: c.start):
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None:
                continue
            info: ext.PersonInfo = {
                "key": p.name,
                "name": p.name,
                "role": p.role or "other",
                "title": p.title,
                "agency_key": p.agency_key,
            }
            ext.set_span_value(doc, "pp_person", span, info)
            spans.append(span)
        doc.spans[ext.PEOPLE] = spans


@Language.factory(
    "pressparse_people",
    assigns=["doc.spans", "span._.pp_person"],
    default_config={"use_ner": True, "resolve_short_mentions": True},
)
def make_people(nlp: Language, name: str, use_ner: bool, resolve_short_mentions: bool) -> PeopleComponent:
    return PeopleComponent(nlp, name, use_ner=use_ner, resolve_short_mentions=resolve_short_mentions)
