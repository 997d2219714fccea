"""The weekly report on the bundled sample corpus: the dense week 2025-W37 (8–14 September 2025).

The corpus describes that week as: the US envoy's visit, Belarus freeing 52 prisoners and the US
easing sanctions on Belavia (BY–US, cooperative); EU calls to free the rest (BY–EU, demands);
Poland closing its border crossings (BY–PL, coercive). The real pipeline runs end to end here.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from prisoner_ledger.extract import extract_store
from prisoner_ledger.ingest import ingest_paths
from prisoner_ledger.ledger import build_ledger
from prisoner_ledger.report import week_summary
from prisoner_ledger.store import Store

SAMPLE = Path(__file__).resolve().parents[1] / "src" / "prisoner_ledger" / "data" / "sample"


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = Store.open(tmp_path_factory.mktemp("report") / "sample.db")
    ingest_paths(store, [str(SAMPLE)])
    for _ in extract_store(store):
        pass
    build_ledger(store)
    yield store
    store.close()


def test_sample_week_lists_the_release_and_the_deal_under_by_us(sample_store: Store) -> None:
    pairs = {p["pair"]: p for p in week_summary(sample_store, "2025-W37")["pairs"]}
    us = pairs["BY–US"]
    types = {e["type"] for e in us["events"]}
    assert {"RELEASE", "SANCTION_RELIEF", "NEGOTIATE"} <= types
    assert us["trend"] == "better"
    # every event is backed by at least one document of the week
    assert all(e["evidence"] for e in us["events"])


def test_sample_week_has_eu_demands_and_no_cooperative_eu_trend(sample_store: Store) -> None:
    pairs = {p["pair"]: p for p in week_summary(sample_store, "2025-W37")["pairs"]}
    eu = pairs["BY–EU"]
    assert "DEMAND" in {e["type"] for e in eu["events"]}
    assert eu["trend"] in {"unchanged", "worse"}
    assert not any(e["type"] in {"RELEASE", "SANCTION_RELIEF"} for e in eu["events"])
