"""The command line every ``build_*.py`` script shares: rewrite the data files it generates, or with
``--check`` only say which checked-in files are stale (exit 1), as the tests and CI do."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path


def regenerate(doc: str, outputs: Callable[[], dict[Path, str]], argv: list[str] | None = None) -> int:
    """Run a build script: ``doc`` is its module docstring (the first line is the help),
    ``outputs`` gives each generated file's full text."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the files are current")
    args = parser.parse_args(argv)
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current != text:
            stale.append(path.name)
            if not args.check:
                path.write_text(text, encoding="utf-8")
    if args.check and stale:
        print("stale: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit("run one of the build_*.py scripts")
