"""Tallies count each real release once; 'still held' figures keep their source and date."""

from __future__ import annotations

from prisoner_ledger.ledger import build_ledger
from prisoner_ledger.ledger.tally import held_in_text
from prisoner_ledger.model import Event, Evidence
from prisoner_ledger.store import Store, review
from prisoner_ledger.store import ledger as q
from test_fuse import add_doc, rel, three_releases


def _rows(store: Store) -> dict[tuple[str, str], dict]:
    return {(r["state"], r["month"]): r for r in q.tally(store)}


def test_tally_counts_each_release_once(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    rows = _rows(store)
    # 52 reported by three documents (one a copy), 14 by three, 8 by two (one background)
    assert rows[("BY", "2024-07")]["freed"] == 8
    assert rows[("BY", "2025-06")]["freed"] == 14
    assert rows[("BY", "2025-09")]["freed"] == 52
    assert [r["cumulative"] for r in q.tally(store)] == [8, 22, 74]


def test_tally_uses_corrections_and_skips_agreed_and_rejected(store: Store) -> None:
    three_releases(store)
    add_doc(store, "agreed.txt", "2025-11-01", [rel("BY", "2025-11-01", 30, status="agreed")])
    add_doc(store, "old.txt", "2025-11-20", [rel("VE", "2025-03-01", 7, background=True)])
    build_ledger(store)
    rows = _rows(store)
    assert ("BY", "2025-11") not in rows  # agreed, not done
    assert rows[("VE", "2025-03")]["freed"] == 7  # known only from a background mention: still counted once
    review.add_correction(store, "release", "BY-2025-09-11", "correct", "count", 50, reason="list checked")
    assert _rows(store)[("BY", "2025-09")]["freed"] == 50
    assert _rows(store)[("BY", "2025-09")]["cumulative"] == 8 + 14 + 50


def test_still_held_from_events_and_sentences(store: Store) -> None:
    ev = Evidence(
        "h.txt", 0, 5, "1,100", "Viasna says 1,100 political prisoners remain behind bars in Belarus."
    )
    add_doc(
        store,
        "h.txt",
        "2025-09-12",
        [rel("BY", "2025-09-11", 52)],
        [
            Event("STATEMENT", source="BY-OPP", target="BY", evidence=ev),
            Event("STATEMENT", source="BY-OPP", target="BY", date="2025-10-01", held_count=1150),
        ],
    )
    build_ledger(store)
    held = q.still_held(store)
    assert [(h["state"], h["count"], h["date"]) for h in held] == [
        ("BY", 1100, "2025-09-12"),
        ("BY", 1150, "2025-10-01"),
    ]
    assert held[0]["doc"] == "h.txt" and held[0]["evidence"]["sentence"].startswith("Viasna")


def test_held_in_text_ignores_other_numbers() -> None:
    assert held_in_text("About 1,300 or 1,400 people are still held.")[0] == 1300  # type: ignore[index]
    assert held_in_text("In 2020 more than 35,000 people were detained.") is None
    assert held_in_text("52 prisoners were freed on Thursday.") is None
    assert held_in_text("Some 1,150 political prisoners still remain in jail.")[0] == 1150  # type: ignore[index]
