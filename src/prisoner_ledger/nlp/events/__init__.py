"""Stage 'events': release records (``releases.py``) and bargaining events (``bargaining.py``).

Both read only ``doc.relevant_sentences`` and the actors in ``doc.mentions``. Each release also
gets a RELEASE echo in ``doc.events`` (CAMEO 0841) so that event timelines show it; the scorer
ignores RELEASE events, and the ledger reads ``doc.releases``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...model import Document, Event

RELEASE_CAMEO = "0841"


def _release_events(doc: Document) -> list[Event]:
    out = []
    for r in doc.releases:
        target = r.nationalities[0] if len(r.nationalities) == 1 else None
        note = f"{r.count} freed" if r.count else "release"
        if r.named:
            note += " incl. " + ", ".join(r.named[:3])
        out.append(Event(type="RELEASE", source=r.releasing_state, target=target, date=r.date, cameo=RELEASE_CAMEO,
                         modality=r.status or "asserted", note=note, confidence=r.confidence, evidence=r.evidence))
    return out


def extract_events(doc: Document, options: Any = None) -> Document:
    """Fill ``doc.releases`` and ``doc.events`` (bargaining events, then RELEASE echoes)."""
    from .bargaining import extract_bargaining
    from .releases import extract_releases

    doc.releases = extract_releases(doc)
    bargaining = [e for e in extract_bargaining(doc, options) if e.type != "RELEASE"]
    doc.events = bargaining + _release_events(doc)
    return doc


def make_event_extractor(options: Any) -> Callable[[Document], Document]:
    def events(doc: Document) -> Document:
        return extract_events(doc, options)

    return events
