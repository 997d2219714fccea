"""Stage 'sentences': split the clean text into sentences with character spans.

Paragraphs (lines) are split first, so a headline or a caption never runs into the next
sentence; within a paragraph spaCy's rule-based sentencizer splits on final punctuation
(its tokenizer keeps 'U.S.', 'Mr.' and 'Dec.' whole, so they do not end a sentence).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..model import Document, Span
from .spacy_model import blank_sentencizer

_PARA = re.compile(r"[^\n]+")


def split_sentences(text: str) -> list[Span]:
    """Sentence spans of ``text`` (offsets into it), whitespace trimmed, empty ones dropped."""
    nlp = blank_sentencizer()
    spans: list[Span] = []
    for para in _PARA.finditer(text):
        chunk = para.group()
        if not chunk.strip():
            continue
        base = para.start()
        for sent in nlp(chunk).sents:
            start = base + sent.start_char
            end = base + sent.end_char
            raw = text[start:end]
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            start, end = start + lead, end - trail
            if end > start:
                spans.append(Span(start, end, text[start:end]))
    return spans


def make_sentencizer(options: Any) -> Callable[[Document], Document]:
    def sentences(doc: Document) -> Document:
        doc.sentences = split_sentences(doc.clean_text)
        return doc

    return sentences
