"""Release wordings, counts, states and swaps met on the blind held-out set 19 (sentences written for
these tests, not taken from any article)."""

from __future__ import annotations

from release_helpers import releases_of


def _rows(rs):  # type: ignore[no-untyped-def]
    return sorted((r.releasing_state or "", r.count or 0, r.date or "") for r in rs)


def test_prisoners_driven_out_of_the_country_were_expelled() -> None:
    text = ("Belarus keeps trading prisoners. In June 2025, Siarhei Tsikhanouski and 13 others were driven out "
            "of the country after a visit by a US envoy.")
    rs = releases_of(text, pub="2025-12-20")
    assert ("BY", 14, "2025-06") in _rows(rs)


def test_troops_driven_out_of_a_town_are_no_release() -> None:
    text = ("Belarus holds 1,100 political prisoners, the rights group says. In the war next door, the "
            "soldiers were driven out of the town by shelling.")
    assert releases_of(text, pub="2025-12-20") == []


def test_people_put_on_buses_to_another_state() -> None:
    text = ("Belarus freed another group of political prisoners. In September 2025, 52 people were put on "
            "buses to Lithuania on the day the sanctions were lifted.")
    rs = releases_of(text, pub="2025-12-20")
    assert ("BY", 52, "2025-09") in _rows(rs)


def test_a_headline_ending_on_prisoners_landing_is_a_release() -> None:
    text = ("At the airport, tears as 222 Nicaraguan prisoners land\n"
            "Families waited for hours on Thursday for a chartered plane from Nicaragua.")
    rs = releases_of(text, pub="2023-02-10")
    assert [(r.releasing_state, r.count) for r in rs] == [("NI", 222)]


def test_a_plane_carrying_people_a_government_had_held() -> None:
    text = ("A chartered plane landed near Washington on Thursday. It carried 222 people whom the Nicaraguan "
            "government had held as political prisoners.")
    rs = releases_of(text, pub="2023-02-10")
    assert [(r.releasing_state, r.count) for r in rs] == [("NI", 222)]


def test_a_plane_carrying_supplies_is_no_release() -> None:
    text = ("Nicaragua holds dozens of political prisoners. A chartered plane landed on Thursday; it carried "
            "medicine and tents for the flood victims.")
    assert releases_of(text, pub="2023-02-10") == []


def test_a_state_setting_people_at_liberty_with_the_people_between() -> None:
    text = "In the exchange on Thursday, 1 August 2024, Moscow set 15 people at liberty, among them Vadim Krasikov."
    rs = releases_of(text, pub="2024-08-02")
    assert ("RU", 15, "2024-08-01") in _rows(rs)


def test_an_announced_total_in_quotes_gives_the_release_under_way_its_count() -> None:
    text = ("Cuba holds over 1,000 political prisoners. Havana told the Vatican it would \"gradually\" grant "
            "release to 553 people. The releases began this week: on Thursday "
            "Mikola Statkevich and Ryhor Kastusiou were let go.")
    rs = releases_of(text, pub="2025-01-17")
    assert [(r.releasing_state, r.count) for r in rs] == [("CU", 553)]


def test_a_swap_told_with_a_place_between_verb_and_for() -> None:
    text = ("Iran and the US have swapped prisoners before. In December 2019, Trevor Reed, an American, was "
            "exchanged in Zurich for Konstantin Yaroshenko, an Iranian scientist.")
    rs = releases_of(text, pub="2023-09-19")
    assert {("IR", "2019-12"), ("US", "2019-12")} <= {(r.releasing_state, r.date) for r in rs}


def test_a_state_does_not_free_its_own_nationals_in_a_one_line_swap() -> None:
    text = ("Iran frees five Americans in a deal with Washington\n"
            "Five Americans held in Iran arrived home on Tuesday after a deal brokered by Qatar. Iran confirmed it.\n"
            "President Biden granted clemency to five Iranians.\n"
            "Tehran and Washington have swapped detainees before:\n"
            "- January 2016: Trevor Reed and three other Americans were freed; the US granted clemency to "
            "seven Iranians.")
    rs = releases_of(text, pub="2023-09-19")
    rows = {(r.releasing_state, r.count, r.date) for r in rs}
    assert ("IR", 4, "2016-01") in rows
    assert ("US", 4, "2016-01") not in rows


def test_a_state_freeing_its_own_citizens_keeps_them() -> None:
    text = ("Belarus handed over 114 people to Ukraine on Saturday. Belarusian citizens who had been "
            "imprisoned on political grounds were also handed over to Ukraine, the Ukrainian side said.")
    rs = releases_of(text, pub="2025-12-14")
    assert all(r.releasing_state == "BY" for r in rs) and rs


def test_a_deal_headline_makes_the_other_side_a_party_of_the_swap() -> None:
    text = ("Five for five: how the US-Iran prisoner deal worked\n"
            "Five Americans held in Iran arrived home on 19 September 2023.\n"
            "What did Iran get?\n"
            "President Joe Biden granted clemency to five Iranians charged in the United States.")
    rs = releases_of(text, pub="2023-09-20")
    us = [r for r in rs if r.releasing_state == "US"]
    assert us and us[0].date == "2023-09-19" and not us[0].background


def test_a_background_release_with_another_time_cue_does_not_set_the_story_state() -> None:
    text = ("Lawyer Trevor Reed and activist Mikola Statkevich freed, sent into exile in Germany\n"
            "Reed, one of Vietnam's best-known dissidents, was released from prison in Vietnam on Thursday.\n"
            "In January last year, a blogger who holds French citizenship was let go and deported to Paris.")
    rs = releases_of(text, pub="2018-06-08")
    assert rs and all(r.releasing_state != "FR" for r in rs)


def test_one_of_a_group_describes_a_person_and_is_no_count() -> None:
    from prisoner_ledger.nlp.counts import find_counts

    assert find_counts("Reed, one of Vietnam's best-known dissidents, was released.") == []
    assert [c.value for c in find_counts("Five of the 14 freed were women.")][:1] != [1]


def test_a_nationality_describing_a_person_is_not_the_subject() -> None:
    text = ("Venezuela freed ten Americans on Wednesday. The deal also saw Caracas hand over Trevor Reed, the "
            "Lithuanian defence contractor, and set at liberty some 20 Venezuelans jailed for political reasons.")
    rs = releases_of(text, pub="2023-12-21")
    assert "LT" not in {r.releasing_state for r in rs}


def test_people_freed_together_with_the_subject_are_counted() -> None:
    text = ("Belarus freed a journalist on Wednesday. Trevor Reed was freed together with an American citizen "
            "and Belarusian activist Alena Maushuk, and all three were driven to the Lithuanian border.")
    rs = releases_of(text, pub="2025-02-13")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 3)]
    assert "Alena Maushuk" in rs[0].named


def test_a_headline_ending_freed_prisoners_names_no_state_from_the_place() -> None:
    text = ("LIVE: Belarusian prisoners brought to Vilnius after the US envoy's visit to Minsk\n"
            "Our correspondent in Vilnius says the minibus with the freed Belarusians left the embassy.\n"
            "Siarhei Tsikhanouski and 13 others were let go by Minsk today and crossed into Lithuania.")
    rs = releases_of(text, pub="2025-06-21")
    assert {r.releasing_state for r in rs} == {"BY"}


def test_more_people_this_week_are_not_the_pardon_of_last_month() -> None:
    text = ("Weekly digest, 2-8 September 2024\n"
            "In the middle of the week Alexander Lukashenko pardoned 30 more people convicted of extremism. "
            "This is the third pardon in a row: on 16 August 2024, 30 people were pardoned by Alexander "
            "Lukashenko.")
    rs = releases_of(text, pub="2024-09-09")
    assert len([r for r in rs if r.count == 30]) == 2


def test_a_similar_exchange_returning_people_home_is_a_background_swap() -> None:
    text = ("Venezuela frees political prisoners after talks. Venezuela released 20 political prisoners on "
            "Friday. A similar exchange in December 2023 returned ten Americans home in return for Alex "
            "Saab, a businessman close to the government.")
    rs = releases_of(text, pub="2025-01-31")
    bg = [(r.releasing_state, r.count, r.date) for r in rs if r.background]
    assert ("VE", 10, "2023-12") in bg


def test_a_visit_by_an_envoy_is_not_the_state_that_frees() -> None:
    text = ("Belarus frees another group of prisoners. In June 2025 a similar visit by John Coale returned "
            "Siarhei Tsikhanouski and 13 others to freedom.")
    rs = releases_of(text, pub="2025-09-12")
    assert ("BY", 14, "2025-06") in _rows(rs)


def test_one_number_told_with_a_year_and_a_month_is_one_release_of_that_month() -> None:
    text = ("Belarus pardoned 123 people on 13 December 2025. Earlier this year Alexander Lukashenko pardoned "
            "several groups, "
            "including in September, when 52 persons were released after sanctions were eased.")
    rs = releases_of(text, pub="2025-12-14")
    assert [(r.count, r.date) for r in rs if r.count == 52] == [(52, "2025-09")]


def test_a_yearless_dateline_takes_the_year_of_the_same_day_in_the_story() -> None:
    from prisoner_ledger.ingest.dates import guess_date
    from prisoner_ledger.model import Document

    text = ("NEWS AGENCY\nPolitics | World | Economy\nRussian version\n\nBout is back in Russia after a swap\n\n"
            "MOSCOW, December 8. /AGENCY/. The exchange was done.\n"
            "\"On December 8, 2022, at the airport, the procedure was completed,\" the ministry said.\n")
    doc = Document(name="t.txt", source="t.txt", fmt="txt", raw_text=text, clean_text=text)
    assert guess_date(doc).value == "2022-12-08"


def test_anyone_released_under_an_offer_is_no_release() -> None:
    text = ("Belarus holds 1,150 political prisoners. Alexander Lukashenko said a big deal was possible. He "
            "added that anyone released would have to leave the country.")
    assert releases_of(text, pub="2025-05-02") == []


def test_captives_freed_by_an_armed_group_are_no_state_release() -> None:
    text = ("Hamas frees an American mother and daughter\n"
            "Two American hostages seized by Hamas in its attack on Israel were let go late Friday. The group "
            "said it freed them for humanitarian reasons after efforts by Qatar.")
    assert releases_of(text, pub="2023-10-21") == []


def test_a_term_served_to_the_last_day_is_no_state_release() -> None:
    text = ("Russia holds hundreds of political prisoners. Trevor Reed left a penal colony on Friday after "
            "serving three and a half years, every day of the term handed down in 2014.")
    assert releases_of(text, pub="2018-06-30") == []


def test_a_release_on_bail_told_in_the_headline_is_no_state_release() -> None:
    text = ("Journalist Trevor Reed walks out of jail on bail after 28 months\n"
            "Trevor Reed was released from the district jail on Thursday morning. Under the bail conditions he "
            "must report to the police every Monday. Rights groups called his detention political.")
    assert releases_of(text, pub="2023-02-03") == []


def test_a_call_for_a_named_persons_release_is_a_demand() -> None:
    text = "Three years behind bars: Warsaw repeats call for Trevor Reed's release from a Belarusian prison"
    assert releases_of(text, pub="2024-03-25") == []


def test_a_list_that_still_includes_people_is_a_tally_of_the_held() -> None:
    from prisoner_ledger.nlp.counts import find_counts

    [c] = find_counts("On the day of publication our list still includes around 1,400 people.")
    assert (c.value, c.role) == (1400, "held")


def test_two_passives_joined_by_and_each_free_their_own_subject() -> None:
    text = ("The exchange was completed at the airport on 8 December 2022, where the American Trevor Reed was "
            "released by the Russian side and the Russian Konstantin Yaroshenko was released by the American side.")
    rs = releases_of(text, pub="2022-12-08")
    by_state = {r.releasing_state: r.named for r in rs}
    assert by_state.get("RU") == ["Trevor Reed"] and by_state.get("US") == ["Konstantin Yaroshenko"]


def test_one_person_pardoned_and_then_handed_over_keeps_his_name() -> None:
    text = ("Belarus freed a German in the exchange. Trevor Reed was pardoned at the end of July 2024 and on "
            "1 August 2024 was handed over in Ankara.")
    rs = releases_of(text, pub="2024-08-02")
    assert any("Trevor Reed" in r.named for r in rs)


def test_a_release_on_a_money_bond_is_no_state_release() -> None:
    text = ("Trevor Reed released on $250 million bond, will stay with his parents\n"
            "Prosecutors agreed to the bail package because he had consented to extradition. Rights groups "
            "say he is no political prisoner.")
    assert releases_of(text, pub="2022-12-23") == []


def test_people_who_come_out_at_the_end_of_their_terms_are_no_release() -> None:
    text = ("Belarus holds 1,500 political prisoners. Almost every day brings new verdicts, while those who come "
            "out of prison are mostly people who simply reached the end of their terms.")
    assert releases_of(text, pub="2025-03-01") == []


def test_a_movement_that_is_no_state_freeing_a_ships_crew() -> None:
    text = ("Houthis free crew of seized cargo ship after 14 months\n"
            "Yemen's Houthi movement released the 25 crew members and handed them to Oman, the group said.")
    assert releases_of(text, pub="2025-01-22") == []
