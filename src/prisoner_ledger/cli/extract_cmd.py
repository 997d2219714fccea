"""Verb ``extract``: run the NLP stages over stored (or newly ingested) documents; a thin layer
over ``prisoner_ledger.extract.extract_store``."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from ..extract import extract_store, pending_count
from ..ingest import ingest_paths
from .common import STATE, DbOption, info, open_store


def extract(
    paths: Annotated[list[str] | None, typer.Argument(help="Ingest these first (files, folders, globs, URLs).")] = None,
    db: DbOption = None,
    redo: Annotated[bool, typer.Option("--all", help="Extract every stored document again.")] = False,
    no_print: Annotated[bool, typer.Option("--no-print", help="Do not print the contract JSON lines.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Extract releases and bargaining events, print one JSON object per document (the contract)."""
    show = not (quiet or STATE.quiet)
    with open_store(db) as store:
        ids: list[int] | None = None
        if paths:
            report = ingest_paths(store, paths)
            for failure in report.failures:
                info(failure.reason)
            ids = report.doc_ids
        only_new = not redo and ids is None
        total = len(ids) if ids is not None else pending_count(store, only_new)
        stream = extract_store(store, only_new=only_new, ids=ids)
        failed = 0
        with typer.progressbar(length=total, label="extract", file=sys.stderr, hidden=not show) as bar:
            for doc, result in stream:
                bar.update(1)
                if doc.extras.get("failure"):
                    failed += 1
                    info(str(doc.extras["failure"]))
                if not no_print:
                    typer.echo(json.dumps(result, ensure_ascii=False))
        if failed:
            info(f"{failed} document(s) failed in a stage; see 'prisoner-ledger failures'")
            raise typer.Exit(3)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
