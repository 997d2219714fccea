from __future__ import annotations

import json
from pathlib import Path

import pytest

from release_helpers import releases_of


def test_simple_release_with_count_date_mediator() -> None:
    rs = releases_of("Belarus freed 52 political prisoners on Saturday after mediation by the United States.",
                     pub="2025-09-15")
    assert len(rs) == 1
    r = rs[0]
    assert (r.releasing_state, r.count, r.date, r.mediator) == ("BY", 52, "2025-09-13", ["US"])
    assert r.evidence is not None and "freed 52" in r.evidence.sentence
    assert r.field_evidence["count"].text.startswith("52")


def test_passive_release_from_national_prisons_and_destination() -> None:
    rs = releases_of("On Thursday 14 prisoners were released from Belarusian prisons. "
                     "They crossed into Lithuania in the afternoon.", pub="2025-06-20")
    assert [(r.releasing_state, r.count, r.destination) for r in rs] == [("BY", 14, "LT")]


def test_named_and_others() -> None:
    rs = releases_of("Belarus has released Siarhei Tsikhanouski and 13 other political prisoners.")
    assert rs[0].count == 14 and rs[0].named == ["Siarhei Tsikhanouski"]


@pytest.mark.parametrize("text", [
    "The EU called on Minsk to release all political prisoners.",
    "Lukashenko said he was ready to release political prisoners provided the West lifts sanctions.",
    "Washington hopes the prisoners will be released soon.",
    "Minsk denied that any prisoners had been released.",
    "The prisoners could be released next month if talks succeed.",
])
def test_demands_offers_hopes_denials_are_no_release(text: str) -> None:
    assert releases_of(text) == []


@pytest.mark.parametrize("text", [
    "The ministry issued a press release on Monday about the prisoners.",
    "The rights group released a report on political prisoners in Belarus.",
    "The opposition leader was released from hospital and taken back to prison.",
    "The man arrested in Belarus has been released on police bail.",
    "Prisoner, the new album, was released on February 17 on a major label. The album tour starts soon. "
    "Its songs and singles topped the charts.",
])
def test_other_senses_of_release(text: str) -> None:
    assert releases_of(text) == []


def test_swap_gives_two_records() -> None:
    rs = releases_of("Russia released American Trevor Reed on Wednesday in exchange for Russian citizen "
                     "Konstantin Yaroshenko.", pub="2022-04-27")
    by_state = {r.releasing_state: r for r in rs}
    assert set(by_state) == {"RU", "US"}
    assert by_state["RU"].named == ["Trevor Reed"] and by_state["RU"].date == "2022-04-27"
    assert by_state["US"].named == ["Konstantin Yaroshenko"] and by_state["US"].nationalities == ["RU"]


def test_background_release_is_its_own_record() -> None:
    rs = releases_of("Belarus freed 30 prisoners on Friday. Ryhor Kastusiou, another cancer patient, "
                     "was released in 2024.", pub="2025-08-16")
    assert len(rs) == 2
    assert rs[0].count == 30 and not rs[0].background
    assert rs[1].background and rs[1].date == "2024" and rs[1].named == ["Ryhor Kastusiou"]


def test_remention_does_not_make_a_new_record() -> None:
    rs = releases_of("Belarus freed 52 prisoners on Thursday. The release of the 52 prisoners is the largest "
                     "batch so far. The prisoners were released a day after the drone incident.", pub="2025-09-12")
    assert len(rs) == 1 and rs[0].count == 52


def test_lower_bound_gives_way_to_exact_count() -> None:
    rs = releases_of("More than fifty political prisoners were released from Belarus. "
                     "\"52 prisoners crossed the border from Belarus today,\" the president wrote.")
    assert rs[0].count == 52


def test_related_link_headline_in_title_case_is_noise() -> None:
    rs = releases_of("SEE ALSO: Journalist And Two Others Released From Prison In Belarus")
    assert rs == []


SEEDS = Path(__file__).resolve().parents[1].parent / "shared"


def test_seed_releases_found_and_none_invented(seeds_dir: Path, seed_gold: dict) -> None:
    pytest.importorskip("prisoner_ledger.nlp.actors")
    from prisoner_ledger.evaluate import date_matches, name_matcher
    from prisoner_ledger.extract import extract_path

    same = name_matcher()
    for name, gold in seed_gold.items():
        pred = extract_path(seeds_dir / name)[0]
        assert len(pred["releases"]) == len(gold["releases"]), (name, json.dumps(pred["releases"])[:300])
        for g in gold["releases"]:
            p = next(r for r in pred["releases"] if r["releasing_state"] == g["releasing_state"])
            assert p["count"] == g["count"], name
            assert date_matches(g["date"], p["date"]), name
            assert sorted(g["mediator"]) == sorted(p["mediator"]), name
            for person in g["named"]:
                assert any(same(person, x) for x in p["named"]), (name, person, p["named"])
