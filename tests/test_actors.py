"""Actor dictionary, metonymy, offices by date, nationality counts, reference resolution."""

from __future__ import annotations

from pathlib import Path

import pytest

from prisoner_ledger.errors import LedgerError
from prisoner_ledger.model import Document
from prisoner_ledger.nlp.actors import (
    ActorOptions,
    actor_code,
    infer_default_state,
    load_dictionary,
    nationality_mentions,
    office_holder,
    parse_dictionary,
    place_country,
    speaker_at,
    tag_actors,
)
from prisoner_ledger.nlp.names import same_person
from prisoner_ledger.nlp.person_spans import MAX_NAME_WORDS, apposition_names, extend, strip_leading
from prisoner_ledger.nlp.sentences import split_sentences


def _doc(text: str, ner: bool = False) -> Document:
    doc = Document(name="t.txt", source="t.txt", fmt="txt", raw_text=text, clean_text=text)
    doc.sentences = split_sentences(text)
    doc.relevant_sentences = list(range(len(doc.sentences))) if ner else []
    return doc


def test_dictionary_is_big_and_valid() -> None:
    d = load_dictionary()
    assert len(d) >= 150
    assert load_dictionary() is d  # cached


@pytest.mark.parametrize(("name", "actor_id", "country"), [
    ("Sergey Tikhanovsky", "siarhei-tsikhanouski", "BY-OPP"),
    ("Syarhei Tsikhanouski", "siarhei-tsikhanouski", "BY-OPP"),
    ("Svetlana Tikhanovskaya", "tsikhanouskaya", "BY-OPP"),
    ("Alyaksandr Lukashenka", "lukashenko", "BY"),
    ("Лукашенко", "lukashenko", "BY"),
    ("Viktar Lukashenka", "viktor-lukashenko", "BY"),
    ("Mikalai Statkevich", "mikola-statkevich", "BY-OPP"),
    ("Maryia Kalesnikava", "maria-kalesnikava", "BY-OPP"),
    ("John Coale", "john-coale", "US"),
    ("Viasna", "viasna", "NGO"),
])
def test_lookup_across_spellings(name: str, actor_id: str, country: str) -> None:
    a = load_dictionary().lookup(name)
    assert a is not None and a.id == actor_id and a.country == country


@pytest.mark.parametrize(("phrase", "code"), [
    ("Minsk", "BY"), ("Washington", "US"), ("Warsaw", "PL"), ("Vilnius", "LT"), ("Moscow", "RU"),
    ("Brussels", "EU"), ("Kyiv", "UA"), ("Caracas", "VE"), ("Tehran", "IR"), ("Doha", "QA"), ("Muscat", "OM"),
    ("Abu Dhabi", "AE"), ("Ankara", "TR"), ("Riga", "LV"), ("the Kremlin", "RU"), ("the White House", "US"),
    ("the State Department", "US"), ("the European Union", "EU"), ("the EU", "EU"),
    ("the European Parliament", "EU"), ("the Vatican", "VA"), ("the Holy See", "VA"), ("Viasna", "NGO"),
    ("Belarusian", "BY"), ("Polish", "PL"), ("American", "US"), ("Lithuanian", "LT"), ("Belarus", "BY"),
    ("the United States", "US"), ("the West", "WEST"), ("the Belarusian opposition", "BY-OPP"),
    ("Tsikhanouskaya", "BY-OPP"), ("Lukashenka", "BY"),
])
def test_actor_codes_and_metonymy(phrase: str, code: str) -> None:
    assert actor_code(phrase) == code


def test_group_words_take_the_default_state() -> None:
    assert actor_code("the regime", default_state="BY") == "BY"
    assert actor_code("the dictator", default_state="BY") == "BY"
    assert actor_code("the regime") is None
    assert actor_code("the opposition", default_state="BY") == "BY-OPP"
    assert actor_code("Nobody Atall") is None


@pytest.mark.parametrize(("title", "country", "date", "actor_id"), [
    ("the US president", None, "2025-06-21", "donald-trump"),
    ("the US president", None, "2023-02-01", "joe-biden"),
    ("president", "US", "2019-05-01", "donald-trump"),
    ("secretary of state", "US", "2024-03-01", "antony-blinken"),
    ("secretary of state", "US", "2025-09-01", "marco-rubio"),
    ("foreign minister", "BY", "2015-01-01", "vladimir-makei"),
    ("foreign minister", "BY", "2023-06-01", "sergei-aleinik"),
    ("pope", "VA", "2020-01-01", "pope-francis"),
    ("pope", "VA", "2025-06-01", "pope-leo-xiv"),
    ("the Belarusian leader", None, None, "lukashenko"),
])
def test_office_holders_by_date(title: str, country: str | None, date: str | None, actor_id: str) -> None:
    a = office_holder(title, country, date)
    assert a is not None and a.id == actor_id


def test_office_holder_unknown_is_none() -> None:
    assert office_holder("pope", "VA", "1990-01-01") is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Among them were two Japanese citizens.", [("JP", 2)]),
    ("He is a Lithuanian national.", [("LT", 1)]),
    ("The group included three Poles.", [("PL", 3)]),
    ("Only one US citizen was freed.", [("US", 1)]),
    ("They freed two Japanese, three Polish and two Latvian citizens.", [("JP", 2), ("PL", 3), ("LV", 2)]),
    ("Freed were citizens of Estonia, Sweden and the US.", [("EE", None), ("SE", None), ("US", None)]),
    ("A Polish journalist said nothing about numbers.", [("PL", 1)]),
    ("Three Polish diplomats and a Belarusian court.", []),
])
def test_nationality_counts(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert [(n.code, n.count) for n in nationality_mentions(text)] == expected


def test_dictionary_validation_names_entry_and_reason() -> None:
    bad = {"actor": [{"id": "x-1", "name": "X", "country": "Belarus", "role": "r"}]}
    with pytest.raises(LedgerError) as err:
        parse_dictionary(bad, "bad.toml")
    assert err.value.code == "E304" and "x-1" in str(err.value) and "country" in str(err.value)
    dates = {"actor": [{"id": "y", "name": "Y", "country": "US", "role": "r",
                        "offices": [{"title": "president", "country": "US", "start": "2020-01-01",
                                     "end": "2019-01-01"}]}]}
    with pytest.raises(LedgerError, match="ends"):
        parse_dictionary(dates)
    with pytest.raises(LedgerError, match="twice"):
        parse_dictionary({"actor": [{"id": "z", "name": "Z", "country": "US", "role": "r"}] * 2})


def test_bad_toml_file_raises_e304(tmp_path: Path) -> None:
    p = tmp_path / "a.toml"
    p.write_text("[[actor]\nid=", encoding="utf-8")
    with pytest.raises(LedgerError, match="E304"):
        load_dictionary(str(p))


def test_reference_resolution() -> None:
    text = ("Belarusian leader Alexander Lukashenko met John Coale in Minsk. "
            "\"We are ready to talk,\" he said. Later the president pardoned 14 people. "
            "Sviatlana Tsikhanouskaya welcomed it. \"It is not enough,\" she added. "
            "Lukashenka said the West must lift sanctions, and Washington agreed.")
    doc = _doc(text)
    ms = tag_actors(doc, ActorOptions(ner=False))
    by_text = {(m.text, m.start): m for m in ms}
    he = next(m for m in ms if m.text == "he")
    assert he.actor_id == "lukashenko" and he.resolved_from == "Alexander Lukashenko"
    pres = next(m for m in ms if m.text == "the president")
    assert pres.actor_id == "lukashenko" and pres.country == "BY"
    she = next(m for m in ms if m.text == "she")
    assert she.actor_id == "tsikhanouskaya" and she.country == "BY-OPP"
    luk = next(m for m in ms if m.text == "Lukashenka")
    assert luk.actor_id == "lukashenko" and luk.resolved_from == "Alexander Lukashenko"
    assert next(m for m in ms if m.text == "the West").country == "WEST"
    assert next(m for m in ms if m.text == "Washington").country == "US"
    assert by_text  # mentions carry offsets into the text
    assert all(text[m.start:m.end] == m.text for m in ms)
    doc.mentions = ms
    quote_end = text.index("talk,\"") + len("talk,\"")
    sp = speaker_at(doc, quote_end)
    assert sp is not None and sp.actor_id == "lukashenko"


def test_transliterated_name_outside_aliases_is_found() -> None:
    ms = tag_actors(_doc("Later Syarhiej Cichanoŭski spoke to reporters."), ActorOptions(ner=False))
    assert any(m.actor_id == "siarhei-tsikhanouski" for m in ms)


def test_ner_runs_only_on_relevant_sentences() -> None:
    text = "Ivan Petrovsky-Zhukov was detained. Nothing else happened."
    quiet = tag_actors(_doc(text, ner=False))
    assert not any(m.label == "PERSON" for m in quiet)
    loud = tag_actors(_doc(text, ner=True))
    people = [m for m in loud if m.label == "PERSON"]
    assert people and (people[0].actor_id or "").startswith("p:")
    # the provisional id is the name key, stable across documents
    again = tag_actors(_doc("Yesterday " + text, ner=True))
    assert {m.actor_id for m in again if m.label == "PERSON"} == {m.actor_id for m in people}


def _gold_people(gold: dict) -> list[tuple[str, str | None]]:
    out: list[tuple[str, str | None]] = []
    for r in gold.get("releases", []):
        out += [(n, None) for n in r.get("named", [])]
    for e in gold.get("events", []):
        if e.get("speaker"):
            out.append((e["speaker"], e.get("source")))
    for group in gold.get("aliases", []):
        out += [(n, None) for n in group]
    return out


def test_seed_people_resolve(seed_gold: dict[str, dict]) -> None:
    d = load_dictionary()
    for doc, gold in seed_gold.items():
        for name, source in _gold_people(gold):
            a = d.lookup(name)
            assert a is not None, (doc, name)
            if source:
                assert a.country == source, (doc, name, a.country, source)
    assert d.lookup("Sergey Tikhanovsky") is d.lookup("Siarhei Tsikhanouski")
    assert d.lookup("Lukashenka") is d.lookup("Lukashenko")
    assert d.lookup("Tsikhanouski") is not d.lookup("Tsikhanouskaya")
    assert not same_person("Siarhei Tsikhanouski", "Sviatlana Tsikhanouskaya")


def test_seed_texts_tag_speakers(seeds_dir: Path, seed_gold: dict[str, dict]) -> None:
    for name, gold in seed_gold.items():
        text = (seeds_dir / name).read_text(encoding="utf-8")
        ms = tag_actors(_doc(text, ner=True))
        seen = {m.actor_id for m in ms}
        for e in gold.get("events", []):
            if e.get("speaker"):
                a = load_dictionary().lookup(e["speaker"])
                assert a is not None and a.id in seen, (name, e["speaker"])


# ---------------------------------------------------------------------------------------------
# Person spans: demonyms outside names, names the NER misses, names cut in two, places


def _people(ms: list) -> list[str]:
    return [m.text for m in ms if m.label == "PERSON" or (m.label == "ACTOR" and m.name_key)]


@pytest.mark.parametrize(("text", "start_word", "name", "code"), [
    ("Briton Ann Whitcombe was freed.", "Briton", "Ann Whitcombe", "GB"),
    ("American journalist Daniel Korsakoff was freed.", "American", "Daniel Korsakoff", "US"),
    ("Belarusian activist Ihar Zhukouski was freed.", "Belarusian", "Ihar Zhukouski", "BY"),
    ("Japanese national Kenji Moritaka was freed.", "Japanese", "Kenji Moritaka", "JP"),
    ("Father Tomas Quiroga was freed.", "Father", "Tomas Quiroga", None),
])
def test_demonym_and_title_stay_outside_the_name(text: str, start_word: str, name: str, code: str | None) -> None:
    d = load_dictionary()
    end = text.index(" was")
    start, nats = strip_leading(text, 0, end, d)
    assert text[start:end] == name
    assert [c for _, _, c in nats] == ([code] if code else [])
    assert all(text[s:e] == start_word for s, e, _ in nats)


def test_ner_person_mention_is_the_name_only() -> None:
    text = "On Friday the junta freed Briton Ann Whitcombe and American journalist Daniel Korsakoff."
    ms = tag_actors(_doc(text, ner=True))
    people = _people(ms)
    assert "Ann Whitcombe" in people and "Daniel Korsakoff" in people
    assert not any(p.split()[0] in ("Briton", "American", "journalist") for p in people)
    norp = {m.text: m.country for m in ms if m.label == "NORP"}
    assert norp.get("Briton") == "GB" and norp.get("American") == "US"


def test_apposition_finds_names_next_to_person_nouns_and_demonyms() -> None:
    d = load_dictionary()
    text = ("The junta freed filmmaker Hiroshi Tanabe, American Kyaw Min Thu and Japan’s Kenji Moritaka, "
            "and Lwin Maung Aye, a Burmese writer.")
    found = {text[s:e]: code for s, e, code in apposition_names(text, d)}
    assert found == {"Hiroshi Tanabe": None, "Kyaw Min Thu": "US", "Kenji Moritaka": "JP", "Lwin Maung Aye": None}
    # an organisation after a demonym is no person; a single capitalised word is no name
    assert apposition_names("Belarusian activists of the Popular Front were freed.", d) == []
    assert apposition_names("The prisoner Smith was freed.", d) == []


@pytest.mark.parametrize("ner", [False, True])
def test_missed_names_become_people_only_in_trigger_sentences(ner: bool) -> None:
    text = "Rangoon was quiet. The junta released journalist Toru Kubota on Thursday."
    doc = _doc(text, ner=ner)
    doc.relevant_sentences = [1]  # only the sentence with the release word
    assert "Toru Kubota" in _people(tag_actors(doc, ActorOptions(ner=ner)))
    quiet = _doc("The junta praised journalist Toru Kubota on Thursday.")
    assert "Toru Kubota" not in _people(tag_actors(quiet, ActorOptions(ner=False)))


def test_name_grows_over_surnames_and_particles() -> None:
    d = load_dictionary()
    always = lambda _offset: True  # noqa: E731 - every word a proper noun to the tagger
    text = "Freed were Father Luis Alberto Ortiz Mendoza and Juan Carlos de la Cruz Prieto in May."
    s = text.index("Luis")
    assert text[slice(*extend(text, s, s + len("Luis Alberto"), d, always))] == "Luis Alberto Ortiz Mendoza"
    s = text.index("Juan")
    assert text[slice(*extend(text, s, s + len("Juan Carlos"), d, always))] == "Juan Carlos de la Cruz Prieto"
    t2 = "He thanked Majed al-Ansari Qatar for it."
    s = t2.index("Majed")
    assert t2[slice(*extend(t2, s, s + len("Majed"), d, always))] == "Majed al-Ansari"  # a state stops it
    t3 = "Ana Maria Luisa Teresa Gomez Ruiz Vidal left."
    assert len(t3[slice(*extend(t3, 0, 3, d, always))].split()) == MAX_NAME_WORDS
    never = lambda _offset: False  # noqa: E731 - a common word at a sentence start is no name
    assert extend(text, s, s + 5, d, never) == (s, s + 5)


def test_ner_joins_a_name_cut_in_two() -> None:
    text = ("Among those freed on Sunday were Father Luis Alberto Ortiz Mendoza and Father "
            "Carlos Andrés Vega Quintero, both from the same parish.")
    people = _people(tag_actors(_doc(text, ner=True)))
    assert "Luis Alberto Ortiz Mendoza" in people and "Carlos Andrés Vega Quintero" in people
    assert not any(p in ("Ortiz Mendoza", "Vega Quintero", "Luis Alberto", "Carlos Andrés") for p in people)


def test_capitals_as_places_are_marked_and_keep_their_country() -> None:
    text = ("The five men were flown to Ankara and later arrived in Vilnius. "
            "Minsk freed them after talks, and Washington welcomed it.")
    ms = tag_actors(_doc(text), ActorOptions(ner=False))
    by = {m.text: m for m in ms}
    for city, code in (("Ankara", "TR"), ("Vilnius", "LT")):
        assert by[city].label == "LOC" and by[city].role == "place" and by[city].country == code
    assert by["Minsk"].label == "METONYM" and by["Minsk"].country == "BY"
    assert by["Washington"].label == "METONYM" and by["Washington"].country == "US"
    # a place counts less than an actor when the story's state is guessed
    story = "The men arrived in Vilnius on Friday. Belarus had freed them."  # a tie at full weight
    assert infer_default_state(tag_actors(_doc(story), ActorOptions(ner=False))) == "BY"


@pytest.mark.parametrize(("place", "code"), [
    ("Vilnius", "LT"), ("Warsaw", "PL"), ("Kyiv", "UA"), ("Ankara", "TR"), ("Doha", "QA"), ("Minsk", "BY"),
    ("Moscow", "RU"), ("Caracas", "VE"), ("Tehran", "IR"), ("Managua", "NI"), ("Havana", "CU"), ("Baku", "AZ"),
    ("Yerevan", "AM"), ("Washington", "US"), ("Andrews", "US"), ("Joint Base Andrews", "US"), ("Berlin", "DE"),
    ("Riga", "LV"), ("Tallinn", "EE"), ("Brussels", "BE"), ("Istanbul", "TR"), ("Lithuania", "LT"),
    ("the United States", "US"), ("Vilnius airport", "LT"), ("EU", None), ("Nowhereville", None),
])
def test_place_country(place: str, code: str | None) -> None:
    assert place_country(place) == code


@pytest.mark.parametrize(
    ("phrase", "code"),
    [("the Americans", "US"), ("Lithuanians", "LT"), ("Poles", "PL"), ("the Swedes", "SE"),
     ("the Catholic Church", "VA"), ("Reuters", None), ("Chris", None)],
)
def test_plural_people_words_and_church(phrase: str, code: str | None) -> None:
    assert actor_code(phrase) == code


def test_a_phrase_that_only_sounds_like_a_surname_alias_is_no_person() -> None:
    d = load_dictionary()
    assert d.lookup("Royal Decree") is None  # sounds like the alias 'De Croo'
    found = d.lookup("Alexander De Croo")
    assert found is not None and found.country == "BE"


def test_a_full_name_around_a_surname_alias_is_the_mention() -> None:
    # the dictionary knows 'Kazulin' as an alias of Alexander Kozulin but not this spelling of the full name
    text = "In August 2008 the former presidential candidate Alexander Kazulin was let out early."
    ms = [m for m in tag_actors(_doc(text, ner=True)) if m.actor_id == "alexander-kozulin"]
    assert [m.text for m in ms] == ["Alexander Kazulin"]
