"""Idempotent re-ingest, exact and near duplicates, MinHash signatures kept across runs."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from prisoner_ledger.ingest import IngestOptions, ingest_paths, load_document
from prisoner_ledger.ingest.dedup import from_bytes, jaccard, minhash, signature_bytes
from prisoner_ledger.store import Store
from prisoner_ledger.store import documents as store_docs

PARAS = [
    "The council of the imaginary republic voted on Tuesday to pardon eleven detained reporters.",
    "Officials in the capital said the decision followed several rounds of quiet talks with envoys.",
    "Relatives waiting outside the prison gates were told the group would be freed within a week.",
    "A spokesman for the exiled opposition welcomed the step but said hundreds remain behind bars.",
    "Foreign ministers meeting in the neighbouring country said sanctions would stay for the moment.",
    "The pardoned reporters had served between two and six years on charges their employers reject.",
    "Observers noted that the announcement came a day before a scheduled visit by a senior diplomat.",
]


def write(path: Path, title: str, paras: list[str], furniture: list[str] | None = None) -> Path:
    path.write_text("\n\n".join([title, *(furniture or []), *paras, "Leave a Reply"]), encoding="utf-8")
    return path


def links(store: Store) -> list[tuple[str, str, str]]:
    rows = store.conn.execute(
        "SELECT a.name, b.name, x.kind FROM duplicates x JOIN documents a ON a.id = x.doc_id"
        " JOIN documents b ON b.id = x.dup_of ORDER BY a.name")
    return [tuple(r) for r in rows]


def test_reingest_is_idempotent(tmp_path: Path, store: Store) -> None:
    write(tmp_path / "a.txt", "Council pardons reporters", PARAS)
    (tmp_path / "bad.txt").write_bytes(b"")
    first = ingest_paths(store, [str(tmp_path)])
    counts = {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
              for t in ("documents", "dropped_lines", "duplicates", "minhashes", "failures")}
    second = ingest_paths(store, [str(tmp_path)])
    assert (first.new, first.unchanged, first.failed) == (1, 0, 1)
    assert (second.new, second.unchanged, second.failed) == (0, 1, 1)
    assert second.doc_ids == first.doc_ids
    for table, n in counts.items():
        assert store.conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0] == n, table


def test_exact_copy_under_another_name_is_linked(tmp_path: Path, store: Store) -> None:
    write(tmp_path / "a.txt", "Council pardons reporters", PARAS)
    write(tmp_path / "b.txt", "Council pardons reporters", PARAS, ["Share", "0"])  # furniture differs only
    report = ingest_paths(store, [str(tmp_path)])
    assert (report.new, report.duplicates) == (1, 1)
    assert links(store) == [("b.txt", "a.txt", "exact")]


def test_syndicated_copy_with_other_headline_and_furniture_is_linked_across_runs(tmp_path: Path) -> None:
    db = tmp_path / "l.db"
    original = write(tmp_path / "orig.txt", "Council pardons reporters", PARAS)
    copy_paras = list(PARAS)
    copy_paras[3] = copy_paras[3].replace("hundreds remain", "many hundreds still remain")
    copy = write(tmp_path / "copy.txt", "Eleven journalists walk free in surprise move", copy_paras,
                 ["Subscribe to our newsletter", "12", "Photo: Agency"])
    other = write(tmp_path / "other.txt", "A harvest festival", [p[::-1] for p in PARAS])
    sim = jaccard(load_document(original)[0].clean_text, load_document(copy)[0].clean_text)
    print(f"\nsyndicated copy: word 5-shingle Jaccard {sim:.2f}")
    assert sim >= IngestOptions().near_dup_threshold
    with Store.open(db) as s:
        assert ingest_paths(s, [str(original)]).new == 1
    with Store.open(db) as s:  # a later run: the earlier signature comes from the store
        report = ingest_paths(s, [str(copy), str(other)])
        assert (report.new, report.duplicates) == (1, 1)
        [(name, dup_of, kind)] = links(s)
        assert (name, dup_of, kind) == ("copy.txt", "orig.txt", "near")
        assert store_docs.count_documents(s) == 3


def test_minhash_signature_roundtrip() -> None:
    mh = minhash(" ".join(PARAS))
    assert from_bytes(signature_bytes(mh)).jaccard(mh) == 1.0


def test_different_dev_articles_are_never_near_duplicates(dev_dir: Path) -> None:
    docs = [d for p in sorted((dev_dir / "texts").glob("*.txt")) for d in load_document(p)]
    sims = [jaccard(a.clean_text, b.clean_text) for a, b in itertools.combinations(docs, 2)]
    print(f"\ndev: {len(sims)} pairs, highest word 5-shingle Jaccard {max(sims):.3f}")
    assert max(sims) < IngestOptions().near_dup_threshold / 2


def test_dev_set_ingests_without_duplicates_or_failures(dev_dir: Path, store: Store) -> None:
    gold = [json.loads(x) for x in (dev_dir / "gold.jsonl").read_text(encoding="utf-8").splitlines() if x]
    report = ingest_paths(store, [str(dev_dir / "texts")])
    assert report.failed == 0 and report.duplicates == 0
    names = {r["name"] for r in store_docs.list_documents(store)}
    assert {g["doc"] for g in gold} <= names
