"""The ``pressparse`` command: a thin argument layer over the library."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from pathlib import Path

from . import __version__
from .batch import DEFAULT_TIMEOUT
from .serve import DEFAULT_TIMEOUT as SERVE_TIMEOUT

log = logging.getLogger("pressparse")
HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {}  # commands registered by other modules

DESCRIPTION = """\
Turn English government press releases and news about government into checked, structured
records: every figure with its normalized value, unit, time and speaker; officials with their
titles and agencies; agencies with their aliases; places with their parents. Records are written
as JSON Lines (one per input, errors as entries) and can be exported as CSV or Parquet tables.

  pressparse extract corpus/ -o records.jsonl      text, HTML and scraper JSON Lines
  pressparse export records.jsonl -o tables/       quantities, people, agencies, places tables
  pressparse evaluate corpus/                      precision and recall against gold files
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressparse", description=DESCRIPTION,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"pressparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    extract = commands.add_parser(
        "extract", help="extract records from articles",
        description="Extract records from .txt, .html/.htm and scraper .jsonl files, directories "
        "(recursive), globs or stdin (-). An input that cannot be processed becomes an error entry "
        "in the output and the batch goes on. Exit status: 0 all ok, 1 some inputs failed, "
        "2 bad usage, 3 nearly all (>= 90%) failed, 130 interrupted (rerun with --resume).",
    )
    extract.add_argument("paths", nargs="+", metavar="PATH",
                         help="files, directories or globs; - for stdin (a missing path is an error entry)")
    extract.add_argument("-o", "--output", help="output file (default: stdout)")
    extract.add_argument("--format", choices=("jsonl", "json", "csv"), default="jsonl",
                         help="jsonl: one record per line (default; needed by --resume); json: one array; "
                         "csv: the quantities table of `pressparse export` (error entries go to --errors only)")
    extract.add_argument("--mode", choices=("full", "fast"),
                         help="full: statistical model + rules (default when a model is installed); "
                         "fast: rules only, several times faster")
    extract.add_argument("--resume", action="store_true",
                         help="append to an existing JSON Lines output, skipping ids already in it")
    extract.add_argument("--force", action="store_true", help="overwrite an existing output")
    extract.add_argument("--errors", metavar="FILE", help="also write the error entries to FILE (JSON Lines)")
    extract.add_argument("--workers", type=_positive_int, default=1, metavar="N",
                         help="worker processes (default: 1, in this process)")
    extract.add_argument("--batch-size", type=_positive_int, default=16, metavar="N",
                         help="articles per nlp.pipe call / per task sent to a worker (default: 16)")
    extract.add_argument("--max-bytes", type=_size, default="5M", metavar="SIZE",
                         help="larger inputs (or JSON lines) become 'oversize' error entries "
                         "(default: 5M; suffixes K, M, G)")
    extract.add_argument("--timeout", type=_seconds, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                         help="an article whose extraction takes longer becomes a 'timeout' error entry "
                         f"(default: {DEFAULT_TIMEOUT:g}; 0 for none; not applied on a Dask cluster)")
    extract.add_argument("--stdin-format", choices=("text", "html", "jsonl"), default="text",
                         help="how to read stdin (-): one article as text (HTML is detected and read as "
                         "HTML), one HTML page, or scraper JSON Lines (default: text)")
    extract.add_argument("--scheduler", metavar="ADDRESS",
                         help="run on an existing Dask cluster (needs pressparse[dask])")
    extract.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")

    export = commands.add_parser(
        "export", help="write records as tables (CSV or Parquet) for pandas, R, Excel or DuckDB",
        description="Write the records of `pressparse extract` as four tables in DIR: quantities (one row "
        "per figure, with its article, value, unit, time, speaker's name, title and agency, sentence and "
        "span), people, agencies and places. Error entries have no rows.",
    )
    export.add_argument("records", nargs="+", metavar="RECORDS.jsonl", help="JSON Lines written by extract")
    export.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the tables")
    export.add_argument("--to", choices=("csv", "parquet"), default="csv",
                        help="csv (UTF-8, lists as JSON; default) or parquet (typed; needs pressparse[parquet])")

    schema = commands.add_parser("schema", help="print or write the record JSON Schema")
    schema.add_argument("-o", "--output", help="file to write (default: stdout)")
    schema.add_argument("--model", choices=("article-record", "check-result"), default="article-record",
                        help="which contract: article records (default) or check results")

    evaluate = commands.add_parser("evaluate", help="score the pipeline against gold files")
    evaluate.add_argument("gold_dir", help="folder of <id>.txt with <id>.gold.json beside them")
    evaluate.add_argument("--mode", choices=("full", "fast"),
                          help="pipeline to score: full (statistical model + rules; default when a model "
                          "is installed) or fast (rules only)")
    evaluate.add_argument("-v", "--verbose", action="store_true", help="list every error")
    evaluate.add_argument("--json", action="store_true", help="print the scores as JSON")

    from .check.cli import add_commands as add_check_commands

    HANDLERS.update(add_check_commands(commands))

    serve = commands.add_parser(
        "serve", help="serve a page and a JSON API over extraction and checking (needs pressparse[serve])",
        description="A page to paste an article and a claim into, and POST /api/extract and /api/check "
        "(OpenAPI at /docs). Binds to 127.0.0.1 unless told otherwise.",
    )
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to listen on (default: 127.0.0.1, this machine only)")
    serve.add_argument("--port", type=_port, default=8000, help="default: 8000")
    serve.add_argument("--mode", choices=("full", "fast"), help="default: full when a model is installed")
    serve.add_argument("--max-bytes", type=_size, default="5M", metavar="SIZE",
                       help="larger request bodies are refused with 413 (default: 5M)")
    serve.add_argument("--timeout", type=_seconds, default=SERVE_TIMEOUT, metavar="SECONDS",
                       help=f"a request taking longer is answered 504 (default: {SERVE_TIMEOUT:g}; 0 for none)")
    return parser


def _port(value: str) -> int:
    number = int(value)
    if not 0 < number < 65536:
        raise argparse.ArgumentTypeError(f"not a port number: {value}")
    return number


def _positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {value}")
    return number


def _seconds(value: str) -> float | None:
    """Seconds from "300" or "0.5"; 0 means no limit."""
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if seconds < 0:
        raise argparse.ArgumentTypeError(f"must not be negative, got {value}")
    return seconds or None


def _size(value: str) -> int:
    """Bytes from "5000000", "500K", "5M" or "1G"."""
    factors = {"K": 1_000, "M": 1_000_000, "G": 1_000_000_000}
    text = value.strip().upper().removesuffix("B")
    try:
        number = int(float(text[:-1]) * factors[text[-1]]) if text[-1:] in factors else int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a size: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be positive, got {value}")
    return number


def check_extract_args(args: argparse.Namespace) -> None:
    """Combinations argparse cannot express: ValueError, which ``main`` turns into exit status 2."""
    if args.resume and args.force:
        raise ValueError("--resume and --force exclude each other")
    if args.resume and not args.output:
        raise ValueError("--resume needs -o/--output")
    if args.resume and args.format != "jsonl":
        raise ValueError("--resume needs --format jsonl")
    if args.scheduler and args.workers > 1:
        raise ValueError("--workers and --scheduler exclude each other (the cluster has the workers)")


def cmd_extract(args: argparse.Namespace) -> int:
    import time
    from collections import Counter

    from .batch import BatchStats, count_words, progress, run, run_parallel, skip_completed, summary
    from .ingest import count_inputs, read_inputs
    from .pipeline import Extractor, default_mode, kept_loaded
    from .writers import check_writable, read_completed, write

    check_extract_args(args)
    started = time.perf_counter()
    stats = BatchStats()
    completed: Counter[str] = Counter()
    if args.output:
        check_writable(args.output, resume=args.resume, force=args.force)
        if args.resume and Path(args.output).exists():
            done = read_completed(args.output)
            stats.ok, stats.failed, completed = done.ok, done.failed, done.ids
            if done.truncated:
                log.warning("dropped a truncated last line from %s", args.output)
    mode = args.mode or default_mode()
    items = read_inputs(args.paths, max_bytes=args.max_bytes, stdin_format=args.stdin_format,
                        outputs=(args.output, args.errors))
    if completed:
        items = skip_completed(items, completed, stats)
    items = count_words(items, stats)
    if args.scheduler:
        from .dask import run_on_cluster

        results = run_on_cluster(args.scheduler, mode, items, stats, chunk_size=args.batch_size)
    elif args.workers > 1:
        results = run_parallel(mode, items, stats, workers=args.workers, chunk_size=args.batch_size,
                               timeout=args.timeout)
    else:
        extractor = Extractor(mode)
        started = time.perf_counter()  # the rate is the run's, not the model's loading (workers load in parallel)
        results = run(extractor, items, stats, chunk_size=args.batch_size, timeout=args.timeout)
    bar = not args.quiet and sys.stderr.isatty()
    total = count_inputs(args.paths, outputs=(args.output, args.errors)) if bar else None
    results = progress(results, enabled=bar, total=total and max(total - completed.total(), 0))
    open_mode = "a" if args.resume else "w"
    try:
        with ExitStack() as files:
            if not (args.scheduler or args.workers > 1):  # the pipeline is loaded in this process
                files.enter_context(kept_loaded())
            out = files.enter_context(open(args.output, open_mode, encoding="utf-8")) if args.output else sys.stdout
            errors_out = files.enter_context(open(args.errors, open_mode, encoding="utf-8")) if args.errors else None
            write(results, out, args.format, errors=errors_out)
    except KeyboardInterrupt:
        log.error("interrupted; every line written is whole: rerun with --resume to continue")
        return 130
    if not args.quiet:
        log.info("%s", summary(stats, time.perf_counter() - started, args.output or "stdout"))
        if stats.failed:
            log.warning("%d of %d inputs failed: see their error entries in %s", stats.failed,
                        stats.ok + stats.failed, args.errors or args.output or "the output")
    return stats.exit_code


def cmd_export(args: argparse.Namespace) -> int:
    from .export import export

    for table, (path, count) in export(args.records, args.output, args.to).items():
        log.info("%s: %s rows -> %s", table, f"{count:,}", path)
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from .writers import schema_json

    if args.output:
        Path(args.output).write_text(schema_json(args.model), encoding="utf-8")
    else:
        sys.stdout.write(schema_json(args.model))
    return 0


def cmd_evaluate(args: argparse.Namespace) -> int:
    from .evaluate import evaluate_dir, format_report

    if not Path(args.gold_dir).is_dir():
        raise ValueError(f"{args.gold_dir}: no such folder")

    report = evaluate_dir(Path(args.gold_dir), mode=args.mode)
    print(format_report(report, verbose=args.verbose, as_json=args.json))
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    try:
        from .serve import serve
        from .serve.app import create_app  # noqa: F401 - fails here, with advice, when the extra is missing
    except ImportError as err:
        raise RuntimeError(f"pressparse serve needs the serve extra: pip install 'pressparse[serve]' ({err})") from None
    from .pipeline import default_mode, statistical_model_name

    mode = args.mode or default_mode()
    if mode == "full" and statistical_model_name() is None:
        raise RuntimeError("--mode full needs an English statistical model; install one or use --mode fast")
    serve(args.host, args.port, mode, max_bytes=args.max_bytes, timeout=args.timeout)
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="pressparse: %(message)s", stream=sys.stderr)
    # trafilatura logs "discarding data: None" for a page without main text, which our entry says.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    args = build_parser().parse_args(argv)
    handlers = {"extract": cmd_extract, "export": cmd_export, "schema": cmd_schema, "evaluate": cmd_evaluate,
                "serve": cmd_serve, **HANDLERS}
    try:
        return handlers[args.command](args)
    except BrokenPipeError:
        # The reader went away (`pressparse extract ... | head`): stop quietly, as Unix tools do, and
        # point stdout at nothing so the interpreter's final flush cannot complain again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + signal.SIGPIPE
    except (OSError, ValueError, RuntimeError) as err:
        log.error("%s", err)
        return 2


if __name__ == "__main__":
    sys.exit(main())
