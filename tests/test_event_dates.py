"""Dates of events resolved from the document's own date (sentences written for these tests)."""

from __future__ import annotations

import pytest

from prisoner_ledger.model import DateGuess, Document
from prisoner_ledger.nlp.event_dates import (
    CONTRADICTED_HEADER_CONFIDENCE,
    apply_header_check,
    check_header_date,
    dates_in,
    nearest_date,
    resolve_date,
)

SAT = DateGuess("2025-12-13", "header", 0.9)  # a Saturday
WED = DateGuess("2025-06-25", "header", 0.9)  # a Wednesday
DATELINE = DateGuess("-08-22", "dateline", 0.6)


@pytest.mark.parametrize(
    ("phrase", "doc_date", "expected"),
    [
        ("The envoy arrived on Saturday.", SAT, "2025-12-13"),  # the document's own weekday
        ("The envoy arrived on Saturday.", WED, "2025-06-21"),
        ("Talks were held late on Friday.", WED, "2025-06-20"),
        ("He met them last Wednesday.", WED, "2025-06-18"),  # 'last' is strictly before
        ("The talks resume next Monday.", WED, "2025-06-30"),
        ("The group was freed June 21.", WED, "2025-06-21"),
        ("The group was freed on 21 June.", WED, "2025-06-21"),
        ("Ministers met on 27 February.", WED, "2025-02-27"),
        ("Ministers met on 27 August.", WED, "2024-08-27"),  # after the doc date: the year before
        ("It happened on December 13, 2025 in the capital.", WED, "2025-12-13"),
        ("It happened on 3 March 2019.", WED, "2019-03-03"),
        ("He was pardoned in September 2025.", WED, "2025-09"),
        ("He was arrested in 2024.", WED, "2024"),
        ("He was freed in the summer of 2008.", WED, "2008"),
        ("A deputy flew to the capital in February.", WED, "2025-02"),
        ("A deputy flew to the capital in October.", WED, "2024-10"),
        ("The minister spoke yesterday.", WED, "2025-06-24"),
        ("The minister spoke today.", WED, "2025-06-25"),
        ("The envoy came last week.", WED, "2025-06"),
        ("Two were freed earlier this month.", WED, "2025-06"),
        ("She was let go last month.", WED, "2025-05"),
        ("He was sentenced last year.", WED, "2024"),
        ("It ended December last year.", WED, "2024-12"),
        ("It was signed two days ago.", WED, "2025-06-23"),
        ("Stamp (21-AUG-08) on the page.", None, "2008-08-21"),
        ("Posted 13.12.2025 at noon.", None, "2025-12-13"),
    ],
)
def test_resolve_date_patterns(phrase: str, doc_date: DateGuess | None, expected: str) -> None:
    value, reason = resolve_date(phrase, doc_date)
    assert value == expected, reason
    assert reason


@pytest.mark.parametrize(
    "phrase",
    [
        "We hope the others follow.",
        "May the talks go on, he said.",
        "He served 14 years.",
        "He got 10 years in prison.",
        "Some 1,300 or 1,400 remain; 2465 were counted.",
        "Thousands march on the square; they will March again.",
        "The 2020 election was stolen.",
        "He was sentenced to 26 years and 4 months.",
    ],
)
def test_false_hits_are_not_dates(phrase: str) -> None:
    assert dates_in(phrase, WED) == []
    assert resolve_date(phrase, WED)[0] is None


def test_month_day_without_any_year_stays_partial() -> None:
    assert resolve_date("They were freed on June 21.", None)[0] == "-06-21"
    assert resolve_date("They were freed on June 21.", DATELINE)[0] == "-06-21"


def test_weekday_with_partial_document_date_is_kept_unresolved_with_reason() -> None:
    value, reason = resolve_date("He spoke on Thursday.", DATELINE)
    assert value is None
    assert "full document date" in reason
    value, reason = resolve_date("He spoke on Thursday.", None)
    assert value is None and "weekday" in reason


def test_month_without_year_needs_a_document_year() -> None:
    assert resolve_date("In September another man was freed.", DATELINE)[0] is None
    assert resolve_date("In September another man was freed.", WED)[0] == "2024-09"


def test_dates_in_gives_offsets_into_the_text() -> None:
    text = "On Thursday (April 10) the two were swapped; talks began in March 2024."
    found = dates_in(text, DateGuess("2025-04-11", "header", 0.9))
    assert [text[d.start:d.end] for d in found] == [d.text for d in found]
    assert [d.value for d in found] == ["2025-04-10", "2025-04-10", "2024-03"]
    swap = text.index("swapped")
    near = nearest_date(found, swap)
    assert near is not None and near.value == "2025-04-10"


def test_full_date_swallows_its_weekday_and_parts() -> None:
    found = dates_in("Wednesday, December 17, 2014 - the deal was done.", None)
    assert len(found) == 1 and found[0].value == "2014-12-17"


def _doc(text: str, stamp: str, raw: str = "") -> Document:
    doc = Document("x.txt", "x.txt", "txt", text, text)
    doc.pub_date = DateGuess(stamp, "header", 0.8, raw)
    return doc


def test_header_contradicted_by_story_years_warns_and_lowers_confidence() -> None:
    text = "Updated 03-02-2022\nThe leader was freed in the summer of 2012 after the talks of 2011."
    doc = _doc(text, "2022-02-03", "03-02-2022")
    warnings = check_header_date(doc)
    assert len(warnings) == 1 and warnings[0].startswith("[W101]")
    apply_header_check(doc)
    assert doc.pub_date.confidence == CONTRADICTED_HEADER_CONFIDENCE
    assert doc.warnings == warnings


def test_header_with_recent_story_years_is_kept() -> None:
    text = "3 March 2023\nThe activist, arrested in 2021, was sentenced in 2023."
    doc = _doc(text, "2023-03-03", "3 March 2023")
    assert check_header_date(doc) == []
    assert apply_header_check(doc) == [] and doc.pub_date.confidence == 0.8


def test_header_repeated_as_dateline_supports_itself() -> None:
    text = "2025-02-13\nFebruary 13, 2025\nHe had been held since 2020."
    assert check_header_date(_doc(text, "2025-02-13")) == []


@pytest.mark.parametrize(
    ("doc_date", "expected"),
    [("2025-09-15", "2025-09"),  # a Monday: Saturday or Sunday before it, same month
     ("2025-09-13", "2025-09-13"),  # a Saturday: that day
     ("2025-06-02", None)],  # a Monday whose weekend spans May and June
)
def test_at_the_weekend(doc_date: str, expected: str | None) -> None:
    value, reason = resolve_date("the prisoners were freed at the weekend", DateGuess(doc_date, "header", 0.8))
    assert value == expected and reason


@pytest.mark.parametrize("doc_date, expected", [
    ("2026-01-05", "2025-12-13"),  # the latest 13 December not after the document date; a Saturday
    ("2026-12-20", "2025-12-13"),  # 13 December 2026 is a Sunday: the written weekday picks the year before
])
def test_weekday_with_day_and_month_takes_the_year_the_weekday_fits(doc_date: str, expected: str) -> None:
    value, _ = resolve_date("The convoy left the camp on Saturday, 13 December, at dawn.", doc_date)
    assert value == expected


def test_translated_of_forms_are_full_dates() -> None:
    assert resolve_date("The order is dated 4 of March of 2024.", None)[0] == "2024-03-04"


def test_a_short_month_form_before_a_capitalised_word_is_a_name() -> None:
    from prisoner_ledger.nlp.event_dates import dates_in

    found = dates_in("He walked out of the Mar Verde prison on Thursday.", "2025-01-17")
    assert [(d.text, d.value) for d in found] == [("Thursday", "2025-01-16")]
    assert [d.value for d in dates_in("In June Minsk freed 14 people.", "2025-01-17")] == ["2024-06"]
