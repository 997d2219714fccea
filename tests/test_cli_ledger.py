"""The ledger verbs call the library and print what it returns."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from prisoner_ledger.cli import app
from prisoner_ledger.store import Store
from prisoner_ledger.store import ledger as q
from test_fuse import three_releases

runner = CliRunner()


def _db(tmp_path: Path) -> str:
    path = tmp_path / "cli.db"
    with Store.open(path) as store:
        three_releases(store)
    return str(path)


def test_build_then_releases_json_is_the_contract(tmp_path: Path) -> None:
    db = _db(tmp_path)
    res = runner.invoke(app, ["build-ledger", "--db", db])
    assert res.exit_code == 0, res.output
    res = runner.invoke(app, ["releases", "--db", db, "--format", "json"])
    assert res.exit_code == 0
    with Store.open(db) as store:
        assert json.loads(res.stdout) == json.loads(json.dumps(q.list_releases(store), default=str))
    table = runner.invoke(app, ["releases", "--db", db]).stdout
    header = table.splitlines()[0].split()
    assert header == ["id", "state", "date", "count", "variants", "sources", "mediator", "in_return"]
    assert "BY-2025-09-11" in table


def test_correct_tally_deals_people_export(tmp_path: Path) -> None:
    db = _db(tmp_path)
    runner.invoke(app, ["build-ledger", "--db", db, "--full"])
    res = runner.invoke(
        app,
        [
            "correct",
            "BY-2025-09-11",
            "--db",
            db,
            "--action",
            "correct",
            "--field",
            "count",
            "--value",
            "50",
            "--reason",
            "official list",
        ],
    )
    assert res.exit_code == 0, res.output
    bad = runner.invoke(app, ["correct", "BY-1900-01-01", "--db", db, "--action", "reject", "--reason", "x"])
    assert bad.exit_code == 2 and "E402" in bad.output
    tally = json.loads(runner.invoke(app, ["tally", "--db", db, "--format", "json"]).stdout)
    assert {(t["month"], t["freed"]) for t in tally} == {("2024-07", 8), ("2025-06", 14), ("2025-09", 50)}
    deals = runner.invoke(app, ["deals", "--db", db]).stdout
    assert "BY freed 50 (US mediation)" in deals
    people = json.loads(runner.invoke(app, ["people", "--db", db, "--format", "json"]).stdout)
    assert len(people) == 3
    out = tmp_path / "out"
    res = runner.invoke(app, ["export", "--db", db, "--format", "csv", "--out", str(out)])
    assert res.exit_code == 0 and (out / "releases.csv").is_file()
