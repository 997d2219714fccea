"""Wordings met on the blind held-out sets 34-35 (sentences written for these tests, not taken from
any article)."""

from __future__ import annotations

from prisoner_ledger.ingest import IngestOptions
from prisoner_ledger.ingest.clean import clean
from prisoner_ledger.model import RawDocument
from release_helpers import releases_of


def test_a_turkey_pardon_page_tells_no_release() -> None:
    text = ("Biden spares two turkeys\nPresident Joe Biden on Monday pardoned two Minnesota turkeys in the "
            "annual ceremony. \"They have been pardoned and they are free,\" he said as the birds looked on. After "
            "the pardon they were to be released to a farm.")
    assert releases_of(text, pub="2024-11-25") == []


def test_interest_in_a_release_is_no_release() -> None:
    text = ("Moscow has long shown interest in the release of Vadim Krasikov, who is serving a life sentence "
            "in Germany.")
    assert releases_of(text, pub="2024-07-01") == []


def test_an_exchange_after_the_freed_ends_the_list_of_them() -> None:
    text = ("Iran released Johan Floderus and Saeed Azizi on Saturday in an exchange for Hamid Nouri, an "
            "Iranian serving a life sentence in Sweden.")
    got = sorted((r.releasing_state, r.count, tuple(r.named)) for r in releases_of(text, pub="2024-06-15"))
    assert got == [("IR", 2, ("Johan Floderus", "Saeed Azizi")), ("SE", 1, ("Hamid Nouri",))]


def test_photographs_released_by_a_team_free_no_one() -> None:
    text = ("Mikola Statkevich smiled in court in Minsk, according to photographs released by his team, before "
            "he was sentenced to 14 years in a penal colony.")
    assert releases_of(text, pub="2021-09-06") == []


def test_freeing_prisoners_made_a_condition_is_no_release() -> None:
    text = ("The European Union has made the freeing of all political prisoners in Belarus a condition for "
            "easing its sanctions.")
    assert releases_of(text, pub="2025-05-01") == []


def test_pardons_in_periods_when_tell_no_release() -> None:
    text = ("Rights groups say the number of political prisoners in Belarus has barely fallen even in periods "
            "when some prisoners were pardoned.")
    assert releases_of(text, pub="2025-05-01") == []


def test_a_running_total_since_a_year_is_no_release_of_its_own() -> None:
    text = ("Belarus released 52 prisoners on Thursday. Alexander Lukashenko has freed several hundred people "
            "since mid-2024 as he seeks better ties with Washington.")
    assert [(r.count, r.background) for r in releases_of(text, pub="2025-09-12")] == [(52, False)]


def test_in_parallel_takes_the_date_of_the_entry_before() -> None:
    text = ("September 18 - Five Americans jailed in Iran were freed and flown to Doha. In parallel, Washington "
            "grants clemency to five Iranians held in the US.")
    dates = {r.releasing_state: r.date for r in releases_of(text, pub="2023-12-21")}
    assert dates.get("US") == "2023-09-18"


def test_a_decree_signed_in_agency_prose_is_dated_by_the_page() -> None:
    text = ("President signs pardon decree\nBaku, 16 March. President of Azerbaijan Ilham Aliyev has signed an "
            "Order on pardoning a number of convicts. Under the Order, 431 persons convicted by the courts of "
            "Azerbaijan are pardoned.")
    rs = releases_of(text, pub="2019-03-16")
    assert [(r.releasing_state, r.count, r.date, r.named) for r in rs] == [("AZ", 431, "2019-03-16", [])]


def test_an_ambiguous_update_stamp_takes_the_reading_of_the_dateline() -> None:
    body = ("Belarus released more than 50 prisoners on Thursday and sent them across the border, officials "
            "said. The group crossed into Lithuania by bus.")
    text = f"Belarus frees prisoners\nUpdated 11/09/2025 19:48 GMT\nVILNIUS, Sept 11 - {body}"
    raw = RawDocument("d.txt", text.encode(), "txt", "d.txt", {"encoding": "utf-8", "markup": "text"})
    doc = clean(raw, IngestOptions())[0]
    assert doc.pub_date.value == "2025-09-11"


def test_a_dictionary_name_with_a_lower_case_particle_is_a_person() -> None:
    from prisoner_ledger.model import Mention
    from prisoner_ledger.nlp.events.release_text import _is_person

    m = Mention(0, 18, "Alaa Abd el-Fattah", "ACTOR", "alaa-abd-el-fattah", "EG-OPP", "activist")
    assert _is_person(m)
    assert not _is_person(Mention(0, 14, "the White House", "ACTOR", "white-house", "US", "office"))


def test_a_second_group_in_addition_shares_the_day_of_the_first() -> None:
    text = ("NAY PYI TAW, 4 Jan - The junta chief granted amnesty to 5,864 prisoners on Independence Day, which "
            "falls today. In addition, the junta chief also granted amnesty to 180 foreign prisoners, who will be "
            "deported.")
    got = sorted((r.count, r.date, r.background) for r in releases_of(text, pub="2025-01-04"))
    assert got == [(180, "2025-01-04", False), (5864, "2025-01-04", False)]


def test_a_date_in_a_leading_after_clause_is_the_earlier_event() -> None:
    text = ("After the thaw announced in December 2014, Cuba freed 53 political prisoners in the first weeks of "
            "2015, a list agreed with Washington.")
    assert [r.date for r in releases_of(text, pub="2025-01-16")] == ["2015"]


def test_a_demonym_ending_in_ans_counts_people() -> None:
    from prisoner_ledger.nlp import counts as cnt

    text = "On Thursday, 135 Nicaraguans held for political reasons were flown out of Managua to Guatemala."
    start = text.index("flown out")
    count = cnt.release_count(text, start, start + 9, passive=True)
    assert count is not None and count.value == 135


def test_another_figure_also_let_go_is_one_more_of_the_same_release() -> None:
    text = ("Cuba freed Ihar Losik on Thursday as it pressed ahead with a promised release of 553 prisoners. "
            "Another prominent opposition figure, Mikola Statkevich, was also let go, relatives said.")
    rs = releases_of(text, pub="2025-01-17")
    assert len(rs) == 1 and set(rs[0].named) == {"Ihar Losik", "Mikola Statkevich"}


def test_the_latest_in_a_series_of_pardons_tells_no_release_of_its_own() -> None:
    text = ("The move is the latest in a series of presidential pardons since the relaunch of the pardon "
            "committee in 2022, Egyptian officials said.")
    assert releases_of(text, pub="2025-09-23") == []


def test_one_in_ten_freed_is_a_share_not_a_release() -> None:
    text = ("Viasna says the number of political prisoners in Belarus still held is around 1,100, meaning roughly "
            "one in ten has now been freed this year.")
    assert releases_of(text, pub="2025-12-13") == []
