"""Verbs ``ingest``, ``documents`` and ``failures``: a thin layer over ``prisoner_ledger.ingest``."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ..ingest import IngestOptions, count_inputs, ingest_paths
from ..store import documents as store_docs
from .common import STATE, DbOption, FormatOption, OutputFormat, info, open_store, render

# Exit code when some inputs failed (the others were ingested): distinct from 1 (error) and
# 2 (usage) so scripts can tell a partial batch apart.
EXIT_SOME_FAILED = 3

DOCUMENT_COLUMNS = ["id", "name", "title", "outlet", "pub_date", "date_method", "confidence", "language",
                    "duplicate_of"]
FAILURE_COLUMNS = ["id", "input", "stage", "code", "reason", "at"]


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, globs, '-' (stdin) or http(s) URLs.")],
    db: DbOption = None,
    fmt: FormatOption = OutputFormat.table,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip inputs larger than this (E105).")] = (
        IngestOptions.max_bytes),
    near_dup: Annotated[float, typer.Option("--near-dup", help="Jaccard threshold for near duplicates.")] = (
        IngestOptions.near_dup_threshold),
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Read, clean, date and store articles; duplicates are linked, bad inputs recorded (see 'failures')."""
    options = IngestOptions(max_bytes=max_bytes, near_dup_threshold=near_dup)
    show = not (quiet or STATE.quiet)
    with open_store(db) as store:
        if show:
            with typer.progressbar(length=count_inputs(paths), label="ingest", file=sys.stderr) as bar:
                report = ingest_paths(store, paths, options, on_input=lambda _: bar.update(1))
        else:
            report = ingest_paths(store, paths, options)
    for failure in report.failures:
        info(failure.reason)
    if fmt is OutputFormat.table:
        typer.echo(report.summary())
    else:
        render([report.to_dict()], fmt)
    if report.failed:
        raise typer.Exit(EXIT_SOME_FAILED)


def documents(db: DbOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List stored documents: date and its provenance, language, and what each duplicates."""
    with open_store(db) as store:
        render(store_docs.list_documents(store), fmt, DOCUMENT_COLUMNS)


def failures(db: DbOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List inputs that could not be ingested, with the numbered reason."""
    with open_store(db) as store:
        render(store_docs.list_failures(store), fmt, FAILURE_COLUMNS)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
    app.command("documents")(documents)
    app.command("failures")(failures)
