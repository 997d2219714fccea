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

# Corpora the gate knows, for a floors file that lacks one (paths relative to the repo root); the
# held-out sets are every eval/heldout*/ folder with a gold file (see known_corpora).
BASE_CORPORA: dict[str, dict[str, str]] = {
    "seeds": {"gold": "../shared/gold/seeds.jsonl", "docs": "../shared/seeds"},
    "dev": {"gold": "../shared/dev/gold.jsonl", "docs": "../shared/dev/texts"},
    "sample": {
        "gold": "src/prisoner_ledger/data/sample_gold/gold.jsonl",
        "docs": "src/prisoner_ledger/data/sample",
    },
}


def known_corpora() -> dict[str, dict[str, str]]:
    """The base corpora and every held-out set under eval/ (heldout, heldout2, ... in numeric order)."""
    def order(path: Path) -> int:
        digits = path.name.removeprefix("heldout")
        return int(digits) if digits.isdigit() else 1

    out = dict(BASE_CORPORA)
    for d in sorted((ROOT / "eval").glob("heldout*"), key=order):
        if (d / "gold.jsonl").is_file():
            out[d.name] = {"gold": f"eval/{d.name}/gold.jsonl", "docs": f"eval/{d.name}/texts"}
    return out


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
    known = known_corpora()
    corpora = data.setdefault("corpora", {})
    for name in names:
        spec = corpora.setdefault(name, dict(known.get(name, {})))
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
    known = known_corpora()
    ap.add_argument("--corpus", action="append", choices=list(known), help="repeatable; default all")
    ap.add_argument("--allow-regression", action="store_true", help="accept a figure below its floor")
    ap.add_argument("--dry-run", action="store_true", help="measure and print; write nothing")
    args = ap.parse_args()
    data: dict[str, Any] = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.is_file() else {}
    names = args.corpus or list(dict.fromkeys([*known, *data.get("corpora", {})]))
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
