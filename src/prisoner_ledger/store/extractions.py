"""What the NLP stages found in each document: mentions, release mentions, events, evidence.

Re-extracting a document replaces its rows (one transaction), so extraction is idempotent.
Human corrections live in the review component and are applied on top, never overwritten.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..model import Document, Event, Evidence, Release

if TYPE_CHECKING:
    from . import Store

COMPONENT = "extractions"
MIGRATIONS = [
    """
    CREATE TABLE extractions (
        doc_id INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
        relevant INTEGER NOT NULL,
        on_topic INTEGER NOT NULL DEFAULT 0,
        pub_date TEXT,
        result_json TEXT NOT NULL,
        warnings_json TEXT NOT NULL DEFAULT '[]',
        extracted_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE TABLE mentions (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        start INTEGER NOT NULL,
        end INTEGER NOT NULL,
        text TEXT NOT NULL,
        label TEXT NOT NULL,
        actor_id TEXT,
        country TEXT,
        role TEXT,
        name_key TEXT,
        resolved_from TEXT
    );
    CREATE INDEX mentions_doc ON mentions(doc_id);
    CREATE INDEX mentions_actor ON mentions(actor_id);
    CREATE TABLE release_mentions (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        releasing_state TEXT,
        date TEXT,
        count INTEGER,
        count_text TEXT,
        named_json TEXT NOT NULL DEFAULT '[]',
        nationalities_json TEXT NOT NULL DEFAULT '[]',
        mediator_json TEXT NOT NULL DEFAULT '[]',
        in_return TEXT,
        destination TEXT,
        status TEXT,
        background INTEGER NOT NULL DEFAULT 0,
        count_variants_json TEXT NOT NULL DEFAULT '[]',
        confidence REAL NOT NULL DEFAULT 0.5,
        date_reason TEXT,
        evidence_json TEXT,
        field_evidence_json TEXT NOT NULL DEFAULT '{}',
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX release_mentions_state ON release_mentions(releasing_state, date);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        type TEXT NOT NULL,
        source TEXT,
        target TEXT,
        speaker TEXT,
        date TEXT,
        cameo TEXT,
        modality TEXT,
        quote TEXT,
        note TEXT,
        confidence REAL NOT NULL DEFAULT 0.5,
        evidence_json TEXT,
        UNIQUE (doc_id, idx)
    );
    CREATE INDEX events_type ON events(type, source, target);
    CREATE INDEX events_date ON events(date);
    """,
]


def _ev(e: Evidence | None) -> str | None:
    return json.dumps(e.to_dict(), ensure_ascii=False) if e else None


def save_extraction(store: Store, doc: Document, result: dict[str, Any], on_topic: bool = False) -> None:
    """Replace everything stored for ``doc`` with what the stages found now."""
    if doc.id is None:
        raise ValueError("document must be stored before its extraction")
    with store.transaction() as conn:
        for table in ("mentions", "release_mentions", "events"):
            conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc.id,))
        conn.execute(
            "INSERT OR REPLACE INTO extractions (doc_id, relevant, on_topic, pub_date, result_json, warnings_json)"
            " VALUES (?,?,?,?,?,?)",
            (doc.id, int(bool(doc.releases)), int(on_topic), doc.pub_date.value,
             json.dumps(result, ensure_ascii=False), json.dumps(doc.warnings, ensure_ascii=False)),
        )
        conn.executemany(
            "INSERT INTO mentions (doc_id, start, end, text, label, actor_id, country, role, name_key, resolved_from)"
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, m.start, m.end, m.text, m.label, m.actor_id, m.country, m.role, m.name_key, m.resolved_from)
             for m in doc.mentions],
        )
        conn.executemany(
            "INSERT INTO release_mentions (doc_id, idx, releasing_state, date, count, count_text, named_json,"
            " nationalities_json, mediator_json, in_return, destination, status, background, count_variants_json,"
            " confidence, date_reason, evidence_json, field_evidence_json)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, i, r.releasing_state, r.date, r.count, r.count_text, json.dumps(r.named, ensure_ascii=False),
              json.dumps(r.nationalities), json.dumps(r.mediator), r.in_return, r.destination, r.status,
              int(r.background), json.dumps(r.count_variants), r.confidence, r.date_reason, _ev(r.evidence),
              json.dumps({k: v.to_dict() for k, v in r.field_evidence.items()}, ensure_ascii=False))
             for i, r in enumerate(doc.releases)],
        )
        conn.executemany(
            "INSERT INTO events (doc_id, idx, type, source, target, speaker, date, cameo, modality, quote, note,"
            " confidence, evidence_json) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [(doc.id, i, e.type, e.source, e.target, e.speaker, e.date, e.cameo, e.modality, e.quote, e.note,
              e.confidence, _ev(e.evidence)) for i, e in enumerate(doc.events)],
        )


def _evidence(raw: str | None) -> Evidence | None:
    return Evidence(**json.loads(raw)) if raw else None


def row_to_release(row: Any) -> Release:
    return Release(
        releasing_state=row["releasing_state"], date=row["date"], count=row["count"], count_text=row["count_text"],
        named=json.loads(row["named_json"]), nationalities=json.loads(row["nationalities_json"]),
        mediator=json.loads(row["mediator_json"]), in_return=row["in_return"], destination=row["destination"],
        status=row["status"], background=bool(row["background"]),
        count_variants=json.loads(row["count_variants_json"]), confidence=row["confidence"],
        evidence=_evidence(row["evidence_json"]), date_reason=row["date_reason"] or "",
        field_evidence={k: Evidence(**v) for k, v in json.loads(row["field_evidence_json"]).items()},
    )


def row_to_event(row: Any) -> Event:
    return Event(
        type=row["type"], source=row["source"], target=row["target"], speaker=row["speaker"], date=row["date"],
        cameo=row["cameo"], modality=row["modality"], quote=row["quote"], note=row["note"] or "",
        confidence=row["confidence"], evidence=_evidence(row["evidence_json"]),
    )


def iter_release_mentions(store: Store) -> Iterator[tuple[int, int, str, Release]]:
    """Every stored release mention as (mention row id, doc id, doc name, Release)."""
    rows = store.conn.execute(
        "SELECT r.*, d.name AS doc_name FROM release_mentions r JOIN documents d ON d.id = r.doc_id"
        " ORDER BY r.doc_id, r.idx"
    )
    for row in rows:
        yield int(row["id"]), int(row["doc_id"]), row["doc_name"], row_to_release(row)


def iter_events(store: Store, doc_id: int | None = None) -> Iterator[tuple[int, int, str, Event]]:
    """Stored events as (event row id, doc id, doc name, Event)."""
    sql = "SELECT e.*, d.name AS doc_name FROM events e JOIN documents d ON d.id = e.doc_id"
    args: tuple[Any, ...] = ()
    if doc_id is not None:
        sql += " WHERE e.doc_id = ?"
        args = (doc_id,)
    for row in store.conn.execute(sql + " ORDER BY e.doc_id, e.idx", args):
        yield int(row["id"]), int(row["doc_id"]), row["doc_name"], row_to_event(row)


def get_extraction(store: Store, doc_id: int) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT result_json FROM extractions WHERE doc_id = ?", (doc_id,)).fetchone()
    return json.loads(row[0]) if row else None


def extracted_doc_ids(store: Store) -> set[int]:
    return {int(r[0]) for r in store.conn.execute("SELECT doc_id FROM extractions")}
