"""Export every table of the ledger as CSV, JSONL or Parquet files (one file per table).

Lists and objects stored as JSON text stay JSON text in CSV and Parquet (one column each, the
same as in the SQLite file), so the files load into a spreadsheet, pandas or DuckDB alike.
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Errors, LedgerError
from ..store import ledger as ledger_store

if TYPE_CHECKING:
    from ..store import Store

FORMATS = ("csv", "jsonl", "parquet")


@dataclass(frozen=True)
class ExportTable:
    name: str  # the file's stem
    source: str  # table or view in the database
    drop: tuple[str, ...] = ()  # columns left out unless the export asks for text


TABLES: tuple[ExportTable, ...] = (
    ExportTable("documents", "documents", drop=("raw_text", "clean_text")),
    ExportTable("duplicates", "duplicates"),
    ExportTable("release_mentions", "release_mentions"),
    ExportTable("events", "events"),
    ExportTable("releases", "releases", drop=("fused_json",)),
    ExportTable("sources", "ledger_sources"),
    ExportTable("release_links", "release_links"),
    ExportTable("deals", "deals"),
    ExportTable("people", "people", drop=("fused_json",)),
    ExportTable("person_releases", "person_releases"),
    ExportTable("tally", "ledger_tally"),
    ExportTable("still_held", "still_held"),
    ExportTable("corrections", "corrections"),
)


def export(store: Store, fmt: str, out_dir: str | Path, with_text: bool = False) -> list[Path]:
    """Write every table as ``out_dir/<table>.<fmt>``; returns the files written.

    ``with_text`` keeps the documents' raw and clean text (left out by default: it is large and
    the outlets' own words).
    """
    if fmt not in FORMATS:
        raise LedgerError(Errors.E701.format(fmt=fmt, choices=", ".join(FORMATS)))
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for t in TABLES:
        cols = [c for c in ledger_store.table_columns(store, t.source) if with_text or c not in t.drop]
        rows = list(ledger_store.table_rows(store, t.source, cols))
        path = out / f"{t.name}.{fmt}"
        {"csv": _csv, "jsonl": _jsonl, "parquet": _parquet}[fmt](path, cols, rows)
        written.append(path)
    return written


def _csv(path: Path, cols: list[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)


def _jsonl(path: Path, cols: list[str], rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


def _parquet(path: Path, cols: list[str], rows: list[dict[str, Any]]) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrays = []
    for c in cols:
        values = [r[c] for r in rows]
        try:
            arr = pa.array(values) if any(v is not None for v in values) else pa.array(values, pa.string())
        except (pa.ArrowInvalid, pa.ArrowTypeError):  # SQLite's loose typing: mixed kinds -> text
            arr = pa.array([None if v is None else str(v) for v in values], pa.string())
        arrays.append(arr)
    pq.write_table(pa.Table.from_arrays(arrays, names=cols), path)
