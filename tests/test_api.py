"""The library interface: extract(), load(), Extractor.pipe() and the spaCy factories."""

from __future__ import annotations

from importlib.metadata import entry_points

import spacy

import pressparse
from pressparse.models import ArticleRecord
from pressparse.pipeline import COMPONENTS

TEXT = "Li Zhong, Vice Minister of Human Resources and Social Security, said 437,000 jobs were added."


def test_extract_returns_validated_record(fast) -> None:
    record = fast.extract(TEXT, published="2020-11-20", id="demo", source={"url": "https://example.org/a"})
    assert isinstance(record, ArticleRecord)
    assert record.id == "demo"
    assert record.published.isoformat() == "2020-11-20"
    assert record.source.url == "https://example.org/a"
    assert ArticleRecord.model_validate_json(record.model_dump_json()) == record


def test_id_defaults_to_stable_text_hash(fast) -> None:
    first, again = fast.extract(TEXT), fast.extract(TEXT)
    assert first.id == again.id and first.id.startswith("sha256:")
    assert fast.extract(TEXT + " More.").id != first.id


def test_pipe_streams_in_input_order(fast) -> None:
    texts = [f"Article {n}: {n * 1000 + 7} jobs were added." for n in range(1, 6)]
    records = list(fast.pipe(texts))
    assert [r.text_sha256 for r in records] == [fast.extract(t).text_sha256 for t in texts]


def test_load_exposes_the_spacy_pipeline(fast) -> None:
    assert isinstance(fast.nlp, spacy.language.Language)
    # fast mode's sentencizer is followed by the line-break rule; then the extraction components
    assert [n for n in fast.nlp.pipe_names if n.startswith("pressparse_")] == ["pressparse_line_breaks", *COMPONENTS]
    assert "ner" not in fast.nlp.pipe_names


def test_full_mode_adds_statistical_ner(full) -> None:
    assert "ner" in full.nlp.pipe_names and full.mode == "full"


def test_factories_are_declared_as_entry_points() -> None:
    declared = {ep.name for ep in entry_points(group="spacy_factories")}
    assert set(COMPONENTS) <= declared


def test_components_plug_into_any_pipeline() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in COMPONENTS:
        nlp.add_pipe(name)
    doc = nlp(TEXT)
    assert [s.text for s in doc.spans["pressparse_people"]] == ["Li Zhong"]
    assert doc.spans["pressparse_agencies"][0]._.pp_agency["name"] == "Ministry of Human Resources and Social Security"
    (figure,) = doc.spans["pressparse_quantities"]
    assert figure._.pp_quantity["value"] == 437_000
    assert figure._.pp_speaker == "Li Zhong"


def test_module_level_extract() -> None:
    record = pressparse.extract(TEXT, id="x")
    assert record.id == "x"


def test_kept_loaded_holds_the_pipeline_out_of_collections_for_the_command_only(fast) -> None:
    """The command line freezes what is loaded while it runs, and gives it back afterwards (a test or
    notebook calling it goes on collecting its own garbage)."""
    import gc

    from pressparse.pipeline import kept_loaded

    def collected(obj: object) -> bool:
        return any(o is obj for o in gc.get_objects())

    assert collected(fast.nlp)
    with kept_loaded():
        assert gc.get_freeze_count() > 0
        assert not collected(fast.nlp)
        assert fast.extract("Exports rose 5% to 1.2 billion yuan in 2023.").quantities
    assert gc.get_freeze_count() == 0
    assert collected(fast.nlp)
