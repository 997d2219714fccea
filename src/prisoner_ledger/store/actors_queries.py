"""Read-only queries over the ``mentions`` table for the actors listing (no table of its own)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from . import Store


def actors_seen(store: Store, country: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """One row per actor id seen in mentions: id, country, role, spellings (text -> count),
    mention and document counts, most mentioned first. Pronoun and role mentions count toward
    the actor but are not listed as spellings."""
    sql = ("SELECT m.actor_id, m.country, m.role, m.text, m.label, m.doc_id FROM mentions m"
           " WHERE m.actor_id IS NOT NULL" + (" AND m.country = ?" if country else ""))
    rows = store.conn.execute(sql, (country,) if country else ()).fetchall()
    acc: dict[str, dict[str, Any]] = {}
    for r in rows:
        a = acc.setdefault(r["actor_id"], {"actor_id": r["actor_id"], "country": r["country"], "role": r["role"],
                                           "spellings": {}, "mentions": 0, "_docs": set()})
        a["mentions"] += 1
        a["_docs"].add(r["doc_id"])
        if r["label"] not in ("PRON", "ROLE"):
            a["spellings"][r["text"]] = a["spellings"].get(r["text"], 0) + 1
    out = []
    for a in acc.values():
        docs = a.pop("_docs")
        a["documents"] = len(docs)
        a["spellings"] = dict(sorted(a["spellings"].items(), key=lambda kv: (-kv[1], kv[0])))
        out.append(a)
    out.sort(key=lambda a: (-a["mentions"], a["actor_id"]))
    return out[:limit] if limit else out
