"""The scorer on small hand-made gold/prediction pairs (figures computed by hand in comments)."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.evaluate import (
    assign,
    date_matches,
    load_gold,
    match_events,
    match_releases,
    name_matcher,
    score,
)
from prisoner_ledger.evaluate_fusion import (
    GoldMention,
    bcubed,
    gold_mentions,
    no_fusion_baseline,
    place_mentions,
    score_fusion,
)


def rel(state: str | None = "BY", date: str | None = None, count: int | None = None, **kw: object) -> dict:
    return {
        "releasing_state": state,
        "date": date,
        "count": count,
        "named": [],
        "nationalities": [],
        "mediator": [],
        "destination": None,
        **kw,
    }


def gdoc(
    name: str, releases: list[dict], events: list[dict] | None = None, relevant: bool | None = None
) -> dict:
    return {
        "doc": name,
        "relevant": bool(releases) if relevant is None else relevant,
        "releases": releases,
        "events": events or [],
    }


def pdoc(name: str, releases: list[dict], events: list[dict] | None = None) -> dict:
    return {
        "doc": name,
        "pub_date": None,
        "relevant": bool(releases),
        "releases": releases,
        "events": events or [],
    }


# ---------------------------------------------------------------- assignment


@settings(max_examples=60, deadline=None)
@given(
    st.integers(1, 5).flatmap(
        lambda n: st.integers(1, 5).flatmap(
            lambda m: st.lists(st.lists(st.integers(0, 9), min_size=m, max_size=m), min_size=n, max_size=n)
        )
    )
)
def test_assign_is_optimal(grid: list[list[int]]) -> None:
    n, m = len(grid), len(grid[0])
    pairs = assign(grid)
    assert len(pairs) == min(n, m)
    assert len({a for a, _ in pairs}) == len({b for _, b in pairs}) == len(pairs)
    if n <= m:
        best = max(
            sum(grid[i][c] for i, c in enumerate(cols)) for cols in itertools.permutations(range(m), n)
        )
    else:
        best = max(
            sum(grid[r][j] for j, r in enumerate(rows)) for rows in itertools.permutations(range(n), m)
        )
    assert sum(grid[a][b] for a, b in pairs) == best


def test_matching_is_optimal_not_greedy() -> None:
    same = name_matcher()
    gold = [rel(date="2025-06", count=None), rel(date="2025-06-21", count=14)]
    pred = [rel(date="2025-06-21", count=14), rel(date="2025-06-30", count=5)]
    # agreement: g0-p0 1 (date), g0-p1 1 (date), g1-p0 2 (count, date), g1-p1 0.
    # Greedy in gold order takes g0-p0 (tie, first wins) and leaves g1 with p1: 1 strict hit.
    # The optimal assignment g0-p1, g1-p0 scores 3 and gives 2 strict hits.
    assert match_releases(gold, pred, same) == [(0, 1), (1, 0)]
    report = score([gdoc("d", gold)], [pdoc("d", pred)])
    assert report.strict.tp == 2


def test_one_to_one_and_state_must_agree() -> None:
    gold = [gdoc("d", [rel("BY", count=14), rel("RU", count=1)])]
    pred = [pdoc("d", [rel("BY", count=14), rel("BY", count=14), rel("US", count=1)])]
    r = score(gold, pred)
    # one BY pair matched; the second BY and the US one are FP; RU is FN
    assert (r.releases.tp, r.releases.n_pred, r.releases.n_gold) == (1, 3, 2)
    assert r.releases.precision == pytest.approx(1 / 3)
    assert r.releases.recall == pytest.approx(1 / 2)
    kinds = sorted(m.kind for m in r.misses)
    assert kinds == ["FN", "FP", "FP"]


def test_strict_versus_loose() -> None:
    gold = [gdoc("d", [rel(date="2025-06-21", count=14), rel(date=None, count=None, background=True)])]
    pred = [pdoc("d", [rel(date="2025-06-21", count=13), rel(date="2024-01-01", count=3)])]
    r = score(gold, pred)
    # both matched (loose 2/2); the 14-vs-13 pair is wrong, the all-null gold accepts anything
    assert r.releases.f1 == 1.0
    assert r.strict.tp == 1
    assert r.strict.f1 == pytest.approx(0.5)
    assert (r.count.correct, r.count.total) == (0, 1)
    assert (r.date.correct, r.date.total) == (1, 1)
    assert [m.kind for m in r.misses] == ["WRONG"]


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ("2025-06-21", "2025-06-21", True),
        ("2025-06-21", "2025-06", False),
        ("2025-06-21", "-06-21", False),
        ("2025-06", "2025-06-21", True),
        ("2025-06", "2025-07-01", False),
        ("2025", "2025-12", True),
        ("2025", "2024-12-31", False),
        ("-06-21", "2019-06-21", True),
        ("-06-21", "-06-21", True),
        ("-06-21", "2019-06-22", False),
        ("-06-21", "2019-06", False),
        ("2025-06-21", None, False),
        (None, "2025-06-21", True),
        (None, None, True),
    ],
)
def test_date_precision(gold: str | None, pred: str | None, ok: bool) -> None:
    assert date_matches(gold, pred) is ok


def test_name_normalisation_in_named_scores() -> None:
    gold = [gdoc("d", [rel(count=14, named=["Siarhei Tsikhanouski", "Mikola Statkevich"])])]
    pred = [
        pdoc("d", [rel(count=14, named=["Sergey Tikhanovsky", "Nikolai Statkevich", "Maria Kalesnikava"])])
    ]
    named = score(gold, pred).sets["named"]
    assert named.tp == 2
    assert named.precision == pytest.approx(2 / 3)
    assert named.recall == 1.0
    same = name_matcher()
    assert same("Alexander Lukashenko", "Aliaksandr Lukashenka")
    assert not same("Ales Bialiatski", "Maria Kolesnikova")


def test_set_fields_and_destination() -> None:
    gold = [gdoc("d", [rel(count=2, nationalities=["US", "PL"], mediator=["US"], destination="LT")])]
    pred = [pdoc("d", [rel(count=2, nationalities=["us"], mediator=["US", "VA"], destination="PL")])]
    r = score(gold, pred)
    assert (r.sets["nationalities"].precision, r.sets["nationalities"].recall) == (1.0, 0.5)
    assert (r.sets["mediator"].precision, r.sets["mediator"].recall) == (0.5, 1.0)
    assert (r.destination.correct, r.destination.total) == (0, 1)


def test_relevance_is_at_least_one_predicted_release() -> None:
    gold = [gdoc("a", [rel()]), gdoc("b", []), gdoc("c", [rel()]), gdoc("d", [])]
    pred = [pdoc("a", [rel()]), pdoc("b", [rel()]), pdoc("c", []), {**pdoc("d", []), "relevant": True}]
    r = score(gold, pred)
    # predicted relevant: a, b (d's flag is ignored: no release) -> P 1/2; gold relevant a, c -> R 1/2
    assert (r.relevance.precision, r.relevance.recall) == (0.5, 0.5)


def test_missing_prediction_counts_as_nothing_found() -> None:
    r = score([gdoc("a", [rel(count=3)])], [])
    assert (r.releases.tp, r.releases.n_gold, r.releases.n_pred) == (0, 1, 0)
    assert r.releases.f1 == 0.0


def test_events_type_source_then_target() -> None:
    g = [
        {"type": "DEMAND", "source": "EU", "target": "BY"},
        {"type": "DEMAND", "source": "EU", "target": "RU"},
        {"type": "SANCTION", "source": "US", "target": "BY"},
        {"type": "RELEASE", "source": "BY"},
    ]
    p = [
        {"type": "DEMAND", "source": "EU", "target": "RU"},
        {"type": "DEMAND", "source": "US", "target": "BY"},
        {"type": "SANCTION", "source": "US", "target": None},
        {"type": "RELEASE", "source": "BY"},
        {"type": "RELEASE", "source": "RU"},
    ]
    g_ev = [e for e in g if e["type"] != "RELEASE"]
    p_ev = [e for e in p if e["type"] != "RELEASE"]
    # the EU->RU demand pairs with its strict twin, not with the first EU demand
    assert match_events(g_ev, p_ev) == [(1, 0, True), (2, 2, False)]
    r = score([gdoc("d", [], g)], [pdoc("d", [], p)])
    # RELEASE events are ignored on both sides: 2 hits over 3 predicted and 3 gold
    assert (r.events.tp, r.events.n_pred, r.events.n_gold) == (2, 3, 3)
    assert r.events_strict.tp == 1
    assert r.event_types["DEMAND"].precision == 0.5
    assert r.event_types["SANCTION"].f1 == 1.0
    assert "RELEASE" not in r.event_types


def test_load_gold_validates(tmp_path: Path) -> None:
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps(gdoc("a.txt", [rel(date="-06-21", count=3)])) + "\n\n", encoding="utf-8")
    assert [d["doc"] for d in load_gold(good)] == ["a.txt"]
    bad_lines = [
        "{not json",
        json.dumps({"doc": "a.txt", "relevant": True, "releases": [rel(date="21 June")]}),
        json.dumps({"doc": "a.txt", "relevant": True, "releases": [rel(count="14")]}),
        json.dumps({"doc": "a.txt", "relevant": False, "releases": [], "events": [{"type": "PARTY"}]}),
        json.dumps({"relevant": False, "releases": []}),
    ]
    for i, line in enumerate(bad_lines):
        bad = tmp_path / f"bad{i}.jsonl"
        bad.write_text(json.dumps(gdoc("ok.txt", [])) + "\n" + line + "\n", encoding="utf-8")
        with pytest.raises(LedgerError) as err:
            load_gold(bad)
        assert err.value.code == "E501"
        assert f"bad{i}.jsonl" in str(err.value) and "line 2" in str(err.value)


def test_real_gold_files_load(seed_gold: dict, dev_dir: Path) -> None:
    from conftest import SEED_GOLD

    assert len(load_gold(SEED_GOLD)) == len(seed_gold)
    dev = load_gold(dev_dir / "gold.jsonl")
    assert sum(len(d["releases"]) for d in dev) == 47  # as dev/README.md states


# ---------------------------------------------------------------- fusion (B-cubed)


def test_bcubed_by_hand() -> None:
    # truth {0,1,2} {3}; prediction {0,1} {2,3}
    # precision: 0,1 -> 2/2; 2 -> 1/2; 3 -> 1/2  => (1+1+.5+.5)/4 = 0.75
    # recall:    0,1 -> 2/3; 2 -> 1/3; 3 -> 1/1  => (2/3+2/3+1/3+1)/4 = 2/3
    p, r, f = bcubed(["A", "A", "A", "B"], ["x", "x", "y", "y"])
    assert p == pytest.approx(0.75)
    assert r == pytest.approx(2 / 3)
    assert f == pytest.approx(2 * 0.75 * (2 / 3) / (0.75 + 2 / 3))


def test_score_fusion_places_mentions_by_state_count_date() -> None:
    m = [
        GoldMention("a", 0, "BY-1", "BY", 123, "2025-12-13"),
        GoldMention("b", 0, "BY-1", "BY", 114, "2025-12-13"),
        GoldMention("b", 1, "BY-0", "BY", 1, None),
        GoldMention("c", 0, "RU-1", "RU", 1, "2025-02"),
    ]
    canonical = [
        {
            "id": 1,
            "releasing_state": "BY",
            "count": 123,
            "date": "2025-12-13",
            "sources": [
                {"doc": "a", "releasing_state": "BY", "count": 123, "date": "2025-12-13"},
                {"doc": "b", "releasing_state": "BY", "count": 114, "date": "2025-12-13"},
            ],
        },
        {
            "id": 2,
            "releasing_state": "BY",
            "count": 1,
            "date": None,
            "sources": [{"doc": "b", "releasing_state": "BY", "count": 1, "date": None}],
        },
        {
            "id": 3,
            "releasing_state": "RU",
            "count": 1,
            "date": "2025-02-11",
            "sources": [{"doc": "z", "releasing_state": "RU", "count": 1, "date": "2025-02-11"}],
        },
    ]
    # b#0 agrees with release 1 on count; b#1 agrees with release 2 on count; c is listed nowhere
    assert place_mentions(m, canonical) == [0, 0, 1, None]
    assert score_fusion(m, canonical) == pytest.approx((1.0, 1.0, 1.0))
    p, r, f = no_fusion_baseline(m)
    # every mention alone: precision 1; recall (1/2 + 1/2 + 1 + 1) / 4 = 0.75
    assert (p, r) == pytest.approx((1.0, 0.75))
    # merging everything BY into one entry loses precision: a, b#0 -> 2/3 each, b#1 -> 1/3
    merged = [
        {
            "id": 1,
            "releasing_state": "BY",
            "sources": [
                {"doc": "a", "releasing_state": "BY", "count": 123, "date": "2025-12-13"},
                {"doc": "b", "releasing_state": "BY", "count": 114, "date": "2025-12-13"},
                {"doc": "b", "releasing_state": "BY", "count": 1, "date": None},
            ],
        }
    ]
    p, r, _ = score_fusion(m, merged)
    assert p == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4)
    assert r == pytest.approx(1.0)


def test_gold_mentions_join_and_reject_bad_index() -> None:
    gold = [gdoc("a", [rel("BY", count=3), rel("RU", count=1)])]
    got = gold_mentions(gold, [{"doc": "a", "index": 1, "release_id": "?RU-2025-02-11"}])
    assert got == [GoldMention("a", 1, "RU-2025-02-11", "RU", 1, None)]
    with pytest.raises(LedgerError):
        gold_mentions(gold, [{"doc": "a", "index": 2, "release_id": "X"}])


# ---------------------------------------------------------------- running the extraction


def test_predict_corpus_names_and_split_documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from prisoner_ledger.evaluate import predict_corpus

    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("text", encoding="utf-8")
    calls: list[str] = []

    def extract_path(path: Path, pipeline: object) -> list[dict]:
        calls.append(Path(path).name)
        return [pdoc(Path(path).name, [rel(count=1)]), pdoc(Path(path).name + "#2", [rel(count=2)])]

    monkeypatch.setitem(sys.modules, "prisoner_ledger.extract", types.SimpleNamespace(extract_path=extract_path))
    gold = [gdoc("a.txt", [rel(count=1)]), gdoc("b.txt", [rel(count=1)]), gdoc("b.txt#2", [rel(count=2)])]
    got = predict_corpus(gold, tmp_path, pipeline=object())
    # a.txt#2 is not in the gold and is dropped; b.txt's file is extracted once for both lines
    assert sorted(d["doc"] for d in got) == ["a.txt", "b.txt", "b.txt#2"]
    assert calls == ["a.txt", "b.txt"]
    assert score(gold, got).strict.f1 == 1.0
    with pytest.raises(LedgerError) as err:
        predict_corpus([gdoc("missing.txt", [])], tmp_path, pipeline=object())
    assert err.value.code == "E502"


def test_cli_evaluate_prints_summary_last(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    import types

    from typer.testing import CliRunner

    from prisoner_ledger.cli import app

    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(gdoc("a.txt", [rel(count=3), rel("RU", count=1)])) + "\n", encoding="utf-8")
    fake = types.SimpleNamespace(extract_path=lambda path, pipeline: [pdoc("a.txt", [rel(count=3, evidence={
        "sentence": "Three were freed."})])])
    monkeypatch.setitem(sys.modules, "prisoner_ledger.extract", fake)
    monkeypatch.setattr("prisoner_ledger.evaluate.default_pipeline", lambda: None)
    result = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--docs", str(tmp_path), "--misses"])
    assert result.exit_code == 0, result.output
    tail = result.output.strip().splitlines()[-4:]
    assert tail[1].startswith("releases  P 1.000  R 0.500  F1 0.667")
    assert "FN" in result.output and "RU" in result.output
    as_json = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--docs", str(tmp_path), "-f", "json"])
    assert json.loads(as_json.output)["releases"]["recall"] == 0.5
    missing = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--docs", str(tmp_path / "nowhere")])
    assert missing.exit_code == 2
