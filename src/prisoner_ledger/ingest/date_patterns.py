"""Date shapes: month, day and year patterns, the regexes of complete and partial dates, and the finder
of complete dates in a text (dateparser for the shapes the regexes miss). No document logic: the
publication-date cascade that uses them is ``dates.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
         r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
# 30/31 first: with the other order a regex whose tail is optional stops at the 3 of 31.
DAY = r"(?:3[01]|[0-2]?\d)(?!\d)(?:st|nd|rd|th)?"
YEAR = r"(?:19|20)\d\d"
WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?"
TIME = (r"(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[:.][0-5]\d)?\s*(?:[ap]\.?m\.?)?"
        r"(?:\s*(?:gmt|utc|cet|msk|et|est|edt))?")
DASH = r"\s*[–—-]\s*"

_F = re.IGNORECASE
RE_MDY = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY}),?\s+(?P<y>{YEAR})\b", _F)
# 'of' forms from translated text: '1 of February of 2025'
RE_DMY = re.compile(rf"\b(?P<d>{DAY})\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?:of\s+)?(?P<y>{YEAR})\b", _F)
RE_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[01]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b")
RE_ISO = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?:T[\d:.+-]+Z?)?\b")
RE_ISO_DATETIME = re.compile(r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)T[0-2]\d:[0-5]\d")
RE_SHORT_MON = re.compile(rf"\b(?P<d>[0-3]?\d)-(?P<m>{MONTH})-(?P<y>\d\d(?:\d\d)?)\b", _F)
RE_MD = re.compile(rf"\b(?P<m>{MONTH})\s+(?P<d>{DAY})\b(?!\s*,?\s*(?:19|20)\d\d)(?!\s*(?:years?|%))", _F)
RE_DM = re.compile(rf"\b(?P<d>{DAY})\s+(?P<m>{MONTH})\b(?!,?\s*(?:19|20)\d\d)", _F)
RE_PERIOD = re.compile(
    rf"\b(?P<m1>{MONTH})\s+(?P<d1>{DAY}){DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}),?\s+(?P<y>{YEAR})\b"
    rf"|\b(?P<xd1>{DAY})\s+(?P<xm1>{MONTH})?{DASH}(?P<xd2>{DAY})\s+(?P<xm2>{MONTH}),?\s+(?P<xy>{YEAR})\b", _F)
RE_STAMP = re.compile(r"^\s*date\s+(?P<v>\d{4}-\d{2}-\d{2})\b[ \t]*", _F)
# A byline: opens with 'By', says 'posted' / 'published' / 'written', or names someone 'by X'.
# (A line with only 'Updated' is an update stamp, read as a header date line.)
# ('22.06.2025, 10:15  Author: Editorial staff. Translated from Russian': an exile outlet's byline)
RE_BYLINE_CUE = re.compile(r"^by\b|\b(?:posted|published|written|translated\s+from)\b|\bauthors?\s*:", _F)
RE_BY_NAME = re.compile(r"(?:^|[\s|,])[Bb]y\s*:?\s*(?:[A-Z@]|the\s+[A-Z])")
RE_PUBLISHED = re.compile(r"\b(?:published|posted|issued|dated)\b", _F)
RE_UPDATED = re.compile(r"\b(?:updated|modified|last\s+edit(?:ed)?)\b", _F)
# Words that may sit next to a date in a header line without making it a sentence.
RE_FILLER = re.compile(rf"\b(?:{WEEKDAY}|updated|published|posted|modified|last|on|at|by|am|pm|"
                       r"gmt|utc|cet|msk|est|edt|et|date)\b|[\s,.|:;()\-–—/]+", _F)
# An agency's name in a tag: '/TASS/', '(Reuters)', '/Minsk Telegraph Agency/' (up to 4 words).
AGENCY_NAME = r"[A-Za-z][\w'’&.-]*(?: [A-Za-z][\w'’&.-]*){0,3}"
RE_DATELINE = re.compile(
    rf"^(?:(?P<place>[A-Z][A-Za-z.'’ -]{{1,40}}?(?:/[A-Z][A-Za-z.'’ -]+)*),\s+)?"
    rf"(?:(?P<m>{MONTH})\s+(?P<d>{DAY})|(?P<d2>{DAY})\s+(?:of\s+)?(?P<m2>{MONTH}))(?:,?\s+(?:of\s+)?(?P<y>{YEAR}))?"
    rf"\s*[.,]?\s*(?P<tag>/{AGENCY_NAME}/|\({AGENCY_NAME}\)|[A-Z][A-Za-z-]{{1,15}}\.)?", _F)
RE_PLACE = re.compile(
    rf"^(?P<place>[A-Z]{{3,}}(?:[ /-][A-Z]{{2,}})*)(?:,\s*[A-Z][a-z]+)?\s*(?:\((?P<tag>{AGENCY_NAME})\))?"
    r"\s*(?::|[—–]|--?\s)"
    r"|^(?P<place2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?:\s+[—–]|\s+--|,\s*[A-Z][a-z]+\s+\|)\s")
RE_URL_DATE = re.compile(
    rf"/(?P<y>{YEAR})/(?P<m>[01]?\d|{MONTH})/(?P<d>[0-3]?\d)(?:/|$)"
    rf"|(?<!\d)(?P<y2>{YEAR})-(?P<m2>[01]\d)-(?P<d2>[0-3]\d)(?!\d)"
    rf"|(?<!\d)(?P<d3>[0-3]\d)-(?P<m3>[01]\d)-(?P<y3>{YEAR})(?!\d)", _F)


def month_number(token: str) -> int:
    return _MONTHS[token.lower().rstrip(".")[:3]]


def day_number(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def iso_date(y: int | None, m: int, d: int) -> str | None:
    try:
        date(y or 2000, m, d)
    except ValueError:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}" if y else f"-{m:02d}-{d:02d}"


def full_year(token: str) -> int:
    y = int(token)
    return y + (2000 if y < 70 else 1900) if y < 100 else y


@dataclass(frozen=True)
class DateHit:
    """A complete date found in a text: where it is, its value and the matched text."""

    start: int
    end: int
    value: str
    raw: str


def find_full_dates(text: str) -> list[DateHit]:
    """Every complete date (with a year) the regexes find in ``text``, in order, overlaps removed."""
    hits: list[DateHit] = []
    for rx in (RE_MDY, RE_DMY):
        for m in rx.finditer(text):
            v = iso_date(int(m["y"]), month_number(m["m"]), day_number(m["d"]))
            if v:
                hits.append(DateHit(m.start(), m.end(), v, m.group(0)))
    for m in RE_ISO.finditer(text):
        v = iso_date(int(m["y"]), int(m["m"]), int(m["d"]))
        if v:
            hits.append(DateHit(m.start(), m.end(), v, m.group(0)))
    for m in RE_SHORT_MON.finditer(text):
        v = iso_date(full_year(m["y"]), month_number(m["m"]), int(m["d"]))
        if v:
            hits.append(DateHit(m.start(), m.end(), v, m.group(0)))
    for m in RE_NUMERIC.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        # Day first for '.' and '-' (European sites: '13.12.2025', '24-01-2022'); '/' is
        # month first unless the first number cannot be a month.
        day, mon = (b, a) if m["sep"] == "/" and a <= 12 else (a, b)
        v = iso_date(int(m["y"]), mon, day)
        if v:
            hits.append(DateHit(m.start(), m.end(), v, m.group(0)))
    out: list[DateHit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        if not out or hit.start >= out[-1].end:
            out.append(hit)
    return out


def find_full_date(text: str) -> tuple[str, str] | None:
    """The first complete date (with a year) in ``text``: (YYYY-MM-DD, the matched text)."""
    hits = find_full_dates(text)
    if not hits:
        return dateparser_date(text)
    return hits[0].value, hits[0].raw


@lru_cache(maxsize=1)
def _dateparser_search():  # type: ignore[no-untyped-def]
    from dateparser.search import search_dates

    return search_dates


def dateparser_date(text: str) -> tuple[str, str] | None:
    """dateparser for shapes the regexes miss (other languages), with its false hits filtered:
    a hit must hold a four-digit year and a month (name or number); 'We', 'May' (the verb),
    '14 years' and bare numbers are refused."""
    if not re.search(YEAR, text):
        return None
    settings = {"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False}
    languages = ["en", "ru", "uk", "be", "de", "fr", "es", "sv", "pl", "it", "pt"]
    found = _dateparser_search()(text, languages=languages, settings=settings)
    for raw, dt in found or []:
        if not re.search(YEAR, raw) or re.search(r"\byears?\b|\bгод", raw, _F):
            continue
        if not (re.search(r"[^\W\d_]{3,}", raw) or re.search(r"\d[./-]\d", raw)):
            continue
        return dt.date().isoformat(), raw
    return None
