"""Documents, the lines the cleaner dropped, duplicate links and ingest failures."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from ..model import DateGuess, Document, DroppedLine, Failure

if TYPE_CHECKING:
    from . import Store

COMPONENT = "documents"
MIGRATIONS = [
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        source TEXT NOT NULL,
        fmt TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        raw_text TEXT NOT NULL,
        clean_text TEXT NOT NULL,
        title TEXT,
        outlet TEXT,
        url TEXT,
        dateline_place TEXT,
        pub_date TEXT,
        pub_date_method TEXT,
        pub_date_confidence REAL,
        pub_date_raw TEXT,
        pub_date_note TEXT,
        language TEXT,
        parent_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
        ingested_at TEXT NOT NULL DEFAULT (datetime('now')),
        UNIQUE (name, content_hash)
    );
    CREATE INDEX documents_hash ON documents(content_hash);
    CREATE INDEX documents_pub_date ON documents(pub_date);
    CREATE TABLE dropped_lines (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        line_no INTEGER NOT NULL,
        text TEXT NOT NULL,
        reason TEXT NOT NULL
    );
    CREATE INDEX dropped_lines_doc ON dropped_lines(doc_id);
    CREATE TABLE duplicates (
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        dup_of INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('exact', 'near')),
        similarity REAL NOT NULL,
        PRIMARY KEY (doc_id, dup_of)
    );
    CREATE TABLE minhashes (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        signature BLOB NOT NULL
    );
    CREATE TABLE failures (
        id INTEGER PRIMARY KEY,
        input TEXT NOT NULL,
        stage TEXT NOT NULL,
        code TEXT NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL DEFAULT (datetime('now')),
        UNIQUE (input, stage, code)
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(title, clean_text, content='documents', content_rowid='id');
    CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, clean_text) VALUES (new.id, new.title, new.clean_text);
    END;
    CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, clean_text)
        VALUES ('delete', old.id, old.title, old.clean_text);
    END;
    """,
]


def find_document(store: Store, name: str, content_hash: str) -> int | None:
    row = store.conn.execute(
        "SELECT id FROM documents WHERE name = ? AND content_hash = ?", (name, content_hash)
    ).fetchone()
    return int(row[0]) if row else None


def docs_with_hash(store: Store, content_hash: str) -> list[int]:
    rows = store.conn.execute("SELECT id FROM documents WHERE content_hash = ? ORDER BY id", (content_hash,))
    return [int(r[0]) for r in rows]


def insert_document(store: Store, doc: Document, parent_id: int | None = None) -> int:
    """Insert a cleaned document and its dropped lines; returns the new row id.

    The caller checks ``find_document`` first: (name, content_hash) is unique, so the same
    input ingested twice is stored once.
    """
    d = doc.pub_date
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO documents (name, source, fmt, content_hash, raw_text, clean_text, title, outlet,"
            " url, dateline_place, pub_date, pub_date_method, pub_date_confidence, pub_date_raw,"
            " pub_date_note, language, parent_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                doc.name, doc.source, doc.fmt, doc.content_hash, doc.raw_text, doc.clean_text, doc.title,
                doc.outlet, doc.url, doc.dateline_place, d.value, d.method, d.confidence, d.raw, d.note,
                doc.language, parent_id,
            ),
        )
        doc_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO dropped_lines (doc_id, line_no, text, reason) VALUES (?,?,?,?)",
            [(doc_id, x.line_no, x.text, x.reason) for x in doc.dropped],
        )
    doc.id = doc_id
    return doc_id


def add_duplicate(store: Store, doc_id: int, dup_of: int, kind: str, similarity: float) -> None:
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO duplicates (doc_id, dup_of, kind, similarity) VALUES (?,?,?,?)",
            (doc_id, dup_of, kind, similarity),
        )


def save_minhash(store: Store, doc_id: int, signature: bytes) -> None:
    with store.transaction() as conn:
        conn.execute("INSERT OR REPLACE INTO minhashes (doc_id, signature) VALUES (?,?)", (doc_id, signature))


def iter_minhashes(store: Store) -> Iterator[tuple[int, bytes]]:
    for row in store.conn.execute("SELECT doc_id, signature FROM minhashes ORDER BY doc_id"):
        yield int(row[0]), bytes(row[1])


def record_failure(store: Store, failure: Failure) -> None:
    """Record (or refresh) why an input failed; the same failure twice is one row."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT INTO failures (input, stage, code, reason) VALUES (?,?,?,?)"
            " ON CONFLICT(input, stage, code) DO UPDATE SET reason = excluded.reason, at = datetime('now')",
            (failure.input, failure.stage, failure.code, failure.reason),
        )


def list_failures(store: Store) -> list[dict[str, Any]]:
    return [dict(r) for r in store.conn.execute("SELECT * FROM failures ORDER BY id")]


def _row_to_document(store: Store, row: sqlite3.Row, with_dropped: bool = True) -> Document:
    doc = Document(
        name=row["name"], source=row["source"], fmt=row["fmt"], raw_text=row["raw_text"],
        clean_text=row["clean_text"], content_hash=row["content_hash"], title=row["title"],
        outlet=row["outlet"], url=row["url"], dateline_place=row["dateline_place"],
        pub_date=DateGuess(row["pub_date"], row["pub_date_method"] or "none",
                           row["pub_date_confidence"] or 0.0, row["pub_date_raw"] or "",
                           row["pub_date_note"] or ""),
        language=row["language"], id=row["id"],
    )
    if row["parent_id"] is not None:
        prow = store.conn.execute("SELECT name FROM documents WHERE id = ?", (row["parent_id"],)).fetchone()
        doc.parent = prow[0] if prow else None
    if with_dropped:
        doc.dropped = [
            DroppedLine(r["line_no"], r["text"], r["reason"])
            for r in store.conn.execute(
                "SELECT line_no, text, reason FROM dropped_lines WHERE doc_id = ? ORDER BY line_no", (row["id"],)
            )
        ]
    return doc


def get_document(store: Store, doc_id: int) -> Document | None:
    row = store.conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return _row_to_document(store, row) if row else None


def get_document_by_name(store: Store, name: str) -> Document | None:
    row = store.conn.execute("SELECT * FROM documents WHERE name = ? ORDER BY id DESC", (name,)).fetchone()
    return _row_to_document(store, row) if row else None


def iter_documents(store: Store, ids: Iterable[int] | None = None) -> Iterator[Document]:
    """Stream stored documents in id order (all, or the given ids)."""
    if ids is None:
        rows = store.conn.execute("SELECT * FROM documents ORDER BY id").fetchall()
    else:
        wanted = list(ids)
        rows = [
            r for i in wanted
            if (r := store.conn.execute("SELECT * FROM documents WHERE id = ?", (i,)).fetchone()) is not None
        ]
    for row in rows:
        yield _row_to_document(store, row)


def duplicate_of(store: Store, doc_id: int) -> list[dict[str, Any]]:
    rows = store.conn.execute(
        "SELECT d.dup_of AS other, d.kind, d.similarity, o.name FROM duplicates d"
        " JOIN documents o ON o.id = d.dup_of WHERE d.doc_id = ?"
        " UNION SELECT d.doc_id, d.kind, d.similarity, o.name FROM duplicates d"
        " JOIN documents o ON o.id = d.doc_id WHERE d.dup_of = ?",
        (doc_id, doc_id),
    )
    return [dict(r) for r in rows]


def document_ids(store: Store) -> list[int]:
    return [int(r[0]) for r in store.conn.execute("SELECT id FROM documents ORDER BY id")]


def count_documents(store: Store) -> int:
    return int(store.conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])


def search_documents(store: Store, query: str, limit: int = 50) -> list[dict[str, Any]]:
    """Full-text search (FTS5) over titles and clean text, best first, with a snippet."""
    rows = store.conn.execute(
        "SELECT d.id, d.name, d.title, d.pub_date,"
        " snippet(documents_fts, 1, '[', ']', ' … ', 12) AS snippet"
        " FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid"
        " WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?",
        (query, limit),
    )
    return [dict(r) for r in rows]


def list_documents(store: Store) -> list[dict[str, Any]]:
    """One row per stored document with its date provenance and what it duplicates (if anything)."""
    rows = store.conn.execute(
        "SELECT d.id, d.name, d.title, d.outlet, d.pub_date, d.pub_date_method AS date_method,"
        " d.pub_date_confidence AS confidence, d.language, p.name AS parent,"
        " (SELECT o.name || ' (' || x.kind || ', ' || printf('%.2f', x.similarity) || ')'"
        "  FROM duplicates x JOIN documents o ON o.id = x.dup_of WHERE x.doc_id = d.id"
        "  ORDER BY x.similarity DESC LIMIT 1) AS duplicate_of"
        " FROM documents d LEFT JOIN documents p ON p.id = d.parent_id ORDER BY d.id"
    )
    return [dict(r) for r in rows]


def clear_failures(store: Store, input_: str, stage: str = "ingest") -> None:
    """Forget earlier failures of an input that has now gone in."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM failures WHERE input = ? AND stage = ?", (input_, stage))
