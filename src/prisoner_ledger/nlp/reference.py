"""Within-document reference: surname-only mentions, 'the president', 'the Belarusian leader',
'the regime', 'the West', and 'he'/'she' in quote attributions resolve to the full mention.

A resolved mention carries the actor id and country of the mention it points to and that
mention's text in ``resolved_from``. ``speaker_at(doc, offset)`` gives the events layer the
speaker of a quote ending near an offset.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..model import Document, Mention
from .names import is_feminine, name_key, surname_key

if TYPE_CHECKING:
    from .actors import Actor, ActorDictionary

_TITLES = (r"president|leader|head of state|pope|pontiff|foreign minister|secretary of state|prime minister|"
           r"premier|chancellor|dictator|spokesman|spokeswoman|spokesperson|press secretary|top diplomat|"
           r"foreign policy chief|emir|sultan")
_ROLE = re.compile(r"\b[Tt]he\s+(?:(?P<dem>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?(?P<title>" + _TITLES + r")\b(?![-\w])")
_GROUP = re.compile(r"\b[Tt]he\s+(?:(?P<dem>[A-Z][\w.]*)\s+)?(?:exiled\s+|democratic\s+|fugitive\s+)?"
                    r"(?P<what>regime|opposition|West|democratic forces)\b")
_SPEECH_VERBS = (r"said|says|added|adds|noted|stressed|emphasi[sz]ed|explained|told|stated|wrote|continued|"
                 r"recalled|insisted|warned|claimed|argued|replied|asked|declared|announced|underlined|"
                 r"pointed out|remarked|concluded|admitted|urged")
_PRON = re.compile(r"\b(?P<pron>[Hh]e|[Ss]he)\s+(?:also\s+|then\s+|later\s+)?(?:" + _SPEECH_VERBS + r")\b")


def _is_person(m: Mention) -> bool:
    return m.actor_id is not None and (m.name_key is not None or m.label in ("PERSON", "ROLE", "PRON"))


def _gender(m: Mention, d: ActorDictionary) -> str | None:
    a = d.get(m.actor_id) if m.actor_id and not m.actor_id.startswith("p:") else None
    if a is not None and a.gender:
        return a.gender
    fem = is_feminine(m.resolved_from or m.text)
    return None if fem is None else ("f" if fem else "m")


def _holds(actor: Actor | None, title: str, country: str | None) -> bool:
    if actor is None:
        return False
    if any(o[0] == title and (country is None or o[1] == country) for o in actor.offices):
        return True
    return title in actor.role and (country is None or actor.country == country)


def resolve_references(doc: Document, mentions: list[Mention], d: ActorDictionary, default_state: str | None,
                       date: str | None) -> list[Mention]:
    """Resolve surname-only, role, group and pronoun mentions; return all mentions in text order."""
    from .actors import actor_code, canonical_title, office_holder

    text = doc.clean_text
    out = sorted(mentions, key=lambda m: m.start)

    # 1. surname-only mentions point to the last full mention with that surname
    fulls: list[Mention] = []
    for i, m in enumerate(out):
        if not _is_person(m):
            continue
        if " " in m.text.strip():
            fulls.append(m)
            continue
        sk = surname_key(m.text)
        target = next((f for f in reversed(fulls) if surname_key(f.text) == sk), None)
        if target is None:
            target = next((f for f in out[i + 1:] if _is_person(f) and " " in f.text.strip()
                           and surname_key(f.text) == sk), None)
        if target is None and m.label == "PERSON":  # a given name alone: 'Donald' after 'Donald Trump'
            gk = name_key(m.text)
            target = next((f for f in reversed(fulls) if name_key(f.text).split(" ")[0] == gk), None)
        if target is not None and (m.actor_id == target.actor_id or (m.actor_id or "").startswith("p:")):
            out[i] = replace(m, actor_id=target.actor_id, country=target.country, role=target.role,
                             resolved_from=target.text)
    # an unresolved one-word 'person' from NER is more often noise ('Law', 'Donbass') than a person
    out = [m for m in out if not (m.label == "PERSON" and m.resolved_from is None and " " not in m.text.strip())]

    def taken(s: int, e: int) -> bool:
        # a demonym inside 'the Belarusian leader' does not block the longer phrase
        return any(x.start < e and s < x.end and x.label != "NORP" for x in out)

    added: list[Mention] = []
    # 2. 'the West', 'the regime', 'the Belarusian opposition'
    for g in _GROUP.finditer(text):
        if taken(g.start(), g.end()):
            continue
        code = actor_code(g.group(), date, default_state, d)
        if code:
            added.append(Mention(g.start(), g.end(), g.group(), "METONYM", None, code, None, None))
    # 3. 'the president', 'the Belarusian leader', 'the US secretary of state'
    for r in _ROLE.finditer(text):
        if taken(r.start(), r.end()) or any(a.start < r.end() and r.start() < a.end for a in added):
            continue
        title = canonical_title(r.group("title")) or r.group("title")
        dem = r.group("dem")
        country = (d.demonym_code(dem) or d.state_code(dem)) if dem else None
        if dem and country is None:
            continue  # 'the Czech-born president' etc.: unknown qualifier
        if country is None:
            country = "VA" if title == "pope" else default_state
        earlier = [m for m in out if m.start < r.start() and _is_person(m) and m.label != "PRON"]
        target = next((m for m in reversed(earlier)
                       if _holds(d.get(m.actor_id or ""), title, country)), None)
        if target is not None:
            src = target.resolved_from or target.text
            added.append(Mention(r.start(), r.end(), r.group(), "ROLE", target.actor_id, target.country,
                                 target.role, None, src))
            continue
        holder = office_holder(title, country, date, d) if country else None
        if holder is not None:
            first = next((m for m in out if m.actor_id == holder.id), None)
            added.append(Mention(r.start(), r.end(), r.group(), "ROLE", holder.id, holder.country, holder.role,
                                 None, first.text if first else holder.name))
        elif title == "president" and r.group("title") == "dictator" and country:
            added.append(Mention(r.start(), r.end(), r.group(), "METONYM", None, country, None, None))
    out = [m for m in out if not (m.label == "NORP" and any(a.start <= m.start and m.end <= a.end for a in added))]
    out = sorted(out + added, key=lambda m: m.start)

    # 4. 'he said', '..., she added': the last person mention of that gender before it
    pronouns: list[Mention] = []
    for p in _PRON.finditer(text):
        start, end = p.start("pron"), p.end("pron")
        want = "f" if p.group("pron").lower() == "she" else "m"
        target = _antecedent(doc, out, start, want, d)
        if target is not None:
            pronouns.append(Mention(start, end, text[start:end], "PRON", target.actor_id, target.country,
                                    target.role, None, target.resolved_from or target.text))
    return sorted(out + pronouns, key=lambda m: m.start)


def _antecedent(doc: Document, mentions: list[Mention], start: int, want: str, d: ActorDictionary
                ) -> Mention | None:
    """The subject a quote-attributing 'he'/'she' points to: the first person of that gender in
    the same sentence before it, else in the nearest earlier sentence that has one."""
    sents = [s for s in doc.sentences if s.start < start]
    for s in reversed(sents):
        hi = min(s.end, start)
        cands = [m for m in mentions if s.start <= m.start and m.end <= hi and _is_person(m)
                 and m.label != "PRON" and _gender(m, d) in (want, None)]
        if cands:
            return cands[0]
    before = [m for m in mentions if m.end <= start and _is_person(m) and _gender(m, d) in (want, None)]
    return before[-1] if before else None


def speaker_at(doc: Document, offset: int) -> Mention | None:
    """The person who said a quote that ends near ``offset``: a person mention right after it
    ('..."," he said', '..." Lukashenko added'), else the last one before it in its sentence."""
    people = [m for m in doc.mentions if _is_person(m)]
    if not people:
        return None
    sent = next((s for s in doc.sentences if s.start <= offset <= s.end), None)
    after = [m for m in people if offset - 2 <= m.start <= offset + 80
             and (sent is None or m.start < sent.end)]
    if after:
        return min(after, key=lambda m: m.start)
    lo = sent.start if sent is not None else max(0, offset - 300)
    before = [m for m in people if lo <= m.start < offset]
    return before[0] if before else None  # 'X said: "..."': the first person of the sentence
