"""The ``check``, ``index`` and ``conflicts`` commands; ``pressparse.cli`` only registers them."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from collections.abc import Iterator
from typing import Any

from ..models import CheckResult


def add_commands(commands: Any) -> dict[str, Any]:
    """Add the subcommands to ``commands`` (argparse subparsers); return name -> handler."""
    check = commands.add_parser(
        "check", help="check numeric claims against articles, records or a fact store",
        description="Check each claim against the sources: a verdict (supported, contradicted, "
        "not_found, no_figure), the reason a contradicted claim disagrees (value, scale, bound, "
        "unit, direction, time, entity) and the evidence figure.",
    )
    check.add_argument("claims", nargs="*", metavar="CLAIM", help="claims to check")
    check.add_argument("--claims", dest="claims_file", metavar="FILE",
                       help="claims file: one per line, or JSON Lines with id and claim")
    check.add_argument("--against", nargs="+", required=True, metavar="SOURCE",
                       help="article files or folders, records JSON Lines from extract, or a fact store")
    check.add_argument("--format", choices=("table", "json"), default="table",
                       help="a readable table (default) or one JSON object per claim per line")
    check.add_argument("--mode", choices=("full", "fast"), help="default: full when a model is installed")
    index = commands.add_parser(
        "index", help="build a fact store (SQLite) from records JSON Lines",
        description="Write one row per quantity of the records (written by extract) into an "
        "embedded SQLite fact store, with a full-text index over sentences and entities, for "
        "'check --against STORE' and 'conflicts STORE'. Re-indexing an article replaces it.",
    )
    index.add_argument("records", nargs="+", metavar="RECORDS.jsonl")
    index.add_argument("-d", "--db", required=True, metavar="STORE", help="the store to create or extend")
    conflicts = commands.add_parser(
        "conflicts", help="list figures about the same thing that disagree across articles",
        description="Groups of figures with the same entity, unit, time and place from different "
        "articles whose values disagree; one JSON object per group per line.",
    )
    conflicts.add_argument("db", metavar="STORE")
    return {"check": cmd_check, "index": cmd_index, "conflicts": cmd_conflicts}


def read_claims(path: str) -> Iterator[tuple[str | None, str]]:
    """(id, claim) pairs from a file of plain lines or of JSON Lines objects with id and claim."""
    with open(path, encoding="utf-8-sig") as handle:
        for n, line in enumerate(handle, 1):
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if text.startswith("{"):
                obj = json.loads(text)
                if not isinstance(obj, dict) or not isinstance(obj.get("claim"), str):
                    raise ValueError(f"{path}:{n}: a JSON line needs a string 'claim'")
                yield (str(obj["id"]) if obj.get("id") is not None else None), obj["claim"]
            else:
                yield None, text


def cmd_index(args: argparse.Namespace) -> int:
    import logging
    import time

    from .store import build

    started = time.perf_counter()
    stats = build(args.records, args.db)
    seconds = time.perf_counter() - started
    logging.getLogger("pressparse").info(
        "indexed %d quantities of %d articles into %s in %.1f s", stats.quantities, stats.articles,
        args.db, seconds)
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from .store import FactStore

    store = FactStore(args.db)
    try:
        for conflict in store.conflicts():
            sys.stdout.write(json.dumps(conflict, ensure_ascii=False) + "\n")
    finally:
        store.close()
    return 0


def format_row(result: CheckResult, width: int) -> str:
    """One table line: id, verdict, reason, evidence figure, then the claim cut to fit."""
    evidence = result.evidence[0].text if result.evidence else "-"
    head = f"{(result.id or '-'):<8.8} {result.verdict:<12} {(result.reason or '-'):<9} {evidence:<22.22} "
    room = max(width - len(head), 20)
    claim = result.claim if len(result.claim) <= room else result.claim[:room - 1] + "\u2026"
    return head + claim


def cmd_check(args: argparse.Namespace) -> int:
    from . import Checker

    claims: list[tuple[str | None, str]] = [(None, c) for c in args.claims]
    if args.claims_file:
        claims.extend(read_claims(args.claims_file))
    if not claims:
        raise ValueError("give claims as arguments or with --claims FILE")
    checker = Checker(args.mode)
    sources = checker.sources(args.against)
    width = shutil.get_terminal_size((120, 20)).columns
    if args.format == "table":
        print(f"{'id':<8} {'verdict':<12} {'reason':<9} {'evidence':<22} claim")
    for id, claim in claims:
        result = checker.check(claim, sources, id=id)
        if args.format == "json":
            sys.stdout.write(result.model_dump_json() + "\n")
        else:
            print(format_row(result, width))
            if result.explanation:
                print(f"{'':<8} {result.explanation}")
        sys.stdout.flush()
    return 0
