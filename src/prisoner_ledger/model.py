"""Plain data objects passed between stages. Imports nothing of the project.

Offsets are character offsets into ``Document.clean_text`` unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """A stretch of a document's clean text."""

    start: int
    end: int
    text: str


@dataclass
class Evidence:
    """Where a fact came from: the document, the character span and the whole sentence."""

    doc: str
    start: int
    end: int
    text: str
    sentence: str
    sentence_start: int = 0

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class RawDocument:
    """One input as read from disk, stdin, a URL, a JSONL line or a WARC record."""

    name: str  # the document's name as ingested (file name, or file name + '#N' for records)
    data: bytes
    fmt: str  # 'txt' | 'html' | 'jsonl' | 'warc' | 'url'
    source: str  # the path, URL or '-' it came from
    hints: dict[str, Any] = field(default_factory=dict)  # url, title, date, source/outlet, text/html


@dataclass
class DroppedLine:
    """A line the cleaner removed, and why ('furniture', 'repeat', 'glued-article', ...)."""

    line_no: int
    text: str
    reason: str


@dataclass
class DateGuess:
    """A publication date with the way it was found and how far to trust it."""

    value: str | None  # 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or '-MM-DD'
    method: str  # 'hint' | 'header' | 'dateline' | 'period' | 'url' | 'text' | 'none'
    confidence: float
    raw: str = ""
    note: str = ""


@dataclass
class Mention:
    """A named or descriptive reference to an actor in the clean text."""

    start: int
    end: int
    text: str
    label: str  # spaCy label or 'ACTOR' / 'METONYM' / 'NORP' / 'PRON'
    actor_id: str | None = None  # canonical id from the actor dictionary or 'p:<name key>'
    country: str | None = None  # actor code: ISO alpha-2, 'EU', 'WEST', 'BY-OPP', ...
    role: str | None = None
    name_key: str | None = None
    resolved_from: str | None = None  # for 'the president', 'he': the mention text it points to


@dataclass
class Release:
    """One release record as reported by one document (a 'release mention')."""

    releasing_state: str | None = None
    date: str | None = None
    count: int | None = None
    count_text: str | None = None
    named: list[str] = field(default_factory=list)
    nationalities: list[str] = field(default_factory=list)
    mediator: list[str] = field(default_factory=list)
    in_return: str | None = None
    destination: str | None = None
    status: str | None = None  # None (completed) | 'agreed' | 'began' | 'announced'
    background: bool = False
    count_variants: list[int] = field(default_factory=list)
    confidence: float = 0.5
    evidence: Evidence | None = None  # the sentence that reports the release
    field_evidence: dict[str, Evidence] = field(default_factory=dict)  # per field
    date_reason: str = ""

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        return d


@dataclass
class Event:
    """A bargaining event other than a release (or a RELEASE echo), with its actors."""

    type: str
    source: str | None = None
    target: str | None = None
    speaker: str | None = None
    date: str | None = None
    cameo: str | None = None
    modality: str | None = None  # 'asserted' | 'demanded' | 'offered' | 'denied' | 'planned' | ...
    quote: str | None = None
    note: str = ""
    confidence: float = 0.5
    evidence: Evidence | None = None
    held_count: int | None = None  # for 'N are still held' statements: N (read by the ledger's still_held)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Document:
    """A cleaned article plus everything the stages add to it."""

    name: str
    source: str
    fmt: str
    raw_text: str
    clean_text: str
    content_hash: str = ""
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    dateline_place: str | None = None
    pub_date: DateGuess = field(default_factory=lambda: DateGuess(None, "none", 0.0))
    language: str | None = None
    dropped: list[DroppedLine] = field(default_factory=list)
    parent: str | None = None  # name of the page a glued-on article was cut from
    id: int | None = None  # row id once stored
    # added by the NLP stages
    sentences: list[Span] = field(default_factory=list)
    relevant_sentences: list[int] = field(default_factory=list)  # indexes into sentences
    mentions: list[Mention] = field(default_factory=list)
    releases: list[Release] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)  # stage-private scratch (not stored)

    def evidence(self, start: int, end: int) -> Evidence:
        """Evidence for a span: the enclosing sentence is looked up in ``sentences``."""
        sent = next((s for s in self.sentences if s.start <= start < s.end), None)
        if sent is None:
            return Evidence(self.name, start, end, self.clean_text[start:end], self.clean_text[start:end], start)
        return Evidence(self.name, start, end, self.clean_text[start:end], sent.text, sent.start)


@dataclass
class Failure:
    """An input that could not be ingested or processed, and why."""

    input: str
    code: str  # error code from errors.py, e.g. 'E101'
    reason: str
    stage: str = "ingest"
