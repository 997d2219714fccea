"""People: everyone named as freed, joined across documents and spellings with ``same_person``."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .fuse import Cluster, NameKey, SamePerson


@dataclass
class _Person:
    spellings: list[str] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)  # release_id, mention_id, doc_id, spelling


def _slug(key: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")
    return s[:40] or "unnamed"


def build_people(
    entries: dict[str, dict[str, Any]],
    clusters: dict[str, Cluster],
    key_of: NameKey,
    same: SamePerson,
    countries: Iterable[tuple[int, str, str | None, str | None]] = (),
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """People and their (person, release, mention) links.

    ``countries``: person mentions (doc id, text, name key, country) from the actor tagger; a
    person's nationality is the country most of their own mentions carry, else the entry's only
    listed nationality when the entry names only them.
    """
    people: list[_Person] = []
    by_key: dict[str, _Person] = {}
    for rid in sorted(clusters):
        for m in clusters[rid].members:
            for name in m.release.named:
                name = name.strip()
                if not name:
                    continue
                k = key_of(name)
                p = by_key.get(k)
                if p is None:
                    # people are few per corpus (hundreds): a linear scan over them is cheap enough
                    p = next(
                        (q for q in people if any(same(name, s) for s in dict.fromkeys(q.spellings))), None
                    )
                if p is None:
                    p = _Person()
                    people.append(p)
                by_key.setdefault(k, p)
                p.spellings.append(name)
                p.links.append(
                    {"release_id": rid, "mention_id": m.mention_id, "doc_id": m.doc_id, "spelling": name}
                )
    mentions_by_doc: dict[int, list[tuple[str, str]]] = {}
    for doc_id, text, _key, country in countries:
        if country:
            mentions_by_doc.setdefault(doc_id, []).append((text, country.split("-")[0]))
    out: list[dict[str, Any]] = []
    used: set[str] = set()
    for p in people:
        name = Counter(p.spellings).most_common(1)[0][0]
        # the smallest key among the spellings: stable while spellings come and go in order
        pid = base = "P-" + _slug(min(key_of(s) for s in p.spellings))
        n = 2
        while pid in used:
            pid, n = f"{base}-{n}", n + 1
        used.add(pid)
        release_ids = sorted({link["release_id"] for link in p.links})
        nat = Counter(
            c
            for link in p.links
            for text, c in mentions_by_doc.get(link["doc_id"], [])
            if same(text, link["spelling"])
        )
        nationality = nat.most_common(1)[0][0] if nat else None
        if nationality is None:
            singles = [
                entries[r]["nationalities"][0]
                for r in release_ids
                if len(entries[r]["nationalities"]) == 1 and len(entries[r]["named"]) == 1
            ]
            nationality = singles[0] if singles else None
        dates = sorted(d for r in release_ids if (d := entries[r].get("date")) and d[:1].isdigit())
        for link in p.links:
            link["person_id"] = pid
        out.append(
            {
                "id": pid,
                "name": name,
                "spellings": list(dict.fromkeys(p.spellings)),
                "nationality": nationality,
                "release_date": dates[0] if dates else None,
                "release_ids": release_ids,
                "n_sources": len({link["doc_id"] for link in p.links}),
                "links": p.links,
            }
        )
    links = [link for p in out for link in p.pop("links")]
    return out, links
