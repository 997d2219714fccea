"""The number of people a release trigger frees, read around the trigger in its sentence.

``hit_count`` sets ``hit.count`` (offsets relative to the sentence) from, in order: a written
number of people next to the trigger (``counts.release_count``), a bare number as subject or one
heading a relative clause (``counts.unnumbered_count``), the named people, or a singular noun ('a
French citizen'). A number far from the people's region is another group's, unless the people are
'them' and the number is their antecedent earlier in the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import counts as cnt
from . import release_lexicon as lx

if TYPE_CHECKING:
    from .release_hits import Hit

SINGULAR = re.compile(
    r"^\W*(?:(?:a|an|the|one|another|former|imprisoned|jailed|detained)\s+){1,3}"
    r"(?:[\w.'’\"“”-]+\s+){0,3}?(?:citizen|national|ballerina|marine|journalist|activist|prisoner|researcher|"
    r"academic|diplomat|worker|teacher|man|woman|priest|blogger|lawyer|asset|dissident|reporter|"
    r"student|pilot|businessman|opposition\s+supporter|American|Briton|detainee|hostage|captive|"
    r"politician|candidate|leader|defender|official|judge|officer|agent|spy|scientist|engineer|banker|"
    r"contractor|executive|soldier|pastor|bishop|monk|nun|photographer|writer|poet|artist|economist|star|player|"
    r"center|athlete)\b",
    re.IGNORECASE,
)
GROUP_NOUN = re.compile(r"\b(?:and|with)\s+(?:other|several|many|some|dozens\s+of)\s+(?:\w+\s+)?"
                         r"(?:prisoners|detainees|activists|people|others)\b|\bamong\s+others\b", re.IGNORECASE)

# 'took in 135 Nicaraguan prisoners after the government released them': 'them' right after an active
# trigger points back to the number of people before it in the sentence
_THEM_AFTER = re.compile(r"\s+them\b")


def _antecedent(text: str, count: cnt.Count, s: int, e: int) -> bool:
    return count.end <= s and count.role in {"count", "total"} and bool(_THEM_AFTER.match(text, e)) \
        and ";" not in text[count.end:s]


# One item of a list of people: a singular noun phrase ('an American citizen', 'a priest') or a name
# with its role words ('RFE/RL journalist Andrey Kuznechyk'; 'close ally of X' is a description).
_SINGLE_ITEM = re.compile(r"(?:a|an|one|another)\s+(?:[\w/.'’-]+\s+){0,5}?[\w/.'’-]*\w", re.IGNORECASE)
_NAME_ITEM = re.compile(r"(?:(?!of\b)[\w/.'’-]+\s+){0,4}?(?-i:[A-Z][\w'’-]+)\s+(?-i:[A-Z][\w'’-]+)", re.IGNORECASE)
_BARE_NAME = re.compile(r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,2}")
_BARE_NAME_END = re.compile(r"(?:^|\s)(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){1,2}$")


# Where a list of the people after an active verb ends: a stop, the clause's time or circumstance, or
# another state's verb ('Hungary freed X, and Austria released Y') starts another clause.
# another state's verb ('Hungary freed X, and Austria released Y') starts another clause, its subject
# with it.
_LIST_END = re.compile(r"[.;:]|\s(?:after|before|when|while|because|following|on|in|at|last|this|from|to)\b|"
                       r"(?:,?\s+and\s+(?:[\w'’-]+\s+){1,3}?)?(?:released|freed|pardoned|let|handed|sent|deported|"
                       r"expelled|returned|swapped)\b")


def _listed_people(region: str) -> int:
    """'An American citizen, journalist Andrey Kuznechyk and an opposition activist are': the number
    of people listed (0 when the region is no such list). A bare name right after a singular noun
    phrase is its apposition ('another ex-candidate, Andrei Sannikov, and his aide X': two)."""
    body = re.sub(r"\s+(?:are|were|is|was|have\s+been|had\s+been|has\s+been)\s*$", "", region.strip(" ,"))
    body = re.sub(r"^.*?\s[-–—:]\s+", "", body)  # a timeline entry's date
    parts = re.split(r"(\s*,\s*(?:and\s+)?|\s+and\s+|\s+(?:together|along)\s+with\s+)", body)
    items, seps = parts[0::2], parts[1::2]
    # ('Anastassia Nuhfer, a US citizen, was freed': an appositive, no list; a list ends on 'and')
    if len(items) < 2 or not re.search(r"\band\b|\bwith\b", seps[-1]) or not all(
            i and (_SINGLE_ITEM.fullmatch(i) or _NAME_ITEM.fullmatch(i)) for i in items):
        return 0
    n = len(items)
    for k in range(len(items) - 1):
        if "," not in seps[k] or re.search(r"\band\b|\bwith\b", seps[k]):
            continue
        # 'another ex-candidate, Andrei Sannikov,' / 'Andrey Kuznechyk, a journalist for RFE/RL,': one person
        # ('In mid-April 2012 Andrei Sannikov, another former candidate, and his aide X': a name after a frame)
        if (_SINGLE_ITEM.fullmatch(items[k]) and _BARE_NAME.fullmatch(items[k + 1])) or (
                (_BARE_NAME.fullmatch(items[k]) or _BARE_NAME_END.search(items[k]))
                and _SINGLE_ITEM.fullmatch(items[k + 1])):
            n -= 1
    return n


def hit_count(hit: Hit, s: int, e: int, lo: int, hi: int) -> None:
    """Set ``hit.count`` for the trigger at ``text[s:e]`` whose people stand in ``text[lo:hi]``."""
    text = hit.sent.text
    n_named = len(hit.names)
    count = cnt.release_count(text, s, e, passive=hit.passive, n_named=n_named)
    num = re.search(r"(\d[\d,]*)\s+$", text[:s]) if text[s:e].lower().startswith("deportees") else None
    if num:
        count = cnt.Count(int(num.group(1).replace(",", "")), text[num.start(1):e], num.start(1), e, None, "count",
                          "deportees")
    if count is not None and (not (lo - 60 <= count.start <= hi + 60 or _antecedent(text, count, s, e)) or (
            count.start >= e and lx.SWAP_FOR.search(text, e, count.start))):
        count = None  # ('released X ... in return for ten Americans': the other side's number)
    # '..., hours after a Huawei executive was allowed to leave': a number before the conjunction
    # belongs to the main clause's people
    if count is not None and hit.passive and count.start < lo and re.search(
            r"\b(?:after|before|when|while|as|once)\s+$", text[:lo], re.IGNORECASE):
        count = None
    if count is None:
        count = cnt.unnumbered_count(text, s, lo, hi, passive=hit.passive)
    if count is not None:
        hit.count = count
        # 'those pardoned included two Japanese ...': a part of the group, not its size
        hit.count_implicit = bool(re.match(r"\s*(?:included|include|includes|including)\b", text[e:]))
        hit.count_variants = count.parts if count.role == "count" else ()
        if count.role == "more":
            hit.split = "more"
    elif hit.strong or hit.names:
        region = text[lo:hi]
        listed = _listed_people(text[lo:s]) if hit.passive else max(
            _listed_people(text[e:hi]), _listed_people(_LIST_END.split(text[e:], maxsplit=1)[0]))
        if listed > max(1, n_named) and not GROUP_NOUN.search(region):
            hit.count = cnt.Count(listed, "", lo, hi, None, "listed")
            hit.count_implicit = True
        elif n_named and not GROUP_NOUN.search(region) and not re.search(r"\bamong\s+(?:them|those|the)", text,
                                                                         re.IGNORECASE):
            hit.count = cnt.Count(n_named, "", lo, hi, None, "named")
            hit.count_implicit = True
        elif not GROUP_NOUN.search(region) and (
                SINGULAR.match(text[e:]) if not hit.passive else SINGULAR.search(text[lo:s])):
            hit.count = cnt.Count(1, "", lo, hi, None, "singular")
            hit.count_implicit = True
