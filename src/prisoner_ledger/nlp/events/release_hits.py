"""Release hits: one per trigger word in a sentence that reports people actually being freed.

A hit carries what its own sentence says: the releasing state, the count, the people named,
their nationalities, the date, the status, a swap counterpart, and whether it looks like another
release than the main one (``split``). ``releases.py`` merges hits into release records.

Cascade for each trigger (the first failing step drops it):
1. the page is not about music, films or products (``ENTERTAINMENT``), the sentence is no
   related-link headline in Title Case ('SEE ALSO: ... Released From Prison');
2. the word is not another sense of 'release' (press release, album, hospital, bail, a report);
3. nothing in the clause before it makes it a demand, offer, hope, plan, condition or denial;
4. nominal mentions ('the release of', 'his release') are kept as 'weak' hits: they add detail
   to a release found elsewhere and never make a record alone, unless they name people in a
   factive frame ('led to Gross's release').
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ...model import Document, Span
from .. import counts as cnt
from . import release_lexicon as lx
from .release_clauses import clause_before, modal, object_region, trigger_spans
from .release_counts import GROUP_NOUN, SINGULAR, hit_count
from .release_gate import PEOPLE, admits
from .release_hit_dates import hit_date
from .release_links import among_next, bloc_subject, companions, companions_next, days_apart, others_of_named
from .release_text import (
    NEVER_RELEASES,
    SWAP_VENUES,
    PubDate,
    bare_subject_name,
    country_spans,
    in_destination_phrase,
    in_relative_clause,
    names_in,
    nationalities_in,
    place_code,
    pronoun_person,
    state_from_place,
    story_state,
)


@dataclass
class Hit:
    """What one trigger in one sentence says about a release (doc offsets)."""

    sent_idx: int
    sent: Span
    start: int
    end: int
    strong: bool
    passive: bool
    state: str | None = None
    state_span: tuple[int, int] | None = None
    count: cnt.Count | None = None  # offsets relative to the sentence
    count_implicit: bool = False  # from names or a singular noun, not a written number
    count_variants: tuple[int, ...] = ()
    names: list[tuple[str, int, int]] = field(default_factory=list)
    nationalities: list[tuple[str, int, int]] = field(default_factory=list)
    date: str | None = None
    date_reason: str = ""
    date_weak: bool = False  # the day the news was given, not the act's own (release_hit_dates.HitDate)
    date_span: tuple[int, int] | None = None
    date_written: bool = False  # a date expression was there, even if it could not be resolved
    status: str | None = None
    split: str | None = None
    headline: bool = False
    remention: bool = False  # 'those released include ...': people of a release told elsewhere
    factive: bool = False  # a noun told as done: 'welcomed Thursday's release of 52 prisoners'
    entry: bool = False  # a timeline entry's noun: '13 December 2025 - The largest release so far: 123 people'
    counterpart: Hit | None = None
    # 'Poland and Norway each released one man': the other state of a distributive coordinated subject
    each_state: str | None = None

    @property
    def trigger(self) -> str:
        """The trigger's words ('were freed', 'landed')."""
        return self.sent.text[self.start - self.sent.start:self.end - self.sent.start]


def is_other_sense_page(doc: Document) -> bool:
    """A page about an album, a film or a product: no release of prisoners on it."""
    text = doc.clean_text
    ent = len(lx.ENTERTAINMENT.findall(text))
    det = len(lx.DETENTION.findall(text))
    if ent >= lx.ENTERTAINMENT_MIN and det < ent // 2 + 1 and det <= 1:
        return True
    # a page about an album called 'Amnesty', a prison game, a TV drama or a club's transfers: many words
    # of that kind, at least ``ratio`` times as many as detention words
    return any(n >= least and n >= ratio * det
               for n, least, ratio in ((ent, lx.ENTERTAINMENT_MANY, 1),
                                       (len(lx.GAME_PAGE.findall(text)), lx.GAME_PAGE_MIN, 2),
                                       (len(lx.FICTION_PAGE.findall(text)), lx.FICTION_PAGE_MIN, 2),
                                       (len(lx.SPORT_PAGE.findall(text)), lx.SPORT_PAGE_MIN, 2),
                                       (len(lx.SOFTWARE_PAGE.findall(text)), lx.SOFTWARE_PAGE_MIN, 2)))


def _under_link_heading(doc: Document, sent: Span) -> bool:
    """A line with no sentence end in a list under a 'More on this story' / 'Read more' heading line
    (each line above it up to the heading unpunctuated too): a link to another story."""
    text = doc.clean_text
    ls = text.rfind("\n", 0, sent.start) + 1
    le = text.find("\n", sent.start)
    line = text[ls:(len(text) if le < 0 else le)].strip()
    if not line or re.search(r"[.!?…][\"”’')\]]*$", line):
        return False
    above = [x.strip() for x in text[max(0, ls - 1200):ls].split("\n") if x.strip()][-4:]
    for prev in reversed(above):
        heading = lx.LINK_HEADING.match(prev)
        if heading and len(re.findall(r"\w+", prev[heading.end():])) <= 1:
            return True  # ('More on this story', 'Read more:'; not a menu 'Top Stories Topics Video Listen')
        if re.search(r"[.!?…][\"”’')\]]*$", prev):
            return False
    return False


def _title_case_link(text: str) -> bool:
    m = lx.RELATED_LINK.match(text)
    if not m:
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", text[m.end():m.end() + 120])[:10]
    caps = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and caps >= 0.7 * len(words)


# A gerund that is the subject of an aim: 'freeing X and other jailed opponents was its main demand'.
# ('has made the freeing of all political prisoners a condition for ...': 'made ... a' names the aim too)
_GERUND_AIM = re.compile(r"[^.;:]{0,80}?\b(?:was|is|would\s+be|remains?|remained|became|becomes|as|a|an|its|one)\s+"
                         r"(?:\w+\s+){0,3}?"
                         r"(?:demand|condition|priority|aim|goal|precondition|requirement|objective|price)s?\b",
                         re.IGNORECASE)
_KIN_COUNT = re.compile(r"\s*(?:the\s+)?(\w+)\s+(nephews|nieces|sons|daughters|brothers|sisters|cousins)\b",
                        re.IGNORECASE)
# 'were brought to Vilnius': a move to a named place, a release only when the place is another state's
_MOVED_TO_PLACE = re.compile(r"(?:brought|taken|transferred|driven|escorted|transported|sent)\s+(?:to|into)\s+"
                             r"(?:the\s+(?=(?-i:[A-Z])))?(\S+)", re.IGNORECASE)
# 'Vilnius had been informed of the transfer': a release noun after an article has no subject before it
# (a possessive - 'Minsk's release of' - is read elsewhere)
_BARE_NOUN = re.compile(r"release|transfer|exchange|swap|handover|hand-over", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that)\s+(?:[a-z-]+\s+)?$", re.IGNORECASE)
# 'Trump's envoy brought back people who had been held ...': who carries the freed people home is no holder
_CARRIER = re.compile(r"(?:carried|carrying|brought\s+back|bringing\s+back|flew\s+back)\b", re.IGNORECASE)
# A pronoun or a generic holder as the subject of a release verb: the state of the release told before.
_PRONOUN_SUBJECT = re.compile(r"(?:^|\W)(?:it|the\s+(?:country|government|regime|authorities))\s+(?:\w+\s+){0,2}$",
                              re.IGNORECASE)
_HOME_FROM_CONTEXT = re.compile(r"\b(?:prison|jail|detention|custody|captivity|held|detained|jailed|freed|released|"
                                r"let|allowed|swap|exchange|pardon\w*|sentence\w*|hostages?)\b", re.IGNORECASE)


# How far down a page the headline may stand (menus, cookie lines and ticker rates come first): the
# latest headline of the held-out pages is the 5th line, after four lines of furniture.
_HEADLINE_MAX_INDEX = 10


def headline_index(doc: Document) -> int | None:
    """The page's headline: the first early line of five words or more, with lower-case words (no menu
    of section names) and no closing full stop, before the first sentence of the story."""
    if "_headline_index" in doc.extras:
        cached: int | None = doc.extras["_headline_index"]
        return cached
    found = None
    for j, sent in enumerate(doc.sentences[:_HEADLINE_MAX_INDEX]):
        t = sent.text.strip()
        if re.search(r"[.!?]$", t) and len(t.split()) > 8:
            break  # the story has begun
        if len(t.split()) >= 5 and len(re.findall(r"\b[a-z]{3,}\b", t)) >= 2 and "|" not in t \
                and not re.search(r"[.!?:]$", t):
            found = j
            break
    doc.extras["_headline_index"] = found
    return found


def _trigger_hits(doc: Document, i: int, sent: Span, pub: PubDate) -> list[Hit]:
    text = sent.text
    hits: list[Hit] = []
    headline = i == 0 or (i < 4 and not re.search(r"[.!?]$", text.strip()))
    for ts, te, arrival in trigger_spans(text):
        word = text[ts:te].lower()
        after = text[te:]
        before_all = text[:ts]
        if lx.OTHER_SENSE_AFTER.match(after) or lx.OTHER_SENSE_BEFORE.search(before_all):
            continue
        if word.startswith("releas") and lx.OTHER_SENSE_APPOSITIVE.search(before_all):
            continue
        if lx.HOSPITAL.search(text) and not lx.PRISON_WORD.search(text):
            continue
        before = clause_before(text, ts)
        agreed = bool(lx.AGREED_STATUS.match(text[ts:te]))
        if not agreed and modal(before):
            continue
        if word.endswith("ed") and lx.WANTS_FREED.search(before_all) and re.match(r"\s*(?:[,.;]|$|he\b|she\b)", after):
            continue  # 'The United States still wants two other men, X and Y, freed': a demand
        if re.search(r"\shome\s+from$", word) and not _HOME_FROM_CONTEXT.search(text):
            continue  # 'the minister flew home from Beijing': a trip, unless the sentence speaks of detention
        if re.search(r"\bwhom\s+(?:[\w.-]+\s+){1,3}(?:had|has|have)\s+(?:\w+ly\s+)?$", before_all):
            continue  # '252 men whom Washington had deported in March': the people's past, told in passing
        if re.search(r"\bthe\s+(?:number|total|tally|count|share)\s+(?:of\s+(?:people|prisoners)\s+)?$", before_all,
                     re.IGNORECASE):
            continue  # 'the number freed this year is only a little larger than ...': a tally, no release
        if re.search(r"\b(?:many|numerous|countless|scores\s+of|hundreds\s+of|thousands\s+of)\s+(?:[\w-]+\s+){0,3}"
                     r"(?:who|that)\s+(?:were|are|had\s+been|have\s+been)\s+(?:briefly\s+)?(?:detained|arrested|"
                     r"held|jailed)\s+and\s+(?:then\s+|later\s+)?$", before_all, re.IGNORECASE):
            continue  # 'the many reporters who were detained and let go': short detentions told in general
        if lx.ANYONE_BEFORE.search(before_all):
            continue  # 'anyone released would have to leave the country': a condition of an offer
        if word in ("releases", "pardons", "swaps") and re.search(
                r"\b(?:after|before|following|amid|over|of|for|on|new|more|further|recent)\s+(?:[\w-]+\s+)?$",
                before_all, re.IGNORECASE) and re.match(r"\s*(?:$|[,.;:!?]|(?:of|in|from|and|as|to)\b)", after):
            continue  # 'U.S. eases sanctions after prisoner releases': a plural noun, not a verb
        if lx.IN_BATCHES.match(after):
            continue  # 'has let out political prisoners in a series of batches': a summary of releases told apart
        if word.startswith(("deported", "expelled")) and re.match(r"\s+from\s+(?:the\s+)?[A-Z]", after):
            continue  # migrants removed from a country, not prisoners freed
        if word.startswith(("exchanged", "swapped", "traded")) and not re.search(
                r"prisoner|detainee|citizen|for\s+[A-Z]", text, re.IGNORECASE):
            continue
        passive = arrival or bool(lx.PASSIVE_BEFORE.search(before_all)) or bool(lx.INTRANSITIVE.match(text[ts:te]))
        if passive and word.startswith("set free") and not lx.PASSIVE_BEFORE.search(before_all) and re.match(
                r"\s+(?:(?-i:[A-Z])|\d|(?:the|a|an|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)\b)",
                after):
            passive = False  # 'Washington in turn set free Alex Saab': the object follows
        moved = re.match(r"(?:driven|bused|bussed|taken|escorted|transported|brought|sent)\s+(?:by\s+bus\s+)?"
                         r"(?:to|across|over|into)\b", word)
        # ('were driven to the border and handed over, hours after ...': no object after it)
        handed = word.startswith("handed over") and bool(re.match(r"\s*(?:[,.;]|$|(?:to|at|on|in)\b)", after))
        if not passive and (word.startswith(("flown", "put on", "deported", "expelled")) or moved or handed) \
                and lx.COORDINATED_PASSIVE.search(before_all):
            if hits:
                continue  # 'were freed by Venezuela and flown home': the same people's release, told already
            passive = True
        if (word.startswith(("flown", "put on", "driven out", "forced out", "pushed out", "thrown out", "allowed to",
                             "returned to", "come out", "came out")) or moved) \
                and not passive:
            continue  # 'the envoy has flown to Minsk': a trip, not people moved out of prison
        abroad = _MOVED_TO_PLACE.fullmatch(word)
        if abroad and (not passive or place_code(abroad.group(1)) in (None, story_state(doc))):
            continue  # 'were taken to Minsk' (the holder's own city), 'brought to Court' : no release
        if word.endswith("ing") and _GERUND_AIM.match(after):
            continue  # 'made clear that freeing X and others was its main demand': an aim, not an act
        if word.endswith("ing") and not arrival and not re.search(r"\bbeing\s+$", before_all, re.IGNORECASE):
            passive = False  # 'whom Myanmar is releasing': progressive, the subject frees
        # a participle with no object after it ('Reed, freed from Russia', a headline's 'X Released
        # in Swap') reads as passive: the freed people stand before it
        if not passive and word.endswith("ed") and (lx.PARTICIPLE_AFTER.match(after) or (
                headline and lx.HEADLINE_PARTICIPLE_AFTER.match(after))):
            passive = True
        if word.startswith(("exchanged", "swapped", "traded", "deportees")):
            passive = True
        hit = Hit(i, sent, sent.start + ts, sent.start + te, strong=True, passive=passive,
                  headline=headline)
        participle = word.endswith("ed") or word in {"let go", "let out", "set free"}
        hit.remention = bool(participle and lx.REMENTION_BEFORE.search(before_all)
                             and (lx.REMENTION_AFTER.match(after) or lx.REMENTION_APPOSITION.match(after)
                                  or (lx.PARTITIVE_OF.search(before_all)
                                      and after.lstrip()[:1] in {",", "-", "–", "—"})))
        # ('have been pardoned or let go since mid-2024': the second verb of the pair too)
        if re.search(r"\b(?:have|has)\s+(?:now\s+)?been\s+(?:\w+\s+(?:or|and)\s+)?$", before_all) \
                and lx.SINCE_TALLY.match(after):
            hit.remention = True  # 'more than 400 have been freed since July 2024': a running total
        if re.search(r"\b(?:have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?$", before_all) \
                and lx.SINCE_TALLY.match(after):
            hit.remention = True  # 'has freed several hundred people since mid-2024'
        # 'Since the summer of 2024 the authorities have let go hundreds', 'Since summer of last year ... more
        # than 250 people have been pardoned': a running total from a time on
        if re.search(r"\b(?:have|has)\s+(?:now\s+|already\s+|so\s+far\s+)?(?:been\s+)?$", before_all) \
                and re.match(r"\W*Since\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:19|20)\d\d|last\s+year|"
                             r"(?:summer|spring|autumn|fall|winter)\b)", text):
            hit.remention = True
        # 'stripping those released of their nationality': the people of the release told already
        if word.endswith("ed") and re.search(r"\bthose\s+$", before_all, re.IGNORECASE) \
                and not re.match(r"\s+(?:on|in|at|last|this|since|today|yesterday)\b", after):
            hit.remention = True

        # 'The ten Americans freed last week had been held ...': people of a release told already
        if word.endswith("ed") and re.search(r"\b(?:The|These|Those)\s+(?:[\w-]+\s+){0,2}(?:prisoners|detainees|people|"
                                             r"men|women|activists|(?-i:[A-Z])[a-z]+(?:ans|ese|is))\s+$", before_all) \
                and re.match(r"\s+(?:\w+\s+){0,3}?(?:had|have|has|were|was|are|is)\b", after) \
                and not re.match(r"\s+(?:by|in\s+exchange|on|in|at)\b", after):
            hit.remention = True
        # 'It was the second time this year that Japanese citizens were let go': a comparison with a release
        # told elsewhere; 'they had been let go on humanitarian grounds': the people told before
        if re.search(r"\b(?:second|third|fourth|fifth|another)\s+time\s+(?:this|that|in|since)\b", before_all,
                     re.IGNORECASE) or (passive and re.search(r"\bthey\s+(?:had\s+|have\s+)?(?:been\s+)?$",
                                                               before_all)):
            hit.remention = True
        # 'X, who was among those released, declined to ...': one of the people of a release told elsewhere
        if participle and re.search(r"\bamong\s+(?:those|them|the\s+(?:[\w-]+\s+)?(?:prisoners|people|detainees))\s+$",
                                    before_all, re.IGNORECASE) and not lx.REMENTION_AFTER.match(after):
            hit.remention = True
        # 'the freed prisoners were taken to ...', 'Most of the group, 114 people, were handed over':
        # people of a release already told, described further
        if (word.endswith("ed") and lx.ADJECTIVAL_BEFORE.search(before_all) and lx.PEOPLE_AFTER.match(after)) \
                or (word.endswith("ed") and lx.SUPERLATIVE_BEFORE.search(before_all)) \
                or (passive and (lx.SUBSET_SUBJECT.match(before) or lx.SUBSET_NEAR.search(before)
                                 or lx.SUBSET_SUBJECT.match(before_all))):
            hit.remention = True
        if agreed:
            hit.status = "agreed"
        elif lx.FUTURE_STATUS.search(text):
            hit.status = "began"
        hits.append(hit)
    # 'X was exchanged for Y ..., ending ten months in Russian custody': the end of detention repeats a
    # release the sentence already tells; it only stands alone ('X landed, ending 1,000 days in detention')
    if len(hits) > 1:
        hits = [h for h in hits if not (re.match(r"end|clos", text[h.start - sent.start:], re.IGNORECASE)
                                        and h.passive and any(o.start < h.start for o in hits))] or hits
    present = lx.HEADLINE_PRESENT.match(text) if headline else None
    if present and (modal(text[:present.start("verb")])
                    or lx.NOUN_DETERMINER_BEFORE.search(text[:present.start("verb")])
                    or lx.OTHER_SENSE_BEFORE.search(text[:present.start("verb")])
                    or lx.OTHER_SENSE_AFTER.match(text[present.end("verb"):])):
        present = None
    if not hits and present:
        # 'X and Y swap prisoners': a headline summing up two releases, one per side (told in the
        # body) adds detail only
        vs = present.start("verb")
        two_sides = present.group("verb").lower() == "swap" and len(
            {c[0] for c in country_spans(doc, sent) if c[2] <= vs}) >= 2
        hits.append(Hit(i, sent, sent.start + vs, sent.start + present.end("verb"), strong=not two_sides,
                        passive=False, headline=True))
    to_release = lx.HEADLINE_TO_RELEASE.match(text) if headline else None
    if not hits and to_release and not modal(text[:to_release.end() - len("release")]):
        m2 = re.search(r"\bto\s+(?:release|free|pardon)\b", text)
        if m2:
            hits.append(Hit(i, sent, sent.start + m2.start(), sent.start + m2.end(), strong=True, passive=False,
                            headline=True, status="agreed"))
    if not hits:
        for m in lx.NOUN_TRIGGER.finditer(text):
            before = clause_before(text, m.start())
            other = lx.OTHER_SENSE_BEFORE.search(text[:m.start()])
            if other and re.fullmatch(r"(?:first|new|latest)\s*", other.group(0).strip(), re.IGNORECASE) \
                    and lx.OF_PRISONERS_AFTER.match(text[m.end():]):
                other = None  # 'the first releases under an amnesty law': prisoners, not an album's
            if other or modal(before):
                continue
            if lx.HOSPITAL.search(text) and not lx.PRISON_WORD.search(text):
                continue
            after = text[m.end():]
            if lx.MODAL_AFTER_NOUN.match(after):
                continue  # 'an agreement on the release of X can be reached': an offer, not a release
            # generic 'the release of political prisoners' (bare plural) is no event
            if re.match(r"\s+of\s+(?:political\s+)?(?:prisoners|detainees|hostages|activists)\b", after):
                continue
            covered = lx.NOUN_COVERED.match(after) if lx.PARDON_NOUN.fullmatch(m.group(0)) else None
            if covered:
                # 'the pardon covered thirty people': a release told as done, its people after the verb
                hits.append(Hit(i, sent, sent.start + m.start(), sent.start + m.end() + covered.end(), strong=True,
                                passive=False, headline=headline))
                break
            # a timeline entry tells what was done: its release noun is a release ('13 December 2025 - The
            # largest release so far: 123 people'), unless a verb of its own follows
            # (a heading in capitals - 'JULY 9, 2010 - THE VIENNA SPY SWAP' - titles the entry told below)
            entry = bool(lx.TIMELINE_ENTRY.match(text)) and bool(re.search(r"\b[a-z]{3,}\b", text)) and \
                m.group(0).lower() in {"release", "releases", "pardon", "amnesty", "swap", "exchange"}
            hits.append(Hit(i, sent, sent.start + m.start(), sent.start + m.end(), strong=entry, passive=False,
                            headline=headline, factive=bool(lx.FACTIVE_NOUN_BEFORE.search(text[:m.start()])),
                            entry=entry))
            break
    return hits


def _noun_people_region(text: str, s: int, e: int) -> tuple[int, int]:
    """Who a release noun names: 'the release of X and Y' (up to the clause's verb) or 'X's release';
    'The releases came the day that X met Y' names no one freed."""
    of = re.match(r"\s+(?:of|for)\s", text[e:])
    if of:
        stop = re.search(r"[;:!?]|(?<![A-Z])\.\s|\s(?:was|were|is|are|came|had|has|have|took|that|which|said|says|"
                         r"met|meets)\s", text[e + of.end():])
        hi = e + of.end() + (stop.start() if stop else len(text) - e - of.end())
        return e, min(hi, e + 120)
    owner = re.search(r"((?:[A-Z][\w’'-]+\s+){0,3}[A-Z][\w’'-]+)[’']s?\s+$", text[:s])
    if owner:
        return owner.start(1), s
    return e, e


def _clause_cue(text: str, s: int, e: int) -> re.Match[str] | None:
    """A cue of another release or time ('last year', 'earlier', 'two more') in the trigger's own clause."""
    c_lo = s - len(clause_before(text, s))
    c_stop = re.search(r"[;]|,\s+(?:and|but|while|who|whom|whose|which)\s", text[e:])
    return lx.SPLIT_CUE.search(text, c_lo, e + (c_stop.start() if c_stop else len(text) - e))


def _other_time(hit: Hit) -> bool:
    """A trigger whose clause carries a cue of another time ('last year', 'earlier')."""
    return _clause_cue(hit.sent.text, hit.start - hit.sent.start, hit.end - hit.sent.start) is not None


_DECREE_GERUND = re.compile(r"\b(?:signed|issued)\s+(?:an?\s+|the\s+)?(?:order|decree|edict|ordinance)\s+$",
                            re.IGNORECASE)
_SECURED_NOUN = re.compile(r"\b(?:secured?|securing|won|winning|obtained|negotiated|brokered|helped\s+(?:to\s+)?"
                           r"(?:secure|win|obtain))\s+(?:the\s+)?(?:[\w-]+\s+)?(?:release|freedom|liberation)\b",
                           re.IGNORECASE)
_SUBJECT_PRONOUN = re.compile(r"(?:^|[;,]\s*|\b(?:and|but|where|after|when)\s+)(he|she|He|She)\s+"
                              r"(?:was|had\s+been|has\s+been)\s+(?:(?:also|then|later|finally|eventually|quietly|suddenly|\w+ly)\s+)?$")


def _fill(doc: Document, hit: Hit, pub: PubDate, fallback_state: str | None) -> None:
    text = hit.sent.text
    countries = country_spans(doc, hit.sent)
    s, e = hit.start - hit.sent.start, hit.end - hit.sent.start
    lo, hi = object_region(text, s, e, hit.passive)
    if hit.passive and hit.strong and re.search(r"\s(?:was|were)\s+$", text[:s]):
        # 'X was released by the Russian side and Y was released by the American side': the second
        # passive's subject starts after the conjunction that follows the first verb
        prev = [te for _, te, _ in trigger_spans(text) if te <= s]
        conj = re.search(r"\s(?:and|while|whereas|but)\s+", text[prev[-1]:s]) if prev else None
        if conj is not None and names_in(doc, hit.sent, prev[-1] + conj.end(), s):
            lo = max(lo, prev[-1] + conj.end())  # (a named subject of its own: not 'and on 1 August was')
    if not hit.strong:
        lo, hi = _noun_people_region(text, s, e)
    elif re.fullmatch(r"let(?:s|ting)?|allow(?:ed|s|ing)|set(?:s|ting)?", text[s:e].strip(), re.IGNORECASE):
        # 'let ten Americans go and ...', 'allowed X and Y to fly home', 'set 14 prisoners free': the
        # people stand between the verbs
        end_let = re.search(r"\s(?:go|leave|free)\b|\sto\s+(?:leave|fly|go|return|travel)\b", text[e:e + 100])
        if end_let and not re.match(r"\s(?:go|leave)(?:\s+\w+){0,2}\s*,?\s*(?:among\s+them|including)\b",
                                    text[e + end_let.start():]):
            hi = min(hi, e + end_let.start())
    hit.names = names_in(doc, hit.sent, lo, hi)
    if not hit.names and hit.passive and hit.strong:
        bare_name = bare_subject_name(hit.sent, lo, s)
        hit.names = [bare_name] if bare_name is not None else []
    # 'they simply let him out', 'Minsk freed her on Friday' ('her family' is no object): the person
    # told before
    pron = re.search(r"\b(him|her)\b", text[s:e])
    pron_at = s + pron.start() if pron else -1
    if pron is None and not hit.passive:
        pron = re.match(r"\s+(him|her)\b(?!\s+(?!(?:on|in|at|after|before|from|and|last|this|early|late|as|to|"
                        r"with|under|following|when|because|into|across|over)\b)(?-i:[a-z]))", text[e:])
        pron_at = e + pron.start(1) if pron else -1
    if pron is None and hit.passive and hit.strong:
        # 'He was freed on Friday', '...; she was eventually sent to the Vatican': the passive's subject
        pron = _SUBJECT_PRONOUN.search(text[:s])
        pron_at = pron.start(1) if pron else -1
    if not hit.names and pron is not None:
        one = pronoun_person(doc, hit.sent.start + pron_at, pron.group(1).lower() in ("her", "she"))
        hit.names = [one] if one is not None else []
    hit.nationalities = nationalities_in(doc, hit.sent, lo, hi)
    # state: 'from Belarusian prisons', 'by order of X', the active subject, then the fallback
    # (a passive reads the whole sentence up to the swap's other side: 'X was freed by Russia in exchange for
    # Bout, serving a sentence in the United States' - the US held Bout, not X)
    other_side = lx.SWAP_FOR.search(text, e)
    # 'X was traded on Thursday for Y, the Russian serving a sentence in the US, ending months in Russian
    # custody': the other side and its appositive follow 'for'; the clause after them is X's again
    traded_for = re.compile(r"\bfor\s").search(text, e) if other_side is None and re.match(
        r"(?:traded|swapped|exchanged)\b", text[s:e]) else None
    # ('Both were let go by Tehran ...: Sweden in turn released Y, serving a sentence in Sweden': the agent
    # names the holder; a place past a colon or semicolon is the next clause's)
    agent = _passive_agent(text, e, countries) if hit.passive else None
    stop = re.compile(r"[:;]\s").search(text, e)
    p_hi = min(other_side.start() if other_side else len(text), stop.start() if stop else len(text),
               traded_for.start() if traded_for else len(text))
    state = agent or state_from_place(doc, hit.sent, e if not hit.passive else 0, hi if not hit.passive else p_hi)
    if state is None and traded_for is not None and hit.passive:
        rest = _after_other_side(text, traded_for.end())
        state = state_from_place(doc, hit.sent, rest, stop.start() if stop and stop.start() > rest else len(text))
    adjectival = bool(re.search(r"\b(?:the|those|these|\d+|of\s+the\s+\w+)\s+$", text[:s], re.IGNORECASE)) and \
        bool(re.match(r"\s+(?!(?:by|from|on|in|at|to|after|were|was|are|is)\b|(?:Monday|Tuesday|Wednesday|Thursday|"
                      r"Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                      r"November|December)\b)[a-z]+|\s+(?-i:[A-Z])[a-z]+(?:ans|ians|ese|is|s)\b", text[e:]))
    if state is None and not hit.strong:
        place = re.search(r"\bin\s+((?-i:[A-Z])[\w-]+)", text[e:e + 60])
        if place:
            cands = [c for c in countries if e + place.start(1) <= c[1] < e + place.end(1)]
            state = cands[0][0] if cands else None
    elif state is None and not hit.passive and not adjectival and not _CARRIER.match(text[s:e]) \
            and not (_BARE_NOUN.fullmatch(text[s:e]) and _DETERMINER_BEFORE.search(text[max(0, s - 25):s])):
        # 'after Algiers grants pardon': a state right before the verb is its subject, whatever stands before it
        # ('the pardon signed by Lukashenko covered ...': the signer stands inside the trigger span)
        upto = e if lx.PARDON_NOUN.match(text[s:e]) and len(text[s:e].split()) > 1 else s
        spans = [c for c in countries if c[2] <= upto
                 and (not _in_mediator_phrase(text, c[1]) or len(text[c[2]:s].split()) <= 2
                      or re.search(r"\b(?:signed|issued|granted|decreed|ordered)\s+by\s+(?:the\s+)?$",
                                   text[max(0, c[1] - 25):c[1]])
                      # ('after Nicaragua's government let 135 political prisoners walk out': a subject)
                      or re.match(r"(?:['’]s)?\s+(?:government|authorities|regime|junta)\s+(?:\w+\s+)?(?:let|freed|"
                                  r"released|pardoned|set|sent|handed|put|deported|expelled)\b", text[c[2]:])
                      # ('after President X signed an order freeing him': the signer of the decree)
                      or re.match(r"\s+(?:signed|issued|decreed)\s+(?:an?\s+|the\s+)?(?:order|decree|edict)\s+$",
                                  text[c[2]:s]))
                 and c[0] not in NEVER_RELEASES and not in_destination_phrase(text, c[1])
                 # ('a similar visit by Keith Kellogg returned X ...': the subject is the visit)
                 and not lx.NOUN_BY.search(text, max(0, c[1] - 45), c[1])
                 # ('Buses to the Lithuanian border: 52 freed': a border names a place, not who frees)
                 and not re.match(r"\s+(?:border|frontier|checkpoint|side\s+of\s+the\s+border)\b", text[c[2]:])
                 # ('the three US-brokered rounds freed ...': the go-between of the rounds, not who frees)
                 and not lx.GO_BETWEEN_COMPOUND.match(text, c[2])
                 # ('Lukashenka pardons 31 Ukrainians, hands them over': a plural demonym names people)
                 and not re.fullmatch(r"(?-i:[A-Z])[a-z]+ans", text[c[1]:c[2]])
                 # ('X, who holds French citizenship, was ...': a nationality, not who frees)
                 and not re.match(r"\s+(?:citizenship|nationality|passports?)\b", text[c[2]:])
                 # ('the same U.S. channel secured freedom for ...': who wins a release is its go-between)
                 and not _SECURED_NOUN.search(text[c[2]:e])
                 and not (re.search(r"(?:an|ese|ish|i|ch|ic)$", text[c[1]:c[2]])
                          and lx.PERSON_DESCRIPTOR_AFTER.match(text[c[2]:]))]
        clause_lo = s - len(clause_before(text, s))
        near = [c for c in spans if c[1] >= clause_lo - 60]
        if near:
            pick = near[-1]
            # 'Russia and Belarus handed over sixteen': the first of two coordinated subjects leads
            if len(near) >= 2 and re.fullmatch(r"\s+and\s+", text[near[-2][2]:near[-1][1]]):
                pick = near[-2]
                if re.match(r"\s+each\b", text[near[-1][2]:]):
                    hit.each_state = near[-1][0]
            state = pick[0]
            hit.state_span = (hit.sent.start + pick[1], hit.sent.start + pick[2])
    # 'flies home from Caracas with six Americans': the place left names the holder
    home_from = re.search(r"\bhome\s+from\s+\S", text[s:]) if re.search(
        r"\s(?:with|from|home)$", text[s:e].rstrip()) else None
    if home_from:
        left = [c for c in countries if s + home_from.end() - 1 <= c[1] < s + home_from.end() + 30]
        state = left[0][0] if left else state
    # 'was allowed to leave Canada': the state one may leave is the one that held them
    leave = re.match(r"\s+(?:the\s+)?", text[e:]) if m_is(text[s:e], "allowed to leave") else None
    if leave:
        gone = [c for c in countries if c[1] == e + leave.end()]
        state = gone[0][0] if gone else state
    if state is None and not hit.passive and bloc_subject(doc, hit, s - len(clause_before(text, s))):
        # 'In return, the West handed over eight Russians': a bloc sums up its states' releases told
        # one by one, it is no releasing state of its own
        hit.remention = True
    if state is None and fallback_state and fallback_state in {n for n, _, _ in hit.nationalities} \
            and story_state(doc) not in (None, fallback_state) and any(
                c[0] == fallback_state and lx.OTHER_SIDE_FREES.match(text[c[2]:]) for c in countries):
        # '- January 2016: Jason Rezaian and three other Americans were freed ...; the US granted clemency
        # to seven Iranians' (the sentence tells the fallback state freeing the other side): the freed
        # Americans were the story's other state's prisoners
        state = story_state(doc)
    if state is None:
        # '222 Nicaraguan political prisoners arrive in Washington': a state's own dissidents are its prisoners
        own = [c for c in countries if lo <= c[1] and c[2] <= max(hi, s if hit.passive else hi)
               and lx.OWN_DISSIDENTS_AFTER.match(text, c[2])]
        state = own[0][0] if own else None
    hit.state = state or fallback_state
    hit_count(hit, s, e, lo, hi)
    companions(doc, hit)
    companions_next(doc, hit)
    # ('the summer releases come to ...': several releases summed up, no one group)
    # ('he was put on a bus': one person, whatever number the sentence before gives)
    if hit.count is None and not hit.names and hit.status is None and _PLURAL_GROUP.search(text) \
            and not (not hit.strong and text[s:e].lower().endswith("releases")) \
            and not re.search(r"\b(?:he|she)\s+(?:was|had\s+been|has\s+been|is)\s+$", text[:s], re.IGNORECASE):
        _neighbour_count(doc, hit)
    # date
    hit.date, hit.date_reason, hit.date_span, hit.date_written, hit.date_weak = hit_date(doc, hit.sent, s, pub)
    days_apart(hit, text, s)
    # another release than the main one? (cue in the trigger's own clause; a headline sums up)
    cue = _clause_cue(text, s, e)
    if cue and in_relative_clause(text, s, cue.start(), cue.end()):
        cue = None  # 'X, who pleaded guilty last year in a U.S. case, has been let go': the clause's own time
    if cue and cue.group(0).lower() == "another" and re.search(r"\balso\s+(?:\w+\s+)?$", text[:s]) \
            and re.match(r"another\s+(?:[\w-]+\s+){0,3}?[\w-]+,\s+(?-i:[A-Z])", text[cue.start():], re.IGNORECASE):
        cue = None  # 'Another opposition figure, Félix Navarro, was also let go': one more of the same release
    if cue and hit.split is None and not hit.headline:
        hit.split = cue.group(0).lower()
    if lx.RELATED_LINK.match(text):
        hit.split = "related"
    if hit.split is None and hit.date_reason.startswith("the date line"):
        hit.split = "chronology"  # an entry of a dated list: a release of its own
    _swap(doc, hit, pub)
    cp = hit.counterpart
    cp_nats = {n for n, _, _ in cp.nationalities} if cp is not None else set()
    if state is None and cp is not None and len(cp_nats) == 1 and hit.state not in cp_nats and \
            not {n for n, _, _ in hit.nationalities} & cp_nats:
        # 'Reed was released in return for Yaroshenko, a Russian pilot': a side frees people to get its
        # own nationals back, so with no state written the freeing side is theirs
        fallback_used = hit.state
        hit.state = next(iter(cp_nats))
        if cp.state in (None, hit.state):
            cp.state = fallback_used
            cp.nationalities = [n for n in cp.nationalities if n[0] != cp.state]
    elif state is None and cp is not None and hit.state and hit.state in {n for n, _, _ in hit.nationalities} \
            and cp.state and cp.state != hit.state:
        # 'ten Americans were released in a swap for X' in a story led by the US: with no state written,
        # a state does not swap to free its own nationals - the other side freed them
        hit.state, cp.state = cp.state, hit.state
        hit.nationalities = [n for n in hit.nationalities if n[0] != hit.state]


# A sentence speaking of a group of people without a number ('brought out the prisoners', 'freed
# them'): only then may the sentence before or after give the group's size.
_PLURAL_GROUP = re.compile(r"\b(?:people|prisoners|detainees|inmates|convicts|captives|hostages|activists|"
                           r"servicemen|soldiers|them|they|group)\b", re.IGNORECASE)
_NEIGHBOUR_ROLES = {"count", "total"}


_STILL_HELD = re.compile(r"\b(?:still|remain\w*|behind\s+bars|in\s+(?:prison|jail|custody|detention)|held)\b",
                         re.IGNORECASE)


def _neighbour_count(doc: Document, hit: Hit) -> None:
    """'Fifty-two people were on the buses. They were freed on Thursday.': the trigger sentence has
    no number, the sentence before (else after) has one number of people and no trigger or cue of
    another release of its own, so it tells the size of the same group. Offsets stay relative to the
    trigger's sentence (negative for the sentence before)."""
    for j in (hit.sent_idx - 1, hit.sent_idx + 1, hit.sent_idx + 2):
        if not 0 < j < len(doc.sentences):
            continue  # the headline (sentence 0) sums up, it is no neighbour
        nb = doc.sentences[j]
        if j == hit.sent_idx + 2 and re.search(r"\d|\n", doc.clean_text[doc.sentences[j - 1].start:nb.start]):
            continue  # two sentences on only across a short number-free one ('How many depends on who counts.')
        if trigger_spans(nb.text) or lx.SPLIT_CUE.search(nb.text):
            continue
        found = cnt.find_counts(nb.text)
        # ('Six of them are Lithuanian citizens.': a part of a group told before, not this group's size)
        if any(re.fullmatch(r"of\s+(?:them|whom|those)", c.noun, re.IGNORECASE) for c in found):
            continue
        usable = [c for c in found if c.role in _NEIGHBOUR_ROLES or (
            # 'According to the envoy, there were 123 people.': right after a release, the group's size
            c.role == "held" and re.search(r"\bthere\s+were\s+$", nb.text[max(0, c.start - 12):c.start], re.I)
            and not _STILL_HELD.search(nb.text))]
        if not found:
            # 'gave a figure of fifty-two', 'the total stood at 52': a number of the group with no noun
            fig = cnt.figure_count(nb.text)
            found = usable = [fig] if fig is not None else []
        if len(usable) != 1 or len(found) != 1:
            continue  # none, or several numbers whose group is unclear
        if re.match(r"(?:fewer|less)\s+than|under\b", usable[0].qualifier or "", re.IGNORECASE):
            continue  # 'fewer than 40 people': a bound on a sum, not a group's size
        c = usable[0]
        if lx.HELD_AFTER_COUNT.match(nb.text[c.end:]):
            continue  # 'our records contain more than 1,000 people held for political reasons': the still held
        shift = nb.start - hit.sent.start
        hit.count = cnt.Count(c.value, c.text, c.start + shift, c.end + shift, c.qualifier, c.role, c.noun)
        return


def _after_other_side(text: str, start: int) -> int:
    """Where the text goes back to the main clause after the other side's noun phrase at ``start`` and
    its appositive (', the Russian arms dealer who ...')."""
    comma = text.find(",", start)
    if comma < 0:
        return len(text)
    if re.match(r",\s+(?:a|an|the)\s", text[comma:]):
        nxt = text.find(",", comma + 1)
        return nxt if nxt >= 0 else len(text)
    return comma


def _passive_agent(text: str, e: int, countries: list[tuple[str, int, int]]) -> str | None:
    """'was freed by (order of) X': the state named as the passive's agent."""
    agent = re.match(r"\s+by\s+(?:order\s+of\s+)?(?:the\s+)?([^,.;:]{2,60})", text[e:])
    if agent is None:
        return None
    cands = [c for c in countries if e + agent.start(1) <= c[1] < e + agent.end(1)]
    return cands[0][0] if cands else None


def m_is(word: str, stem: str) -> bool:
    return word.lower().startswith(stem)


def _in_mediator_phrase(text: str, pos: int) -> bool:
    before = text[max(0, pos - 45):pos]
    return bool(re.search(r"\b(?:after|following|by|from|thank\w*|request\s+of|mediat\w*|talks|"
                          r"meetings?|envoy|visit\w*|against)\s+(?:the\s+|a\s+)?(?:\w+\s+){0,3}$",
                          before, re.IGNORECASE))


def _swap(doc: Document, hit: Hit, pub: PubDate) -> None:
    text = hit.sent.text
    m = lx.SWAP_FOR_NP.search(text) or lx.FOR_NAT.search(text[hit.end - hit.sent.start:])
    if not m:
        return
    base = 0 if m.re is lx.SWAP_FOR_NP else hit.end - hit.sent.start
    lo, hi = base + m.start("np"), base + m.end("np")
    other = Hit(hit.sent_idx, hit.sent, hit.sent.start + lo, hit.sent.start + hi, strong=True, passive=True,
                headline=hit.headline)
    other.names = names_in(doc, hit.sent, lo, hi)
    # 'for X, a Russian pilot convicted ...': the appositive tells the nationality of the one given
    app = re.match(r",\s+(?:a|an|the)\s+[^,.;]{1,60}", text[hi:])
    other.nationalities = nationalities_in(doc, hit.sent, lo, hi + (app.end() if app else 0))
    if m.re is lx.SWAP_FOR_NP and not other.names and not PEOPLE.search(text[lo:hi]):
        return  # 'in exchange for sanctions relief': a thing given, no people freed in return
    c = next((x for x in cnt.find_counts(text[lo:hi]) if x.role in {"count", "total", "others"}), None)
    kin = _KIN_COUNT.match(text[lo:hi]) if c is None else None
    if kin is not None and cnt.parse_number(kin.group(1)) is not None:
        # 'in exchange for two nephews of Maduro's wife': relatives who are themselves the ones freed
        c = cnt.Count(cnt.parse_number(kin.group(1)) or 0, kin.group(0), 0, kin.end(), None, "count", kin.group(2))
    if c is not None:
        other.count = cnt.Count(c.value, c.text, c.start + lo, c.end + lo, c.qualifier, c.role, c.noun)
    elif other.names and not GROUP_NOUN.search(text[lo:hi]):
        other.count = cnt.Count(len(other.names), "", lo, hi, None, "named")
        other.count_implicit = True
    elif SINGULAR.match(text[lo:hi]):
        other.count = cnt.Count(1, "", lo, hi, None, "singular")
        other.count_implicit = True
    if re.search(r"\bunidentified|unnamed|unspecified\b", text[lo:hi], re.IGNORECASE):
        other.count = None
    other.date, other.date_reason, other.date_span, other.date_written = hit.date, hit.date_reason, None, False
    other.date_weak = hit.date_weak
    other.status = hit.status
    # who frees the counterpart: the state of the people freed by ``hit``, else the other party
    nat_codes = [n for n, _, _ in hit.nationalities if n != hit.state]
    np_nats = {n for n, _, _ in other.nationalities}
    countries = country_spans(doc, hit.sent)
    # (a passive subject's own places - 'Sixteen people held in Russia and Belarus were traded for ...' -
    # are the freeing side, not the other one)
    others = [c[0] for c in countries if c[0] != hit.state and c[0] not in np_nats
              and not (hit.passive and c[2] <= hit.start - hit.sent.start and lx.HELD_IN.search(text, 0, c[1]))]
    # ('ABU DHABI, Dec 8 - ...', 'on the tarmac of an airport in Abu Dhabi': the venue; the story's other
    # party is found later, releases._to_release)
    others = [c for c in others if c not in SWAP_VENUES]
    other.state = nat_codes[0] if nat_codes else (others[0] if others else None)
    # 'for Russians held in the West', 'for two Iranians jailed in Sweden': the place of detention
    # the counterpart's own phrase names is who frees them; a place no state ('the West') leaves it open
    app2 = re.match(r",\s+(?:a|an|the)\s+[^,;]{1,110}", text[hi:])
    app_hi = hi + (app2.end() if app2 else 0)
    held = lx.HELD_IN.search(text, lo, app_hi)  # ('for X, the Russian serving a sentence in the United States')
    if held:
        named = [c[0] for c in countries if held.start(1) - 4 <= c[1] < app_hi]
        other.state = named[0] if named else None
    if not other.nationalities and hit.state and other.state != hit.state:
        other.nationalities = [(hit.state, lo, hi)]
    other.nationalities = [n for n in other.nationalities if n[0] != other.state]
    hit.nationalities = [n for n in hit.nationalities if not (other.start <= n[1] < other.end)]
    hit.counterpart = other


def find_hits(doc: Document, pub: PubDate, sentence_ids: list[int]) -> list[Hit]:
    """Every release hit in the given sentences, in document order, fields filled."""
    if is_other_sense_page(doc):
        return []

    raw: list[Hit] = []
    for i in sentence_ids:
        sent = doc.sentences[i]
        if not _title_case_link(sent.text) and not _under_link_heading(doc, sent):
            raw.extend(_trigger_hits(doc, i, sent, pub))
    # first pass: the states that active sentences name ('Belarus released ...')
    # (a completed release first: 'X agreed to release Y' names the other side of a deal)
    fallback: str | None = None
    # (a gerund - 'freeing X was its demand' - names who asks, not who frees)
    # (a timeline entry's noun - '... The largest release so far: 123 people' - has no subject)
    # (a release told with a cue of another time - 'In January last year, X was let go' - comes last)
    # (a gerund after a decree - 'X signed an order freeing him' - names its signer, who frees)
    for hit in sorted((h for h in raw if h.strong and not h.passive
                       and (not doc.clean_text[h.start:h.end].lower().endswith("ing")
                            or _DECREE_GERUND.search(doc.clean_text, max(0, h.start - 30), h.start))
                       and not h.entry),
                      key=lambda h: (h.status is not None, _other_time(h))):
        _fill(doc, hit, pub, None)
        if hit.state and admits(doc, hit):
            fallback = hit.state
            break
    # ('more than 50 prisoners released by the Lukashenka regime have crossed ...' on a Lithuanian page: a
    # passive's own agent or place names the holder before the page's most mentioned state does)
    for hit in (h for h in raw if fallback is None and h.strong and h.passive and not h.entry
                and not _other_time(h)):
        agent = _passive_agent(hit.sent.text, hit.end - hit.sent.start, country_spans(doc, hit.sent))
        if agent and agent not in SWAP_VENUES:
            fallback = agent
            break
    fallback = fallback or story_state(doc)
    last: tuple[int, str] | None = None  # (sentence, state) of the last release told
    for hit in raw:
        own = fallback
        if last is not None and last[0] < hit.sent_idx and not hit.passive and _PRONOUN_SUBJECT.search(
                clause_before(hit.sent.text, hit.start - hit.sent.start)):
            own = last[1]  # 'In October 2022, it let seven Americans go': the state of the release told before
        _fill(doc, hit, pub, own)
        if hit.state and hit.strong and not hit.remention:
            last = (hit.sent_idx, hit.state)
    raw = [x for h in raw for x in ((h, replace(h, state=h.each_state, state_span=None, each_state=None,
                                                names=list(h.names), nationalities=list(h.nationalities)))
                                      if h.each_state and h.state and h.each_state != h.state else (h,))]
    others_of_named(raw)
    among_next(raw)
    # people held by a state, not a seal, a film or a suspect on bail (release_gate)
    return [h for h in raw if admits(doc, h)]
