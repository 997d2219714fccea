from pathlib import Path

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.model import Document, DroppedLine, Failure
from prisoner_ledger.store import Store, documents


def test_store_is_wal_and_migrated(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "x.db")
    assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.schema_versions()["documents"] >= 1
    s.close()
    # reopening applies nothing twice
    s2 = Store.open(tmp_path / "x.db")
    assert s2.schema_versions()["documents"] >= 1
    s2.close()


def test_newer_schema_is_refused_and_left_alone(tmp_path: Path) -> None:
    s = Store.open(tmp_path / "x.db")
    s.conn.execute("INSERT INTO schema_migrations (component, version) VALUES ('documents', 99)")
    s.conn.commit()
    s.close()
    with pytest.raises(LedgerError, match="E202"):
        Store.open(tmp_path / "x.db")


def test_missing_folder_gives_clear_error(tmp_path: Path) -> None:
    with pytest.raises(LedgerError, match=r"E201.*does not exist"):
        Store.open(tmp_path / "nope" / "x.db")


def test_document_round_trip_and_fts(store: Store) -> None:
    doc = Document(name="a.txt", source="/x/a.txt", fmt="txt", raw_text="raw", clean_text="Minsk freed 52 prisoners.",
                   content_hash="h1", title="Freed", dropped=[DroppedLine(2, "Leave a Reply", "furniture")])
    doc_id = documents.insert_document(store, doc)
    back = documents.get_document(store, doc_id)
    assert back is not None and back.clean_text == doc.clean_text
    assert back.dropped[0].reason == "furniture"
    assert documents.search_documents(store, "prisoners")[0]["name"] == "a.txt"
    documents.record_failure(store, Failure("bad.bin", "E102", "binary"))
    documents.record_failure(store, Failure("bad.bin", "E102", "binary"))
    assert len(documents.list_failures(store)) == 1
