"""Verbs 'actors' (who was seen in the database, under which spellings) and 'name-pairs'
(precision and recall of the transliteration-aware name matcher on labelled pairs)."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from ..errors import Errors, LedgerError
from .common import DbOption, FormatOption, OutputFormat, open_store, render


def actors_listing(db: str | None, country: str | None = None) -> list[dict[str, Any]]:
    """Rows for the 'actors' verb: the stored mentions grouped by actor, with display names."""
    from ..nlp.actors import load_dictionary
    from ..store.actors_queries import actors_seen

    d = load_dictionary()
    store = open_store(db)
    try:
        rows = actors_seen(store, country)
    finally:
        store.close()
    for r in rows:
        actor = d.get(r["actor_id"])
        r["name"] = actor.name if actor else next(iter(r["spellings"]), r["actor_id"])
    return rows


def register(app: typer.Typer) -> None:
    @app.command("actors")
    def actors_cmd(
        db: DbOption = None,
        fmt: FormatOption = OutputFormat.table,
        country: Annotated[str | None, typer.Option("--country", help="Only actors of this code (BY, US, BY-OPP...).")]
        = None,
    ) -> None:
        """List the actors seen in the stored mentions: id, name, country, role, spellings, documents."""
        rows = actors_listing(db, country)
        render(rows, fmt, ["actor_id", "name", "country", "role", "mentions", "documents", "spellings"])

    @app.command("name-pairs")
    def name_pairs_cmd(
        file: Annotated[str | None, typer.Option("--file", help="A TSV of name_a, name_b, same (1/0), note.")] = None,
        sweep: Annotated[bool, typer.Option("--sweep", help="Also print precision/recall for thresholds 0.50-1.00.")]
        = False,
        fmt: FormatOption = OutputFormat.table,
    ) -> None:
        """Precision and recall of the name matcher on labelled name pairs (default: the shipped file)."""
        from ..nlp import names

        try:
            pairs = names.load_pairs(file)
        except OSError as exc:
            raise LedgerError(Errors.E101.format(path=file, reason=exc.strerror)) from exc
        p, r, n = names.score_pairs(pairs)
        rows: list[dict[str, Any]] = [{"threshold": names.SAME_PERSON_THRESHOLD, "precision": round(p, 4),
                                       "recall": round(r, 4), "pairs": n}]
        if sweep:
            rows += [{"threshold": t, "precision": round(sp, 4), "recall": round(sr, 4), "pairs": n}
                     for t, sp, sr in names.sweep(pairs)]
        render(rows, fmt, ["threshold", "precision", "recall", "pairs"])
