"""Human corrections of the ledger: accept, correct or reject a release, an event or a person.

A correction is stored once and re-applied after every build (``ledger.apply_corrections``), so
a rejected release stays hidden and a corrected count stays corrected whatever fusion does
next. Release and person ids are the ledger's stable ids; an event is named by its row id and
anchored to (document, index) so that re-extracting the document keeps the correction on it.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any

from ..errors import Errors, LedgerError
from . import ledger

if TYPE_CHECKING:
    from . import Store

COMPONENT = "review"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE corrections (
        id INTEGER PRIMARY KEY,
        target_type TEXT NOT NULL CHECK (target_type IN ('release', 'event', 'person')),
        target_id TEXT NOT NULL,
        anchor TEXT,
        action TEXT NOT NULL CHECK (action IN ('accept', 'correct', 'reject')),
        field TEXT,
        value_json TEXT,
        reason TEXT NOT NULL DEFAULT '',
        at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX corrections_target ON corrections(target_type, target_id);
    """,
]

TARGET_TYPES = ("release", "event", "person")
ACTIONS = ("accept", "correct", "reject")
_FIELDS: dict[str, dict[str, type]] = {
    "release": ledger.RELEASE_FIELDS,
    "event": ledger.EVENT_FIELDS,
    "person": ledger.PERSON_FIELDS,
}
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|-\d{2}-\d{2})$")


def _bad(target_id: str, reason: str) -> LedgerError:
    return LedgerError(Errors.E402.format(id=target_id, reason=reason))


def _coerce(target_id: str, field: str, kind: type, value: Any) -> Any:
    """Check a corrected value against its field's type; a string from the CLI may hold JSON."""
    if isinstance(value, str) and kind is not str:
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            value = [v.strip() for v in value.split(",") if v.strip()] if kind is list else value
    if value is None:
        return None
    if kind is int:
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise _bad(target_id, f"field '{field}' needs a whole number >= 0, got {value!r}")
    elif kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _bad(target_id, f"field '{field}' needs a list of strings, got {value!r}")
    elif not isinstance(value, str):
        raise _bad(target_id, f"field '{field}' needs text, got {value!r}")
    if field in ("date", "release_date") and not _DATE.match(str(value)):
        raise _bad(target_id, f"'{value}' is not a date like YYYY-MM-DD, YYYY-MM, YYYY or -MM-DD")
    if field in ("releasing_state", "source", "target", "destination", "nationality"):
        value = str(value).upper()
    return value


def _anchor(store: Store, target_type: str, target_id: str) -> str | None:
    """Check the target exists; for an event return its stable anchor 'doc_id:idx'."""
    if target_type == "release":
        if not ledger.release_exists(store, target_id):
            raise _bad(
                target_id, "no canonical release has this id; run build-ledger or list them with 'releases'"
            )
        return None
    if target_type == "person":
        if not ledger.person_exists(store, target_id):
            raise _bad(target_id, "no person has this id; list them with 'people'")
        return None
    if not target_id.isdigit():
        raise _bad(target_id, "an event is named by its row id (a number)")
    row = store.conn.execute("SELECT doc_id, idx FROM events WHERE id = ?", (int(target_id),)).fetchone()
    if row is None:
        raise _bad(target_id, "no event has this row id")
    return f"{row[0]}:{row[1]}"


def add_correction(
    store: Store,
    target_type: str,
    target_id: str,
    action: str,
    field: str | None = None,
    value: Any = None,
    reason: str = "",
) -> int:
    """Record a correction after checking its target, field and value; returns its id.

    Raises LedgerError E402 for an unknown target type, id, action or field, or a value of the
    wrong kind. Release and person corrections show at once; event corrections reach deals and
    still-held figures at the next ``build-ledger``.
    """
    target_id = str(target_id)
    if target_type not in TARGET_TYPES:
        raise _bad(target_id, f"target type '{target_type}' is not one of {', '.join(TARGET_TYPES)}")
    if action not in ACTIONS:
        raise _bad(target_id, f"action '{action}' is not one of {', '.join(ACTIONS)}")
    anchor = _anchor(store, target_type, target_id)
    value_json = None
    if action == "correct":
        fields = _FIELDS[target_type]
        if not field or field not in fields:
            raise _bad(
                target_id, f"field '{field}' cannot be corrected; choose one of {', '.join(sorted(fields))}"
            )
        value_json = json.dumps(_coerce(target_id, field, fields[field], value), ensure_ascii=False)
    elif field is not None:
        raise _bad(target_id, f"action '{action}' takes no field")
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO corrections (target_type, target_id, anchor, action, field, value_json, reason)"
            " VALUES (?,?,?,?,?,?,?)",
            (target_type, target_id, anchor, action, field, value_json, reason),
        )
        new_id = int(cur.lastrowid or 0)
    ledger.apply_corrections(store)
    return new_id


def list_corrections(
    store: Store, target_type: str | None = None, target_id: str | None = None
) -> list[dict[str, Any]]:
    sql = "SELECT * FROM corrections WHERE 1=1"
    args: list[Any] = []
    if target_type:
        sql += " AND target_type = ?"
        args.append(target_type)
    if target_id is not None:
        sql += " AND target_id = ?"
        args.append(str(target_id))
    out = []
    for r in store.conn.execute(sql + " ORDER BY id", args):
        d = dict(r)
        d["value"] = json.loads(d["value_json"]) if d["value_json"] is not None else None
        out.append(d)
    return out


def event_corrections(store: Store) -> dict[str, list[dict[str, Any]]]:
    """Event corrections by anchor 'doc_id:idx', oldest first (applied by the ledger build)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for c in list_corrections(store, "event"):
        if c["anchor"]:
            out.setdefault(c["anchor"], []).append(c)
    return out
