"""Release wordings, counts and dates met on the blind held-out sets 14-15 (sentences written for these
tests, not taken from any article)."""

from __future__ import annotations

from prisoner_ledger.nlp.counts import find_counts, release_count
from prisoner_ledger.nlp.events.release_text import story_state
from release_helpers import make_doc, releases_of


def _rows(rs):  # type: ignore[no-untyped-def]
    return sorted((r.releasing_state or "", r.count or 0, r.date or "", tuple(r.named)) for r in rs)


def test_a_state_letting_go_of_a_named_person_frees_him() -> None:
    text = ("The exchange took place in Ankara on 1 August 2024. Germany let go of Vadim Krasikov, who had "
            "been serving a life term, and he flew to Moscow.")
    rs = releases_of(text, pub="2024-08-02")
    assert ("DE", 1, ("Vadim Krasikov",)) in [(r.releasing_state, r.count, tuple(r.named)) for r in rs]


def test_letting_go_of_an_idea_is_no_release() -> None:
    text = "Belarus holds 1,100 political prisoners. Brussels must let go of the idea that sanctions alone work."
    assert releases_of(text, pub="2024-08-02") == []


def test_a_timeline_entry_told_with_a_noun_is_its_own_release() -> None:
    text = ("Belarus: the releases so far\n"
            "16 August 2024 - A pardon covers 30 people convicted over the protests.\n"
            "13 December 2025 - The biggest release yet: 123 people, among them Ales Bialiatski and Maria "
            "Kolesnikova.")
    rs = releases_of(text, pub="2025-12-20")
    assert ("BY", 123, "2025-12-13") in [(r.releasing_state, r.count, r.date) for r in rs]


def test_prisoners_crossing_into_another_state_in_a_timeline_entry() -> None:
    text = ("Belarus: the releases so far\n"
            "21 June 2025 - Hours after the US envoy meets Lukashenko, Siarhei Tsikhanouski and 13 other "
            "prisoners cross into Lithuania.")
    rs = releases_of(text, pub="2025-12-20")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 14, "2025-06-21")]


def test_prisoners_leaving_colonies_in_the_present_tense() -> None:
    text = ("Belarus: the releases so far\n"
            "3 July 2024 - Under a new amnesty law the first prisoners leave penal colonies, among them "
            "Ryhor Kastusiou.")
    rs = releases_of(text, pub="2025-12-20")
    assert [(r.releasing_state, r.date, r.named) for r in rs] == [("BY", "2024-07-03", ["Ryhor Kastusiou"])]


def test_held_people_on_a_plane_home_were_freed() -> None:
    text = ("The envoy met the Venezuelan leader on Friday. By evening, five Americans who had been held in "
            "Venezuela were on a plane home with him.")
    rs = releases_of(text, pub="2025-02-02")
    assert [(r.releasing_state, r.count) for r in rs] == [("VE", 5)]


def test_a_summary_of_many_batches_is_no_release_of_its_own() -> None:
    text = ("Since the summer of 2024 the government of Belarus has let out political prisoners in a series "
            "of batches.\n\n16 August 2024 - A pardon covers 30 people convicted over the protests.")
    rs = releases_of(text, pub="2025-12-20")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 30, "2024-08-16")]


def test_handed_over_sharing_the_auxiliary_of_a_move_is_passive() -> None:
    text = ("Belarus lets 40 prisoners cross into Lithuania\n"
            "Forty people held in Belarusian jails were driven to the Lithuanian border on Friday and handed over, "
            "hours after a US delegation met Lukashenko. Diplomats said one Briton was in the group.")
    rs = releases_of(text, pub="2025-09-13")
    assert [(r.releasing_state, r.count, r.date) for r in rs] == [("BY", 40, "2025-09-12")]


def test_a_timeline_in_capitals_dates_each_entry() -> None:
    text = ("Belarus: the releases so far\n\n"
            "JULY 2024 – Lukashenko says that seriously ill prisoners will be let go. Eighteen people are freed "
            "over the next days under an amnesty, including Ryhor Kastusiou.\n\n"
            "21 JUNE 2025 – Hours after the US envoy meets Lukashenko, Siarhei Tsikhanouski walks free together "
            "with 13 others.")
    rs = releases_of(text, pub="2025-12-20")
    assert _rows(rs) == [("BY", 14, "2025-06-21", ("Siarhei Tsikhanouski",)),
                         ("BY", 18, "2024-07", ("Ryhor Kastusiou",))]


def test_an_animal_returned_to_the_wild_is_no_release() -> None:
    text = ("Young bear back in the forest\n"
            "A bear cub found near a village in Poland last winter was released back into the wild on Monday "
            "after months at a wildlife centre. The centre takes in injured animals every year; some are handed "
            "over to zoos.")
    assert releases_of(text, pub="2023-04-12") == []


def test_a_parole_boards_release_of_a_convict_is_no_release() -> None:
    text = ("The former athlete was released on parole from a correctional centre in Pretoria on Friday. A parole "
            "board granted him release in November. Rights groups protested outside the prison last year.")
    assert releases_of(text, pub="2024-01-05") == []


def test_a_suspect_granted_bail_is_no_release() -> None:
    text = "A former port official walked out of prison on Tuesday after a judge granted him bail on fraud charges."
    assert releases_of(text, pub="2024-12-04") == []


def test_a_memoir_released_is_no_release() -> None:
    text = ("Freedom, the memoir Ales Bialiatski wrote in a penal colony, was released on Tuesday in three "
            "languages, a year after the Belarusian activist was jailed again.")
    assert releases_of(text, pub="2024-10-22") == []


def test_leaving_prison_after_a_full_term_is_no_release() -> None:
    text = ("Belarus holds 1,100 political prisoners. Dozens of protesters have left prison only after serving "
            "their full terms, often to face new charges.")
    assert releases_of(text, pub="2021-09-06") == []


def test_pressing_once_again_for_a_release_is_a_demand() -> None:
    text = "Poland pressed once again for the release of Ales Bialiatski, who is serving ten years in a colony."
    assert releases_of(text, pub="2024-10-22") == []


def test_amnesties_as_a_custom_are_no_release() -> None:
    text = ("Myanmar's junta freed more than 9,000 prisoners on Thursday. Amnesties on national holidays have "
            "become a yearly ritual for the generals.")
    rs = releases_of(text, pub="2024-01-04")
    assert [(r.releasing_state, r.count) for r in rs] == [("MM", 9000)]


def test_the_state_that_helped_is_not_the_one_that_freed() -> None:
    text = ("Ryhor Kastusiou and 13 others released and taken to Vilnius\n"
            "On 21 June Ryhor Kastusiou was released together with thirteen other people. The group was driven "
            "out of Belarus and brought to Vilnius. The US State Department said they were freed with the help of "
            "American diplomacy; a US official went with them. It was achieved through contacts with Washington. "
            "In April, after US-brokered talks, the authorities let go Mikola Statkevich.")
    assert story_state(make_doc(text, "2025-06-22")) == "BY"
    rs = releases_of(text, pub="2025-06-22")
    assert {r.releasing_state for r in rs} == {"BY"}


def test_a_border_named_by_its_country_is_no_subject() -> None:
    text = ("Exile news\n12.09.2025\n\nBuses to the Lithuanian border: 40 freed, one refused to leave\n\n"
            "On Thursday minibuses drove from Minsk to the border. In total forty political prisoners were set "
            "free under the arrangement, the US embassy said. The Belarusian authorities did not comment.")
    rs = releases_of(text, pub="2025-09-12")
    assert [(r.releasing_state, r.count) for r in rs] == [("BY", 40)]


def test_named_people_listed_before_numbers_are_added() -> None:
    text = ("Nicaragua on Sunday released Bishop Ales Bialiatski of Matagalpa, Bishop Ryhor Kastusiou of Siuna, "
            "12 priests and three seminarians, and put all of them on a flight to Rome.")
    c = release_count(text, text.index("released"), text.index("released") + 8, n_named=2)
    assert c is not None and c.value == 17
    text2 = "Belarus freed Ales Bialiatski, 62, and two others."
    c2 = release_count(text2, text2.index("freed"), text2.index("freed") + 5, n_named=1)
    assert c2 is not None and c2.value == 3


def test_n_of_them_after_a_comma_is_a_part_of_the_group() -> None:
    text = "The president confirmed that 40 people crossed into Lithuania this afternoon, five of them Lithuanians."
    s = text.index("crossed")
    c = release_count(text, s, s + 7)
    assert c is not None and c.value == 40


def test_a_leading_subordinate_clause_names_nobody_freed() -> None:
    text = ("Belarus: the releases so far\n"
            "21 June 2025 - Hours after John Coale meets Lukashenko, Siarhei Tsikhanouski walks free "
            "together with 13 others.")
    rs = releases_of(text, pub="2025-12-20")
    assert [(r.count, r.named) for r in rs] == [(14, ["Siarhei Tsikhanouski"])]


def test_several_hundred_is_no_figure_and_an_announced_decision_gives_the_count() -> None:
    assert [c.value for c in find_counts("some of the several hundred prisoners it promised to free")] == []
    text = ("Cuba begins freeing prisoners; dissident among those out\n"
            "Cuban authorities have begun letting out some of the several hundred prisoners they promised to free. "
            "Cuba's foreign ministry said on Tuesday it had told the Vatican of its decision to release 553 people "
            "gradually. On Thursday, Ryhor Kastusiou was let go from a prison in Santiago, his family said.")
    rs = releases_of(text, pub="2025-01-17")
    assert [(r.releasing_state, r.count) for r in rs] == [("CU", 553)]


def test_a_swap_in_passing_keeps_each_side_apart() -> None:
    text = ("Griner is home. It is the second such exchange this year. In April, Russia let go another former "
            "Marine, Trevor Reed, in return for Konstantin Yaroshenko, a Russian pilot jailed in the US.")
    rs = releases_of(text, pub="2022-12-09")
    got = {(r.releasing_state, tuple(r.named), r.date) for r in rs}
    assert ("RU", ("Trevor Reed",), "2022-04") in got
    assert ("US", ("Konstantin Yaroshenko",), "2022-04") in got


def test_letting_go_of_a_described_person() -> None:
    text = ("Five Americans flew home from Iran on Monday. The last such exchange took place in December 2019, "
            "when Iran let go of Princeton graduate student Ryhor Kastusiou in return for an Iranian scientist.")
    rs = releases_of(text, pub="2023-09-19")
    assert ("IR", ("Ryhor Kastusiou",), "2019-12") in {(r.releasing_state, tuple(r.named), r.date) for r in rs}


def test_the_other_side_in_turn_sets_free_a_named_man() -> None:
    text = ("Venezuela released 10 U.S. citizens on Wednesday, among them six Washington considered wrongfully "
            "detained, and Washington in turn set free Mikola Statkevich, a businessman close to the president.")
    rs = releases_of(text, pub="2023-12-21")
    got = {(r.releasing_state, tuple(r.named)) for r in rs}
    assert got == {("VE", ()), ("US", ("Mikola Statkevich",))}


def test_a_sentence_framed_by_its_date_far_before_the_verb() -> None:
    text = ("Venezuela freed ten Americans on Wednesday. In October, days after Washington temporarily eased oil "
            "sanctions in response to an electoral agreement between the government and the opposition signed "
            "abroad, Caracas released five political prisoners, including a journalist.")
    rs = releases_of(text, pub="2023-12-21")
    assert ("VE", 5, "2023-10") in {(r.releasing_state, r.count, r.date) for r in rs}


def test_money_held_abroad_names_no_holder_and_an_old_swap_stays_apart() -> None:
    text = ("Iran frees five Americans\n"
            "Five Americans freed by Iran landed in Doha on Monday. The deal also saw the US grant clemency to five "
            "Iranians and unlock Iranian funds held in South Korea. The last comparable exchange took place in "
            "December 2019, when Iran let go of Ryhor Kastusiou in return for Mikola Statkevich, who had been held "
            "in the US.")
    rs = releases_of(text, pub="2023-09-19")
    got = {(r.releasing_state, r.count, r.date) for r in rs}
    assert ("US", 1, "2019-12") in got
    assert any(state == "US" and count == 5 and date != "2019-12" for state, count, date in got)


def test_a_release_a_week_before_is_its_own_record_and_each_state_keeps_its_people() -> None:
    text = ("Iran frees two Europeans\n"
            "Iran freed two Europeans on Friday, Oman said. The releases come exactly a week after Oman brokered an "
            "exchange in which Iran freed the Belgian aid worker Ryhor Kastusiou and Belgium let go of Mikola "
            "Statkevich, an Iranian diplomat.")
    rs = releases_of(text, pub="2023-06-03")
    got = {(r.releasing_state, tuple(r.named)) for r in rs}
    assert ("IR", ("Ryhor Kastusiou",)) in got and ("BE", ("Mikola Statkevich",)) in got
    assert len([r for r in rs if r.releasing_state == "IR"]) == 2


def test_a_timeline_entrys_first_releases_under_an_amnesty() -> None:
    text = ("Belarus: how we got here\n\n"
            "3 July 2024 - Days after Lukashenko spoke of letting out ill prisoners, rights groups report the first "
            "releases under an amnesty law. Among those let out is Ryhor Kastusiou, who has cancer.\n\n"
            "12 February 2025 - An American and two other prisoners walk out after a secret trip to Minsk.")
    rs = releases_of(text, pub="2025-09-12")
    got = {(r.releasing_state, r.date) for r in rs}
    assert got == {("BY", "2024-07-03"), ("BY", "2025-02-12")}
    assert ["Ryhor Kastusiou"] in [r.named for r in rs]


def test_a_capitalised_timeline_heading_is_no_release_of_its_own() -> None:
    text = ("Timeline: prisoner trades\n"
            "JULY 9, 2010 — THE VIENNA SPY SWAP\n"
            "Ten Russian agents are flown to Vienna and exchanged for four Russians convicted of spying for the West.")
    rs = releases_of(text, pub="2022-12-09")
    assert rs and all("THE VIENNA SPY SWAP" not in r.evidence.sentence for r in rs)


def test_walking_out_of_talks_is_no_release() -> None:
    text = ("Belarus holds 1,100 political prisoners. The opposition delegates walked out of the talks in Vilnius "
            "on Monday, and the prisoners' relatives walked out with them.")
    assert releases_of(text, pub="2025-03-14") == []


def test_a_headline_ending_in_let_go_and_a_wish_for_more() -> None:
    text = ("Belarus lets jailed ex-candidate Kozulin go\n"
            "Alexander Kozulin was set at liberty on Saturday, his family said. \"This is a welcome step,\" a State "
            "Department spokesman said in Washington. The United States still wants two other men, Mikola "
            "Statkevich and Ryhor Kastusiou, freed, he added.")
    rs = releases_of(text, pub="2008-08-17")
    assert {r.releasing_state for r in rs} == {"BY"}
    assert all("Mikola Statkevich" not in r.named for r in rs)


def test_prison_words_that_are_no_release() -> None:
    film = ("The documentary about Russia's best-known political prisoner is released in cinemas this week, with a "
            "streaming premiere to follow.")
    cell = ("Belarus holds 1,100 political prisoners. One former prisoner described being released from a "
            "punishment cell after 20 days only to be sent back the next morning.")
    avoid = ("Maria Kolesnikova is serving 11 years in a penal colony. In September 2020 she tore up her passport at "
             "the border to avoid being expelled from the country.")
    hospital = ("Maria Kolesnikova had surgery last week. \"She has been discharged and is back in the colony,\" a "
                "relative said.")
    for text in (film, cell, avoid, hospital):
        assert releases_of(text, pub="2024-11-19") == [], text


def test_mediators_named_as_envoys_and_diplomats() -> None:
    envoy = ("Belarus freed 52 prisoners on Thursday. The release came hours after John Coale, an envoy of US "
             "President Donald Trump, met Lukashenko in Minsk.")
    diplomat = ("Belarus freed Mikola Statkevich on Saturday. The move came days after an American diplomat held "
                "talks with Belarusian officials in Minsk.")
    freed_diplomat = "Myanmar freed a Japanese filmmaker and an ex-American diplomat on Thursday in an amnesty."
    assert [r.mediator for r in releases_of(envoy, pub="2025-09-12")] == [["US"]]
    assert [r.mediator for r in releases_of(diplomat, pub="2008-08-17")] == [["US"]]
    assert [r.mediator for r in releases_of(freed_diplomat, pub="2022-11-18")] == [[]]
