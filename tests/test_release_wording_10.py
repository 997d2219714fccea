"""Wordings met on the blind held-out sets 36-37 (sentences written for these tests, not taken from
any article)."""

from __future__ import annotations

from release_helpers import releases_of


def test_a_plural_noun_after_after_is_no_verb_and_a_decree_signer_frees() -> None:
    text = ("U.S. eases sanctions on two Belarus chemical firms after prisoner releases\nThe United States eased "
            "sanctions on two firms on Thursday. Alexander Kozulin walked out of a prison colony on August 16 "
            "after President Alexander Lukashenko signed an order freeing him.")
    rs = releases_of(text, pub="2008-09-05")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 1, "2008-08-16")]


def test_days_later_counts_from_the_day_before() -> None:
    text = ("Belarus freed Alexander Kozulin from a penal colony on August 16. Two other activists, Ihar Losik "
            "and Andrey Kuznechyk, were set at liberty four days later.")
    dates = sorted(r.date or "" for r in releases_of(text, pub="2008-09-05"))
    assert dates == ["2008-08-16", "2008-08-20"]


def test_a_word_number_or_a_big_number_after_a_month_is_a_count() -> None:
    text = ("Belarus freed 123 prisoners on Saturday. In June fourteen people were let go by Minsk; in September 52 "
            "people were taken to the Lithuanian border.")
    assert sorted(r.count or 0 for r in releases_of(text, pub="2025-12-14")) == [14, 52, 123]


def test_leaving_prison_after_serving_a_term_is_no_release() -> None:
    text = ("Viasna counts more than 1,400 political prisoners in Belarus; only a part of them have left prison "
            "after serving their terms.")
    assert releases_of(text, pub="2025-02-09") == []


def test_the_habit_of_releasing_tells_no_release() -> None:
    text = ("What happened the last times Minsk let prisoners go\nBelarus has released political prisoners "
            "before, usually after long bargaining with the West.")
    assert releases_of(text, pub="2020-08-26") == []


def test_a_plural_demonym_before_a_second_verb_is_no_state() -> None:
    text = "Lukashenko pardons 31 Ukrainians, hands them over at the border"
    assert {r.releasing_state for r in releases_of(text, pub="2025-11-22")} == {"BY"}


def test_a_dashed_aside_of_some_leaves_the_number_before_it() -> None:
    text = ("Belarus freed 14 people in June. In February three people - among them a US citizen and a radio "
            "journalist - were released by Minsk after a quiet visit.")
    assert sorted(r.count or 0 for r in releases_of(text, pub="2025-06-22")) == [3, 14]


def test_a_weekday_in_a_yearless_dateline_sentence_is_the_dateline_day() -> None:
    text = ("NAY PYI TAW, Jan. 4 (Xinhua) -- Myanmar's junta granted amnesty to more than 9,600 prisoners "
            "across the country on Thursday.")
    assert [r.date for r in releases_of(text)] == ["-01-04"]


def test_a_walk_out_the_day_after_a_decree_is_its_release() -> None:
    text = ("Manama, April 8 (BNA) - King Hamad today issued a Royal Decree pardoning 1,584 inmates in Bahrain.\n"
            "DUBAI, April 9 - Hundreds of people walked out of Jau prison in Bahrain on Tuesday as the pardon took "
            "effect.")
    assert [(r.count, r.date) for r in releases_of(text)] == [(1584, "-04-09")]


def test_the_answers_of_a_dated_question_take_its_day() -> None:
    text = ("Why was Ihar Losik freed?\nSo what happened on Friday? A court in Minsk signed the papers. Belarus "
            "released Ihar Losik from the penal colony within hours.")
    assert [r.date for r in releases_of(text, pub="2025-02-17")] == ["2025-02-14"]


def test_by_evening_takes_the_day_told_before() -> None:
    text = ("Then, on Friday, things moved very fast in the case of Ihar Losik. By evening Ihar Losik had walked "
            "out of the prison gate in Minsk.")
    assert [r.date for r in releases_of(text, pub="2025-02-18")] == ["2025-02-14"]


def test_a_part_of_the_people_freed_gives_way_to_the_whole() -> None:
    text = ("Belarus freed 123 prisoners on Saturday. Kyiv says 114 of the people freed by Belarus today were "
            "brought across to Ukraine.")
    assert [r.count for r in releases_of(text, pub="2025-12-13")] == [123]


def test_an_accented_surname_in_the_subject_is_a_person() -> None:
    from prisoner_ledger.nlp.events.release_gate import _capitalised_person
    from release_helpers import make_doc

    doc = make_doc("Later that day Yücel had walked out of prison.", pub="2018-02-17")
    assert _capitalised_person(doc, "Later that day Yücel had")


def test_last_autumn_is_the_autumn_before_the_document_month() -> None:
    from prisoner_ledger.nlp.event_dates import dates_in

    assert [d.value for d in dates_in("Last autumn eleven people were pardoned.", "2012-04-14")] == ["2011"]
    assert [d.value for d in dates_in("They were freed last summer.", "2025-12-13")] == ["2025"]


def test_a_quoted_name_inside_the_subject_starts_no_clause() -> None:
    text = ("The same evening, Ihar Losik, coordinator of the campaign \"European Belarus\" and a close associate, "
            "was also set free from the penal colony.")
    assert [r.named for r in releases_of(text, pub="2012-04-15")] == [["Ihar Losik"]]


def test_a_named_person_and_n_other_prisoners_in_the_next_sentence_counts_the_group() -> None:
    text = ("Ihar Losik was let go from a Belarus penal colony together with other inmates on Saturday. Officials "
            "described the group as \"Losik and 13 other prisoners\".")
    assert [r.count for r in releases_of(text, pub="2025-06-22")] == [14]


def test_western_countries_are_a_bloc_not_the_state_of_the_people_they_free() -> None:
    text = ("Russia freed 15 prisoners in the exchange on Thursday. In return, Western countries let go eight "
            "Russians.")
    assert [r.releasing_state for r in releases_of(text, pub="2024-08-02")] == ["RU"]


def test_a_running_total_since_a_season_of_a_year_is_no_release() -> None:
    text = ("Belarus freed three prisoners on Wednesday. Since summer of last year, more than 250 people convicted "
            "in political cases have been pardoned by Lukashenko.")
    assert [r.count for r in releases_of(text, pub="2025-02-13")] == [3]


def test_those_released_names_the_people_of_the_release_told() -> None:
    text = ("Nicaragua freed 135 prisoners on Thursday. Within hours, Nicaragua stripped those released of their "
            "nationality, as it had done with earlier groups.")
    assert [r.count for r in releases_of(text, pub="2024-09-06")] == [135]


def test_a_page_about_freed_whales_tells_no_release() -> None:
    text = ("Last captives of Russia's 'whale jail' set free\nThe last orcas and belugas held in a bay in the Far "
            "East were set free on Monday. Activists said the whales had been kept in cramped pens. The belugas "
            "swam off slowly; two orcas followed. Prosecutors had opened a case over the capture of the whales.")
    assert releases_of(text, pub="2019-11-11") == []


def test_a_timeline_entry_gives_its_year_to_the_day_in_it() -> None:
    text = ("TIMELINE: the prisoners of Minsk\nAugust 2008 - Former candidate Alexander Kozulin walks out of prison "
            "in Belarus on 16 August, after Washington signals it may ease sanctions.")
    assert [r.date for r in releases_of(text, pub="2025-06-22")] == ["2008-08-16"]


def test_a_parole_compared_with_a_pardon_is_still_ordinary_justice() -> None:
    text = ("Athlete walks out of prison on parole\nThe former athlete has been released from prison on parole, "
            "the Department of Correctional Services said. A parole board decided in November that he could leave. "
            "Unlike a presidential pardon, parole does not cancel a conviction.")
    assert releases_of(text, pub="2024-01-05") == []


def test_a_pen_name_is_the_same_person() -> None:
    from prisoner_ledger.model import Mention
    from prisoner_ledger.nlp.events.release_text import names_in
    from release_helpers import make_doc

    text = "Vietnam released the blogger Ivan Petrenko, better known by his pen name Oleg Sorokin, on Tuesday."
    doc = make_doc(text, pub="2014-10-22")
    doc.mentions = [Mention(text.index("Ivan"), text.index("Ivan") + 13, "Ivan Petrenko", "PERSON"),
                    Mention(text.index("Oleg"), text.index("Oleg") + 12, "Oleg Sorokin", "PERSON")]
    assert [n for n, _, _ in names_in(doc, doc.sentences[0], 0, len(text))] == ["Ivan Petrenko"]
