"""Release dates, swap sides and states met on the blind held-out sets 22-25 (sentences written for
these tests, not taken from any article)."""

from __future__ import annotations

from release_helpers import releases_of


def _rows(rs):  # type: ignore[no-untyped-def]
    return sorted((r.releasing_state or "", r.count or 0, r.date or "") for r in rs)


def test_a_batch_is_dated_by_the_day_its_releases_began() -> None:
    text = ("Havana frees first prisoners under Vatican deal\n"
            "Cuba said on Tuesday it would gradually free 553 prisoners. Releases began on Wednesday. "
            "On Thursday the dissident Jorge Lamas walked out of a prison in Holguin.")
    rs = releases_of(text, pub="2025-01-17")
    main = [r for r in rs if not r.background]
    assert main and main[0].releasing_state == "CU" and main[0].date == "2025-01-15"


def test_a_day_stated_for_the_exchange_dates_both_sides() -> None:
    text = ("Eight Canadians home after Caracas frees them in exchange for a banker\n"
            "The eight Canadians held in Venezuela were back in Toronto on Friday. In return Canada freed "
            "Pedro Ruiz, a banker close to the government. The exchange took place on Thursday.")
    rs = releases_of(text, pub="2024-03-09")
    dates = {r.releasing_state: r.date for r in rs}
    assert dates.get("VE") == "2024-03-07"
    assert dates.get("CA") == "2024-03-07"


def test_the_arrival_day_gives_way_to_the_day_they_were_flown_out() -> None:
    text = ("Three Danes held in Iran landed in Copenhagen early on Tuesday. The three were flown out of "
            "Tehran on Monday on a chartered plane.")
    rs = releases_of(text, pub="2024-05-14")
    assert [(r.releasing_state, r.date) for r in rs if not r.background] == [("IR", "2024-05-13")]


def test_a_release_in_an_after_clause_does_not_take_the_main_clause_day() -> None:
    text = ("Families in Oslo were celebrating on Friday after Iran released four Norwegians. The four were "
            "set at liberty in Tehran on Wednesday.")
    rs = releases_of(text, pub="2024-05-11")
    assert ("IR", 4, "2024-05-08") in _rows(rs)


def test_a_day_after_another_release_is_still_read_as_an_offset() -> None:
    text = ("A second opposition figure was released from prison on Sunday, a day after the party leader "
            "Ales Vysotsky was let out of a colony in Belarus.")
    rs = releases_of(text, pub="2012-04-16")
    assert "2012-04-14" in {r.date for r in rs}


def test_set_at_liberty_in_a_capital_names_the_holder() -> None:
    text = ("Ottawa agreed to pardon a Venezuelan banker. The Canadians were set at liberty in Caracas on "
            "Wednesday.")
    rs = releases_of(text, pub="2024-03-08")
    assert "VE" in {r.releasing_state for r in rs}


def test_people_released_in_a_country_they_were_sent_to_name_no_holder() -> None:
    text = ("Nicaragua expelled 135 political prisoners to Guatemala on Thursday. Donors should support the "
            "people released in Guatemala with housing.")
    rs = releases_of(text, pub="2024-09-07")
    assert {r.releasing_state for r in rs} == {"NI"}


def test_as_part_of_the_deal_marks_the_other_side_of_a_swap() -> None:
    text = ("Five Britons freed by Iran arrive home after Omani-brokered deal\n"
            "Five Britons who had been held in Iran were flown out of Tehran on Monday. As part of the deal, "
            "the British government released two Iranians convicted of sanctions breaches.")
    rs = releases_of(text, pub="2024-05-14")
    uk = [r for r in rs if r.releasing_state == "GB"]
    assert uk and not uk[0].background and uk[0].date == "2024-05-13"


def test_the_total_of_an_exchange_is_neither_sides_count() -> None:
    text = ("Planes converged on Ankara on Thursday for an exchange that involved 24 people. Russia freed "
            "Piotr Nowak. Germany let go of Ivan Sokolov.")
    rs = releases_of(text, pub="2024-08-02")
    assert {r.releasing_state: r.count for r in rs} == {"RU": 1, "DE": 1}
