"""Demands, offers, link-list furniture and plain reports: hand-written sentences, one behaviour each."""

from __future__ import annotations

import re

from prisoner_ledger.model import DateGuess, Document, Mention
from prisoner_ledger.nlp.events.bargaining import extract_bargaining
from prisoner_ledger.nlp.sentences import split_sentences

# A small actor table for these tests (the real one lives in nlp/actors.py).
_ACTORS = {
    r"Belarus\w*|Minsk|Lukashenko": "BY", r"United States|Washington": "US",
    r"European Union|EU\b": "EU", r"Poland|Polish|Warsaw": "PL", r"Lithuania\w*": "LT",
    r"Amnesty International": "NGO",
}
_PEOPLE = {"Lukashenko"}
# Opens every text so that Belarus is the state most named: the one holding the prisoners.
_PREFACE = "Belarus freed 16 people from Belarusian prisons last week. "


def _doc(text: str) -> Document:
    text = _PREFACE + text
    doc = Document("x.txt", "x.txt", "txt", text, text)
    doc.pub_date = DateGuess("2025-09-12", "header", 0.9)
    doc.sentences = split_sentences(text)
    doc.relevant_sentences = list(range(len(doc.sentences)))
    for pat, code in _ACTORS.items():
        for m in re.finditer(pat, text):
            label = "PERSON" if m.group() in _PEOPLE else "GPE"
            doc.mentions.append(Mention(m.start(), m.end(), m.group(), label, country=code))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def _events(text: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in extract_bargaining(_doc(text))}


def _kinds(text: str) -> set[str]:
    return {e.type for e in extract_bargaining(_doc(text))}


def test_obligation_to_free_is_a_demand_of_the_speaker() -> None:
    got = _events("The European Union said the reporters held in Belarus must be set free without delay.")
    assert ("DEMAND", "EU", "BY") in got
    got = _events("Warsaw said the two activists jailed in Belarus should be released immediately.")
    assert ("DEMAND", "PL", "BY") in got


def test_called_for_release_in_passive_form_is_a_demand() -> None:
    got = _events("Poland has repeatedly called for the teacher held in Belarus to be released on health grounds.")
    assert ("DEMAND", "PL", "BY") in got


def test_pressing_a_state_to_free_someone() -> None:
    assert ("DEMAND", "LT", "BY") in _events("Lithuania pressed Minsk to free the blogger before the winter.")
    assert ("DEMAND", "PL", "BY") in _events("Poland will keep pressing Belarus over the jailed journalist.")


def test_release_named_as_a_condition_is_a_demand() -> None:
    got = _events("Warsaw said the journalist's freedom remains a condition for better relations with Minsk.")
    assert ("DEMAND", "PL", "BY") in got
    assert "STATEMENT" not in {k for k, *_ in got}


def test_relief_that_depends_on_a_release_did_not_happen() -> None:
    kinds = _kinds("The EU said any lifting of sanctions on Belarus will depend on the release of all detainees.")
    assert "SANCTION_RELIEF" not in kinds


def test_conditional_release_is_an_offer_by_the_holder() -> None:
    got = _events("Lukashenko said Belarus could consider releasing dozens of prisoners if Washington "
                  "eased its sanctions.")
    assert ("OFFER", "BY", "US") in got
    assert "SANCTION_RELIEF" not in {k for k, *_ in got}


def test_openness_to_a_deal_is_an_offer() -> None:
    got = _events("Minsk signalled openness to a prisoner deal with the United States on Tuesday.")
    assert ("OFFER", "BY", "US") in got


def test_link_list_under_a_heading_gives_no_event() -> None:
    text = ("Lukashenko pardoned 16 people on Friday.\n\nRelated:\n- Belarus detains three railway workers\n"
            "- Washington envoy meets Lukashenko in Minsk\n- Poland imposes new sanctions on Belarus.\n")
    assert _kinds(text) <= {"RELEASE"}


def test_bulleted_headline_without_full_stop_is_furniture_but_a_digest_item_is_not() -> None:
    assert _kinds("Weekly review\n\n- Belarus detains two more bloggers\n") == set()
    got = _kinds("Weekly review\n\n- The EU imposed new sanctions on Belarus on Monday.\n")
    assert "SANCTION" in got


def test_logistics_report_is_no_stated_position() -> None:
    assert "STATEMENT" not in _kinds("Lithuania's president confirmed that the freed group had crossed "
                                     "into Lithuania by bus.")
    assert ("STATEMENT", "LT", "BY") in _events("Lithuania's president welcomed the pardon but said "
                                                "Belarus still holds a thousand people.")


def test_charge_of_threatening_is_no_threat() -> None:
    assert "THREATEN" not in _kinds("Belarus said the writer was held for threatening national security.")
