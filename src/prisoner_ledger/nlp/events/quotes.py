"""Direct quotes and attributions in a sentence: what was said and who said it.

Shapes handled (offsets are relative to the text given):
- '"...", Lukashenko said' / '"...," said John Coale' / '"...," he added'
- 'Lukashenko: "..."' / 'Stano said: "..."'
- indirect: 'X said (that) ...', 'said X', 'according to X', 'X told reporters',
  'X wrote on Twitter'.
The speaker is the phrase as written ('Lukashenko', 'the Belarusian leader', 'he'); turning
it into an actor code or a person is the caller's job (via the document's mentions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Verbs of saying, as they follow or precede a speaker.
SAY_VERBS = (
    r"said|says|say|added|adds|stated|states|told|tells|wrote|writes|tweeted|posted|stressed|"
    r"emphasi[sz]ed|noted|explained|declared|announced|insisted|warned|argued|claimed|concluded|"
    r"commented|continued|recalled|replied|summari[sz]ed|asserted|underlined|urged|remarked|welcomed|"
    r"condemned|thanked|denied|confirmed|acknowledged|reported"
)
_QUOTE = re.compile(r"[\"“«„](?P<body>[^\"“”«»„]{3,}?)[\"”»“]")

# A speaker phrase: a capitalised name (2-5 words, allowing particles and initials), or a
# pronoun, or a short descriptive noun phrase starting with 'the'.
_UP = "A-ZÀ-ÖØ-ÞĀ-ſ"  # capitals incl. Latin Extended-A ('Łukasz', 'Šarūnas'; lower case there is harmless)
_NAME = rf"(?:[{_UP}][\w’'.-]+(?:\s+(?:[{_UP}][\w’'.-]+|de|van|von|al|bin)){{0,5}})"
_ROLE = (
    r"(?:leader|president|minister|spokes(?:man|woman|person)|official|officials|ministry|government|envoy|"
    r"ambassador|chairman|chair|head|secretary|service|office|agency|council|committee|court|statement|"
    r"post|group|centre|center|department|kremlin|presidency|headquarters|diplomat|politician|opposition)"
)
# descriptive speakers: 'the Belarusian leader', 'the Foreign Ministry', 'a US official'
_DESCR = rf"(?:[Tt]he|[Aa]n?)\s+(?:[\w’'-]+\s+){{0,3}}?{_ROLE}"
_SPEAKER = rf"(?P<spk>{_DESCR}|{_NAME}|[Hh]e|[Ss]he|[Tt]hey)"
# verbs that can come before their speaker ('said Coale'); 'urged Russia' is not that shape
_SAID_BEFORE = r"said|says|added|wrote|tweeted|stated|explained|noted|continued"
_AFTER = [
    re.compile(rf"\s*[,:]?\s*{_SPEAKER}\s*(?:,[^,\"“”]{{2,80}},)?\s*(?:{SAY_VERBS})\b"),
    re.compile(rf"\s*[,:]?\s*(?:{_SAID_BEFORE})\s+{_SPEAKER}"),
]
_BEFORE = re.compile(rf"{_SPEAKER}\s*(?:(?:{SAY_VERBS})\b[^\"“«„]{{0,40}}?)?:\s*$")
_INDIRECT = [
    re.compile(rf"\b(?:[Aa]ccording to|[Aa]s quoted by|[Cc]iting)\s+{_SPEAKER}"),
    re.compile(rf"{_SPEAKER}\s*(?:,[^,]{{2,80}},)?\s*(?:{SAY_VERBS})\b"),
    re.compile(rf"\b(?:{_SAID_BEFORE})\s+{_SPEAKER}"),
]
_NOT_SPEAKERS = {"the", "it", "this", "that", "there", "which", "who", "also", "then"}


@dataclass(frozen=True)
class Quote:
    """A quoted stretch (or, for indirect speech, the attribution only) with its speaker phrase."""

    start: int  # of the quoted body (== speaker_start for indirect speech)
    end: int
    text: str
    speaker: str | None
    speaker_start: int = -1
    speaker_end: int = -1
    direct: bool = True


def _clean_speaker(m: re.Match[str]) -> tuple[str, int, int] | None:
    spk = m.group("spk")
    start = m.start("spk")
    if spk is None:
        return None
    # trim a trailing lower-case word picked up by the descriptive pattern ('the president has')
    spk = spk.strip()
    if spk.endswith(".") and not re.search(r"\b\w\.$", spk):  # a full stop, not an initial
        spk = spk[:-1]
    if spk.lower() in _NOT_SPEAKERS or len(spk) < 2:
        return None
    return spk, start, start + len(spk)


def find_quotes(text: str) -> list[Quote]:
    """Direct quotes in ``text`` with the speaker named next to them (None when unattributed)."""
    out: list[Quote] = []
    for m in _QUOTE.finditer(text):
        body = m.group("body").strip(" ,.")
        if len(body.split()) < 3:  # scare quotes ('hostages', 'dictator') are not quotes
            continue
        speaker: tuple[str, int, int] | None = None
        for pat in _AFTER:
            after = pat.match(text, m.end())
            if after:
                speaker = _clean_speaker(after)
                break
        if speaker is None:
            before = _BEFORE.search(text, 0, m.start())
            if before:
                speaker = _clean_speaker(before)
        if speaker is None:
            # 'X said: "..."' or 'X said that "..."' further left in the sentence
            for pat in _INDIRECT[:2]:
                ind = None
                for cand in pat.finditer(text, 0, m.start()):
                    ind = cand
                if ind:
                    speaker = _clean_speaker(ind)
                    if speaker:
                        break
        s, e = m.start("body"), m.end("body")
        out.append(Quote(s, e, text[s:e], *(speaker or (None, -1, -1))))
    return out


def find_attribution(text: str) -> Quote | None:
    """The speaker of ``text`` when it reports speech without (or beside) a direct quote."""
    quotes = [q for q in find_quotes(text) if q.speaker]
    if quotes:
        return quotes[0]
    for pat in _INDIRECT:
        for m in pat.finditer(text):
            spk = _clean_speaker(m)
            if spk:
                return Quote(spk[1], spk[2], "", spk[0], spk[1], spk[2], direct=False)
    return None


def in_quote(text: str, offset: int) -> bool:
    """True when ``offset`` lies inside a quoted stretch of ``text``."""
    return any(m.start() <= offset < m.end() for m in _QUOTE.finditer(text))


