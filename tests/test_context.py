"""Document context (POLICY "Which election a claim is about", steps 1–4): what earlier
sentences lend a claim, and what they never do."""
from __future__ import annotations

from datetime import date

from tests.claims_helpers import bundled, claims_of, pipeline  # noqa: F401  (fixtures)

OPENING = "नूरपुर विधानसभा सीट पर हुए उपचुनाव में समाजवादी पार्टी ने जीत दर्ज की है. "


def test_here_is_the_constituency_named_earlier(pipeline):
    text = OPENING + "साल 2017 के चुनाव में लोकेंद्र सिंह को यहां 79 हजार वोट मिले थे."
    votes = [c for c in claims_of(pipeline, text, date(2018, 5, 31)) if c.type == "votes"][0]
    assert votes.constituency.text == "नूरपुर" and "constituency" in votes.from_context
    assert (votes.hints.year, votes.hints.year_source) == (2017, "explicit")


def test_a_continuing_sentence_inherits_the_previous_election(pipeline):
    text = OPENING + "साल 2017 के चुनाव में लोकेंद्र सिंह को यहां 79 हजार वोट मिले थे. वहीं, नईमुल हसन को 66 हजार वोट मिले थे."
    last = [c for c in claims_of(pipeline, text, date(2018, 5, 31)) if c.type == "votes"][-1]
    assert last.subject.name.lower().replace(" ", "") in ("naimulhasan", "naimulhasan")
    assert (last.hints.year, last.hints.year_source) == (2017, "context")


def test_other_sentences_take_the_documents_focus_not_the_previous_year(pipeline):
    text = OPENING + "साल 2017 के चुनाव में लोकेंद्र सिंह को यहां 79 हजार वोट मिले थे. कैराना में बीजेपी को हार का सामना करना पड़ा."
    last = claims_of(pipeline, text, date(2018, 5, 31))[-1]
    assert last.hints.kind == "bye" and last.hints.year is None  # the by-election the article is about


def test_last_year_is_read_against_as_of(pipeline):
    text = "पिछले साल हुए विधानसभा चुनाव में नूरपुर सीट पर बीजेपी के लोकेंद्र सिंह ने जीत दर्ज की थी."
    [c] = [c for c in claims_of(pipeline, text, date(2018, 5, 31)) if c.type == "outcome"]
    assert (c.hints.year, c.hints.year_source, c.hints.house) == (2017, "last_year", "VS")


def test_context_never_flows_backwards(pipeline):
    text = "बीजेपी अपनी सीट बचा नहीं पाई. नूरपुर में सपा जीती."
    first = claims_of(pipeline, text, date(2018, 5, 31))[0]
    assert first.constituency is None  # Noorpur is only named afterwards


def test_a_dateline_is_not_the_state_in_focus(pipeline):
    text = "नई दिल्ली: उत्तर प्रदेश की नूरपुर विधानसभा सीट पर हुए उपचुनाव में सपा ने जीत दर्ज की है."
    [c] = claims_of(pipeline, text, date(2018, 5, 31))
    assert c.hints.state == "Uttar Pradesh"


def test_a_person_in_a_later_clause_takes_the_place_named_before(pipeline):
    text = "BJP lost Phulpur; Kaushalendra Singh Patel was second with 283,462 votes."
    c = [c for c in claims_of(pipeline, text, date(2018, 3, 20)) if c.type == "votes"][0]
    assert c.constituency.name == "Phulpur" and "constituency" in c.from_context


def test_since_a_year_when_a_result_dates_that_result(pipeline):
    text = "Naim Ul Hasan had not won a single election since 2018 when he won the Noorpur seat."
    [c] = claims_of(pipeline, text, date(2022, 6, 26))
    assert (c.hints.year, c.hints.year_source) == (2018, "explicit")
    [c] = claims_of(pipeline, "SP has won Noorpur every time since 2018.", date(2022, 6, 26))
    assert c.hints.year is None            # a span of time, not the date of one result


def test_copy_hints_copies_every_field():
    from dataclasses import fields, replace

    from claims.context import copy_hints
    from claims.model import ElectionHints

    # a distinct non-default value per field, so a field left out shows
    h = ElectionHints(**{f.name: f"v{i}" for i, f in enumerate(fields(ElectionHints))})
    c = copy_hints(h)
    assert c == replace(h) and c is not h


def test_a_state_lends_itself_only_while_it_is_the_only_one_named(pipeline):
    """A round-up names several states: a later sentence naming none is not about the first one
    named (nor, safely, about the last): its state is left open, for the verifier's own rules."""
    one = "In Uttar Pradesh, Noorpur went to the SP. The BSP won just one seat."
    assert claims_of(pipeline, one, date(2018, 6, 1))[-1].hints.state == "Uttar Pradesh"
    two = "In Maharashtra, BJP lost Palghar. In Uttar Pradesh, Noorpur went to the SP. The BSP won just one seat."
    last = claims_of(pipeline, two, date(2018, 6, 1))[-1]
    assert (last.type, last.hints.state) == ("seats", None)


def test_a_sentence_going_on_from_the_one_before_keeps_its_house(pipeline):
    text = "2014 के लोकसभा चुनाव में भाजपा ने 71 सीटें जीती थीं। वहीं सपा को पांच सीटें मिली थीं।"
    last = claims_of(pipeline, text, date(2018, 6, 1))[-1]
    assert (last.subject.name, last.hints.year, last.hints.house) == ("SP", 2014, "LS")
    # not the focus sentence's house, though: a later sentence that does not go on from it
    text = "2014 के लोकसभा चुनाव में भाजपा ने 71 सीटें जीती थीं। सपा को पांच सीटें मिली थीं।"
    assert claims_of(pipeline, text, date(2018, 6, 1))[-1].hints.house is None
