"""The HTML pages (Jinja2 templates, autoescaped; the timeline chart is SVG drawn here, on the server)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from pydantic import ValidationError

from ..report import ReportOptions, week_label, week_summary
from ..store import ledger as ledger_store
from ..store.documents import count_documents
from . import queries
from .api import LedgerQueryDep, ReviewIn, StoreDep, apply_review
from .security import invalid, not_found

router = APIRouter(include_in_schema=False)
_MONTH = re.compile(r"^\d{4}-\d{2}")

# Chart geometry in SVG user units; the SVG scales to the page width (viewBox).
CHART_W, CHART_H, PAD_L, PAD_R, PAD_T, PAD_B = 640, 300, 48, 12, 16, 34
# 12 distinguishable colours (Tableau-like); states beyond 12 reuse them in order.
PALETTE = (
    "#1f77b4",
    "#d62728",
    "#2ca02c",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#7f7f7f",
    "#bcbd22",
    "#17becf",
    "#393b79",
    "#637939",
)


def _page(request: Request, template: str, **ctx: Any) -> HTMLResponse:
    policy = request.app.state.write_policy
    ctx.setdefault("token_required", policy.required)
    resp: HTMLResponse = request.app.state.templates.TemplateResponse(request, template, ctx)
    return resp


def _months(first: str, last: str) -> list[str]:
    y, m = int(first[:4]), int(first[5:7])
    out = []
    while f"{y:04d}-{m:02d}" <= last:
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def _nice_max(v: float) -> float:
    if v <= 0:
        return 1.0
    step = 10 ** (len(str(int(v))) - 1)
    return float(((int(v) // step) + 1) * step)


def timeline_chart(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of two SVG panels: freed per month (stacked bars) and cumulative (lines), per state."""
    rows = [r for r in rows if _MONTH.match(str(r.get("month") or ""))]
    if not rows:
        return {"empty": True}
    months = _months(min(r["month"][:7] for r in rows), max(r["month"][:7] for r in rows))
    states = sorted({r["state"] or "?" for r in rows})
    colour = {s: PALETTE[i % len(PALETTE)] for i, s in enumerate(states)}
    inner_w, inner_h = CHART_W - PAD_L - PAD_R, CHART_H - PAD_T - PAD_B
    slot = inner_w / len(months)
    x_of = {m: PAD_L + i * slot for i, m in enumerate(months)}
    per_month: dict[str, int] = {}
    for r in rows:
        per_month[r["month"][:7]] = per_month.get(r["month"][:7], 0) + int(r["freed"] or 0)
    bar_max = _nice_max(max(per_month.values()))
    bars, stacked = [], dict.fromkeys(months, 0.0)
    for r in sorted(rows, key=lambda r: (r["month"], r["state"] or "")):
        m, v = r["month"][:7], int(r["freed"] or 0)
        h = inner_h * v / bar_max
        y = PAD_T + inner_h - stacked[m] - h
        stacked[m] += h
        bars.append(
            {
                "x": round(x_of[m] + slot * 0.15, 1),
                "y": round(y, 1),
                "w": round(max(slot * 0.7, 1), 1),
                "h": round(h, 1),
                "fill": colour[r["state"] or "?"],
                "state": r["state"] or "?",
                "month": m,
                "value": v,
            }
        )
    cum_max = _nice_max(max(int(r["cumulative"] or 0) for r in rows))
    lines = []
    for s in states:
        pts = [r for r in sorted(rows, key=lambda r: r["month"]) if (r["state"] or "?") == s]
        circles = [
            {
                "cx": round(x_of[r["month"][:7]] + slot / 2, 1),
                "cy": round(PAD_T + inner_h - inner_h * int(r["cumulative"] or 0) / cum_max, 1),
                "month": r["month"][:7],
                "value": int(r["cumulative"] or 0),
                "state": s,
            }
            for r in pts
        ]
        lines.append(
            {
                "state": s,
                "colour": colour[s],
                "circles": circles,
                "points": _steps(circles, PAD_L + inner_w - slot / 2),
            }
        )
    every = -(-len(months) // 8)  # at most 8 month labels: more overlap at 640 units wide
    ticks = [{"x": round(x_of[m] + slot / 2, 1), "label": m} for i, m in enumerate(months) if i % every == 0]
    return {
        "empty": False,
        "w": CHART_W,
        "h": CHART_H,
        "pad_l": PAD_L,
        "pad_t": PAD_T,
        "base_y": PAD_T + inner_h,
        "right": CHART_W - PAD_R,
        "bars": bars,
        "lines": lines,
        "ticks": ticks,
        "bar_max": int(bar_max),
        "cum_max": int(cum_max),
        "legend": [{"state": s, "colour": colour[s]} for s in states],
    }


def _steps(circles: list[dict[str, Any]], x_end: float) -> str:
    """A step line through the cumulative points, held level to the chart's last month."""
    pts: list[tuple[float, float]] = []
    for c in circles:
        if pts:
            pts.append((c["cx"], pts[-1][1]))
        pts.append((c["cx"], c["cy"]))
    if pts and pts[-1][0] < x_end:
        pts.append((round(x_end, 1), pts[-1][1]))
    return " ".join(f"{x},{y}" for x, y in pts)


@router.get("/", response_class=HTMLResponse)
def dashboard(request: Request, store: StoreDep) -> HTMLResponse:
    rows = list(ledger_store.tally(store))
    releases = ledger_store.list_releases(store, None)
    freed = sum(int(r.get("count") or 0) for r in releases)
    return _page(
        request,
        "dashboard.html",
        chart=timeline_chart(rows),
        n_releases=len(releases),
        freed=freed,
        still_held=queries.latest_still_held(store),
        recent=sorted((r for r in releases if r.get("date")), key=lambda r: r["date"], reverse=True)[:8],
        n_documents=count_documents(store),
    )


@router.get("/ledger", response_class=HTMLResponse)
def ledger_page(request: Request, store: StoreDep, q: LedgerQueryDep) -> HTMLResponse:
    rows = queries.releases(store, q)
    params = q.params()
    return _page(
        request,
        "ledger.html",
        rows=queries.ledger_rows(rows),
        q=q,
        choices=queries.filter_choices(ledger_store.list_releases(store, None)),
        csv_url="/api/releases?" + urlencode({**params, "format": "csv"}),
        json_url="/api/releases?" + urlencode({**params, "format": "json"}),
    )


@router.get("/release/{release_id}", response_class=HTMLResponse)
def release_page(request: Request, store: StoreDep, release_id: str) -> HTMLResponse:
    rel = ledger_store.get_release(store, release_id)
    if rel is None:
        raise not_found(f"release '{release_id}'")
    sources = [{**s, "parts": queries.sentence_parts(s.get("evidence"))} for s in rel.get("sources", [])]
    return _page(
        request,
        "release.html",
        r=rel,
        sources=sources,
        fields=queries.CORRECTABLE["release"],
        corrections=queries.corrections(store, "release", release_id),
    )


@router.get("/people", response_class=HTMLResponse)
def people_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _page(request, "people.html", people=ledger_store.list_people(store))


@router.get("/person/{person_id}", response_class=HTMLResponse)
def person_page(request: Request, store: StoreDep, person_id: str) -> HTMLResponse:
    p = queries.person_view(store, person_id)
    if p is None:
        raise not_found(f"person '{person_id}'")
    return _page(
        request,
        "person.html",
        p=p,
        corrections=queries.corrections(store, "person", person_id),
        fields=queries.CORRECTABLE["person"],
    )


@router.get("/actors", response_class=HTMLResponse)
def actors_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _page(request, "actors.html", actors=queries.actors(store))


@router.get("/actor/{code}", response_class=HTMLResponse)
def actor_page(request: Request, store: StoreDep, code: str) -> HTMLResponse:
    a = queries.actor(store, code)
    if a is None:
        raise not_found(f"actor '{code}'")
    return _page(request, "actor.html", a=a)


@router.get("/events", response_class=HTMLResponse)
def events_page(
    request: Request,
    store: StoreDep,
    type: Annotated[str, Query(max_length=32)] = "",  # noqa: A002
    actor: Annotated[str, Query(max_length=16)] = "",
) -> HTMLResponse:
    evs = queries.events(store, type.strip().upper(), actor.strip())
    ids = {str(e["id"]) for e in evs}
    fixes = [c for c in queries.corrections(store, "event") if str(c.get("target_id")) in ids]
    return _page(
        request,
        "events.html",
        events=evs,
        type=type,
        actor=actor,
        corrections=fixes,
        fields=queries.CORRECTABLE["event"],
    )


@router.get("/documents", response_class=HTMLResponse)
def documents_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _page(request, "documents.html", docs=queries.documents(store))


@router.get("/document/{doc_id}", response_class=HTMLResponse)
def document_page(request: Request, store: StoreDep, doc_id: int) -> HTMLResponse:
    view = queries.document_view(store, doc_id)
    if view is None:
        raise not_found(f"document {doc_id}")
    return _page(request, "document.html", d=view)


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, store: StoreDep, q: Annotated[str, Query(max_length=500)] = "") -> HTMLResponse:
    return _page(request, "search.html", q=q, hits=queries.search(store, q) if q.strip() else [])


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, store: StoreDep) -> HTMLResponse:
    return _page(request, "review.html", corrections=queries.corrections(store))


@router.get("/report", response_class=HTMLResponse)
def report_page(request: Request, store: StoreDep, week: Annotated[str, Query(max_length=10)] = "") -> HTMLResponse:
    if not week:
        days = sorted(e["date"] for e in queries.events(store) if e["date"] and len(e["date"]) == 10)
        week = week_label(dt.date.fromisoformat(days[-1])) if days else week_label(dt.date.today())
    return _page(request, "report.html", week=week, s=week_summary(store, week, ReportOptions()))


def _safe_next(url: str) -> str:
    """Only same-site paths: never redirect to another host after a form post."""
    return url if url.startswith("/") and not url.startswith("//") and "\\" not in url else "/review"


@router.post("/review")
def review_form(
    request: Request,
    store: StoreDep,
    target_type: Annotated[str, Form(max_length=10)],
    target_id: Annotated[str, Form(max_length=100)],
    action: Annotated[str, Form(max_length=10)],
    field: Annotated[str, Form(max_length=40)] = "",
    value: Annotated[str, Form(max_length=2000)] = "",
    reason: Annotated[str, Form(max_length=2000)] = "",
    token: Annotated[str, Form(max_length=200)] = "",
    next: Annotated[str, Form(max_length=500)] = "/review",  # noqa: A002
) -> Response:
    request.app.state.write_policy.check(request, form_token=token)
    try:
        body = ReviewIn.model_validate(
            {
                "target_type": target_type,
                "target_id": target_id,
                "action": action,
                "field": field or None,
                "value": value if action == "correct" else None,
                "reason": reason,
            }
        )
    except ValidationError as exc:
        raise invalid("; ".join(str(e.get("msg")) for e in exc.errors())) from exc
    apply_review(store, body)
    return RedirectResponse(_safe_next(next), status_code=303)
