"""Tallies: freed per state per month, and 'still held' figures over time.

Freed: the headline count of each canonical release, once, in the month of its date (or of its
first report when the sources give no date): background mentions attached to an entry add
nothing, syndicated copies add nothing, and a release only known from background mentions is
one entry like any other. Releases only agreed or announced are left out. The SQL view
``ledger_tally`` (store/ledger.py) is the one definition; ``freed_by_month`` reads it.

Still held: events whose ``held_count`` the extractor set, else a number in an event's or a
release's evidence sentence that the sentence says is still held ('1,100 political prisoners
remain behind bars'), dated by the event or the document's publication date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..store import ledger as ledger_store
from .deals import EventRec
from .fuse import MentionRec

if TYPE_CHECKING:
    from ..store import Store

_NUM = r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?:\s*(?:or|to|-|–)\s*\d{1,3}(?:,\d{3})*)?"
# A figure with 'still held' wording within a few words after it (or before it, for 'there are
# still ... 1,100'). Checked on the seeds' and dev set's count-of-prisoners sentences; other
# numbers in those sentences (years, ages, released counts) do not match.
_HELD = re.compile(
    rf"(?:more than |over |about |some |nearly |around |at least )?{_NUM}\s+(?:\w+\s+){{0,3}}?"
    r"(?:political prisoners?|prisoners?|people|detainees|inmates)\b[^.;]{0,40}?"
    r"\b(?:still|remain(?:s|ing)?|continue to be)\b[^.;]{0,20}?"
    r"\b(?:held|behind bars|in (?:prison|jail|custody|detention)|imprisoned|jailed|detained)",
    re.IGNORECASE,
)
_STILL_BEFORE = re.compile(
    rf"\b(?:still|remain(?:s|ing)?)\s+(?:held|behind bars|imprisoned|jailed)[^.;]{{0,30}}?{_NUM}\s+"
    r"(?:\w+\s+){0,2}?(?:political prisoners?|prisoners?|people)",
    re.IGNORECASE,
)


def freed_by_month(store: Store) -> list[dict[str, Any]]:
    """Rows {state, month, freed, cumulative, releases, releases_without_count}."""
    return ledger_store.tally(store)


def held_in_text(sentence: str) -> tuple[int, str] | None:
    """A 'still held' figure in a sentence as (number, the words that say it), or None."""
    m = _HELD.search(sentence) or _STILL_BEFORE.search(sentence)
    if not m:
        return None
    n = int(m.group("n").replace(",", ""))
    if 1900 <= n <= 2100 and "," not in m.group("n"):
        return None  # a year, not a head count
    return n, m.group(0)


def _held_state(source: str | None, target: str | None) -> str | None:
    """The state holding them: the target of a statement about it, else its speaker ('BY-OPP' -> BY)."""
    code = target or source
    return code.split("-")[0] if code else None


def still_held_rows(
    events: Iterable[EventRec],
    mentions: Iterable[MentionRec],
    results: dict[int, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Every 'still held' figure with its source, date and evidence (one per document and figure)."""
    rows: list[dict[str, Any]] = []
    seen: set[tuple[int, int]] = set()
    results = results or {}

    def add(
        doc_id: int,
        doc: str,
        state: str | None,
        date: str | None,
        n: int,
        text: str | None,
        kind: str,
        ref: int,
        evidence: dict[str, Any] | None,
    ) -> None:
        if (doc_id, n) in seen:
            return
        seen.add((doc_id, n))
        rows.append(
            {
                "state": state,
                "date": date,
                "count": n,
                "count_text": text,
                "doc_id": doc_id,
                "doc": doc,
                "kind": kind,
                "ref_id": ref,
                "evidence_json": json.dumps(evidence, ensure_ascii=False) if evidence else None,
            }
        )

    for ev in events:
        e = ev.event
        held = e.held_count
        if held is None:  # the events table has no column for it yet: look in the stored result
            held = _held_from_result(results.get(ev.doc_id), e)
        text = None
        if held is None:
            for s in (e.evidence.sentence if e.evidence else None, e.quote, e.note):
                if s and (found := held_in_text(s)):
                    held, text = found
                    break
        if held is not None:
            add(
                ev.doc_id,
                ev.doc,
                _held_state(e.source, e.target),
                e.date or ev.pub_date,
                held,
                text,
                "event",
                ev.event_id,
                e.evidence.to_dict() if e.evidence else None,
            )
    for m in mentions:
        r = m.release
        if r.evidence and (found := held_in_text(r.evidence.sentence)) and found[0] != r.count:
            add(
                m.doc_id,
                m.doc,
                r.releasing_state,
                m.pub_date,
                found[0],
                found[1],
                "release",
                m.mention_id,
                r.evidence.to_dict(),
            )
    return rows


def _held_from_result(result: dict[str, Any] | None, e: Any) -> int | None:
    if not result or not isinstance(result.get("events"), list):
        return None
    for d in result["events"]:
        if (
            isinstance(d, dict)
            and d.get("held_count") is not None
            and d.get("type") == e.type
            and d.get("source") == e.source
            and d.get("date") == e.date
        ):
            try:
                return int(d["held_count"])
            except (TypeError, ValueError):
                return None
    return None
