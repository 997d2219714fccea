"""The ingest, documents and failures verbs."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from prisoner_ledger.cli import app

BODY = ("The council of the imaginary republic voted to pardon eleven detained reporters on Tuesday. "
        "Officials said the decision followed several rounds of quiet talks with foreign envoys.")


def run(*args: str, input: bytes | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(app, list(args), input=input)


def test_ingest_documents_failures_and_exit_codes(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    folder = tmp_path / "in"
    folder.mkdir()
    page = f"Council pardons reporters\n\n date 2024-05-06\n{BODY}"
    (folder / "good.txt").write_text(page, encoding="utf-8")
    ok = run("ingest", str(folder), "--db", db, "--quiet")
    assert ok.exit_code == 0, ok.output
    assert "1 new" in ok.stdout

    (folder / "empty.txt").write_bytes(b"")
    partial = run("ingest", str(folder), str(tmp_path / "missing.txt"), "--db", db)
    assert partial.exit_code == 3
    assert "0 new, 1 unchanged" in partial.stdout and "2 failed" in partial.stdout
    assert "E104" in partial.stderr and "E101" in partial.stderr

    docs = run("documents", "--db", db, "--format", "json")
    assert docs.exit_code == 0
    [row] = json.loads(docs.stdout)
    assert row["name"] == "good.txt" and row["title"] == "Council pardons reporters"
    assert set(row) >= {"id", "outlet", "pub_date", "date_method", "confidence", "language", "duplicate_of"}

    fails = run("failures", "--db", db, "--format", "jsonl")
    codes = sorted(json.loads(x)["code"] for x in fails.stdout.splitlines())
    assert codes == ["E101", "E104"]
    table = run("failures", "--db", db)
    assert "E104" in table.stdout and "E101" in table.stdout


def test_ingest_stdin_json_report_and_max_bytes(tmp_path: Path) -> None:
    db = str(tmp_path / "l.db")
    res = run("ingest", "-", "--db", db, "--format", "json", "-q", input=BODY.encode())
    assert res.exit_code == 0
    [report] = json.loads(res.stdout)
    assert report["new"] == 1 and len(report["doc_ids"]) == 1
    big = tmp_path / "big.txt"
    big.write_text(BODY * 5, encoding="utf-8")
    res = run("ingest", str(big), "--db", db, "--max-bytes", "100", "-q")
    assert res.exit_code == 3 and "E105" in res.stderr
