"""How release hits relate to their neighbours: a release told as the time reference of another ('a
day after X was let out'), a bloc summing up its states' releases, the people of one sentence who
were among the group of the next, the 'other' people of a verb coordinated with one that named the
freed. Each function reads or adjusts hits ``release_hits`` has filled; none finds hits itself.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import TYPE_CHECKING

from ...model import Document
from .. import counts as cnt
from .release_text import names_in

if TYPE_CHECKING:
    from .release_hits import Hit


# '..., a day after Sannikov himself was let out of a colony': a release told as the time reference of
# the sentence's main act happened so many days before (after) it.
# ('exactly a week after Oman brokered an exchange in which Iran freed X and Belgium let go of Y')
_DAYS_APART = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+(?P<unit>days?|weeks?)\s+"
                         r"(?P<rel>after|before)\s+(?:[^,;:.]{0,120}?)$", re.IGNORECASE)
_DAY_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


_BLOCS = frozenset({"WEST", "EU", "NATO"})
_BLOC_WORDS = re.compile(r"\b(?:the\s+West|Western\s+(?:countries|governments|states|nations|partners|allies|powers)|"
                         r"the\s+(?:Western\s+)?allies)\s+(?:\w+\s+)?$")


def bloc_subject(doc: Document, hit: Hit, clause_lo: int) -> bool:
    """The verb's subject is a bloc of states ('the West', 'the EU'), not a state."""
    lo = hit.sent.start + clause_lo
    if _BLOC_WORDS.search(doc.clean_text[lo:hit.start]):
        return True  # 'In return, Western countries let go eight Russians' (no mention of its own)
    before = [m for m in doc.mentions if lo <= m.start < hit.start and m.country]
    return bool(before) and before[-1].country in _BLOCS and len(
        doc.clean_text[before[-1].end:hit.start].split()) <= 2  # the bloc is the verb's own subject


def days_apart(hit: Hit, text: str, s: int) -> None:
    """Move the hit's date by the days a '(a day) after/before' reference before the trigger names."""
    m = _DAYS_APART.search(text[:s])
    if m is None:
        return
    if hit.date is None:
        if m["unit"].lower().startswith("week"):
            hit.split = "days apart"  # 'a week after ... Iran freed X': another release than the sentence's own
        return
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", hit.date) or hit.date_span is None \
            or hit.date_span[0] - hit.sent.start >= m.start():
        return  # no full date of the main act before the reference
    n = (_DAY_NUMBERS.get(m["n"].lower()) or int(m["n"])) * (7 if m["unit"].lower().startswith("week") else 1)
    day = dt.date.fromisoformat(hit.date) + dt.timedelta(days=-n if m["rel"].lower() == "after" else n)
    hit.date = day.isoformat()
    hit.date_reason = f"'{m.group(0).strip()}' the main act's date ({hit.date_reason})"
    hit.date_weak = False
    hit.split = "days apart"


_AMONG_THE_N = re.compile(r"^\W*(?:They|He|She|Both(?:\s+of\s+them)?|The\s+two|All\s+(?:of\s+them|\w+))\s+"
                         r"(?:were|was)\s+(?:also\s+|both\s+)?among\s+(?:the\s+)?(?:\w+\s+){0,2}?(\d[\d,]*|[a-z]+(?:-[a-z]+)?)\b")


def among_next(hits: list[Hit]) -> None:
    """'Two Polish citizens ... are free. They were among the 52 people whom Minsk released on Thursday':
    the people of the first sentence are part of the group the next one tells (a re-mention of it)."""
    for h in hits:
        if h.count is None or h.remention:
            continue
        nxt = [o for o in hits if o.sent_idx == h.sent_idx + 1 and o.strong]
        if not nxt:
            continue
        m = _AMONG_THE_N.match(nxt[0].sent.text)
        n = cnt.parse_number(m.group(1)) if m else None
        if n is not None and n > h.count.value:
            h.remention = True


def others_of_named(hits: list[Hit]) -> None:
    """'pardoned X, the last candidate still held, and let go five other prisoners': the 'other' people
    of a verb coordinated with one that named the freed are the same release, its count the sum."""
    for prev, h in itertools.pairwise(hits):
        if h.sent_idx != prev.sent_idx or h.split != "more" or h.count is None or not prev.names \
                or prev.state != h.state or not re.match(r"\w+\s+other\b", h.count.text, re.IGNORECASE):
            continue
        if prev.count is not None and not prev.count_implicit and prev.count.start != h.count.start:
            continue  # the first verb has a number of its own (not the second verb's, read past its object)
        if not re.search(r",?\s+and\s+(?:then\s+|also\s+)?$", h.sent.text[:h.start - h.sent.start]):
            continue  # only a verb joined by 'and' to the one that named people
        total = cnt.Count(h.count.value + len(prev.names), h.count.text, h.count.start, h.count.end,
                          h.count.qualifier, "others", h.count.noun)
        for x in (prev, h):
            x.count, x.count_implicit, x.split = total, False, None


# 'X was freed together with an American citizen and Belarusian activist Y': the companions freed with
# the subject, listed after 'together with' / 'along with' (a passive verb's subject told before).
_COMPANIONS = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+(?:together|along)\s+with\s+(?P<list>[^;.]+)", re.IGNORECASE)
_ONE_PERSON = re.compile(r"\b(?:an?|another|one\s+other)\s+(?:[\w-]+\s+){0,2}?(?:citizen|national|activist|journalist|"
                         r"blogger|dissident|lawyer|student|man|woman|prisoner|detainee|reporter|priest|"
                         r"businessman|businesswoman|worker|pensioner|teacher)\b", re.IGNORECASE)


_ROLE_NAME = re.compile(r"\b(?:activist|journalist|blogger|dissident|lawyer|student|reporter|priest|businessman|"
                        r"businesswoman|pensioner|teacher|editor|photographer|musician|artist|writer|poet)\s+"
                        r"(?P<name>(?-i:[A-Z][a-z]+)\s+(?-i:[A-Z][a-z]+))\b", re.IGNORECASE)


def companions(doc: Document, hit: Hit) -> None:
    """Add the people freed together with a passive verb's subject to its names and count."""
    text = hit.sent.text
    e = hit.end - hit.sent.start
    m = _COMPANIONS.match(text[e:])
    if m is None or not hit.passive or (hit.count is not None and not hit.count_implicit):
        return
    lo, hi = e + m.start("list"), e + m.end("list")
    if cnt.find_counts(text[lo:hi]):
        return  # 'together with 13 others': the counts module reads it
    extra = [n for n in names_in(doc, hit.sent, lo, hi) if n[0] not in {x[0] for x in hit.names}]
    # ('... and Belarusian activist Alena Maushuk': a name the NER missed, after the person's role)
    for r in _ROLE_NAME.finditer(text, lo, hi):
        if not any(a <= r.start("name") - hit.sent.start < b or r.group("name") in n for n, a, b in extra):
            extra.append((r.group("name"), hit.sent.start + r.start("name"), hit.sent.start + r.end("name")))
    singles = len(_ONE_PERSON.findall(text[lo:hi]))
    if not extra and not singles:
        return
    hit.names = [*hit.names, *extra]
    value = max(1, len(hit.names) - len(extra)) + len(extra) + singles
    hit.count = cnt.Count(value, "", lo, hi, None, "named")
    hit.count_implicit = True


# The next sentence naming who came out with the person just freed: 'With him was Saeed Azizi, ...',
# 'She was accompanied by X', 'Also on the plane were X and Y'.
_WITH_NEXT = re.compile(r"^\s*(?:With\s+(?:him|her|them)\s+(?:was|were|came|flew)|(?:He|She)\s+was\s+(?:joined|"
                        r"accompanied)\s+by|Also\s+(?:on\s+(?:board|the\s+(?:plane|flight|bus))|freed|released)\s+"
                        r"(?:was|were))\s+(?P<list>[^;.]+)")


def companions_next(doc: Document, hit: Hit) -> None:
    """Add the people the next sentence names as freed with the hit's one named person."""
    if len(hit.names) != 1 or (hit.count is not None and not hit.count_implicit) or \
            hit.sent_idx + 1 >= len(doc.sentences):
        return
    nxt = doc.sentences[hit.sent_idx + 1]
    m = _WITH_NEXT.match(nxt.text)
    if m is None:
        return
    lo, hi = m.start("list"), m.end("list")
    # (the list's own appositive - 'X, a dual citizen who had also been detained' - names no one else)
    app = re.search(r",\s+(?:a|an|the)\s", nxt.text[lo:hi])
    known = {x[0] for x in hit.names}
    extra = [n for n in names_in(doc, nxt, lo, lo + app.start() if app else hi) if n[0] not in known]
    if not extra:
        return
    hit.names = [*hit.names, *extra]
    hit.count = cnt.Count(len(hit.names), "", hit.count.start if hit.count else 0,
                          hit.count.end if hit.count else 0, None, "named")
    hit.count_implicit = True
