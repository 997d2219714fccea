"""Places as places: 'arrived in Vilnius', 'flown to Ankara', 'landed at Joint Base Andrews'.

A capital is often a metonym for its government ('Minsk freed 52 people'), but after a
preposition of place or of motion it only says where something happened or where people were
taken. ``place_context`` tells the two apart from the words before the mention, so that the
'actors' stage can mark such mentions (label 'LOC', role 'place') and the release and event
extractors never take the city's state for an agent. ``place_country`` maps a city or country
named as a place to its ISO code (for destinations): 'Brussels' is Belgium as a place, the EU as
a metonym; 'Andrews' (the air base) is the United States.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .actors import ActorDictionary

# Label and role the 'actors' stage gives a place mention (its country stays set, for destinations).
PLACE_LABEL = "LOC"
PLACE_ROLE = "place"

# A preposition that makes the next capital a place whatever verb comes before it.
_STATIC = re.compile(r"\b(?:in|into|at|via|near|outside|inside|across|towards?|through|within|around)"
                     r"\s+(?:the\s+)?(?:city\s+of\s+|capital,?\s+|capital\s+of\s+)?$", re.IGNORECASE)
# 'to' / 'from' / 'for' make a place only after a word of movement ('flown to Ankara', 'left for
# Warsaw', 'returned from Moscow'); after other verbs the capital is more often a government
# ('appealed to Minsk', 'a message from Washington'). How far back the movement word may stand:
# 40 characters covers 'were flown on a government plane to' and stops before the previous clause
# (checked on the motion sentences of the seeds and dev set).
_DIRECTIONAL = re.compile(r"\b(?:to|from|for)\s+(?:the\s+)?$", re.IGNORECASE)
_MOTION_WINDOW = 40
_MOTION = re.compile(
    r"\b(?:fl(?:y|ew|own|ying|ight|ights)|taken|took|tak(?:e|es|ing)|br(?:ing|ings|ought)|sent|send(?:ing)?|"
    r"transferr?\w*|transport\w*|deport\w*|expel\w*|return\w*|back|arriv\w*|land\w*|travel\w*|mov(?:ed|ing)|"
    r"bus(?:ed|sed)|driv(?:en|e|ing)|drove|escort\w*|went|gone|go(?:ing)?|head(?:ed|ing)|left|leav(?:e|es|ing)|"
    r"way|trip|journey|visit\w*|relocat\w*|evacuat\w*|exiled|fled|flee\w*|cross\w*|home|route|plane|"
    r"handed\s+over|hand(?:ing|s)?\s+over|repatriat\w*|depart\w*|sailed|shipped)\b",
    re.IGNORECASE)


def place_context(text: str, start: int, floor: int = 0) -> bool:
    """True when the mention at ``start`` stands where a place stands ('in X', 'flown to X').

    ``floor`` is where the sentence starts: the words looked at never cross it.
    """
    lead = text[max(floor, start - 60):start]
    if _STATIC.search(lead):
        return True
    d = _DIRECTIONAL.search(lead)
    if d is None:
        return False
    before = text[max(floor, start - len(lead) + d.start() - _MOTION_WINDOW):start - len(lead) + d.start()]
    return bool(_MOTION.search(before))


# Words around a place name that name a facility there ('Joint Base Andrews', 'Vilnius airport').
_FACILITY = re.compile(r"^(?:joint\s+base|raf|air\s+base|airbase)\s+|\s+(?:air\s+force\s+base|air\s+base|airbase|"
                       r"international\s+airport|airport|border|region|province|oblast)$")


def is_state_code(code: str) -> bool:
    """An ISO alpha-2 code of a state (not EU, UN or another body with a two-letter code)."""
    return bool(re.fullmatch(r"[A-Z]{2}", code)) and code not in ("EU", "UN")


def _norm(text: str) -> str:
    t = re.sub(r"['’]s$", "", text.strip())
    t = re.sub(r"^the\s+", "", t, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", t).strip(" .,;:").lower()


@lru_cache(maxsize=1)
def _default_place_index() -> dict[str, str]:
    from .actors import load_dictionary

    return build_place_index(load_dictionary())


def build_place_index(d: ActorDictionary) -> dict[str, str]:
    """Lower-cased place name -> ISO code, from the dictionary's places, capitals and state names."""
    index: dict[str, str] = {}
    # Order matters: a city named as a place first ('Brussels' is BE), then capitals, then the
    # names of states; codes that are no state (EU, UN, WEST) never name a place.
    for st in d.states.values():
        for p in st.places:
            index.setdefault(_norm(p), st.code)
            core = _FACILITY.sub("", _norm(p)).strip()
            if core and core != _norm(p):
                index.setdefault(core, st.code)  # 'Joint Base Andrews' -> 'andrews'
    for st in d.states.values():
        if is_state_code(st.code):
            for c in st.capitals:
                index.setdefault(_norm(c), st.code)
    for st in d.states.values():
        if is_state_code(st.code):
            for name in (st.name, *st.aliases):
                if not re.search(r"\b(?:government|authorities|regime|side|administration|junta|state)\b",
                                 name, re.IGNORECASE):
                    index.setdefault(_norm(name), st.code)
    return index


def place_country(text: str, dictionary: ActorDictionary | None = None) -> str | None:
    """The ISO code of a city or country named as a place: 'Vilnius' -> 'LT', 'Ankara' -> 'TR',
    'Brussels' -> 'BE', 'Joint Base Andrews' -> 'US', 'Lithuania' -> 'LT'; None when unknown."""
    key = _norm(text)
    if not key:
        return None
    index = build_place_index(dictionary) if dictionary is not None else _default_place_index()
    if key in index:
        return index[key]
    core = _FACILITY.sub("", key).strip()  # 'Vilnius airport', 'the Lithuanian border' stay with their place
    return index.get(core) if core else None
