"""Where a release hit's clause, subject and object lie: the clause before a trigger, the modal words in
it (a demand, an offer, a plan, a denial), the part of the sentence that names who was freed, and the
trigger spans of a sentence. Pure text functions over one sentence; split out of release_hits."""

from __future__ import annotations

import re

from . import release_lexicon as lx

# ('U.S.', 'D.C.': a period after a single capital letter ends no clause)
CLAUSE_START = re.compile(r"(?<!\b[A-Z])\.|[;:!?\"“”]|,\s+(?:but|while|whereas|although)\b|\s[-–—]\s")


def clause_before(text: str, pos: int) -> str:
    # ('he was "ready to consider" pardoning ...': a short quoted phrase is part of its clause; the
    # stand-in spaces keep the offsets)
    head = _SHORT_QUOTE.sub(lambda q: " " + q.group(1) + " ", text[:pos + 3])[:pos]
    lo = 0
    for m in CLAUSE_START.finditer(head, 0, pos):
        lo = m.end()
    return text[lo:pos]


_SHORT_QUOTE = re.compile(r"[\"“]([^\"“”.;:!?]{1,40})[\"”](?=\s+[a-z])")


_MONTH_MAY = re.compile(r"\b((?:[Ii]n|[Ee]arly|[Ll]ate|[Ss]ince|[Oo]f|[Ll]ast|[Tt]his|[Ss]ince)\s+)May\b|"
                        r"\bMay(?=\s+\d)")


# '... will be discussed until X and the other political prisoners are let out': a condition in the
# present tense, however long its subject ('until he was freed in 2020' tells a past release)
def modal(before: str) -> bool:
    """A word in the clause before a trigger that makes it a demand, an offer, a plan or a denial.

    Every word start is tried (not only the leftmost match): 'continues to call for the release'
    has a far 'to' and a near 'call for'."""
    # the month ('In May', 'May 5') is no modal verb; same-length stand-in keeps offsets
    before = _MONTH_MAY.sub(lambda mm: (mm.group(1) or "") + "Mai", before)
    before = re.sub(r"[\"“”]", " ", before)  # ('was "ready to consider" pardoning': quoted words count)
    if lx.CONDITION_BEFORE.search(before) or lx.GOAL_UNTIL.search(before):
        return True
    if not lx.MODAL_BEFORE.search(before):
        return False
    for w in re.finditer(r"\b\w", before):
        m = lx.MODAL_BEFORE.match(before, w.start())
        if not m:
            continue
        word = re.sub(r"\s+", " ", m.group(0).strip()).lower()
        head = re.match(r"([a-z]+)(?: [a-z]+)?", word)
        near = head.group(0) if head and head.group(0) in lx.MODAL_NEAR else (head.group(1) if head else "")
        if near in lx.MODAL_NEAR:
            # 'to'/'by' only count when right before the trigger ('to release', 'by releasing')
            if len(before) - m.start() <= len(m.group(0).split()[0]) + 12 and not (
                    near == "by" and re.search(r"(?-i:[A-Z])", before[m.start() + 2:])):
                return True  # ('a visit by John Coale returned X': 'by' before a name is no 'by releasing')
            continue
        return True
    return False


def object_region(text: str, start: int, end: int, passive: bool) -> tuple[int, int]:
    """The part of the sentence (relative offsets) that names who was freed."""
    copula = re.match(r"\s*(?:,\s*)?(?:were|are|was|is|included|include|includes)\b|\s*,\s", text[end:])
    if copula and re.search(r"\b(?:those|the|of)\s+(?:\w+\s+)?$", text[max(0, start - 30):start]):
        return end, len(text)  # 'Among those released were X', 'Of those released, only two ...: X'
    if passive:
        lo = 0
        # (a short quoted name - 'the campaign "European Belarus"' - starts no clause)
        masked = re.sub(r'"(?:[A-Z][\w’\'.-]*\s?){1,5}"|“(?:[A-Z][\w’\'.-]*\s?){1,5}”', lambda q: "x" * len(q.group(0)),
                        text)
        bounds = list(CLAUSE_START.finditer(masked, 0, start))
        if bounds:
            lo = bounds[-1].end()
        # '30 people - 14 women and 16 men - were pardoned': a dashed aside, the subject is before it
        if len(bounds) >= 2 and all(re.fullmatch(r"\s[-–—]\s", b.group(0)) for b in bounds[-2:]):
            lo = bounds[-3].end() if len(bounds) >= 3 else 0
        head = re.search(r"\b(?:among\s+(?:those|the)|including)\b", text[:start], re.IGNORECASE)
        lo = lo if not head else min(lo, head.start())
        # '..., hours after the 16 prisoners released by Moscow': the subject starts after the conjunction
        subs = list(re.finditer(r",\s+(?:[\w-]+\s+){0,2}?(?:after|before|when|while|as|once)\s+", text[lo:start]))
        sub = subs[-1] if subs else None
        if sub is not None and re.search(r"\w", text[lo + sub.end():start]):
            lo += sub.end()
        # 'Hours after X meets Y, Z walks free': a leading subordinate clause is no part of the subject
        lead = re.match(r"\s*(?:[\w-]+\s+){0,2}?(?:after|before|when|while|as|once|following|since)\s+[^,;]{3,80},\s+",
                        text[lo:start], re.IGNORECASE)
        if lead is not None and re.search(r"\w", text[lo + lead.end():start]):
            lo += lead.end()
        # 'the first prisoners leave penal colonies, among them X': the freed named after the clause
        tail = re.match(r"[^;.,]{0,60},\s*(?:among\s+them|including)\b[^;.]*", text[end:])
        return lo, (end + tail.end() if tail else start)
    stop = re.search(r"[;]|\s[-–—]\s|,\s+(?:who|whom|whose|which|where|when|"
                     r"after|following|as|while|according|said|human|the\s+\w+\s+said)\b"
                     # ('Among 14 Set Free After U.S. Envoy Visits Minsk': a title-case headline too)
                     r"|\b(?i:after|following|at\s+the\s+request|in\s+a\s+deal|as\s+part|in\s+(?:an?\s+|the\s+)?(?:exchange|swap|trade)|"
                     r"in\s+return)\b"
                     # 'frees ten Americans as US releases X': a second clause with its own subject
                     r"|\sas\s+(?=(?:the\s+)?(?-i:[A-Z]))"
                     # '..., and Norway released Y': the next state's own act in a list of them
                     r"|,\s+(?:and\s+)?(?=(?:the\s+)?(?-i:[A-Z])[\w.-]+\s+(?:(?-i:[A-Z])[\w.-]+\s+)?(?:also\s+)?"
                     r"(?:in\s+turn\s+|in\s+return\s+|then\s+|later\s+)?(?:released|freed|pardoned|handed|let|sent|set|"
                     r"returned|expelled|deported|swapped)\b)"
                     # '... freed X and Belgium let go of Y': the next state's act, with no comma
                     r"|\s+and\s+(?=(?-i:[A-Z])[\w.-]+\s+(?:in\s+turn\s+|in\s+return\s+)?(?:released|freed|pardoned|"
                     r"let|set|swapped|expelled|deported)\b)",
                     text[end:])
    hi = end + (stop.start() if stop else len(text) - end)
    # an appositive list after ', including' or 'along with' belongs to the object
    more = re.match(r",?\s*(?:including|along\s+with|among\s+them)\b[^;.]*", text[hi:])
    if more:
        hi += more.end()
    return end, min(hi, len(text))


def trigger_spans(text: str) -> list[tuple[int, int, bool]]:
    """Trigger spans of a sentence: the lexicon's verbs, then arrivals of people who had been held
    (``HELD_ARRIVAL``, flagged True). 'let X go' is cut to 'let' so that X reads as its object."""
    out: list[tuple[int, int, bool]] = []
    for m in lx.STRONG_TRIGGER.finditer(text):
        s, e = m.start(), m.end()
        let = re.match(r"let(?:s|ting)?\s+(?!go\b)", m.group(0), re.IGNORECASE)
        if let and m.group(0).lower().endswith(("go", "leave")):
            e = s + len(let.group(0).rstrip())
        out.append((s, e, False))
    for m in [*lx.HELD_ARRIVAL.finditer(text), *lx.ENDED_DETENTION.finditer(text), *lx.PRISONERS_ARRIVE.finditer(text),
              *lx.BACK_AFTER_DETENTION.finditer(text), *lx.PRISONERS_WALK_OUT.finditer(text)]:
        g = "trig" if m.group("trig") else "trig2"
        s, e = m.start(g), m.end(g)
        if not any(a < e and s < b for a, b, _ in out):
            out.append((s, e, True))
    return sorted(out)
