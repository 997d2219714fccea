"""Scoring the ledger's fusion with B-cubed over release mentions (gold/README.md, last section).

Every gold release record is a mention; its true cluster is the real-world release named in
``release_ids.jsonl`` (``STATE-YYYY-MM-DD``; a leading '?' marks a low-confidence guess and is
dropped: the guess is still the annotator's best answer). A mention is placed in the canonical
release that lists its document among its ``sources`` and agrees with it best: same state
first, then count, then date (date at the gold's precision), compared with that release's
source records from the mention's document (each carries its own state, count and date) and,
on a tie, with the release's headline fields; a further tie goes to the first release listed.
A mention no canonical release lists stands alone. B-cubed precision and recall are averaged
over mentions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import Errors, LedgerError
from .evaluate import count_matches, date_matches, read_jsonl


@dataclass(frozen=True)
class GoldMention:
    """One gold release record with the real-world release it describes."""

    doc: str
    index: int
    release_id: str
    releasing_state: str | None = None
    count: int | None = None
    date: str | None = None


def load_release_ids(path: str | Path) -> list[dict[str, Any]]:
    """The lines of a release_ids.jsonl file (E501 on a malformed line)."""
    out: list[dict[str, Any]] = []
    for n, d in read_jsonl(path):
        if not (
            isinstance(d, dict)
            and isinstance(d.get("doc"), str)
            and isinstance(d.get("index"), int)
            and isinstance(d.get("release_id"), str)
            and d["release_id"].strip("?")
        ):
            raise LedgerError(Errors.E501.format(path=Path(path), line=n, reason="needs doc, index and release_id"))
        out.append(d)
    return out


def gold_mentions(gold: list[dict[str, Any]], release_ids: list[dict[str, Any]]) -> list[GoldMention]:
    """Join release ids with the gold records they index (E501 when an index points nowhere)."""
    by_doc = {d["doc"]: d for d in gold}
    out: list[GoldMention] = []
    for n, rid in enumerate(release_ids, start=1):
        releases = by_doc.get(rid["doc"], {}).get("releases")
        if releases is None or not 0 <= rid["index"] < len(releases):
            raise LedgerError(
                Errors.E501.format(
                    path="release ids", line=n, reason=f"no gold release {rid['index']} in '{rid['doc']}'"
                )
            )
        r = releases[rid["index"]]
        out.append(
            GoldMention(
                rid["doc"],
                rid["index"],
                rid["release_id"].lstrip("?"),
                r.get("releasing_state"),
                r.get("count"),
                r.get("date"),
            )
        )
    return out


def _agreement(m: GoldMention, rec: dict[str, Any]) -> tuple[bool, bool, bool]:
    return (
        rec.get("releasing_state") == m.releasing_state,
        m.count is not None and count_matches(m.count, rec.get("count")),
        m.date is not None and date_matches(m.date, rec.get("date")),
    )


def place_mentions(mentions: list[GoldMention], canonical: list[dict[str, Any]]) -> list[int | None]:
    """For each mention, the index of the canonical release it is placed in (None: stands alone)."""
    listing: dict[str, list[int]] = defaultdict(list)
    for k, rel in enumerate(canonical):
        for doc in dict.fromkeys(str(s.get("doc")) for s in rel.get("sources") or []):
            listing[doc].append(k)
    placed: list[int | None] = []
    for m in mentions:
        best: tuple[Any, ...] | None = None
        choice: int | None = None
        for k in listing.get(m.doc, []):
            rel = canonical[k]
            own = max(_agreement(m, s) for s in rel.get("sources") or [] if str(s.get("doc")) == m.doc)
            key = (own, _agreement(m, rel), -k)
            if best is None or key > best:
                best, choice = key, k
        placed.append(choice)
    return placed


def bcubed(gold_ids: list[str], pred_ids: list[Any]) -> tuple[float, float, float]:
    """B-cubed (precision, recall, F1) of a clustering against the true one, averaged over items."""
    n = len(gold_ids)
    if n == 0:
        return 0.0, 0.0, 0.0
    true: dict[str, set[int]] = defaultdict(set)
    pred: dict[Any, set[int]] = defaultdict(set)
    for i, (g, p) in enumerate(zip(gold_ids, pred_ids, strict=True)):
        true[g].add(i)
        pred[p].add(i)
    precision = recall = 0.0
    for i in range(n):
        t, c = true[gold_ids[i]], pred[pred_ids[i]]
        both = len(t & c)
        precision += both / len(c)
        recall += both / len(t)
    precision, recall = precision / n, recall / n
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_fusion(
    gold_ids: Iterable[GoldMention], canonical_releases: list[dict[str, Any]]
) -> tuple[float, float, float]:
    """B-cubed (P, R, F1) of the ledger's canonical releases against the gold release ids."""
    mentions = list(gold_ids)
    placed = place_mentions(mentions, canonical_releases)
    clusters = [("release", k) if k is not None else ("alone", i) for i, k in enumerate(placed)]
    return bcubed([m.release_id for m in mentions], clusters)


def no_fusion_baseline(gold_ids: Iterable[GoldMention]) -> tuple[float, float, float]:
    """B-cubed of one entry per mention (the README's 'no fusion at all' line)."""
    mentions = list(gold_ids)
    return bcubed([m.release_id for m in mentions], list(range(len(mentions))))


def one_per_state_baseline(gold_ids: Iterable[GoldMention]) -> tuple[float, float, float]:
    """B-cubed of one entry per releasing state (the README's other reference line)."""
    mentions = list(gold_ids)
    return bcubed([m.release_id for m in mentions], [m.releasing_state for m in mentions])


def evaluate_ledger(gold_path: str | Path, release_ids_path: str | Path, docs: str | Path) -> dict[str, Any]:
    """Ingest the gold's texts into a temporary database, extract, build the ledger, score fusion.

    Returns B-cubed [P, R, F1] for the ledger and for the no-fusion and one-per-state baselines,
    with the number of gold mentions and of canonical releases.
    """
    import tempfile

    from .evaluate import gold_doc_paths, load_gold
    from .extract import extract_store
    from .ingest import ingest_paths
    from .ledger import build_ledger
    from .store import Store
    from .store.ledger import list_releases

    gold = load_gold(gold_path)
    mentions = gold_mentions(gold, load_release_ids(release_ids_path))
    paths = sorted({str(p) for p in gold_doc_paths(gold, docs).values()})
    with tempfile.TemporaryDirectory(prefix="ledger-eval-") as tmp:
        store = Store.open(Path(tmp) / "eval.db")
        try:
            ingest_paths(store, paths)
            for _ in extract_store(store):  # a generator: it saves each document as it goes
                pass
            build_ledger(store)
            canonical = list_releases(store)
        finally:
            store.close()
    return {
        "mentions": len(mentions),
        "canonical": len(canonical),
        "ledger": list(score_fusion(mentions, canonical)),
        "no_fusion": list(no_fusion_baseline(mentions)),
        "one_per_state": list(one_per_state_baseline(mentions)),
    }
