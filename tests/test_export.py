"""Export writes every table in every format; the SQLite file needs no custom functions."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.ledger import build_ledger
from prisoner_ledger.ledger.export import TABLES, export
from prisoner_ledger.store import Store, review
from prisoner_ledger.store import ledger as q
from test_fuse import three_releases


@pytest.fixture
def built(store: Store) -> Store:
    three_releases(store)
    build_ledger(store)
    review.add_correction(store, "release", "BY-2025-09-11", "accept", reason="checked")
    return store


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "parquet"])
def test_every_table_in_every_format(built: Store, tmp_path: Path, fmt: str) -> None:
    paths = export(built, fmt, tmp_path / fmt)
    assert sorted(p.name for p in paths) == sorted(f"{t.name}.{fmt}" for t in TABLES)
    n_releases = len(q.list_releases(built))

    def rows(name: str) -> list[dict]:
        p = tmp_path / fmt / f"{name}.{fmt}"
        if fmt == "csv":
            return list(csv.DictReader(p.open(encoding="utf-8")))
        if fmt == "jsonl":
            return [json.loads(x) for x in p.read_text(encoding="utf-8").splitlines()]
        return pq.read_table(p).to_pylist()

    assert len(rows("releases")) == n_releases
    assert len(rows("sources")) == sum(r["n_sources"] for r in q.list_releases(built))
    assert len(rows("corrections")) == 1 and len(rows("tally")) == len(q.tally(built))
    docs = rows("documents")
    assert len(docs) == 7 and "raw_text" not in docs[0] and "clean_text" not in docs[0]
    assert {str(r["freed"]) for r in rows("tally")} == {"8", "14", "52"}


def test_export_can_keep_text_and_refuses_unknown_formats(built: Store, tmp_path: Path) -> None:
    export(built, "jsonl", tmp_path, with_text=True)
    first = json.loads((tmp_path / "documents.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert first["clean_text"].startswith("Report")
    with pytest.raises(LedgerError, match="E701"):
        export(built, "xlsx", tmp_path)


def test_plain_sql_reads_the_views_without_the_program(built: Store) -> None:
    # a fresh read-only connection, no row factory, no functions registered: as Datasette/DuckDB see it
    conn = sqlite3.connect(f"file:{built.path}?mode=ro", uri=True)
    rows = conn.execute(
        "SELECT id, releasing_state, count, n_sources, review FROM ledger_releases ORDER BY id"
    ).fetchall()
    assert rows == sorted(
        (r["id"], r["releasing_state"], r["count"], r["n_sources"], r["review"])
        for r in q.list_releases(built)
    )
    assert conn.execute("SELECT COUNT(*) FROM ledger_sources").fetchone()[0] == 8
    assert conn.execute("SELECT SUM(freed) FROM ledger_tally WHERE state = 'BY'").fetchone()[0] == 74
    conn.close()
