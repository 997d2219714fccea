"""The weekly report: per pair of actors, the week's events and whether relations got better or worse.

Events come from the ``events`` table and from release mentions (a release is an event of the
releasing state towards each mediator, each state whose citizens were freed and the destination).
An event's day is its own date when complete; a day without a year (``-09-11``) takes the year of
the document's publication date; a missing date falls back to the publication date (never for a
``background`` release, which reports an older one). Each event gets a weight on a Goldstein-like
cooperation (+) / conflict (-) scale; the trend compares the mean weight of the week's distinct
events with the mean over the previous ``window_weeks`` weeks. The scale and thresholds are
described in docs/web.md.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from .errors import Errors, LedgerError
from .store import Store
from .store.documents import get_document
from .store.extractions import iter_events, iter_release_mentions

# Weight per event type on a -10 (conflict) .. +10 (cooperation) scale, after the Goldstein scale
# of the CAMEO codes the types map to (DOMAIN.md): 0841 release +7, 085 ease sanctions +6,
# 050 diplomatic cooperation +5, 046 negotiate +3.5, 035x offer +3, 010 statement 0, 10xx demand -2
# (milder than CAMEO's -5: here a demand to free prisoners is the normal, low-key pressure), 13x
# threaten -4.5, 163 sanction -5, 173 arrest -5, 116 sentence -4, 161 downgrade relations -6.
TYPE_WEIGHTS: dict[str, float] = {
    "RELEASE": 7.0,
    "SANCTION_RELIEF": 6.0,
    "DIPLOMATIC_UPGRADE": 5.0,
    "NEGOTIATE": 3.5,
    "OFFER": 3.0,
    "STATEMENT": 0.0,
    "DEMAND": -2.0,
    "THREATEN": -4.5,
    "SANCTION": -5.0,
    "ARREST": -5.0,
    "SENTENCE": -4.0,
    "DIPLOMATIC_DOWNGRADE": -6.0,
    "REFUSE": -4.0,  # CAMEO 12 (1243: refuse to release)
}
# Fallback for an unknown type with a CAMEO code: the approximate Goldstein value of the code's root.
CAMEO_ROOT_WEIGHTS: dict[str, float] = {
    "01": 0.0,
    "02": 3.0,
    "03": 4.0,
    "04": 1.0,
    "05": 3.5,
    "06": 6.0,
    "07": 7.0,
    "08": 5.0,
    "09": -2.0,
    "10": -5.0,
    "11": -2.0,
    "12": -4.0,
    "13": -6.0,
    "14": -6.5,
    "15": -7.2,
    "16": -4.0,
    "17": -7.0,
    "18": -9.0,
    "19": -10.0,
    "20": -10.0,
}
# An announced or planned act weighs half the act itself: it signals intent, not delivery.
PLANNED_FACTOR = 0.5
# A change of the mean weight of at least this much (either way) is a trend. The scale's steps are
# 0.5 to 2 apart, so 1.0 means the week's typical event moved at least one step (e.g. from talks,
# +3.5, to a mix of talks and an offer and a demand). Chosen by hand on the hand-made weeks of
# tests/test_report.py; no multi-week gold exists yet to calibrate it on.
TREND_THRESHOLD = 1.0

_WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NO_YEAR_RE = re.compile(r"^-(\d{2})-(\d{2})$")


@dataclass(frozen=True)
class ReportOptions:
    """How the report is built and where its evidence links point."""

    window_weeks: int = 4  # weeks before the report's week that form the baseline
    base_url: str = ""  # prefix of the dashboard's document links ('' = relative to the dashboard)


@dataclass
class ReportEvent:
    """One event placed on a day and on a pair of actors, with where it was read."""

    day: dt.date
    type: str
    source: str | None
    target: str | None
    weight: float
    speaker: str | None = None
    quote: str | None = None
    modality: str | None = None
    detail: str = ""
    evidence: list[dict[str, Any]] = field(default_factory=list)  # {doc, doc_id, start, end, sentence}

    @property
    def pair(self) -> tuple[str, ...]:
        return pair_key(self.source, self.target)

    @property
    def key(self) -> tuple[Any, ...]:
        return (self.type, self.pair, self.day, self.weight)


def parse_week(week: str) -> tuple[dt.date, dt.date]:
    """'2025-W37' -> (Monday, Sunday) of that ISO week; anything else raises E702."""
    m = _WEEK_RE.match(week.strip()) if isinstance(week, str) else None
    if not m:
        raise LedgerError(Errors.E702.format(week=week))
    try:
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise LedgerError(Errors.E702.format(week=week)) from exc
    return monday, monday + dt.timedelta(days=6)


def week_label(day: dt.date) -> str:
    y, w, _ = day.isocalendar()
    return f"{y}-W{w:02d}"


def pair_key(source: str | None, target: str | None) -> tuple[str, ...]:
    """The unordered pair of actor codes (or a single actor when the other side is unknown)."""
    actors = {a for a in (source, target) if a}
    return tuple(sorted(actors))


def pair_label(pair: tuple[str, ...]) -> str:
    return "–".join(pair) if pair else "(no actor)"


def event_weight(etype: str, cameo: str | None = None, modality: str | None = None) -> float:
    """The cooperation-conflict weight of an event, adjusted for its modality."""
    if modality == "denied":
        return TYPE_WEIGHTS["REFUSE"]
    if modality == "demanded" and etype != "DEMAND":
        return TYPE_WEIGHTS["DEMAND"]
    if modality == "offered" and etype != "OFFER":
        return TYPE_WEIGHTS["OFFER"]
    if etype in TYPE_WEIGHTS:
        base = TYPE_WEIGHTS[etype]
    elif cameo and cameo[:2] in CAMEO_ROOT_WEIGHTS:
        base = CAMEO_ROOT_WEIGHTS[cameo[:2]]
    else:
        base = 0.0
    if modality in ("planned", "announced", "conditional"):
        return base * PLANNED_FACTOR
    return base


def resolve_day(value: str | None, pub_date: str | None, background: bool = False) -> dt.date | None:
    """The day an event happened: its own date, completed from the publication date when needed."""
    pub = _to_day(pub_date)
    if value and _DAY_RE.match(value):
        return _to_day(value)
    if value and (m := _NO_YEAR_RE.match(value)):
        if pub is None:
            return None
        try:
            day = dt.date(pub.year, int(m.group(1)), int(m.group(2)))
        except ValueError:
            return None
        # a day-month after publication (by more than a week) was last year's
        return day.replace(year=pub.year - 1) if day > pub + dt.timedelta(days=7) else day
    if value:
        # a month or year only: the publication day stands in when it falls inside that period
        return pub if pub is not None and not background and pub.isoformat().startswith(value) else None
    return None if background else pub


def _to_day(value: str | None) -> dt.date | None:
    if not value or not _DAY_RE.match(value):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def _evidence(doc: str, doc_id: int, ev: Any) -> dict[str, Any]:
    if ev is None:
        return {"doc": doc, "doc_id": doc_id, "start": None, "end": None, "sentence": ""}
    return {"doc": doc, "doc_id": doc_id, "start": ev.start, "end": ev.end, "sentence": ev.sentence}


def collect_events(store: Store) -> list[ReportEvent]:
    """Every stored event and release mention placed on a day (those with no day are left out).

    A RELEASE row of the events table that echoes a release mention of the same document and
    releasing state is skipped: the mention carries the counterparts (mediator, nationalities,
    destination), so it is the one counted.
    """
    pub_cache: dict[int, str | None] = {}
    mentions = list(iter_release_mentions(store))
    told = {(doc_id, r.releasing_state) for _m, doc_id, _d, r in mentions}

    def pub_of(doc_id: int) -> str | None:
        if doc_id not in pub_cache:
            d = get_document(store, doc_id)
            pub_cache[doc_id] = d.pub_date.value if d else None
        return pub_cache[doc_id]

    out: list[ReportEvent] = []
    for _eid, doc_id, doc, e in iter_events(store):
        day = resolve_day(e.date, pub_of(doc_id))
        if day is None or not (e.source or e.target) or (e.type == "RELEASE" and (doc_id, e.source) in told):
            continue
        out.append(
            ReportEvent(
                day,
                e.type,
                e.source,
                e.target,
                event_weight(e.type, e.cameo, e.modality),
                speaker=e.speaker,
                quote=e.quote,
                modality=e.modality,
                detail=e.note or "",
                evidence=[_evidence(doc, doc_id, e.evidence)],
            )
        )
    for _mid, doc_id, doc, r in mentions:
        day = resolve_day(r.date, pub_of(doc_id), r.background)
        if day is None or not r.releasing_state:
            continue
        others: list[str | None] = [
            a for a in [*r.mediator, *r.nationalities, r.destination] if a and a != r.releasing_state
        ]
        weight = event_weight("RELEASE", "0841", "announced" if r.status == "announced" else None)
        detail = f"{r.count} freed" if r.count is not None else (r.count_text or "")
        if r.named:
            detail += (": " if detail else "") + ", ".join(r.named[:6]) + (" …" if len(r.named) > 6 else "")
        if r.in_return:
            detail += f"; in return: {r.in_return}"
        for other in dict.fromkeys(others or [None]):
            out.append(
                ReportEvent(
                    day,
                    "RELEASE",
                    r.releasing_state,
                    other,
                    weight,
                    detail=detail,
                    modality=r.status,
                    evidence=[_evidence(doc, doc_id, r.evidence)],
                )
            )
    return out


def _merge(events: list[ReportEvent]) -> list[ReportEvent]:
    """One entry per distinct event (type, pair, day, weight); the reports behind it are kept together."""
    merged: dict[tuple[Any, ...], ReportEvent] = {}
    for e in sorted(events, key=lambda x: (x.day, x.type)):
        if e.key in merged:
            m = merged[e.key]
            m.evidence.extend(x for x in e.evidence if x not in m.evidence)
            m.quote = m.quote or e.quote
            m.speaker = m.speaker or e.speaker
            m.detail = m.detail or e.detail
        else:
            merged[e.key] = ReportEvent(
                e.day,
                e.type,
                e.source,
                e.target,
                e.weight,
                e.speaker,
                e.quote,
                e.modality,
                e.detail,
                list(e.evidence),
            )
    return list(merged.values())


def _mean(events: list[ReportEvent]) -> float | None:
    return sum(e.weight for e in events) / len(events) if events else None


def trend_of(week_mean: float, baseline_mean: float | None) -> str:
    """'better', 'worse' or 'unchanged' (no earlier events: compared with a neutral 0)."""
    delta = week_mean - (baseline_mean if baseline_mean is not None else 0.0)
    if delta >= TREND_THRESHOLD:
        return "better"
    if delta <= -TREND_THRESHOLD:
        return "worse"
    return "unchanged"


def week_summary(store: Store, week: str, options: ReportOptions | None = None) -> dict[str, Any]:
    """The report's data: per pair the week's distinct events, their scores and the trend."""
    opts = options or ReportOptions()
    monday, sunday = parse_week(week)
    base_start = monday - dt.timedelta(weeks=opts.window_weeks)
    everything = collect_events(store)
    this_week = _merge([e for e in everything if monday <= e.day <= sunday])
    before = _merge([e for e in everything if base_start <= e.day < monday])
    by_pair: dict[tuple[str, ...], list[ReportEvent]] = defaultdict(list)
    for e in this_week:
        by_pair[e.pair].append(e)
    before_by_pair: dict[tuple[str, ...], list[ReportEvent]] = defaultdict(list)
    for e in before:
        before_by_pair[e.pair].append(e)
    pairs: list[dict[str, Any]] = []
    for pair, evs in by_pair.items():
        week_mean = _mean(evs) or 0.0
        base = before_by_pair.get(pair, [])
        base_mean = _mean(base)
        pairs.append(
            {
                "pair": pair_label(pair),
                "actors": list(pair),
                "n_events": len(evs),
                "sum": round(sum(e.weight for e in evs), 2),
                "mean": round(week_mean, 2),
                "baseline_mean": None if base_mean is None else round(base_mean, 2),
                "baseline_n": len(base),
                "delta": round(week_mean - (base_mean or 0.0), 2),
                "trend": trend_of(week_mean, base_mean),
                "events": [_event_dict(e, opts) for e in evs],
                "quotes": [
                    {
                        "speaker": e.speaker,
                        "quote": e.quote,
                        "evidence": e.evidence[0] if e.evidence else None,
                        "link": _link(e.evidence[0], opts) if e.evidence else "",
                    }
                    for e in evs
                    if e.quote
                ],
            }
        )
    pairs.sort(key=lambda p: (-p["n_events"], p["pair"]))
    return {
        "week": week_label(monday),
        "start": monday.isoformat(),
        "end": sunday.isoformat(),
        "baseline": f"{week_label(base_start)} – {week_label(monday - dt.timedelta(days=1))}",
        "threshold": TREND_THRESHOLD,
        "pairs": pairs,
    }


def _link(ev: dict[str, Any], opts: ReportOptions) -> str:
    anchor = f"#ev-{ev['start']}-{ev['end']}" if ev.get("start") is not None else ""
    return f"{opts.base_url}/document/{ev['doc_id']}{anchor}"


def _event_dict(e: ReportEvent, opts: ReportOptions) -> dict[str, Any]:
    return {
        "date": e.day.isoformat(),
        "type": e.type,
        "source": e.source,
        "target": e.target,
        "weight": e.weight,
        "modality": e.modality,
        "speaker": e.speaker,
        "quote": e.quote,
        "detail": e.detail,
        "evidence": [{**ev, "link": _link(ev, opts)} for ev in e.evidence],
    }


def weekly_report(store: Store, week: str, fmt: str = "md", options: ReportOptions | None = None) -> str:
    """The weekly report for ISO ``week`` ('2025-W37') as Markdown ('md') or a standalone HTML page."""
    if fmt not in ("md", "html"):
        raise LedgerError(Errors.E701.format(fmt=fmt, choices="md, html"))
    summary = week_summary(store, week, options)
    return render_markdown(summary) if fmt == "md" else render_html(summary)


def _md(text: str | None) -> str:
    """Article text made inert in Markdown: no raw HTML, no link syntax, one line."""
    s = " ".join((text or "").split())
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"([\\`*_\[\]|])", r"\\\1", s)


def _signed(x: float | None) -> str:
    return "n/a" if x is None else f"{x:+.1f}"


def render_markdown(summary: dict[str, Any]) -> str:
    lines = [f"# Weekly report {summary['week']} ({summary['start']} – {summary['end']})", ""]
    lines.append(
        f"Trend: mean event weight this week against {summary['baseline']} "
        f"(change of ±{summary['threshold']} or more is a trend; scale in docs/web.md)."
    )
    lines.append("")
    if not summary["pairs"]:
        lines.append("No dated events this week.")
    for p in summary["pairs"]:
        lines.append(f"## {p['pair']}: {p['trend']}")
        lines.append("")
        lines.append(
            f"{p['n_events']} events, mean {_signed(p['mean'])} (sum {_signed(p['sum'])}); "
            f"previous weeks: mean {_signed(p['baseline_mean'])} over {p['baseline_n']} events; "
            f"change {_signed(p['delta'])}."
        )
        lines.append("")
        for e in p["events"]:
            who = f"{e['source'] or '?'} → {e['target'] or '?'}"
            line = f"- {e['date']} **{e['type']}** {who} ({_signed(e['weight'])})"
            if e["detail"]:
                line += f": {_md(e['detail'])}"
            lines.append(line)
            for ev in e["evidence"]:
                lines.append(f"  - [{_md(ev['doc'])}]({ev['link']}): {_md(ev['sentence'])}")
        if p["quotes"]:
            lines.append("")
            lines.append("Quotes:")
            lines.append("")
            for q in p["quotes"]:
                who = f" — {_md(q['speaker'])}" if q["speaker"] else ""
                lines.append(f"> “{_md(q['quote'])}”{who} ([source]({q['link']}))")
                lines.append("")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_CSS = (
    "body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}"
    ".better{color:#17663a}.worse{color:#a11}.unchanged{color:#555}blockquote{color:#333}"
)


def render_html(summary: dict[str, Any]) -> str:
    esc = html.escape
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Weekly report {esc(summary['week'])}</title><style>{_CSS}</style></head><body>",
        f"<h1>Weekly report {esc(summary['week'])} ({esc(summary['start'])} – {esc(summary['end'])})</h1>",
        f"<p>Trend: mean event weight this week against {esc(summary['baseline'])} "
        f"(a change of ±{summary['threshold']} or more is a trend).</p>",
    ]
    if not summary["pairs"]:
        out.append("<p>No dated events this week.</p>")
    for p in summary["pairs"]:
        out.append(f"<section><h2>{esc(p['pair'])}: <span class='{esc(p['trend'])}'>{esc(p['trend'])}</span></h2>")
        out.append(
            f"<p>{p['n_events']} events, mean {_signed(p['mean'])} (sum {_signed(p['sum'])}); previous "
            f"weeks: mean {_signed(p['baseline_mean'])} over {p['baseline_n']} events.</p><ul>"
        )
        for e in p["events"]:
            detail = f": {esc(e['detail'])}" if e["detail"] else ""
            out.append(
                f"<li>{esc(e['date'])} <b>{esc(e['type'])}</b> {esc(e['source'] or '?')} → "
                f"{esc(e['target'] or '?')} ({_signed(e['weight'])}){detail}<ul>"
            )
            for ev in e["evidence"]:
                out.append(f"<li><a href='{esc(ev['link'])}'>{esc(ev['doc'])}</a>: {esc(ev['sentence'])}</li>")
            out.append("</ul></li>")
        out.append("</ul>")
        for q in p["quotes"]:
            who = f" — {esc(q['speaker'])}" if q["speaker"] else ""
            out.append(f"<blockquote>“{esc(q['quote'])}”{who} (<a href='{esc(q['link'])}'>source</a>)</blockquote>")
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"
