"""The stage registry: order checked when the pipeline is built, one failing document recorded."""

from __future__ import annotations

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.model import DateGuess, Document
from prisoner_ledger.pipeline import Pipeline, PipelineOptions


def _doc(text: str, date: str | None = None, method: str = "header") -> Document:
    return Document(name="t.txt", source="t.txt", fmt="txt", raw_text=text, clean_text=text,
                    pub_date=DateGuess(date, method, 0.8 if date else 0.0))


def test_unknown_stage_is_refused_when_built() -> None:
    with pytest.raises(LedgerError, match="E301"):
        Pipeline(PipelineOptions(stages=("sentences", "nope")))


def test_misordered_stage_is_refused_when_built() -> None:
    with pytest.raises(LedgerError, match="E302"):
        Pipeline(PipelineOptions(stages=("relevance", "sentences")))


def test_header_date_years_after_the_story_is_flagged() -> None:
    text = ("In March 2012 the ministers met in Brussels and agreed new entry bans. "
            "By April 2012 the envoys had left the capital.")
    doc = Pipeline(PipelineOptions(stages=("sentences", "header_check")))(_doc(text, "2022-01-24"))
    assert any("W101" in w for w in doc.warnings)
    assert doc.pub_date.confidence < 0.5


def test_plausible_header_date_is_kept() -> None:
    text = "On Saturday the government freed 12 prisoners, officials said in September 2025."
    doc = Pipeline(PipelineOptions(stages=("sentences", "header_check")))(_doc(text, "2025-09-13"))
    assert doc.warnings == [] and doc.pub_date.confidence == 0.8


def test_pipe_streams_every_document() -> None:
    pipe = Pipeline(PipelineOptions(stages=("sentences",)))
    names = [d.name for d in pipe.pipe(_doc(f"Sentence {i}. Another one.") for i in range(3))]
    assert names == ["t.txt"] * 3
