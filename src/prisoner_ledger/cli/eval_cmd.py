"""Verbs ``evaluate`` (extraction against gold) and ``evaluate-ledger`` (fusion, B-cubed)."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import LedgerError
from . import common


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


GoldOption = Annotated[
    Path, typer.Option("--gold", help="Gold JSONL file (schema of shared/gold/README.md).")
]
DocsOption = Annotated[Path, typer.Option("--docs", help="Folder holding the gold's text files.")]
EvalFormatOption = Annotated[EvalFormat, typer.Option("--format", "-f", help="table or json.")]


def _prf_row(name: str, prf: Any) -> dict[str, Any]:
    return {
        "figure": name,
        "P": f"{prf.precision:.3f}",
        "R": f"{prf.recall:.3f}",
        "F1": f"{prf.f1:.3f}",
        "hits": f"{prf.tp:g}",
        "pred": prf.n_pred,
        "gold": prf.n_gold,
    }


def _acc_row(name: str, acc: Any) -> dict[str, Any]:
    return {
        "figure": name,
        "P": "",
        "R": "",
        "F1": f"{acc.value:.3f}",
        "hits": acc.correct,
        "pred": "",
        "gold": acc.total,
    }


def print_report(report: Any, fmt: EvalFormat, misses: bool) -> None:
    """The report as tables (summary last) or as one JSON object."""
    if fmt is EvalFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(with_misses=misses), ensure_ascii=False, indent=2) + "\n")
        return
    out = common.OutputFormat.table
    cols = ["figure", "P", "R", "F1", "hits", "pred", "gold"]
    rows = [
        _prf_row("releases", report.releases),
        _prf_row("releases strict", report.strict),
        _prf_row("relevance", report.relevance),
        _acc_row("count (accuracy)", report.count),
        _acc_row("date (accuracy)", report.date),
        _acc_row("destination (accuracy)", report.destination),
        *(_prf_row(name, prf) for name, prf in report.sets.items()),
    ]
    common.render(rows, out, cols)
    typer.echo("")
    ev_rows = [
        _prf_row("events", report.events),
        _prf_row("events strict", report.events_strict),
        *(_prf_row(f"  {t}", prf) for t, prf in sorted(report.event_types.items())),
    ]
    common.render(ev_rows, out, cols)
    if misses:
        typer.echo("")
        for m in report.misses:  # one block per miss: the evidence sentence is printed whole
            typer.echo(f"{m.kind:<6} {m.doc}: {m.what}")
            if m.evidence:
                typer.echo(f"       {' '.join(m.evidence.split())}")
    typer.echo("")
    for line in report.summary_lines():
        typer.echo(line)


def register(app: typer.Typer) -> None:
    @app.command("evaluate")
    def evaluate_cmd(
        gold: GoldOption,
        docs: DocsOption,
        fmt: EvalFormatOption = EvalFormat.table,
        misses: Annotated[bool, typer.Option("--misses", help="List every false positive/negative.")] = False,
    ) -> None:
        """Run the extraction on the gold's texts and print P/R/F1 (releases, relevance, fields, events)."""
        from ..evaluate import evaluate_corpus

        try:
            report = evaluate_corpus(gold, docs)
        except LedgerError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from err
        print_report(report, fmt, misses)

    @app.command("evaluate-ledger")
    def evaluate_ledger_cmd(
        gold: GoldOption,
        release_ids: Annotated[Path, typer.Option("--release-ids", help="release_ids.jsonl of the gold.")],
        docs: DocsOption,
        fmt: EvalFormatOption = EvalFormat.table,
    ) -> None:
        """Build a ledger from the gold's texts in a temporary database; print fusion B-cubed P/R/F1."""
        from ..evaluate_fusion import evaluate_ledger

        try:
            figures = evaluate_ledger(gold, release_ids, docs)
        except LedgerError as err:
            typer.echo(str(err), err=True)
            raise typer.Exit(2) from err
        if fmt is EvalFormat.json:
            sys.stdout.write(json.dumps(figures, indent=2) + "\n")
            return
        rows = [
            {"clustering": k, "P": f"{v[0]:.3f}", "R": f"{v[1]:.3f}", "F1": f"{v[2]:.3f}"}
            for k, v in figures.items()
            if isinstance(v, list)
        ]
        common.render(rows, common.OutputFormat.table, ["clustering", "P", "R", "F1"])
        p, r, f = figures["ledger"]
        typer.echo(f"\nmentions {figures['mentions']}  canonical releases {figures['canonical']}")
        typer.echo(
            f"fusion B-cubed  P {p:.3f}  R {r:.3f}  F1 {f:.3f}   (no fusion F1 {figures['no_fusion'][2]:.3f})"
        )
