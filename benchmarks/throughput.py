"""Throughput of the extraction pipeline against a bare spaCy NER pass over the same texts.

The corpus is the bundled sample (src/prisoner_ledger/data/sample/) plus a much larger volume
of off-topic English prose from benchmarks/offtopic.py (deterministic seed): the mix a news
feed really is, where most articles say nothing about prisoners. Texts are written to a
temporary folder so the extraction runs from files, cleaning included, as `evaluate` runs it.

    python benchmarks/throughput.py                       # 1,000 off-topic articles, ~500k words (~3 min)
    python benchmarks/throughput.py --n-offtopic 2000 --words 1000000   # ~1M words (~6 min on 2 cores)
    python benchmarks/throughput.py --n-offtopic 300 --words 150000   # a quick look

Prints articles/s and words/s for both, and the ratio (extraction time / spaCy NER time).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE = HERE.parent / "src" / "prisoner_ledger" / "data" / "sample"
sys.path.insert(0, str(HERE))

from offtopic import generate  # noqa: E402  (a sibling script, not a package)

NER_KEEP = {"tok2vec", "ner"}  # a bare NER pass: the components NER needs, nothing else


def corpus(n_offtopic: int, words: int, seed: int) -> list[tuple[str, str]]:
    """(file name, text) pairs: the sample corpus first, then the off-topic articles."""
    texts = [
        (p.name, p.read_text(encoding="utf-8", errors="replace"))
        for p in sorted(SAMPLE.glob("*"))
        if p.is_file() and p.suffix in {".txt", ".html", ".htm"}
    ]
    texts += [(f"offtopic-{i:05d}.txt", t) for i, t in enumerate(generate(n_offtopic, words, seed))]
    return texts


def run_extraction(folder: Path, names: list[str]) -> tuple[float, int]:
    """Seconds to extract every file, and how many releases were found (a sanity check)."""
    from prisoner_ledger.evaluate import default_pipeline
    from prisoner_ledger.extract import extract_path

    pipeline = default_pipeline()
    extract_path(folder / names[0], pipeline)  # warm-up: models load once, outside the timing
    found = 0
    start = time.perf_counter()
    for name in names:
        for doc in extract_path(folder / name, pipeline):
            found += len(doc.get("releases") or [])
    return time.perf_counter() - start, found


def run_spacy_ner(texts: list[str], batch_size: int) -> tuple[float, int]:
    """Seconds for ``load_model()`` NER over the texts with ``nlp.pipe``, and entities found."""
    from prisoner_ledger.nlp.spacy_model import load_model

    nlp = load_model()
    disable = [name for name in nlp.pipe_names if name not in NER_KEEP]
    nlp("warm-up")
    ents = 0
    start = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=batch_size, disable=disable):
        ents += len(doc.ents)
    return time.perf_counter() - start, ents


def main() -> None:
    ap = argparse.ArgumentParser(description="Extraction throughput vs a bare spaCy NER pass.")
    ap.add_argument("--n-offtopic", type=int, default=1000, help="off-topic articles to add (default 1000)")
    ap.add_argument("--words", type=int, default=500_000, help="their total words (default 500,000)")
    ap.add_argument("--seed", type=int, default=20251213)
    ap.add_argument("--batch-size", type=int, default=64, help="nlp.pipe batch size for the spaCy pass")
    args = ap.parse_args()

    items = corpus(args.n_offtopic, args.words, args.seed)
    texts = [t for _, t in items]
    n_words = sum(len(t.split()) for t in texts)
    print(
        f"corpus: {len(items)} articles ({len(items) - args.n_offtopic} sample"
        f" + {args.n_offtopic} off-topic), {n_words:,} words"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, text in items:
            (folder / name).write_text(text, encoding="utf-8")
        t_ex, found = run_extraction(folder, [n for n, _ in items])
    t_ner, ents = run_spacy_ner(texts, args.batch_size)
    for label, secs, extra in (
        ("extraction", t_ex, f"{found} releases"),
        ("spaCy NER", t_ner, f"{ents} entities"),
    ):
        print(
            f"{label:<11} {secs:8.1f} s  {len(items) / secs:8.1f} articles/s  {n_words / secs:10,.0f} words/s"
            f"  ({extra})"
        )
    print(f"ratio extraction/NER time: {t_ex / t_ner:.2f}x")


if __name__ == "__main__":
    main()
