"""spaCy's NER for the 'actors' stage: person, organisation and place entities of the relevant
sentences and their neighbours, with person spans made whole (``person_spans.py``) and names the
NER missed found by apposition. Called by ``actors.tag_actors``; nothing here is public API.
"""

from __future__ import annotations

import re
from typing import Any

from ..model import Document, Mention
from .actors import ActorDictionary, ActorOptions, _overlaps, actor_code
from .names import name_key
from .person_spans import apposition_names, extend, strip_leading
from .places import PLACE_LABEL

_PERSONLIKE = re.compile(r"^[^\W\d_a-zа-я][^\d/@:#_]*$")


def _ner_sentences(doc: Document) -> list[int]:
    keep: set[int] = set()
    for i in doc.relevant_sentences:
        keep.update(j for j in (i - 1, i, i + 1) if 0 <= j < len(doc.sentences))
    return sorted(keep)


# A sentence set in title case (a headline: 'X And Y Receive Presidential Pardons') tags every word
# a proper noun, so names are not grown there. A headline: more than this share of capitalised
# words over at least five, and either no closing stop or a capitalised function word inside it
# (a list of names in prose, 'Father X Y, from the Diocese of Z; ...', has neither). Running prose on
# the dev set stays under 0.5, headlines reach 0.8.
_HEADLINE_SHARE = 0.6
_TITLE_CASE_FUNCTION = re.compile(r"\s(?:And|Of|The|In|To|For|On|At|With|From|After|Over|As|Is|Are|By)\s")
# spaCy entity types that rule out a name found by apposition ('Belarusian Popular Front' is ORG,
# 'Victory Day' EVENT); GPE stays allowed because the small model often takes a foreign personal
# name for a place.
_NOT_PERSON_ENTS = frozenset({"ORG", "FAC", "EVENT", "DATE", "TIME", "LAW", "PRODUCT", "WORK_OF_ART", "NORP",
                              "LANGUAGE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})


def _headline(sent_text: str) -> bool:
    words = re.findall(r"[^\W\d_]+", sent_text)
    if len(words) < 5 or sum(1 for w in words if w[0].isupper()) / len(words) <= _HEADLINE_SHARE:
        return False
    return not sent_text.rstrip().endswith((".", "!", "?", "\"", "”")) or bool(_TITLE_CASE_FUNCTION.search(sent_text))


def _person_spans(sent: Any, sdoc: Any, d: ActorDictionary, taken: list[Mention]
                  ) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """spaCy's PERSON entities of one sentence made whole: demonyms and titles stripped, names
    grown over adjacent proper nouns and particles (never into a mention already made), pieces of
    one name joined. Offsets are relative to the sentence; the second list holds the nationality
    words stripped."""
    sent_text = sent.text
    propn_at = {t.idx for t in sdoc if t.pos_ == "PROPN" or t.ent_type_ == "PERSON"}
    headline = _headline(sent_text)

    def free_propn(off: int) -> bool:
        return not headline and off in propn_at and not any(m.start <= sent.start + off < m.end for m in taken)

    spans: list[tuple[int, int]] = []
    nats: list[tuple[int, int, str]] = []
    for ent in sdoc.ents:
        if ent.label_ != "PERSON":
            continue
        s, found = strip_leading(sent_text, ent.start_char, ent.end_char, d)
        nats += found
        e = s + len(re.sub(r"['’]s?$", "", sent_text[s:ent.end_char]))
        if e - s < 2:
            continue
        spans.append(extend(sent_text, s, e, d, free_propn))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):  # overlapping or touching pieces of one name become one span
        if merged and (s < merged[-1][1] or (s - merged[-1][1] <= 1 and not sent_text[merged[-1][1]:s].strip())):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged, nats


def _person_mention(d: ActorDictionary, start: int, end: int, text: str, date: str | None) -> Mention | None:
    if not _PERSONLIKE.match(text):
        return None  # URLs, handles, lower-case fragments the NER took for a name
    actor = d.lookup(text, date)
    if actor is not None:
        return Mention(start, end, text, "ACTOR", actor.id, actor.country, actor.role, name_key(text))
    key = name_key(text)
    return Mention(start, end, text, "PERSON", f"p:{key}", None, None, key) if key else None


def _inside_name(m: Mention, start: int, end: int, text: str) -> bool:
    """A place or demonym mention standing between name words of a longer person span
    ('Fernando Israel Zamora Silva'): part of the name, not an actor."""
    return (m.label in ("GPE", "NORP", "METONYM", PLACE_LABEL) and start < m.start and m.end < end
            and len(text[start:end].split()) >= 3)


# NER needs the entity recogniser and, for the name rules, part-of-speech tags (tagger and
# attribute ruler); the parser and lemmatizer are a third of spaCy's time and unused here.
_NER_DISABLE = ["parser", "lemmatizer"]


def ner_mentions(doc: Document, d: ActorDictionary, taken: list[Mention], opts: ActorOptions,
                  date: str | None) -> tuple[list[Mention], set[int]]:
    """Mentions from spaCy's NER on the relevant sentences and their neighbours, and the ids of
    the ``taken`` mentions a person's name swallowed."""
    idx = _ner_sentences(doc)
    swallowed: set[int] = set()
    if not idx:
        return [], swallowed
    from .spacy_model import load_model

    nlp = load_model(opts.spacy_model)
    out: list[Mention] = []
    relevant = set(doc.relevant_sentences)
    sents = [doc.sentences[i] for i in idx]
    text = doc.clean_text

    def same_person(m: Mention, start: int, end: int) -> bool:
        """'Alexander Kazulin' around the alias 'Kazulin' of the dictionary's Alexander Kozulin: the
        full name, as written, is the mention."""
        if m.label != "ACTOR" or not m.actor_id or not (start <= m.start and m.end <= end) \
                or end - start <= m.end - m.start:
            return False
        actor = d.lookup(text[start:end], date)
        return actor is not None and actor.id == m.actor_id

    def free(start: int, end: int) -> bool:
        blocking = [m for m in taken if m.start < end and start < m.end and not _inside_name(m, start, end, text)
                    and not same_person(m, start, end)]
        return not blocking and not _overlaps(out, start, end)

    for i, sent, sdoc in zip(idx, sents, nlp.pipe([s.text for s in sents], disable=_NER_DISABLE), strict=True):
        people, nats = _person_spans(sent, sdoc, d, taken)
        for s, e, code in nats:
            start, end = sent.start + s, sent.start + e
            if not _overlaps(taken, start, end) and not _overlaps(out, start, end):
                out.append(Mention(start, end, text[start:end], "NORP", None, code, None, None))
        if i in relevant:  # names the NER missed, next to a person noun or a demonym
            ent_at = {t.idx: t.ent_type_ for t in sdoc}
            for s, e, _code in apposition_names(sent.text, d):
                if not any(ent_at.get(o) in _NOT_PERSON_ENTS for o in ent_at if s <= o < e):
                    people.append((s, e))
        for s, e in people:
            start, end = sent.start + s, sent.start + e
            if not free(start, end):
                continue
            person = _person_mention(d, start, end, text[start:end], date)
            if person is not None:
                out.append(person)
                swallowed.update(id(m) for m in taken if m.start < end and start < m.end
                                 and (_inside_name(m, start, end, text) or same_person(m, start, end)))
        for ent in sdoc.ents:
            if ent.label_ not in ("ORG", "GPE", "NORP"):
                continue
            start, end = sent.start + ent.start_char, sent.start + ent.end_char
            text_clean = re.sub(r"['’]s$", "", text[start:end])
            end = start + len(text_clean)
            if _overlaps(taken, start, end) or _overlaps(out, start, end):
                continue
            ent_code = actor_code(text_clean, date, opts.default_state, d)
            if ent_code:
                out.append(Mention(start, end, text_clean, ent.label_, None, ent_code, None, None))
    return out, swallowed


def apposition_mentions(doc: Document, d: ActorDictionary, taken: list[Mention], date: str | None
                         ) -> list[Mention]:
    """Without the NER: people named next to a person noun or a demonym in a relevant sentence
    ('journalist Toru Kubota', 'American Kyaw Htay Oo'), when no capitalised word follows the
    name (which would make it an organisation: 'Belarusian Popular Front')."""
    out: list[Mention] = []
    text = doc.clean_text
    for i in doc.relevant_sentences:
        sent = doc.sentences[i]
        for s, e, _code in apposition_names(sent.text, d):
            start, end = sent.start + s, sent.start + e
            if re.match(r"\s+[A-Z]", text[end:end + 2]) or _overlaps(taken, start, end) or _overlaps(out, start, end):
                continue
            person = _person_mention(d, start, end, text[start:end], date)
            if person is not None:
                out.append(person)
    return out
