from __future__ import annotations

from collections.abc import Iterable, Iterator

from prisoner_ledger.extract import extract_store, to_contract
from prisoner_ledger.model import Document
from prisoner_ledger.nlp.events import extract_events
from prisoner_ledger.store import Store
from prisoner_ledger.store import documents as store_docs
from prisoner_ledger.store.extractions import get_extraction, iter_release_mentions
from release_helpers import make_doc

TEXT = "Belarus freed 52 political prisoners on Saturday after mediation by the United States."


class _HandPipeline:
    """Sentences, relevance and hand-made actor mentions, then the real 'events' stage."""

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for d in docs:
            made = make_doc(d.clean_text, d.pub_date.value, d.name)
            d.sentences, d.relevant_sentences, d.mentions = made.sentences, made.relevant_sentences, made.mentions
            yield extract_events(d)


def test_contract_shape_and_evidence() -> None:
    doc = extract_events(make_doc(TEXT, "2025-09-15"))
    c = to_contract(doc)
    assert c["relevant"] is True and c["on_topic"] is True and c["pub_date"] == "2025-09-15"
    r = c["releases"][0]
    assert (r["releasing_state"], r["count"], r["date"], r["mediator"]) == ("BY", 52, "2025-09-13", ["US"])
    assert TEXT[r["evidence"]["start"]:r["evidence"]["end"]] == r["evidence"]["text"]
    assert r["field_evidence"]["count"]["text"].startswith("52")
    assert any(e["type"] == "RELEASE" for e in c["events"])


def test_low_confidence_header_date_is_not_the_contract_date() -> None:
    doc = extract_events(make_doc("The EU called on Minsk to free all political prisoners.", "2022-01-24"))
    doc.pub_date.confidence = 0.2
    c = to_contract(doc)
    assert c["pub_date"] is None and c["relevant"] is False and c["releases"] == []


def test_extract_store_saves_and_skips_done(store: Store) -> None:
    doc = make_doc(TEXT, "2025-09-15", "a.txt")
    doc.content_hash = "h1"
    store_docs.insert_document(store, doc)
    first = list(extract_store(store, _HandPipeline()))
    assert len(first) == 1 and first[0][1]["releases"][0]["count"] == 52
    assert [r.count for _, _, _, r in iter_release_mentions(store)] == [52]
    saved = get_extraction(store, first[0][0].id or 0)
    assert saved is not None and saved["relevant"] is True
    assert list(extract_store(store, _HandPipeline())) == []  # only new ones
    assert len(list(extract_store(store, _HandPipeline(), only_new=False))) == 1


def test_a_failing_stage_is_recorded_and_the_batch_goes_on(store) -> None:  # type: ignore[no-untyped-def]
    from prisoner_ledger.extract import extract_store
    from prisoner_ledger.model import Document
    from prisoner_ledger.store import documents as store_docs

    class Broken:
        """A pipeline whose stage fails on one document, the way Pipeline records it."""

        def pipe(self, docs):  # type: ignore[no-untyped-def]
            for doc in docs:
                if "boom" in doc.clean_text:
                    doc.extras["failure"] = "[E305] Processing 'b.txt' failed in stage 'events': ValueError: boom"
                yield doc

    for name, text in (("a.txt", "Nothing here."), ("b.txt", "boom")):
        store_docs.insert_document(store, Document(name=name, source=name, fmt="txt", raw_text=text,
                                                   clean_text=text, content_hash=name))
    results = list(extract_store(store, Broken()))
    assert [d.name for d, _ in results] == ["a.txt", "b.txt"]
    failures = store_docs.list_failures(store)
    assert [(f["input"], f["stage"], f["code"]) for f in failures] == [("b.txt", "extract", "E305")]
    assert "boom" in results[1][1]["warnings"][0]
