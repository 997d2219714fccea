"""Deals: a canonical release linked to what the releasing side got and who brokered it.

What the releasing side got comes from three places, across documents:
1. the 'in return' phrases of the release's own mentions;
2. SANCTION_RELIEF and DIPLOMATIC_UPGRADE events of another actor towards the releasing state,
   either reported in a document that reports the release (and not dated away from it) or
   dated within ``DEAL_WINDOW_DAYS`` of the release;
3. the other side of a swap (a linked release).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Event
from ..store.ledger import citation
from .fuse import DateParts, FuseOptions, _as_date, parse_date, resolve_year

# A concession follows the release within days (Belavia relief: the same day; potash relief: the
# same day; ambassadors' return: weeks). 14 days keeps the dev set's relief events next to their
# release and keeps apart releases of one state a month apart.
DEAL_WINDOW_DAYS = 14
GIVING_TYPES = {"SANCTION_RELIEF": "eased sanctions", "DIPLOMATIC_UPGRADE": "upgraded relations"}
# Modalities of an event that did not give anything (a demand, a refusal).
NOT_GIVEN = {"demanded", "denied", "refused", "threatened"}
_MAX_NOTE = 90  # characters of an event's note kept in a citation line


@dataclass
class EventRec:
    """A stored event (corrections applied) with its document."""

    event_id: int
    doc_id: int
    doc: str
    event: Event
    pub_date: str | None = None

    @property
    def date(self) -> DateParts | None:
        return resolve_year(parse_date(self.event.date), parse_date(self.pub_date))


def _near(rel_date: str | None, ev: EventRec, same_doc: bool) -> bool:
    ed, rd = ev.date, parse_date(rel_date)
    if ed is None or rd is None:
        return same_doc
    if ed.full and rd.full:
        a, b = _as_date(ed), _as_date(rd)
        return a is not None and b is not None and abs((a - b).days) <= DEAL_WINDOW_DAYS
    if ed.m and rd.m and (ed.y is None or rd.y is None or ed.y == rd.y):
        return abs(ed.m - rd.m) <= 1
    return same_doc and (ed.y is None or rd.y is None or ed.y == rd.y)


def _event_text(e: Event) -> str:
    verb = GIVING_TYPES.get(e.type, e.type.lower())
    text = f"{e.source or '?'} {verb}"
    note = (e.note or "").strip()
    if note:
        text += ": " + (note if len(note) <= _MAX_NOTE else note[: _MAX_NOTE - 1] + "…")
    return text


def build_deal(
    entry: dict[str, Any],
    source_docs: set[int],
    main_docs: set[int],
    events: list[EventRec],
    linked: list[dict[str, Any]],
    in_returns: list[tuple[str, str]],
) -> dict[str, Any] | None:
    """The deal behind one entry, or None when nothing was given and nobody brokered it.

    ``source_docs``: documents reporting the entry; ``main_docs``: those reporting it as news;
    ``in_returns``: (phrase, doc name) from its mentions; ``linked``: swap partners' entries.
    """
    state = entry["releasing_state"]
    got: list[dict[str, Any]] = []
    seen: set[str] = set()
    for phrase, doc in in_returns:
        key = phrase.strip().lower()
        if key and key not in seen:
            seen.add(key)
            got.append({"kind": "in_return", "text": phrase.strip(), "docs": [doc]})
        elif key:
            next(g for g in got if g["text"].lower() == key)["docs"].append(doc)
    for other in linked:
        who = f" ({', '.join(other['named'][:3])})" if other.get("named") else ""
        got.append(
            {
                "kind": "swap",
                "release_id": other["id"],
                "counterpart": other["releasing_state"],
                "text": f"{other['releasing_state']} freed {other['count'] or 'some'}{who}",
            }
        )
    counterparts: list[str] = [o["releasing_state"] for o in linked if o.get("releasing_state")]
    for ev in events:
        e = ev.event
        if e.type not in GIVING_TYPES or (e.modality or "") in NOT_GIVEN:
            continue
        if not state or e.source == state or (e.target and e.target != state):
            continue
        if e.target is None and ev.doc_id not in source_docs:
            continue
        if not _near(entry.get("date"), ev, ev.doc_id in main_docs):
            continue
        got.append(
            {
                "kind": "event",
                "event_id": ev.event_id,
                "type": e.type,
                "counterpart": e.source,
                "text": _event_text(e),
                "docs": [ev.doc],
                "date": e.date,
            }
        )
        if e.source and e.source not in counterparts:
            counterparts.append(e.source)
    mediators = list(entry.get("mediator") or [])
    if not got and not mediators:
        return None
    got_text = "; ".join(g["text"] for g in got[:3])
    return {
        "release_id": entry["id"],
        "counterparts": counterparts,
        "mediators": mediators,
        "got": got,
        "got_text": got_text,
        "citation": citation(state, entry["count"], mediators, got_text),
    }


def window_note() -> str:
    """For docs: the window and the date rules used to tie events to a release."""
    return f"{DEAL_WINDOW_DAYS} days; release dates within {FuseOptions.max_days} days are one release"
