"""Reading a sentence for a release: countries, people, nationalities, dates, the story's state.

Actors come from ``doc.mentions`` (the 'actors' stage); when that stage has not run, the
functions of ``nlp.actors`` are asked directly about capitalised phrases. Dates come from
``nlp.event_dates``, resolved from the document's own date only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from functools import lru_cache
from typing import Any

from ...model import DateGuess, Document, Span
from . import release_lexicon as lx

PubDate = DateGuess | None
_STATE = re.compile(r"^[A-Z]{2}$")
DATE_SHAPE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|-\d{2}-\d{2})$")
_CAP_PHRASE = re.compile(r"(?:[A-Z][\w’'.-]*|U\.S\.)(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w’'-]*){0,4}")
_PERSON_LABELS = {"PERSON"}
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_’'.-]*(?:[-’'][^\W\d_]+)*$")


@lru_cache(maxsize=1)
def _actors() -> tuple[Callable[..., str | None] | None, Callable[..., Any] | None]:
    try:
        from .. import actors
    except ImportError:
        return None, None
    return getattr(actors, "actor_code", None), getattr(actors, "nationality_mentions", None)


def actor_code(phrase: str) -> str | None:
    fn = _actors()[0]
    return fn(phrase) if fn else None


def place_code(word: str) -> str | None:
    """The state a word names as a place or a people ('Minsk', 'Belarus', 'Belarusian'), not as a person
    ('Sannikov' is an actor of the dictionary, but a surname)."""
    try:
        from ..actors import load_dictionary
    except ImportError:
        return actor_code(word)
    d = load_dictionary()
    return d.state_code(word) or d.demonym_code(word)  # (the dictionary normalises "'s" and punctuation)


def country_spans(doc: Document, sent: Span) -> list[tuple[str, int, int]]:
    """State codes mentioned in the sentence, as (code, start, end) relative to it."""
    out: list[tuple[str, int, int]] = []
    ms = [m for m in doc.mentions if sent.start <= m.start < sent.end]
    if ms:
        for m in ms:
            # (a broadcaster - 'RFE/RL journalist X' - frees no one and receives no one: no state here)
            if m.country and _STATE.match(m.country) and not (m.role and _MEDIA_ROLE.search(m.role)):
                out.append((m.country, m.start - sent.start, m.end - sent.start))
    elif not doc.mentions:
        for cm in _CAP_PHRASE.finditer(sent.text):
            code = actor_code(cm.group(0))
            if code and _STATE.match(code):
                out.append((code, cm.start(), cm.end()))
    return sorted(out, key=lambda c: c[1])


def _is_person(m: Any) -> bool:
    """spaCy's PERSON, or a dictionary actor written as a personal name ('Mikola Statkevich')."""
    if m.label in _PERSON_LABELS:
        return True
    words = m.text.split()
    if m.label == "ACTOR" and m.role and _BODY_ROLE.search(m.role):
        return False  # 'Radio Liberty' (a broadcaster), 'Amnesty International' (an organisation)
    return m.label == "ACTOR" and len(words) >= 2 and words[0][:1].isupper() and all(
        (w[:1].isupper() and not w.isupper()) or _NAME_PARTICLE.match(w) for w in words)


# Lower-case particles of personal names ('Alaa Abd el-Fattah', 'Ahmed bin Ali', 'Juan de la Cruz').
_NAME_PARTICLE = re.compile(r"^(?:al|el|ad|ash|as|at|az|bin|ibn|ben|de|del|della|der|di|da|dos|das|du|la|le|van|von|"
                            r"y|e)(?:-(?-i:[A-Z])\w+)?$")


_BODY_ROLE = re.compile(r"\b(?:broadcaster|organi[sz]ation|agency|group|NGO|service|newspaper|outlet|radio|union|"
                        r"party|committee|ministry|court|council|movement|channel|network|company|bank|airline)\b",
                        re.IGNORECASE)


def _person_mentions(doc: Document, sent: Span) -> list[tuple[str, int, int]]:
    people = [(m.text, m.start, m.end) for m in doc.mentions
              if sent.start <= m.start < sent.end and _is_person(m)]
    if people or any(_is_person(m) for m in doc.mentions):
        return people
    # no NER ran: capitalised runs of two to four name-like words that are no actor
    out: list[tuple[str, int, int]] = []
    for m in re.finditer(r"(?:[A-Z][^\W\d_]+(?:[-’'][A-Z]?[^\W\d_]+)*\s+){1,3}[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?",
                         sent.text):
        words = m.group(0).split()
        if any(actor_code(w) for w in words[-1:]) or words[0] in {"The", "A", "In", "On", "President"}:
            continue
        s0, e0 = sent.start + m.start(), sent.start + m.end()
        if any(x.start < e0 and s0 < x.end for x in doc.mentions):
            continue  # a place, a body or an institution the actors stage knows ('White House')
        out.append((m.group(0), sent.start + m.start(), sent.start + m.end()))
    return out


_ALSO_KNOWN_AS = re.compile(r"\b(?:better\s+|also\s+|widely\s+)?known\s+(?:by\s+(?:his|her|the)\s+(?:pen\s+name|"
                            r"nickname|alias|nom\s+de\s+plume)|as)\s+[\"“]?$|\b(?:pen\s+name|alias|a\.k\.a\.?|aka)\s+[\"“]?$",
                            re.IGNORECASE)
_RELATIVE_OF = re.compile(r"\b(?:husband|wife|son|daughter|mother|father|brother|sister|widow|ally|associate|"
                          r"friend|confidant|aide|adviser|advisor|protégé|protege)\s+of\s+"
                          r"(?:[\w-]+\s+){0,4}$", re.IGNORECASE)
# 'Tsikhanouskaya's office welcomed', 'X's husband was freed': the name owns the one meant
# ('Gross's release' and 'X's freedom' still name the freed person).
_OWNER_OF = re.compile(r"^[’']s?\s+(?!release|freedom|pardon|liberation|return|swap|exchange|transfer)[a-z\d]",
                       re.IGNORECASE)
_KIN_NAME = re.compile(r"\b([A-Z][a-z]+),\s+(?:the\s+)?(?:husband|son|brother|wife|daughter)\s+of\b")


# A relative clause opened before a name and not closed: 'X, whom Y had pardoned', 'X, who met Y'.
_OPEN_RELATIVE = re.compile(r",\s*(?:whom|who|whose|which|that)\b[^,;()]*$", re.IGNORECASE)


def clean_name(name: str) -> str:
    name = re.sub(r"[’']s$", "", name.strip(" ,.;:\"“”()"))
    prev = None
    while prev != name:
        prev = name
        name = lx.NAME_TITLE.sub("", name)
        # 'Canadians Michael Kovrig', 'Marine Amir Hekmati': a demonym or rank the NER took into the name
        words = name.split()
        if len(words) >= 3 and ((_DEMONYM_WORD.fullmatch(words[0]) and actor_code(words[0]))
                                or words[0] in _RANK_WORDS):
            name = " ".join(words[1:])
    return name.strip()


_SUBJECT_OF_PASSIVE = re.compile(r"^\s*(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:also\s+|then\s+|later\s+)?$",
                                 re.IGNORECASE)
_PLACE_MODIFIER_AFTER = re.compile(r"^(?:\s+|-)(?:native|resident|born|based|area|suburb|neighbou?rhood)\b",
                                   re.IGNORECASE)
_DEMONYM_WORD = re.compile(r"[A-Z][a-z]+(?:ians?|ans?|ese|is|ish|ch)s?")
_RANK_WORDS = frozenset({"Marine", "Sergeant", "Corporal", "Private", "Captain", "Major", "Colonel", "Lieutenant",
                         "Ex-Marine", "Veteran", "Activist", "Journalist", "Blogger"})


def _surnames(doc: Document) -> dict[str, str]:
    """Surname -> full name of the people the article names in full (no state or capital)."""
    cached = doc.extras.get("_release_surnames")
    if isinstance(cached, dict):
        return cached
    out: dict[str, str] = {}
    for m in doc.mentions:
        if not _is_person(m) or (m.label != "PERSON" and not str(m.country or "").endswith("-OPP")
                                  and not _private_person(m.actor_id)):
            continue  # a dictionary actor counts as an opposition figure or a private person, never a body
        tokens = clean_name(m.text).split()
        if len(tokens) >= 2 and all(_NAME_TOKEN.match(t) for t in tokens) and len(tokens[-1]) > 2 \
                and not place_code(tokens[-1]) and tokens[-1][0].isupper() and tokens[-1] not in _CALENDAR_WORDS:
            out.setdefault(tokens[-1], " ".join(tokens))
    doc.extras["_release_surnames"] = out
    return out


def _office_holder(doc: Document, start: int) -> bool:
    """The person mentioned at ``start`` is a dictionary actor holding an office ('Alexander Lukashenko',
    'Keith Kellogg'): one who frees, sends or mediates, never one of the freed (no freed person of the
    gold sets holds an office in the dictionary)."""
    return start in _officials_at(doc)


def _officials_at(doc: Document) -> dict[int, str]:
    """Start offset -> clean name of every mention of an office holder in ``doc`` (cached on it)."""
    cached = doc.extras.get("_release_officials")
    if isinstance(cached, dict):
        return cached
    out: dict[int, str] = {}
    try:
        from ..actors import load_dictionary
    except ImportError:
        return out
    actors = load_dictionary().actors
    for m in doc.mentions:
        actor = actors.get(m.actor_id) if m.actor_id else None
        if actor is not None and actor.kind == "person" and actor.offices and \
                not str(m.country or "").endswith("-OPP"):
            out[m.start] = clean_name(m.text)
    doc.extras["_release_officials"] = out
    return out


def _officials(doc: Document) -> set[str]:
    return set(_officials_at(doc).values())


@lru_cache(maxsize=256)
def _private_person(actor_id: str | None) -> bool:
    """A dictionary actor who is a person holding no office (a prisoner, a swapped convict), not a body."""
    if not actor_id:
        return False
    try:
        from ..actors import load_dictionary
    except ImportError:
        return False
    actor = load_dictionary().actors.get(actor_id)
    return actor is not None and actor.kind == "person" and not actor.offices


# The subject of a passive release told as a bare capitalised name the NER missed: 'Brittney Griner was
# traded', 'The next day Dzmitry Bandarenka, his aide, also walked out'.
_BARE_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but|day|week)\s+)((?-i:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)"
                           r"(?:\s+(?-i:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)){1,2})(?:,\s+[^,]{3,60},)?\s+"
                           r"(?:was|has\s+been|had\s+been|also|finally)?\s*(?:\w+ly\s+)?$")


def bare_subject_name(sent: Span, lo: int, s: int) -> tuple[str, int, int] | None:
    """A two- or three-word capitalised name standing as the passive subject right before the verb."""
    m = _BARE_SUBJECT.search(sent.text[lo:s])
    if m is None:
        return None
    name = m.group(1)
    words = name.split()
    if words[-1] in _CALENDAR_WORDS:
        return None
    if any(place_code(w) for w in words) or place_code(name) or words[0] in {"The", "A", "An", "In", "On", "At",
                                                                             "President", "Prime", "Foreign"}:
        return None
    return name, sent.start + lo + m.start(1), sent.start + lo + m.end(1)


# Last words of a capitalised phrase that names a day or a legal act, never a person ('Victory Day',
# 'Pardon Order', 'Amnesty Law')
_CALENDAR_WORDS = frozenset({"Day", "Week", "Eve", "Year", "Holiday", "Festival", "Order", "Decree", "Law", "Act",
                             "Resolution", "Code", "Constitution", "Committee", "Commission"})


def names_in(doc: Document, sent: Span, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """People named in ``sent.text[lo:hi]`` who are freed (not speakers, officials or relatives)."""
    text = sent.text
    out: list[tuple[str, int, int]] = []
    aliases: list[tuple[int, int]] = []
    for name, s, e in _person_mentions(doc, sent):
        rs, re_ = s - sent.start, e - sent.start
        if rs < lo or re_ > hi:
            continue
        # 'His campaign aide X was also let go': a role before the passive subject of the release
        subject = hi - re_ <= 40 and bool(_SUBJECT_OF_PASSIVE.match(text[re_:hi]))
        if (lx.ROLE_BEFORE_NAME.search(text[max(0, rs - 40):rs]) and not subject) \
                or lx.SPEAKER_AFTER_NAME.match(text[re_:]) \
                or _RELATIVE_OF.search(text[max(0, rs - 70):rs]) or _OWNER_OF.match(text[re_:]):
            continue
        if _OPEN_RELATIVE.search(text[lo:rs]) or _office_holder(doc, s):
            continue  # ', whom Y had pardoned': Y acts in a clause about the freed person
        if _ALSO_KNOWN_AS.search(text[max(0, rs - 50):rs]):
            aliases.append((rs, re_))
            continue  # 'Nguyen Van Hai, better known by his pen name Dieu Cay': the same person again
        if _PLACE_MODIFIER_AFTER.match(text[re_:]) or (re.search(r"\bthe\s+$", text[max(0, rs - 5):rs])
                                                       and re.match(r"\s+[a-z]", text[re_:])):
            continue  # 'the Huntington Woods native', 'a Tulsa-born pilot': a place, not a person
        clean = clean_name(name)
        tokens = clean.split()
        if len(tokens) == 1 and tokens[0] in _surnames(doc):
            clean = _surnames(doc)[tokens[0]]  # 'Pastor Brunson' of a person named in full elsewhere
            tokens = clean.split()
        if not tokens or not all(_NAME_TOKEN.match(t) for t in tokens) or tokens[-1] in _CALENDAR_WORDS:
            continue  # ('On National Victory Day, 5,774 prisoners are pardoned': a holiday, no person)
        if place_code(clean) and len(tokens) == 1:
            continue  # a state or its capital, not a person
        if any(clean == n for n, _, _ in out):
            continue
        out.append((clean, s, e))
    # a surname alone ('Kastusiou, who has cancer, was released') of a person named in full elsewhere
    # (not of one holding an office: 'Lukashenko signed ...')
    officials = _officials(doc)
    for surname, full in _surnames(doc).items():
        if full in officials:
            continue
        for sm in re.finditer(rf"\b{re.escape(surname)}\b(?![’'-])", text[lo:hi]):
            rs = lo + sm.start()
            if any(a <= rs < b for a, b in aliases):
                continue
            if any(s - sent.start <= rs < e - sent.start for _, s, e in out) or any(
                    full == n or surname in n.split() for n, _, _ in out):
                continue
            if lx.ROLE_BEFORE_NAME.search(text[max(0, rs - 40):rs]) or lx.SPEAKER_AFTER_NAME.match(
                    text[rs + len(surname):]) or _RELATIVE_OF.search(text[max(0, rs - 70):rs]) \
                    or _PLACE_MODIFIER_AFTER.match(text[rs + len(surname):]):
                continue
            out.append((full, sent.start + rs, sent.start + rs + len(surname)))
            break
    # 'including Sergey, the husband of ...': a first name the article identifies by kinship
    for km in _KIN_NAME.finditer(text, lo, hi):
        if not any(km.group(1) in n for n, _, _ in out):
            out.append((km.group(1), sent.start + km.start(1), sent.start + km.end(1)))
    return out


def pronoun_person(doc: Document, pos: int, feminine: bool) -> tuple[str, int, int] | None:
    """The person a 'him'/'her' object at ``pos`` points to ('they simply let him out'): the nearest
    person before it, in its sentence or the four before, who holds no office (a state's official does
    not free himself), of the pronoun's gender when the name tells it. A resolved 'he said' counts as
    a mention of its person."""
    from ..names import is_feminine

    # (four sentences back: a quote of several sentences names its subject only before it starts)
    lo = next((s.start for s in reversed(doc.sentences[:max(0, _sentence_index(doc, pos) - 3)])), 0)
    text = doc.clean_text
    # a surname alone ('Nouri was convicted ... He was pardoned') of a person named in full elsewhere
    bare = [(sm.start(), sm.end(), full) for surname, full in _surnames(doc).items()
            for sm in re.finditer(rf"\b{re.escape(surname)}\b(?![’'-])", text[lo:pos])]
    last_bare = max(bare, default=None)
    for m in sorted((m for m in doc.mentions if lo <= m.start < pos and m.end <= pos), key=lambda m: -m.start):
        if last_bare is not None and lo + last_bare[0] > m.end:
            fem = is_feminine(last_bare[2])
            if fem is None or fem == feminine:
                return last_bare[2], lo + last_bare[0], lo + last_bare[1]
        name = m.resolved_from if m.label == "PRON" else m.text
        if not name or not (_is_person(m) or m.label == "PRON"):
            continue
        if lx.ROLE_BEFORE_NAME.search(text[max(0, m.start - 40):m.start]):
            continue  # 'Prime Minister X, who met the two on the tarmac': an office, not the freed
        if m.actor_id and not m.actor_id.startswith("p:") and not str(m.country or "").endswith("-OPP") \
                and not _private_person(m.actor_id):
            continue  # an official or a body
        fem = is_feminine(name)
        if fem is not None and fem != feminine:
            continue
        clean = clean_name(name)
        if len(clean.split()) == 1:
            clean = _surnames(doc).get(clean, clean)
        return clean, m.start, m.end
    return None


def _sentence_index(doc: Document, pos: int) -> int:
    return next((i for i, s in enumerate(doc.sentences) if s.start <= pos < s.end), len(doc.sentences) - 1)


def nationalities_in(doc: Document, sent: Span, lo: int, hi: int) -> list[tuple[str, int, int]]:
    """Citizenships of the freed named in ``sent.text[lo:hi]`` ('two Japanese citizens', 'a US citizen')."""
    fn = _actors()[1]
    region = sent.text[lo:hi]
    out: list[tuple[str, int, int]] = []
    if fn is not None:
        for nc in fn(region):
            code = getattr(nc, "code", None)
            if code and _STATE.match(code):
                out.append((code, sent.start + lo + nc.start, sent.start + lo + nc.end))
    for m in doc.mentions:  # demonyms the actors stage tagged ('two Japanese citizens')
        if m.label == "NORP" and m.country and _STATE.match(m.country) and \
                sent.start + lo <= m.start < sent.start + hi:
            out.append((m.country, m.start, m.end))
    for cm in re.finditer(r"\bcitizens?\s+of\s+((?:[\w.' ]+?,\s*)*[\w.' ]+?(?:,?\s+and\s+(?:the\s+)?[\w.' ]+)?)"
                         r"(?=[.;]|$|\s+(?:were|was|who|had|have)\b)", region):
        for c, s, e in country_spans(doc, sent):
            if lo + cm.start(1) <= s < lo + cm.end(1):
                out.append((c, sent.start + s, sent.start + e))
    seen: set[str] = set()
    uniq = []
    for item in sorted(out, key=lambda x: x[1]):
        if item[0] not in seen:
            seen.add(item[0])
            uniq.append(item)
    return uniq


def state_from_place(doc: Document, sent: Span, lo: int, hi: int) -> str | None:
    """'released from Belarusian prisons', 'from prison in Belarus', 'held in Russia', 'from Chinese custody'."""
    text = sent.text
    spans = country_spans(doc, sent)
    # ("out of Bahrain's prisons": a possessive state before the place)
    for m in re.finditer(r"\b(?:from|in|out\s+of)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,2}?(?:prisons?|jails?|custody|"
                         r"detention|captivity|colony|colonies)(?:\s+in\s+[A-Z][\w-]+)?"
                         r"|\b(?i:released|freed)\s+from\s+(?:the\s+)?[A-Z][\w-]+"
                         # 'were set at liberty in Caracas', 'flown out of Tehran': where the act took place
                         # (a passive with its auxiliary: 'the people released in Guatemala' names where they went)
                         r"|\b(?i:was|were|been|are|is)\s+(?:\w+\s+)?(?i:released|freed|set\s+at\s+liberty|let\s+(?:go|out)|"
                         r"pardoned)\s+in\s+[A-Z][\w-]+"
                         r"|\b(?i:was|were|been|are|is)\s+(?:\w+\s+)?(?i:flown|taken|driven|bused|bussed)\s+out\s+of\s+"
                         r"[A-Z][\w-]+"
                         r"|\b(?i:held|detained|jailed|imprisoned|convicted|sentenced|arrested|"
                         r"serving\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}sentences?)"
                         r"\s+(?:in|by)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?:government|authorities|regime))?"
                         # '222 people whom the Nicaraguan government had held': the holder in a relative clause
                         # ('six of whom Washington considered wrongfully detained': a judgement, not the holder)
                         r"|\b(?:whom|that)\s+(?:the\s+)?[A-Z][\w-]+(?:\s+(?!(?i:considered|deemed|designated|regarded|"
                         r"classified|described|declared|called|labell?ed|listed)\b)[\w'’-]+){0,3}?\s+"
                         r"(?:had\s+|has\s+|have\s+)?(?i:held|imprisoned|jailed|detained)\b",
                         text[lo:hi]):
        a, b = lo + m.start(), lo + m.end()
        if re.search(r"\b(?:funds|assets|money|accounts|revenues?|cash|reserves|deposits|oil|property)\s+$", text[:a],
                     re.IGNORECASE):
            continue  # 'unlock Iranian funds held in South Korea': money held, not people
        inside = [c for c in spans if a <= c[1] < b]
        # ('released in Abu Dhabi': a swap's venue is no holder)
        if inside and not (inside[-1][0] in SWAP_VENUES and _RELEASED_IN.search(m.group(0))):
            return inside[-1][0]
    return None


_RELEASED_IN = re.compile(r"(?i:released|freed|set|let)\s+(?:at\s+liberty\s+|go\s+|out\s+)?in\b")
# States that host swaps and mediate more often than they hold the people released there.
SWAP_VENUES = frozenset({"AE", "QA", "OM", "TR", "CH", "VA", "SA"})


# A dateline: at most a city and a comma before the place, an agency, a bar or a dash after it.
_DATELINE = re.compile(r"^\W*(?:[A-Z][\w.'’-]*\s*){0,3},?\s*$")
_DATELINE_AFTER = re.compile(r"^[\w.'’-]+(?:\s*,\s*[A-Z][\w.'’ -]{0,20})?\s*(?:\||\(|[-–—]\s|/|,\s+(?:\w+\s+)?"
                             r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")


# Codes of bodies that hold no prisoners: never the state a story's releases fall back to.
NEVER_RELEASES = frozenset({"EU", "WEST", "UN", "VA"})


# A country after a movement verb and 'to/into/onto/in' is where the freed went, never who freed them.
_DESTINATION_BEFORE = re.compile(
    r"\b(?:cross\w*|arriv\w*|taken|brought|flown|flew|fly|sent|send\w*|deport\w*|expell?\w*|hand\w*(?:\s+over)?|"
    r"driven|stepped|land(?:ed|s|ing)|transferred|bused|bussed|returned|travel+\w*|head\w*|moved|repatriated|went|"
    r"go(?:ne|ing)?|taking|bringing|exiled|banished|released|freed|set\s+free)\b"
    r"[^.;:]{0,50}?\b(?:to|into|onto|for|in)\s+(?:the\s+)?(?:[\w-]+\s+){0,1}$",
    re.IGNORECASE,
)
# 'an envoy who visited Minsk', 'talks in Caracas': the capital a delegation went to is the holder's
_VISITED = re.compile(r"\b(?:visit(?:ed|ing|s)?|flew\s+to|travell?ed\s+to|went\s+to|trip\s+to|received\s+in)\s+"
                      r"(?:to\s+)?$", re.IGNORECASE)
_NATIONALS_OF = re.compile(r"\b(?:nationals?|citizens?|passport\s+holders)\s+of\s+(?:[\w-]+,?\s+){0,5}$",
                           re.IGNORECASE)
_DETAINEE_ROLE = re.compile(r"\b(?:prisoners?|freed|held|detained|jailed|hostages?|imprisoned|convicted)\b",
                            re.IGNORECASE)
# 'Australian economist Sean Turnell', 'British ambassador Vicky Bowman': up to three lower-case words
# then a capitalised name (case-sensitive on purpose)
_PERSON_AFTER_NORP = re.compile(r"^\s+(?:(?:former|ex-)?\s*[a-z][\w-]*\s+){0,3}[A-Z][a-z]+\s+[A-Z][a-z]+")
_ENVOY_AFTER = re.compile(r"^[\w.-]+\s+(?:special\s+|presidential\s+)?(?:envoy|mediators?|negotiators?|"
                          r"hostage\s+(?:envoy|negotiator)|mediation|diplomacy|State\s+Department|embassy)\b|"
                          r"^[\w.-]+-(?:brokered|mediated)\b", re.IGNORECASE)
_FREED_NATIONALS = re.compile(r"^[\w.-]+\s+(?:citizens?|nationals?|soil|side)\b", re.IGNORECASE)
# Where the people were held: 'held in X', 'X's prisons', 'Venezuelan prisons', 'X freed', 'freed by X'.
_HOLDER_BEFORE = re.compile(r"\b(?:held|jailed|imprisoned|detained|incarcerated|behind\s+bars|prisons?|jails?|"
                            r"colony|custody|captivity|freed|released|pardoned|let\s+go)\s+(?:in|by)\s+(?:the\s+)?"
                            r"(?:[\w-]+\s+){0,3}$|"
                            # 'driven out of Belarus', 'expelled from Nicaragua': the state they had to leave
                            r"\b(?:driven|taken|flown|bused|bussed|expelled|deported|escorted|removed|banished)\s+"
                            r"(?:out\s+of|from)\s+(?:the\s+)?$", re.IGNORECASE)
_HOLDER_AFTER = re.compile(r"^[\w.'’-]+(?:['’]s)?\s+(?:\w+\s+)?(?:prisons?|jails?|guards|courts?|custody|authorities|"
                           r"regime|junta|frees|freed|releases|released|pardons|pardoned|liberated|lets|let)\b|"
                           # 'President al-Sisi granted him a pardon'
                           r"^[\w.'’-]+\s+(?:had\s+)?granted\s+(?:\w+\s+){0,2}?(?:a\s+)?(?:presidential\s+)?"
                           r"(?:pardons?|clemency|amnesty)\b", re.IGNORECASE)


def in_destination_phrase(text: str, pos: int) -> bool:
    """The country at ``pos`` of ``text`` is where freed people were moved ('deported to Washington')."""
    return bool(_DESTINATION_BEFORE.search(text[max(0, pos - 80):pos]))


_GO_BETWEEN_ROLE = re.compile(r"\b(?:envoy|diplomat|negotiator|mediator|ambassador|secretary\s+of\s+state)\b",
                              re.IGNORECASE)
# 'with the help of American diplomacy', 'through contacts with Washington', 'special envoy of the US
# President': the state that helped, not the one that held (held-out 17)
_HELPER_BEFORE = re.compile(r"\b(?:help\s+of|thanks\s+to|contacts?\s+with|envoy\s+of|on\s+behalf\s+of|"
                            r"pressure\s+from|efforts\s+of)\s+(?:the\s+)?(?:\w+\s+){0,2}$", re.IGNORECASE)
_MEDIA_ROLE = re.compile(r"\b(?:broadcaster|news\s+agency|newspaper|outlet|radio|television|channel)\b", re.IGNORECASE)


def story_state(doc: Document, exclude: frozenset[str] = frozenset()) -> str | None:
    """The state the story is about: most mentioned, headline and lead counted twice, mediators left out.

    With ``exclude`` (the releasing state of a swap) it names the other party of the story.
    """
    tally: Counter[str] = Counter()
    weak: Counter[str] = Counter()
    lead_end = doc.sentences[min(3, len(doc.sentences) - 1)].end if doc.sentences else 0
    # who the freed people are says nothing of who held them: a detainee's own country ('Sean Turnell'
    # -> AU) and a nationality word before a person ('Australian economist Sean Turnell')
    personal = {m.start for m in doc.mentions if m.country and (
        (m.role and _DETAINEE_ROLE.search(m.role))
        or (m.label == "NORP" and _PERSON_AFTER_NORP.match(doc.clean_text[m.end:m.end + 60])))}
    # a broadcaster or news agency names where the story was told, not who holds anyone ('RFE/RL welcomes')
    media = {m.start for m in doc.mentions if m.country and m.role and _MEDIA_ROLE.search(m.role)}
    # a go-between sent by a state ('Keith Kellogg', 'special envoy ...'): the state that mediates
    envoys = {m.start for m in doc.mentions if m.country and m.role and _GO_BETWEEN_ROLE.search(m.role)}
    for sent in doc.sentences:
        for code, s, _ in country_spans(doc, sent):
            if sent.start + s in media:
                continue
            if sent.start + s in personal or sent.start + s in envoys:
                weak[code] += 1
                continue
            before = sent.text[max(0, s - 40):s]
            if _DATELINE.match(sent.text[:s]) and _DATELINE_AFTER.match(sent.text[s:]):
                weak[code] += 1  # a state agency's own dateline is the last guess left ('NAY PYI TAW, 4 Jan')
                continue  # 'Doha, Qatar | ...', 'MINSK (Reuters) -': where the story was filed
            if _NATIONALS_OF.search(before):
                continue  # 'mostly nationals of Thailand, China and India': who the freed people are
            if re.search(r"(?:mediat\w*|brokered|facilitated|hosts?|thank\w*|gratitude|by)\s+(?:\w+\s+){0,4}$",
                         before, re.IGNORECASE) or _HELPER_BEFORE.search(before):
                continue
            if _ENVOY_AFTER.match(sent.text[s:]):
                weak[code] += 1
                continue  # 'the US envoy John Coale': a state sending a go-between, not the holder
            if in_destination_phrase(sent.text, s) or _FREED_NATIONALS.match(sent.text[s:]):
                continue  # 'crossed into Lithuania', 'six Lithuanian citizens': where they went, who they are
            if code not in exclude and code not in NEVER_RELEASES:
                weight = 2 if sent.start < lead_end else 1
                if _HOLDER_BEFORE.search(before) or _HOLDER_AFTER.match(sent.text[s:]) or _VISITED.search(before):
                    weight += 3  # 'held in Belarusian prisons', 'Cuba freed': the state that holds and frees
                tally[code] += weight
    # with no other state in the text, the freed person's country is the best guess left
    # ('the Belarusian activist X was let out of a penal colony')
    best = tally or Counter({c: n for c, n in weak.items() if c not in exclude and c not in NEVER_RELEASES})
    return best.most_common(1)[0][0] if best else None


def usable_pub_date(doc: Document, min_confidence: float) -> PubDate:
    d = doc.pub_date
    return d if d.value and d.confidence >= min_confidence else None


_RELATIVE = re.compile(r"(?:,|\s[-–—])\s*(?:who|whose|which|where|when)\b|\b(?:whose|who\s+had|who\s+was)\b|"
                       # '252 men whom Washington had deported in March': an object relative with its own subject
                       r"\bwhom\s+(?:[\w.-]+\s+){1,3}(?:had|has|have)\b|"
                       # 'a Russian national who pleaded guilty last year': who + a past verb of the person
                       r"\bwho\s+(?:\w+ed|spent|served|ran|won|led|fled|left|fought|wrote|took|made)\b",
                       re.IGNORECASE)


def in_relative_clause(text: str, trig: int, start: int, end: int) -> bool:
    """A date inside a relative clause of the freed person tells another event ('X, who ran for
    president in 2020, was freed'; 'freed X, whose arrest in May 2020 ...')."""
    opener = None
    for m in _RELATIVE.finditer(text, trig if start >= trig else 0, start):
        opener = m
    if opener is None or re.search(r"[,;]|\s[-–—]\s", text[opener.end():start]):
        return False  # the clause closed before the date
    return start >= trig or bool(re.search(r",|\s[-–—]\s", text[end:trig]))
