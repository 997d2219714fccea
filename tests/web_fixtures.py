"""Hand-made documents and extractions for the web tests (no article text from ../shared)."""

from __future__ import annotations

from prisoner_ledger.model import DateGuess, Document, DroppedLine, Event, Evidence, Release, Span
from prisoner_ledger.store import Store
from prisoner_ledger.store.documents import insert_document
from prisoner_ledger.store.extractions import save_extraction

XSS_SCRIPT = "<script>alert('pwned-script')</script>"
XSS_IMG = "<img src=x onerror=\"alert('pwned-img')\">"
XSS_TITLE = "Payload <b>bold</b> title"


def _evidence(name: str, text: str, needle: str) -> Evidence:
    """Evidence for the sentence of ``text`` holding ``needle`` (sentences end with '. ')."""
    start = text.index(needle)
    s0 = text.rfind(". ", 0, start)
    s0 = 0 if s0 < 0 else s0 + 2
    s1 = text.find(". ", start)
    s1 = len(text) if s1 < 0 else s1 + 1
    return Evidence(name, start, start + len(needle), needle, text[s0:s1], s0)


def add_doc(
    store: Store,
    name: str,
    text: str,
    pub: str | None,
    title: str | None = None,
    releases: list[tuple[str, dict]] = (),
    events: list[tuple[str, dict]] = (),
    dropped: list[DroppedLine] = (),
) -> int:
    """Store a document and its extraction; ``releases``/``events`` are (needle, fields) pairs."""
    doc = Document(
        name=name,
        source=f"/tmp/{name}",
        fmt="txt",
        raw_text=text,
        clean_text=text,
        content_hash=f"hash-{name}",
        title=title,
        outlet="Hand-made Wire",
        pub_date=DateGuess(pub, "header" if pub else "none", 0.9 if pub else 0.0),
        dropped=list(dropped),
    )
    insert_document(store, doc)
    doc.sentences = [Span(0, len(text), text)]
    doc.releases = [Release(evidence=_evidence(name, text, needle), **fields) for needle, fields in releases]
    doc.events = [Event(evidence=_evidence(name, text, needle), **fields) for needle, fields in events]
    save_extraction(store, doc, {"doc": name, "releases": len(doc.releases)}, on_topic=True)
    assert doc.id is not None
    return doc.id


def fill(store: Store) -> dict[str, int]:
    """Three releases (two states, two outlets for one of them), events and an XSS article."""
    ids = {}
    t1 = (
        "The authorities in Minsk freed 52 prisoners on 11 September. "
        "The United States eased sanctions on the state airline in return. "
        "Envoy Jon Doe said the talks would go on."
    )
    ids["wire"] = add_doc(
        store,
        "wire.txt",
        t1,
        "2025-09-11",
        "Minsk frees 52",
        releases=[
            (
                "freed 52 prisoners",
                dict(
                    releasing_state="BY",
                    date="2025-09-11",
                    count=52,
                    count_text="52 prisoners",
                    named=["Ales Testovich"],
                    mediator=["US"],
                    in_return="sanctions relief for the airline",
                    destination="LT",
                ),
            )
        ],
        events=[
            ("eased sanctions", dict(type="SANCTION_RELIEF", source="US", target="BY", date="2025-09-11")),
            (
                "talks would go on",
                dict(
                    type="STATEMENT",
                    source="US",
                    target="BY",
                    speaker="Jon Doe",
                    quote="the talks would go on",
                    date="2025-09-11",
                ),
            ),
        ],
        dropped=[DroppedLine(9, "Subscribe to our newsletter", "furniture")],
    )
    t2 = "Belarus released 51 political prisoners, among them Ales Testovich, on Thursday."
    ids["agency"] = add_doc(
        store,
        "agency.txt",
        t2,
        "2025-09-11",
        "Release in Belarus",
        releases=[
            (
                "released 51 political prisoners",
                dict(
                    releasing_state="BY",
                    date="2025-09-11",
                    count=51,
                    named=["Ales Testovich"],
                    mediator=["US"],
                ),
            )
        ],
    )
    t3 = "In August 2024 Russia freed 16 people in a swap brokered by Turkey. The West handed back 8 in return."
    ids["swap"] = add_doc(
        store,
        "swap.txt",
        t3,
        "2024-08-02",
        "The swap",
        releases=[
            (
                "freed 16 people",
                dict(
                    releasing_state="RU",
                    date="2024-08-01",
                    count=16,
                    mediator=["TR"],
                    in_return="8 prisoners held in the West",
                    destination="DE",
                ),
            )
        ],
        events=[("handed back 8", dict(type="NEGOTIATE", source="WEST", target="RU", date="2024-08-01"))],
    )
    t4 = (
        f"Minsk freed 3 prisoners today. A reader posted {XSS_SCRIPT} and also {XSS_IMG} in the comments. "
        "Nothing else happened."
    )
    ids["xss"] = add_doc(
        store,
        "xss.html",
        t4,
        "2025-09-12",
        XSS_TITLE + " " + XSS_SCRIPT,
        releases=[
            (
                "freed 3 prisoners",
                dict(releasing_state="BY", date="2025-09-12", count=3, named=[XSS_IMG], in_return=XSS_SCRIPT),
            )
        ],
        events=[
            (
                "A reader posted",
                dict(
                    type="STATEMENT",
                    source="BY",
                    target="US",
                    date="2025-09-12",
                    speaker=XSS_IMG,
                    quote=XSS_SCRIPT,
                ),
            )
        ],
        dropped=[DroppedLine(1, XSS_IMG, "furniture")],
    )
    return ids


def build(store: Store) -> None:
    """Fuse the stored mentions into the ledger with the project's own build."""
    from prisoner_ledger.ledger import build_ledger

    build_ledger(store)
