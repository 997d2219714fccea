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
- in_return: only what is told as given, agreed or promised: 'in exchange / in return for X',
  'In return, X lifted Y', 'after / as X lifted / eased Y', 'X will lift Y', 'linked to the
  lifting of Y', 'a deal in which X'; a hope or condition ('if the US lifts', 'provided ...')
  gives nothing. The phrase is cut at the clause's end (an appositive, 'said', a dash).
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
    # ('John Coale, an envoy of U.S. President Donald Trump': the state that sent the go-between)
    r"envoys?\s+of|"
    r"(?:a\s+)?(?:secret\s+)?visit\s+(?:\w+\s+){0,6}?by|"
    r"(?:prisoner\s+)?(?:exchange|swap)\s+(?:\w+\s+){0,2}?(?:in|at)|on\s+the\s+tarmac\s+of|"
    r"transferred\s+(?:\w+\s+){0,5}?to|intercession\s+of|"
    # 'under the supervision of Turkey's intelligence service', 'coordinated by MIT', 'its dialogue with the
    # Holy See', 'talks hosted in Doha'
    r"under\s+the\s+(?:supervision|auspices|aegis)\s+of|coordinated\s+by|"
    # ('restore a dialogue with Poland' is diplomacy between two states, not a go-between)
    r"dialogue\s+with(?=\s+(?:the\s+)?(?:Holy\s+See|Vatican|Pope|(?:Catholic\s+)?Church))|"
    r"(?:talks|negotiations)\s+(?:\w+\s+){0,2}?(?:hosted\s+)?in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_MEDIATOR_BEFORE = re.compile(
    r"(?:-brokered|-mediated|\s+mediation|\s+(?:special\s+)?(?:presidential\s+)?envoy|\s+delegation|"
    r",\s+(?:an?\s+|the\s+)?(?:special\s+|presidential\s+)?envoy|\s+negotiators?|"
    # ('an American diplomat held talks with ...'; 'an ex-British diplomat' freed is no go-between)
    r"\s+diplomats?\s+(?:\w+\s+){0,2}?(?:held|met|visited|negotiated|travel+ed|flew)|"
    r"\s+hosted|\s+(?:also\s+)?played\s+a\s+role|\s+(?:deputy\s+)?assistant\s+secretary|\s+official"
    r"|['’]s\s+(?:facilitation|mediation)|\s+(?:has\s+|had\s+)?(?:also\s+)?helped\s+(?:to\s+)?(?:secure|bring|broker|"
    r"arrange|negotiate)"
    # 'Qatar mediated the talks', 'Qatar, which hosted months of talks, brokered the exchange', 'with Qatar
    # as go-between', 'Qatari diplomats carried messages', 'Qatar did most of the work, shuttling messages'
    r"|(?:,[^,;.]{0,80},)?\s+(?:had\s+|has\s+)?(?:also\s+)?(?:mediated|brokered|facilitated|coordinated)"
    r"|\s+as\s+(?:a\s+|the\s+)?(?:go-between|mediator|intermediary|broker)"
    r"|\s+(?:diplomats|officials|mediators|negotiators)\s+(?:\w+\s+){0,2}?(?:carried|passed|passing|shuttl\w+|"
    r"relay\w*)\s+messages"
    r"|\s+did\s+most\s+of\s+the\s+work)\b",
    re.IGNORECASE,
)
# 'thanks' cues only count when the thanks are for efforts, work, help or assistance (thanks for
# 'support' are courtesy: dev a010 vs a016).
_THANKS = re.compile(r"grat|thank|appreciat", re.IGNORECASE)
_THANKS_FOR = re.compile(r"\b(?:efforts?|work|help|assistance|mediation|facilitat\w*|diplomacy)\b", re.IGNORECASE)

_DEST = re.compile(
    r"\b(?:crossed\s+(?:in)?to|crossed\s+the|(?:taken|sent|flown|bused|bussed|driven|handed\s+over|transferred|"
    r"deported|expelled|transported|brought|returned|moved|headed|heading|travel+ed|went|repatriated)"
    r"\s+(?:\w+\s+){0,6}?(?:to|for|into)|arrived\s+in|landed\s+in|(?:left|departed)\s+for|(?:way\s+)?home\s+(?:\w+\s+){0,4}?to|"
    r"to\s+(?=[A-Z][\w.]+\s+custody)|transfer\s+to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_HOME = re.compile(r"\b(?:headed\s+for\s+home|bringing\s+home|return\s+to\s+their\s+countries|"
                   r"(?:flew|flown|going|went|sent)\s+home)\b", re.IGNORECASE)
_FUTURE = re.compile(r"\b(?:will|would|could|may|might|expected|plan\w*|intend\w*|at\s+their\s+own\s+request|"
                     r"hop\w+|want\w*|shall)\b", re.IGNORECASE)
_SINGLE_SUBJECT = re.compile(r"^\s*(?:Following\s+his\s+release,\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                             r"(?:he|she|[A-Z][\w’'-]+)\s+(?:travel|went|flew|arrived|headed|landed)", re.IGNORECASE)

# What the releasing side got, told as given, agreed or promised (cues; the phrase after each cue is
# cut at the clause's end). Checked on every in_return of the seeds, dev and sample gold.
_ACTOR = r"(?:the\s+)?(?:U\.?S\.?(?:\s+Treasury|\s+government)?|United\s+States|Washington|EU|European\s+Union|" \
    r"(?-i:[A-Z])[a-z]+(?:\s+(?-i:[A-Z])[a-z]+)?)"
_RELIEF_VERB = r"(?:lift(?:ed|s)?|eas(?:ed|es)|remov(?:ed|es|ing)|withdr[ae]w|suspend(?:ed|s)|unfro(?:ze|zen)|" \
    r"(?:will|would)\s+(?:lift|ease|remove|suspend|unfreeze)|agreed\s+to\s+(?:lift|ease|remove)|" \
    r"(?:was|is)\s+removing|(?:was|is)\s+lifting|settled)"
_FILLER = r"\s+(?:(?:has|have|had|also|then|formally|partially|partly|temporarily|finally|quickly)\s+){0,2}"
_RETURN_CUES: tuple[re.Pattern[str], ...] = (
    # 'in exchange for X', 'in return for X' (X a thing; people given in return make a swap record)
    re.compile(r"\bin\s+(?:exchange|return)\s+for\s+(?P<x>(?!(?:the\s+)?(?:release|freedom)\b)[^.;:]{3,120})",
               re.IGNORECASE),
    # 'In return, Washington lifted X', 'In exchange the US eased X'
    re.compile(r"\bIn\s+(?:exchange|return)\s*,?\s+(?P<x>" + _ACTOR + _FILLER + _RELIEF_VERB
               + r"\s+[^.;:]{3,120})"),
    # 'after / as / once Washington lifted X', 'the US will lift X'
    re.compile(r"\b(?:after|as|once|when|while)\s+(?P<x>" + _ACTOR + _FILLER + _RELIEF_VERB
               + r"\s+[^.;:]{3,120})", re.IGNORECASE),
    re.compile(r"\b(?P<x>" + _ACTOR + r"\s+(?:said\s+(?:that\s+)?it\s+)?(?:will|would)\s+(?:lift|ease|remove|suspend)"
               r"\s+[^.;:]{3,120})", re.IGNORECASE),
    # 'linked to the lifting of X', 'tied to the removal of X'
    re.compile(r"\b(?:linked|tied|in\s+response)\s+to\s+(?P<x>the\s+(?:lifting|easing|removal|suspension)\s+of\s+"
               r"[^.;:]{3,120})", re.IGNORECASE),
    # 'as part of a deal in which X', 'a deal under which X'
    re.compile(r"\bdeal\s+(?:in|under)\s+which\s+(?P<x>[^.;:]{5,120})", re.IGNORECASE),
    # 'X said sanctions against Y would be lifted'
    re.compile(r"\b(?P<x>(?:some\s+|the\s+)?(?:\w+\s+)?sanctions\s+(?:against|on)\s+[^.;:]{2,60}?\s+(?:would|will)\s+"
               r"be\s+(?:lifted|eased|removed))", re.IGNORECASE),
)
# A phrase given in return that is people: a name (two capitalised words) or a noun for the held.
_GIVEN_PEOPLE = re.compile(r"^(?:the\s+)?(?:\w+\s+){0,3}?(?:(?-i:[A-Z])[\w’'-]+\s+(?-i:[A-Z])[\w’'-]+|prisoners?|"
                           r"detainees?|citizens?|nationals?|(?-i:[A-Z])[a-z]+(?:ans|ians|is|ese))\b", re.IGNORECASE)
# Words before a cue that make it a hope, a condition or a refusal, not a thing given.
_RETURN_MODAL = re.compile(r"\b(?:if|unless|provided|providing|hop\w+|want\w*|ready|prepared|willing|could|might|"
                           r"not|no|never|demand\w*|call\w*\s+(?:on|for)|urg\w+|until|whether|offer\w*|propos\w*)\b",
                           re.IGNORECASE)
# Where a phrase given in return ends: a clause boundary, an appositive, a reporting verb.
_RETURN_STOP = re.compile(r",\s+(?:the|a|an|which|who|whose|said|according|and|but|while|as|after|officials|"
                          r"[A-Z]\w+\s+(?:said|confirmed|added|told))\b|\s+[-–—]\s|\s+(?:after|while|but|although)\s"
                          r"|\s+(?:said|added|confirmed|told)\b|[,\"“”(]\s*$|\)")


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
                    if code in parties and "between" not in m.group(0).lower():
                        continue  # ('talks with the Cuban Catholic Church and the Spanish government')
                    out.append(Found(code, sent.start + s, sent.start + e))
                    break
        for code, s, e in spans:
            if _MEDIATOR_BEFORE.match(text[e:e + 120]):
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


def in_return(doc: Document, sentences: list[Span], freed: list[str] | None = None) -> Found | None:
    """What the releasing side got, as a short phrase stated as given, agreed or promised.

    People given in return read 'release of X'; a phrase naming the record's own ``freed`` people
    is the other side's gain, not this one's."""
    for sent in sentences:
        text = sent.text
        for rx in _RETURN_CUES:
            for m in rx.finditer(text):
                clause = re.split(r"[.;:!?]|,\s+(?:but|while)\b", text[:m.start()])[-1]
                if _RETURN_MODAL.search(clause[-70:]) or _RETURN_MODAL.search(text[m.start():m.start("x")]):
                    continue
                phrase = text[m.start("x"):m.end("x")]
                stop = _RETURN_STOP.search(phrase)
                if stop:
                    phrase = phrase[:stop.start()]
                phrase = re.sub(r"\s+", " ", phrase).strip(" ,\"“”'")
                if not phrase or _RETURN_MODAL.search(phrase.split(" ", 3)[0]):
                    continue
                if any(n.split()[-1] in phrase for n in freed or []):
                    continue
                if _GIVEN_PEOPLE.search(phrase) and not re.search(r"sanction|lift|eas|remov", phrase, re.IGNORECASE):
                    phrase = "release of " + phrase
                elif len(phrase.split()) < 2:
                    continue
                start = sent.start + m.start("x")
                return Found(phrase[:120], start, start + len(phrase))
    return None
