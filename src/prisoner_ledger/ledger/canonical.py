"""The canonical entry of a fused cluster: its date, headline count and variants, names, mediators
(rules in docs/ledger.md, 'The canonical entry')."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date as Date
from typing import Any

from .fuse import Cluster, DateParts, MentionRec, SamePerson, _as_date, parse_date

# --------------------------------------------------------------------------- the canonical entry


def _weight(ms: list[MentionRec]) -> float:
    """An independent source's vote: a main report 1, a passing background mention 1/2."""
    return 1.0 if any(not m.release.background for m in ms) else 0.5


def _groups(c: Cluster) -> dict[int, list[MentionRec]]:
    out: dict[int, list[MentionRec]] = {}
    for m in c.members:
        out.setdefault(m.group, []).append(m)
    return out


def _group_count(ms: list[MentionRec]) -> int | None:
    """One independent source's figure: its first document's records added up (records of one
    document in one entry are parts of one release); syndicated copies are not added again."""
    first = min(m.doc_id for m in ms)
    counts = [m.release.count for m in ms if m.doc_id == first and m.release.count is not None]
    return sum(counts) if counts else None


def count_variants(c: Cluster) -> tuple[int | None, list[dict[str, Any]], str]:
    """(headline count, variants, the rule that chose it); see docs/ledger.md."""
    by_count: dict[int, dict[str, Any]] = {}
    for ms in _groups(c).values():
        n = _group_count(ms)
        if n is None:
            continue
        v = by_count.setdefault(n, {"count": n, "sources": [], "n_independent": 0, "weight": 0.0, "latest": ""})
        v["sources"].extend(sorted({m.doc for m in ms}))
        v["n_independent"] += 1
        v["weight"] += _weight(ms)
        v["latest"] = max([v["latest"]] + [m.pub_date or "" for m in ms])
    if not by_count:
        return None, [], "no source gives a figure"
    variants = sorted(by_count.values(), key=lambda v: (-v["weight"], -v["count"]))
    best = max(variants, key=lambda v: (v["weight"], v["latest"], v["count"]))
    if len(variants) == 1:
        rule = f"the only figure reported ({best['n_independent']} independent source(s))"
    elif sum(1 for v in variants if v["weight"] == best["weight"]) == 1:
        total = sum(v["weight"] for v in variants)
        rule = f"given by most independent sources ({best['weight']:g} of {total:g})"
    else:
        rule = "tie between sources: the latest report's figure"
    out = [
        {
            "count": v["count"],
            "sources": v["sources"],
            "n_sources": len(v["sources"]),
            "n_independent": v["n_independent"],
        }
        for v in variants
    ]
    return best["count"], out, rule


def consensus_date(c: Cluster) -> str | None:
    """The best-supported date at the finest precision any source gives; a year-less day takes
    its year from a source that gives one."""
    votes: dict[DateParts, float] = {}
    for ms in _groups(c).values():
        w = _weight(ms)
        for d in {m.date for m in ms if m.date}:
            votes[d] = votes.get(d, 0.0) + w
    if not votes:
        return None

    def pick(ds: list[DateParts]) -> DateParts | None:
        return max(ds, key=lambda d: (votes[d], -(_as_date(d) or Date.max).toordinal())) if ds else None

    full = pick([d for d in votes if d.full])
    if full:
        return full.text()
    md = pick([d for d in votes if d.m and d.d])
    years = [d for d in votes if d.y is not None and (md is None or d.m in (None, md.m))]
    ym = pick([d for d in years if d.m])
    if md:
        y = pick(years)
        return DateParts(y.y if y else None, md.m, md.d).text()
    return (ym or pick(years) or next(iter(votes))).text()


def _mode(values: Iterable[str | None]) -> str | None:
    cnt = Counter(v for v in values if v)
    return cnt.most_common(1)[0][0] if cnt else None


def group_names(names: Iterable[str], same: SamePerson) -> list[list[str]]:
    """Spellings grouped by person, in order of first appearance (most frequent spelling first)."""
    groups: list[list[str]] = []
    for n in names:
        n = n.strip()
        if not n:
            continue
        for g in groups:
            if any(same(n, x) for x in g):
                g.append(n)
                break
        else:
            groups.append([n])
    return [[s for s, _ in Counter(g).most_common()] for g in groups]


def canonical(c: Cluster, same: SamePerson) -> dict[str, Any]:
    """The ledger entry for a cluster (without its id and links)."""
    ms = sorted(c.members, key=lambda m: (m.release.background, m.pub_date or "~", m.doc_id, m.idx))
    count, variants, rule = count_variants(c)
    date = consensus_date(c)
    dp = parse_date(date)
    month, basis = (f"{dp.y:04d}-{dp.m:02d}", "reported") if dp and dp.y and dp.m else ("undated", "none")
    if basis == "none":
        pubs = sorted(m.pub_date for m in ms if not m.release.background and m.trusted_pub and m.pub_date)
        if pubs and pubs[0]:
            month, basis = pubs[0][:7], "pub_date"
    named = group_names((n for m in ms for n in m.release.named), same)
    mediators = Counter(x for m in ms for x in dict.fromkeys(m.release.mediator))
    statuses = [m.release.status for m in ms]
    return {
        "releasing_state": c.state,
        "date": date,
        "date_basis": basis,
        "month": month,
        "count": count,
        "count_rule": rule,
        "count_variants": variants,
        "named": [g[0] for g in named],
        "named_variants": named,
        "nationalities": sorted({x for m in ms for x in m.release.nationalities}),
        "mediator": [x for x, _ in mediators.most_common()],
        "in_return": _mode(m.release.in_return for m in ms),
        "destination": _mode(m.release.destination for m in ms),
        "status": None if any(s is None for s in statuses) else _mode(statuses),
        "background_only": all(m.release.background for m in ms),
        "n_sources": len(ms),
        "n_independent": len(_groups(c)),
    }
