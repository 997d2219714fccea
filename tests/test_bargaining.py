"""Bargaining events on short hand-written sentences, and recall by type on the seeds."""

from __future__ import annotations

import re
from pathlib import Path

from prisoner_ledger.model import DateGuess, Document, Mention
from prisoner_ledger.nlp.events.bargaining import extract_bargaining
from prisoner_ledger.nlp.sentences import split_sentences

# A tiny actor table for the tests (the real one is nlp/actors.py and data/actors.toml).
_ACTORS = {
    r"Belarus\w*|Minsk|Lukashenko": "BY", r"United States|Washington|Coale|American": "US",
    r"European Union|EU": "EU", r"Poland|Polish|Nowak": "PL", r"Lithuania\w*": "LT",
    r"Tsikhanouskaya|opposition": "BY-OPP", r"Viasna": "NGO", r"the West\b": "WEST",
}


def make_doc(text: str, pub: str | None = "2025-06-25", relevant: bool = True) -> Document:
    doc = Document("t.txt", "t.txt", "txt", text, text)
    doc.pub_date = DateGuess(pub, "header", 0.9)
    doc.sentences = split_sentences(text)
    doc.relevant_sentences = list(range(len(doc.sentences))) if relevant else []
    for pat, code in _ACTORS.items():
        for m in re.finditer(pat, text):
            label = "PERSON" if m.group() in {"Lukashenko", "Coale", "Tsikhanouskaya", "Nowak"} else "GPE"
            doc.mentions.append(Mention(m.start(), m.end(), m.group(), label, country=code))
    doc.mentions.sort(key=lambda m: m.start)
    return doc


def types(doc: Document) -> set[tuple[str, str | None, str | None]]:
    return {(e.type, e.source, e.target) for e in extract_bargaining(doc)}


def test_nothing_without_relevant_sentences() -> None:
    assert extract_bargaining(make_doc("The EU extended sanctions against Belarus.", relevant=False)) == []


def test_sanction_and_relief() -> None:
    assert ("SANCTION", "EU", "BY") in types(make_doc("The EU extended sanctions against Belarus on Monday."))
    ev = extract_bargaining(make_doc("Washington lifted sanctions on the Belarusian airline on Saturday."))
    assert [(e.type, e.source, e.target, e.date, e.cameo) for e in ev] == [
        ("SANCTION_RELIEF", "US", "BY", "2025-06-21", "085")]
    assert ev[0].evidence is not None and "lifted" in ev[0].evidence.text


def test_hoped_for_relief_is_no_event() -> None:
    assert types(make_doc("Minsk is hoping to ease sanctions soon.")) == set()


def test_diplomatic_downgrade_and_upgrade() -> None:
    got = types(make_doc("The EU withdrew its ambassadors from Minsk."))
    assert ("DIPLOMATIC_DOWNGRADE", "EU", "BY") in got
    assert ("DIPLOMATIC_UPGRADE", "PL", "BY") in types(make_doc("Poland reopened its embassy in Minsk."))


def test_negotiate_visit() -> None:
    got = types(make_doc("American envoy John Coale held talks with Lukashenko in Minsk."))
    assert ("NEGOTIATE", "US", "BY") in got


def test_demanded_release_is_a_demand_with_speaker() -> None:
    doc = make_doc('"Free them all now, without conditions," Tsikhanouskaya said, urging the EU to act.')
    ev = [e for e in extract_bargaining(doc) if e.type == "DEMAND"]
    assert ev and ev[0].source == "BY-OPP" and ev[0].modality == "demanded"
    assert ev[0].speaker == "Tsikhanouskaya" and ev[0].quote and ev[0].quote.startswith("Free them")


def test_conditional_offer_is_an_offer() -> None:
    ev = extract_bargaining(make_doc("Lukashenko said he was ready to release prisoners provided the West "
                                     "resumed relations."))
    offers = [e for e in ev if e.type == "OFFER"]
    assert offers and offers[0].source == "BY" and offers[0].modality == "offered"


def test_denial_is_a_statement() -> None:
    ev = extract_bargaining(make_doc('"We are not bargaining with anyone at all," Lukashenko said.'))
    assert [(e.type, e.source, e.modality, e.cameo) for e in ev] == [("STATEMENT", "BY", "denied", "1243")]


def test_he_said_resolved_by_a_mention() -> None:
    text = 'Ivo Nowak spoke in Warsaw. "We condemn this decision in the strongest terms," he said.'
    doc = make_doc(text)
    he = text.index("he said")
    doc.mentions.append(Mention(he, he + 2, "he", "PRON", country="PL", resolved_from="Ivo Nowak"))
    doc.mentions.sort(key=lambda m: m.start)
    ev = [e for e in extract_bargaining(doc) if e.type == "STATEMENT"]
    assert ev and ev[0].source == "PL" and ev[0].speaker == "Ivo Nowak"


def test_threat_arrest_sentence() -> None:
    assert ("THREATEN", "BY", "US") in types(make_doc(
        'Lukashenko said: "If Washington plays games, we will immediately stop all negotiations."'))
    got = types(make_doc("Viasna said two activists were detained in Belarus on Monday. "
                         "A court in Minsk sentenced them to five years."))
    assert {t for t, _, _ in got} >= {"ARREST", "SENTENCE"}
    assert all(s == "BY" for t, s, _ in got if t in {"ARREST", "SENTENCE"})


def test_one_event_per_happening() -> None:
    doc = make_doc("The EU extended sanctions against Belarus. Brussels said the EU extended sanctions "
                   "because of the prisoners.")
    assert [e.type for e in extract_bargaining(doc)].count("SANCTION") == 1


def test_seed_gold_events_found_by_type(seeds_dir: Path, seed_gold: dict[str, dict]) -> None:
    """Recall by type on the seeds (true actors from the hand-written table only: a floor, not a target)."""
    found: dict[str, list[int]] = {}
    for name, gold in seed_gold.items():
        text = (seeds_dir / name).read_text(encoding="utf-8")
        doc = make_doc(text, gold.get("pub_date"))
        predicted = {e.type for e in extract_bargaining(doc)}
        for ge in gold.get("events", []):
            hit = found.setdefault(ge["type"], [0, 0])
            hit[1] += 1
            hit[0] += ge["type"] in predicted
    report = {t: f"{h}/{n}" for t, (h, n) in sorted(found.items())}
    print("seed recall by type:", report)
    total_hit = sum(h for h, _ in found.values())
    total = sum(n for _, n in found.values())
    # measured 0.94 (15/16) with the test table in round 2 (0.81 before); pinned just below so a real
    # regression fails
    assert total_hit / total >= 0.9, report


# -- roles from the dependency parse (the sentences below are written for these tests)


def test_passive_agent_is_the_source() -> None:
    got = types(make_doc("Sanctions on Belarus were lifted by Washington on Saturday."))
    assert ("SANCTION_RELIEF", "US", "BY") in got


def test_conjoined_verb_inherits_its_subject_and_the_called_on_party_is_the_target() -> None:
    got = types(make_doc("Western governments welcomed the pardons but called on Lukashenko to free the "
                         "remaining political prisoners."))
    assert ("DEMAND", "WEST", "BY") in got
    assert not any(t == "DEMAND" and s == "BY" for t, s, _ in got)


def test_talks_with_an_envoy_are_the_envoys_side_towards_the_holder() -> None:
    got = types(make_doc("Belarus released 20 prisoners on Friday after meetings with an American envoy."))
    assert ("NEGOTIATE", "US", "BY") in got


def test_speaker_right_before_a_closing_say_verb() -> None:
    ev = extract_bargaining(make_doc("Minsk freed fourteen prisoners and their families, rights group Viasna said."))
    assert [(e.type, e.source, e.target) for e in ev] == [("STATEMENT", "NGO", None)]


def test_media_report_is_no_statement() -> None:
    assert types(make_doc("Belarus pardoned sixteen people on Friday, Belarusian state television reported.")) == set()


def test_detention_before_a_release_is_no_arrest_but_a_main_clause_one_is() -> None:
    assert not any(t == "ARREST" for t, _, _ in types(make_doc(
        "Two journalists were freed by Belarus after being detained for two years.")))
    got = types(make_doc("Belarus holds many foreigners. Nowak, a Polish citizen, was detained in Belarus in "
                         "May. She was later sentenced to five years in Minsk."))
    assert ("ARREST", "BY", "PL") in got and ("SENTENCE", "BY", "PL") in got


def test_statement_target_is_the_thanked_party_or_the_holder() -> None:
    text = ("Belarus released Nowak on Monday. Lithuanian President Gitanas Nausėda spoke in Vilnius. "
            "Nauseda thanked the United States for its work to free political prisoners.")
    doc = make_doc(text)
    at = text.index("Gitanas")
    doc.mentions.append(Mention(at, at + len("Gitanas Nausėda"), "Gitanas Nausėda", "ACTOR", country="LT"))
    doc.mentions.sort(key=lambda m: m.start)
    assert ("STATEMENT", "LT", "US") in types(doc)
    got = types(make_doc("A Belarusian court in Minsk sentenced an activist on Monday. "
                         "Poland said the trial was shameful."))
    assert ("STATEMENT", "PL", "BY") in got


# -- round 2: sentences written for these tests, one per behaviour


def test_trigger_words_events_need_make_a_sentence_relevant() -> None:
    from prisoner_ledger.nlp.relevance import sentence_is_relevant

    assert sentence_is_relevant("Ministers agreed to widen the list of officials banned entry to the bloc.")
    assert sentence_is_relevant("The envoy was visiting the capital when the news came.")
    assert sentence_is_relevant("He said the army could take the bridge by force.")


def test_entry_ban_list_is_a_sanction() -> None:
    got = types(make_doc("On Monday the EU agreed to expand the list of Belarusian officials banned from "
                         "entering the union."))
    assert ("SANCTION", "EU", "BY") in got


def test_quoted_words_inside_a_reported_act_still_count() -> None:
    got = types(make_doc('Belarus advised the EU envoy and the Polish ambassador "to leave for their capitals '
                         'for consultations" on Tuesday.'))
    assert any(t == "DIPLOMATIC_DOWNGRADE" and s == "BY" for t, s, _ in got)


def test_news_agency_closing_the_sentence_is_not_the_speaker() -> None:
    got = types(make_doc("Lukashenko said that talks on freeing prisoners are held only with the United States, "
                         "the state news agency reported."))
    assert ("NEGOTIATE", "BY", "US") in got


def test_offer_with_typographic_apostrophe_and_trading() -> None:
    assert any(t == "OFFER" and s == "BY" for t, s, _ in types(make_doc(
        "“If they want it, let’s work out a big deal,” Lukashenko said.")))
    assert any(t == "OFFER" and s == "BY" for t, s, _ in types(make_doc(
        "Belarus is ready to start trading prisoners under some conditions.")))


def test_demand_verb_wins_over_the_pressure_it_causes() -> None:
    got = types(make_doc("Lukashenko rejected pressure from Poland, which is demanding the release of jailed "
                         "activists."))
    assert any(t == "DEMAND" and s == "PL" for t, s, _ in got)
    assert not any(t == "DEMAND" and s == "BY" for t, s, _ in got)


def test_beliefs_conditions_and_prices_are_no_events() -> None:
    assert not any(t == "DIPLOMATIC_UPGRADE" for t, _, _ in types(make_doc(
        "Lukashenko believes that one day Belarus will restore relations with Poland.")))
    assert not any(t == "SANCTION_RELIEF" for t, _, _ in types(make_doc(
        "Minsk could free more prisoners if Washington lifted sanctions on potash.")))
    assert not any(t == "SANCTION_RELIEF" for t, _, _ in types(make_doc(
        "Lukashenko proposed a deal: all prisoners in exchange for the lifting of sanctions on Belarus.")))


def test_negated_asked_or_foreseen_acts_are_no_events() -> None:
    assert not any(t == "SANCTION_RELIEF" for t, _, _ in types(make_doc(
        "The EU said it had no plans to ease sanctions on Belarus.")))
    got = types(make_doc("Tsikhanouskaya called on Washington not to lift sanctions on Belarus before all "
                         "political prisoners are free."))
    assert not any(t == "SANCTION_RELIEF" for t, _, _ in got)
    assert any(t == "DEMAND" and s == "BY-OPP" for t, s, _ in got)
    assert not any(t == "NEGOTIATE" for t, _, _ in types(make_doc(
        "Relatives of prisoners wait for a possible visit by an American diplomat.")))


def test_political_crisis_is_no_prisoner() -> None:
    assert not any(t == "DEMAND" for t, _, _ in types(make_doc(
        "The regime demands that Western countries accept the outcome of the political crisis in Belarus.")))


def test_charge_of_calling_for_sanctions_is_no_demand() -> None:
    got = types(make_doc("A court in Minsk sentenced an activist to five years for calling for sanctions."))
    assert not any(t == "DEMAND" for t, _, _ in got)


def test_rights_groups_after_governments_add_no_second_demand() -> None:
    got = types(make_doc("Western governments and rights groups praised the pardons but called on Lukashenko "
                         "to free the remaining political prisoners."))
    assert ("DEMAND", "WEST", "BY") in got and not any(t == "DEMAND" and s == "NGO" for t, s, _ in got)


def test_threats_of_retaliation() -> None:
    assert any(t == "THREATEN" and s == "BY" for t, s, _ in types(make_doc(
        "The ministry in Minsk called the move hostile and warned of mirror measures against Poland.")))
    assert any(t == "THREATEN" and s == "PL" for t, s, _ in types(make_doc(
        "Poland said it would consider further measures against the Belarusian authorities.")))
    assert ("THREATEN", "BY", "US") in types(make_doc(
        'Lukashenko said: "I warned the Americans: we will stop all negotiations at once."'))


def test_ambassadors_recalled_from_two_capitals_are_two_events() -> None:
    got = types(make_doc("Belarus recalled its ambassadors from Poland and Lithuania on Friday."))
    assert {("DIPLOMATIC_DOWNGRADE", "BY", "PL"), ("DIPLOMATIC_DOWNGRADE", "BY", "LT")} <= got


def test_meetings_and_visits_go_from_the_envoys_side_to_the_holder() -> None:
    assert ("NEGOTIATE", "US", "BY") in types(make_doc("Lukashenko met the American envoy in Minsk on Monday."))
    assert any(t == "NEGOTIATE" and s == "US" for t, s, _ in types(make_doc(
        "Three prisoners were freed in Belarus after a visit by an American diplomat.")))
    assert ("NEGOTIATE", "US", "BY") in types(make_doc(
        "The release came while an American delegation was in Minsk for talks with Lukashenko."))


def test_talks_between_two_parties_in_the_order_told() -> None:
    got = types(make_doc("Belarus still holds many prisoners. Talks between Belarus and Lithuania were held in Riga."))
    assert ("NEGOTIATE", "BY", "LT") in got


def test_government_telling_of_talks_is_their_source() -> None:
    got = types(make_doc("Polish officials said the negotiations had involved the services of seven countries."))
    assert any(t == "NEGOTIATE" and s == "PL" for t, s, _ in got)


def test_owner_of_lifted_sanctions_and_doer_of_a_conjoined_verb() -> None:
    assert any(t == "SANCTION_RELIEF" and s == "US" for t, s, _ in types(make_doc(
        "Prisoners were freed in Minsk after the lifting of American sanctions against the Belarusian airline.")))
    assert any(t == "SANCTION_RELIEF" and s == "US" for t, s, _ in types(make_doc(
        "VILNIUS - An American delegation met Lukashenko in Minsk and announced relief from sanctions on the "
        "Belarusian airline.")))


def test_holder_reporting_its_own_release_is_no_statement() -> None:
    assert not any(t == "STATEMENT" for t, _, _ in types(make_doc(
        "Lukashenko pardoned 16 prisoners on Friday, his press service said.")))
    assert any(t == "STATEMENT" and s == "BY" for t, s, _ in types(make_doc(
        "Lukashenko said he pardoned 16 prisoners as a humanitarian gesture.")))


def test_arrest_and_sentence_come_from_the_state_that_detains_not_the_detainees_own() -> None:
    # Poland is the most named state, but the Polish reporter was detained by Belarus
    doc = make_doc("Polish officials said Poland would raise the matter with Minsk. Nowak, a Polish reporter, "
                   "was detained in March while covering a protest and sentenced in June to four years.")
    got = types(doc)
    assert ("ARREST", "BY", "PL") in got and ("SENTENCE", "BY", "PL") in got
    assert not any(t[0] in ("ARREST", "SENTENCE") and t[1] == "PL" for t in got)


def test_talks_negated_or_denied_are_no_talks() -> None:
    assert not any(t[0] == "NEGOTIATE" for t in types(make_doc(
        "The EU, which was not involved in the negotiations, kept its line on Belarus.")))
    ev = extract_bargaining(make_doc("A Belarusian spokesman rejected claims that Minsk was holding secret "
                                     "talks with Washington."))
    assert not any(e.type == "NEGOTIATE" for e in ev)
    assert [(e.type, e.source, e.modality) for e in ev] == [("STATEMENT", "BY", "denied")]


def test_contact_asked_for_in_a_call_is_a_demand_on_the_one_called_on() -> None:
    got = types(make_doc("Viasna called on the European Union to raise the prisoners in every meeting with Minsk."))
    assert not any(t[0] == "NEGOTIATE" for t in got)
    assert any(t[:3] == ("DEMAND", "NGO", "EU") for t in got)


def test_relief_tied_to_a_condition_is_a_stated_position_not_relief() -> None:
    got = types(make_doc("The West has tied any easing of sanctions to the release of all political "
                         "prisoners in Belarus."))
    assert not any(t[0] == "SANCTION_RELIEF" for t in got)
    assert ("STATEMENT", "WEST", "BY") in got


def test_offers_of_a_deal_are_offers() -> None:
    ev = extract_bargaining(make_doc("Lukashenko said the two prisoners could be freed as part of a deal "
                                     "with Washington."))
    assert [(e.type, e.source, e.target, e.modality) for e in ev if e.type == "OFFER"] == [
        ("OFFER", "BY", "US", "offered")]
    assert any(e.type == "OFFER" and e.source == "BY" for e in extract_bargaining(make_doc(
        "Lukashenko would consider releasing the prisoners if Washington lifted sanctions on potash.")))
    # an offer turned down was made by the other side
    got = types(make_doc("American officials said that Minsk turned down a proposal for the two prisoners."))
    assert ("OFFER", "US", "BY") in got


def test_calls_pressure_and_demands_by_governments_and_groups() -> None:
    assert any(t[:3] == ("DEMAND", "PL", "BY") for t in types(make_doc(
        "Poland pressed Minsk for the release of the journalist.")))
    ev = extract_bargaining(make_doc("Press freedom groups demanded that the reporters be freed at once."))
    assert [(e.type, e.source) for e in ev] == [("DEMAND", "NGO")]
    assert any(t[:2] == ("DEMAND", "BY-OPP") for t in types(make_doc(
        "Tsikhanouskaya said sanctions should stay until every prisoner is free.")))


def test_generic_convictions_and_detentions_of_the_freed_are_no_events() -> None:
    got = types(make_doc('"Those who broke the law were convicted by the courts," a Belarusian minister said.'))
    assert not any(t[0] == "SENTENCE" for t in got)
    got = types(make_doc("Minsk freed six foreigners who were detained in its prisons."))
    assert not any(t[0] == "ARREST" for t in got)
