from __future__ import annotations

from prisoner_ledger.model import Document
from prisoner_ledger.nlp.relevance import make_relevance, release_sentence, sentence_is_relevant
from prisoner_ledger.nlp.sentences import split_sentences


def test_release_and_bargaining_sentences_are_marked() -> None:
    text = ("Subscribe to our newsletter.\nThe regime freed 52 political prisoners on Saturday.\n"
            "The weather was mild.\nWashington lifted sanctions on the airline.\nThe EU envoy met the minister.")
    doc = Document("t", "t", "txt", text, text)
    doc.sentences = split_sentences(text)
    doc = make_relevance(None)(doc)
    assert doc.relevant_sentences == [1, 3, 4]


def test_stems_match_at_word_starts_only() -> None:
    assert release_sentence("He was pardoned by the president.")
    assert release_sentence("Prisoners walked free.")
    assert not release_sentence("Unreleased footage and a refreshing drink.")
    assert not sentence_is_relevant("A recipe for apple pie.")


def test_document_gate_keeps_the_parser_off_plainly_off_topic_texts() -> None:
    from prisoner_ledger.nlp.relevance import document_can_hold_events

    assert not document_can_hold_events("The band will release its new album in May. Fans queued for tickets.")
    assert not document_can_hold_events("Rescuers freed a dolphin from a net. It swam away at dawn.")
    assert document_can_hold_events("Two opposition activists were freed on Friday.")
    assert document_can_hold_events("x", ["Three Americans were freed by Venezuela and flown home."])


def test_wider_release_phrasing_is_marked() -> None:
    assert release_sentence("The authorities liberated four reporters on Monday.")
    assert release_sentence("The regime let two students go after a week.")
    assert release_sentence("Nine men who had been imprisoned for years landed in Rome.")


def test_particle_frames_reach_the_release_extractor() -> None:
    for text in ("Three Armenian soldiers were handed back on Monday.", "Azerbaijan returned six soldiers.",
                 "The activist came out of prison yesterday.", "Forty prisoners were put on a bus to the border.",
                 "She was allowed to leave the country.", "He was brought out of the colony at dawn."):
        assert release_sentence(text), text
