"""Options and output shared by every CLI verb (one renderer for table, JSON, JSONL and CSV)."""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any

import typer

from ..store import ENV_DB, Store, default_db_path


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


DbOption = Annotated[
    str | None,
    typer.Option("--db", help=f"SQLite file (default: ${ENV_DB} or ./ledger.db).", show_default=False),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output format: table, json, jsonl or csv.")
]


@dataclass
class AppState:
    """The shared context object (verbosity), like click's pass_decorator Environment."""

    verbose: int = 0
    quiet: bool = False


STATE = AppState()


def log(message: str, level: int = 1) -> None:
    """Diagnostics go to stderr so stdout stays machine-readable."""
    if not STATE.quiet and STATE.verbose >= level:
        typer.echo(message, err=True)


def info(message: str) -> None:
    if not STATE.quiet:
        typer.echo(message, err=True)


def open_store(db: str | None) -> Store:
    return Store.open(db or default_db_path())


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def render(rows: Sequence[dict[str, Any]] | Iterable[dict[str, Any]], fmt: OutputFormat,
           columns: Sequence[str] | None = None, out: Any = None) -> None:
    """Print rows in the chosen format; ``columns`` picks and orders the table/CSV columns."""
    out = out or sys.stdout
    rows = list(rows)
    if fmt is OutputFormat.json:
        out.write(json.dumps(rows, ensure_ascii=False, indent=2, default=str) + "\n")
        return
    if fmt is OutputFormat.jsonl:
        for r in rows:
            out.write(json.dumps(r, ensure_ascii=False, default=str) + "\n")
        return
    cols = list(columns) if columns else (list(rows[0].keys()) if rows else [])
    if fmt is OutputFormat.csv:
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(cols)
        for r in rows:
            w.writerow([_cell(r.get(c)) for c in cols])
        out.write(buf.getvalue())
        return
    if not rows:
        out.write("(none)\n")
        return
    cells = [[_cell(r.get(c)) for c in cols] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(cols)]
    out.write("  ".join(c.ljust(w) for c, w in zip(cols, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in cells:
        out.write("  ".join((v if len(v) <= w else v[: w - 1] + "…").ljust(w)
                            for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
