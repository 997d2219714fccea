"""Quotes and their speakers (sentences written for these tests)."""

from __future__ import annotations

from prisoner_ledger.nlp.events.quotes import find_attribution, find_quotes, in_quote


def test_quote_then_speaker() -> None:
    q = find_quotes('"We will not give in to any pressure," Ivanov said.')
    assert len(q) == 1 and q[0].speaker == "Ivanov" and q[0].text.startswith("We will not")


def test_said_before_full_name_and_appositive() -> None:
    assert find_quotes('"The door is open for all of them," said Anna Berg.')[0].speaker == "Anna Berg"
    text = "“We condemn this unjust verdict today,” Łukasz Nowak, a ministry spokesman, wrote on Twitter."
    assert find_quotes(text)[0].speaker == "Łukasz Nowak"


def test_speaker_before_colon_and_pronoun() -> None:
    assert find_quotes('Petrov said: "Everyone must be freed now."')[0].speaker == "Petrov"
    assert find_quotes('"This is very good news for us," he added.')[0].speaker == "he"


def test_scare_quotes_are_not_quotes() -> None:
    assert find_quotes('He called the prisoners "hostages" again.') == []
    assert find_attribution('He called the prisoners "hostages" again.') is None


def test_indirect_attributions() -> None:
    a = find_attribution("According to Olga Reed, the talks have stalled.")
    assert a is not None and a.speaker == "Olga Reed" and not a.direct
    b = find_attribution("A senior official told reporters the deal was close.")
    assert b is not None and b.speaker == "A senior official"
    urged = find_attribution("The embassy urged Ruritania to release him.")
    assert urged is None or urged.speaker != "Ruritania"  # the one urged is not the speaker


def test_in_quote() -> None:
    text = 'Mr Lee said "sanctions stay in place for now" on Monday.'
    assert in_quote(text, text.index("sanctions"))
    assert not in_quote(text, text.index("Monday"))
