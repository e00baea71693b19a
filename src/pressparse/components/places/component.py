"""The ``pressparse_places`` component: countries, divisions, towns, villages and regions.

The stages, each a module of its own:

1. ``rules``: the gazetteers (``gazetteer``: ``gazetteer_cn.tsv``, ``places_world.tsv``), the type
   words of ``data/place_types.tsv`` and the stop-word classes, built once;
2. ``scan``: capitalized runs ("Boyang Village", "Gulf of Mexico") split into candidates by their
   plans (``runs``), with context cues read around each mention (``context``: "in Margate", a
   dateline, "Jalna district");
3. ``resolve``, per article: mentions with the same bare name become one place (``Banqiao City``
   and ``Banqiao Town``: the lower-level type wins); the text gives parents (``parents``: comma
   chains, "X in/of Y", "China's Y", a sentence opened by "In Iowa, ..."); ambiguous names pick
   the gazetteer entry under the text's parent, of the type word's type, else the higher division
   (``entries``); small places and unknown words stand only in a place context (``accept``); the
   gazetteer fills the parents the text leaves out, when the parent is mentioned;
4. ``set_annotations`` writes ``doc.spans["pressparse_places"]`` with ``pp_place``.

A place name inside an organisation name ("Shaanxi Automotive Technical School") is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ... import extensions as ext
from .mention import Place
from .resolve import resolve
from .rules import PlaceRules
from .scan import scan


class PlacesComponent:
    """Finds place mentions and writes them to ``doc.spans["pressparse_places"]``."""

    def __init__(self, nlp: Language, name: str, *, use_ner: bool = True) -> None:
        self.name = name
        self.use_ner = use_ner
        self.rules = PlaceRules()

    def __call__(self, doc: Doc) -> Doc:
        text = ext.doc_text(doc)
        mentions = scan(self.rules, text)
        places = resolve(self.rules, self._ent_labels(doc), text, mentions)
        self.set_annotations(doc, places)
        return doc

    def _ent_labels(self, doc: Doc) -> dict[int, str]:
        """The NER's label by start character (full mode), else nothing."""
        if not self.use_ner or not doc.has_annotation("ENT_IOB"):
            return {}
        return {ent.start_char: ent.label_ for ent in doc.ents}

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
            return self.rules.gazetteer.hierarchy(place.entry)
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
