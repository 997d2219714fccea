"""Re-measure the quality gate's corpora and raise the floors in tests/quality_floors.json.

    python scripts/update_floors.py                     # all corpora whose files are present
    python scripts/update_floors.py --corpus dev --dry-run
    python scripts/update_floors.py --allow-regression  # accept a lower figure (say why in the commit)

A floor only goes up: a figure below its floor is refused (exit 1) unless --allow-regression.
Each corpus pins the sha256 of its gold file; a changed gold is reported, and the floors are
then re-measured against the new gold (lowering one still needs --allow-regression). The file
is written atomically (a temporary file renamed over it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "quality_floors.json"

# Corpora the gate knows, for a floors file that lacks one (paths relative to the repo root).
DEFAULT_CORPORA: dict[str, dict[str, str]] = {
    "seeds": {"gold": "../shared/gold/seeds.jsonl", "docs": "../shared/seeds"},
    "dev": {"gold": "../shared/dev/gold.jsonl", "docs": "../shared/dev/texts"},
    "sample": {
        "gold": "src/prisoner_ledger/data/sample_gold/gold.jsonl",
        "docs": "src/prisoner_ledger/data/sample",
    },
    "heldout": {"gold": "eval/heldout/gold.jsonl", "docs": "eval/heldout/texts"},
    "heldout2": {"gold": "eval/heldout2/gold.jsonl", "docs": "eval/heldout2/texts"},
    "heldout3": {"gold": "eval/heldout3/gold.jsonl", "docs": "eval/heldout3/texts"},
    "heldout4": {"gold": "eval/heldout4/gold.jsonl", "docs": "eval/heldout4/texts"},
    "heldout5": {"gold": "eval/heldout5/gold.jsonl", "docs": "eval/heldout5/texts"},
    "heldout6": {"gold": "eval/heldout6/gold.jsonl", "docs": "eval/heldout6/texts"},
    "heldout7": {"gold": "eval/heldout7/gold.jsonl", "docs": "eval/heldout7/texts"},
    "heldout8": {"gold": "eval/heldout8/gold.jsonl", "docs": "eval/heldout8/texts"},
    "heldout9": {"gold": "eval/heldout9/gold.jsonl", "docs": "eval/heldout9/texts"},
    "heldout10": {"gold": "eval/heldout10/gold.jsonl", "docs": "eval/heldout10/texts"},
    "heldout11": {"gold": "eval/heldout11/gold.jsonl", "docs": "eval/heldout11/texts"},
    "heldout12": {"gold": "eval/heldout12/gold.jsonl", "docs": "eval/heldout12/texts"},
    "heldout13": {"gold": "eval/heldout13/gold.jsonl", "docs": "eval/heldout13/texts"},
    "heldout14": {"gold": "eval/heldout14/gold.jsonl", "docs": "eval/heldout14/texts"},
    "heldout15": {"gold": "eval/heldout15/gold.jsonl", "docs": "eval/heldout15/texts"},
    "heldout16": {"gold": "eval/heldout16/gold.jsonl", "docs": "eval/heldout16/texts"},
    "heldout17": {"gold": "eval/heldout17/gold.jsonl", "docs": "eval/heldout17/texts"},
    "heldout18": {"gold": "eval/heldout18/gold.jsonl", "docs": "eval/heldout18/texts"},
    "heldout19": {"gold": "eval/heldout19/gold.jsonl", "docs": "eval/heldout19/texts"},
    "heldout20": {"gold": "eval/heldout20/gold.jsonl", "docs": "eval/heldout20/texts"},
    "heldout21": {"gold": "eval/heldout21/gold.jsonl", "docs": "eval/heldout21/texts"},
    "heldout22": {"gold": "eval/heldout22/gold.jsonl", "docs": "eval/heldout22/texts"},
    "heldout23": {"gold": "eval/heldout23/gold.jsonl", "docs": "eval/heldout23/texts"},
    "heldout24": {"gold": "eval/heldout24/gold.jsonl", "docs": "eval/heldout24/texts"},
    "heldout25": {"gold": "eval/heldout25/gold.jsonl", "docs": "eval/heldout25/texts"},
    "heldout26": {"gold": "eval/heldout26/gold.jsonl", "docs": "eval/heldout26/texts"},
    "heldout27": {"gold": "eval/heldout27/gold.jsonl", "docs": "eval/heldout27/texts"},
    "heldout28": {"gold": "eval/heldout28/gold.jsonl", "docs": "eval/heldout28/texts"},
    "heldout29": {"gold": "eval/heldout29/gold.jsonl", "docs": "eval/heldout29/texts"},
}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_atomic(path: Path, data: dict[str, Any]) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=False)
            fh.write("\n")
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def update(data: dict[str, Any], names: list[str], allow_regression: bool) -> tuple[list[str], list[str]]:
    """Measure ``names`` and update ``data`` in place; returns (report lines, refused changes)."""
    from prisoner_ledger.evaluate import evaluate_corpus

    lines: list[str] = []
    refused: list[str] = []
    corpora = data.setdefault("corpora", {})
    for name in names:
        spec = corpora.setdefault(name, dict(DEFAULT_CORPORA.get(name, {})))
        gold, docs = ROOT / spec["gold"], ROOT / spec["docs"]
        if not gold.is_file() or not docs.is_dir():
            lines.append(f"{name}: skipped ({spec['gold']} or {spec['docs']} absent)")
            continue
        sha = sha256(gold)
        if spec.get("gold_sha256") not in (None, sha):
            lines.append(f"{name}: the gold file changed (sha256 {spec['gold_sha256'][:12]} -> {sha[:12]})")
        measured = evaluate_corpus(gold, docs).headline()
        floors = spec.setdefault("floors", {})
        for metric, value in measured.items():
            old = floors.get(metric)
            if old is not None and value < old and not allow_regression:
                refused.append(f"{name}.{metric}: {value:.4f} < floor {old:.4f}")
                continue
            if old is None or value != old:
                lines.append(f"{name}.{metric}: {old if old is not None else '-'} -> {value:.4f}")
            floors[metric] = value
        spec["gold_sha256"] = sha
        spec["measured_on"] = dt.date.today().isoformat()
    return lines, refused


def main() -> int:
    ap = argparse.ArgumentParser(description="Re-measure and raise the quality floors.")
    ap.add_argument(
        "--corpus", action="append", choices=sorted(DEFAULT_CORPORA), help="repeatable; default all"
    )
    ap.add_argument("--allow-regression", action="store_true", help="accept a figure below its floor")
    ap.add_argument("--dry-run", action="store_true", help="measure and print; write nothing")
    args = ap.parse_args()
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    names = args.corpus or sorted(set(DEFAULT_CORPORA) | set(data.get("corpora", {})))
    lines, refused = update(data, names, args.allow_regression)
    print("\n".join(lines) or "no change")
    if refused:
        print(
            "refused (a floor only goes up; pass --allow-regression to lower it):\n  " + "\n  ".join(refused)
        )
        return 1
    if not args.dry_run:
        write_atomic(FLOORS, data)
        print(f"wrote {FLOORS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
