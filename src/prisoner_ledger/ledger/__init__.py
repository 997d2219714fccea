"""The ledger: release mentions from all documents fused into canonical releases, deals, people
and tallies, written to the store with human corrections re-applied on top.

``build_ledger(store)`` is incremental: entries already built keep their id and members, and
only mentions not yet placed are fused into them (new entries when none fits). Mentions whose
document was re-extracted are new mentions; an entry that lost all its mentions is dropped,
and a new entry made from the same (document, record) places takes its id back.
``build_ledger(store, full=True)`` fuses everything again and gives each new entry the id of
the old entry most of its records came from, so corrections keep pointing at the right entry.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..store import extractions, review
from ..store import ledger as ledger_store
from .canonical import canonical
from .deals import EventRec, build_deal
from .fuse import Cluster, FuseOptions, MentionRec, fuse, name_tools, parse_date, swap_links
from .people import build_people
from .tally import still_held_rows

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["LedgerReport", "build_ledger", "FuseOptions", "make_id"]


@dataclass
class LedgerReport:
    """What a build did."""

    full: bool
    mentions: int = 0
    new_mentions: int = 0
    releases: int = 0
    new_releases: int = 0
    updated_releases: list[str] = field(default_factory=list)
    dropped_releases: list[str] = field(default_factory=list)
    deals: int = 0
    people: int = 0
    still_held: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def make_id(state: str | None, date: str | None, month: str | None) -> str:
    """'BY-2025-09-11' from the entry's state and date (or month of first report), no suffix."""
    d = parse_date(date)
    if d and d.y is None and d.m and d.d:
        part = f"xxxx-{d.m:02d}-{d.d:02d}"
    elif d:
        part = d.text()
    elif month and month != "undated":
        part = month
    else:
        part = "undated"
    return f"{state or 'XX'}-{part}"


def _dup_groups(pairs: list[tuple[int, int]]) -> dict[int, int]:
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    for a, b in pairs:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return {x: find(x) for x in parent}


def _load_mentions(store: Store, options: FuseOptions) -> dict[int, MentionRec]:
    keys = ledger_store.mention_keys(store)
    pubs = ledger_store.doc_dates(store)
    groups = _dup_groups(ledger_store.duplicate_pairs(store))
    out: dict[int, MentionRec] = {}
    for mid, doc_id, doc, rel in extractions.iter_release_mentions(store):
        pub, conf = pubs.get(doc_id, (None, 0.0))
        out[mid] = MentionRec(mid, doc_id, doc, keys[mid][1], rel, pub, conf, groups.get(doc_id, doc_id),
                              options=options)
    return out


def _load_events(store: Store, pubs: dict[int, tuple[str | None, float]]) -> list[EventRec]:
    """Stored events with their corrections applied (rejected ones left out)."""
    corr = review.event_corrections(store)
    idx = {int(r[0]): f"{r[1]}:{r[2]}" for r in store.conn.execute("SELECT id, doc_id, idx FROM events")}
    out: list[EventRec] = []
    for eid, doc_id, doc, ev in extractions.iter_events(store):
        rejected = False
        for c in corr.get(idx.get(eid, ""), []):
            if c["action"] == "reject":
                rejected = True
            elif c["action"] == "accept":
                rejected = False
            elif c["action"] == "correct" and c["field"]:
                setattr(ev, c["field"], c["value"])
        if not rejected:
            out.append(EventRec(eid, doc_id, doc, ev, pubs.get(doc_id, (None, 0.0))[0]))
    return out


def _assign_ids(
    clusters: list[Cluster],
    entries: list[dict[str, Any]],
    old_by_key: dict[tuple[int, int], str],
    reserved: set[str],
) -> None:
    used: set[str] = {c.id for c in clusters if c.id}
    fresh = [i for i, c in enumerate(clusters) if not c.id]
    # inherit: biggest clusters first, each old id once
    for i in sorted(fresh, key=lambda i: -len(clusters[i].members)):
        votes = Counter(rid for m in clusters[i].members if (rid := old_by_key.get((m.doc_id, m.idx))))
        for rid, _ in votes.most_common():
            if rid not in used:
                clusters[i].id = rid
                used.add(rid)
                break
    taken = used | reserved
    for i in sorted(fresh, key=lambda i: (entries[i]["date"] or "~", clusters[i].members[0].doc_id)):
        if clusters[i].id:
            continue
        base = rid = make_id(entries[i]["releasing_state"], entries[i]["date"], entries[i]["month"])
        n = 2
        while rid in taken:
            rid, n = f"{base}-{n}", n + 1
        clusters[i].id = rid
        taken.add(rid)


def build_ledger(store: Store, full: bool = False, options: FuseOptions | None = None) -> LedgerReport:
    """Fuse release mentions into canonical releases and rebuild deals, people and tallies."""
    opt = options or FuseOptions()
    key_of, same = name_tools()
    report = LedgerReport(full=full)
    mentions = _load_mentions(store, opt)
    placed = ledger_store.placed_sources(store)
    old_by_key = {(p["doc_id"], p["idx"]): p["release_id"] for p in placed}
    old_ids = {p["release_id"] for p in placed}
    clusters: list[Cluster] = []
    if not full:
        by_id: dict[str, Cluster] = {}
        for p in placed:
            m = mentions.get(p["mention_id"])
            if m is None or (m.doc_id, m.idx) != (p["doc_id"], p["idx"]):
                continue  # the document was re-extracted: its mentions are new
            c = by_id.setdefault(p["release_id"], Cluster(id=p["release_id"]))
            c.members.append(m)
            c.scores[m.mention_id] = (p["score"] or 0.0, p["reason"])
        clusters = list(by_id.values())
        for k in [k for k, rid in old_by_key.items() if rid in by_id]:
            del old_by_key[k]  # still-built entries keep their own places
    in_place = {m.mention_id for c in clusters for m in c.members}
    before = {c.id: len(c.members) for c in clusters}
    new = [m for mid, m in mentions.items() if mid not in in_place]
    clusters = fuse(new, clusters, opt, same)
    entries = [canonical(c, same) for c in clusters]
    reserved = {str(c["target_id"]) for c in review.list_corrections(store, "release")}
    _assign_ids(clusters, entries, old_by_key, reserved | (old_ids - set(old_by_key.values())))
    by_id_entries: dict[str, dict[str, Any]] = {}
    for c, e in zip(clusters, entries, strict=True):
        e["id"] = c.id
        by_id_entries[str(c.id)] = e
    cl_by_id = {str(c.id): c for c in clusters}
    links: list[tuple[str, str, str]] = []
    for a, b in swap_links(clusters):
        links += [(str(a.id), str(b.id), "swap"), (str(b.id), str(a.id), "swap")]
    for rid, other, _ in links:
        by_id_entries[rid].setdefault("linked", []).append(other)

    pubs = ledger_store.doc_dates(store)
    events = _load_events(store, pubs)
    deals = []
    for rid, e in by_id_entries.items():
        ms = cl_by_id[rid].members
        deal = build_deal(
            e,
            {m.doc_id for m in ms},
            {m.doc_id for m in ms if not m.release.background},
            events,
            [by_id_entries[o] for o in e.get("linked", [])],
            [(m.release.in_return, m.doc) for m in ms if m.release.in_return],
        )
        if deal:
            deals.append(deal)
    people, person_links = build_people(
        by_id_entries, cl_by_id, key_of, same, ledger_store.mention_countries(store)
    )
    held = still_held_rows(events, mentions.values(), ledger_store.extraction_results(store))
    sources = [
        {
            "release_id": c.id,
            "mention_id": m.mention_id,
            "doc_id": m.doc_id,
            "idx": m.idx,
            "dup_group": m.group,
            "score": c.scores.get(m.mention_id, (0.0, ""))[0],
            "reason": c.scores.get(m.mention_id, (0.0, ""))[1],
        }
        for c in clusters
        for m in c.members
    ]
    ledger_store.write_ledger(
        store, list(by_id_entries.values()), sources, links, deals, people, person_links, held
    )

    report.mentions = len(mentions)
    report.new_mentions = len(new)
    report.releases = len(clusters)
    report.new_releases = sum(1 for c in clusters if c.id not in before)
    report.updated_releases = sorted(
        str(c.id) for c in clusters if c.id in before and len(c.members) > before[c.id]
    )
    report.dropped_releases = sorted(old_ids - set(by_id_entries))
    report.deals, report.people, report.still_held = len(deals), len(people), len(held)
    return report
