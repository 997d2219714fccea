"""Off-topic English prose for the throughput benchmark, from a small grammar (deterministic).

News-shaped articles about sport, weather, markets, technology, food and local councils: a
headline, a dateline and paragraphs of sentences built from templates and word lists written
here. About one sentence in forty uses 'release' or 'freed' in another sense (an album, a
product, a press release, a hospital, a trapped animal), the way real off-topic news does, so
the relevance filter meets its usual confusers. Nothing is read from disk or the network.

    python benchmarks/offtopic.py --n 3 --words 600     # print a few to look at
"""

from __future__ import annotations

import argparse
import random
from collections.abc import Iterator

CITIES = [
    "Leeds",
    "Porto",
    "Adelaide",
    "Calgary",
    "Tampere",
    "Graz",
    "Dundee",
    "Wellington",
    "Rosario",
    "Kobe",
    "Malmo",
    "Ghent",
    "Tucson",
    "Bergen",
    "Cork",
    "Lyon",
    "Durban",
    "Halifax",
    "Perth",
    "Bilbao",
]
FIRST = [
    "Anna",
    "Tom",
    "Priya",
    "Lucas",
    "Mei",
    "Oliver",
    "Sofia",
    "Daniel",
    "Amara",
    "Jonas",
    "Elena",
    "Marcus",
    "Hana",
    "Felix",
    "Grace",
    "Ivan",
    "Leila",
    "Noah",
    "Clara",
    "Ravi",
]
LAST = [
    "Morgan",
    "Okafor",
    "Lindqvist",
    "Tanaka",
    "Ferreira",
    "Novak",
    "Hughes",
    "Brennan",
    "Castillo",
    "Weber",
    "Patel",
    "Dubois",
    "Kowalczyk",
    "Nakamura",
    "Osei",
    "Larsen",
    "Romano",
    "Fischer",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TOPICS: dict[str, dict[str, list[str]]] = {
    "sport": {
        "noun": [
            "the club",
            "the squad",
            "the captain",
            "the coach",
            "the home side",
            "the visitors",
            "the league",
        ],
        "verb": ["won", "drew", "lost", "fought back", "held on", "struggled", "dominated"],
        "thing": [
            "the derby",
            "the cup tie",
            "the final",
            "the opening match",
            "the away fixture",
            "the title race",
            "the play-off",
        ],
        "detail": [
            "in front of a sell-out crowd",
            "after a late equaliser",
            "despite an early red card",
            "with two goals in the second half",
            "on a heavy pitch",
            "in extra time",
        ],
    },
    "weather": {
        "noun": ["forecasters", "the met office", "residents", "farmers", "the coastguard", "commuters"],
        "verb": ["warned of", "prepared for", "reported", "braced for", "recorded", "cleared up after"],
        "thing": [
            "heavy rain",
            "a cold snap",
            "strong winds",
            "the first frost",
            "a heatwave",
            "flooding",
            "thick fog",
        ],
        "detail": [
            "across the northern valleys",
            "along the coast",
            "for the third day running",
            "overnight",
            "into the weekend",
            "on higher ground",
        ],
    },
    "markets": {
        "noun": ["investors", "the central bank", "analysts", "the retailer", "shareholders", "the board"],
        "verb": ["welcomed", "shrugged off", "priced in", "questioned", "reacted to", "braced for"],
        "thing": [
            "the quarterly results",
            "a rate cut",
            "the bond auction",
            "weaker demand",
            "the merger talks",
            "a profit warning",
            "rising freight costs",
        ],
        "detail": [
            "in early trading",
            "ahead of the holiday",
            "after a volatile week",
            "by the close",
            "despite a stronger currency",
            "for the second quarter",
        ],
    },
    "technology": {
        "noun": ["the start-up", "developers", "the chipmaker", "the app", "engineers", "the regulator"],
        "verb": ["unveiled", "delayed", "patched", "tested", "rolled out", "scrapped"],
        "thing": [
            "a new phone",
            "the software update",
            "a battery design",
            "the data centre",
            "an open-source library",
            "a satellite link",
            "the payment feature",
        ],
        "detail": [
            "after months of testing",
            "for older devices",
            "in three markets",
            "following user complaints",
            "at a developer conference",
            "before the holidays",
        ],
    },
    "food": {
        "noun": ["the chef", "the bakery", "diners", "the market stall", "critics", "the vineyard"],
        "verb": ["praised", "introduced", "sold out of", "reworked", "celebrated", "sourced"],
        "thing": [
            "a seasonal menu",
            "sourdough loaves",
            "the tasting course",
            "local cheeses",
            "a new vintage",
            "street food",
            "the harvest festival",
        ],
        "detail": [
            "on the waterfront",
            "every Saturday morning",
            "with produce from nearby farms",
            "for a charity dinner",
            "after a long restoration",
            "at the spring fair",
        ],
    },
    "council": {
        "noun": ["the council", "councillors", "the mayor", "planning officers", "the library", "residents"],
        "verb": ["approved", "postponed", "debated", "consulted on", "funded", "objected to"],
        "thing": [
            "the new cycle lane",
            "a parking scheme",
            "the school extension",
            "park repairs",
            "the bus timetable",
            "a housing plan",
            "street lighting",
        ],
        "detail": [
            "at Tuesday's meeting",
            "after a public consultation",
            "within the annual budget",
            "despite local objections",
            "for the next financial year",
            "by a narrow vote",
        ],
    },
}

SENTENCES = [
    "{Noun} {verb} {thing} {detail}.",
    "On {day}, {noun} {verb} {thing}, {person} said.",
    '"We {verb} {thing} {detail}," said {person}, who has followed it for {years} years.',
    "{Noun} {verb} {thing} in {city} {detail}, and {noun2} {verb2} {thing2}.",
    "According to {person}, {noun} {verb} {thing} {detail}.",
    "It was the {nth} time since {month} that {noun} {verb} {thing}.",
    "Some {n} people were expected in {city} {detail}.",
    "{person} told reporters that {thing} would be reviewed in {month}.",
]
# Other senses of the words a release detector looks for (about one sentence in 40).
CONFUSERS = [
    "The band will release its fourth album in {month}, {person} said.",
    "{person} was freed from the wreckage by firefighters and taken to hospital in {city}.",
    "In a press release on {day}, the company said {thing} would go ahead.",
    "The patient was released from hospital on {day} after a short stay.",
    "Volunteers freed a seal caught in fishing nets near {city}.",
    "The studio confirmed the film's release date for {month}.",
]
CONFUSER_RATE = 0.025  # real off-topic news uses these senses rarely; 1 in 40 keeps the filter busy


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _sentence(rng: random.Random, topic: dict[str, list[str]]) -> str:
    template = rng.choice(CONFUSERS) if rng.random() < CONFUSER_RATE else rng.choice(SENTENCES)
    noun, noun2 = rng.sample(topic["noun"], 2)
    verb, verb2 = rng.sample(topic["verb"], 2)
    thing, thing2 = rng.sample(topic["thing"], 2)
    return template.format(
        Noun=noun[0].upper() + noun[1:],
        noun=noun,
        noun2=noun2,
        verb=verb,
        verb2=verb2,
        thing=thing,
        thing2=thing2,
        detail=rng.choice(topic["detail"]),
        person=_person(rng),
        city=rng.choice(CITIES),
        day=rng.choice(DAYS),
        month=rng.choice(MONTHS),
        n=rng.randint(2, 900),
        years=rng.randint(2, 40),
        nth=rng.choice(["second", "third", "fourth", "fifth"]),
    )


def article(rng: random.Random, n_words: int) -> str:
    """One article of about ``n_words`` words: headline, dateline, paragraphs of 2-5 sentences."""
    name = rng.choice(sorted(TOPICS))
    topic = TOPICS[name]
    headline = (
        f"{rng.choice(CITIES)}: {rng.choice(topic['noun']).capitalize()} {rng.choice(topic['verb'])} "
        f"{rng.choice(topic['thing'])}"
    )
    lines = [headline, f"{rng.choice(CITIES).upper()}, {rng.choice(MONTHS)} {rng.randint(1, 28)} ({name})"]
    words = 0
    while words < n_words:
        para = " ".join(_sentence(rng, topic) for _ in range(rng.randint(2, 5)))
        words += len(para.split())
        lines.append(para)
    return "\n".join(lines) + "\n"


def generate(n_articles: int, total_words: int, seed: int = 20251213) -> Iterator[str]:
    """``n_articles`` articles of about ``total_words`` words in all (lengths vary 0.5x-1.5x)."""
    rng = random.Random(seed)
    mean = max(20, total_words // max(1, n_articles))
    for _ in range(n_articles):
        yield article(rng, int(mean * rng.uniform(0.5, 1.5)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=3)
    ap.add_argument("--words", type=int, default=900)
    ap.add_argument("--seed", type=int, default=20251213)
    args = ap.parse_args()
    for text in generate(args.n, args.words, args.seed):
        print(text)


if __name__ == "__main__":
    main()
