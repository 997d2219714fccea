"""The JSON API and the pages over a temporary database of hand-made documents (FastAPI TestClient)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from prisoner_ledger.store import Store
from prisoner_ledger.web.app import WebOptions, create_app
from prisoner_ledger.web.pages import timeline_chart
from prisoner_ledger.web.queries import fts_query, segments
from web_fixtures import XSS_IMG, XSS_SCRIPT, build, fill


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("web") / "ledger.db"
    with Store.open(path) as store:
        ids = fill(store)
        build(store)
    return path, ids


@pytest.fixture
def client(db: tuple[Path, dict[str, int]]) -> TestClient:
    return TestClient(create_app(db[0], WebOptions()))


def _by_state(client: TestClient, state: str) -> list[dict]:
    return client.get("/api/releases", params={"state": state}).json()


def test_releases_filters_and_fusion(client: TestClient) -> None:
    everything = client.get("/api/releases").json()
    states = {r["releasing_state"] for r in everything}
    assert states == {"BY", "RU"}
    ru = _by_state(client, "RU")
    assert len(ru) == 1 and ru[0]["count"] == 16
    assert all(r["releasing_state"] == "BY" for r in _by_state(client, "by"))
    assert [r["releasing_state"] for r in client.get("/api/releases", params={"mediator": "TR"}).json()] == ["RU"]
    swap = client.get("/api/releases", params={"in_return": "HELD IN THE WEST"}).json()
    assert [r["releasing_state"] for r in swap] == ["RU"]
    assert client.get("/api/releases", params={"date_from": "2025-01"}).json()
    assert all(r["date"] >= "2025" for r in client.get("/api/releases", params={"date_from": "2025"}).json())
    # the two reports of the Minsk release (52 and 51) are one canonical release with both sources
    big = [r for r in _by_state(client, "BY") if {s["doc"] for s in r["sources"]} >= {"wire.txt", "agency.txt"}]
    assert len(big) == 1


def test_csv_and_json_downloads_match_the_table(client: TestClient) -> None:
    params = {"state": "BY"}
    table = client.get("/ledger", params=params).text
    rows = list(csv.DictReader(io.StringIO(client.get("/api/releases", params={**params, "format": "csv"}).text)))
    js = client.get("/api/releases", params={**params, "format": "json"}).json()
    assert len(rows) == len(js) == table.count('class="release-row"') == len(_by_state(client, "BY"))
    assert [r["id"] for r in rows] == [r["id"] for r in js]
    assert all(f'data-id="{r["id"]}"' in table for r in js)
    assert set(js[0]) == set(rows[0])
    assert 'href="/api/releases?state=BY&amp;format=csv"' in table


def test_csv_defuses_spreadsheet_formulas(client: TestClient) -> None:
    text = client.get("/api/releases", params={"format": "csv"}).text
    assert "\n=" not in text and ",=" not in text


def test_release_page_shows_sources_evidence_and_deal(client: TestClient) -> None:
    rel = next(r for r in _by_state(client, "BY") if r["count"] and r["count"] >= 51)
    data = client.get(f"/api/release/{rel['id']}").json()
    assert {s["doc"] for s in data["sources"]} >= {"wire.txt", "agency.txt"}
    page = client.get(f"/release/{rel['id']}").text
    assert "<mark>freed 52 prisoners</mark>" in page
    assert f'href="/document/{data["sources"][0]["doc_id"]}#ev-' in page
    assert "sanctions relief for the airline" in page


def test_document_page_highlights_evidence_and_lists_dropped(
    client: TestClient, db: tuple[Path, dict[str, int]]
) -> None:
    doc_id = db[1]["wire"]
    page = client.get(f"/document/{doc_id}").text
    assert 'id="ev-' in page and ">freed 52 prisoners</mark>" in page
    assert "Subscribe to our newsletter" in page and "furniture" in page
    api = client.get(f"/api/document/{doc_id}").json()
    assert api["dropped"][0]["reason"] == "furniture" and len(api["events"]) == 2


def test_search_fts(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "swap Turkey"}).json()
    assert [h["name"] for h in hits] == ["swap.txt"]
    # FTS syntax in user input is taken as words, never an SQL/FTS error
    assert client.get("/api/search", params={"q": '"unbalanced AND ( OR'}).status_code == 200
    assert "swap.txt" in client.get("/search", params={"q": "brokered"}).text


def test_tally_people_actors_events_deals(client: TestClient) -> None:
    tally = client.get("/api/tally").json()["rows"]
    ru = [r for r in tally if r["state"] == "RU"]
    assert ru and ru[-1]["cumulative"] == 16
    by = sorted((r for r in tally if r["state"] == "BY"), key=lambda r: r["month"])
    assert by[-1]["cumulative"] == sum(r["freed"] for r in by)
    people = client.get("/api/people").json()
    person = next(p for p in people if "Testovich" in p["name"])
    assert client.get(f"/api/person/{person['id']}").json()["release_ids"]
    assert "Testovich" in client.get(f"/person/{person['id']}").text
    actors = {a["code"]: a for a in client.get("/api/actors").json()}
    assert actors["US"]["events_by"] == 2 and actors["BY"]["releases"] >= 1
    us = client.get("/api/actor/US").json()
    assert {e["type"] for e in us["events_by"]} == {"SANCTION_RELIEF", "STATEMENT"}
    assert us["quotes"][0]["speaker"] == "Jon Doe"
    assert [e["type"] for e in client.get("/api/events", params={"type": "negotiate"}).json()] == ["NEGOTIATE"]
    assert any(d["releasing_state"] == "RU" for d in client.get("/api/deals").json())


def test_review_is_stored_and_shown(client: TestClient) -> None:
    rel = _by_state(client, "RU")[0]
    r = client.post(
        "/api/review",
        json={
            "target_type": "release",
            "target_id": rel["id"],
            "action": "correct",
            "field": "count",
            "value": "17",
            "reason": "official list says 17",
        },
    )
    assert r.status_code == 201 and r.json()["ok"] is True
    assert client.get(f"/api/release/{rel['id']}").json()["count"] == 17
    assert "official list says 17" in client.get(f"/release/{rel['id']}").text
    # the page form posts and redirects back to the release
    form = {
        "target_type": "release",
        "target_id": rel["id"],
        "action": "accept",
        "field": "count",
        "value": "x",
        "reason": "checked",
        "next": f"/release/{rel['id']}",
    }
    resp = client.post("/review", data=form, follow_redirects=False)
    assert resp.status_code == 303 and resp.headers["location"] == f"/release/{rel['id']}"
    fixes = client.get("/api/review").json()
    assert [(c["action"], c["reason"]) for c in fixes[-2:]] == [
        ("correct", "official list says 17"),
        ("accept", "checked"),
    ]
    assert all(c["at"] for c in fixes)
    ev = client.get("/api/events", params={"type": "NEGOTIATE"}).json()[0]
    ok = client.post(
        "/api/review",
        json={
            "target_type": "event",
            "target_id": str(ev["id"]),
            "action": "reject",
            "reason": "not a negotiation",
        },
    )
    assert ok.status_code == 201


def test_review_survives_rebuild(db: tuple[Path, dict[str, int]], client: TestClient) -> None:
    rel = _by_state(client, "RU")[0]
    client.post(
        "/api/review",
        json={
            "target_type": "release",
            "target_id": rel["id"],
            "action": "correct",
            "field": "in_return",
            "value": "eight prisoners",
            "reason": "wording",
        },
    )
    with Store.open(db[0]) as store:
        build(store)
    assert _by_state(client, "RU")[0]["in_return"] == "eight prisoners"


def test_redirect_after_review_stays_on_site(client: TestClient) -> None:
    rel = _by_state(client, "RU")[0]
    form = {"target_type": "release", "target_id": rel["id"], "action": "accept", "next": "//evil.example/x"}
    assert client.post("/review", data=form, follow_redirects=False).headers["location"] == "/review"


def test_pages_escape_article_text(client: TestClient, db: tuple[Path, dict[str, int]]) -> None:
    doc_id = db[1]["xss"]
    pages = [
        client.get(f"/document/{doc_id}").text,
        client.get("/ledger").text,
        client.get("/events").text,
        client.get("/search", params={"q": "reader"}).text,
        client.get("/documents").text,
    ]
    for page in pages:
        assert "<script>alert" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(&#39;pwned-script&#39;)&lt;/script&gt;" in pages[0]
    assert "&lt;img src=x onerror=" in pages[0]


def test_security_headers_and_static(client: TestClient) -> None:
    r = client.get("/")
    csp = r.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "<script>" not in r.text.replace('<script src="/static/app.js" defer></script>', "")
    js = client.get("/static/app.js").text
    assert "textContent" in js and "innerHTML" not in js
    assert client.get("/openapi.json").json()["paths"]["/api/releases"]


def test_dashboard_chart_has_points(client: TestClient) -> None:
    page = client.get("/").text
    assert page.count('class="pt bar"') >= 2 and page.count('class="pt dot"') >= 2


def test_timeline_chart_geometry() -> None:
    rows = [
        {"state": "BY", "month": "2025-06", "freed": 14, "cumulative": 14},
        {"state": "BY", "month": "2025-09", "freed": 52, "cumulative": 66},
        {"state": "RU", "month": "2025-09", "freed": 10, "cumulative": 10},
        {"state": "BY", "month": "undated", "freed": 5, "cumulative": 71},
    ]
    c = timeline_chart(rows)
    assert len(c["bars"]) == 3 and {line["state"] for line in c["lines"]} == {"BY", "RU"}
    by = next(line for line in c["lines"] if line["state"] == "BY")
    assert by["circles"][0]["cy"] > by["circles"][1]["cy"]  # higher total, higher on the chart
    sept = [b for b in c["bars"] if b["month"] == "2025-09"]
    assert sept[0]["y"] != sept[1]["y"]  # stacked, not overlapping
    assert timeline_chart([])["empty"]


def test_segments_and_fts_query() -> None:
    segs = segments(
        "abcdefgh",
        [
            {"start": 2, "end": 5, "kind": "sent", "label": "x"},
            {"start": 3, "end": 4, "kind": "span", "label": "y"},
        ],
    )
    assert "".join(s["text"] for s in segs) == "abcdefgh"
    assert [s["classes"] for s in segs] == ["", "sent", "sent span", "sent", ""]
    assert segs[2]["anchors"] == ["ev-3-4"]
    assert fts_query('a" OR b*') == '"a" "OR" "b"'


def test_token_needed_beyond_localhost(db: tuple[Path, dict[str, int]]) -> None:
    c = TestClient(create_app(db[0], WebOptions(host="0.0.0.0", token="s3cret")))
    body = {"target_type": "release", "target_id": "nope", "action": "accept"}
    assert c.post("/api/review", json=body).status_code == 403
    assert c.post("/api/review", json=body, headers={"X-Ledger-Token": "s3cret"}).status_code == 404
    assert c.get("/api/releases").status_code == 200  # reading needs no token
    rid = c.get("/api/releases").json()[0]["id"]
    assert 'name="token"' in c.get(f"/release/{rid}").text
    form = {"target_type": "release", "target_id": rid, "action": "accept", "next": f"/release/{rid}"}
    assert c.post("/review", data=form, follow_redirects=False).status_code == 403
    ok = c.post("/review", data={**form, "token": "s3cret"}, follow_redirects=False)
    assert ok.status_code == 303
    # on localhost with no token set, the same form needs none
    plain = TestClient(create_app(db[0], WebOptions()))
    assert 'name="token"' not in plain.get(f"/release/{rid}").text


def test_cross_site_post_refused(client: TestClient) -> None:
    r = client.post(
        "/api/review",
        json={"target_type": "release", "target_id": "x", "action": "accept"},
        headers={"Origin": "https://evil.example"},
    )
    assert r.status_code == 403 and r.json()["error"]["code"] == "E605"


def test_xss_values_stay_text_in_json(client: TestClient) -> None:
    rel = next(r for r in _by_state(client, "BY") if r["in_return"] == XSS_SCRIPT)
    assert XSS_IMG in client.get(f"/api/release/{rel['id']}").json()["named"]
