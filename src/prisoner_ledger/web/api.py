"""The JSON API under /api/... (the pages show the same data; errors use the one shape of security.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from ..report import ReportOptions, week_summary
from ..store import Store
from ..store import ledger as ledger_store
from ..store import review as review_store
from . import queries
from .security import invalid, not_found

ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    s: {
        "description": d,
        "content": {
            "application/json": {"example": {"ok": False, "error": {"code": c, "message": "...", "status": s}}}
        },
    }
    for s, c, d in (
        (404, "E601", "Not found"),
        (422, "E604", "Invalid request"),
        (413, "E602", "Request too large"),
        (403, "E603", "Token needed"),
    )
}

router = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)


def get_store(request: Request) -> Iterator[Store]:
    """One connection per request (SQLite in WAL mode: readers never wait for the writer)."""
    store = Store.open(request.app.state.db_path)
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]


def require_write(request: Request) -> None:
    """Refuse the write (E603 403) without the token when one is needed; runs before the body is read."""
    request.app.state.write_policy.check(request)


def ledger_query(
    state: Annotated[str, Query(max_length=16, description="Releasing state, e.g. BY")] = "",
    date_from: Annotated[str, Query(max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = "",
    date_to: Annotated[str, Query(max_length=10, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$")] = "",
    mediator: Annotated[str, Query(max_length=16)] = "",
    in_return: Annotated[str, Query(max_length=200, description="Substring of what was given in return")] = "",
) -> queries.LedgerQuery:
    return queries.LedgerQuery(state.strip().upper(), date_from, date_to, mediator.strip().upper(), in_return.strip())


LedgerQueryDep = Annotated[queries.LedgerQuery, Depends(ledger_query)]


@router.get("/releases", summary="Canonical releases (filters as on the ledger page)")
def api_releases(store: StoreDep, q: LedgerQueryDep, format: Literal["json", "csv", "full"] = "full") -> Response:
    """``format=full`` (default): every field; ``json`` and ``csv``: exactly the ledger table's columns."""
    rows = queries.releases(store, q)
    if format == "csv":
        return Response(
            queries.to_csv(queries.ledger_rows(rows)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="ledger.csv"'},
        )
    if format == "json":
        body = json.dumps(queries.ledger_rows(rows), ensure_ascii=False, indent=1, default=str)
        return Response(
            body,
            media_type="application/json",
            headers={"Content-Disposition": 'attachment; filename="ledger.json"'},
        )
    return JSONResponse(json.loads(json.dumps(rows, default=str)))


@router.get("/release/{release_id}", summary="One canonical release with its sources, deal and corrections")
def api_release(store: StoreDep, release_id: str) -> dict[str, Any]:
    rel = ledger_store.get_release(store, release_id)
    if rel is None:
        raise not_found(f"release '{release_id}'")
    return {**rel, "corrections": queries.corrections(store, "release", release_id)}


@router.get("/deals", summary="Releases with what was given in return and who mediated")
def api_deals(store: StoreDep) -> list[dict[str, Any]]:
    return list(ledger_store.list_deals(store))


@router.get("/people", summary="People in the ledger (freed, speakers, officials)")
def api_people(store: StoreDep) -> list[dict[str, Any]]:
    return list(ledger_store.list_people(store))


@router.get("/person/{person_id}", summary="One person: spellings, releases, events, quotes")
def api_person(store: StoreDep, person_id: str) -> dict[str, Any]:
    person = queries.person_view(store, person_id)
    if person is None:
        raise not_found(f"person '{person_id}'")
    return {**person, "corrections": queries.corrections(store, "person", person_id)}


@router.get("/actors", summary="Actor codes with event counts")
def api_actors(store: StoreDep) -> list[dict[str, Any]]:
    return queries.actors(store)


@router.get("/actor/{code}", summary="One actor: events by and against it, quotes, releases")
def api_actor(store: StoreDep, code: str) -> dict[str, Any]:
    a = queries.actor(store, code)
    if a is None:
        raise not_found(f"actor '{code}'")
    return a


@router.get("/documents", summary="Stored documents")
def api_documents(store: StoreDep) -> list[dict[str, Any]]:
    return queries.documents(store)


@router.get("/document/{doc_id}", summary="One document: clean text, evidence spans, dropped lines")
def api_document(store: StoreDep, doc_id: int) -> dict[str, Any]:
    view = queries.document_view(store, doc_id)
    if view is None:
        raise not_found(f"document {doc_id}")
    return {k: v for k, v in view.items() if k != "segments"}


@router.get("/search", summary="Full-text search over articles (FTS5)")
def api_search(store: StoreDep, q: Annotated[str, Query(min_length=1, max_length=500)]) -> list[dict[str, Any]]:
    return queries.search(store, q)


@router.get("/tally", summary="People freed per releasing state and month, and cumulatively")
def api_tally(store: StoreDep) -> dict[str, Any]:
    return {"rows": list(ledger_store.tally(store)), "still_held": queries.latest_still_held(store)}


@router.get("/events", summary="Bargaining events")
def api_events(
    store: StoreDep,
    type: Annotated[str, Query(max_length=32)] = "",  # noqa: A002
    actor: Annotated[str, Query(max_length=16)] = "",
) -> list[dict[str, Any]]:
    return queries.events(store, type.strip().upper(), actor.strip())


@router.get("/report", summary="The weekly report's data for an ISO week (e.g. 2025-W37)")
def api_report(store: StoreDep, week: Annotated[str, Query(max_length=10)]) -> dict[str, Any]:
    return week_summary(store, week, ReportOptions())


class ReviewIn(BaseModel):
    """A reviewer's decision on an extracted release, event or person."""

    target_type: Literal["release", "event", "person"]
    target_id: str = Field(min_length=1, max_length=100)
    action: Literal["accept", "correct", "reject"]
    field: str | None = Field(default=None, max_length=40)
    value: str | None = Field(default=None, max_length=2000)
    reason: str = Field(default="", max_length=2000)


def apply_review(store: Store, r: ReviewIn) -> dict[str, Any]:
    """Check a review against what exists and store it (shared by the API and the page form)."""
    if r.action == "correct":
        allowed = queries.CORRECTABLE[r.target_type]
        if not r.field or r.field not in allowed:
            raise invalid(f"a correction needs 'field', one of {', '.join(allowed)}")
        if r.value is None:
            raise invalid("a correction needs 'value'")
    if r.target_type == "release" and not ledger_store.release_exists(store, r.target_id):
        raise not_found(f"release '{r.target_id}'")
    if r.target_type == "event" and (not r.target_id.isdigit() or queries.get_event(store, int(r.target_id)) is None):
        raise not_found(f"event '{r.target_id}'")
    if r.target_type == "person" and not ledger_store.person_exists(store, r.target_id):
        raise not_found(f"person '{r.target_id}'")
    cid = review_store.add_correction(
        store,
        r.target_type,
        r.target_id,
        r.action,
        field=r.field if r.action == "correct" else None,
        value=r.value if r.action == "correct" else None,
        reason=r.reason,
    )
    return {"ok": True, "id": cid}


@router.post("/review", summary="Accept, correct or reject an extracted release, event or person", status_code=201)
def api_review(store: StoreDep, body: ReviewIn, _: Annotated[None, Depends(require_write)]) -> dict[str, Any]:
    return apply_review(store, body)


@router.get("/review", summary="All stored corrections")
def api_corrections(store: StoreDep) -> list[dict[str, Any]]:
    return queries.corrections(store)
