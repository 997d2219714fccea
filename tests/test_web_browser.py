"""End to end in headless Chromium: the real server (uvicorn) over the sample corpus.

The database is built with the CLI exactly as a user would (``ingest``, ``extract``,
``build-ledger``) when those verbs exist, else from hand-made documents; an article carrying
``<script>`` and ``onerror=`` payloads is always added. One browser for the whole module.
Skipped when Debian's /usr/bin/chromium or Playwright is absent (never ``playwright install``).
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from prisoner_ledger.store import Store
from web_fixtures import XSS_IMG, XSS_SCRIPT, add_doc, build, fill

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CLI = ROOT / ".venv" / "bin" / "prisoner-ledger"
SAMPLE = ROOT / "src" / "prisoner_ledger" / "data" / "sample"
SCREENSHOT = ROOT / "docs" / "dashboard.png"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _cli(db: Path, *args: str, ok: tuple[int, ...] = (0,)) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([str(CLI), *args, "--db", str(db)], capture_output=True, text=True, timeout=120)
    assert proc.returncode in ok, f"{args}: rc={proc.returncode}\n{proc.stderr[-2000:]}"
    return proc


def _has_verbs(*verbs: str) -> bool:
    if not CLI.exists():
        return False
    return all(subprocess.run([str(CLI), v, "--help"], capture_output=True, timeout=60).returncode == 0 for v in verbs)


def _add_payload_article(db: Path) -> None:
    text = f"Minsk freed 4 prisoners today. A comment held {XSS_SCRIPT} and {XSS_IMG} as bait. The rest is quiet."
    with Store.open(db) as store:
        add_doc(
            store,
            "payload.html",
            text,
            None,  # undated: it stays off the dashboard's screenshot, but shows on the other pages
            f"Bait {XSS_SCRIPT}",
            releases=[
                (
                    "freed 4 prisoners",
                    dict(
                        releasing_state="BY",
                        date=None,
                        count=4,
                        named=[XSS_IMG],
                        in_return=XSS_SCRIPT,
                    ),
                )
            ],
        )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("browser") / "sample.db"
    if SAMPLE.is_dir() and _has_verbs("ingest", "extract", "build-ledger"):
        _cli(path, "ingest", str(SAMPLE), ok=(0, 3))  # 3: some inputs were refused on purpose
        _cli(path, "extract", "--no-print")
        _add_payload_article(path)
        _cli(path, "build-ledger")
    else:
        with Store.open(path) as store:
            fill(store)
        _add_payload_article(path)
        with Store.open(path) as store:
            build(store)
    return path


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[str]:
    import uvicorn

    from prisoner_ledger.web.app import WebOptions, create_app

    port = _free_port()
    srv = uvicorn.Server(uvicorn.Config(create_app(db, WebOptions()), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip("no /usr/bin/chromium (install Debian's chromium: make browser)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    p = ctx.new_page()
    p.errors = []  # console errors (a CSP violation logs one) and uncaught page errors
    p.dialogs = []
    p.on("console", lambda m: p.errors.append(m.text) if m.type == "error" else None)
    p.on("pageerror", lambda e: p.errors.append(str(e)))

    def on_dialog(d: Any) -> None:
        p.dialogs.append(d.message)
        d.dismiss()

    p.on("dialog", on_dialog)
    yield p
    ctx.close()


def _api(server: str, path: str, **params: str) -> Any:
    return httpx.get(server + path, params=params, timeout=10).json()


def test_dashboard_chart_and_screenshot(server: str, page: Any) -> None:
    assert page.goto(server + "/").status == 200
    bars = page.locator("#chart-monthly rect.pt")
    dots = page.locator("#chart-cumulative circle.pt")
    assert bars.count() > 0 and dots.count() > 0
    tally = _api(server, "/api/tally")["rows"]
    assert dots.count() == len([r for r in tally if r["month"][:4].isdigit()])
    SCREENSHOT.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=False)
    assert SCREENSHOT.stat().st_size > 10_000
    dots.last.hover()
    assert "freed" in page.locator("#chart-readout").text_content()  # app.js ran under the CSP
    assert page.errors == []


def test_every_page_loads(server: str, page: Any) -> None:
    rel = _api(server, "/api/releases")[0]
    doc = _api(server, "/api/documents")[0]
    people = _api(server, "/api/people")
    actor = _api(server, "/api/actors")[0]
    paths = [
        "/ledger",
        "/events",
        "/people",
        "/actors",
        "/documents",
        "/review",
        "/report",
        "/search?q=prisoners",
        f"/release/{rel['id']}",
        f"/document/{doc['id']}",
        f"/actor/{actor['code']}",
    ]
    if people:
        paths.append(f"/person/{people[0]['id']}")
    for path in paths:
        resp = page.goto(server + path)
        assert resp.status == 200, path
        assert page.locator("main h1").count() == 1, path
    assert page.errors == []


def test_ledger_filter_changes_rows(server: str, page: Any) -> None:
    page.goto(server + "/ledger")
    rows = page.locator("#ledger tr.release-row")
    total = rows.count()
    states = [o for o in page.locator("#f-state option").evaluate_all("os => os.map(o => o.value)") if o]
    counts = {s: len(_api(server, "/api/releases", state=s)) for s in states}
    state = min(counts, key=lambda s: counts[s])
    assert counts[state] < total
    with page.expect_navigation():
        page.select_option("#f-state", state)  # app.js submits the form on change
    assert rows.count() == counts[state]
    cells = rows.locator("td:nth-child(2)").all_text_contents()
    assert {c.strip() for c in cells} == {state}
    assert f"state={state}" in page.locator("#dl-csv").get_attribute("href")


def test_review_persists_after_reload(server: str, page: Any) -> None:
    rel = _api(server, "/api/releases")[-1]
    page.goto(server + f"/release/{rel['id']}")
    form = page.locator("form.review")
    form.locator("select[name=action]").select_option("correct")
    form.locator("select[name=field]").select_option("count")
    form.locator("input[name=value]").fill("4321")
    form.locator("input[name=reason]").fill("checked against the official list")
    with page.expect_navigation():
        form.locator("button[type=submit]").click()
    page.reload()
    assert page.locator("#release-count").text_content().strip().startswith("4321")
    assert "checked against the official list" in page.locator("#corrections").text_content()
    assert _api(server, f"/api/release/{rel['id']}")["count"] == 4321


def test_payload_article_renders_inert(server: str, page: Any) -> None:
    docs = {d["name"]: d["id"] for d in _api(server, "/api/documents")}
    targets = [docs["payload.html"]] + [i for n, i in docs.items() if n.startswith("sec_")]
    for doc_id in targets:
        page.goto(server + f"/document/{doc_id}")
        assert page.locator("#doc-text script, #doc-text img, #doc-text iframe, #doc-text svg").count() == 0
    page.goto(server + f"/document/{docs['payload.html']}")
    text = page.locator("#doc-text").text_content()
    assert XSS_SCRIPT in text and XSS_IMG in text  # shown as text
    assert XSS_SCRIPT in page.title()
    for path in ["/ledger", "/report?week=2025-W37", "/people", "/search?q=comment"]:
        page.goto(server + path)
        assert page.locator("main script, main img").count() == 0, path
    assert page.dialogs == []
    assert page.evaluate("() => document.querySelectorAll('script:not([src])').length") == 0
