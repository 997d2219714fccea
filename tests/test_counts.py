from __future__ import annotations

import pytest

from prisoner_ledger.nlp.counts import find_counts, parse_number, part_of_total, release_count


@pytest.mark.parametrize("text,value", [
    ("fifty-two", 52), ("1,300", 1300), ("a dozen", 12), ("two hundred and five", 205), ("14", 14),
    ("seven", 7), ("two dozen", 24),
])
def test_parse_number(text: str, value: int) -> None:
    assert parse_number(text) == value


def _rc(sentence: str, trigger: str, passive: bool = False, n_named: int = 0):  # type: ignore[no-untyped-def]
    i = sentence.index(trigger)
    return release_count(sentence, i, i + len(trigger), passive=passive, n_named=n_named)


def test_qualifiers_are_kept() -> None:
    c = find_counts("The regime freed more than 100 political prisoners.")[0]
    assert (c.value, c.qualifier, c.lower_bound) == (100, "more than", True)
    c = find_counts("Officials said some 120 detainees were freed.")[0]
    assert (c.value, c.qualifier, c.lower_bound) == (120, "some", False)
    assert find_counts("nearly 200 prisoners")[0].qualifier == "nearly"
    assert find_counts("at least 123 people")[0].lower_bound


def test_named_person_and_others() -> None:
    s = "The state has released the blogger Ivan Petrov and 13 other political prisoners."
    assert _rc(s, "released", n_named=1).value == 14


def test_in_addition_to_one_person_two_others() -> None:
    s = "In addition to the journalist, whose name was withheld, two others were also freed."
    assert _rc(s, "freed", passive=True).value == 3


def test_breakdown_summed_without_total() -> None:
    s = "A decree issued on Monday pardoning 14 women and 16 men who had joined street rallies."
    assert _rc(s, "pardoning").value == 30


def test_total_beats_breakdown() -> None:
    s = "The junta released 52 prisoners, two Japanese and three Poles among them."
    assert _rc(s, "released").value == 52


def test_percentage_is_not_a_count() -> None:
    counts = find_counts("The release covered only about 4% of political prisoners.")
    assert all(c.role == "percent" for c in counts)


@pytest.mark.parametrize("sentence", [
    "More than 1,000 political prisoners still remain behind bars.",
    "The figure is well below the 900 or 950 inmates whose release Western envoys keep seeking.",
    "Rights groups asked to free all 1,100 political prisoners.",
])
def test_still_held_or_demanded_numbers_are_not_release_counts(sentence: str) -> None:
    assert all(c.role in {"held", "demanded"} for c in find_counts(sentence))
    assert _rc(sentence, sentence.split()[0]) is None


def test_part_of_a_total() -> None:
    assert part_of_total("Of the 640 pardons granted, 310 people were freed at once.") == (640, 310, "part")
    s = "Of the 640 pardons granted, 310 people were freed outright, while 200 saw their terms cut."
    assert _rc(s, "freed", passive=True).value == 310
    assert part_of_total("Rights groups confirmed the release of 22 of the 30 convicts.") == (30, 22, "total")


def test_subset_after_along_with_is_not_the_count() -> None:
    s = "The president pardoned the laureate, along with two prominent opposition figures, and others."
    assert _rc(s, "pardoned") is None


def test_date_number_is_not_a_count() -> None:
    assert find_counts("On September 11, more than fifty political prisoners were freed")[0].value == 50


def test_named_person_and_plural_others() -> None:
    text = "Lukashenko freed Siarhei Tsikhanouski and 13 others."
    start = text.index("freed")
    c = release_count(text, start, start + 5, n_named=1)
    assert c is not None and c.value == 14


def test_a_day_of_the_month_is_never_a_count() -> None:
    assert not [c for c in find_counts("The amnesty of 16 August freed nobody we know.") if c.value == 16]
    assert not [c for c in find_counts("On 3 March people gathered.") if c.value == 3]


def test_a_dashed_breakdown_restates_the_total_before_it() -> None:
    s = "Officials said 40 detainees - 25 men and 15 women - were pardoned on the holiday."
    c = _rc(s, "pardoned", passive=True)
    assert c is not None and c.value == 40


def test_along_with_n_others_counts_the_named_person() -> None:
    s = "The editor walked free along with 6 others after a court hearing."
    c = _rc(s, "walked free", passive=True, n_named=1)
    assert c is not None and c.value == 7


def test_part_of_a_group_is_not_added_to_it() -> None:
    from prisoner_ledger.nlp.counts import breakdown_total
    text = "nine Britons, four of them aid workers"
    assert breakdown_total(find_counts(text), text) is None


def test_with_n_others_counts_the_named_person() -> None:
    s = "The blogger Ihar Losik was let out with 17 others."
    c = _rc(s, "let out", passive=True, n_named=1)
    assert c is not None and c.value == 18


def test_people_freed_from_detention_are_a_count_those_remaining_are_held() -> None:
    roles = [(c.value, c.role) for c in find_counts(
        "The council freed 240 people in detention, while 90 activists remain in detention.")]
    assert roles == [(240, "count"), (90, "held")]
    assert [c.role for c in find_counts("About 75 prisoners in custody were set free at dawn.")] == ["count"]
    assert [c.role for c in find_counts("Some 75 prisoners in custody went on hunger strike.")] == ["held"]
