"""Ledger verbs: build-ledger, releases, deals, people, tally, export, correct."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import LedgerError
from ..ledger import build_ledger
from ..ledger.export import export as export_tables
from ..store import ledger as q
from ..store import review
from .common import DbOption, FormatOption, OutputFormat, info, open_store, render


class ExportFormat(StrEnum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


class Action(StrEnum):
    accept = "accept"
    correct = "correct"
    reject = "reject"


class Target(StrEnum):
    auto = "auto"
    release = "release"
    event = "event"
    person = "person"


def _fail(err: LedgerError) -> typer.Exit:
    typer.echo(str(err), err=True)
    return typer.Exit(2)


def _variants(r: dict[str, Any]) -> str:
    return "; ".join(f"{v['count']} ({v['n_independent']})" for v in r["count_variants"])


def build_ledger_cmd(
    db: DbOption = None,
    full: Annotated[
        bool, typer.Option("--full", help="Fuse everything again instead of only new mentions.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Fuse release mentions into canonical releases, deals, people and tallies."""
    with open_store(db) as store:
        rep = build_ledger(store, full=full)
    info(
        f"{rep.releases} releases ({rep.new_releases} new, {len(rep.updated_releases)} updated) from "
        f"{rep.mentions} mentions ({rep.new_mentions} placed now); {rep.deals} deals, {rep.people} people"
    )
    if fmt is not OutputFormat.table:
        render([rep.to_dict()], fmt)


def releases_cmd(
    db: DbOption = None,
    state: Annotated[str | None, typer.Option("--state", help="Releasing state, e.g. BY.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Earliest date, YYYY[-MM[-DD]].")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Latest date, YYYY[-MM[-DD]].")] = None,
    mediator: Annotated[str | None, typer.Option("--mediator", help="Mediator code, e.g. US.")] = None,
    in_return: Annotated[str | None, typer.Option("--in-return", help="Text in 'in return'.")] = None,
    include_rejected: Annotated[
        bool, typer.Option("--include-rejected", help="Show rejected entries too.")
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List canonical releases (one per real-world release) with their sources."""
    f = q.ReleaseFilter(state, date_from, date_to, mediator, in_return, include_rejected)
    with open_store(db) as store:
        rows = q.list_releases(store, f)
    if fmt in (OutputFormat.json, OutputFormat.jsonl):
        render(rows, fmt)
        return
    render(
        [
            {
                "id": r["id"],
                "state": r["releasing_state"],
                "date": r["date"],
                "count": r["count"],
                "variants": _variants(r),
                "sources": r["n_sources"],
                "mediator": r["mediator"],
                "in_return": r["in_return"],
            }
            for r in rows
        ],
        fmt,
        ["id", "state", "date", "count", "variants", "sources", "mediator", "in_return"],
    )


def deals_cmd(db: DbOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List deals: what each releasing side got, who brokered it, with a citation line."""
    with open_store(db) as store:
        rows = q.list_deals(store)
    render(
        rows,
        fmt,
        ["release_id", "date", "count", "mediators", "counterparts", "citation"],
    )


def people_cmd(db: DbOption = None, fmt: FormatOption = OutputFormat.table) -> None:
    """List people named as freed, joined across spellings and documents."""
    with open_store(db) as store:
        rows = q.list_people(store)
    render(
        rows,
        fmt,
        ["id", "name", "spellings", "nationality", "release_date", "release_ids", "n_sources"],
    )


def tally_cmd(
    db: DbOption = None,
    held: Annotated[bool, typer.Option("--still-held", help="Show 'still held' figures instead.")] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Freed per state per month and cumulatively, each release counted once."""
    with open_store(db) as store:
        if held:
            render(
                q.still_held(store),
                fmt,
                ["state", "date", "count", "doc", "kind", "count_text"]
                if fmt in (OutputFormat.table, OutputFormat.csv)
                else None,
            )
        else:
            render(
                q.tally(store),
                fmt,
                ["state", "month", "freed", "cumulative", "releases"]
                if fmt in (OutputFormat.table, OutputFormat.csv)
                else None,
            )


def export_cmd(
    out: Annotated[Path, typer.Option("--out", help="Folder for the files.")],
    db: DbOption = None,
    fmt: Annotated[
        ExportFormat, typer.Option("--format", "-f", help="csv, jsonl or parquet.")
    ] = ExportFormat.csv,
    with_text: Annotated[bool, typer.Option("--with-text", help="Keep the documents' text.")] = False,
) -> None:
    """Write every ledger table (documents, mentions, events, releases, ...) as files."""
    with open_store(db) as store:
        try:
            paths = export_tables(store, fmt.value, out, with_text=with_text)
        except LedgerError as err:
            raise _fail(err) from err
    for p in paths:
        typer.echo(str(p))


def correct_cmd(
    target_id: Annotated[
        str, typer.Argument(help="Release id (BY-2025-09-11), person id (P-...) or event row id.")
    ],
    action: Annotated[Action, typer.Option("--action", help="accept, correct or reject.")],
    reason: Annotated[str, typer.Option("--reason", help="Why (kept with the correction).")],
    field: Annotated[str | None, typer.Option("--field", help="Field to correct, e.g. count.")] = None,
    value: Annotated[
        str | None, typer.Option("--value", help="New value (JSON for numbers and lists).")
    ] = None,
    target: Annotated[
        Target, typer.Option("--type", help="What the id names (auto: by its shape).")
    ] = Target.auto,
    db: DbOption = None,
) -> None:
    """Accept, correct or reject a release, person or event; survives every rebuild."""
    kind = target.value
    if kind == "auto":
        kind = "event" if target_id.isdigit() else ("person" if target_id.startswith("P-") else "release")
    with open_store(db) as store:
        try:
            cid = review.add_correction(store, kind, target_id, action.value, field, value, reason)
        except LedgerError as err:
            raise _fail(err) from err
    info(f"correction {cid} recorded for {kind} {target_id}")


def register(app: typer.Typer) -> None:
    app.command("build-ledger")(build_ledger_cmd)
    app.command("releases")(releases_cmd)
    app.command("deals")(deals_cmd)
    app.command("people")(people_cmd)
    app.command("tally")(tally_cmd)
    app.command("export")(export_cmd)
    app.command("correct")(correct_cmd)
