"""The ``pressparse_agencies`` component: government, party, media and international bodies.

The stages, each a module of its own:

1. ``rules``: the word classes, matchers and regexes, built once from ``data/agencies.jsonl`` and
   ``data/agency_patterns.tsv``;
2. ``match``, one function per source of candidates (``candidate``):
   - the curated names, aliases and acronyms, and posts' complements ("Minister of X");
   - capitalized phrases built around a head word ("Zunyi Municipal Bureau of Statistics"),
     read by ``phrase`` into the bodies they name;
   - local bodies written in lower case after a place mention ("the Wusheng County emergency
     management bureau"), named in Title Case; office forms ("EPA Region 6", "City of Tulsa");
     a minister's long portfolio; "government of <place>"; a place and a word beside it
     ("Statistics Estonia", "Dubai Customs"); a coined one-word name ("Cystat"); a news
     outlet's acronym in a wire or photo credit ("TAIPEI (CNA) -"); an outlet, known or not, credited beside
     a journalist ("Photo: Ana Ruiz, Coast Times", "CBC's Ottawa correspondent");
   - in full mode, ORG entities that contain a head word;
3. ``country``: curated bodies narrowed to the countries of the article's places;
4. ``resolve``: one overlap policy (longest wins; curated data before patterns before the
   statistical NER at equal length), then every spelling of one body gets one
   ``AgencyInfo.key``: acronyms the text defines ("... Agency (CINEA)") and their later bare
   uses join the body, a post's complement names its ministry, and "the Ministry" joins the
   only ministry named before it (or is left out when that is ambiguous);
5. ``set_annotations`` writes ``doc.spans["pressparse_agencies"]`` with ``pp_agency``.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ... import extensions as ext
from .candidate import Mention, written
from .country import named_countries, named_country, place_countries, within_country
from .match import (
    match_coined,
    match_credits,
    match_data,
    match_entities,
    match_local_bodies,
    match_ministers,
    match_offices,
    match_outlets,
    match_patterns,
    match_place_governments,
    match_place_words,
)
from .resolve import resolve, select
from .rules import AgencyRules


class AgenciesComponent:
    """Finds agency mentions and writes them to ``doc.spans["pressparse_agencies"]``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.rules = AgencyRules(nlp)

    def __call__(self, doc: Doc) -> Doc:
        rules = self.rules
        text = ext.doc_text(doc)
        places = doc.spans.get(ext.PLACES, [])
        in_place = {i for span in places for i in range(span.start, span.end)}
        candidates, heads = match_data(rules, doc)
        candidates += match_patterns(rules, doc, text, heads, in_place)
        candidates += match_local_bodies(rules, doc, text, heads)
        candidates += match_offices(rules, doc, text)
        candidates += match_ministers(rules, doc, text)
        candidates += match_place_governments(doc, text)
        candidates += match_place_words(rules, doc, text)
        candidates += match_coined(rules, doc, text)
        candidates += match_credits(rules, doc, text)
        candidates += match_outlets(rules, doc, text)
        if self.use_ner and doc.has_annotation("ENT_IOB"):
            candidates += match_entities(rules, doc, in_place)
        placed = place_countries(doc) or named_countries(doc, candidates)
        candidates = within_country(rules, doc, text, candidates, placed)
        chosen = select(rules, doc, candidates)
        self.set_annotations(doc, resolve(rules, doc, text, chosen, heads), text, placed)
        return doc

    @staticmethod
    def set_annotations(doc: Doc, mentions: list[Mention], text: str, placed: tuple[str, ...] = ()) -> None:
        """Write the spans (``placed``: the countries of the article's places, most named first)."""
        home = placed[0] if placed else None
        stated: dict[str, bool] = {}
        spans = []
        for mention in sorted(mentions, key=lambda m: m.start):
            span = Span(doc, mention.start, mention.end, label="AGENCY")
            info = dict(mention.info)
            # an acronym only when the text writes it; a body the data does not hold is of the
            # country the article's places are in
            acronym = info.get("acronym")
            if acronym and stated.setdefault(acronym, written(text, acronym)) is False:
                info["acronym"] = None
            if "country" not in info:
                info["country"] = named_country(info.get("name") or "") or home
            ext.set_span_value(doc, "pp_agency", span, info)
            spans.append(span)
        doc.spans[ext.AGENCIES] = spans


@Language.factory(
    "pressparse_agencies",
    assigns=["doc.spans", "span._.pp_agency"],
    default_config={"use_ner": True},
)
def make_agencies(nlp: Language, name: str, use_ner: bool) -> AgenciesComponent:
    """``use_ner``: in full mode, also keep ORG entities built around a head word."""
    return AgenciesComponent(nlp, name, use_ner=use_ner)
