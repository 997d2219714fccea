"""Hand-made documents for the release tests: sentences, relevance and actor mentions without NER."""

from __future__ import annotations

import re

from prisoner_ledger.model import DateGuess, Document, Mention
from prisoner_ledger.nlp.relevance import mark_relevant
from prisoner_ledger.nlp.sentences import split_sentences

# A tiny actor table for tests only (the real one is the actors stage's).
STATES = {
    "Belarus": "BY", "Belarusian": "BY", "Minsk": "BY", "Lukashenko": "BY", "Russia": "RU", "Russian": "RU",
    "Moscow": "RU", "United States": "US", "US": "US", "U.S.": "US", "Washington": "US", "American": "US",
    "Americans": "US", "Lithuania": "LT", "Vilnius": "LT", "Lithuanians": "LT", "Qatar": "QA", "Vatican": "VA",
    "Iran": "IR", "Iranian": "IR", "Tehran": "IR", "Belgium": "BE", "Belgian": "BE", "Oman": "OM",
    "Venezuela": "VE", "Venezuelans": "VE", "Caracas": "VE", "Ukraine": "UA", "Poland": "PL",
    "Myanmar": "MM", "Rwanda": "RW", "Rwandan": "RW", "Doha": "QA", "Ukrainian": "UA",
    "Armenia": "AM", "Armenian": "AM", "Vienna": "AT", "Azerbaijan": "AZ", "Azerbaijani": "AZ", "Germany": "DE",
    "EU": "EU",
    "Lithuanian": "LT", "Cuba": "CU", "Cuban": "CU", "Nicaragua": "NI", "Guatemala": "GT", "Rome": "IT", "West": "WEST",
    "Nicaraguan": "NI", "Iranians": "IR", "Canada": "CA",
    "Britain": "GB", "British": "GB", "Britons": "GB", "Norwegians": "NO", "Oslo": "NO", "Norway": "NO",
    "Canadians": "CA",
    "Toronto": "CA", "Ottawa": "CA", "Danes": "DK", "Copenhagen": "DK", "Ankara": "TR", "Omani": "OM",
    "Venezuelan": "VE", "Havana": "CU", "Sweden": "SE", "Swedish": "SE", "Haiti": "HT", "Egypt": "EG",
    "Cairo": "EG", "Turkey": "TR", "Qatari": "QA", "London": "GB",
    "ABU DHABI": "AE", "United Arab Emirates": "AE", "Stockholm": "SE", "Swedes": "SE",
    "Mexico": "MX", "Israel": "IL", "Israeli": "IL",
}
NORP = {"American", "Americans", "Lithuanians", "Belgian", "Iranian", "Venezuelans", "Russian", "Belarusian",
        "British", "Britons", "Norwegians", "Canadians", "Danes", "Omani", "Venezuelan", "Swedish", "Qatari",
        "Armenian", "Azerbaijani", "Lithuanian", "Cuban", "Nicaraguan", "Iranians"}
PEOPLE = ["Ales Bialiatski", "Maria Kolesnikova", "Siarhei Tsikhanouski", "Trevor Reed", "Konstantin Yaroshenko",
          "Alexander Kozulin", "Mikola Statkevich", "John Coale", "Donald Trump", "Ryhor Kastusiou",
          "Vadim Krasikov", "Joe Biden", "Alexander Lukashenko", "Alex Saab", "Andrey Kuznechyk", "Ihar Losik",
          "Johan Floderus", "Saeed Azizi", "Hamid Nouri", "Viktor Bout", "Brittney Griner"]
# the country of the people above who speak for a state
PERSON_STATE = {"Alexander Lukashenko": "BY", "Lukashenko": "BY", "Joe Biden": "US", "John Coale": "US"}
# the dictionary actor of the people above who hold an office
PERSON_ACTOR = {"Alexander Lukashenko": "lukashenko"}


def make_doc(text: str, pub: str | None = None, name: str = "t.txt") -> Document:
    doc = Document(name=name, source=name, fmt="txt", raw_text=text, clean_text=text,
                   pub_date=DateGuess(pub, "header", 0.9) if pub else DateGuess(None, "none", 0.0))
    doc.sentences = split_sentences(text)
    mark_relevant(doc)
    mentions = []
    for person in PEOPLE:
        for m in re.finditer(re.escape(person), text):
            mentions.append(Mention(m.start(), m.end(), person, "PERSON",
                                    country=PERSON_STATE.get(person), actor_id=PERSON_ACTOR.get(person)))
    pattern = "|".join(re.escape(k) for k in sorted(STATES, key=len, reverse=True))
    for m in re.finditer(rf"(?<![\w.])(?:{pattern})(?![\w])", text):
        label = "NORP" if m.group(0) in NORP else "GPE"
        mentions.append(Mention(m.start(), m.end(), m.group(0), label, country=STATES[m.group(0)]))
    doc.mentions = sorted(mentions, key=lambda x: x.start)
    return doc


def releases_of(text: str, pub: str | None = None):  # type: ignore[no-untyped-def]
    from prisoner_ledger.nlp.events.releases import extract_releases

    return extract_releases(make_doc(text, pub))
