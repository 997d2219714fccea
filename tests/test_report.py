"""The weekly report on hand-made weeks: the right events per pair of actors and the right trend."""

from __future__ import annotations

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.model import DateGuess, Document, Event, Evidence, Release
from prisoner_ledger.report import parse_week, resolve_day, week_summary, weekly_report
from prisoner_ledger.store import Store
from prisoner_ledger.store.documents import insert_document
from prisoner_ledger.store.extractions import save_extraction


def _doc(store: Store, name: str, pub: str | None, events: list[Event] = (), releases: list[Release] = ()) -> int:
    text = f"Hand-made article {name} about talks and releases."
    doc = Document(
        name=name,
        source=name,
        fmt="txt",
        raw_text=text,
        clean_text=text,
        content_hash=name,
        pub_date=DateGuess(pub, "header" if pub else "none", 0.9 if pub else 0.0),
    )
    insert_document(store, doc)
    doc.events = list(events)
    doc.releases = list(releases)
    save_extraction(store, doc, {"doc": name})
    assert doc.id is not None
    return doc.id


def _ev(doc: str, text: str = "Hand-made") -> Evidence:
    return Evidence(doc, 0, len(text), text, text + " article.", 0)


@pytest.fixture
def week_store(store: Store) -> Store:
    # baseline (2025-W33..W36): BY-US talks, BY-EU sanctions
    _doc(store, "old1.txt", "2025-08-20", events=[Event("NEGOTIATE", "US", "BY", date="2025-08-19")])
    _doc(store, "old2.txt", "2025-08-27", events=[Event("SANCTION", "EU", "BY", date="2025-08-26")])
    _doc(store, "old3.txt", "2025-08-12", events=[Event("DEMAND", "PL", "BY", date="2025-08-12")])
    # the week 2025-W37 (2025-09-08 .. 2025-09-14)
    _doc(
        store,
        "w1.txt",
        "2025-09-11",
        releases=[
            Release(
                releasing_state="BY",
                date="2025-09-11",
                count=52,
                mediator=["US"],
                nationalities=["PL"],
                evidence=_ev("w1.txt"),
            )
        ],
    )
    # the same release told again by a second outlet, date only from the header: counted once
    _doc(
        store,
        "w2.txt",
        "2025-09-11",
        releases=[Release(releasing_state="BY", date=None, count=52, mediator=["US"], evidence=_ev("w2.txt"))],
    )
    _doc(
        store,
        "w3.txt",
        "2025-09-12",
        events=[
            Event(
                "SANCTION",
                "EU",
                "BY",
                date="-09-12",
                quote="We keep the pressure",
                speaker="Kaja Kallas",
                evidence=_ev("w3.txt"),
            ),
            Event("STATEMENT", "BY", "LT", date=None),
        ],
    )
    # a background release (an old one recalled) without a date must not land in this week
    _doc(
        store,
        "w4.txt",
        "2025-09-10",
        releases=[Release(releasing_state="BY", count=14, background=True, mediator=["LT"])],
    )
    # outside the week
    _doc(store, "late.txt", "2025-09-16", events=[Event("THREATEN", "BY", "PL", date="2025-09-16")])
    return store


def test_events_per_pair(week_store: Store) -> None:
    s = week_summary(week_store, "2025-W37")
    assert (s["start"], s["end"]) == ("2025-09-08", "2025-09-14")
    pairs = {p["pair"]: p for p in s["pairs"]}
    assert set(pairs) == {"BY–US", "BY–PL", "BY–EU", "BY–LT"}
    # one release, reported by two documents, is one event with both sources behind it
    us = pairs["BY–US"]
    assert [e["type"] for e in us["events"]] == ["RELEASE"]
    assert {ev["doc"] for ev in us["events"][0]["evidence"]} == {"w1.txt", "w2.txt"}
    assert [e["type"] for e in pairs["BY–EU"]["events"]] == ["SANCTION"]
    assert pairs["BY–EU"]["quotes"][0]["speaker"] == "Kaja Kallas"
    assert [e["type"] for e in pairs["BY–LT"]["events"]] == ["STATEMENT"]  # date from pub_date


def test_trend_against_previous_weeks(week_store: Store) -> None:
    pairs = {p["pair"]: p for p in week_summary(week_store, "2025-W37")["pairs"]}
    assert pairs["BY–US"]["trend"] == "better"  # release (+7) after talks (+3.5)
    assert pairs["BY–US"]["baseline_mean"] == 3.5
    assert pairs["BY–EU"]["trend"] == "unchanged"  # sanction after sanction
    assert pairs["BY–PL"]["trend"] == "better"  # freed Poles (+7) after a demand (-2)
    assert pairs["BY–LT"]["trend"] == "unchanged"  # a statement with no history: neutral


def test_worse_week(store: Store) -> None:
    _doc(store, "a.txt", "2025-09-01", events=[Event("DIPLOMATIC_UPGRADE", "LT", "BY", date="2025-09-01")])
    _doc(
        store,
        "b.txt",
        "2025-09-09",
        events=[
            Event("DIPLOMATIC_DOWNGRADE", "BY", "LT", date="2025-09-09"),
            Event("THREATEN", "BY", "LT", date="2025-09-10"),
        ],
    )
    pair = week_summary(store, "2025-W37")["pairs"][0]
    assert pair["pair"] == "BY–LT" and pair["n_events"] == 2 and pair["trend"] == "worse"


def test_formats_escape_article_text(week_store: Store) -> None:
    _doc(
        week_store,
        "x.txt",
        "2025-09-09",
        events=[
            Event(
                "STATEMENT",
                "BY",
                "US",
                date="2025-09-09",
                quote="<script>alert(1)</script> [x](javascript:y)",
            )
        ],
    )
    md = weekly_report(week_store, "2025-W37", "md")
    # a statement (0) joins the release (+7): the mean falls back to the baseline's +3.5
    assert "## BY–US: unchanged" in md and "<script>" not in md and "\\[x\\](javascript" in md
    page = weekly_report(week_store, "2025-W37", "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "/document/" in page


@pytest.mark.parametrize("week", ["2025-37", "2025-W54", "W37", "", "2025-W3"])
def test_bad_week_is_e702(store: Store, week: str) -> None:
    with pytest.raises(LedgerError, match="E702"):
        weekly_report(store, week, "md")


def test_parse_week_and_days() -> None:
    assert [d.isoformat() for d in parse_week("2026-W01")] == ["2025-12-29", "2026-01-04"]
    assert str(resolve_day("-12-30", "2026-01-02")) == "2025-12-30"  # day-month after publication: last year
    assert resolve_day("2025-09", "2025-09-11") is not None
    assert resolve_day(None, "2025-09-11", background=True) is None


def test_cli_report(week_store: Store, tmp_path) -> None:
    from typer.testing import CliRunner

    from prisoner_ledger.cli import app

    db = week_store.path
    week_store.conn.commit()
    runner = CliRunner()
    out = tmp_path / "w37.html"
    ok = runner.invoke(app, ["report", "--db", db, "--week", "2025-W37", "--format", "html", "--out", str(out)])
    assert ok.exit_code == 0, ok.output
    assert "BY–US" in out.read_text(encoding="utf-8")
    md = runner.invoke(app, ["report", "--db", db, "--week", "2025-W37"])
    assert md.exit_code == 0 and md.stdout.startswith("# Weekly report 2025-W37")
    bad = runner.invoke(app, ["report", "--db", db, "--week", "week 37"])
    assert bad.exit_code == 2 and "E702" in bad.stderr


def test_release_echo_in_events_is_not_counted_twice(store: Store) -> None:
    rel = Release(releasing_state="BY", date="2025-09-11", count=52, mediator=["US"])
    _doc(store, "e.txt", "2025-09-11", releases=[rel], events=[Event("RELEASE", "BY", None, date="2025-09-11")])
    pairs = week_summary(store, "2025-W37")["pairs"]
    assert [(p["pair"], p["n_events"]) for p in pairs] == [("BY–US", 1)]
