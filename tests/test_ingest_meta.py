"""Titles and outlets (ingest/meta.py) on hand-written pages, and invariants on the real articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from prisoner_ledger.ingest import IngestOptions, load_document
from prisoner_ledger.ingest.clean import clean
from prisoner_ledger.ingest.dates import is_date_only, is_dated_byline
from prisoner_ledger.ingest.meta import guess_title, split_title
from prisoner_ledger.model import Document, RawDocument

BODY = "The council of the imaginary republic voted to pardon eleven detained reporters, officials said."
BODY_2 = "Relatives waiting outside the prison gates were told the group would be freed within a week."


def doc_for(text: str, markup: str = "text", **hints: str) -> Document:
    hints_ = {"encoding": "utf-8", "markup": markup, **hints}
    name = "p.html" if markup == "html" else "p.txt"
    raw = RawDocument(name, text.encode(), "html" if markup == "html" else "txt", name, hints_)
    return clean(raw, IngestOptions())[0]


# --- titles -------------------------------------------------------------------------------------


def test_title_skips_date_lines_bylines_and_header_strips() -> None:
    text = ("21.06.2025 | Harbour Courier | Politics\nBy Harbour Courier staff\n"
            "Council frees eleven reporters after talks\n\n" + BODY)
    assert doc_for(text).title == "Council frees eleven reporters after talks"


def test_title_prefers_a_short_line_over_a_long_teaser_above_it() -> None:
    teaser = "Eleven reporters had been held for three years on charges that their families always called invented"
    doc = doc_for(f"{teaser}\nCouncil frees eleven reporters after talks\n{BODY}")
    assert doc.title == "Council frees eleven reporters after talks"


def test_long_title_is_used_when_nothing_shorter_stands_before_the_body() -> None:
    long_title = ("After three years behind bars the eleven reporters of the imaginary republic "
                  "walk free as the council votes late at night")
    assert doc_for(f"{long_title}\n{BODY}").title == long_title


def test_title_printed_twice_wins_over_a_later_short_subheading() -> None:
    long_title = "Council frees eleven reporters as the neighbours promise to reopen the border crossings soon"
    doc = doc_for(f"{long_title}\nWhat changed this week\n{long_title}\n{BODY}")
    assert doc.title == long_title


def test_text_after_a_collection_stamp_is_the_title_only_when_nothing_else_is() -> None:
    doc = doc_for(f" date 2025-06-21 Markets rally on a quiet Friday\nCouncil frees eleven reporters\n{BODY}")
    assert doc.title == "Council frees eleven reporters"
    doc = doc_for(f" date 2025-06-21 Council frees eleven reporters\n\n{BODY}")
    assert doc.title == "Council frees eleven reporters"


def test_no_title_on_a_page_that_opens_with_its_body() -> None:
    assert doc_for(f"{BODY}\n{BODY_2}").title is None
    assert guess_title(["FOR IMMEDIATE RELEASE", BODY]) is None


def test_title_loses_a_glued_label_and_an_outlet_suffix() -> None:
    doc = doc_for(f"NextPic:Free at last. Why the council let eleven reporters go? — Harbour Courier\n\n{BODY}")
    assert doc.title == "Free at last. Why the council let eleven reporters go?"
    assert doc.outlet == "Harbour Courier"


def test_split_title_leaves_title_case_headlines_whole() -> None:
    assert split_title("Council Frees Reporters — Families Rejoice") == ("Council Frees Reporters — Families Rejoice",
                                                                         None)
    assert split_title("Council frees reporters — and then what?")[1] is None
    assert split_title("Council Frees Reporters | Harbour Courier", metadata=True) == (
        "Council Frees Reporters", "Harbour Courier")


def test_html_title_and_site_name_from_the_page_title() -> None:
    html = ("<html><head><title>Council frees eleven reporters after talks - Harbour Courier</title></head>"
            f"<body><article><h1>Council frees eleven reporters after talks</h1><p>{BODY}</p><p>{BODY_2}</p>"
            "</article></body></html>")
    doc = doc_for(html, markup="html")
    assert doc.title == "Council frees eleven reporters after talks"
    assert doc.outlet == "Harbour Courier"


# --- outlets ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, outlet", [
    (f"MINSK, September 11. /Imaginary Telegraph Agency/. {BODY}", "Imaginary Telegraph Agency"),
    (f"VILNIUS (Harbour Wire) - {BODY}", "Harbour Wire"),
    (f"BelTA - {BODY}", "BelTA"),
    (f"{BODY}\n{BODY_2} — AP", "AP"),
    (f"By Harbour Courier staff\n\n{BODY}", "Harbour Courier"),
    (f"By Associated Press\n\n{BODY}", "Associated Press"),
    (f"Council frees eleven reporters\n\n11 September 2025 | Harbour Courier\n\n{BODY}", "Harbour Courier"),
])
def test_outlet_from_tags_bylines_and_header_strips(text: str, outlet: str) -> None:
    assert doc_for(text).outlet == outlet


def test_outlet_from_metadata_wins_and_url_host_loses_its_prefixes() -> None:
    assert doc_for(f"VILNIUS (Harbour Wire) - {BODY}", outlet="Bay Daily").outlet == "Bay Daily"
    assert doc_for(BODY, url="https://www.harbour.example/news/1").outlet == "harbour.example"
    assert doc_for(BODY, url="https://amp.harbour.example/news/1").outlet == "harbour.example"


@pytest.mark.parametrize("text", [
    f"{BODY} The news agency Reuters and BelTA reported the vote.\n{BODY_2}",
    f"By Jane Roe\n\n{BODY}",  # a person, not an outlet
    f"Jane Roe | 11 September 2025\n\n{BODY}",  # the name before the date is the author's
    f"Council frees eleven reporters — Families Rejoice\n\n{BODY}",
])
def test_no_outlet_is_guessed_from_a_mention_or_an_author(text: str) -> None:
    assert doc_for(text).outlet is None


# --- real articles ------------------------------------------------------------------------------


def _real_docs(folders: list[Path]) -> list[Document]:
    return [d for folder in folders for f in sorted(folder.glob("*.txt")) for d in load_document(f)]


def test_real_titles_and_outlets_come_from_the_page(seeds_dir: Path, dev_dir: Path) -> None:
    """A title is a headline-like line of the page (never a date line or a byline) and an outlet
    is a name the page prints (these texts have no URL or metadata to take one from)."""
    docs = _real_docs([seeds_dir, dev_dir / "texts"])
    titled = [d for d in docs if d.title]
    assert len(titled) >= len(docs) // 2
    for d in titled:
        title = d.title or ""
        assert title in " ".join(d.raw_text.split()), (d.name, title)
        assert not is_date_only(title) and not is_dated_byline(title)
        assert len(title.split()) <= 25 and not title.endswith(".")
    for d in docs:
        if d.outlet:
            assert d.outlet.casefold() in d.raw_text.casefold(), (d.name, d.outlet)
