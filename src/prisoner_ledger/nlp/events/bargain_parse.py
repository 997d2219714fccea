"""Who does a bargaining act and to whom, read from spaCy's dependency parse of its sentence.

Only sentences that carry a trigger are parsed, each once per document (the parsed sentence is
cached in ``doc.extras[PARSES]`` under the sentence's start offset). Without the spaCy model
every function here answers None and the caller falls back to the order of actor mentions.

- ``trigger_token``: the syntactic head of a trigger's character span;
- ``agent_tokens``: the doer: the subject (through 'who' relative clauses, conjoined verbs and
  'decided to ...' complements), the 'by X' agent of a passive, or for a noun trigger its
  possessor or modifier ('Russia's talks', 'EU sanctions', 'talks by X');
- ``patient_tokens``: the one acted on: the object, the passive subject, 'against / on / to /
  from / with / between X';
- ``speaker_token``: the subject of the sentence's verb of saying ('..., the spokesman said');
- ``token_code``: the actor code of a token's noun phrase via the mentions overlapping it, or
  ``actors.actor_code`` on the phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ...errors import LedgerError
from ...model import Document, Mention, Span

PARSES = "bargaining_parses"
# Verbs whose subject is the speaker of the sentence.
SAY_LEMMAS = frozenset({
    "say", "tell", "add", "state", "write", "tweet", "post", "announce", "declare", "stress", "note",
    "claim", "confirm", "deny", "welcome", "condemn", "thank", "urge", "call", "demand", "insist", "warn",
    "explain", "emphasize", "emphasise", "acknowledge", "assure", "argue", "praise", "criticize",
    "criticise", "conclude", "reply", "appeal", "express", "accuse", "describe", "recall", "take",
    # positions taken without a verb of saying ('Minsk dismisses the list', 'the West tied any easing')
    "reject", "dismiss", "refute", "maintain", "recognise", "recognize", "tie", "press",
})
# Prepositions that introduce the party acted on ('sanctions against X', 'call on X', 'talks with X').
_PATIENT_PREPS = frozenset({"against", "on", "upon", "to", "from", "with", "between", "toward", "towards"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i"})
# Speakers that report rather than take a position: media and wire services are never a source.
MEDIA = re.compile(r"\b(?:TV|television|media|agency|agencies|newspaper|outlet|Reuters|AFP|AP|TASS|BelTA|"
                   r"RIA|Interfax|Politico|broadcaster|channel|radio|news|press service|reporters?)\b",
                   re.IGNORECASE)

# Noun phrases that name rights groups or their people: actor code NGO whatever state they are of.
RIGHTS_GROUP = re.compile(r"\b(?:human[- ]rights?|rights|press[- ]freedom|media[- ]freedom|advocacy|monitoring)\s+"
                          r"(?:group|groups|activists?|defenders?|organi[sz]ations?|"
                          r"centre|center|watchdog|watchdogs|campaigners?|lawyers?|bodies|NGOs?)\b", re.IGNORECASE)


def sentence_parse(doc: Document, sent: Span) -> Any | None:
    """The parsed sentence (a spaCy Doc), parsed once per document; None without the model."""
    cache: dict[int, Any] = doc.extras.setdefault(PARSES, {})
    if sent.start in cache:
        return cache[sent.start]
    from ..spacy_model import load_model

    try:
        nlp = load_model()
    except LedgerError:
        parsed = None
    else:
        parsed = nlp(sent.text, disable=["ner"])
    cache[sent.start] = parsed
    return parsed


def trigger_token(sdoc: Any, start: int, end: int) -> Any | None:
    """The head of the tokens covering ``[start, end)`` (offsets in the sentence)."""
    toks = [t for t in sdoc if t.idx < end and start < t.idx + len(t.text) and not t.is_punct]
    if not toks:
        return None
    inside = {t.i for t in toks}
    heads = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    verbs = [t for t in heads if t.pos_ in ("VERB", "AUX")]
    return (verbs or heads or toks)[0]


def _subject(tok: Any) -> Any | None:
    for c in tok.children:
        if c.dep_ == "agent":
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                return objs[0]
    for c in tok.children:
        if c.dep_ in ("nsubj", "csubj"):
            if c.lower_ in _RELATIVE and tok.dep_ == "relcl":
                return tok.head
            if c.i == 0 and c.text.isupper() and len(c.text) > 2:  # a dateline 'VILNIUS - ...' is no doer
                appos = [g for g in c.children if g.dep_ == "appos"]
                return appos[0] if appos else None
            return c
    return None


def _verb_subject(tok: Any, climb: tuple[str, ...] = ("xcomp", "conj", "ccomp")) -> Any | None:
    """The subject of a verb, through 'decided to offer' and 'met ... and announced' (and, for a
    verb trigger, the clause it is reported in)."""
    t, hops = tok, 0
    found = None
    while t is not None and hops < 4:
        found = _subject(t)
        # a participle clause without its own subject shares the main one ('X wrote to Y, asking
        # that ...'; heldout3: the demand's author was lost without this)
        participle = t.dep_ == "advcl" and t.tag_ == "VBG"
        if found is not None or (t.dep_ not in climb and not participle) or t.head is t:
            break
        t, hops = t.head, hops + 1
    return found


def agent_tokens(tok: Any) -> list[Any]:
    """The doer of ``tok`` (with conjoined doers: 'the EU and the US imposed ...')."""
    found: Any | None = None
    if tok.pos_ in ("NOUN", "PROPN"):
        for c in tok.children:
            # 'Russia's talks', 'EU sanctions', 'Belgian talks' (a capitalised modifier, not 'rare talks')
            if c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("PROPN", "ADJ")
                                    and c.text[:1].isupper()):
                found = c
                break
            if c.dep_ == "prep" and c.lower_ == "by":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                found = objs[0] if objs else None
                break
        if found is None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
            found = _verb_subject(tok.head, climb=("xcomp", "conj"))
    else:
        found = _verb_subject(tok)
    if found is None:
        return []
    return [found, *(c for c in found.conjuncts if c.i > found.i)]


def owner_tokens(sdoc: Any, start: int, end: int) -> list[Any]:
    """The owner named inside a trigger's span ('the lifting of US sanctions': US), when the
    trigger's head has no doer of its own."""
    for t in sdoc:
        if t.idx < start or t.idx >= end or t.pos_ not in ("NOUN", "PROPN"):
            continue
        for c in t.children:
            if c.i < t.i and (c.dep_ == "poss" or (c.dep_ in ("compound", "amod", "nmod")
                                                   and c.pos_ in ("PROPN", "ADJ") and c.text[:1].isupper())):
                return [c]
    return []


def patient_tokens(tok: Any) -> list[Any]:
    """The parties acted on: objects, passive subjects and 'against / on / to / with X' objects."""
    out: list[Any] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "iobj", "dative", "nsubjpass"):
            out.append(c)
            # 'recalled its ambassadors from X', 'imposed sanctions on X': the party hangs on the object
            out.extend(g for p in c.children if p.dep_ == "prep" and p.lower_ in _PATIENT_PREPS
                       for g in p.children if g.dep_ == "pobj")
        elif c.dep_ == "prep" and c.lower_ in _PATIENT_PREPS:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    if (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")  # 'was detained and later sentenced to ...'
            and not any(o.dep_ in ("nsubjpass", "dobj") for o in out)):
        out = _shared_patients(tok) + out
    more = [cj for t in out for cj in t.conjuncts if cj.i > t.i]
    return out + more


def _shared_patients(tok: Any) -> list[Any]:
    """The party a conjoined verb shares with the verb it hangs on. A passive participle ('was
    detained in March while covering a protest and sentenced in June') shares the passive subject,
    which the small parser may leave two clauses up, never the object of the clause it hangs on."""
    passive = tok.tag_ == "VBN"
    t = tok.head
    for _ in range(3):
        found = [c for c in t.children if c.dep_ == "nsubjpass"]
        if not found and not passive:
            found = [c for c in t.children if c.dep_ == "dobj"]
        if found or t.dep_ not in ("conj", "advcl") or t.head is t:
            return found
        t = t.head
    return []


def speaker_token(sdoc: Any) -> Any | None:
    """The subject of the sentence's main verb of saying, or of the first one that has one."""
    cands = [t for t in sdoc if t.lemma_.lower() in SAY_LEMMAS and t.pos_ == "VERB"]
    cands.sort(key=lambda t: (t.dep_ != "ROOT", t.i))
    media = None
    for t in cands:
        near = _adjacent_speaker(t)
        subj = near if near is not None else _subject(t)
        if subj is None and t.dep_ == "conj":
            subj = _subject(t.head)
        if subj is None or subj.lower_ in _RELATIVE:
            continue
        if is_media(subj):  # '..., the news agency reported': look for the one who spoke
            media = media or subj
            continue
        return subj
    return media


def _adjacent_speaker(verb: Any) -> Any | None:
    """The noun right before a verb of saying that closes the sentence ('..., group Viasna said'):
    the small parser often hangs such a speaker on an earlier noun, the word order does not lie."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].dep_ in ("advmod", "aux", "neg") and verb.doc[i].pos_ != "PROPN":
        i -= 1
    if i < 0 or verb.i - i > 3:
        return None
    prev = verb.doc[i]
    if prev.pos_ not in ("PROPN", "NOUN") or prev.lower_ in _RELATIVE:
        return None
    if not any(t.is_punct for t in verb.doc[:i]):  # '[X] said' opening the sentence: the parse is fine
        return None
    return prev


def phrase_of(tok: Any) -> tuple[int, int]:
    """Sentence offsets of ``tok``'s noun phrase up to the head (modifiers to its left)."""
    left = tok.left_edge
    return left.idx, tok.idx + len(tok.text)


def is_media(tok: Any) -> bool:
    s, e = phrase_of(tok)
    return bool(MEDIA.search(tok.doc.text[s:e]))


def token_code(doc: Document, sent: Span, tok: Any, code_of_phrase: Callable[[str], str | None]
               ) -> tuple[str | None, Mention | None]:
    """The actor code of ``tok``'s noun phrase and the mention it came from (if any)."""
    s, e = phrase_of(tok)
    abs_s, abs_e = sent.start + s, sent.start + e
    head_s, head_e = sent.start + tok.idx, sent.start + tok.idx + len(tok.text)
    over = [m for m in doc.mentions if m.country and m.start < abs_e and abs_s < m.end]
    on_head = [m for m in over if m.start < head_e and head_s < m.end]
    if on_head:
        return on_head[0].country, on_head[0]
    if RIGHTS_GROUP.search(sent.text[s:e]):  # 'Belarusian human rights activists' are no state
        return "NGO", None
    if over:
        return over[-1].country, over[-1]
    for c in tok.children:  # 'the government of Belarus', 'the release of ...' is not an actor
        if c.dep_ == "prep" and c.lower_ == "of" and tok.lower_ not in ("release", "freedom"):
            objs = [g for g in c.children if g.dep_ == "pobj"]
            if objs:
                code, m = token_code(doc, sent, objs[0], code_of_phrase)
                if code:
                    return code, m
    if tok.lower_ in _PRONOUNS or tok.pos_ not in ("NOUN", "PROPN"):
        return None, None
    return code_of_phrase(sent.text[s:e]), None
