"""Shared fixtures: pipelines are built once per session (they are the slow part)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import pressparse
from pressparse.pipeline import statistical_model_name

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@cache
def rules_pipeline(*components: str) -> Language:
    """``spacy.blank("en")`` + sentencizer + the named pressparse components, built once per set:
    the fast way to test components on their own, in the order given."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    for name in components:
        nlp.add_pipe(name)
    return nlp


@pytest.fixture(scope="session")
def fast() -> pressparse.Extractor:
    return pressparse.load("fast")


@pytest.fixture(scope="session")
def full() -> pressparse.Extractor:
    if statistical_model_name() is None:
        pytest.skip("no English statistical model installed")
    return pressparse.load("full")


@pytest.fixture(scope="session", params=["fast", "full"])
def extractor(request: pytest.FixtureRequest) -> pressparse.Extractor:
    """Both modes, for tests every mode must pass."""
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="session")
def extractor_for(request: pytest.FixtureRequest):
    """``extractor_for("fast"|"full")``: the session extractor of that mode (skips full without a model)."""
    return lambda mode: request.getfixturevalue(mode)
