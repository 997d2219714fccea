"""Exact and near duplicates: content hash, and MinHash over word 5-shingles with LSH.

A syndicated copy (same story, another headline, other furniture) is linked to the document it
copies in the ``duplicates`` table; it is stored, but never as an independent report. MinHash
signatures are stored so that later runs compare new documents with earlier ones.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..model import Document
from ..store import documents as store_docs

if TYPE_CHECKING:
    from ..store import Store

# 128 permutations: the Jaccard estimate's standard error is about 1/sqrt(128) ~ 0.09 at
# J=0.5 and ~0.035 at J=0.85; candidates from LSH are then checked against the threshold.
NUM_PERM = 128
# Word 5-shingles: short enough that a copy with a changed headline and a few furniture lines
# keeps ~90% of its shingles, long enough that two different reports of the same release
# (same names, same numbers) share almost none.
SHINGLE = 5
SEED = 1  # fixed so that signatures stored by earlier runs stay comparable
# Candidates are proposed from this far below the threshold, and at most MAX_VERIFY of them
# are checked exactly (a copy has one or two originals; a long list means a boilerplate page).
LSH_SLACK = 0.15
MAX_VERIFY = 10
SCHEME = "affine32"  # datasketch's hashing scheme, pinned for the same reason


def shingles(text: str, k: int = SHINGLE) -> set[str]:
    words = re.findall(r"\w+", text.casefold())
    if len(words) <= k:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def minhash(text: str) -> Any:
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME)
    for s in shingles(text):
        mh.update(s.encode("utf-8"))
    return mh


def signature_bytes(mh: Any) -> bytes:
    return bytes(mh.hashvalues.astype("<u8").tobytes())


def from_bytes(data: bytes) -> Any:
    import numpy as np
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype="<u8"))


def jaccard(a: str, b: str) -> float:
    """Exact Jaccard similarity of two texts' word 5-shingles (for calibration and tests)."""
    sa, sb = shingles(a), shingles(b)
    return len(sa & sb) / len(sa | sb) if sa or sb else 1.0


class DuplicateIndex:
    """MinHash LSH over the stored documents, loaded once per ingest run.

    ``threshold`` is a Jaccard similarity of word 5-shingles (see IngestOptions for how the
    default was calibrated).
    """

    def __init__(self, threshold: float) -> None:
        from datasketch import MinHashLSH

        self.threshold = threshold
        # LSH only proposes candidates, so it runs below the threshold: its S-curve and the
        # estimate's noise (~0.035 at J=0.85) would otherwise miss pairs just above it. The
        # final call is the exact Jaccard of the two clean texts (link_duplicates).
        self.lsh = MinHashLSH(threshold=max(0.1, threshold - LSH_SLACK), num_perm=NUM_PERM)
        self.signatures: dict[int, Any] = {}

    @classmethod
    def from_store(cls, store: Store, threshold: float) -> DuplicateIndex:
        index = cls(threshold)
        for doc_id, sig in store_docs.iter_minhashes(store):
            index.add(doc_id, from_bytes(sig))
        return index

    def add(self, doc_id: int, mh: Any) -> None:
        if doc_id in self.signatures:
            return
        self.signatures[doc_id] = mh
        self.lsh.insert(str(doc_id), mh)

    def candidates(self, mh: Any, exclude: int | None = None) -> list[int]:
        """Stored documents LSH puts in a bucket with ``mh``, most similar (estimated) first."""
        ids = [int(k) for k in self.lsh.query(mh) if int(k) != exclude]
        return sorted(ids, key=lambda i: (-float(mh.jaccard(self.signatures[i])), i))


def link_duplicates(store: Store, doc: Document, doc_id: int,
                    index: DuplicateIndex) -> tuple[str, int, float] | None:
    """Link a just-stored document to an earlier copy (exact, else near); store its signature.

    Returns (kind, dup_of, similarity) for the link made, or None.
    """
    link: tuple[str, int, float] | None = None
    earlier = [i for i in store_docs.docs_with_hash(store, doc.content_hash) if i != doc_id]
    mh = minhash(doc.clean_text)
    if earlier:
        link = ("exact", earlier[0], 1.0)
    else:
        for other_id in index.candidates(mh, exclude=doc_id)[:MAX_VERIFY]:
            other = store_docs.get_document(store, other_id)
            sim = jaccard(doc.clean_text, other.clean_text) if other else 0.0
            if sim >= index.threshold:
                link = ("near", other_id, round(sim, 4))
                break
    if link is not None:
        store_docs.add_duplicate(store, doc_id, link[1], link[0], link[2])
    store_docs.save_minhash(store, doc_id, signature_bytes(mh))
    index.add(doc_id, mh)
    return link
