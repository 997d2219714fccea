"""The ledger's tables and the query API the faces call (web, CLI, export).

Fusion (``ledger/``) writes canonical releases, their sources, deals, people and still-held
figures here after every build. Each release and person row keeps what fusion produced in
``fused_json``; the visible columns are that plus the human corrections of the review
component, re-applied by ``apply_corrections`` after each build and after each new
correction, so a correction survives every later run.

Everything is plain tables and views (no custom SQL functions): the file opens as it is in
Datasette, DuckDB or the sqlite3 shell. ``ledger_releases`` flattens releases for browsing and
``ledger_tally`` is the one definition of the monthly tally.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Store

COMPONENT = "ledger"
MIGRATIONS: list[str] = [
    """
    CREATE TABLE releases (
        id TEXT PRIMARY KEY,
        releasing_state TEXT,
        date TEXT,
        date_basis TEXT NOT NULL DEFAULT 'reported',
        month TEXT NOT NULL DEFAULT 'undated',
        count INTEGER,
        count_rule TEXT,
        count_variants_json TEXT NOT NULL DEFAULT '[]',
        named_json TEXT NOT NULL DEFAULT '[]',
        nationalities_json TEXT NOT NULL DEFAULT '[]',
        mediator_json TEXT NOT NULL DEFAULT '[]',
        named_text TEXT NOT NULL DEFAULT '',
        mediator_text TEXT NOT NULL DEFAULT '',
        in_return TEXT,
        destination TEXT,
        status TEXT,
        background_only INTEGER NOT NULL DEFAULT 0,
        linked_json TEXT NOT NULL DEFAULT '[]',
        n_sources INTEGER NOT NULL DEFAULT 0,
        n_independent INTEGER NOT NULL DEFAULT 0,
        review TEXT,
        deal TEXT,
        fused_json TEXT NOT NULL,
        built_at TEXT NOT NULL DEFAULT (datetime('now'))
    );
    CREATE INDEX releases_state_month ON releases(releasing_state, month);
    CREATE TABLE release_sources (
        release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        mention_id INTEGER NOT NULL UNIQUE,
        doc_id INTEGER NOT NULL,
        idx INTEGER NOT NULL,
        dup_group INTEGER NOT NULL,
        score REAL,
        reason TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX release_sources_release ON release_sources(release_id);
    CREATE TABLE release_links (
        release_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        other_id TEXT NOT NULL REFERENCES releases(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        PRIMARY KEY (release_id, other_id)
    );
    CREATE TABLE deals (
        release_id TEXT PRIMARY KEY REFERENCES releases(id) ON DELETE CASCADE,
        counterparts_json TEXT NOT NULL DEFAULT '[]',
        mediators_json TEXT NOT NULL DEFAULT '[]',
        got_json TEXT NOT NULL DEFAULT '[]',
        got_text TEXT NOT NULL DEFAULT '',
        citation TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE people (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        spellings_json TEXT NOT NULL DEFAULT '[]',
        nationality TEXT,
        release_date TEXT,
        release_ids_json TEXT NOT NULL DEFAULT '[]',
        n_sources INTEGER NOT NULL DEFAULT 0,
        review TEXT,
        fused_json TEXT NOT NULL
    );
    CREATE TABLE person_releases (
        person_id TEXT NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        release_id TEXT NOT NULL,
        mention_id INTEGER NOT NULL,
        doc_id INTEGER NOT NULL,
        spelling TEXT NOT NULL
    );
    CREATE INDEX person_releases_person ON person_releases(person_id);
    CREATE TABLE still_held (
        id INTEGER PRIMARY KEY,
        state TEXT,
        date TEXT,
        count INTEGER NOT NULL,
        count_text TEXT,
        doc_id INTEGER NOT NULL,
        doc TEXT NOT NULL,
        kind TEXT NOT NULL,
        ref_id INTEGER,
        evidence_json TEXT
    );
    CREATE VIEW ledger_releases AS
        SELECT r.id, r.releasing_state, r.date, r.month, r.count, r.count_variants_json AS count_variants,
               r.named_text AS named, r.mediator_text AS mediator, r.in_return, r.destination, r.status,
               r.n_sources, r.n_independent, r.background_only, r.deal, r.review
        FROM releases r WHERE r.review IS NULL OR r.review <> 'rejected';
    CREATE VIEW ledger_sources AS
        SELECT s.release_id, d.name AS doc, s.doc_id, s.mention_id, m.releasing_state, m.count, m.count_text,
               m.date, m.background, m.named_json AS named, m.in_return, m.evidence_json
        FROM release_sources s JOIN release_mentions m ON m.id = s.mention_id
        JOIN documents d ON d.id = s.doc_id;
    CREATE VIEW ledger_tally AS
        SELECT releasing_state AS state, month, SUM(COALESCE(count, 0)) AS freed, COUNT(*) AS releases,
               SUM(CASE WHEN count IS NULL THEN 1 ELSE 0 END) AS releases_without_count,
               SUM(SUM(COALESCE(count, 0))) OVER (PARTITION BY releasing_state ORDER BY month
                   ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS cumulative
        FROM ledger_releases
        WHERE releasing_state IS NOT NULL AND (status IS NULL OR status = 'began')
        GROUP BY releasing_state, month;
    """,
]

# Fields a correction may set on a release and how a value is checked (see review.add_correction).
RELEASE_FIELDS: dict[str, type] = {
    "releasing_state": str,
    "date": str,
    "count": int,
    "named": list,
    "nationalities": list,
    "mediator": list,
    "in_return": str,
    "destination": str,
    "status": str,
}
PERSON_FIELDS: dict[str, type] = {"name": str, "nationality": str, "release_date": str}
EVENT_FIELDS: dict[str, type] = {
    "type": str,
    "source": str,
    "target": str,
    "date": str,
    "note": str,
    "held_count": int,
}
_LIST_COLUMNS = {"named": "named_json", "nationalities": "nationalities_json", "mediator": "mediator_json"}


@dataclass(frozen=True)
class ReleaseFilter:
    """What ``list_releases`` keeps; every field left at None keeps everything."""

    state: str | None = None
    date_from: str | None = None  # 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', compared as a prefix-aware string
    date_to: str | None = None
    mediator: str | None = None
    in_return: str | None = None  # case-insensitive substring
    include_rejected: bool = False


def month_of(date: str | None) -> str:
    """The tally month of a date ('YYYY-MM'), or 'undated' when the year or month is unknown."""
    if date and len(date) >= 7 and date[:4].isdigit():
        return date[:7]
    return "undated"


def citation(state: str | None, count: int | None, mediators: Iterable[str], got_text: str) -> str:
    """One line for a deal: 'BY freed 52 (US mediation) — US eased sanctions: …'."""
    line = f"{state or '??'} freed {count if count is not None else 'an unknown number'}"
    meds = list(mediators)
    if meds:
        line += f" ({', '.join(meds)} mediation)"
    if got_text:
        line += f" — {got_text}"
    return line


# --------------------------------------------------------------------------- writing (fusion)


def write_ledger(
    store: Store,
    releases: list[dict[str, Any]],
    sources: list[dict[str, Any]],
    links: list[tuple[str, str, str]],
    deals: list[dict[str, Any]],
    people: list[dict[str, Any]],
    person_links: list[dict[str, Any]],
    held: list[dict[str, Any]],
) -> None:
    """Replace the whole ledger with a new build in one transaction (corrections are elsewhere)."""
    with store.transaction() as conn:
        for table in (
            "person_releases",
            "people",
            "still_held",
            "deals",
            "release_links",
            "release_sources",
            "releases",
        ):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany(
            "INSERT INTO releases (id, releasing_state, date, date_basis, month, count, count_rule,"
            " count_variants_json, named_json, nationalities_json, mediator_json, named_text, mediator_text,"
            " in_return, destination, status, background_only, linked_json, n_sources, n_independent,"
            " fused_json)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [_release_values(r) + (json.dumps(r, ensure_ascii=False),) for r in releases],
        )
        conn.executemany(
            "INSERT INTO release_sources (release_id, mention_id, doc_id, idx, dup_group, score, reason)"
            " VALUES (:release_id, :mention_id, :doc_id, :idx, :dup_group, :score, :reason)",
            sources,
        )
        conn.executemany("INSERT INTO release_links (release_id, other_id, kind) VALUES (?,?,?)", links)
        conn.executemany(
            "INSERT INTO deals (release_id, counterparts_json, mediators_json, got_json, got_text, citation)"
            " VALUES (?,?,?,?,?,?)",
            [
                (
                    d["release_id"],
                    json.dumps(d["counterparts"]),
                    json.dumps(d["mediators"]),
                    json.dumps(d["got"], ensure_ascii=False),
                    d["got_text"],
                    d["citation"],
                )
                for d in deals
            ],
        )
        conn.executemany(
            "INSERT INTO people (id, name, spellings_json, nationality, release_date, release_ids_json,"
            " n_sources,"
            " fused_json) VALUES (?,?,?,?,?,?,?,?)",
            [
                (
                    p["id"],
                    p["name"],
                    json.dumps(p["spellings"], ensure_ascii=False),
                    p["nationality"],
                    p["release_date"],
                    json.dumps(p["release_ids"]),
                    p["n_sources"],
                    json.dumps(p, ensure_ascii=False),
                )
                for p in people
            ],
        )
        conn.executemany(
            "INSERT INTO person_releases (person_id, release_id, mention_id, doc_id, spelling)"
            " VALUES (:person_id, :release_id, :mention_id, :doc_id, :spelling)",
            person_links,
        )
        conn.executemany(
            "INSERT INTO still_held (state, date, count, count_text, doc_id, doc, kind, ref_id,"
            " evidence_json)"
            " VALUES (:state, :date, :count, :count_text, :doc_id, :doc, :kind, :ref_id, :evidence_json)",
            held,
        )
    apply_corrections(store)


def _release_values(r: dict[str, Any]) -> tuple[Any, ...]:
    return (
        r["id"],
        r["releasing_state"],
        r["date"],
        r.get("date_basis", "reported"),
        r.get("month") or month_of(r["date"]),
        r["count"],
        r.get("count_rule", ""),
        json.dumps(r["count_variants"], ensure_ascii=False),
        json.dumps(r["named"], ensure_ascii=False),
        json.dumps(r["nationalities"]),
        json.dumps(r["mediator"]),
        "; ".join(r["named"]),
        ", ".join(r["mediator"]),
        r["in_return"],
        r["destination"],
        r["status"],
        int(bool(r.get("background_only"))),
        json.dumps(r.get("linked", [])),
        r.get("n_sources", 0),
        r.get("n_independent", 0),
    )


def apply_corrections(store: Store) -> None:
    """Rewrite the visible columns of releases and people: fused values, then corrections in order."""
    corr = _corrections_by_target(store)
    with store.transaction() as conn:
        for row in conn.execute("SELECT id, fused_json FROM releases").fetchall():
            fused = json.loads(row["fused_json"])
            visible, review = _overlay(fused, corr.get(("release", row["id"]), []))
            if visible.get("month") is None or visible.get("date") != fused.get("date"):
                visible["month"] = (
                    month_of(visible.get("date")) if visible.get("date") else fused.get("month")
                )
            deal = conn.execute(
                "SELECT mediators_json, got_text FROM deals WHERE release_id = ?", (row["id"],)
            ).fetchone()
            line = None
            if deal is not None:
                line = citation(
                    visible["releasing_state"],
                    visible["count"],
                    json.loads(deal["mediators_json"]),
                    deal["got_text"],
                )
                conn.execute("UPDATE deals SET citation = ? WHERE release_id = ?", (line, row["id"]))
            vals = _release_values(visible)
            conn.execute(
                "UPDATE releases SET releasing_state=?, date=?, date_basis=?, month=?, count=?, count_rule=?,"
                " count_variants_json=?, named_json=?, nationalities_json=?, mediator_json=?, named_text=?,"
                " mediator_text=?, in_return=?, destination=?, status=?, background_only=?, linked_json=?,"
                " n_sources=?, n_independent=?, review=?, deal=? WHERE id=?",
                vals[1:] + (review, line, row["id"]),
            )
        for row in conn.execute("SELECT id, fused_json FROM people").fetchall():
            fused = json.loads(row["fused_json"])
            visible, review = _overlay(fused, corr.get(("person", row["id"]), []))
            conn.execute(
                "UPDATE people SET name=?, nationality=?, release_date=?, review=? WHERE id=?",
                (visible["name"], visible["nationality"], visible["release_date"], review, row["id"]),
            )


def _overlay(fused: dict[str, Any], corrections: list[dict[str, Any]]) -> tuple[dict[str, Any], str | None]:
    visible = dict(fused)
    review: str | None = None
    for c in corrections:
        if c["action"] == "correct" and c["field"]:
            visible[c["field"]] = json.loads(c["value_json"])
            review = "corrected"
            if c["field"] == "count":
                visible["count_rule"] = f"corrected by hand: {c['reason']}".strip()
        elif c["action"] == "reject":
            review = "rejected"
        elif c["action"] == "accept":
            review = "corrected" if review == "corrected" else "accepted"
    return visible, review


def _corrections_by_target(store: Store) -> dict[tuple[str, str], list[dict[str, Any]]]:
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in store.conn.execute("SELECT * FROM corrections ORDER BY id"):
        out.setdefault((r["target_type"], r["target_id"]), []).append(dict(r))
    return out


# --------------------------------------------------------------------------- reading (for fusion)


def mention_keys(store: Store) -> dict[int, tuple[int, int]]:
    """Release mention row id -> (doc id, index in the document's releases)."""
    return {
        int(r[0]): (int(r[1]), int(r[2]))
        for r in store.conn.execute("SELECT id, doc_id, idx FROM release_mentions")
    }


def doc_dates(store: Store) -> dict[int, tuple[str | None, float]]:
    """Document id -> (publication date, its confidence)."""
    return {
        int(r[0]): (r[1], float(r[2] or 0.0))
        for r in store.conn.execute("SELECT id, pub_date, pub_date_confidence FROM documents")
    }


def duplicate_pairs(store: Store) -> list[tuple[int, int]]:
    return [(int(r[0]), int(r[1])) for r in store.conn.execute("SELECT doc_id, dup_of FROM duplicates")]


def placed_sources(store: Store) -> list[dict[str, Any]]:
    """Every stored placement (release id, mention id, doc id, idx), stale ones included."""
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT release_id, mention_id, doc_id, idx, score, reason FROM release_sources"
            " ORDER BY release_id"
        )
    ]


def mention_countries(store: Store) -> Iterator[tuple[int, str, str | None, str | None]]:
    """Person mentions as (doc id, text, name key, country) for nationalities of freed people."""
    yield from (
        (int(r[0]), r[1], r[2], r[3])
        for r in store.conn.execute(
            "SELECT doc_id, text, name_key, country FROM mentions WHERE label IN ('PERSON', 'ACTOR')"
            " AND country IS NOT NULL"
        )
    )


def extraction_results(store: Store) -> dict[int, dict[str, Any]]:
    """doc id -> the extractor's full result (holds fields the events table has no column for)."""
    return {
        int(r[0]): json.loads(r[1]) for r in store.conn.execute("SELECT doc_id, result_json FROM extractions")
    }


# --------------------------------------------------------------------------- query API


def _release_row_to_dict(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "releasing_state": row["releasing_state"],
        "date": row["date"],
        "date_basis": row["date_basis"],
        "month": row["month"],
        "count": row["count"],
        "count_rule": row["count_rule"],
        "count_variants": json.loads(row["count_variants_json"]),
        "named": json.loads(row["named_json"]),
        "nationalities": json.loads(row["nationalities_json"]),
        "mediator": json.loads(row["mediator_json"]),
        "in_return": row["in_return"],
        "destination": row["destination"],
        "status": row["status"],
        "background_only": bool(row["background_only"]),
        "linked": json.loads(row["linked_json"]),
        "deal": row["deal"],
        "n_sources": row["n_sources"],
        "n_independent": row["n_independent"],
        "review": row["review"],
    }


def _sources(store: Store, release_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in release_ids}
    if not release_ids:
        return out
    marks = ",".join("?" * len(release_ids))
    rows = store.conn.execute(
        "SELECT s.release_id, s.mention_id, s.doc_id, s.dup_group, s.score, s.reason, d.name AS doc,"
        " d.pub_date, m.* FROM release_sources s JOIN release_mentions m ON m.id = s.mention_id"
        f" JOIN documents d ON d.id = s.doc_id WHERE s.release_id IN ({marks})"
        " ORDER BY d.pub_date IS NULL, d.pub_date, s.doc_id, s.idx",
        release_ids,
    )
    for r in rows:
        ev = json.loads(r["evidence_json"]) if r["evidence_json"] else None
        out[r["release_id"]].append(
            {
                "doc": r["doc"],
                "doc_id": r["doc_id"],
                "mention_id": r["mention_id"],
                "pub_date": r["pub_date"],
                "releasing_state": r["releasing_state"],
                "count": r["count"],
                "count_text": r["count_text"],
                "date": r["date"],
                "named": json.loads(r["named_json"]),
                "mediator": json.loads(r["mediator_json"]),
                "in_return": r["in_return"],
                "background": bool(r["background"]),
                "status": r["status"],
                "duplicate_group": r["dup_group"],
                "score": r["score"],
                "reason": r["reason"],
                "evidence": (
                    {k: ev.get(k) for k in ("doc", "start", "end", "text", "sentence")} if ev else None
                ),
            }
        )
    return out


def list_releases(store: Store, f: ReleaseFilter | None = None) -> list[dict[str, Any]]:
    """Canonical releases (corrections applied), newest first, each with its sources."""
    f = f or ReleaseFilter()
    sql = "SELECT * FROM releases WHERE 1=1"
    args: list[Any] = []
    if not f.include_rejected:
        sql += " AND (review IS NULL OR review <> 'rejected')"
    if f.state:
        sql += " AND releasing_state = ?"
        args.append(f.state.upper())
    if f.date_from:
        sql += " AND date GLOB '[0-9]*' AND date >= ?"
        args.append(f.date_from)
    if f.date_to:
        sql += " AND date GLOB '[0-9]*' AND substr(date, 1, ?) <= ?"
        args.extend([len(f.date_to), f.date_to])
    if f.in_return:
        sql += " AND lower(COALESCE(in_return, '')) LIKE ?"
        args.append(f"%{f.in_return.lower()}%")
    sql += " ORDER BY month DESC, date DESC, id"
    rows = [_release_row_to_dict(r) for r in store.conn.execute(sql, args)]
    if f.mediator:
        rows = [r for r in rows if f.mediator.upper() in r["mediator"]]
    srcs = _sources(store, [r["id"] for r in rows])
    for r in rows:
        r["sources"] = srcs[r["id"]]
    return rows


def get_release(store: Store, release_id: str) -> dict[str, Any] | None:
    """One canonical release (rejected ones too, marked by ``review``), with sources and deal."""
    row = store.conn.execute("SELECT * FROM releases WHERE id = ?", (release_id,)).fetchone()
    if row is None:
        return None
    out = _release_row_to_dict(row)
    out["sources"] = _sources(store, [release_id])[release_id]
    deal = store.conn.execute("SELECT * FROM deals WHERE release_id = ?", (release_id,)).fetchone()
    out["deal_detail"] = _deal_row(deal) if deal else None
    out["people"] = [
        r[0]
        for r in store.conn.execute(
            "SELECT DISTINCT person_id FROM person_releases WHERE release_id = ? ORDER BY person_id",
            (release_id,),
        )
    ]
    return out


def _deal_row(row: Any) -> dict[str, Any]:
    return {
        "release_id": row["release_id"],
        "counterparts": json.loads(row["counterparts_json"]),
        "mediators": json.loads(row["mediators_json"]),
        "got": json.loads(row["got_json"]),
        "citation": row["citation"],
    }


def list_deals(store: Store) -> list[dict[str, Any]]:
    """Deals of visible releases: what the releasing side got, who brokered, the citation line."""
    rows = store.conn.execute(
        "SELECT d.*, r.releasing_state, r.date, r.count, r.linked_json FROM deals d JOIN releases r"
        " ON r.id = d.release_id WHERE r.review IS NULL OR r.review <> 'rejected' ORDER BY r.month DESC, r.id"
    )
    out = []
    for r in rows:
        d = _deal_row(r)
        d.update(
            releasing_state=r["releasing_state"],
            date=r["date"],
            count=r["count"],
            linked=json.loads(r["linked_json"]),
        )
        out.append(d)
    return out


def _person_row(store: Store, row: Any) -> dict[str, Any]:
    links = [
        dict(r)
        for r in store.conn.execute(
            "SELECT p.release_id, p.mention_id, p.doc_id, p.spelling, d.name AS doc FROM person_releases p"
            " JOIN documents d ON d.id = p.doc_id WHERE p.person_id = ? ORDER BY p.release_id, p.doc_id",
            (row["id"],),
        )
    ]
    return {
        "id": row["id"],
        "name": row["name"],
        "spellings": json.loads(row["spellings_json"]),
        "nationality": row["nationality"],
        "release_date": row["release_date"],
        "release_ids": json.loads(row["release_ids_json"]),
        "n_sources": row["n_sources"],
        "sources": links,
        "review": row["review"],
    }


def list_people(store: Store, include_rejected: bool = False) -> list[dict[str, Any]]:
    sql = "SELECT * FROM people"
    if not include_rejected:
        sql += " WHERE review IS NULL OR review <> 'rejected'"
    return [_person_row(store, r) for r in store.conn.execute(sql + " ORDER BY name").fetchall()]


def get_person(store: Store, person_id: str) -> dict[str, Any] | None:
    row = store.conn.execute("SELECT * FROM people WHERE id = ?", (person_id,)).fetchone()
    return _person_row(store, row) if row else None


def tally(store: Store) -> list[dict[str, Any]]:
    """Freed per releasing state per month and cumulatively (each canonical release counted once)."""
    return [
        dict(r)
        for r in store.conn.execute(
            "SELECT state, month, freed, cumulative, releases, releases_without_count FROM ledger_tally"
            " ORDER BY state, month"
        )
    ]


def still_held(store: Store) -> list[dict[str, Any]]:
    """'Still held' figures over time, each with its source document, date and evidence."""
    out = []
    for r in store.conn.execute("SELECT * FROM still_held ORDER BY state, date IS NULL, date, doc"):
        d = dict(r)
        d["evidence"] = json.loads(d.pop("evidence_json")) if d.get("evidence_json") else None
        out.append(d)
    return out


def release_exists(store: Store, release_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM releases WHERE id = ?", (release_id,)).fetchone() is not None


def person_exists(store: Store, person_id: str) -> bool:
    return store.conn.execute("SELECT 1 FROM people WHERE id = ?", (person_id,)).fetchone() is not None


def table_rows(store: Store, table: str, columns: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Rows of a table or view for export (``table`` comes from the exporter's fixed list)."""
    cols = ", ".join(columns) if columns else "*"
    cur = store.conn.execute(f"SELECT {cols} FROM {table}")
    for r in cur:
        yield dict(r)


def table_columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]
