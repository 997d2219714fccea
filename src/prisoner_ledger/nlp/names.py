"""Transliteration-aware person-name keys (pure functions; imports nothing of the project).

One person, many spellings: Siarhei / Syarhei / Sergei / Sergey Tsikhanouski / Tikhanovsky /
Тихановский; Lukashenko / Lukashenka / Łukašenka; Maria Kalesnikava / Kolesnikova. The key
folds what the Belarusian, Russian, Ukrainian, Łacinka and English spellings of one Cyrillic
name do differently, and keeps what tells people apart:

1. Cyrillic is lemmatised (pymorphy3, lazy) to the nominative, keeping the gender, and
   transliterated; Łacinka / Lithuanian / Polish letters are folded (ł, š, č, ž, ŭ, c = ts);
   accents go.
2. Sound rules: kh -> q, sh/sch -> sz, ch -> cz, zh -> rz, x -> ks, w -> v, h -> g (Belarusian
   and Ukrainian г), ts/dz before a soft vowel -> t/d (Belarusian цеканне), ou/au before a
   consonant -> ov/av (Belarusian ў), doubled letters single.
3. Inside a word the vowels go (Belarusian аканне writes a for Russian o: Kalesnikava /
   Kolesnikova); the ending stays as a class: 'i' (-ski, -sky, -skiy, -ei), 'a' (-a, -o, -e),
   'aya' (feminine -skaya, -skaja, -ska), 'u', or none. So Tsikhanouski ('..ski') stays apart
   from Tsikhanouskaya ('..skaya'), Statkevich from Stankevich (consonants differ).
4. Given names are mapped through a table of real variants (Siarhei = Sergei = Serhiy,
   Mikola = Mikalai = Nikolai, Viktar = Viktor ...); patronymics and titles are dropped.

The key is a fixed point: ``name_key(name_key(x)) == name_key(x)``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

# ---------------------------------------------------------------------------------------------
# Given names: each line is one name in its real spelling variants (transliterations of one
# Cyrillic/Łacinka name, not diminutives or different names). The first item is canonical.
_GIVEN_NAME_VARIANTS: tuple[tuple[str, ...], ...] = (
    ("aleksandr", "alexander", "aliaksandr", "alyaksandr", "alaksandar", "aleksander", "oleksandr",
     "alexandr", "aleksandar", "alexandre", "alieksandr"),
    ("sergei", "sergey", "sergej", "siarhei", "syarhei", "siarhiej", "siarhej", "serhiy", "serhii", "sergii",
     "sergiy", "serguei", "sergei"),
    ("nikolai", "nikolay", "nikolaj", "mikalai", "mikalay", "mikalaj", "mikola", "mykola", "mikałaj"),
    ("viktor", "viktar", "victor", "wiktor", "viktorr"),
    ("maria", "maryia", "mariya", "marija", "maryja", "marya", "mariia"),
    ("svetlana", "sviatlana", "svyatlana", "sviatłana", "śviatłana", "svitlana", "swiatlana", "svjatlana"),
    ("dmitry", "dmitri", "dmitriy", "dmitrii", "dmitrij", "dzmitry", "dzmitryi", "dzmitryj", "dmytro", "dimitri"),
    ("yevgeny", "evgeny", "evgeni", "evgenii", "evgeniy", "yevgeni", "yevgeniy", "yauhen", "jauhien", "yauheni",
     "yevhen", "ievgen", "yawhen"),
    ("vladimir", "uladzimir", "uladzimer", "volodymyr", "wladimir", "uladzimier", "vladimer"),
    ("anatoly", "anatoli", "anatoliy", "anatolii", "anatol", "anatolij"),
    ("andrei", "andrey", "andrej", "andrii", "andriy", "andrzej", "andzhei", "andzhey"),
    ("mikhail", "mikhael", "mikhal", "michail", "mykhailo", "mikhailo", "michał"),
    ("igor", "ihar", "ihor", "igar"),
    ("yury", "yuri", "yuriy", "yurii", "jury", "juri", "iury", "yurij"),
    ("aleksei", "alexei", "alexey", "aleksey", "aliaksei", "aliaksiej", "alyaksei", "oleksiy", "oleksii",
     "alexej"),
    ("vasily", "vasili", "vasiliy", "vasilii", "vasil", "vasyl", "vasilij"),
    ("valentin", "valiantsin", "valyantsin", "valentyn"),
    ("ekaterina", "yekaterina", "katsiaryna", "katsyaryna", "kaciaryna", "kateryna", "katerina"),
    ("natalia", "natalya", "nataliya", "natalla", "natallia", "natalja", "natalie", "nataliia"),
    ("olga", "volha", "volga", "olha", "olʹga", "wolha"),
    ("tatiana", "tatyana", "tatsiana", "tatsyana", "tacciana", "tatjana", "tetiana", "tetyana"),
    ("elena", "yelena", "alena", "olena", "jelena", "helena"),
    ("irina", "iryna", "iryna"),
    ("maksim", "maxim", "maksym", "maxym", "maksimm"),
    ("grigory", "grigori", "grigoriy", "grigorii", "ryhor", "hryhoriy", "hryhorii", "rygor"),
    ("pyotr", "petr", "piotr", "pyatro", "piatro", "petro", "pëtr", "pietro"),
    ("anastasia", "anastasiya", "anastassia", "nastassia", "anastasija", "nastassja", "anastasiia"),
    ("ksenia", "kseniya", "ksenija", "ksienija", "xenia", "kseniia"),
    ("marina", "maryna"),
    ("kirill", "kiryl", "kiril", "kyrylo", "kirył"),
    ("artyom", "artem", "artsyom", "artsiom", "artiom", "artsem"),
    ("pavel", "paval", "pavlo", "pavieł", "pavel"),
    ("stepan", "stsiapan", "stsyapan", "stiapan"),
    ("leonid", "leanid", "lieanid"),
    ("yulia", "yuliya", "julia", "yulija", "iuliia", "yuliia"),
    ("daria", "darya", "daryia", "darja", "dariya"),
    ("ilya", "illia", "ilia", "illya", "ilja"),
    ("roman", "raman"),
    ("konstantin", "kanstantsin", "kastus", "kostiantyn"),
    ("vyacheslav", "viachaslau", "vyachaslau", "viacheslav"),
    ("galina", "halina", "halyna"),
    ("lyudmila", "liudmila", "ludmila", "liudmyla", "ludmiła"),
    ("eduard", "eduardas", "edvard"),
    ("vitaly", "vitali", "vitaliy", "vitalii", "vitalij"),
    ("gennady", "hienadz", "gennadi", "gennadiy", "hienadzi", "hennadiy"),
    ("denis", "dzianis", "dzyanis", "denys"),
    ("ivan", "ivan", "iwan"),
    ("fyodor", "fedor", "fiodar", "fyodar", "fedir"),
    ("valery", "valeri", "valeriy", "valerii", "valer", "valery"),
)

_FEMININE_GIVEN = frozenset(
    {"maria", "svetlana", "natalia", "olga", "tatiana", "elena", "irina", "anastasia", "ksenia", "marina",
     "ekaterina", "yulia", "daria", "galina", "lyudmila", "veronika", "alla", "nina", "anna", "marfa",
     "palina", "nasta", "yelena", "sviatlana", "volha", "katsiaryna", "maryna", "liudmila", "hanna", "kristina",
     "ala", "iryna", "julia", "kaja", "kaya", "tamara", "nadezhda", "vera", "nazanin", "maira", "ursula",
     "alsu", "brittney", "karoline", "tammy", "natallia", "maryia", "nastassia", "ingrida", "baiba",
     "annalena", "roberta", "rosario", "delcy", "kamala", "hillary", "condoleezza", "angela", "alena"}
)

# Titles and honorifics that precede a name and are not part of it.
_TITLES = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "president", "pope", "cardinal", "archbishop",
     "bishop", "father", "rev", "gen", "general", "col", "colonel", "lt", "minister", "leader", "senator",
     "sen", "rep", "representative", "congressman", "ambassador", "envoy", "premier", "chancellor", "king",
     "queen", "prince", "sheikh", "emir", "sultan", "st", "saint", "comrade", "mister", "madam", "msgr",
     "monsignor", "judge", "speaker", "secretary", "spokesman", "spokeswoman", "spokesperson", "deputy"}
)

_CYR_TO_LAT = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "yo", "є": "ye", "ж": "zh",
    "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ў": "v", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
    "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "", "’": "",
    "ʼ": "",
}

# Letters that mark a Łacinka / Lithuanian / Polish / Czech spelling, where c = ts, ch = kh, j = y.
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "del", "della", "du", "la", "le", "bin", "ibn",
                        "bint", "dos", "das", "ter", "ten", "zu"})
_LACINKA_MARKS = frozenset("łŭśćźńčšžėęąųūį")
_LACINKA_FOLD = str.maketrans({"ł": "l", "ŭ": "v", "ś": "s", "ć": "c", "ź": "z", "ń": "n", "č": "C", "š": "S",
                               "ž": "Z", "ė": "e", "ę": "e", "ą": "a", "ų": "u", "ū": "u", "į": "i"})

_VOWELS = "aeiouy"
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)  # hyphens split: Kara-Murza = Kara Murza
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_OBLIQUE = re.compile(r"(?:ого|ому|ой|ым|ом|ую|ою|ову|еву|ина|ину|ым)$")  # oblique endings pymorphy3 may undo
_NOT_RUSSIAN = re.compile(r"[ІіЎўЇїЄєҐґ]")  # Belarusian / Ukrainian letters: pymorphy3 (Russian) must not touch these
# Patronymics as _romanise leaves them (-ovich -> -ovicz, -ovna, -ichna -> -iczna, -ovych -> -ovycz).
_PATRONYMIC = re.compile(r"(?:[aeo]vi?t?cz|[aeoi]vna|iczna|[aeo]vycz)$")
_LATIN_CASE = re.compile(r"(?<=sk|ck|zk)(?:ogo|ovo|omu|ym|im|om|oi|oy|ogo)$")


def _split(name: str) -> list[str]:
    return [m.group() for m in _WORD.finditer(name)]


@lru_cache(maxsize=1)
def _morph() -> Any:
    import pymorphy3

    return pymorphy3.MorphAnalyzer()


@lru_cache(maxsize=20000)
def _cyrillic_nominative(word: str) -> str:
    """Nominative singular of a Cyrillic name word, keeping its gender (Тихановской -> тихановская)."""
    w = word.lower()
    try:
        parses = _morph().parse(w)
    except (ImportError, ValueError):  # pymorphy3 missing or unusable: keep the form as written
        return w
    # Only dictionary names and adjective-shaped surnames are trusted: pymorphy3 guesses that
    # any unknown word ending in -a is a genitive ('Кулеба' -> 'Кулеб'), which would be wrong.
    known = [p for p in parses if p.is_known and {"Surn", "Name", "Patr"} & set(p.tag.grammemes)
             or ("ADJF" in p.tag or "Surn" in p.tag) and _OBLIQUE.search(w)]
    if not known or any({"nomn", "sing"} in p.tag for p in known):
        return w  # already a nominative ('Лукашенко', 'Раман') or nothing known about it
    best = next((p for p in known if "neut" not in p.tag), None)
    if best is None:
        return w
    inflected = best.inflect({"nomn", "sing"})
    return inflected.word if inflected is not None else best.normal_form


def _romanise(word: str, lacinka: bool = False, russian: bool = True) -> str:
    """Lower-cased Latin letters with the placeholders sz (sh), cz (ch), rz (zh), q (kh).

    ``lacinka``: the name is written in Łacinka / Lithuanian / Polish letters (c = ts, ch = kh,
    j = y); ``russian``: Cyrillic words may be lemmatised with the Russian analyser.
    """
    cyrillic = bool(_CYRILLIC.search(word))
    if cyrillic:
        if russian:
            word = _cyrillic_nominative(word)
        word = "".join(_CYR_TO_LAT.get(ch, ch) for ch in word.lower())
    w = word.lower()
    lacinka = lacinka or any(ch in _LACINKA_MARKS for ch in w)
    w = w.translate(_LACINKA_FOLD)
    w = "".join(ch for ch in unicodedata.normalize("NFKD", w) if not unicodedata.combining(ch))
    w = w.replace("ø", "o").replace("ß", "ss").replace("æ", "ae").replace("œ", "oe")
    w = re.sub(r"['’`-]", "", w)
    if lacinka:
        w = w.replace("ch", "q").replace("c", "ts").replace("j", "y")
    w = w.replace("C", "cz").replace("S", "sz").replace("Z", "rz")
    # digraphs of English/German/French transliteration
    w = w.replace("shch", "sz").replace("tsch", "cz").replace("sch", "sz").replace("kh", "q")
    w = w.replace("q", "k").replace("gh", "g").replace("dzh", "j").replace("dz", "d")
    w = w.replace("zh", "rz").replace("sh", "sz").replace("tch", "cz").replace("ch", "cz")
    w = w.replace("ph", "f").replace("x", "ks").replace("w", "v").replace("ck", "k")
    w = re.sub(r"c(?=[eiy])", "s", w)
    w = re.sub(r"c(?!z)", "k", w)
    w = w.replace("h", "g")
    w = re.sub(r"ts(?=[aeiouy])", "t", w)  # Belarusian ць for т before soft vowels; Tsapkala = Tsepkalo
    if not cyrillic:
        # Belarusian ў written as u after a vowel: -ou/-au at the end, -ouski, -ouch-, Yauhen
        w = re.sub(r"(?<=[eo])u(?=$|sk|cz|g|k)", "v", w)
        w = re.sub(r"(?<=a)u(?=$|[^aeiouylmns])", "v", w)
    w = re.sub(r"^j(?=[aeu])", "y", w)  # Jury, Jaschin, Julia, Jelena: j = y (not Joe, John)
    return w


def _skeleton(w: str) -> str:
    """Consonant skeleton plus the ending class of one romanised word."""
    if not w:
        return ""
    w = _LATIN_CASE.sub("i", w)
    m = re.search(r"(?:aya|aia|aja)$", w)
    if m or re.search(r"(?<=sk)a$", w):
        ending = "aya"
        w = w[: m.start()] if m else w[:-1]
    else:
        run = re.search(r"[aeiouyj]+$", w)
        ending = ""
        if run and run.start() > 0:
            tail = run.group()
            ending = "i" if tail[-1] in "iyj" else ("u" if tail[-1] == "u" else "a")
            w = w[: run.start()]
        elif run:  # the whole word is vowels
            tail = run.group()
            return "i" if tail[-1] in "iyj" else ("u" if tail[-1] == "u" else "a")
    head = "a" if w[0] in _VOWELS else w[0]
    body = "".join(ch for ch in w[1:] if ch not in _VOWELS and ch != "j")
    stem = re.sub(r"(.)\1+", r"\1", head + body)
    if ending and stem.endswith("ts"):
        stem = stem[:-1]  # the ts-before-vowel rule of _romanise, so that keys stay fixed points
    return stem + ending


@lru_cache(maxsize=1)
def _given_index() -> dict[str, str]:
    """Romanised given-name variant -> canonical key (and each canonical key -> itself)."""
    index: dict[str, str] = {}
    for variants in _GIVEN_NAME_VARIANTS:
        canonical = _skeleton(_romanise(variants[0]))
        for v in variants:
            index[_romanise(v)] = canonical
            index[_romanise(v, lacinka=True)] = canonical
        index[canonical] = canonical
    return index


def _word_key(word: str, lacinka: bool = False, russian: bool = True) -> str:
    return _skeleton(_romanise(word, lacinka, russian))


@lru_cache(maxsize=50000)
def _parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given-name keys, surname key) of a name; the surname is the last word."""
    words = [re.sub(r"['’]s$", "", w) for w in _split(name)]
    while words and words[-1].lower() == "s":  # possessive left after splitting "X’ s"
        words.pop()
    while len(words) > 1 and words[0].lower().rstrip(".") in _TITLES:
        words = words[1:]
    if not words:
        return (), ""
    lacinka = any(ch in _LACINKA_MARKS for ch in name.lower())
    russian = not _NOT_RUSSIAN.search(name)
    # Arabic article: 'Al Thani' = 'Al-Thani' = 'Althani', 'el-Sisi' = 'al-Sisi'
    merged: list[str] = []
    for w in words:
        if merged and merged[-1].lower() in ("al", "el"):
            merged[-1] = "al" + w
        else:
            merged.append(w)
    words = merged
    # Particles start a multi-word surname: 'von der Leyen', 'De Croo', 'bin Salman'
    for i, w in enumerate(words[:-1]):
        if w.lower() in _PARTICLES:
            words = [*words[:i], "".join(words[i:])]
            break
    given = _given_index()
    roman = [_romanise(w, lacinka, russian) for w in words]
    if len(words) >= 3:
        # Russian order 'Surname Given Patronymic' or 'Given Patronymic Surname'
        if _PATRONYMIC.search(roman[-1]) and roman[1] in given:
            roman = [roman[1], roman[0]]
        elif _PATRONYMIC.search(roman[1]):
            roman = [roman[0], *roman[2:]]
    elif len(words) == 2 and _CYRILLIC.search(name) and roman[1] in given and roman[0] not in given:
        roman = [roman[1], roman[0]]  # 'Тихановский Сергей'
    firsts = tuple(given.get(r, _skeleton(r)) for r in roman[:-1])
    return firsts, _skeleton(roman[-1])


def name_key(name: str) -> str:
    """A key on which the spellings of one person's name meet (idempotent)."""
    firsts, surname = _parts(name)
    return " ".join([*firsts, surname]).strip()


def surname_key(name: str) -> str:
    """The key of the last word only (for surname-only mentions)."""
    return _parts(name)[1]


def is_feminine(name: str) -> bool | None:
    """True/False when the name tells the gender (given-name table, '-skaya' ending), else None."""
    firsts, surname = _parts(name)
    if surname.endswith("aya"):
        return True
    fem = {_given_index().get(_romanise(n), _word_key(n)) for n in _FEMININE_GIVEN}
    if firsts:
        return firsts[0] in fem
    return None


def _initial_compatible(a: str, b: str) -> bool:
    """Given-name keys agree, or one is a single letter matching the other's variants."""
    if a == b:
        return True
    short, full = (a, b) if len(a) <= len(b) else (b, a)
    if len(short) != 1:
        return False
    starts = {full[0]}
    for variants in _GIVEN_NAME_VARIANTS:
        if _word_key(variants[0]) == full:
            starts |= {_romanise(v)[0] for v in variants}
    return short in starts or (short == "a" and full[0] == "a")


def similarity(a: str, b: str) -> float:
    """0..1: how likely two spellings name one person (rapidfuzz on the keys).

    Surnames are compared with rapidfuzz's normalised Levenshtein similarity of their keys; a
    feminine/masculine ending clash or conflicting given names caps the score low.
    """
    from rapidfuzz.distance import Levenshtein

    fa, sa = _parts(a)
    fb, sb = _parts(b)
    if not sa or not sb:
        return 0.0
    if (fa, sa) == (fb, sb):
        return 1.0
    if sa.endswith("aya") != sb.endswith("aya"):
        return 0.1  # Tsikhanouski vs Tsikhanouskaya: never the same person
    if sa.rstrip("a") == sb.rstrip("a") and sa != sb:
        return 0.1  # Kolesnikova vs Kolesnikov, Andreeva vs Andreev: feminine vs masculine
    score = Levenshtein.normalized_similarity(sa, sb)
    if fa and fb:
        if not _initial_compatible(fa[0], fb[0]):
            return min(score, 0.2)  # Aliaksandr vs Viktar Lukashenka
        if len(fa[0]) == 1 or len(fb[0]) == 1:
            score *= 0.98  # an initial is weaker evidence than a full given name
    elif fa or fb:
        score *= 0.97  # surname alone against a full name
    return score


# Calibrated by sweeping 0.50..1.00 in steps of 0.01 over data/name_pairs.tsv (`prisoner-ledger
# name-pairs --sweep`): precision and recall both stay >= 0.95 from 0.70 to 0.99 and F1 peaks on
# 0.85..0.99; 0.90 lets a long key differ by one letter in ten and no more.
SAME_PERSON_THRESHOLD = 0.90


def same_person(a: str, b: str, threshold: float = SAME_PERSON_THRESHOLD) -> bool:
    """True when ``a`` and ``b`` are spellings of one person's name."""
    return similarity(a, b) >= threshold


def read_pairs(lines: Iterable[str]) -> list[tuple[str, str, bool, str]]:
    """Parse name_pairs.tsv lines: name_a, name_b, same (1/0), note; '#' lines and the header skipped."""
    out: list[tuple[str, str, bool, str]] = []
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if cols[0] == "name_a" or len(cols) < 3:
            continue
        out.append((cols[0], cols[1], cols[2].strip() == "1", cols[3] if len(cols) > 3 else ""))
    return out


def score_pairs(pairs: list[tuple[str, str, bool, str]], threshold: float = SAME_PERSON_THRESHOLD
                ) -> tuple[float, float, int]:
    """(precision, recall, n) of ``same_person`` at ``threshold`` on labelled pairs."""
    tp = fp = fn = 0
    for a, b, gold, _ in pairs:
        pred = similarity(a, b) >= threshold
        tp += pred and gold
        fp += pred and not gold
        fn += gold and not pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(pairs)


def sweep(pairs: list[tuple[str, str, bool, str]], lo: float = 0.50, hi: float = 1.00, step: float = 0.01
          ) -> list[tuple[float, float, float]]:
    """(threshold, precision, recall) for each threshold from ``lo`` to ``hi``."""
    out = []
    n = int(round((hi - lo) / step))
    for i in range(n + 1):
        t = round(lo + i * step, 4)
        p, r, _ = score_pairs(pairs, t)
        out.append((t, p, r))
    return out


def load_pairs(path: str | None = None) -> list[tuple[str, str, bool, str]]:
    """Labelled pairs from a TSV file, or the shipped ``data/name_pairs.tsv`` when ``path`` is None."""
    if path is None:
        from importlib import resources

        text = resources.files("prisoner_ledger.data").joinpath("name_pairs.tsv").read_text(encoding="utf-8")
    else:
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
    return read_pairs(text.splitlines())


def evaluate_pairs(path: str | None = None, threshold: float = SAME_PERSON_THRESHOLD) -> tuple[float, float, int]:
    """(precision, recall, n) of ``same_person`` on a name-pairs TSV (default: the shipped one)."""
    return score_pairs(load_pairs(path), threshold)
