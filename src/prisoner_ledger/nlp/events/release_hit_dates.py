"""A release hit's date: the date expression nearest its trigger that tells the act (not an arrest in an
appositive, a relative clause's own time, an 'after' clause's later act), else a date the sentence points
to ('the same day', 'four days later', 'by evening'), a date heading, a timeline entry or an explainer's
dated question. Split out of release_text (names and states) to keep each module readable."""

from __future__ import annotations

import datetime as _dt
import re
from typing import NamedTuple

from ...model import Document, Span
from ..counts import parse_number
from . import release_lexicon as lx
from .release_text import DATE_SHAPE, PubDate, in_relative_clause

_APPOSITIVE_EVENT = re.compile(r"\b(?:convicted|sentenced|arrested|detained|jailed|imprisoned|murder\w*|killing|"
                               r"kill\w*|born|elected|accused|charged|tried|trial|captured|abducted|"
                               # 'a former official serving a life sentence for his role in the executions'
                               r"serving|executions?|massacres?|role\s+in|crimes?)\b", re.IGNORECASE)


def _in_appositive_event(between: str) -> bool:
    """'released X, the hitman convicted of a murder in 2019': after a comma, another event's date."""
    # (the part after the last comma: ', US Secretary of State X said on Wednesday' is the attribution's)
    comma = between.rfind(",")
    return comma >= 0 and bool(_APPOSITIVE_EVENT.search(between[comma:]))


# 'the release since the talks began happened on Saturday': the date of the sentence's own verb of
# occurrence, whatever other event word ('began') stands just before it.
_HAPPENED_ON = re.compile(r"\b(?:happened|took\s+place|occurred|came|was\s+(?:completed|carried\s+out))\s+"
                          r"(?:on|in|at)?\s*$", re.IGNORECASE)


_TODAY_WORD = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening))\b", re.IGNORECASE)
# 'The same day 52 prisoners were pardoned': the day of the previous sentence's date expression.
_SAME_DAY = re.compile(r"\b(?:(?:on\s+)?the\s+same\s+(?:day|date)|(?:on\s+)?that\s+(?:same\s+)?day|"
                       # 'was subsequently set at liberty', 'hours later': right after the act told before
                       r"subsequently|shortly\s+after(?:wards?)?|soon\s+after(?:wards?)|hours\s+later|"
                       r"later\s+that\s+day|at\s+the\s+same\s+time|simultaneously|in\s+parallel|"
                       # 'Then, on Friday, things moved fast. ... By evening X had walked out': that day's evening
                       r"by\s+(?:that\s+|the\s+)?(?:evening|nightfall|night|afternoon)|that\s+(?:evening|night|afternoon)|"
                       # 'were released at that time': the time the sentence before names
                       r"at\s+that\s+time|at\s+the\s+time)\b(?!\s+of\b)", re.IGNORECASE)


def _previous_sentence_date(doc: Document, sent: Span, pub: PubDate) -> tuple[str, str, tuple[int, int]] | None:
    """The last resolved date of the sentence before ``sent`` (value, reason, document span)."""
    from ..event_dates import dates_in

    # the sentence before, else the one before it ('A court on Friday sentenced X ... The court also
    # lifted the ban. X was subsequently set at liberty')
    before = [p for p in doc.sentences if p.end <= sent.start][-2:]
    found = []
    for prev in reversed(before):
        found = [d for d in dates_in(prev.text, pub) if d.value and DATE_SHAPE.match(d.value)]
        if found:
            break
    if not found:
        return None
    d = found[-1]
    assert d.value is not None
    return d.value, f"the day of the previous sentence's '{d.text}' ({d.reason})", (prev.start + d.start,
                                                                                     prev.start + d.end)


def _question_date(doc: Document, sent: Span, pub: PubDate) -> tuple[str, str, tuple[int, int]] | None:
    """'So what happened on Friday? ... a judge discharged her ... Within hours, X let the two go': the
    answers of an explainer's dated question (one of the five sentences before) tell that day."""
    from ..event_dates import dates_in

    before = [p for p in doc.sentences if p.end <= sent.start][-5:]
    for prev in reversed(before):
        if not prev.text.rstrip().endswith("?"):
            continue
        found = [d for d in dates_in(prev.text, pub) if d.value and DATE_SHAPE.match(d.value)]
        if len(found) == 1:
            d = found[0]
            assert d.value is not None
            return d.value, f"the explainer's question '{prev.text.strip()}' ({d.reason})", (
                prev.start + d.start, prev.start + d.end)
        return None
    return None


def _date_heading_before(doc: Document, sent: Span, pub: PubDate) -> tuple[str, str, tuple[int, int]] | None:
    """'3 July. On Independence Day X walked out': the entry of a chronology dated by the bare date
    line before it (a sentence that is a date and at most one other word, 'Mid-September.')."""
    from ..event_dates import dates_in

    prev = next((p for p in reversed(doc.sentences) if p.end <= sent.start), None)
    # ('5 September 2024 - 135 to Guatemala': a date heading an entry with a short title of its own)
    # (below the story's first paragraph: a date line of the page header dates the page, not an entry)
    story_above = prev is not None and any(len(p.text.split()) >= 12 and p.text.rstrip().endswith(".")
                                           for p in doc.sentences if p.end <= prev.start)
    titled = prev is not None and len(prev.text.split()) <= _TITLED_HEADING_WORDS and bool(
        lx.TIMELINE_ENTRY.match(prev.text)) and not prev.text.rstrip().endswith(".") and story_above
    if prev is None or (len(prev.text.split()) > 4 and not titled):
        return None
    if not story_above and not re.search(r"[A-Za-z]", prev.text):
        return None  # '12.09.2025' above the headline: the page's date line, not an entry's heading
    found = [d for d in dates_in(prev.text, pub) if d.value and DATE_SHAPE.match(d.value)]
    if len(found) != 1:
        return None
    d = found[0]
    rest = (prev.text[:d.start] + prev.text[d.end:]).strip(" .:-–—")
    # ('MINSK, June 22.' is a dateline: the story's own date, not an entry's)
    if rest and rest.lower() not in {"mid", "early", "late", "on", "in", "since", "by", "end", "end of"} \
            and not (titled and d.start <= 2):
        return None
    value, _ = _with_only_year(doc, d.value or "")
    return value, f"the date line '{d.text}' heading this entry ({d.reason})", (
        prev.start + d.start, prev.start + d.end)


def _timeline_entry_date(doc: Document, sent: Span, pub: PubDate) -> tuple[str, str, tuple[int, int]] | None:
    """'JULY 2024 - X says the ill will be freed. Eighteen people are freed over the following days':
    a later sentence of a timeline entry's paragraph takes the entry's date."""
    from ..event_dates import dates_in

    para = doc.clean_text.rfind("\n", 0, sent.start) + 1
    if para >= sent.start or not lx.TIMELINE_ENTRY.match(doc.clean_text[para:sent.start]):
        return None
    found = [d for d in dates_in(doc.clean_text[para:para + 40], pub) if d.value and DATE_SHAPE.match(d.value)]
    if not found or found[0].start > 3:
        return None
    d = found[0]
    assert d.value is not None
    return d.value, f"the date '{d.text}' heading this timeline entry ({d.reason})", (para + d.start, para + d.end)


# A timeline entry's heading with a short title of its own has at most this many words.
_TITLED_HEADING_WORDS = 12


# 'Releases began on Wednesday': the trigger itself is the subject of 'began'.
_OWN_START = re.compile(r"\w*\s+(?:began|started|(?:have|has)\s+(?:begun|started))\s+(?:on\s+|in\s+)?$",
                        re.IGNORECASE)


# A date right before the verb of the whole exchange or release the trigger is part of.
_DATE_OF_EXCHANGE = re.compile(r"^\W{0,3}(?:completed|carried\s+out|conducted|held|made|finali[sz]ed)\s+"
                               r"(?:an?\s+|the\s+)?(?:\w+\s+)?(?:exchange|swap|release|handover)\b", re.IGNORECASE)


# A news verb told in the present perfect ('has pardoned') dated only by the closing attribution ('...,
# the press service said on Saturday'): the day the news was given is the release's.
_DATE_DATELINE_BEFORE = re.compile(r"^\W*(?-i:[A-Z])[\w .'’-]{1,40},\s*$")
_DATE_DATELINE_AFTER = re.compile(r"^\s*(?:\([\w .]+\)\s*)?[-–—:]")
_ATTRIBUTION_DAY = re.compile(r",\s+(?:[\w’'.-]+\s+){1,5}(?:said|announced|reported|confirmed|stated)\s+(?:on\s+)?$")
_PERFECT_BEFORE = re.compile(r"\b(?:has|have)\s+(?:now\s+|just\s+)?(?:been\s+)?$")
_NEW_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|whereas)\s+(?!(?:on|in)\s+the\s+same\b)", re.IGNORECASE)


# A release told in an 'after' clause of a dated main clause: the date is the main clause's (a later
# act: 'celebrating on Thursday after Venezuela released 10 Americans'). A comma after 'after' closes
# a frame instead ('On Thursday, after months of talks, Minsk freed 14': the release's own day).
# An appositive of the freed person before the trigger that tells another event: ', detained at ... in'.
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:\w+\s+){0,2}?(?:detained|arrested|sentenced|jailed|convicted|captured|seized|"
                                r"abducted|held)\b[^,;]*$", re.IGNORECASE)
# ('after being freed' has no subject of its own: the same act, its day stays)
# ('a day after X was let out': an offset from the date, read by the date resolver, not a later act)
_AFTER_CLAUSE = re.compile(r"(?<!\bdays\s)(?<!\bday\s)(?<!\bweeks\s)(?<!\bweek\s)(?<!\bhours\s)\bafter\s+(?!\w+ing\b)"
                           r"[^,;:]*$")


_DAYS_LATER = re.compile(r"\b(a|one|two|three|four|five|six|seven|[1-9])\s+days?\s+later\b", re.IGNORECASE)


# The head of a timeline entry: 'August 2008 - ', '2015 – '.
_ENTRY_YEAR = re.compile(r"^\W*(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
                         r"December)\s+)?(?P<year>(?:19|20)\d\d)\s+[-–—]\s")


class HitDate(NamedTuple):
    value: str | None
    reason: str
    span: tuple[int, int] | None  # document offsets of the date expression
    written: bool  # a date expression was there, even if it could not be resolved
    weak: bool = False  # the day the news was given (dateline, attribution): another report's own day wins


_FREED_SINCE = re.compile(r"\b(?:released|freed|pardoned|amnestied|let\s+go|walked\s+free)\s+since\s+$",
                          re.IGNORECASE)


def hit_date(doc: Document, sent: Span, trig: int, pub: PubDate) -> HitDate:
    """The date of the release whose trigger is at ``trig`` (relative to ``sent``)."""
    from ..event_dates import dates_in

    text = sent.text
    best = None
    best_dist = 10**9
    best_attributed = False
    dateline_dm = None
    from_dateline = False
    written = False
    for dm in dates_in(text, pub):
        other = lx.OTHER_EVENT_BEFORE_DATE.search(text[max(0, dm.start - 45):dm.start])
        # ('since June, when 14 prisoners were freed': the trigger's own 'when' clause names the date)
        own_when = dm.end <= trig and re.fullmatch(r",?\s+when\s+[^,;.]{0,80}", text[dm.end:trig]) is not None
        # ('18 prisoners have been released since Wednesday': the day the releases began)
        own_when = own_when or bool(_FREED_SINCE.search(text, 0, dm.start))
        if other and not re.search(r"\b(?:releas|freed|pardon)", other.group(0)) and not own_when \
                and not lx.RELEASE_DAY_AFTER.match(text[dm.end:]) \
                and not _HAPPENED_ON.search(text[max(0, dm.start - 30):dm.start]) \
                and not _OWN_START.match(text[trig:dm.start]):
            continue
        # 'born in 1979', 'in 2020 protests', 'the 2019 killing' and durations are no release date
        if re.match(r"\s*(?:protests?|elections?|campaign|crackdown|killing|murder|attack|arrest|trial|vote|uprising|"
                    r"presidential|parliamentary)\b", text[dm.end:]):
            continue
        # 'relatives of the 1988 victims': a year standing as an adjective before a noun names another event
        if re.fullmatch(r"\d{4}", dm.text.strip()) and re.match(r"\s+[a-z]", text[dm.end:]) and re.search(
                r"\b(?:the|a|an|its|their|his|her)\s+$", text[:dm.start], re.IGNORECASE):
            continue
        # 'the victims of 1988', 'the executions of 1988': a year after 'of' names the noun's event ('the
        # summer of 2024', 'the end of 2023' are times)
        year_of = re.fullmatch(r"(of\s+)?\d{4}", dm.text.strip())
        if year_of and re.search(
                r"\b(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(?!(?:summer|spring|autumn|fall|winter|start|beginning|end|"
                r"middle|course|first|second|last|rest|half|months?|weeks?|days?|year)\s)[a-z]+\s+of\s+$",
                text[:dm.start] + (year_of.group(1) or ""), re.IGNORECASE):
            continue
        if in_relative_clause(text, trig, dm.start, dm.end):
            continue
        if re.search(r"\bwould\s+have\b", text[:dm.start], re.IGNORECASE):
            continue  # 'without the pardon he would have stayed in prison until next year': no event
        if dm.end <= trig and _APPOSITIVE_BEFORE.search(text[:dm.start]) and "," in text[dm.end:trig]:
            continue  # 'X, detained at a Moscow airport in February ..., was let go': the arrest's date
        if dm.end <= trig and _AFTER_CLAUSE.search(text, dm.end, trig):
            continue  # 'Families were celebrating on Thursday after Venezuela released 10': the later act's day
        if dm.end <= trig and re.match(r"\W*(?:After|Following)\b[^,;]*$", text[:dm.start]) \
                and "," in text[dm.end:trig] and not lx.RELEASE_DAY_AFTER.match(text[dm.end:]):
            continue  # 'After the thaw announced in December 2014, Cuba freed 53 ...': the earlier event's date

        if dm.start > trig and _in_appositive_event(text[trig:dm.start]):
            continue
        # an unresolved 'on Thursday' / 'today' (the document date lacks a year) is the news of the
        # document's day: it leaves the fresh-news default free to apply
        if dm.value is not None or not (dm.kind == "weekday" or _TODAY_WORD.search(dm.text)):
            written = True
        dist = dm.start - trig if dm.start >= trig else (trig - dm.end) + 5
        # '..., and in August the head of state granted clemency to another 30': a date across a
        # coordinated clause with its own subject belongs to that clause's act
        if dm.start > trig and _NEW_CLAUSE.search(text, trig, dm.start):
            dist += 200
        # 'NAY PYI TAW, 4 Jan - ... has granted amnesty': the dateline gives the lead's news its day (weak,
        # like the attribution's: the day written for the act wins)
        dateline = dm.start < trig and bool(_DATE_DATELINE_BEFORE.match(text[:dm.start])) and bool(
            _DATE_DATELINE_AFTER.match(text[dm.end:]))
        attributed = dateline or (dm.start > trig and bool(_ATTRIBUTION_DAY.search(text[:dm.start])) and bool(
            _PERFECT_BEFORE.search(text[:trig])))
        if dateline:
            dist = 150  # 'VILNIUS, Sept 12 - Belarus released 52 on Thursday': the act's own day wins, near or far
        elif attributed:
            dist = min(dist, 150)  # 'X has pardoned six prisoners, ..., his press service said on Saturday'
        if dm.start <= 4 and dm.value and re.match(r"\s*,", text[dm.end:]):
            dist = min(dist, 150)  # 'In October, days after ..., Caracas released five': the sentence's frame
        if _DATE_OF_EXCHANGE.match(text[dm.end:dm.end + 60]):
            dist = min(dist, 150)  # 'on 18 July completed a prisoner exchange in which ... freed': the act's date
        if dateline and dm.value:
            dateline_dm = dm
        if dist < best_dist:
            best, best_dist, best_attributed = dm, dist, attributed
    if best is not None and best.value is None and dateline_dm is not None and (
            best.kind == "weekday" or _TODAY_WORD.search(best.text)):
        # 'NAY PYI TAW, Jan. 4 (Xinhua) -- ... granted amnesty on Thursday' with no year known: the weekday
        # the dateline tells is the dateline's own day ('-01-04')
        best, best_attributed, from_dateline = dateline_dm, False, True
    same = _SAME_DAY.search(text)
    if same is not None and (best is None or best.value is None or best_dist > 160):
        # 'By Thursday ... X, who left prison ... that day': a day named earlier in the sentence itself
        own = [d for d in dates_in(text[:same.start()], pub) if d.value and DATE_SHAPE.match(d.value)
               and not lx.OTHER_EVENT_BEFORE_DATE.search(text[max(0, d.start - 45):d.start])
               and not in_relative_clause(text, same.start(), d.start, d.end)]
        if own:
            d = own[-1]
            assert d.value is not None
            return HitDate(d.value, f"'{same.group(0)}': the sentence's own '{d.text}' ({d.reason})", (
                sent.start + d.start, sent.start + d.end), True)
        before = _previous_sentence_date(doc, sent, pub)
        if before is not None:
            return HitDate(before[0], f"'{same.group(0)}': {before[1]}", before[2], True)
    later = _DAYS_LATER.search(text)
    if later is not None and (best is None or best.value is None or best_dist > 160):
        # 'X walked out on August 16 ... Two others were set at liberty four days later': that day plus four
        before = _previous_sentence_date(doc, sent, pub)
        if before is not None and len(before[0]) == 10 and before[0][0].isdigit():
            n = parse_number(later.group(1)) or 1  # ('a day later': one)
            day = (_dt.date.fromisoformat(before[0]) + _dt.timedelta(days=n)).isoformat()
            return HitDate(day, f"'{later.group(0)}': {before[1]} plus {n} days", before[2], True)
    if best is None:
        heading = _date_heading_before(doc, sent, pub) or _timeline_entry_date(doc, sent, pub) or _question_date(
            doc, sent, pub)
        if heading is not None:
            return HitDate(heading[0], heading[1], heading[2], True)
    if best is None or best_dist > 160:
        return HitDate(None, "", None, written)
    value = best.value if best.value and DATE_SHAPE.match(best.value) else None
    reason = best.reason if not best_attributed else f"the day the news was given: {best.reason}"
    entry = _ENTRY_YEAR.match(text)
    if value is not None and entry is not None and best.kind in ("md", "dm") and best.start > entry.end():
        # 'August 2008 - Kozulin walks out of prison on 16 August': a timeline entry's year, not the page's
        value = entry.group("year") + value[-6:]
        return HitDate(value, f"'{best.text}' in the entry '{entry.group(0).strip()}'",
                       (sent.start + best.start, sent.start + best.end), True, False)
    if value is not None and not from_dateline:
        value, completed = _with_only_year(doc, value)
        reason = f"{reason}; the year is the only one the text names" if completed else reason
    # ('had already been let out by Saturday morning': a deadline, the act may be earlier - weak like a news day)
    by_day = bool(re.search(r"\bby\s+$", text[:best.start], re.IGNORECASE))
    return HitDate(value, reason, (sent.start + best.start, sent.start + best.end), written or value is not None,
                   best_attributed or by_day)


def _with_only_year(doc: Document, value: str) -> tuple[str, bool]:
    """A day-and-month date ('-07-03') completed with the one year the text names ('Pardons of 2024:
    a chronology'), when it names exactly one; (value, whether it was completed)."""
    if not value.startswith("-"):
        return value, False
    from ...ingest.dates import story_years

    years = {str(y) for y in story_years(doc.clean_text) if 1950 <= y <= 2049}
    return (f"{years.pop()}{value}", True) if len(years) == 1 else (value, False)
