"""CLI verbs 'actors' and 'name-pairs'."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from prisoner_ledger.cli import app
from prisoner_ledger.model import Document
from prisoner_ledger.nlp.actors import ActorOptions, tag_actors
from prisoner_ledger.nlp.sentences import split_sentences
from prisoner_ledger.store import Store, documents
from prisoner_ledger.store.actors_queries import actors_seen
from prisoner_ledger.store.extractions import save_extraction

runner = CliRunner()
TEXTS = [
    "Alexander Lukashenko pardoned Siarhei Tsikhanouski. Lukashenka said he was ready to talk.",
    "Sergei Tikhanovsky arrived in Vilnius, where Sviatlana Tsikhanouskaya met him.",
]


def _fill(db: Path) -> None:
    store = Store.open(db)
    for i, text in enumerate(TEXTS):
        doc = Document(name=f"d{i}.txt", source=f"d{i}.txt", fmt="txt", raw_text=text, clean_text=text,
                       content_hash=f"h{i}")
        doc.id = documents.insert_document(store, doc)
        doc.sentences = split_sentences(text)
        doc.mentions = tag_actors(doc, ActorOptions(ner=False))
        save_extraction(store, doc, {})
    store.close()


def test_actors_seen_groups_spellings(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _fill(db)
    store = Store.open(db)
    rows = {r["actor_id"]: r for r in actors_seen(store)}
    store.close()
    tsik = rows["siarhei-tsikhanouski"]
    assert tsik["documents"] == 2 and tsik["country"] == "BY-OPP"
    assert set(tsik["spellings"]) == {"Siarhei Tsikhanouski", "Sergei Tikhanovsky"}
    assert rows["tsikhanouskaya"]["spellings"] == {"Sviatlana Tsikhanouskaya": 1}
    assert rows["lukashenko"]["spellings"] == {"Alexander Lukashenko": 1, "Lukashenka": 1}


def test_actors_verb_json(tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    _fill(db)
    res = runner.invoke(app, ["actors", "--db", str(db), "--format", "json", "--country", "BY-OPP"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert {r["actor_id"] for r in rows} == {"siarhei-tsikhanouski", "tsikhanouskaya"}
    assert all(r["name"] for r in rows)


def test_name_pairs_verb(tmp_path: Path) -> None:
    res = runner.invoke(app, ["name-pairs", "--format", "json"])
    assert res.exit_code == 0, res.output
    row = json.loads(res.stdout)[0]
    assert row["precision"] >= 0.95 and row["recall"] >= 0.95 and row["pairs"] >= 300
    f = tmp_path / "p.tsv"
    f.write_text("name_a\tname_b\tsame\tnote\nTsikhanouski\tTsikhanouskaya\t0\tx\nLukashenko\tLukashenka\t1\ty\n",
                 encoding="utf-8")
    res = runner.invoke(app, ["name-pairs", "--file", str(f), "--format", "json"])
    row = json.loads(res.stdout)[0]
    assert (row["precision"], row["recall"], row["pairs"]) == (1.0, 1.0, 2)
    res = runner.invoke(app, ["name-pairs", "--file", str(tmp_path / "missing.tsv")])
    assert res.exit_code != 0 and "E101" in str(res.exception or res.output)
