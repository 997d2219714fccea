"""Nationality breakdowns: 'two Japanese citizens' -> (JP, 2), 'three Poles' -> (PL, 3),
'a Lithuanian national' -> (LT, 1), 'citizens of Estonia' -> (EE, None)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

_NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
}
_NOUNS = (r"(?:citizens?|nationals?|passport[- ]holders?|dual nationals?|prisoners?|journalists?|people|persons?|"
          r"men|women)")


@dataclass(frozen=True)
class NationalityCount:
    code: str
    count: int | None
    start: int
    end: int
    text: str


@lru_cache(maxsize=1)
def _patterns() -> tuple[Any, Any, Any, dict[str, str], dict[str, str], dict[str, str]]:
    from .actors import load_dictionary

    d = load_dictionary()
    dem: dict[str, str] = {}
    people: dict[str, str] = {}
    names: dict[str, str] = {}
    for st in d.states.values():
        for w in st.demonyms:
            dem.setdefault(w.lower(), st.code)
        for w in st.people:
            people.setdefault(w.lower(), st.code)
        for w in (st.name, *st.aliases):
            if len(w) > 1 and not w.islower():
                names.setdefault(w.lower().removeprefix("the "), st.code)
    alt = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))  # noqa: E731
    num = r"(?P<num>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")"
    # 'two Japanese citizens', 'a Lithuanian national', 'three Polish', 'one US citizen'
    by_dem = re.compile(r"\b" + num + r"\s+(?:more\s+)?(?P<dem>" + alt(dem) + r")(?:\s+(?P<noun>" + _NOUNS + r"))?\b",
                        re.IGNORECASE)
    by_people = re.compile(r"\b" + num + r"\s+(?:more\s+)?(?P<dem>" + alt(people) + r")\b", re.IGNORECASE)
    # 'citizens of Estonia, Sweden, and the US'
    of_list = re.compile(r"\b(?:citizens?|nationals?)\s+of\s+(?P<list>(?:(?:the\s+)?(?:" + alt(names) +
                         r")(?:,\s*(?:and\s+)?|\s+and\s+)?)+)", re.IGNORECASE)
    return by_dem, by_people, of_list, dem, people, names


def _count(word: str) -> int | None:
    w = word.lower()
    if w.isdigit():
        return int(w)
    return _NUMBER_WORDS.get(w)


def nationality_mentions(text: str) -> list[NationalityCount]:
    """Every 'N <demonym> citizens' / 'N <people>' / 'citizens of X, Y' in ``text``, in order.

    A number attached to a demonym counts only when a noun of people follows it or when the
    demonym is followed by a list that ends in such a noun ('two Japanese, three Polish and two
    Latvian citizens'); 'citizens of X' gives the count None.
    """
    by_dem, by_people, of_list, dem, people, names = _patterns()
    out: list[NationalityCount] = []
    taken: list[tuple[int, int]] = []
    for m in by_dem.finditer(text):
        if m.group("dem").isupper() is False and m.group("dem")[0].islower():
            continue  # demonyms are capitalised in running text
        if not m.group("noun"):
            tail = text[m.end(): m.end() + 80]
            # the noun comes at the end of a list: 'two Japanese, three Polish and two Latvian citizens'
            if not re.match(r"^(?:\s*(?:,|and|as well as)\s*[\w\s,]{0,60}?)\b" + _NOUNS + r"\b", tail, re.IGNORECASE):
                continue
        code = dem[m.group("dem").lower()]
        out.append(NationalityCount(code, _count(m.group("num")), m.start(), m.end(), m.group()))
        taken.append((m.start(), m.end()))
    for m in by_people.finditer(text):
        if any(s < m.end() and m.start() < e for s, e in taken) or m.group("dem")[0].islower():
            continue
        out.append(NationalityCount(people[m.group("dem").lower()], _count(m.group("num")), m.start(), m.end(),
                                    m.group()))
    for m in of_list.finditer(text):
        base = m.start("list")
        for part in re.finditer(r"(?:,\s*|\s+)?(?:and\s+)?(?:the\s+)?([^,]+?)(?=,|\s+and\s+|$)",
                                m.group("list").rstrip(", "), re.IGNORECASE):
            found = names.get(part.group(1).strip().lower())
            if found:
                out.append(NationalityCount(found, None, base + part.start(1), base + part.end(1), part.group(1)))
    out.sort(key=lambda n: n.start)
    return out
