"""Quality gate: the real extraction on each gold corpus must not fall below its pinned floors.

Floors live in tests/quality_floors.json, one block per corpus (gold file, texts folder, the
gold's sha256, the floors). Raise them with ``python scripts/update_floors.py`` after an
improvement; it refuses to lower one without ``--allow-regression``. A corpus whose files are
absent (../shared on a fresh clone, the sample gold before it is written) is skipped.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache
from pathlib import Path

import pytest

from prisoner_ledger.evaluate import evaluate_corpus

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).with_name("quality_floors.json")

# The extraction is deterministic (rules plus a fixed spaCy model), so the same code measures
# the same figures; EPSILON only absorbs the 4-decimal rounding in the floors file and float
# noise across platforms. The smallest real change, one release record flipped on the largest
# corpus (dev: 47 gold records), moves F1 by about 0.01, twenty times this margin.
EPSILON = 0.0005


def _spec() -> dict[str, dict]:
    corpora: dict[str, dict] = json.loads(FLOORS.read_text(encoding="utf-8"))["corpora"]
    return corpora


@cache
def _measure(gold: str, docs: str) -> dict[str, float]:
    return evaluate_corpus(gold, docs).headline()


def test_floors_file_is_complete() -> None:
    metrics = {"release_f1", "strict_f1", "relevance_precision", "count_accuracy", "event_f1"}
    for name, spec in _spec().items():
        assert {"gold", "docs", "gold_sha256", "floors"} <= set(spec), name
        assert set(spec["floors"]) == metrics, name
        assert all(0.0 <= v <= 1.0 for v in spec["floors"].values()), name


@pytest.mark.slow
@pytest.mark.parametrize("corpus", sorted(_spec()))
def test_quality_floor(corpus: str) -> None:
    spec = _spec()[corpus]
    gold, docs = ROOT / spec["gold"], ROOT / spec["docs"]
    if not gold.is_file() or not docs.is_dir():
        pytest.skip(f"{corpus}: {spec['gold']} or {spec['docs']} is not present")
    sha = hashlib.sha256(gold.read_bytes()).hexdigest()
    assert sha == spec["gold_sha256"], (
        f"{corpus}: the gold file changed since the floors were pinned; re-measure with "
        f"scripts/update_floors.py --corpus {corpus} (add --allow-regression if a floor must drop)"
    )
    measured = _measure(str(gold), str(docs))
    drops = {m: (measured[m], floor) for m, floor in spec["floors"].items() if measured[m] < floor - EPSILON}
    assert not drops, f"{corpus}: below floor (measured, floor): {drops}"
