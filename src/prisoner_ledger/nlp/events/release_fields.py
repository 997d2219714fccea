"""Fields of a release that a whole article tells: mediator, destination, what was given in return.

Each finder scans the release-bearing sentences for a cue and maps the actor phrase next to it
to a code through ``doc.mentions``. Cues (calibrated on the seeds and dev set; each is ordinary
English for brokering, travelling or trading, never one article's phrase):

- mediator: 'mediation by X', 'X-brokered', 'facilitated by X', 'at the request of X', 'with the
  help/intercession of X', 'thanks to X's efforts', 'after talks with a X envoy', 'X envoy held
  talks', 'followed a visit by a X official', 'X hosted the meetings', 'X played a role',
  an exchange that 'took place in X'. A state that is itself a party (the releasing state or
  the other side of a swap) is no mediator.
- destination: 'crossed into X', 'crossed the X border', 'taken/sent/flown/bused/handed over/
  transferred to X', 'arrived in X', 'headed for home' / 'return to their countries' (the freed
  people's own state). Future or planned moves ('will be transported') do not count, nor the
  travel of one named person when many were freed.
- in_return: 'in return for', 'in exchange (for)', 'linked to the lifting of sanctions',
  'X lifted/will lift sanctions', 'sanctions relief', 'settled a debt'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Document, Span
from .release_text import country_spans

_MEDIATOR_AFTER = re.compile(
    r"\b(?:mediation(?:\s+efforts)?\s+(?:by|of|from)|mediated\s+by|brokered\s+by|facilitated\s+by|"
    r"at\s+the\s+request\s+of|with\s+the\s+(?:help|assistance|intercession|mediation|support)\s+of|"
    r"thanks\s+to|(?:gratitude|grateful|thanks?|thanked|thanking)\s+(?:to\s+)?|appreciate\w*\s+assistance\s+by|"
    r"(?:talks|meetings?|discussions|conversations)\s+(?:\w+\s+){0,6}?(?:with|between)|"
    r"(?:a\s+)?(?:secret\s+)?visit\s+(?:\w+\s+){0,6}?by|"
    r"(?:prisoner\s+)?(?:exchange|swap)\s+(?:\w+\s+){0,2}?(?:in|at)|on\s+the\s+tarmac\s+of|"
    r"transferred\s+(?:\w+\s+){0,5}?to|intercession\s+of)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_MEDIATOR_BEFORE = re.compile(
    r"(?:-brokered|-mediated|\s+mediation|\s+(?:special\s+)?(?:presidential\s+)?envoy|\s+delegation|"
    r"\s+hosted|\s+(?:also\s+)?played\s+a\s+role|\s+(?:deputy\s+)?assistant\s+secretary|\s+official"
    r"|['’]s\s+(?:facilitation|mediation)|\s+(?:has\s+)?(?:also\s+)?helped\s+secure)\b",
    re.IGNORECASE,
)
# 'thanks' cues only count when the thanks are for efforts, work, help or assistance (thanks for
# 'support' are courtesy: dev a010 vs a016).
_THANKS = re.compile(r"grat|thank|appreciat", re.IGNORECASE)
_THANKS_FOR = re.compile(r"\b(?:efforts?|work|help|assistance|mediation|facilitat\w*|diplomacy)\b", re.IGNORECASE)

_DEST = re.compile(
    r"\b(?:crossed\s+(?:in)?to|crossed\s+the|(?:taken|sent|flown|bused|bussed|driven|handed\s+over|transferred|"
    r"deported|expelled|transported|brought|returned|moved|headed|heading|travel+ed|went|repatriated)"
    r"\s+(?:\w+\s+){0,3}?(?:to|for|into)|arrived\s+in|landed\s+in|(?:way\s+)?home\s+(?:\w+\s+){0,4}?to|"
    r"to\s+(?=[A-Z][\w.]+\s+custody)|transfer\s+to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_HOME = re.compile(r"\b(?:headed\s+for\s+home|bringing\s+home|return\s+to\s+their\s+countries|"
                   r"(?:flew|flown|going|went|sent)\s+home)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|could|may|might|expected|plan\w*|intend\w*|at\s+their\s+own\s+request|"
                     r"hop\w+|want\w*|shall)\b", re.IGNORECASE)
_SINGLE_SUBJECT = re.compile(r"^\s*(?:Following\s+his\s+release,\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:he|she|[A-Z][\w’'-]+)\s+(?:travel|went|flew|arrived|headed|landed)", re.IGNORECASE)

_RETURN = re.compile(
    r"\b(?:in\s+return\s+for\s+[^,]{3,80},\s*(?P<a>[^.;]{5,160})"
    r"|(?:linked\s+to|in\s+exchange\s+for|tied\s+to)\s+(?P<b>the\s+lifting\s+of[^.;]{5,120}|sanctions[^.;]{3,120})"
    r"|(?P<c>(?:the\s+)?(?:U\.?S\.?|United\s+States|Washington|[A-Z][a-z]+)\s+(?:said\s+)?(?:\w+\s+){0,3}"
    r"(?:would|will|had|has)?\s*(?:lift\w*|ease\w*|withdr[ae]w\w*|remov\w*|grant\w*)\s+[^.;]{0,40}?sanctions"
    r"[^.;]{0,80})"
    r"|(?P<d>[^.;]{0,40}sanctions[^.;]{0,40}(?:would|will)\s+be\s+lifted)"
    r"|(?P<e>(?:the\s+)?lifting\s+of\s+(?:U\.?S\.?\s+)?sanctions\s+(?:against|on)\s+[^.;]{3,60})"
    r"|after\s+(?:the\s+)?(?P<f>[\w.\s]{2,30}(?:government\s+)?settled\s+[^.;]{5,80}))",
    re.IGNORECASE,
)


@dataclass
class Found:
    """A field value with the span it came from (doc offsets)."""

    value: str
    start: int
    end: int


def mediators(doc: Document, sentences: list[Span], parties: set[str]) -> list[Found]:
    """States or bodies that brokered the releases told in ``sentences``."""
    out: list[Found] = []
    for sent in sentences:
        text = sent.text
        spans = country_spans(doc, sent)
        for m in _MEDIATOR_AFTER.finditer(text):
            if _THANKS.search(m.group(0)) and not _THANKS_FOR.search(text[m.end():m.end() + 160]):
                continue
            window_end = m.end() + 70
            for code, s, e in spans:
                if m.end() - 2 <= s <= window_end and not _between_blocked(text[m.end():s]):
                    out.append(Found(code, sent.start + s, sent.start + e))
                    break
        for code, s, e in spans:
            if _MEDIATOR_BEFORE.match(text[e:e + 40]):
                out.append(Found(code, sent.start + s, sent.start + e))
    seen: set[str] = set()
    result = []
    for f in out:
        if f.value in parties or f.value in seen:
            continue
        seen.add(f.value)
        result.append(f)
    return result


def _between_blocked(between: str) -> bool:
    """A clause boundary or a verb between cue and actor breaks the link."""
    return bool(re.search(r"[.;]|\b(?:said|says|who|which|was|were)\b", between))


def destination(doc: Document, sentences: list[Span], state: str | None, nationalities: list[str],
                count: int | None) -> Found | None:
    """Where most of the freed were taken: the first cue whose actor is not the releasing state."""
    for sent in sentences:
        text = sent.text
        spans = country_spans(doc, sent)
        for m in _DEST.finditer(text):
            if _FUTURE.search(text[max(0, m.start() - 60):m.start()]):
                continue
            if (count or 0) > 1 and _SINGLE_SUBJECT.match(text[:m.start()]):
                continue
            for code, s, e in spans:
                if m.end() - 1 <= s <= m.end() + 50 and code != state and not re.search(r"[.;,]", text[m.end():s]):
                    return Found(code, sent.start + s, sent.start + e)
        h = _HOME.search(text)
        if h and len(set(nationalities)) == 1 and not _FUTURE.search(text[max(0, h.start() - 40):h.start()]):
            return Found(nationalities[0], sent.start + h.start(), sent.start + h.end())
    return None


def in_return(doc: Document, sentences: list[Span]) -> Found | None:
    """What the releasing side got, as a short phrase from the text."""
    for sent in sentences:
        m = _RETURN.search(sent.text)
        if m:
            group = next(g for g in "abcdef" if m.group(g))
            value = re.sub(r"\s+", " ", m.group(group)).strip(" ,")
            return Found(value[:160], sent.start + m.start(group), sent.start + m.end(group))
    return None
