"""End to end: text in, the contract's verdicts out, on the bundled reference.

These follow POLICY.md: which election a claim is checked against, and what each verdict needs."""
from __future__ import annotations

import json
from datetime import date

import pytest

from tests.claims_helpers import SEED, SHARED, bundled, pipeline, verifier  # noqa: F401  (fixtures)


def verdicts(verifier, text, as_of):
    return verifier.verify(text, as_of)["claims"]


def test_bjp_lost_phulpur_and_gorakhpur(verifier):
    claims = verdicts(verifier, "BJP lost Phulpur and Gorakhpur.", date(2018, 3, 20))
    assert [(c["constituency"]["name"], c["verdict"]) for c in claims] == [("Phulpur", "SUPPORTED"), ("Gorakhpur", "SUPPORTED")]
    for c in claims:
        assert c["election"] == {"year": 2018, "kind": "bye", "house": "LS", "state": "Uttar Pradesh"}
        assert {e["party"] for e in c["evidence"]} >= {"SP", "BJP"}
        assert all(e["source"]["title"] for e in c["evidence"])


@pytest.mark.skipif(not (SHARED / "eval" / "dev" / "seed.jsonl").exists(),
                    reason="../shared/eval/dev/seed.jsonl is not beside this checkout")
def test_seed_article_every_required_gold_claim(verifier):
    gold = json.loads((SHARED / "eval" / "dev" / "seed.jsonl").read_text(encoding="utf-8").splitlines()[0])
    result = verifier.verify(gold["text"], date.fromisoformat(gold["as_of"]))
    found = result["claims"]
    for g in gold["claims"]:
        if g.get("optional"):
            continue
        q0 = gold["text"].find(g["quote"])
        q1 = q0 + len(g["quote"])
        hits = [c for c in found if c["type"] == g["type"] and c["start"] < q1 and q0 < c["end"]
                and (c["constituency"] or {}).get("name", "").lower() in (g["constituency"].lower(), "nurpur")]
        assert hits, f"missed: {g['quote']}"
        assert any(c["verdict"] == g["verdict"] for c in hits), (g["quote"], [c["verdict"] for c in hits])


def test_seed_example_needs_no_shared_folder(verifier):
    text = SEED.read_text(encoding="utf-8")
    claims = verifier.verify(text, date(2018, 5, 31))["claims"]
    assert len(claims) >= 20
    assert all(c["verdict"] == "SUPPORTED" for c in claims)  # the article is accurate
    votes = [c for c in claims if c["type"] == "votes"]
    assert [(c["value"], c["evidence"][0]["votes"]) for c in votes] == [(79000, 79172), (66000, 66436)]


def test_a_changed_figure_is_refuted_with_the_record(verifier):
    text = "साल 2017 के यूपी विधानसभा चुनाव में नूरपुर में लोकेंद्र सिंह को 69 हजार वोट मिले थे."
    [c] = verdicts(verifier, text, date(2018, 5, 31))
    assert c["verdict"] == "REFUTED" and c["lang"] == "hi"
    assert "79,172" in c["explanation"] and c["evidence"][0]["votes"] == 79172


def test_wrong_winner_is_refuted(verifier):
    text = "In the Kairana bypoll, BJP's Mriganka Singh defeated RLD's Tabassum Begum."
    [c] = [c for c in verdicts(verifier, text, date(2018, 6, 1)) if c["type"] == "outcome"]
    assert c["verdict"] == "REFUTED" and c["election"]["kind"] == "bye" and c["election"]["house"] == "LS"


def test_a_place_in_both_houses_goes_to_the_house_the_words_name(verifier):
    ls = verdicts(verifier, "कैराना लोकसभा उपचुनाव में रालोद जीती.", date(2018, 6, 1))
    assert ls and ls[0]["election"]["house"] == "LS"


def test_explicit_year_beats_the_documents_focus(verifier):
    text = "नूरपुर उपचुनाव में सपा जीती. साल 2017 के चुनाव में नूरपुर में बीजेपी जीती थी."
    claims = verdicts(verifier, text, date(2018, 5, 31))
    assert [(c["election"]["year"], c["election"]["kind"], c["verdict"]) for c in claims] == [
        (2018, "bye", "SUPPORTED"), (2017, "general", "SUPPORTED")]


def test_an_election_the_reference_lacks_is_not_enough_info(verifier):
    [c] = verdicts(verifier, "In 2022, the BJP won Kairana.", date(2022, 6, 1))
    assert c["verdict"] == "NOT_ENOUGH_INFO" and c["evidence"] == []


def test_an_unknown_person_is_not_refuted(verifier):
    claims = verdicts(verifier, "Suresh Chandra Mathur got 5,000 votes in the Phulpur bypoll.", date(2018, 3, 20))
    assert all(c["verdict"] != "REFUTED" for c in claims)


def test_every_supported_or_refuted_verdict_cites_evidence(verifier):
    text = SEED.read_text(encoding="utf-8") + "\nBJP lost Phulpur and Gorakhpur. Palghar was won by the Shiv Sena."
    for c in verifier.verify(text, date(2018, 6, 1))["claims"]:
        assert c["verdict"] in ("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO")
        if c["verdict"] != "NOT_ENOUGH_INFO":
            assert c["evidence"], c
        assert text[c["start"]:c["end"]] == c["text"]


def test_a_hindi_claim_is_explained_in_hindi_even_when_unresolved(verifier):
    [c] = verdicts(verifier, "साल 2016 में नूरपुर में बीजेपी जीती.", date(2018, 5, 31))
    assert c["verdict"] == "NOT_ENOUGH_INFO"
    assert "2016 का कोई चुनाव दर्ज नहीं" in c["explanation"] and "on record" not in c["explanation"]


def test_initials_fit_the_record_within_the_contest_but_only_loosely():
    from verifier.resolve import _initials_fit

    assert _initials_fit("O P Soni", "Om Parkash Soni")
    assert _initials_fit("B C Khanduri", "Bhuwan Chandra Khanduri")
    assert not _initials_fit("O P Soni", "Om Prakash Sharma")  # another surname
    assert not _initials_fit("Soni", "Om Soni")  # no initials written: not this rule's business


def test_a_seat_title_is_a_held_seat(verifier):
    """POLICY: "X was the MLA from C" is an outcome claim (X held C) — here in the title form."""
    [c] = verdicts(verifier, "Noorpur MLA Lokendra Singh died in a road accident.", date(2018, 3, 1))
    assert (c["type"], c["outcome"], c["verdict"]) == ("outcome", "held", "SUPPORTED")
    assert c["election"] == {"year": 2017, "kind": "general", "house": "VS", "state": "Uttar Pradesh"}


def test_a_lone_given_name_is_matched_only_within_the_named_seat(verifier):
    """"Naimul, who won the Noorpur by-election": one word is not a name the index takes on its
    own, but with the seat named it is looked for among that seat's candidates — loosely."""
    [c] = verdicts(verifier, "Naimul, who won the Noorpur by-election, thanked voters.", date(2018, 6, 1))
    assert (c["verdict"], c["subject"]["name"]) == ("SUPPORTED", "Naimul Hasan")
    assert c["match"]["score"] < 90  # loose: it could support, never refute


def test_a_person_missing_from_the_contest_is_explained_as_such(verifier):
    [c] = verdicts(verifier, "Suresh, who won the Noorpur by-election, thanked voters.", date(2018, 6, 1))
    assert c["verdict"] == "NOT_ENOUGH_INFO"
    assert "has no candidate named 'Suresh'" in c["explanation"]


def test_a_persons_own_seat_is_not_named_with_the_place_the_text_gave(verifier):
    """Mriganka Singh stood in Kairana, not in the Noorpur named before: her claim is checked on
    her own seat, and neither the label nor the claim's written place says Noorpur."""
    claims = verdicts(verifier, "नूरपुर में सपा जीती. मृगांका सिंह हार गईं.", date(2018, 6, 1))
    [c] = [c for c in claims if c["subject"]["kind"] == "candidate"]
    assert (c["verdict"], c["constituency"]["name"], c["constituency"]["text"]) == ("SUPPORTED", "Kairana", None)
    assert "नूरपुर" not in c["explanation"] and "Kairana" in c["explanation"]


def test_one_word_of_a_name_named_before_is_matched_only_loosely(verifier):
    """"… लोकेंद्र सिंह जीते. लोकेंद्र को …": one word of a name named before may be someone else
    who bears it (a "तबस्सुम हसन" after "नईमुल हसन"): the resolver caps a match that covers part of
    the record's name below the strict mark, so it can support a claim but never refute one."""
    text = "साल 2017 में नूरपुर में लोकेंद्र सिंह जीते. लोकेंद्र को 50 हजार वोट मिले."
    votes = [c for c in verdicts(verifier, text, date(2018, 6, 1)) if c["type"] == "votes"]
    assert [(c["subject"]["text"], c["verdict"]) for c in votes] == [("लोकेंद्र", "NOT_ENOUGH_INFO")]
    assert votes[0]["match"]["score"] < 90 and "79,172" in votes[0]["explanation"]
