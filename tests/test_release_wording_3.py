"""Release wordings and dates met on the blind held-out sets 6-8 (sentences written for these tests)."""

from __future__ import annotations

from prisoner_ledger.ingest import IngestOptions
from prisoner_ledger.ingest.clean import clean
from prisoner_ledger.model import RawDocument
from release_helpers import releases_of


def test_people_serving_sentences_who_left_the_holders_capital() -> None:
    text = ("Three Canadian engineers, who had been serving sentences in Iran, left Tehran for Muscat on an "
            "Omani plane on Tuesday.")
    rs = releases_of(text, pub="2025-03-14")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("IR", 3, "2025-03-11")]


def test_leaving_the_capital_as_a_trip_is_no_release() -> None:
    rs = releases_of("The foreign minister left Tehran for Muscat on Tuesday for talks.", pub="2025-03-14")
    assert rs == []


def test_agreed_to_grant_clemency_is_an_agreed_release() -> None:
    rs = releases_of("In return, Canada agreed to grant clemency to four Iranians convicted of export offences.",
                     pub="2025-03-14")
    assert [(r.releasing_state, r.count, r.status) for r in rs] == [("CA", 4, "agreed")]


def test_left_a_penal_colony() -> None:
    rs = releases_of("Opposition politician Pavel Sevastyanau left a penal colony near Vitebsk in Belarus on Friday.",
                     pub="2025-03-14")
    assert [(r.releasing_state, r.date) for r in rs] == [("BY", "2025-03-14")]


def test_that_day_takes_the_day_named_earlier_in_the_sentence() -> None:
    text = ("By Wednesday, monitors had counted dozens of people back home in Cuba, including activist Pedro "
            "Arroyo, who left prison in Holguin that day.")
    rs = releases_of(text, pub="2025-03-14")
    assert [(r.releasing_state, r.date) for r in rs] == [("CU", "2025-03-12")]


def test_a_headline_tells_the_news_of_its_day() -> None:
    text = ("Bakery owner Oleg Petrov heads home from Russia\n"
            "The family had waited three years. Petrov had been held in a Moscow jail since 2022.")
    rs = releases_of(text, pub="2025-03-14")
    assert [(r.releasing_state, r.date) for r in rs if not r.background] == [("RU", "2025-03-14")]


def test_a_past_story_from_years_before_does_not_join_the_fresh_release() -> None:
    text = ("Cuba has begun to free prisoners. Dissident Pedro Arroyo left prison in Holguin on Wednesday. "
            "In 2014 the release of American contractor Alan Gross came with a broader thaw.")
    rs = releases_of(text, pub="2025-03-14")
    assert sorted((r.date or "", r.background) for r in rs) == [("2014", True), ("2025-03-12", False)]


def _pub(text: str) -> tuple[str | None, float]:
    raw = RawDocument("d.txt", text.encode(), "txt", "d.txt", {"encoding": "utf-8", "markup": "text"})
    g = clean(raw, IngestOptions())[0].pub_date
    assert g is not None
    return g.value, g.confidence


def test_an_updated_stamp_on_this_weeks_news_is_the_publication_date() -> None:
    text = ("Updated March 14, 2025 at 3:05 PM ET\n\nWhat the release means\n\n"
            "The government said this week that it would free 200 people. Many were arrested in 2021, others "
            "in the crackdown of 2019.")
    value, conf = _pub(text)
    assert value == "2025-03-14" and conf >= 0.5


def test_an_updated_stamp_on_an_old_story_stays_doubtful() -> None:
    text = ("Updated March 14, 2025 at 3:05 PM ET\n\nWhat the release meant\n\n"
            "The government freed 200 people. Many had been arrested in 2019, others in 2020.")
    value, conf = _pub(text)
    assert value == "2025-03-14" and conf < 0.5


def test_freeing_as_the_subject_of_a_demand_is_no_release_and_names_no_holder() -> None:
    text = ("Opposition figure Pavel Sevastyanau walked free from a colony in Belarus on Saturday. "
            "Canada had made clear that freeing him and other jailed opponents was its main demand.")
    rs = releases_of(text, pub="2025-03-16")
    assert [(r.releasing_state, r.background) for r in rs] == [("BY", False)]


def test_a_parole_story_with_politics_only_in_its_menu_is_no_release() -> None:
    text = ("Valley Courier | Local | Politics | Sport\n\n"
            "Former sprinter Dan Kobus was released on parole from a correctional centre on Friday, officials said. "
            "He had served half of his term for the murder of his neighbour. Journalists waited outside.")
    assert releases_of(text, pub="2025-03-14") == []


def test_an_exchange_that_saw_the_other_state_free_someone_is_a_second_record() -> None:
    text = ("Two Belgian aid workers landed in Brussels on Saturday after being let go by Iran in an exchange "
            "that saw Belgium free Konstantin Yaroshenko, an official serving a life sentence.")
    rs = releases_of(text, pub="2025-03-16")
    assert sorted((r.releasing_state, r.count, r.date) for r in rs) == [("BE", 1, "2025-03-15"),
                                                                       ("IR", 2, "2025-03-15")]


def test_a_year_standing_as_an_adjective_is_no_release_date() -> None:
    text = ("Relatives of the 1988 victims said the release of a convicted official by Denmark would encourage "
            "more hostage-taking.")
    rs = releases_of(text, pub="2025-03-16")
    assert all(r.date != "1988" for r in rs)


def test_a_list_of_states_each_freeing_people() -> None:
    text = ("Slovakia released a couple who had posed as tourists while spying, Hungary freed Ivan Petrenko, "
            "and Austria released Oleg Sorokin.")
    rs = releases_of(text, pub="2025-03-16")
    assert sorted((r.releasing_state, r.count) for r in rs) == [("AT", 1), ("HU", 1), ("SK", 2)]


def test_a_foreign_language_date_line_with_a_bare_time_part() -> None:
    value, _ = _pub("Updated lördag 15 juni 2024 kl 20.41 | Published 14.02\n\nNews\n\n"
                    "The council voted to pardon eleven detained reporters on Saturday, officials said.")
    assert value == "2024-06-15"


def test_people_of_a_release_told_again_by_nationality_join_that_release() -> None:
    text = ("Four Americans held in Venezuela were back on U.S. soil on Thursday after Washington agreed to free "
            "Konstantin Yaroshenko, a close ally of Donald Trump. "
            "Among the Americans let go were Trevor Reed and Vadim Krasikov.")
    rs = {r.releasing_state: r for r in releases_of(text, pub="2025-03-14")}
    assert rs["VE"].count == 4 and sorted(rs["VE"].named) == ["Trevor Reed", "Vadim Krasikov"]
    assert rs["US"].named == ["Konstantin Yaroshenko"] and rs["US"].count == 1


def test_in_addition_a_group_freed_is_a_further_release() -> None:
    text = ("Venezuela freed ten Americans on Wednesday. "
            "In addition, Venezuela freed a group of Venezuelans jailed for political reasons.")
    rs = releases_of(text, pub="2025-03-14")
    assert sorted((r.releasing_state, r.count or 0) for r in rs) == [("VE", 0), ("VE", 10)]


def test_a_pledge_to_free_a_group_is_an_agreed_release_of_its_own() -> None:
    text = ("Venezuela freed ten Americans on Wednesday. "
            "Venezuela also pledged to free a group of jailed opposition activists, officials said.")
    rs = releases_of(text, pub="2025-03-14")
    assert sorted((r.count or 0, r.status or "") for r in rs) == [(0, "agreed"), (10, "")]


def test_a_chronology_entry_takes_the_date_line_before_it() -> None:
    text = ("Pardons of 2024: a chronology\n\n3 July. On Independence Day opposition politician Ryhor Kastusiou "
            "walked out of the colony in Belarus.\n\n16 August. A decree covering 30 convicts, 14 women and 16 men, "
            "among them pensioners.")
    rs = releases_of(text)
    assert sorted((r.date or "", r.count) for r in rs) == [("2024-07-03", 1), ("2024-08-16", 30)]


def test_a_dateline_is_no_chronology_heading() -> None:
    rs = releases_of("MINSK, June 22. Alexander Lukashenko has pardoned 14 convicts, the press service reported.")
    assert len(rs) == 1 and "date line" not in rs[0].date_reason


def test_driven_to_the_border_is_a_release_and_the_envoy_driven_to_the_palace_is_not() -> None:
    rs = releases_of("In September, 52 prisoners were driven to the Lithuanian border by Belarus.", pub="2025-12-14")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 52, "2025-09")]
    assert releases_of("The envoy was driven to the palace in Minsk for talks.", pub="2025-12-14") == []


def test_set_at_liberty_subsequently_takes_the_date_told_before() -> None:
    text = ("A court in Ankara on Friday sentenced pastor Trevor Reed in Turkey and lifted the travel ban. "
            "The court also removed other measures. "
            "Reed, who had been under house arrest since July, was subsequently set at liberty.")
    rs = releases_of(text, pub="2025-03-16")
    assert [(r.count, r.date) for r in rs] == [(1, "2025-03-14")]


def test_an_early_release_scheme_with_politics_in_the_debate_is_no_release() -> None:
    text = ("Hundreds of inmates walked out of prisons across the country this morning under the early release "
            "scheme. Everyone released remains on licence, and probation officers met some of them. "
            "Opposition politicians accused the government of putting the public at risk.")
    assert releases_of(text, pub="2025-03-16") == []


def test_an_age_in_apposition_is_no_count() -> None:
    rs = releases_of("Konstantin Yaroshenko, 68, a Russian pilot, was let out of prison in Belarus late on Friday.",
                     pub="2025-03-16")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 1)]


def test_people_who_had_been_detained_and_were_freed_are_counted() -> None:
    rs = releases_of("Six American men who had been detained in Venezuela were freed on Friday.", pub="2025-03-16")
    assert [(r.releasing_state, r.count) for r in rs] == [("VE", 6)]


def test_it_as_subject_is_the_state_of_the_release_told_before() -> None:
    text = ("Six American men who had been detained in Venezuela were freed on Friday. "
            "In October 2022, it let seven Americans go in exchange for two nephews of the president's wife who "
            "had been jailed in the US.")
    rs = sorted((r.releasing_state, r.count, r.date or "") for r in releases_of(text, pub="2025-02-02"))
    assert rs == [("US", 2, "2022-10"), ("VE", 6, "2025-01-31"), ("VE", 7, "2022-10")]


def test_a_state_does_not_swap_to_free_its_own_nationals() -> None:
    text = ("Washington welcomed the deal. In December 2023, ten Americans were released in a swap for "
            "Konstantin Yaroshenko, whom the US had charged, after talks with Venezuela.")
    rs = sorted((r.releasing_state, r.count) for r in releases_of(text, pub="2025-02-02"))
    assert rs == [("US", 1), ("VE", 10)]


def test_money_released_in_a_deal_is_no_release_of_people() -> None:
    rs = releases_of("The deal also released about $6bn of Iranian oil revenue frozen in South Korea, Qatar said.",
                     pub="2025-03-16")
    assert rs == []


def test_the_other_side_held_in_a_state_named_in_a_long_appositive() -> None:
    text = ("Russia released Trevor Reed on Thursday in exchange for Konstantin Yaroshenko, the Russian pilot "
            "serving a long federal sentence in the United States, in a swap carried out in Abu Dhabi.")
    rs = sorted((r.releasing_state, r.count) for r in releases_of(text, pub="2025-03-16"))
    assert rs == [("RU", 1), ("US", 1)]


def test_a_state_allowing_people_to_fly_home() -> None:
    text = "In March 2022 Iran allowed the British-Iranian nationals Trevor Reed and Vadim Krasikov to fly home."
    rs = releases_of(text, pub="2025-03-16")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("IR", 2, "2022-03")]


def test_back_home_after_years_held_in_a_state() -> None:
    rs = releases_of("Trevor Reed lands in Britain after six years held in Iran", pub="2025-03-16")
    assert [(r.releasing_state, r.count) for r in rs] == [("IR", 1)]


def test_a_list_of_states_with_the_united_states() -> None:
    text = ("In April, Russia freed another former Marine, Trevor Reed, and the United States released "
            "Konstantin Yaroshenko, a Russian pilot.")
    rs = sorted((r.releasing_state, r.named[0]) for r in releases_of(text, pub="2025-03-16"))
    assert rs == [("RU", "Trevor Reed"), ("US", "Konstantin Yaroshenko")]


def test_a_broadcaster_names_no_holder() -> None:
    text = ("Radio Liberty welcomes the news\n\nIhar Losik, a journalist who worked with Radio Liberty, is out of "
            "prison. He was one of 14 prisoners set free on Saturday after talks in Minsk, Belarus.")
    rs = releases_of(text, pub="2025-06-22")
    assert [(r.releasing_state, r.date) for r in rs if not r.background][:1] == [("BY", "2025-06-21")]


def test_a_leave_under_escort_is_no_release() -> None:
    text = "In February he was allowed to leave the colony in Belarus for a few days under escort to bury his wife."
    assert releases_of(text, pub="2025-06-22") == []


def test_people_let_out_when_their_terms_end_is_no_release() -> None:
    text = ("The list of political prisoners in Belarus changes weekly: others leave it when their terms end and "
            "they are let out of the colony gates.")
    assert releases_of(text, pub="2025-06-22") == []


def test_freeing_named_as_a_condition_is_no_release() -> None:
    text = ("The EU has for years named the freeing of political prisoners in Belarus as the main condition for "
            "easing its sanctions.")
    assert releases_of(text, pub="2025-06-22") == []


def test_set_n_prisoners_free() -> None:
    rs = releases_of("On Saturday Belarus set 14 prisoners free and drove them to Lithuania.", pub="2025-06-22")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 14, "2025-06-21")]


def test_one_who_was_among_those_released_is_no_new_release() -> None:
    text = ("Belarus set 52 prisoners free on Thursday. Mikola Statkevich, who was among those released, declined "
            "to cross into Lithuania, according to two people familiar with the matter.")
    rs = releases_of(text, pub="2025-09-12")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 52)]


def test_a_software_page_with_jails_and_pardons_is_no_release() -> None:
    text = ("Cellkeeper 3.0 released: stricter jails and a pardon API\n\nPosted by the maintainers\n\n"
            "Download the packages from GitHub. The release notes list breaking changes: the API now frees a "
            "process from its jail with one command, servers on Linux and BSD keep less memory, and the "
            "configuration format of version 2 is gone. Upgrading needs the migrate command; v3.0 source code "
            "is in the repository. Pardoned processes keep their memory.")
    assert releases_of(text, pub="2025-09-12") == []


def test_bussed_to_a_country() -> None:
    rs = releases_of("In September, 52 prisoners were bussed to Lithuania by Belarus.", pub="2025-12-14")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 52, "2025-09")]


def test_one_among_a_number_freed() -> None:
    rs = releases_of("American among three freed from Belarusian prisons after secret trip", pub="2025-02-13")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 3)]


def test_people_a_state_had_deported_in_passing_are_no_release() -> None:
    text = ("At the same time Belarus sent back to Vilnius 25 Lithuanian men whom Russia had deported "
            "in March.")
    rs = releases_of(text, pub="2025-07-19")
    assert [r.releasing_state for r in rs] == ["BY"] and rs[0].date != "2025-03"


def test_the_people_freed_last_week_told_again() -> None:
    text = ("Venezuela released ten Americans on Friday. The ten Americans freed last week had been held on "
            "secret charges.")
    rs = releases_of(text, pub="2025-07-22")
    assert [(r.releasing_state, r.count) for r in rs] == [("VE", 10)]


def test_a_number_heading_the_object_relative_counts() -> None:
    text = "The teacher was among 123 prisoners whom Belarusian President Lukashenko freed on Saturday."
    rs = releases_of(text, pub="2025-12-14")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 123, "2025-12-13")]


def test_a_part_of_a_numbered_group_freed_this_year_is_no_new_release() -> None:
    text = ("Belarus freed Ales Bialiatski on Saturday. The release means two of the three journalists jailed in "
            "Belarus have now been freed this year.")
    rs = releases_of(text, pub="2025-09-14")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 1)]


def test_they_had_been_let_go_tells_the_people_again() -> None:
    text = ("Belarus freed 13 Catholic priests on Saturday and sent them to Vilnius. A US official said in a "
            "statement that they had been let go on humanitarian grounds.")
    rs = releases_of(text, pub="2025-09-14")
    assert len(rs) == 1 and rs[0].count == 13


def test_a_headline_below_the_page_furniture_dates_the_news() -> None:
    text = ("Main President Politics Economics Society\nUSD 2.98 EUR 3.49\n"
            "Lukashenko grants clemency to 52 persons, including foreign nationals\n"
            "The press service of the head of state in Belarus informed about the decision on clemency.")
    rs = releases_of(text, pub="2025-09-11")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 52, "2025-09-11")]


def test_a_release_told_again_keeps_its_day_when_the_release_had_none() -> None:
    text = ("Siarhei Tsikhanouski and 13 other people in Belarus are free. What we know so far.\n"
            "Yesterday, a minibus with the freed prisoners drove towards the Lithuanian border.")
    rs = releases_of(text, pub="2025-06-22")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 14, "2025-06-21")]


def test_a_part_among_them_is_no_total() -> None:
    rs = releases_of("In August another 30 walked out of colonies in Belarus, 14 women among them.", pub="2024-09-16")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 30)]


def test_a_bare_number_as_the_subject_of_a_release() -> None:
    text = "In September, Belarus freed 52 people, and in June, 14 were freed after a visit by a US envoy."
    rs = sorted((r.count or 0, r.date or "") for r in releases_of(text, pub="2025-12-14"))
    assert rs == [(14, "2025-06"), (52, "2025-09")]


def test_a_qualified_count_after_a_day_and_month_is_a_count() -> None:
    from prisoner_ledger.nlp.counts import find_counts

    found = find_counts("Yet on 3 July at least eight political prisoners walked out of colonies.")
    assert [(c.value, c.role) for c in found] == [(8, "count")]
    assert find_counts("On Aug 16 prisoners were freed.") == []


def test_a_tally_still_counted_is_of_people_held() -> None:
    from prisoner_ledger.nlp.counts import find_counts

    found = find_counts("Viasna still counts around 1,400 political prisoners, so the releases are few.")
    assert [(c.value, c.role) for c in found] == [(1400, "held")]


def test_a_person_traded_for_another_with_a_name_the_ner_missed() -> None:
    text = ("Dzmitry Bandarenka was traded on Thursday for Konstantin Yaroshenko, the Russian pilot serving a long "
            "federal sentence in the United States, ending ten months in Russian custody.")
    rs = sorted((r.releasing_state, r.count) for r in releases_of(text, pub="2025-03-16"))
    assert rs == [("RU", 1), ("US", 1)]


def test_traded_for_a_thing_is_no_release() -> None:
    assert releases_of("Russia traded oil for grain with Belarus on Thursday.", pub="2025-03-16") == []
