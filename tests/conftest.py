"""Shared fixtures: pipelines are built once per session (they are the slow part)."""

from __future__ import annotations

from pathlib import Path

import pytest

import pressparse
from pressparse.pipeline import statistical_model_name

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


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
