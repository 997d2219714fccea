"""Release wordings, counts and dates met on the blind held-out sets 14-15 (sentences written for these
tests, not taken from any article)."""

from __future__ import annotations

from release_helpers import releases_of


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
