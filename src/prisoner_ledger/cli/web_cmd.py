"""Verbs ``serve`` (the web dashboard and JSON API) and ``report`` (the weekly report)."""

from __future__ import annotations

import os
import secrets
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from ..errors import LedgerError
from . import common

ENV_TOKEN = "PRISONER_LEDGER_TOKEN"


class ReportFormat(StrEnum):
    md = "md"
    html = "html"


def serve(db: str | None, host: str, port: int, token: str | None) -> None:
    """Run the dashboard with uvicorn until interrupted (library entry point of ``serve``)."""
    import uvicorn

    from ..store import default_db_path
    from ..web.app import WebOptions, create_app
    from ..web.security import is_loopback

    path = db or default_db_path()
    if not Path(path).exists():
        common.info(f"note: '{path}' does not exist yet; the dashboard starts empty (run ingest first).")
    if token is None and not is_loopback(host):
        token = secrets.token_urlsafe(24)
        common.info(f"Binding to {host}: writes need the header X-Ledger-Token: {token}")
    app = create_app(path, WebOptions(host=host, token=token))
    common.info(f"prisoner-ledger dashboard on http://{host}:{port}/ (database {path})")
    uvicorn.run(app, host=host, port=port, log_level="warning" if common.STATE.quiet else "info")


def register(app: typer.Typer) -> None:
    @app.command("serve")
    def serve_cmd(
        db: common.DbOption = None,
        host: Annotated[
            str,
            typer.Option(
                "--host",
                help="Address to bind. The default 127.0.0.1 is reachable from this machine only; "
                "0.0.0.0 exposes the dashboard on every network interface (then writes need the token).",
            ),
        ] = "127.0.0.1",
        port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
        token: Annotated[
            str | None,
            typer.Option(
                "--token",
                envvar=ENV_TOKEN,
                show_default=False,
                help=f"Token that review writes must send (header X-Ledger-Token). Default: ${ENV_TOKEN}; "
                "generated and printed when binding beyond localhost.",
            ),
        ] = None,
    ) -> None:
        """Serve the dashboard (timeline, ledger, releases, people, documents, search, review) and /api."""
        try:
            serve(db, host, port, token)
        except LedgerError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from err

    @app.command("report")
    def report_cmd(
        week: Annotated[str, typer.Option("--week", help="ISO week, e.g. 2025-W37.")],
        db: common.DbOption = None,
        fmt: Annotated[ReportFormat, typer.Option("--format", "-f", help="md or html.")] = ReportFormat.md,
        out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to FILE instead of stdout.")] = None,
    ) -> None:
        """Weekly report: per pair of actors the week's events, quotes and trend (better/worse/unchanged)."""
        from ..report import parse_week, weekly_report

        try:
            parse_week(week)  # a bad week fails before the database is opened
            with common.open_store(db) as store:
                text = weekly_report(store, week, fmt.value)
        except LedgerError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from err
        if out is None:
            typer.echo(text, nl=False)
        else:
            tmp = out.with_name(out.name + ".tmp")
            tmp.write_text(text, encoding="utf-8")
            os.replace(tmp, out)
            common.info(f"wrote {out}")
