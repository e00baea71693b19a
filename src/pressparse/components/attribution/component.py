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
   of data/titles.tsv; a name set off in commas after the title is that person: "according to the
   energy minister, X"), "she added", "according to her" (the person the sentence before opens
   with, else the last speaker); every tag also beside a short form of a name the people component
   left unmarked, any word of the name ("..., Hsu said" of Hsu Yung-yi, "Said Kawale: “...”");
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

The stages, each a module of its own: ``mentions`` (the people and bodies read from the Doc, the
``Region`` each stage returns), ``segments`` (the sentences, cut at line breaks), ``cues`` (the
speech and title patterns the stages share), ``references`` (who "the minister" or a surname
stands for), then the evidence: ``quotes``, ``sentences``, ``labels`` (and headlines), ``bodies``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions as ext
from . import mentions
from .bodies import body_regions
from .labels import label_regions
from .mentions import Region
from .quotes import quote_regions, untagged_quote_regions
from .segments import segments
from .sentences import sentence_regions


class AttributionComponent:
    """Set ``pp_speaker`` on quantity spans from quotes, speech tags and speaker labels."""

    def __init__(self, nlp: Language, name: str, *, use_labels: bool = True) -> None:
        self.name = name
        self.use_labels = use_labels

    def __call__(self, doc: Doc) -> Doc:
        quantities = list(doc.spans.get(ext.QUANTITIES, []))
        people = mentions.people(doc) if quantities else []
        if not quantities:
            return doc
        text = ext.doc_text(doc)
        bodies = mentions.bodies(doc)
        # read once for both the people's and the bodies' sentence evidence
        sentences = segments(doc, text) if people or bodies else []
        if people:
            said = sentence_regions(sentences, text, people)
            quotes = quote_regions(text, people, sentences, said)
            layers = [quotes, said, untagged_quote_regions(text, quotes + said)]
            if self.use_labels:
                layers.append(label_regions(text, people))
            self.set_annotations(doc, quantities, layers)
        if bodies:
            self.set_body_annotations(doc, quantities, body_regions(sentences, text, bodies))
        return doc

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
        """Each figure's speaker is the first layer's (the strongest evidence) that covers it."""
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
