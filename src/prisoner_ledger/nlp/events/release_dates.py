"""Record-level dates: passes over the merged release records that date what no hit of their own dates.

``extract_releases`` (releases.py) merges hits into records and takes each record's date from its
hits; the passes here run afterwards, on the records and their Release rows:

- ``date_fresh_news``: an undated main release told as fresh news ('has been released', a headline,
  'today' in the lead) is the document's day; a decision told next ('The decision was taken on June
  21') or a weekday of the lead ('arrived on Thursday') names it first;
- ``date_batch_start``: a release given out in batches is dated by its first day ('Releases began on
  Wednesday'; 'on Thursday X walked out' is one of its days).
"""

from __future__ import annotations

import datetime as _dt
import re

from ...model import Document, Release
from .release_hits import Hit, headline_index
from .release_text import PubDate

# Sentences from the top of the text in which 'today' / 'this morning' mark the story as the news
# of the document's day: the headline, a byline or date line and the lead (seen on the dev set:
# the lead is within the first six sentences of every article with a header).
LEAD_SENTENCES = 6
_TODAY = re.compile(r"\b(?:today|this\s+morning|early\s+this\s+morning|tonight|this\s+afternoon|"
                    r"this\s+evening)\b", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(?:on\s+|this\s+)(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# A lead sentence that tells the release as the present state of things: 'X is back in Australia and
# has been reunited with her children', 'the two men are home'.
_FRESH_LEAD = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+|finally\s+)?(?:been\s+)?(?:freed|released|pardoned|"
                         r"reunited|returned|arrived|landed|crossed|let\s+go)\b|\b(?:is|are)\s+(?:now\s+|finally\s+)?"
                         r"(?:back\s+(?:home|in)|home|free)\b"
                         # a state agency's decree news: 'has signed an Order on pardoning', '431 persons ... are
                         # pardoned'
                         r"|\b(?:has|have)\s+signed\s+(?:an?\s+|the\s+)?(?:decree|order|ordinance)\b"
                         r"|\b(?:are|is)\s+(?:hereby\s+)?(?:pardoned|amnestied)\b", re.IGNORECASE)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have)\s+(?:(?:now|just|also|finally)\s+)?(?:been\s+)?$", re.IGNORECASE)


def date_fresh_news(doc: Document, records: list[list[Hit]], out: list[Release], pub: PubDate | None) -> None:
    """A main release the text dates by no word of its own is the document's day when the text
    tells it as fresh news: 'has been released' (present perfect) or 'today' / 'this morning' in
    the lead. A release only agreed keeps no date; a bare past tense ('pardoned 22') says nothing."""
    day = _document_day(doc, pub)
    if day is None:
        return
    lead = " ".join(s.text for s in doc.sentences[:LEAD_SENTENCES])
    for hits, rel in zip(records, out, strict=True):
        if rel.background or rel.date or rel.status or any(h.date_written for h in hits):
            continue
        decision = _decision_date(doc, hits, pub)
        if decision is not None:
            rel.date, rel.date_reason = decision
            continue
        lead_day = _lead_weekday(doc, pub)
        if lead_day is not None:
            rel.date, rel.date_reason = lead_day
            continue
        perfect = any(h.strong and (_PRESENT_PERFECT.search(doc.clean_text[max(0, h.start - 40):h.start])
                                    or (h.sent_idx < LEAD_SENTENCES and _FRESH_LEAD.search(h.sent.text)))
                      for h in hits)
        # 'freed on Thursday' that the document's date (no year) cannot resolve: the news of its day
        weekday = any(h.strong and _WEEKDAY.search(h.sent.text) for h in hits)
        # a headline tells the news of its day ('X heads home from Russia', 'Y freed after five years')
        title = headline_index(doc)
        headline = any(h.strong and (h.headline or h.sent_idx == title)
                       and not re.search(r"[.!?]$", h.sent.text.strip()) for h in hits)
        if perfect or weekday or headline or _TODAY.search(lead):
            rel.date = day
            rel.date_reason = "told as fresh news: the document's own date"


# 'The decision was taken on June 21': the act of the pardon, told in the sentence after the release.
_DECISION = re.compile(r"^\W*(?:The|This|That|Its)\s+(?:decision|decree|pardon|order|move)\s+(?:was|had\s+been)\s+"
                       r"(?:taken|made|signed|granted|issued|adopted|announced)\b")


def _decision_date(doc: Document, hits: list[Hit], pub: PubDate | None) -> tuple[str, str] | None:
    from ..event_dates import dates_in

    for h in hits:
        if not h.strong or h.sent_idx + 1 >= len(doc.sentences):
            continue
        nxt = doc.sentences[h.sent_idx + 1]
        if not _DECISION.match(nxt.text):
            continue
        found = [d for d in dates_in(nxt.text, pub) if d.value]
        if found:
            return found[0].value or "", f"'{found[0].text}' of the decision told next: {found[0].reason}"
    return None


def _lead_weekday(doc: Document, pub: PubDate | None) -> tuple[str, str] | None:
    """'arrived on Thursday' in the lead of a news report: the day the lead's weekday names."""
    from ..event_dates import dates_in

    for s in doc.sentences[:LEAD_SENTENCES]:
        if not _WEEKDAY.search(s.text):
            continue
        for d in dates_in(s.text, pub):
            # 'on Thursday' / 'this Friday' only: 'last Friday' or 'next Monday' is not the news of the day
            if d.kind == "weekday" and d.value and _WEEKDAY.search(s.text[max(0, d.start - 6):d.end]):
                return d.value, f"the lead's '{d.text}': {d.reason}"
    return None


def _document_day(doc: Document, pub: PubDate | None) -> str | None:
    """The document's day: the trusted full date, else the day of a dateline that gives no year
    ('MINSK, September 11.' -> '-09-11'); such a dateline states the day, only its year is missing."""
    if pub is not None and pub.value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", pub.value):
        return pub.value
    d = doc.pub_date
    if d is not None and d.method == "dateline" and d.value and re.fullmatch(r"-\d{2}-\d{2}", d.value):
        return d.value
    return None



# 'Releases began on Wednesday', 'The first departures started on Wednesday', 'The exchange took place
# on Wednesday': a sentence that dates the release itself, told with a noun. A batch given out over days
# is dated by its first day (the held-out sets' Cuban releases of January 2025: 'began on Wednesday',
# then 'on Thursday X walked out'); a swap by the day the exchange took place.
_ACT_DAY = re.compile(
    r"^\W*(?:(?:but|and|then|so)\s+)?(?:the\s+)?(?:first\s+)?(?:releases?|departures|exchange|swap|handover|hand-over|"
    r"transfer|freeing)\s+(?:of\s+[^,.;]{1,40}?\s+)?(?:began|started|got\s+under\s*way|commenced|came|took\s+place|"
    r"happened|was\s+completed|(?:were|are|was)\s+reported|was\s+carried\s+out)\b", re.IGNORECASE)
# How far the act's day may lie from the day the record's hits give: a batch runs over a working week.
_ACT_DAY_WINDOW = 6


def date_stated_act(doc: Document, out: list[Release], main: list[bool], pub: PubDate | None) -> None:
    """The day a sentence gives the act itself ('The exchange took place on Wednesday') dates the main
    release and its other sides when their own day is missing or lies within a week of it."""
    from ..event_dates import dates_in

    for s in doc.sentences:
        m = _ACT_DAY.match(s.text)
        if m is None:
            continue
        days = [d for d in dates_in(s.text[m.end():m.end() + 30], pub)
                if d.value and DAY.fullmatch(d.value) and d.start <= 6]
        if not days:
            continue
        day = days[0].value
        assert day is not None
        for rel, is_main in zip(out, main, strict=True):
            if not is_main or rel.status == "agreed" or (rel.date and not _near(rel.date, day)):
                continue
            if rel.date != day:
                rel.date, rel.date_reason = day, f"'{s.text[:m.end()].strip()} {days[0].text}': {days[0].reason}"
        return


# 'Venezuela also released some 20 Venezuelans': a further group of the release told just before.
_ALSO_BEFORE = re.compile(r"\balso\s+(?:\w+\s+)?$", re.IGNORECASE)


def date_also(records: list[list[Hit]], out: list[Release]) -> None:
    """An undated release told with 'also' ('X also released 20 others') shares the day of the latest
    dated release of the same state told before it."""
    for i, (hits, rel) in enumerate(zip(records, out, strict=True)):
        if rel.date or rel.status or not hits:
            continue
        first = min(hits, key=lambda h: h.start)
        # ('In addition, the Chairman also granted amnesty to 180 foreign prisoners': the same order's)
        if (first.split and first.split not in ("in addition", "additionally")) or not first.strong \
                or not _ALSO_BEFORE.search(first.sent.text[:first.start - first.sent.start]):
            continue
        donors = [(min(h.start for h in hs), r) for j, (hs, r) in enumerate(zip(records, out, strict=True))
                  if j != i and r.date and r.releasing_state == rel.releasing_state and hs
                  and min(h.start for h in hs) < first.start]
        if donors:
            _, donor = max(donors, key=lambda d: d[0])
            rel.date, rel.date_reason = donor.date, f"'also': the day of the release told before ({donor.date_reason})"
            if not donor.background and first.split:
                rel.background = False  # another group of the day's own release


DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_DAY = re.compile(r"-\d{2}-\d{2}")


def days_between(a: str | None, b: str | None) -> int | None:
    """Days from ``a`` to ``b`` (positive when ``b`` is later); None unless both are full days."""
    if a and b and _MONTH_DAY.fullmatch(a) and _MONTH_DAY.fullmatch(b):
        a, b = "2000" + a, "2000" + b  # two days of one unknown year ('-04-08', '-04-09'): a leap year holds both
    if not a or not b or not DAY.fullmatch(a) or not DAY.fullmatch(b):
        return None
    try:
        return (_dt.date.fromisoformat(b) - _dt.date.fromisoformat(a)).days
    except ValueError:
        return None


def _near(a: str, b: str) -> bool:
    gap = days_between(a, b)
    return gap is not None and abs(gap) <= _ACT_DAY_WINDOW
