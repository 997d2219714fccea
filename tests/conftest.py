"""Shared fixtures: temporary stores, and the real articles in ../shared (skipped when absent)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import settings

from prisoner_ledger.store import Store

# In CI property tests run a fixed set of examples, so a run can be repeated exactly; locally
# they keep exploring new ones (set HYPOTHESIS_PROFILE=ci to reproduce CI).
settings.register_profile("ci", derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else os.environ.get("HYPOTHESIS_PROFILE", "default"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
SEED_GOLD = SHARED / "gold" / "seeds.jsonl"
DEV = SHARED / "dev"
SAMPLE = ROOT / "src" / "prisoner_ledger" / "data" / "sample"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.skip("../shared/seeds is not present")
    return SEEDS


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, dict]:
    if not SEED_GOLD.is_file():
        pytest.skip("../shared/gold/seeds.jsonl is not present")
    return {d["doc"]: d for d in map(json.loads, SEED_GOLD.read_text(encoding="utf-8").splitlines()) if d}


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not (DEV / "gold.jsonl").is_file():
        pytest.skip("../shared/dev is not present")
    return DEV
