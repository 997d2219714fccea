"""What the pages and the API show, read from the store and the ledger (one place for both faces).

Pages and the JSON API call the same functions here, so a table on a page and its download
hold exactly the same rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from ..model import Event, Evidence
from ..store import Store
from ..store import ledger as ledger_store
from ..store import review as review_store
from ..store.documents import get_document, iter_documents, search_documents
from ..store.extractions import iter_events, iter_release_mentions

# Columns of the ledger table, its CSV and its JSON download, in this order.
LEDGER_COLUMNS = (
    "id",
    "releasing_state",
    "date",
    "count",
    "named",
    "nationalities",
    "mediator",
    "in_return",
    "destination",
    "status",
    "n_sources",
)
# What a reviewer may correct, per target type (the review component checks the values).
CORRECTABLE: dict[str, tuple[str, ...]] = {
    "release": tuple(ledger_store.RELEASE_FIELDS),
    "event": tuple(ledger_store.EVENT_FIELDS),
    "person": tuple(ledger_store.PERSON_FIELDS),
}


@dataclass(frozen=True)
class LedgerQuery:
    """The ledger table's filters, as given in the query string (empty means 'any')."""

    state: str = ""
    date_from: str = ""
    date_to: str = ""
    mediator: str = ""
    in_return: str = ""

    def to_filter(self) -> Any:
        if not any((self.state, self.date_from, self.date_to, self.mediator, self.in_return)):
            return None
        return ledger_store.ReleaseFilter(
            state=self.state or None,
            date_from=self.date_from or None,
            date_to=self.date_to or None,
            mediator=self.mediator or None,
            in_return=self.in_return or None,
        )

    def params(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v}


def releases(store: Store, q: LedgerQuery) -> list[dict[str, Any]]:
    """The filtered releases, newest date first; undated ones last (the table and its downloads)."""
    rows = ledger_store.list_releases(store, q.to_filter())
    return sorted(rows, key=lambda r: (r.get("date") or "", str(r.get("id"))), reverse=True)


def ledger_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The shown columns of each release (what the table, the CSV and the JSON download hold)."""
    return [{c: r.get(c) for c in LEDGER_COLUMNS} for r in rows]


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_cell(v) for v in value)
    return str(value)


def to_csv(rows: list[dict[str, Any]], columns: tuple[str, ...] = LEDGER_COLUMNS) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(columns)
    for r in rows:
        # a cell starting with = + - @ would run as a formula in a spreadsheet: prefix it with '
        w.writerow([("'" + c) if c[:1] in ("=", "+", "-", "@") else c for c in (_cell(r.get(k)) for k in columns)])
    return buf.getvalue()


def filter_choices(rows: list[dict[str, Any]]) -> dict[str, list[str]]:
    states = sorted({r["releasing_state"] for r in rows if r.get("releasing_state")})
    mediators = sorted({m for r in rows for m in (r.get("mediator") or [])})
    return {"states": states, "mediators": mediators}


def evidence_dict(ev: Evidence | dict[str, Any] | None) -> dict[str, Any] | None:
    if ev is None:
        return None
    return ev.to_dict() if isinstance(ev, Evidence) else dict(ev)


def sentence_parts(ev: dict[str, Any] | None) -> dict[str, str] | None:
    """An evidence sentence cut into before / span / after, for highlighting the span."""
    if not ev or not ev.get("sentence"):
        return None
    sent = ev["sentence"]
    a = max(0, int(ev.get("start", 0)) - int(ev.get("sentence_start", 0)))
    b = max(a, int(ev.get("end", 0)) - int(ev.get("sentence_start", 0)))
    if b > len(sent) or sent[a:b] != ev.get("text", sent[a:b]):
        i = sent.find(ev.get("text") or "\0")
        a, b = (i, i + len(ev["text"])) if i >= 0 else (0, 0)
    return {"before": sent[:a], "span": sent[a:b], "after": sent[b:]}


def event_dict(eid: int, doc_id: int, doc: str, e: Event) -> dict[str, Any]:
    return {
        "id": eid,
        "doc_id": doc_id,
        "doc": doc,
        "type": e.type,
        "source": e.source,
        "target": e.target,
        "speaker": e.speaker,
        "date": e.date,
        "cameo": e.cameo,
        "modality": e.modality,
        "quote": e.quote,
        "note": e.note,
        "confidence": e.confidence,
        "evidence": evidence_dict(e.evidence),
    }


def events(store: Store, etype: str = "", actor: str = "", doc_id: int | None = None) -> list[dict[str, Any]]:
    out = []
    for eid, did, doc, e in iter_events(store, doc_id):
        if etype and e.type != etype:
            continue
        if actor and actor not in (e.source, e.target):
            continue
        out.append(event_dict(eid, did, doc, e))
    return out


def get_event(store: Store, event_id: int) -> dict[str, Any] | None:
    return next((d for d in events(store) if d["id"] == event_id), None)


def actors(store: Store) -> list[dict[str, Any]]:
    """Every actor code seen in events or releases, with how often it acts and is acted upon."""
    stats: dict[str, dict[str, int]] = defaultdict(lambda: {"events_by": 0, "events_against": 0, "releases": 0})
    for _e, _d, _n, e in iter_events(store):
        if e.source:
            stats[e.source]["events_by"] += 1
        if e.target:
            stats[e.target]["events_against"] += 1
    for r in ledger_store.list_releases(store, None):
        if r.get("releasing_state"):
            stats[r["releasing_state"]]["releases"] += 1
    return [{"code": k, **v} for k, v in sorted(stats.items())]


def actor(store: Store, code: str) -> dict[str, Any] | None:
    evs = events(store, actor=code)
    rels = [
        r
        for r in ledger_store.list_releases(store, None)
        if r.get("releasing_state") == code or code in (r.get("mediator") or [])
    ]
    if not evs and not rels:
        return None
    spellings = sorted({e["speaker"] for e in evs if e["speaker"] and e["source"] == code})
    return {
        "code": code,
        "speakers": spellings,
        "events_by": [e for e in evs if e["source"] == code],
        "events_against": [e for e in evs if e["target"] == code],
        "quotes": [e for e in evs if e["quote"] and e["source"] == code],
        "releases": [{c: r.get(c) for c in LEDGER_COLUMNS} for r in rels],
    }


def documents(store: Store) -> list[dict[str, Any]]:
    return [
        {
            "id": d.id,
            "name": d.name,
            "title": d.title,
            "outlet": d.outlet,
            "pub_date": d.pub_date.value,
            "n_dropped": len(d.dropped),
            "parent": d.parent,
        }
        for d in iter_documents(store)
    ]


def segments(text: str, ranges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Cut ``text`` at every range boundary; each piece lists the ranges (kinds, labels) covering it.

    A range is {start, end, kind, label}; a piece that starts a range carries its anchor id
    (``ev-START-END``) so that links can point at it.
    """
    cuts = {0, len(text)}
    good = [r for r in ranges if 0 <= r["start"] < r["end"] <= len(text)]
    for r in good:
        cuts.update((r["start"], r["end"]))
    points = sorted(cuts)
    out = []
    for a, b in zip(points, points[1:], strict=False):
        cover = [r for r in good if r["start"] <= a and b <= r["end"]]
        anchors = [f"ev-{r['start']}-{r['end']}" for r in good if r["start"] == a and r["kind"] == "span"]
        out.append(
            {
                "text": text[a:b],
                "classes": " ".join(sorted({r["kind"] for r in cover})),
                "labels": "; ".join(dict.fromkeys(r["label"] for r in cover if r["kind"] == "span")),
                "anchors": list(dict.fromkeys(anchors)),
            }
        )
    return out


def _ranges(ev: dict[str, Any] | None, label: str) -> list[dict[str, Any]]:
    if not ev:
        return []
    out = [{"start": ev["start"], "end": ev["end"], "kind": "span", "label": label}]
    s0 = ev.get("sentence_start")
    if ev.get("sentence") and s0 is not None:
        out.append({"start": s0, "end": s0 + len(ev["sentence"]), "kind": "sent", "label": label})
    return out


def document_view(store: Store, doc_id: int) -> dict[str, Any] | None:
    doc = get_document(store, doc_id)
    if doc is None:
        return None
    rels = []
    ranges: list[dict[str, Any]] = []
    for mid, did, _name, r in iter_release_mentions(store):
        if did != doc_id:
            continue
        ev = evidence_dict(r.evidence)
        label = f"release by {r.releasing_state or '?'}: {r.count_text or r.count or '?'}"
        ranges += _ranges(ev, label)
        for fname, fev in r.field_evidence.items():
            fd = evidence_dict(fev) or {}
            ranges.append({"start": fd.get("start", 0), "end": fd.get("end", 0), "kind": "field", "label": f"{fname}"})
        rels.append(
            {
                "mention_id": mid,
                "releasing_state": r.releasing_state,
                "date": r.date,
                "count": r.count,
                "count_text": r.count_text,
                "named": r.named,
                "mediator": r.mediator,
                "in_return": r.in_return,
                "background": r.background,
                "status": r.status,
                "evidence": ev,
            }
        )
    evs = events(store, doc_id=doc_id)
    for e in evs:
        ranges += _ranges(e["evidence"], f"{e['type']} {e['source'] or '?'}→{e['target'] or '?'}")
    return {
        "id": doc.id,
        "name": doc.name,
        "title": doc.title,
        "outlet": doc.outlet,
        "url": doc.url if doc.url and doc.url.startswith(("http://", "https://")) else None,
        "source": doc.source,
        "pub_date": doc.pub_date.value,
        "pub_date_method": doc.pub_date.method,
        "pub_date_note": doc.pub_date.note,
        "parent": doc.parent,
        "clean_text": doc.clean_text,
        "dropped": [{"line_no": d.line_no, "text": d.text, "reason": d.reason} for d in doc.dropped],
        "releases": rels,
        "events": evs,
        "segments": segments(doc.clean_text, ranges),
    }


_FTS_WORD = re.compile(r"\w+", re.UNICODE)


def fts_query(q: str) -> str:
    """A user's words as a safe FTS5 query: each word quoted, all required (no FTS syntax errors)."""
    return " ".join(f'"{w}"' for w in _FTS_WORD.findall(q)[:20])


def search(store: Store, q: str, limit: int = 50) -> list[dict[str, Any]]:
    query = fts_query(q)
    return search_documents(store, query, limit) if query else []


def corrections(store: Store, target_type: str | None = None, target_id: Any = None) -> list[dict[str, Any]]:
    """Stored reviews, oldest first, each with its time ('at'), action, field, value and reason."""
    return [
        {k: v for k, v in c.items() if k != "value_json"}
        for c in review_store.list_corrections(store, target_type, None if target_id is None else str(target_id))
    ]


def latest_still_held(store: Store) -> list[dict[str, Any]]:
    """The latest dated 'still held' figure per state (the dashboard's headline)."""
    latest: dict[str, dict[str, Any]] = {}
    for h in ledger_store.still_held(store):
        key = h.get("state") or "?"
        if key not in latest or (h.get("date") or "") >= (latest[key].get("date") or ""):
            latest[key] = h
    return [latest[k] for k in sorted(latest)]


def _same_person(name: str | None, spellings: set[str]) -> bool:
    if not name:
        return False
    n = name.casefold().strip()
    return n in spellings or any(n.endswith(" " + s) or s.endswith(" " + n) for s in spellings)


def person_view(store: Store, person_id: str) -> dict[str, Any] | None:
    """A person with the events they spoke in (by) and the events whose sentence names them (about)."""
    p = ledger_store.get_person(store, person_id)
    if p is None:
        return None
    spellings = {s.casefold() for s in [p["name"], *p.get("spellings", [])] if s}
    by, about = [], []
    for e in events(store):
        if _same_person(e["speaker"], spellings):
            by.append(e)
        elif e["evidence"] and any(s in (e["evidence"].get("sentence") or "").casefold() for s in spellings):
            about.append(e)
    return {**p, "events_by": by, "events_about": about, "quotes": [e for e in by if e["quote"]]}
