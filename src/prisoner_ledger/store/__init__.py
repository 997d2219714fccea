"""The one store: a SQLite file in WAL mode with per-component numbered migrations.

Each component (documents, extractions, ledger, review, ...) lives in its own module of this
package and declares ``COMPONENT`` and ``MIGRATIONS`` (a list of SQL scripts, numbered from 1).
``Store.open`` applies what a database has not seen yet, in order, and records it in
``schema_migrations``; a database from a newer program is refused (E202), never altered.

Stages never get a connection: they take and return model objects, and the functions here
(and in the component modules) do the SQL.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

from ..errors import Errors, LedgerError

DEFAULT_DB = "ledger.db"
ENV_DB = "PRISONER_LEDGER_DB"


def default_db_path() -> str:
    """``$PRISONER_LEDGER_DB`` or ``ledger.db`` in the working directory."""
    return os.environ.get(ENV_DB) or DEFAULT_DB


def _components() -> list[ModuleType]:
    # Imported here, not at module import, so that importing the package has no side effects
    # and component modules may import this one.
    from . import documents, extractions, ledger, review

    return [documents, extractions, ledger, review]


class Store:
    """A connection to the ledger database with the schema brought up to date."""

    def __init__(self, conn: sqlite3.Connection, path: str) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None) -> Store:
        """Open (creating if needed) the database at ``path``; ``':memory:'`` works for tests."""
        p = str(path) if path is not None else default_db_path()
        try:
            if p != ":memory:":
                parent = Path(p).parent
                if not parent.exists():
                    raise LedgerError(Errors.E201.format(path=p, reason=f"folder '{parent}' does not exist"))
            conn = sqlite3.connect(p, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA foreign_keys = ON")
            if p != ":memory:":
                conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise LedgerError(Errors.E201.format(path=p, reason=exc)) from exc
        store = cls(conn, p)
        store.migrate()
        return store

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Commit on success, roll back on any error so nothing half-written stays."""
        done = False
        try:
            yield self.conn
            done = True
        finally:
            if done:
                self.conn.commit()
            else:
                self.conn.rollback()

    def migrate(self) -> None:
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " component TEXT NOT NULL, version INTEGER NOT NULL,"
            " applied_at TEXT NOT NULL DEFAULT (datetime('now')), PRIMARY KEY (component, version))"
        )
        for mod in _components():
            component: str = mod.COMPONENT
            migrations: list[str] = mod.MIGRATIONS
            row = self.conn.execute(
                "SELECT MAX(version) FROM schema_migrations WHERE component = ?", (component,)
            ).fetchone()
            have = row[0] or 0
            if have > len(migrations):
                raise LedgerError(
                    Errors.E202.format(path=self.path, found=have, component=component, known=len(migrations))
                )
            for version, script in enumerate(migrations, start=1):
                if version <= have:
                    continue
                with self.transaction() as conn:
                    for stmt in _split_sql(script):
                        conn.execute(stmt)
                    conn.execute(
                        "INSERT INTO schema_migrations (component, version) VALUES (?, ?)", (component, version)
                    )

    def schema_versions(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT component, MAX(version) FROM schema_migrations GROUP BY component")
        return {r[0]: r[1] for r in rows}


def _split_sql(script: str) -> list[str]:
    """Split a migration into statements (``sqlite3.complete_statement`` keeps triggers whole)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        buf += line
        if sqlite3.complete_statement(buf):
            if buf.strip().strip(";").strip():
                out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
