"""Person spans made whole: what spaCy's small model gets wrong about foreign names.

- A demonym or title before a name stays outside it: 'Briton Vicky Bowman', 'American
  journalist Evan Gershkovich', 'Father José Leonardo Urbina Rodríguez' give the name only;
  the demonym is handed back so it can become a nationality mention.
- A name cut in two is joined: 'Manuel Salvador' + 'García Rodríguez', 'Osman José' + 'Amador
  Guillén'; a span grows over adjacent proper-noun name words ('Pavieł' before 'Kučynski') and
  keeps particles inside ('de la', 'van', 'von', 'bin', 'al-').
- A name the NER misses is found by apposition to a person noun in a sentence with a release or
  detention word: 'journalist Toru Kubota', 'American Kyaw Htay Oo', 'Japan's Toru Kubota',
  'Kyaw Htay Oo, a Burmese-American citizen'.

Functions work on one sentence's text with offsets relative to it; ``is_name_word`` decides which
capitalised words can be part of a personal name (not a state, capital, demonym, title, month).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from .places import is_state_code

if TYPE_CHECKING:
    from .actors import ActorDictionary

# A personal name has at most this many words besides particles: Spanish names run to two
# given names and two surnames ('Manuel Salvador García Rodríguez'), a few to five with a
# middle name; six capitalised words in a row were, on the seeds and dev set, always a title or
# two names with no comma between them.
MAX_NAME_WORDS = 5

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĲĴĶĹĻĽĿŁŃŅŇŊŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽА-ЯЁІЎЄЇ"
# One name word: capitalised, then lower-case letters (an inner capital after a hyphen or an
# apostrophe: 'Zaghari-Ratcliffe', 'O’Connor'); 'al-Ansari' / 'el-Sisi' with a lower-case prefix.
NAME_WORD = (rf"(?:(?:al|el|ad|ash|as|at|ar|an|az|bin|ben|ibn|abu)-)?[{_UP}][^\W\d_]*[a-zà-ÿāăąćĉċčďđēĕėęěĝğġģ"
             rf"ĥħĩīĭįıĳĵķĺļľŀłńņňŋōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžа-яёіўєї](?:[-’'][{_UP}]?[^\W\d_]+)*")
# Particles that stay inside a name: 'de la Cruz', 'van der Berg', 'bin Salman', 'dos Santos'.
PARTICLE = r"(?:de\s+la|de\s+los|de\s+las|van\s+der|van\s+den|von\s+der|de|del|della|di|da|das|dos|du|van|von|bin|" \
           r"bint|ibn|al|el|le|la|ter|zu)"
_NAME_WORD_RE = re.compile(NAME_WORD)

# Capitalised words that are never part of a personal name (titles, function words, calendar).
_NOT_NAME_WORDS = """
The A An In On At He She It They We I But And Or Of This That These Those His Her Their Our Its My Your
Mr Mrs Ms Miss Dr Sir Lord Lady Father Fr Bishop Archbishop Cardinal Pope Rev Reverend Sheikh Imam Rabbi
President Minister Prime Premier Secretary Foreign Deputy Vice Chancellor Emir Sultan King Queen Prince
Princess General Gen Colonel Col Lieutenant Lt Captain Capt Major Sergeant Judge Justice Senator Governor
Mayor Ambassador Envoy Special Spokesperson Spokesman Spokeswoman Former Opposition Leader Leaders Chief
Head Director Chairman Chairwoman Commissioner Representative Rep Congressman Congresswoman Professor Prof
Journalist Activist Blogger Lawyer Priest Pastor Nun Filmmaker Citizen National Prisoner Dissident
After When While According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March
April May June July August September October November December If As For With From By To Also Both All
Released Freed Jailed Detained Imprisoned Pardoned Sentenced Arrested Political Prisoners Human Rights
Reuters AP AFP TASS BelTA Interfax Facebook Twitter Telegram Instagram YouTube Diocese Church University
Airport Air Base Joint Street Square Prison Colony Court Ministry Department Office Embassy Council
Parliament Party Union Committee Centre Center Foundation Institute News Agency Times Post Radio Free
Europe Liberty Service Police Army Forces Government Regime Authorities State States Republic Kingdom
"""
NOT_NAME = frozenset(_NOT_NAME_WORDS.split())

# Words that, right before a name, say it is a person: nouns of role and status, titles.
_PERSON_NOUNS = (r"journalists?|reporters?|correspondents?|activists?|film-?makers?|documentary\s+maker|"
                 r"photographers?|photojournalists?|bloggers?|writers?|poets?|artists?|musicians?|lawyers?|"
                 r"dissidents?|citizens?|nationals?|residents?|prisoners?|detainees?|hostages?|"
                 r"(?:former\s+|ex-)?ambassador|(?:former\s+|ex-)?diplomat|businessm[ae]n|businesswom[ae]n|"
                 r"entrepreneur|students?|teachers?|professor|academic|scholar|researcher|economist|adviser|advisor|"
                 r"priests?|pastor|missionary|nun|monk|opposition\s+(?:leader|figure|politician|activist)|"
                 r"politician|(?:human\s+)?rights\s+(?:defender|activist)|defender|veteran|marine|soldier|"
                 r"aid\s+worker|worker|engineer|doctor|trade\s+unionist|unionist|leader|figure|candidate|"
                 r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Father|Fr\.|Sister|Brother|Pastor|Rev\.?")
_TITLE_WORDS = frozenset({"mr", "mr.", "ms", "ms.", "mrs", "mrs.", "dr", "dr.", "father", "fr.", "sister",
                          "brother", "pastor", "rev", "rev.", "reverend", "sir", "bishop", "archbishop", "cardinal",
                          "imam", "rabbi", "sheikh"})


def _folded(word: str) -> str:
    return re.sub(r"['’]s$", "", word).rstrip(".,;:")


def is_name_word(word: str, d: ActorDictionary) -> bool:
    """A capitalised word that can be part of a personal name (no state, capital, demonym, title)."""
    w = _folded(word)
    if not w or not _NAME_WORD_RE.fullmatch(w) or w in NOT_NAME or w.upper() == w:
        return False
    return all(e.kind == "actor" for e in d.phrase_entries(w))


def lead_code(word: str, d: ActorDictionary) -> str | None:
    """The nationality a word before a name gives: 'Briton' -> GB, 'American' -> US, 'Japan's' -> JP."""
    w = word.rstrip(".,;:")
    poss = re.sub(r"['’]s$", "", w)
    for e in d.phrase_entries(w):
        if e.kind == "demonym" and is_state_code(e.target):
            return e.target
    if poss != w:
        code = d.state_code(poss)
        if code and is_state_code(code):
            return code
    for st in d.states.values():  # 'Japanese national', 'Briton' (a person noun of the people list)
        if any(w.lower() == p.lower().removesuffix("s") for p in st.people if " " not in p):
            return st.code
    return None


def _is_lead_word(word: str, d: ActorDictionary) -> bool:
    """A word that may stand before a name without being part of it."""
    w = word.rstrip(",")
    if lead_code(w, d) is not None or w.lower() in _TITLE_WORDS or _folded(w) in NOT_NAME:
        return True
    if re.fullmatch(rf"(?:{_PERSON_NOUNS})", w, re.IGNORECASE):
        return True
    return w[:1].islower() and not re.fullmatch(PARTICLE, w, re.IGNORECASE)


def strip_leading(text: str, start: int, end: int, d: ActorDictionary) -> tuple[int, list[tuple[int, int, str]]]:
    """Move ``start`` past demonyms, possessive states, titles and role nouns at the head of a
    person span ('Briton Vicky Bowman', 'American journalist Evan Gershkovich').

    Returns the new start and the (start, end, code) of each nationality word dropped."""
    nats: list[tuple[int, int, str]] = []
    while True:
        m = re.match(r"\S+", text[start:end])
        if m is None:
            break
        word = m.group()
        rest = text[start + m.end():end].lstrip()
        if not re.search(rf"(?:^|\s)[{_UP}]", rest) or not _is_lead_word(word, d):
            break  # the last capitalised word is never stripped
        code = lead_code(word, d)
        if code is not None:
            nats.append((start, start + len(word.rstrip(".,;:")), code))
        start = end - len(rest)
    return start, nats


def extend(text: str, start: int, end: int, d: ActorDictionary, propn: Callable[[int], bool],
           floor: int = 0) -> tuple[int, int]:
    """Grow a person span over adjacent name words and particles, at most MAX_NAME_WORDS words.

    ``propn(offset)`` says whether the token at ``offset`` is a proper noun to the tagger; a
    word is taken only when it is (so a capitalised common word at a sentence start stays out).
    """
    def count(s: int, e: int) -> int:
        return sum(1 for w in text[s:e].split() if not re.fullmatch(PARTICLE, w, re.IGNORECASE))

    right = re.compile(rf"[ \t]+((?:{PARTICLE}[ \t]+)*)({NAME_WORD})")
    while count(start, end) < MAX_NAME_WORDS:
        m = right.match(text, end)
        if m is None or not is_name_word(m.group(2), d) or not propn(m.start(2)):
            break
        if m.group(1) and not re.fullmatch(rf"(?:{PARTICLE}[ \t]+)+", m.group(1)):
            break
        end = m.end()
    left = re.compile(rf"({NAME_WORD})((?:[ \t]+{PARTICLE})*)[ \t]+$")
    while count(start, end) < MAX_NAME_WORDS:
        m = left.search(text, max(floor, start - 80), start)
        if m is None or m.start() < floor or not is_name_word(m.group(1), d) or not propn(m.start(1)):
            break
        start = m.start()
    return start, end


_NAME_RUN = rf"(?:{NAME_WORD})(?:[ \t]+(?:{PARTICLE}[ \t]+)*(?:{NAME_WORD})){{1,3}}"
# cue word(s), optional comma, then the name
_CUE_BEFORE = re.compile(rf"(?:\b(?:{_PERSON_NOUNS})|(?P<lead>[{_UP}][\w.’'-]*))[ \t]*,?[ \t]+(?P<name>{_NAME_RUN})")
# name, comma, article and up to three words, then a person noun: 'Toru Kubota, a Japanese filmmaker'
_CUE_AFTER = re.compile(rf"(?P<name>{_NAME_RUN}),[ \t]+(?:a|an|the)[ \t]+(?:[\w’'-]+[ \t]+){{0,3}}?"
                        rf"(?:{_PERSON_NOUNS})\b")


def _trim_run(text: str, s: int, e: int, d: ActorDictionary) -> tuple[int, int] | None:
    """The longest prefix of the run made only of name words (two at least), else None."""
    words = list(re.finditer(r"\S+", text[s:e]))
    kept: list[re.Match[str]] = []
    for w in words:
        if re.fullmatch(PARTICLE, w.group(), re.IGNORECASE) and kept:
            kept.append(w)
            continue
        if not is_name_word(w.group(), d):
            break
        kept.append(w)
    while kept and re.fullmatch(PARTICLE, kept[-1].group(), re.IGNORECASE):
        kept.pop()
    if sum(1 for w in kept if not re.fullmatch(PARTICLE, w.group(), re.IGNORECASE)) < 2:
        return None
    return s + kept[0].start(), s + kept[-1].end()


def apposition_names(text: str, d: ActorDictionary) -> list[tuple[int, int, str | None]]:
    """Names in apposition to a person noun, a demonym or a 'Country's': (start, end, nationality)."""
    out: list[tuple[int, int, str | None]] = []
    pos = 0
    while (m := _CUE_BEFORE.search(text, pos)) is not None:
        pos = m.start() + 1  # overlapping search: a refused lead word may hide a cue right after it
        code = None
        lead = m.group("lead")
        if lead:
            code = lead_code(lead, d)
            if code is None and not _is_cue_word(lead):
                continue  # a capitalised word that is neither a demonym, a 'Country's' nor a title
        span = _trim_run(text, m.start("name"), m.end("name"), d)
        if span is not None and not any(s < span[1] and span[0] < e for s, e, _ in out):
            out.append((span[0], span[1], code))
    for m in _CUE_AFTER.finditer(text):
        span = _trim_run(text, m.start("name"), m.end("name"), d)
        if span is not None and not any(s < span[1] and span[0] < e for s, e, _ in out):
            out.append((span[0], span[1], None))
    return sorted(out)


def _is_cue_word(word: str) -> bool:
    w = word.rstrip(",")
    return w.lower() in _TITLE_WORDS or bool(re.fullmatch(rf"(?:{_PERSON_NOUNS})", w, re.IGNORECASE))
