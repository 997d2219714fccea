"""The ledger's query API and human corrections (which survive every rebuild)."""

from __future__ import annotations

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.ledger import build_ledger
from prisoner_ledger.model import Event
from prisoner_ledger.store import Store, review
from prisoner_ledger.store import ledger as q
from test_fuse import add_doc, rel, three_releases

CONTRACT = {
    "id",
    "releasing_state",
    "date",
    "count",
    "count_variants",
    "named",
    "nationalities",
    "mediator",
    "in_return",
    "destination",
    "status",
    "deal",
    "n_sources",
    "sources",
    "review",
}
SOURCE = {
    "doc",
    "doc_id",
    "mention_id",
    "releasing_state",
    "count",
    "count_text",
    "date",
    "named",
    "background",
    "evidence",
}


def test_release_dicts_follow_the_contract_and_filters_work(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    rows = q.list_releases(store)
    for r in rows:
        assert set(r) >= CONTRACT
        for s in r["sources"]:
            assert set(s) >= SOURCE and set(s["evidence"]) == {"doc", "start", "end", "text", "sentence"}
    assert [r["id"] for r in q.list_releases(store, q.ReleaseFilter(mediator="US"))] == ["BY-2025-09-11"]
    assert [r["id"] for r in q.list_releases(store, q.ReleaseFilter(in_return="belavia"))] == [
        "BY-2025-09-11"
    ]
    got = [
        r["month"] for r in q.list_releases(store, q.ReleaseFilter(date_from="2025-06", date_to="2025-06"))
    ]
    assert got == ["2025-06"]
    assert q.list_releases(store, q.ReleaseFilter(state="RU")) == []
    one = q.get_release(store, "BY-2025-09-11")
    assert one is not None and one["deal_detail"]["mediators"] == ["US"] and one["people"]
    assert q.get_release(store, "BY-1999-01-01") is None


def test_deal_links_in_return_and_relief_event_with_citation(store: Store) -> None:
    three_releases(store)
    # relief reported by another outlet two days later, and one a year later that is no part of it
    add_doc(
        store,
        "e.txt",
        "2025-09-13",
        [],
        [
            Event(
                "SANCTION_RELIEF", source="US", target="BY", date="2025-09-13", note="Belavia may buy parts"
            ),
            Event("SANCTION_RELIEF", source="EU", target="BY", date="2026-10-01", note="unrelated"),
        ],
    )
    build_ledger(store)
    deal = next(d for d in q.list_deals(store) if d["release_id"] == "BY-2025-09-11")
    kinds = [g["kind"] for g in deal["got"]]
    assert kinds.count("in_return") == 1 and kinds.count("event") == 2
    assert all("unrelated" not in g["text"] for g in deal["got"])
    assert deal["citation"].startswith("BY freed 52 (US mediation) — lifting of US sanctions on Belavia")


def test_people_join_spellings_across_documents(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    people = {p["name"]: p for p in q.list_people(store)}
    assert len(people) == 3
    tsikh = next(p for p in people.values() if "Sergei Tikhanovsky" in p["spellings"])
    assert set(tsikh["spellings"]) == {"Siarhei Tsikhanouski", "Sergei Tikhanovsky"}
    assert tsikh["release_date"] == "2025-06-21" and len(tsikh["release_ids"]) == 1
    kast = next(p for p in people.values() if "Ryhor Kastusiou" in p["spellings"])
    assert kast["n_sources"] == 2
    person = q.get_person(store, tsikh["id"])
    assert person is not None and person["sources"]


def test_corrections_survive_rebuilds(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    june = next(r for r in q.list_releases(store) if r["month"] == "2025-06")
    july = next(r for r in q.list_releases(store) if r["month"] == "2024-07")
    review.add_correction(store, "release", june["id"], "correct", "count", "15", reason="official figure")
    review.add_correction(store, "release", july["id"], "reject", reason="not political prisoners")
    # shown at once
    shown = q.get_release(store, june["id"])
    assert shown is not None and shown["count"] == 15
    assert july["id"] not in {r["id"] for r in q.list_releases(store)}
    for i, full in enumerate((False, True, True)):
        add_doc(store, f"more{i}.txt", "2025-06-22", [rel("BY", "2025-06-21", 14)])
        build_ledger(store, full=full)
        j = q.get_release(store, june["id"])
        assert j is not None and j["count"] == 15 and j["review"] == "corrected"
        assert {v["count"] for v in j["count_variants"]} >= {14, 16}  # what the sources said stays visible
        assert july["id"] not in {r["id"] for r in q.list_releases(store)}
        hidden = q.list_releases(store, q.ReleaseFilter(include_rejected=True))
        assert next(r for r in hidden if r["id"] == july["id"])["review"] == "rejected"
    assert [c["action"] for c in review.list_corrections(store, "release")] == ["correct", "reject"]


def test_corrections_are_validated(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    with pytest.raises(LedgerError, match="E402"):
        review.add_correction(store, "release", "BY-1900-01-01", "reject")
    with pytest.raises(LedgerError, match="E402.*cannot be corrected"):
        review.add_correction(store, "release", "BY-2025-09-11", "correct", "colour", "red")
    with pytest.raises(LedgerError, match="E402.*whole number"):
        review.add_correction(store, "release", "BY-2025-09-11", "correct", "count", "many")
    with pytest.raises(LedgerError, match="E402"):
        review.add_correction(store, "person", "P-nobody", "accept")
    with pytest.raises(LedgerError, match="E402"):
        review.add_correction(store, "event", "999", "reject")
    assert review.list_corrections(store) == []


def test_event_correction_follows_the_event_through_reextraction(store: Store) -> None:
    three_releases(store)
    build_ledger(store)
    eid = store.conn.execute("SELECT id FROM events WHERE type = 'SANCTION_RELIEF'").fetchone()[0]
    review.add_correction(store, "event", str(eid), "reject", reason="relief was for another reason")
    build_ledger(store, full=True)
    deal = next(d for d in q.list_deals(store) if d["release_id"] == "BY-2025-09-11")
    assert [g["kind"] for g in deal["got"]] == ["in_return"]
