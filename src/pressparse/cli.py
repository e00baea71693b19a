"""The ``pressparse`` command: a thin argument layer over the library."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from contextlib import nullcontext
from pathlib import Path

from . import __version__

log = logging.getLogger("pressparse")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressparse", description=__doc__)
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser("extract", help="extract records from articles")
    extract.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    extract.add_argument("-o", "--output", help="output file (default: stdout)")
    extract.add_argument("--format", choices=("jsonl", "json"), default="jsonl")
    extract.add_argument("--mode", choices=("full", "fast"), help="default: full when a model is installed")

    schema = commands.add_parser("schema", help="print or write the record JSON Schema")
    schema.add_argument("-o", "--output", help="file to write (default: stdout)")

    evaluate = commands.add_parser("evaluate", help="score the pipeline against gold files")
    evaluate.add_argument("gold_dir", help="folder of <id>.txt with <id>.gold.json beside them")
    evaluate.add_argument("--mode", choices=("full", "fast"))
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list every error")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")
    return parser


def cmd_extract(args: argparse.Namespace) -> int:
    from .batch import BatchStats, read_inputs, run
    from .pipeline import Extractor
    from .writers import write

    extractor = Extractor(args.mode)
    stats = BatchStats()
    target = open(args.output, "w", encoding="utf-8") if args.output else nullcontext(sys.stdout)
    with target as out:
        write(run(extractor, read_inputs(args.paths), stats), out, args.format)
    if stats.failed:
        log.warning("%d of %d inputs failed; see the error entries", stats.failed, stats.ok + stats.failed)
    return stats.exit_code


def cmd_schema(args: argparse.Namespace) -> int:
    from .writers import schema_json

    if args.output:
        Path(args.output).write_text(schema_json(), encoding="utf-8")
    else:
        sys.stdout.write(schema_json())
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, format_report

    report = evaluate_dir(Path(args.gold_dir), mode=args.mode)
    print(format_report(report, verbose=args.verbose, as_json=args.json))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="pressparse: %(message)s", stream=sys.stderr)
    args = build_parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "schema": cmd_schema, "evaluate": cmd_evaluate}
    try:
        return handlers[args.command](args)
    except (OSError, ValueError, RuntimeError) as err:
        log.error("%s", err)
        return 2


if __name__ == "__main__":
    sys.exit(main())
