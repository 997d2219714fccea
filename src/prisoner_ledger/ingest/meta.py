"""A cleaned document's title and outlet, and ``annotate`` (date, dateline place, outlet, title).

Title: the page's metadata title (HTML <title>/og:title via trafilatura, a JSONL 'title'), else
the first short line at the very top that is not furniture, a date, a byline or a header strip.

Outlet, first hit wins, and None when nothing names one (never a guess from the topic):

1. metadata (JSONL 'outlet'/'source', the HTML site name)
2. an agency tag: a dateline's '/TASS/', 'VILNIUS (Reuters) -', 'BelTA -', a closing '— AP'
3. a byline 'By Baltic Wire staff', 'By Associated Press'
4. the URL's host (without 'www.' / 'amp.')
5. a header strip 'date | Outlet', or a title 'Headline — Outlet'
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from urllib.parse import urlparse

from ..model import Document
from . import date_patterns, dates
from .date_patterns import AGENCY_NAME
from .dates import HEADER_LINES, TITLE_MAX_WORDS

# A headline is short: the seeds, dev and sample headlines run 5-15 words (the longest real title
# there has 15); longer lines at the top are subheadings or teasers, used only when no short line
# qualifies (one dev page's only headline has 18 words).
TITLE_PREFERRED_WORDS = 15
TITLE_MIN_WORDS = 3
# A body paragraph (where the header ends): this many words or more ending like a sentence.
# Same value as clean.LONG_WORDS (12 separates body paragraphs from headlines in the seeds).
BODY_WORDS = 12
# An outlet's name runs 1-5 words ('AP', 'Nordic Eastern Review', 'Belarus Rights Bulletin').
OUTLET_MAX_WORDS = 5

# Wire services and state agencies whose bare name is a tag ('BelTA -', '— AP', 'By Associated
# Press'). Only used where a tag or a byline stands, never when the text merely cites them.
AGENCIES = {
    a.casefold(): a for a in (
        "AP", "Associated Press", "Reuters", "AFP", "Agence France-Presse", "TASS", "BelTA", "Interfax",
        "Interfax-Ukraine", "RIA Novosti", "UPI", "Xinhua", "dpa", "EFE", "ANSA", "Anadolu", "Ukrinform",
        "UNIAN", "PAP", "BNS", "ELTA", "LETA", "Kyodo", "Yonhap", "Bloomberg", "PTI", "Sputnik", "APA",
        "Azertac", "Armenpress", "IRNA", "WAM", "QNA", "MENA", "KUNA", "Prensa Latina", "Europa Press",
    )
}
_AGENCY_ALT = "|".join(sorted((re.escape(a) for a in AGENCIES.values()), key=len, reverse=True))
_I = re.IGNORECASE
# '/TASS/' or '(Reuters) -' near the start of a paragraph.
RE_TAG = re.compile(rf"(?:^|\s)/(?P<a>{AGENCY_NAME})/|\((?P<b>{AGENCY_NAME})\)\s*(?:[—–-]|--)")
# A known agency's name opening a paragraph as a tag: 'BelTA - ...', 'MINSK, BelTA — ...'.
RE_LEAD_AGENCY = re.compile(rf"^(?:[A-Z][A-Za-z .'-]{{1,30}},\s+)?(?P<a>{_AGENCY_ALT})\s*(?:[—–-]|--)\s", _I)
# A closing signature: '... the ministry said. — AP' or a line '(AP)'.
RE_SIGNATURE = re.compile(rf"(?:^|[.”\"’)]\s*)(?:[—–-]|--)\s*\(?(?P<a>{_AGENCY_ALT})\)?\s*$|^\((?P<b>{_AGENCY_ALT})\)$")
# 'By Baltic Wire staff', 'By the Brussels Desk newsroom', 'By AP'.
RE_BYLINE_STAFF = re.compile(
    r"^[Bb][Yy]\s*:?\s*(?:the\s+)?(?P<o>[A-Z][\w&.'’-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w&.'’-]*){0,4})\s+"
    r"(?:staff(?:\s+(?:writers?|reporters?))?|newsroom|news\s+desk|desk|editorial\s+(?:team|board|staff)"
    r"|correspondents?|reporters?)\b")
RE_BYLINE_NAME = re.compile(r"^by\s*:?\s*(?:the\s+)?(?P<o>[^|,;]+?)\s*(?:[|,;]|$)", _I)
# A capitalised word of a name; short connectors may stay lower case.
RE_NAME_WORD = re.compile(r"^(?:[A-Z0-9][\w&.'’-]*|of|the|and|for|&|de|la|el|al)$")
# 'Sponsor:QWIKET', 'NextImg:Free at last': a label glued to the headline without a space.
RE_GLUED_LABEL = re.compile(r"^[A-Za-z]{2,15}:(?=[A-Z\"“‘'])")
RE_TITLE_SUFFIX = re.compile(r"^(?P<t>.+?)\s+(?:[|—–]|--)\s+(?P<o>[^|—–]+)$")
RE_META_TITLE_SUFFIX = re.compile(r"^(?P<t>.+)\s+(?:[|—–-]|--)\s+(?P<o>[^|—–]+?)$")
# Words that make a capitalised tail after a dash in a headline line an outlet's name (a page
# <title> needs none: its tail is the site's name by convention).
OUTLET_WORDS = {"news", "gazeta", "gazette", "times", "post", "daily", "wire", "review", "monitor", "journal",
                "herald", "telegraph", "tribune", "observer", "courier", "press", "agency", "media", "radio",
                "tv", "online", "today", "report", "digest", "bulletin", "desk", "weekly", "service",
                "express", "insider", "magazine", "channel", "network", "chronicle", "standard", "reporter"}
SECTION_WORDS = {"news", "politics", "world", "opinion", "analysis", "home", "europe", "business", "latest",
                 "society", "belarus", "russia", "ukraine", "economy", "video", "photo", "live"}


def _outlet_name(text: str, min_words: int = 1) -> str | None:
    """``text`` when it reads as an outlet's name: 1-5 capitalised words, no digits or commas."""
    name = text.strip(" .,:;|-–—")
    words = name.split()
    if not min_words <= len(words) <= OUTLET_MAX_WORDS or re.search(r"[\d,;!?\"“”]", name):
        return None
    if not all(RE_NAME_WORD.match(w) for w in words) or not words[0][0].isupper():
        return None
    if name.casefold() in SECTION_WORDS or dates.is_date_only(name + " 2000"):
        return None  # a rubric, or a weekday/month name
    return name


def _header_texts(doc: Document, reasons: Iterable[str]) -> list[str]:
    return [d.text.strip() for d in doc.dropped if d.reason in reasons]


def _from_tags(doc: Document) -> str | None:
    _, _, tag = dates.dateline_parts(doc)
    if tag and not tag.isdigit():
        return AGENCIES.get(tag.casefold(), tag)
    for ln in dates.first_lines(doc, 6):
        if ln.strip(" .|").casefold() in AGENCIES:  # a masthead line: the agency's name alone
            return AGENCIES[ln.strip(" .|").casefold()]
        m = RE_TAG.search(ln[:200])
        if m:
            name = m["a"] or m["b"]
            if _outlet_name(name) or name.casefold() in AGENCIES:
                return AGENCIES.get(name.casefold(), name)
        m = RE_LEAD_AGENCY.match(ln)
        if m:
            return AGENCIES[m["a"].casefold()]
    paragraphs = [ln.strip() for ln in doc.clean_text.splitlines() if ln.strip()]
    for ln in paragraphs[-3:]:
        m = RE_SIGNATURE.search(ln)
        if m:
            return AGENCIES[(m["a"] or m["b"]).casefold()]
    return None


def _from_byline(doc: Document) -> str | None:
    """'By Baltic Wire staff', 'By Associated Press': the byline names an outlet, not a person."""
    lines = _header_texts(doc, ("byline", "dated-byline")) + dates.first_lines(doc, HEADER_LINES)
    for ln in lines:
        for seg in re.split(r"\s+\|\s+", ln):
            m = RE_BYLINE_STAFF.match(seg)
            if m:
                return AGENCIES.get(m["o"].casefold(), m["o"])
            m = RE_BYLINE_NAME.match(seg)
            if m and m["o"].casefold() in AGENCIES:
                return AGENCIES[m["o"].casefold()]
    return None


def _from_header_strip(doc: Document) -> str | None:
    """'13 December 2023 | Caucasus Monitor': the name right after a date in a header strip.
    (A name before the date is the author's: 'Jane Doe | February 13, 2025'.)"""
    lines = _header_texts(doc, ("date-line", "dated-byline")) + dates.first_lines(doc, HEADER_LINES)
    for ln in lines:
        segs = [s.strip() for s in re.split(r"\s+\|\s+|\s*\|\s*$", ln)]
        for prev, seg in zip(segs, segs[1:], strict=False):
            if dates.is_date_only(prev):
                name = _outlet_name(seg, min_words=2)
                if name and not re.match(r"(?i)^by\b", name):
                    return name
    return None


def _from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    for prefix in ("www.", "amp."):
        host = host.removeprefix(prefix)
    return host or None


def guess_outlet(doc: Document, hints: dict[str, object] | None = None,
                 title_line: str | None = None) -> str | None:
    """The outlet (see the module docstring for the order), or None when the text names none.
    ``title_line`` is the headline as printed, for a 'Headline — Outlet' suffix."""
    hints = hints or {}
    for key in ("outlet", "source", "sitename"):
        value = hints.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    page_title = hints.get("page_title")
    if isinstance(page_title, str) and split_title(page_title, metadata=True)[1]:
        return split_title(page_title, metadata=True)[1]
    for found in (_from_tags(doc), _from_byline(doc), _from_url(doc.url), _from_header_strip(doc)):
        if found:
            return found
    return split_title(title_line)[1] if title_line else None


def split_title(text: str, metadata: bool = False) -> tuple[str, str | None]:
    """'Headline — Outlet' -> ('Headline', 'Outlet'); a glued label ('NextImg:') goes too.

    In a line of the text only a sentence-case headline is split (in a Title Case headline a
    capitalised tail after a dash cannot be told from the headline's own words). A page's
    <title> (``metadata``) ends with its site's name by convention: ' | Site', ' - Site' split.
    """
    text = RE_GLUED_LABEL.sub("", text.strip()).strip()
    m = (RE_META_TITLE_SUFFIX if metadata else RE_TITLE_SUFFIX).match(text)
    if not m:
        return text, None
    head, tail = m["t"].strip(), m["o"].strip()
    name = _outlet_name(tail)
    head_words = head.split()
    lower = [w for w in head_words[1:] if w[:1].islower() and len(w) > 3]
    if name is None or len(head_words) < TITLE_MIN_WORDS or not (lower or metadata):
        return text, None
    if not metadata and not any(w.casefold() in OUTLET_WORDS for w in name.split()):
        return text, None  # 'Council frees reporters — Families Rejoice' is a headline
    return head, name


def _is_body(text: str, words: int) -> bool:
    return words > TITLE_MAX_WORDS or (words >= BODY_WORDS and bool(re.search(r"[.!…][\"'”’)]?$", text)))


def _title_candidate(text: str) -> str | None:
    """``text`` as a headline, or None when it is a date, a byline, a header strip or a caption."""
    if " | " in text or text.startswith("|") or text.endswith("|"):
        return None
    title, _ = split_title(text)
    words = title.split()
    bare = title.rstrip("\"'”’»)")
    if not TITLE_MIN_WORDS <= len(words) <= TITLE_MAX_WORDS or bare.endswith((".", ":", ",", ";")):
        return None
    if title.isupper() or not (title[0].isupper() or title[0].isdigit() or title[0] in "\"“«'‘"):
        return None
    if dates.is_date_only(title) or not re.search(r"[^\W\d_]{3,}", title):
        return None
    if date_patterns.RE_BYLINE_CUE.match(title) or date_patterns.RE_BY_NAME.match(title):
        return None
    # a line led by a date ('Friday, 03.05.2024 ...') is a header strip, not a headline
    first = date_patterns.find_full_dates(title)
    if first and len(title[: first[0].start].split()) <= 1:
        return None
    return title


def _title_line(lines: Iterable[str], repeated: Collection[str] = (),
                stamp_rest: str | None = None) -> tuple[str, str] | None:
    """(headline, the line it came from) among the first lines; see ``guess_title``."""
    candidates: list[tuple[str, str]] = []
    for i, ln in enumerate(x.strip() for x in lines if x.strip()):
        if i >= HEADER_LINES or _is_body(ln, len(ln.split())):
            break
        title = _title_candidate(ln)
        if title is not None:
            candidates.append((title, ln))
    # What shares the line of a collection stamp is whatever the page began with (a kicker, a
    # teaser, the headline): used only when nothing else qualifies.
    others = [c for c in candidates if c[1] != stamp_rest] or candidates
    for pick in (
        # A page often prints its headline twice (breadcrumb or og:title, then the H1).
        next((c for c in others if c[1] in repeated), None),
        next((c for c in others if len(c[0].split()) <= TITLE_PREFERRED_WORDS), None),
    ):
        if pick is not None:
            return pick
    return others[0] if others else None


def guess_title(lines: Iterable[str], hint: object = None) -> str | None:
    """The metadata title, else the first short line (3-15 words, capitalised, no final period)
    at the very top; a 16-25 word line only when no short one stands before the body starts."""
    if isinstance(hint, str) and hint.strip():
        return split_title(hint)[0]
    found = _title_line(lines)
    return found[0] if found else None


def _stamp_rest(doc: Document) -> str | None:
    """The text that followed the collection stamp on its line, as it stands in the clean text."""
    if not any(d.reason == "date-stamp" for d in doc.dropped):
        return None
    first = next((ln.strip() for ln in doc.clean_text.splitlines() if ln.strip()), None)
    raw_first = next((ln for ln in doc.raw_text.splitlines() if ln.strip()), "")
    hit = dates.split_stamp(raw_first)
    return first if hit and hit[2].strip() else None


def annotate(doc: Document, hints: dict[str, object] | None = None) -> Document:
    """Set pub_date, dateline place, title and outlet on a cleaned document (in place)."""
    hints = hints or {}
    if doc.url is None and isinstance(hints.get("url"), str):
        doc.url = str(hints["url"])
    doc.pub_date = dates.guess_date(doc, hints)
    doc.dateline_place = dates.dateline_place(doc)
    hint = hints.get("title")
    line: str | None = None
    if isinstance(hint, str) and hint.strip():
        line = hint.strip()
    else:
        repeated = {d.text.strip() for d in doc.dropped if d.reason == "repeat"}
        found = _title_line(doc.clean_text.splitlines(), repeated, _stamp_rest(doc))
        line = found[1] if found else None
    if doc.title is None:
        doc.title = split_title(line)[0] if line else None
    doc.outlet = guess_outlet(doc, hints, line)
    return doc
