"""Release mentions from many documents -> canonical releases (one per real-world release).

A mention joins the existing cluster it agrees with best when the evidence adds up past
``FuseOptions.join_threshold``; otherwise it starts a new cluster. Evidence, added up:

- releasing state: must be the same (a mention with no state needs a shared named person);
- dates: equal (strong), a few days apart or one partial and consistent (weaker), far apart or
  inconsistent (never); a mention with no date is placed by its document's publication date,
  weakly, and only when that date is trusted;
- named people shared through ``same_person`` (strong); two complete, disjoint name lists (the
  named people are all who were freed) speak against;
- counts: the same figure (stronger the larger it is), very different figures against.

Syndicated copies (the documents' duplicates table) always go with their original. Two records
of one document stay apart (the document itself says they differ) unless they carry the same
full date or the same 'in return' (one deal told in parts). Non-background mentions are placed
first, the most precisely dated first; background mentions then attach to what exists and
start an entry of their own only when nothing fits.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date as Date
from datetime import timedelta
from typing import Any, NamedTuple

from ..model import Release

NameKey = Callable[[str], str]
SamePerson = Callable[[str, str], bool]


def name_tools() -> tuple[NameKey, SamePerson]:
    """The transliteration-aware name key and person match of ``nlp.names`` (imported lazily:
    its Cyrillic lemmatiser loads on first use)."""
    from ..nlp.names import name_key, same_person

    return name_key, same_person


@dataclass(frozen=True)
class FuseOptions:
    """Weights and limits of fusion, calibrated as a set (see docs/ledger.md) on hand-made corpora
    and the dev set's gold records (fusing gold records must reproduce release_ids.jsonl)."""

    join_threshold: float = 2.5  # = one strong signal (same day, shared person, same large count)
    near_days: int = 3  # pardon signed vs prisoners at the border: 1-3 days apart in the dev set
    max_days: int = 7  # beyond a week two dated reports are different releases (dev: 16 vs 23 Aug)
    fresh_days: int = 7  # an undated main report describes a release at most a week before publication
    stale_days: int = 30  # ...and not one more than a month before it
    min_pub_confidence: float = 0.5  # pub dates below this (e.g. migration stamps) are not used
    # a main (not background) report's date ends at most 5 days before its publication in the gold
    # of dev + sample (50 records); predicted main dates years off ('2019' in a 2024 report) are
    # extraction slips. Swept 90/180/365/730 on dev + sample predictions: all equal, 365 is safest.
    stale_main_days: int = 365
    # a background mention naming one of a release's people attaches to the one entry whose month it
    # fits even on weak evidence (swept 0.5/1.0/1.5 on sample predictions: 1.0 joins the February
    # and July 2024 passing mentions, 1.5 joins neither, 0.5 adds nothing on dev or sample)
    background_threshold: float = 1.0
    # two documents that each report releases by the same two states (the two sides of a swap):
    # with a fresh publication date (+1) it is enough to join a report that shares nothing else
    # (swept 0.5/1.0/1.5/2.5 on sample predictions: 1.5 joins the German report of the Ankara swap,
    # below that nothing joins; dev has no swap told by two documents, so it is unchanged)
    swap_bonus: float = 1.5


class DateParts(NamedTuple):
    y: int | None
    m: int | None
    d: int | None

    @property
    def full(self) -> bool:
        return self.y is not None and self.m is not None and self.d is not None

    def text(self) -> str:
        if self.y is None:
            return f"-{self.m:02d}-{self.d:02d}" if self.m and self.d else ""
        if self.m is None:
            return f"{self.y:04d}"
        return f"{self.y:04d}-{self.m:02d}" + (f"-{self.d:02d}" if self.d else "")


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")
_MD = re.compile(r"^-(\d{1,2})-(\d{1,2})$")


def parse_date(s: str | None) -> DateParts | None:
    if not s:
        return None
    if m := _MD.match(s):
        return DateParts(None, int(m[1]), int(m[2]))
    if m := _DATE.match(s):
        return DateParts(int(m[1]), int(m[2]) if m[2] else None, int(m[3]) if m[3] else None)
    return None


def _as_date(p: DateParts) -> Date | None:
    try:
        return Date(p.y, p.m, p.d) if p.full else None  # type: ignore[arg-type]
    except ValueError:
        return None


def _period(p: DateParts) -> tuple[Date | None, Date | None]:
    """First and last day a (possibly partial) date with a year can mean; (None, None) without one."""
    if p.y is None:
        return None, None
    if p.full and (d := _as_date(p)):
        return d, d
    first = Date(p.y, p.m or 1, 1)
    last = Date(p.y + 1, 1, 1) if (p.m or 12) == 12 else Date(p.y, (p.m or 12) + 1, 1)
    return first, last - timedelta(days=1)


def resolve_year(p: DateParts | None, pub: DateParts | None) -> DateParts | None:
    """Give a '-MM-DD' date the year of the document that reports it (the year before when the
    day falls after publication: a report in January of a release on 28 December)."""
    if p is None or p.y is not None or pub is None or pub.y is None or p.m is None:
        return p
    later = (p.m, p.d or 1) > (pub.m or 12, (pub.d or 28) + 2)
    return DateParts(pub.y - 1 if later else pub.y, p.m, p.d)


@dataclass
class MentionRec:
    """One release mention with what fusion needs about its document."""

    mention_id: int
    doc_id: int
    doc: str
    idx: int
    release: Release
    pub_date: str | None = None
    pub_confidence: float = 1.0
    group: int = 0  # duplicate group: the smallest doc id among syndicated copies
    date: DateParts | None = None  # the mention's date, year filled from the pub date when missing
    date_dropped: bool = False  # a main report's date long before its publication: not used
    options: FuseOptions = field(default_factory=FuseOptions, repr=False)

    def __post_init__(self) -> None:
        if not self.group:
            self.group = self.doc_id
        pub = self.trusted_pub
        self.date = resolve_year(parse_date(self.release.date), pub)
        if self.date and pub and not self.release.background:
            end, p = _period(self.date)[1], _as_date(pub)
            if end and p and (p - end).days > self.options.stale_main_days:
                self.date, self.date_dropped = None, True

    @property
    def trusted_pub(self) -> DateParts | None:
        p = parse_date(self.pub_date)
        return p if p and p.full and self.pub_confidence >= self.options.min_pub_confidence else None


@dataclass
class Cluster:
    """A canonical release in the making."""

    members: list[MentionRec] = field(default_factory=list)
    id: str | None = None
    scores: dict[int, tuple[float, str]] = field(default_factory=dict)  # mention id -> (score, why)

    @property
    def state(self) -> str | None:
        states = Counter(m.release.releasing_state for m in self.members if m.release.releasing_state)
        return states.most_common(1)[0][0] if states else None

    def names(self) -> list[str]:
        return [n for m in self.members for n in m.release.named]

    def counts(self) -> set[int]:
        return {m.release.count for m in self.members if m.release.count is not None}


# --------------------------------------------------------------------------- pairwise evidence


def _compare_dates(x: DateParts, y: DateParts, opt: FuseOptions) -> float | None:
    if x.full and y.full:
        dx, dy = _as_date(x), _as_date(y)
        if dx is None or dy is None:
            return None
        days = abs((dx - dy).days)
        if days == 0:
            return 3.0
        if days <= opt.near_days:
            return 2.0
        return 0.5 if days <= opt.max_days else None
    if x.m and x.d and y.m and y.d:  # one has no year: compare month and day
        if x.y is not None and y.y is not None and x.y != y.y:
            return None
        days = abs((Date(2001, x.m, min(x.d, 28)) - Date(2001, y.m, min(y.d, 28))).days)
        if days == 0:
            return 2.5
        return 1.5 if days <= opt.near_days else None
    if x.y is not None and y.y is not None and x.y != y.y:
        return None
    if x.m is not None and y.m is not None:
        if x.m != y.m:
            return None
        return 1.0 if x.y is not None and y.y is not None else 0.5
    return 0.25 if x.y is not None and y.y is not None else 0.0


def _days(a: DateParts, b: DateParts) -> int | None:
    da, db = _as_date(a), _as_date(b)
    return (da - db).days if da and db else None


def _predates(undated: MentionRec, dated: DateParts) -> bool:
    """The undated mention's document was published before the other's release (a day's slack for
    time zones): it cannot report it, whatever else the two share."""
    pub = undated.trusted_pub
    p = _as_date(pub) if pub else None
    first = _period(dated)[0]
    return bool(p and first and (first - p).days > 1)


def _undated_vs(dated: DateParts, undated: MentionRec, opt: FuseOptions) -> float | None:
    """An undated mention placed by its document's publication date (weak evidence); None when the
    report predates the release."""
    if _predates(undated, dated):
        return None
    pub = undated.trusted_pub
    p, (_, last) = (_as_date(pub) if pub else None), _period(dated)
    if p is None or last is None or undated.release.background:
        return 0.0
    gap = (p - last).days
    if gap <= opt.fresh_days:
        return 1.0 if dated.full else 0.0  # 'published this week' says little against a month
    return 0.0 if gap <= opt.stale_days else -1.5


def impossible_pair(a: MentionRec, b: MentionRec) -> bool:
    """One of the two documents was published before the release the other one dates."""
    if a.date and not b.date:
        return _predates(b, a.date)
    if b.date and not a.date:
        return _predates(a, b.date)
    return False


def _both_undated(a: MentionRec, b: MentionRec, opt: FuseOptions) -> float:
    pa, pb = a.trusted_pub, b.trusted_pub
    gap = _days(pa, pb) if pa and pb else None
    if gap is None or a.release.background or b.release.background:
        return 0.0
    gap = abs(gap)
    if gap <= opt.near_days:
        return 1.0
    return -1.5 if gap > opt.stale_days else 0.0


def pair_date_score(a: MentionRec, b: MentionRec, opt: FuseOptions) -> float | None:
    """Date evidence that two mentions describe one release; None when the dates exclude it."""
    if a.date and b.date:
        return _compare_dates(a.date, b.date, opt)
    if not a.date and not b.date:
        return _both_undated(a, b, opt)
    dated, undated = (a, b) if a.date else (b, a)
    assert dated.date is not None
    return _undated_vs(dated.date, undated, opt)


def shared_people(names_a: Iterable[str], names_b: Iterable[str], same: SamePerson) -> int:
    nb = list(names_b)
    return sum(1 for a in names_a if any(same(a, b) for b in nb))


def _complete(names: list[str], counts: Iterable[int]) -> bool:
    """The named people are everyone freed (so a disjoint list means different people)."""
    cs = list(counts)
    return bool(names) and bool(cs) and max(cs) <= len(names)


def _count_score(c: int | None, counts: set[int], overlap: int) -> float:
    if c is None or not counts:
        return 0.0
    if c in counts:
        # the same batch size: 30 or 123 is distinctive, '1' is not
        return 2.5 if c >= 5 else (1.0 if c >= 2 else 0.5)
    nearest = min(counts, key=lambda x: abs(x - c))
    ratio = max(c, nearest) / max(1, min(c, nearest))
    return -1.0 if ratio >= 3 and not overlap else 0.0


def _same_doc_mergeable(a: MentionRec, b: MentionRec) -> bool:
    """Two records of one document (or of syndicated copies) are one release only when they
    share a full date or the same 'in return' (one deal told in parts)."""
    if a.date and b.date and a.date.full and a.date == b.date:
        return True
    ra, rb = (a.release.in_return or "").strip().lower(), (b.release.in_return or "").strip().lower()
    return bool(ra) and ra == rb


def score(m: MentionRec, c: Cluster, same: SamePerson, opt: FuseOptions) -> tuple[float, str] | None:
    """Evidence that ``m`` belongs to ``c`` as (score, reasons), or None when something excludes it."""
    state, mstate = c.state, m.release.releasing_state
    if mstate and state and mstate != state:
        return None
    for other in c.members:
        if other.group == m.group and not _same_doc_mergeable(m, other):
            return None
    overlap = shared_people(m.release.named, c.names(), same)
    if (mstate is None or state is None) and not overlap:
        return None
    why: list[str] = []
    total = 0.0
    dates = [pair_date_score(m, o, opt) for o in c.members]
    conflicts = sum(1 for s in dates if s is None)
    support = sum(1 for s in dates if s is not None and s > 0)
    ds = max((s for s in dates if s is not None), default=0.0)
    impossible = sum(1 for o in c.members if impossible_pair(m, o))
    if impossible and impossible >= support:
        return None  # a report older than the release: no shared name bridges that
    exact = sum(
        1
        for o, s in zip(c.members, dates, strict=True)
        if s is None and m.date and m.date.full and o.date and o.date.full
    )
    if exact and overlap < 2 and exact >= support:
        # two exact days weeks apart: one shared name does not bridge them (the extractor lists
        # bystanders as freed: a head of state, an opposition leader freed earlier)
        return None
    if conflicts:
        if overlap:
            ds = min(ds, 0.0)  # a shared person bridges a date conflict, but the dates add nothing
            why.append("date conflict bridged by a shared person")
        elif support > conflicts:
            ds -= 1.0  # most members agree: one outlying date (an extraction slip) only weakens
        else:
            return None
    total += ds
    if ds:
        why.append(f"date {ds:+.1f}")
    if overlap:
        s = 3.0 + 0.5 * (min(overlap, 4) - 1)
        total += s
        why.append(f"{overlap} shared name(s) {s:+.1f}")
    elif _complete(m.release.named, [m.release.count or 0]) and _complete(c.names(), c.counts() or {0}):
        total -= 3.0
        why.append("different people -3.0")
    cs = _count_score(m.release.count, c.counts(), overlap)
    if cs < 0 and m.release.background and m.release.count is not None and m.release.count < max(c.counts()):
        cs = 0.0  # a passing mention of one or two of a larger release's people
    if cs:
        total += cs
        why.append(f"count {cs:+.1f}")
    return total, ", ".join(why) or "no evidence"


# --------------------------------------------------------------------------- clustering


def _order(m: MentionRec) -> tuple[Any, ...]:
    precision = 0 if m.date is None else (3 if m.date.full else (2 if m.date.d else 1))
    return (m.release.background, -precision, m.date.text() if m.date else "~", m.doc_id, m.idx)


def _syndicated_partner(m: MentionRec, clusters: list[Cluster]) -> Cluster | None:
    """The cluster holding the same record of another copy of this document, if placed."""
    best: tuple[int, Cluster] | None = None
    for c in clusters:
        for o in c.members:
            if o.group != m.group or o.doc_id == m.doc_id:
                continue
            if o.release.releasing_state != m.release.releasing_state:
                continue
            same_record = o.idx == m.idx or (
                o.release.count is not None and o.release.count == m.release.count and o.date == m.date
            )
            if not same_record:
                continue  # another record of the copy: this one is placed on its own evidence
            agree = (o.idx == m.idx) * 4 + (o.release.count == m.release.count) * 2 + (o.release.date == m.release.date)
            if best is None or agree > best[0]:
                best = (agree, c)
    return best[1] if best else None


def fuse(
    mentions: Iterable[MentionRec],
    clusters: list[Cluster] | None = None,
    options: FuseOptions | None = None,
    same: SamePerson | None = None,
) -> list[Cluster]:
    """Place ``mentions`` into ``clusters`` (existing entries are kept and only grow)."""
    opt = options or FuseOptions()
    same = functools.lru_cache(maxsize=200_000)(same or name_tools()[1])  # names recur across reports
    out = list(clusters or [])
    by_state: dict[str | None, list[int]] = {}  # blocking: only entries of the mention's state are scored
    for i, c in enumerate(out):
        by_state.setdefault(c.state, []).append(i)
    todo = sorted(mentions, key=_order)
    first_new = len(out)
    docs_in_group: dict[int, set[int]] = {}
    for x in [*todo, *(o for c in out for o in c.members)]:
        docs_in_group.setdefault(x.group, set()).add(x.doc_id)
    for m in todo:
        partner = _syndicated_partner(m, out) if len(docs_in_group[m.group]) > 1 else None
        if partner is not None:
            partner.members.append(m)
            partner.scores[m.mention_id] = (10.0, "syndicated copy")
            continue
        st = m.release.releasing_state
        cands = sorted(set(by_state.get(st, []) + by_state.get(None, []))) if st else range(len(out))
        best: tuple[float, int, Cluster, str] | None = None
        weak: list[tuple[float, int, Cluster, str]] = []  # for a background mention: weak fits
        for i in cands:
            c = out[i]
            got = score(m, c, same, opt)
            if got is None or got[0] < min(opt.join_threshold, opt.background_threshold):
                continue
            if got[0] < opt.join_threshold:
                if any((pair_date_score(m, o, opt) or 0.0) > 0 for o in c.members):  # its date fits
                    weak.append((got[0], i, c, got[1] + " (background, the one entry it fits)"))
                continue
            if best is None or (got[0], -i) > (best[0], -best[1]):
                best = (got[0], i, c, got[1])
        if best is None and m.release.background and len(weak) == 1:
            best = weak[0]
        if best is not None:
            best[2].members.append(m)
            best[2].scores[m.mention_id] = (best[0], best[3])
            if best[1] not in by_state.setdefault(best[2].state, []):
                by_state[best[2].state].append(best[1])
        else:
            why = "background only: no entry fitted" if m.release.background else "first report"
            out.append(Cluster(members=[m], scores={m.mention_id: (0.0, why)}))
            by_state.setdefault(st, []).append(len(out) - 1)
    _join_swap_sides(out, first_new, same, opt)
    return [c for c in out if c.members]


def _join_swap_sides(out: list[Cluster], first_new: int, same: SamePerson, opt: FuseOptions) -> None:
    """Second look at the main reports left alone in this run: one joins an entry of its state when
    another record of its document sits in an entry X of another state and a document of that
    entry also has a record in X (two outlets telling both sides of one swap)."""
    docs: dict[int, set[int]] = {}  # doc id -> ids of the entries holding its records
    for c in out:
        for o in c.members:
            docs.setdefault(o.doc_id, set()).add(id(c))
    for k in range(first_new, len(out)):
        c0 = out[k]
        if len(c0.members) != 1 or c0.members[0].release.background or not c0.state:
            continue
        m = c0.members[0]
        others = {id(x) for x in out if x.state != m.release.releasing_state and id(x) in docs[m.doc_id]}
        best: tuple[float, Cluster, str] | None = None
        for c in out:
            if c is c0 or c.state != c0.state or not others:
                continue
            if not any(docs[o.doc_id] & others for o in c.members if o.group != m.group):
                continue
            got = score(m, c, same, opt)
            if got and got[0] + opt.swap_bonus >= opt.join_threshold and (best is None or got[0] > best[0]):
                best = (got[0] + opt.swap_bonus, c, got[1])
        if best is not None:
            c0.members.clear()
            best[1].members.append(m)
            best[1].scores[m.mention_id] = (best[0], f"{best[2]}, both sides of one swap {opt.swap_bonus:+.1f}")
            docs[m.doc_id].discard(id(c0))
            docs[m.doc_id].add(id(best[1]))


def swap_links(clusters: list[Cluster]) -> list[tuple[Cluster, Cluster]]:
    """Pairs of entries released against each other: two main records of one document with
    different releasing states, compatible dates and an 'in return' on at least one side."""
    where: dict[int, Cluster] = {m.mention_id: c for c in clusters for m in c.members}
    by_doc: dict[int, list[MentionRec]] = {}
    for c in clusters:
        for m in c.members:
            if not m.release.background:
                by_doc.setdefault(m.doc_id, []).append(m)
    pairs: dict[tuple[int, int], tuple[Cluster, Cluster]] = {}
    for ms in by_doc.values():
        for i, a in enumerate(ms):
            for b in ms[i + 1 :]:
                sa, sb = a.release.releasing_state, b.release.releasing_state
                if not sa or not sb or sa == sb or not (a.release.in_return or b.release.in_return):
                    continue
                if pair_date_score(a, b, FuseOptions()) is None:
                    continue
                ca, cb = where[a.mention_id], where[b.mention_id]
                pairs[tuple(sorted((id(ca), id(cb))))] = (ca, cb)  # type: ignore[index]
    return list(pairs.values())
