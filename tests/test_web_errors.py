"""Every error of the web API has one shape, checked across endpoints by one helper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from prisoner_ledger.store import Store
from prisoner_ledger.web.app import WebOptions, create_app
from web_fixtures import build, fill


def assert_canonical_error(resp: httpx.Response, status: int, code: str) -> dict[str, Any]:
    """The one error shape: {"ok": false, "error": {"code", "message", "status"}}, and nothing else."""
    assert resp.status_code == status, resp.text
    assert resp.headers["content-type"].startswith("application/json")
    body = resp.json()
    assert set(body) == {"ok", "error"} and body["ok"] is False
    err = body["error"]
    assert set(err) == {"code", "message", "status"}
    assert err["code"] == code and err["status"] == status
    assert err["message"].startswith(f"[{code}] ")
    assert "content-security-policy" in resp.headers
    return err


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("errors") / "ledger.db"
    with Store.open(path) as store:
        fill(store)
        build(store)
    return path


@pytest.fixture
def client(db: Path) -> TestClient:
    return TestClient(create_app(db, WebOptions(max_body=1024)))


@pytest.mark.parametrize(
    "path",
    [
        "/api/release/no-such-release",
        "/api/person/nobody",
        "/api/document/999999",
        "/api/actor/ZZ",
        "/api/nothing-here",
        "/api/releases/extra/segments",
    ],
)
def test_not_found(client: TestClient, path: str) -> None:
    assert_canonical_error(client.get(path), 404, "E601")


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/api/document/abc", {}),
        ("/api/search", {}),
        ("/api/search", {"q": "x" * 600}),
        ("/api/releases", {"date_from": "last week"}),
        ("/api/releases", {"format": "xml"}),
        ("/api/report", {"week": "2025-37"}),
    ],
)
def test_invalid_query(client: TestClient, path: str, params: dict[str, str]) -> None:
    err = assert_canonical_error(client.get(path, params=params), 422, "E702" if "week" in params else "E604")
    assert err["message"]


@pytest.mark.parametrize(
    "body",
    [
        {"target_type": "planet", "target_id": "x", "action": "accept"},
        {"target_type": "release", "action": "accept"},
        {"target_type": "release", "target_id": "x", "action": "destroy"},
        [],
    ],
)
def test_invalid_review_body(client: TestClient, body: Any) -> None:
    assert_canonical_error(client.post("/api/review", json=body), 422, "E604")


def test_review_of_missing_target(client: TestClient) -> None:
    body = {"target_type": "release", "target_id": "no-such", "action": "reject", "reason": "r"}
    assert_canonical_error(client.post("/api/review", json=body), 404, "E601")
    body = {"target_type": "event", "target_id": "999999", "action": "reject"}
    assert_canonical_error(client.post("/api/review", json=body), 404, "E601")


def test_correction_needs_field_and_valid_value(client: TestClient) -> None:
    rid = client.get("/api/releases").json()[0]["id"]
    body = {"target_type": "release", "target_id": rid, "action": "correct", "value": "3"}
    assert_canonical_error(client.post("/api/review", json=body), 422, "E604")
    body = {
        "target_type": "release",
        "target_id": rid,
        "action": "correct",
        "field": "count",
        "value": "many",
    }
    assert_canonical_error(client.post("/api/review", json=body), 422, "E402")


def test_body_too_large(client: TestClient) -> None:
    big = {"target_type": "release", "target_id": "x", "action": "accept", "reason": "x" * 5000}
    assert_canonical_error(client.post("/api/review", json=big), 413, "E602")


def test_body_too_large_without_length(client: TestClient) -> None:
    def chunks():  # streamed: no Content-Length header to trust
        for _ in range(10):
            yield b"x" * 500

    resp = client.post("/api/review", content=chunks(), headers={"content-type": "application/json"})
    assert_canonical_error(resp, 413, "E602")


def test_token_missing_or_wrong(db: Path) -> None:
    c = TestClient(create_app(db, WebOptions(host="0.0.0.0", token="t0ken")))
    body = {"target_type": "release", "target_id": "x", "action": "accept"}
    assert_canonical_error(c.post("/api/review", json=body), 403, "E603")
    assert_canonical_error(c.post("/api/review", json=body, headers={"X-Ledger-Token": "wrong"}), 403, "E603")
    # the token is checked before the body: a bad body without token is still 403
    assert_canonical_error(c.post("/api/review", json={"nonsense": 1}), 403, "E603")


def test_beyond_localhost_without_token_refuses_writes(db: Path) -> None:
    c = TestClient(create_app(db, WebOptions(host="192.168.1.5")))
    body = {"target_type": "release", "target_id": "x", "action": "accept"}
    assert_canonical_error(c.post("/api/review", json=body), 403, "E603")


def test_method_not_allowed(client: TestClient) -> None:
    assert_canonical_error(client.delete("/api/releases"), 405, "E604")


def test_pages_render_errors_as_html(client: TestClient) -> None:
    r = client.get("/release/no-such-release")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert 'data-code="E601"' in r.text
