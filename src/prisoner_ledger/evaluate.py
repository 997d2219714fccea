"""Scoring extraction against gold, exactly as ``../shared/gold/README.md`` defines it.

The scorer is pure: ``score(gold, predicted)`` takes the gold lines and the extraction's
contract dicts (``doc``, ``pub_date``, ``relevant``, ``releases[]``, ``events[]``) and returns a
``Report``. ``load_gold`` reads and validates a gold file (E501), ``predict_corpus`` runs the
real extraction on the gold's texts (E502 when one is missing). Fusion (B-cubed over release
mentions) lives in ``evaluate_fusion``.

Decisions the README leaves implicit (also in docs/evaluation.md):
- a gold field that is null is not scored: any predicted value passes the strict check and
  the pair leaves that field's accuracy denominator (``count``, ``date``, ``destination``);
- a predicted date less precise than the gold's fails (gold ``2025-06-21``, predicted
  ``2025-06`` or ``-06-21``); a more precise one passes when it starts with the gold's;
- ``releasing_state`` must be equal for a pair to match (null only matches null);
- event ``source``/``target`` compare as equal strings (null equals null).
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from .errors import Errors, LedgerError

EVENT_TYPES = frozenset(
    {
        "RELEASE",
        "ARREST",
        "SENTENCE",
        "SANCTION",
        "SANCTION_RELIEF",
        "DIPLOMATIC_DOWNGRADE",
        "DIPLOMATIC_UPGRADE",
        "NEGOTIATE",
        "DEMAND",
        "OFFER",
        "THREATEN",
        "STATEMENT",
    }
)
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|-\d{2}-\d{2})$")
_SET_FIELDS = ("named", "nationalities", "mediator")


# --------------------------------------------------------------------------- figures


@dataclass
class PRF:
    """Hits over predicted and gold totals (micro-averaged when summed)."""

    tp: float = 0.0
    n_pred: int = 0
    n_gold: int = 0

    @property
    def precision(self) -> float:
        return self.tp / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: float, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def to_dict(self) -> dict[str, float]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "n_pred": self.n_pred,
            "n_gold": self.n_gold,
        }


@dataclass
class Accuracy:
    """Right answers over the matched pairs where the gold has a value."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, float]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


@dataclass
class Miss:
    """One error for ``--misses``: a false positive or negative, or a matched pair that is wrong."""

    kind: str  # 'FP' | 'FN' | 'WRONG' (matched, not strict) | 'EV-FP' | 'EV-FN' | 'FAIL'
    doc: str
    what: str  # a short rendering of the record
    evidence: str = ""  # the predicted evidence sentence, or the gold's count_text / note


@dataclass
class Report:
    """Every figure ``evaluate`` prints."""

    n_docs: int = 0
    releases: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    relevance: PRF = field(default_factory=PRF)
    count: Accuracy = field(default_factory=Accuracy)
    date: Accuracy = field(default_factory=Accuracy)
    destination: Accuracy = field(default_factory=Accuracy)
    sets: dict[str, PRF] = field(default_factory=lambda: {f: PRF() for f in _SET_FIELDS})
    events: PRF = field(default_factory=PRF)
    events_strict: PRF = field(default_factory=PRF)
    event_types: dict[str, PRF] = field(default_factory=dict)
    misses: list[Miss] = field(default_factory=list)

    def headline(self) -> dict[str, float]:
        """The figures the quality gate pins (see tests/quality_floors.json)."""
        return {
            "release_f1": round(self.releases.f1, 4),
            "strict_f1": round(self.strict.f1, 4),
            "relevance_precision": round(self.relevance.precision, 4),
            "count_accuracy": round(self.count.value, 4),
            "event_f1": round(self.events.f1, 4),
        }

    def to_dict(self, with_misses: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "n_docs": self.n_docs,
            "releases": self.releases.to_dict(),
            "releases_strict": self.strict.to_dict(),
            "relevance": self.relevance.to_dict(),
            "count": self.count.to_dict(),
            "date": self.date.to_dict(),
            "destination": self.destination.to_dict(),
            **{name: prf.to_dict() for name, prf in self.sets.items()},
            "events": self.events.to_dict(),
            "events_strict": self.events_strict.to_dict(),
            "event_types": {t: prf.to_dict() for t, prf in sorted(self.event_types.items())},
        }
        if with_misses:
            out["misses"] = [asdict(m) for m in self.misses]
        return out

    def summary_lines(self) -> list[str]:
        """A compact summary, printed last (a hook shows only the tail of the output)."""
        r, s, v, e = self.releases, self.strict, self.relevance, self.events
        return [
            f"docs {self.n_docs}  gold releases {r.n_gold}  predicted {r.n_pred}  matched {int(r.tp)}",
            f"releases  P {r.precision:.3f}  R {r.recall:.3f}  F1 {r.f1:.3f}   "
            f"strict P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}",
            f"relevance P {v.precision:.3f}  R {v.recall:.3f}  F1 {v.f1:.3f}   "
            f"count acc {self.count.value:.3f} ({self.count.correct}/{self.count.total})  "
            f"date acc {self.date.value:.3f} ({self.date.correct}/{self.date.total})",
            f"events    P {e.precision:.3f}  R {e.recall:.3f}  F1 {e.f1:.3f}   "
            f"strict F1 {self.events_strict.f1:.3f}",
        ]


# --------------------------------------------------------------------------- names


def name_matcher() -> Callable[[str, str], bool]:
    """The project's transliteration-aware name comparison (nlp/names.py ``same_person``)."""
    from .nlp.names import same_person

    return same_person


# --------------------------------------------------------------------------- matching


def assign(weights: Sequence[Sequence[float]]) -> list[tuple[int, int]]:
    """Maximum-weight assignment of rows to columns (Hungarian method with potentials).

    Returns min(rows, cols) pairs (row, col) sorted by row; O(n^2 m), fine for the handful of
    records a document holds.
    """
    if not weights or not weights[0]:
        return []
    flip = len(weights) > len(weights[0])
    w = [list(col) for col in zip(*weights, strict=True)] if flip else [list(row) for row in weights]
    n, m = len(w), len(w[0])
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (m + 1)
    owner, way = [0] * (m + 1), [0] * (m + 1)  # owner[j]: row given column j (1-based, 0 = none)
    for i in range(1, n + 1):
        owner[0], j0 = i, 0
        minv, used = [inf] * (m + 1), [False] * (m + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], inf, 0
            for j in range(1, m + 1):
                if used[j]:
                    continue
                cur = -w[i0 - 1][j - 1] - u[i0] - v[j]
                if cur < minv[j]:
                    minv[j], way[j] = cur, j0
                if minv[j] < delta:
                    delta, j1 = minv[j], j
            for j in range(m + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    pairs = [(owner[j] - 1, j - 1) for j in range(1, m + 1) if owner[j]]
    return sorted((b, a) for a, b in pairs) if flip else sorted(pairs)


def date_matches(gold: str | None, pred: str | None) -> bool:
    """Predicted date right at the gold's precision (gold null: nothing to check, True)."""
    if gold is None:
        return True
    if not pred:
        return False
    pred = str(pred)[:10]
    if gold.startswith("-"):  # month-day without a year: any year, or none, with that month-day
        return pred.endswith(gold) and len(pred) in (6, 10)
    return pred == gold or pred.startswith(gold + "-")


def count_matches(gold: int | None, pred: Any) -> bool:
    return gold is None or (pred is not None and not isinstance(pred, bool) and _as_int(pred) == gold)


def _as_int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def set_hits(gold: Iterable[str], pred: Iterable[str], same: Callable[[str, str], bool] | None = None) -> int:
    """One-to-one hits between two lists (names with ``same``, codes by case-insensitive equality)."""
    g, p = list(dict.fromkeys(gold)), list(dict.fromkeys(pred))
    if not g or not p:
        return 0
    if same is None:
        return len({x.upper() for x in g} & {x.upper() for x in p})
    return len(
        [1 for a, b in assign([[1.0 if same(x, y) else 0.0 for y in p] for x in g]) if same(g[a], p[b])]
    )


def _agreement(g: dict[str, Any], p: dict[str, Any], same: Callable[[str, str], bool]) -> float:
    """How well a same-state pair agrees on count, date and named (gold nulls are neutral)."""
    score = 0.0
    if g.get("count") is not None and count_matches(g["count"], p.get("count")):
        score += 1
    if g.get("date") is not None and date_matches(g["date"], p.get("date")):
        score += 1
    gn, pn = g.get("named") or [], p.get("named") or []
    if gn and pn:
        score += set_hits(gn, pn, same) / max(len(gn), len(pn))
    return score


def match_releases(
    gold: list[dict[str, Any]], pred: list[dict[str, Any]], same: Callable[[str, str], bool]
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) within one document, optimal per state."""
    by_state: dict[Any, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, g in enumerate(gold):
        by_state[g.get("releasing_state")][0].append(i)
    for j, p in enumerate(pred):
        by_state[p.get("releasing_state")][1].append(j)
    pairs: list[tuple[int, int]] = []
    for gi, pj in by_state.values():
        if gi and pj:
            grid = [[_agreement(gold[a], pred[b], same) for b in pj] for a in gi]
            pairs.extend((gi[a], pj[b]) for a, b in assign(grid))
    return sorted(pairs)


def match_events(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int, bool]]:
    """One-to-one (gold, predicted, strict) on the same type and source; target agreement preferred."""
    groups: dict[tuple[Any, Any], tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
    for i, g in enumerate(gold):
        groups[(g.get("type"), g.get("source"))][0].append(i)
    for j, p in enumerate(pred):
        groups[(p.get("type"), p.get("source"))][1].append(j)
    out: list[tuple[int, int, bool]] = []
    for gi, pj in groups.values():
        if gi and pj:
            grid = [[1.0 if gold[a].get("target") == pred[b].get("target") else 0.0 for b in pj] for a in gi]
            out.extend((gi[a], pj[b], grid[a][b] > 0) for a, b in assign(grid))
    return sorted(out)


# --------------------------------------------------------------------------- scoring


def _show(r: dict[str, Any]) -> str:
    named = ", ".join(r.get("named") or [])
    return (
        f"{r.get('releasing_state')} date={r.get('date')} count={r.get('count')}"
        + (f" named=[{named}]" if named else "")
        + (" (background)" if r.get("background") else "")
    )


def _evidence_text(r: dict[str, Any]) -> str:
    ev = r.get("evidence")
    if isinstance(ev, dict):
        return str(ev.get("sentence") or ev.get("text") or "")
    return str(ev or "")


def _gold_hint(r: dict[str, Any]) -> str:
    return "gold: " + str(r.get("count_text") or r.get("note") or "")


def score(
    gold: list[dict[str, Any]],
    predicted: list[dict[str, Any]],
    same: Callable[[str, str], bool] | None = None,
) -> Report:
    """Score predicted contract dicts against gold lines; documents are the gold's."""
    same = same or name_matcher()
    preds = {p.get("doc"): p for p in predicted}
    rep = Report(n_docs=len(gold))
    for gdoc in gold:
        name = gdoc["doc"]
        pdoc = preds.get(name) or {}
        if pdoc.get("failure"):
            rep.misses.append(Miss("FAIL", name, "extraction failed", str(pdoc["failure"])))
        g_rel = list(gdoc.get("releases") or [])
        p_rel = list(pdoc.get("releases") or [])
        pairs = match_releases(g_rel, p_rel, same)
        strict_hits = 0
        for gi, pj in pairs:
            g, p = g_rel[gi], p_rel[pj]
            ok_count, ok_date = (
                count_matches(g.get("count"), p.get("count")),
                date_matches(g.get("date"), p.get("date")),
            )
            strict_hits += ok_count and ok_date
            if not (ok_count and ok_date):
                rep.misses.append(
                    Miss("WRONG", name, f"gold {_show(g)} | predicted {_show(p)}", _evidence_text(p))
                )
            if g.get("count") is not None:
                rep.count.total += 1
                rep.count.correct += ok_count
            if g.get("date") is not None:
                rep.date.total += 1
                rep.date.correct += ok_date
            if g.get("destination") is not None:
                rep.destination.total += 1
                rep.destination.correct += str(p.get("destination") or "").upper() == g["destination"].upper()
            for f in _SET_FIELDS:
                gv, pv = g.get(f) or [], p.get(f) or []
                rep.sets[f].add(
                    set_hits(gv, pv, same if f == "named" else None),
                    len(dict.fromkeys(pv)),
                    len(dict.fromkeys(gv)),
                )
        rep.releases.add(len(pairs), len(p_rel), len(g_rel))
        rep.strict.add(strict_hits, len(p_rel), len(g_rel))
        matched_g, matched_p = {a for a, _ in pairs}, {b for _, b in pairs}
        rep.misses.extend(
            Miss("FN", name, _show(r), _gold_hint(r)) for i, r in enumerate(g_rel) if i not in matched_g
        )
        rep.misses.extend(
            Miss("FP", name, _show(r), _evidence_text(r)) for j, r in enumerate(p_rel) if j not in matched_p
        )
        g_relevant, p_relevant = bool(gdoc.get("relevant")), bool(p_rel)
        rep.relevance.add(int(g_relevant and p_relevant), int(p_relevant), int(g_relevant))
        _score_events(rep, name, gdoc, pdoc)
    return rep


def _score_events(rep: Report, name: str, gdoc: dict[str, Any], pdoc: dict[str, Any]) -> None:
    g_ev = [e for e in gdoc.get("events") or [] if e.get("type") != "RELEASE"]
    p_ev = [e for e in pdoc.get("events") or [] if e.get("type") != "RELEASE"]
    matches = match_events(g_ev, p_ev)
    strict = sum(1 for *_, s in matches if s)
    rep.events.add(len(matches), len(p_ev), len(g_ev))
    rep.events_strict.add(strict, len(p_ev), len(g_ev))
    for etype in {e.get("type") for e in g_ev + p_ev}:
        prf = rep.event_types.setdefault(str(etype), PRF())
        prf.add(
            sum(1 for a, _, _ in matches if g_ev[a].get("type") == etype),
            sum(1 for e in p_ev if e.get("type") == etype),
            sum(1 for e in g_ev if e.get("type") == etype),
        )
    matched_g, matched_p = {a for a, _, _ in matches}, {b for _, b, _ in matches}

    def show(e: dict[str, Any]) -> str:
        return f"{e.get('type')} {e.get('source')} -> {e.get('target')}"

    rep.misses.extend(
        Miss("EV-FN", name, show(e), "gold: " + str(e.get("note") or ""))
        for i, e in enumerate(g_ev)
        if i not in matched_g
    )
    rep.misses.extend(
        Miss("EV-FP", name, show(e), _evidence_text(e)) for j, e in enumerate(p_ev) if j not in matched_p
    )


# --------------------------------------------------------------------------- gold files


def _check_release(r: Any) -> str | None:
    if not isinstance(r, dict):
        return "a release is not an object"
    state = r.get("releasing_state")
    if state is not None and not isinstance(state, str):
        return f"releasing_state {state!r} is not a string or null"
    count = r.get("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int)):
        return f"count {count!r} is not an integer or null"
    date = r.get("date")
    if date is not None and not (isinstance(date, str) and _DATE.match(date)):
        return f"date {date!r} is not YYYY-MM-DD, YYYY-MM, YYYY, -MM-DD or null"
    for f in _SET_FIELDS:
        value = r.get(f, [])
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            return f"{f} is not a list of strings"
    return None


def validate_gold_line(d: Any) -> str | None:
    """The reason a gold line is unusable, or None."""
    if not isinstance(d, dict):
        return "not a JSON object"
    if not isinstance(d.get("doc"), str) or not d["doc"]:
        return "no 'doc' file name"
    if not isinstance(d.get("relevant"), bool):
        return "'relevant' is not true or false"
    if not isinstance(d.get("releases"), list):
        return "'releases' is not a list"
    for r in d["releases"]:
        if (reason := _check_release(r)) is not None:
            return reason
    events = d.get("events", [])
    if not isinstance(events, list):
        return "'events' is not a list"
    for e in events:
        if not isinstance(e, dict) or e.get("type") not in EVENT_TYPES:
            return f"event type {e.get('type') if isinstance(e, dict) else e!r} is not one of the ontology's"
    return None


def read_jsonl(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value) for every non-blank line; E501 names the file and line."""
    p = Path(path)
    try:
        lines = p.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise LedgerError(Errors.E501.format(path=p, line=0, reason=f"cannot read it ({exc})")) from exc
    for n, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            yield n, json.loads(line)
        except json.JSONDecodeError as exc:
            raise LedgerError(Errors.E501.format(path=p, line=n, reason=f"not JSON ({exc.msg})")) from exc


def load_gold(path: str | Path) -> list[dict[str, Any]]:
    """The gold lines of ``path``, validated (E501 names the file, line and reason)."""
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for n, d in read_jsonl(path):
        reason = validate_gold_line(d)
        if reason is None and d["doc"] in seen:
            reason = f"document '{d['doc']}' appears twice"
        if reason is not None:
            raise LedgerError(Errors.E501.format(path=Path(path), line=n, reason=reason))
        seen.add(d["doc"])
        out.append(d)
    return out


# --------------------------------------------------------------------------- running extraction


def gold_doc_paths(gold: list[dict[str, Any]], docs: str | Path) -> dict[str, Path]:
    """Gold document name -> text file ('<name>#2' lines share '<name>''s file); E502 when missing."""
    folder = Path(docs)
    out: dict[str, Path] = {}
    for d in gold:
        name = d["doc"]
        path = folder / name.split("#", 1)[0]
        if not path.is_file():
            raise LedgerError(Errors.E502.format(doc=name, docs=folder))
        out[name] = path
    return out


def predict_corpus(
    gold: list[dict[str, Any]], docs: str | Path, pipeline: Any = None
) -> list[dict[str, Any]]:
    """Run the real extraction on each gold document's file; contract dicts named as the gold.

    A file the cleaner splits into '<name>' and '<name>#2' is scored on '<name>' only, unless the
    gold has a '<name>#2' line too.
    """
    from .extract import extract_path

    if pipeline is None:
        pipeline = default_pipeline()
    wanted = {d["doc"] for d in gold}
    out: list[dict[str, Any]] = []
    done: set[Path] = set()
    for path in gold_doc_paths(gold, docs).values():
        if path in done:
            continue
        done.add(path)
        try:
            results = extract_path(path, pipeline)
        except LedgerError as err:  # unreadable or empty after cleaning: scored as nothing found
            results = [{"doc": path.name, "releases": [], "events": [], "failure": str(err)}]
        for k, res in enumerate(results):
            name = str(res.get("doc") or "")
            if k == 0 and name not in wanted and path.name in wanted:
                name = path.name  # the first (main) article is the file's
            if name in wanted:
                out.append({**res, "doc": name})
    return out


def default_pipeline() -> Any:
    """The extraction's default pipeline."""
    from .pipeline import Pipeline

    return Pipeline()


def evaluate_corpus(gold_path: str | Path, docs: str | Path, pipeline: Any = None) -> Report:
    """Load the gold, run the extraction on its texts and score it."""
    gold = load_gold(gold_path)
    return score(gold, predict_corpus(gold, docs, pipeline))
