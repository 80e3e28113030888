"""Claim patterns, read as a fact-checker would: what each sentence claims, about whom, where.

The examples are the kinds of sentence in the seed article and the dev set, in both languages;
names and places are resolved through the bundled reference."""
from __future__ import annotations

import re
from datetime import date

from tests.claims_helpers import brief, bundled, claims_of, pipeline, verifier  # noqa: F401  (fixtures)


def test_one_claim_per_place_when_a_party_lost_two_seats(pipeline):
    claims = claims_of(pipeline, "BJP lost Phulpur and Gorakhpur.", date(2018, 3, 20))
    assert sorted(brief(claims)) == [("outcome", "BJP", "Phulpur", "lost"), ("outcome", "BJP", "Gorakhpur", "lost")][::-1] \
        or sorted(brief(claims)) == sorted([("outcome", "BJP", "Phulpur", "lost"), ("outcome", "BJP", "Gorakhpur", "lost")])


def test_hindi_headline_win(pipeline):
    [claim] = claims_of(pipeline, "नूरपुर में सपा जीती")
    assert brief([claim]) == [("outcome", "SP", claim.constituency.name, "won")]
    assert claim.constituency.text == "नूरपुर"


def test_hindi_agent_defeats_object(pipeline):
    claims = claims_of(pipeline, "नूरपुर विधानसभा सीट पर हुए उपचुनाव में समाजवादी पार्टी ने बीजेपी को हराया.")
    [c] = [c for c in claims if c.type == "outcome"]
    assert (c.subject.name, c.opponent.name, c.outcome) == ("SP", "BJP", "won")


def test_could_not_save_its_seat_and_did_not_let_win_are_losses(pipeline):
    text = "बीजेपी अपनी सीट बचा नहीं पाई. कैराना में विपक्ष ने बीजेपी को जीतने नहीं दिया."
    outcomes = [(c.subject.name, c.outcome) for c in claims_of(pipeline, text) if c.type == "outcome"]
    assert outcomes == [("BJP", "lost"), ("BJP", "lost")]


def test_votes_in_indian_number_words(pipeline):
    [c] = claims_of(pipeline, "साल 2017 के विधानसभा चुनाव में नूरपुर में लोकेंद्र सिंह को 79 हजार वोट मिले थे.")
    assert (c.type, c.subject.name, c.number.value, c.number.unit) == ("votes", "LOKENDRA SINGH", 79000, 1000)
    assert c.hints.year == 2017 and c.hints.year_source == "explicit"


def test_english_defeat_with_margin_gives_outcome_and_margin(pipeline):
    text = "In the Phulpur bypoll, SP's Nagendra Pratap Singh Patel defeated BJP's Kaushalendra Singh Patel by 59,460 votes."
    claims = claims_of(pipeline, text, date(2018, 3, 20))
    kinds = {c.type: c for c in claims}
    assert kinds["outcome"].subject.name == "Nagendra Pratap Singh Patel"
    assert kinds["outcome"].opponent.name == "Kaushalendra Singh Patel"
    assert kinds["margin"].number.value == 59460 and kinds["margin"].outcome == "won"


def test_passive_defeat_is_a_loss_of_the_subject_and_a_win_of_the_agent(pipeline):
    claims = [c for c in claims_of(pipeline, "In Kairana, BJP's Mriganka Singh was defeated by RLD's Tabassum Hasan.")
              if c.type == "outcome"]
    assert [(c.subject.name, c.outcome) for c in claims] == [("Mriganka Singh", "lost"), ("Tabassum Begum €", "won")]


def test_party_before_candidate_is_a_candidacy(pipeline):
    text = "नूरपुर विधानसभा सीट पर मुख्य मुकाबला समाजवादी पार्टी के नईमुल हसन और बीजेपी की अवनी सिह के बीच था."
    claims = claims_of(pipeline, text)
    assert [(c.type, c.subject.name, c.party.name) for c in claims] == [
        ("candidacy", "Naimul Hasan", "SP"), ("candidacy", "Avnish Singh", "BJP")]


def test_hinglish_candidacy(pipeline):
    [c] = claims_of(pipeline, "RLD प्रत्याशी तबस्सुम कैराना से मैदान में")
    assert (c.type, c.party.name, c.constituency.name) == ("candidacy", "RLD", "Kairana")
    assert c.lang == "hi"


def test_seat_tally_takes_the_tally_not_the_house_size(pipeline):
    [c] = [c for c in claims_of(pipeline, "The Aam Aadmi Party won 92 of the 117 assembly seats.", date(2022, 3, 11))
           if c.type == "seats"]
    assert (c.subject.name, c.number.value, c.seats_total) == ("AAAP", 92, 117)


def test_not_claims(pipeline):
    for text in (
        "Congress bags 3 Rajya Sabha seats in Rajasthan.",
        "राज्य में बहुमत के आंकड़े तक पहुंचने के लिए किसी भी पार्टी को 202 सीटें हासिल करनी होंगी.",
        "Exit polls predicted that BJP will win Kairana.",
        "कांग्रेस ने कहा- एक साल में केंद्र ने देश को निराशा और पीड़ा दी.",
    ):
        assert claims_of(pipeline, text, date(2022, 6, 11)) == [], text


def test_claim_offsets_slice_the_input(pipeline):
    text = "LIVE उपचुनाव नतीजे: नूरपुर में सपा जीती, पालघर में बीजेपी की जीत"
    for c in claims_of(pipeline, text):
        assert 0 <= c.sentence_start <= c.start < c.end <= c.sentence_end <= len(text)
    places = [c.constituency.name for c in claims_of(pipeline, text)]
    assert places == ["Noorpur", "Palghar"] or [p.lower() for p in places] == ["nurpur", "palghar"]


def test_a_candidate_the_reference_does_not_know_is_still_a_claim(pipeline, verifier):
    """"BJP's Satyajeet Kadam" is plainly a candidate: the claim is found and, with no record of
    him, answered NOT_ENOUGH_INFO — not pinned on BJP, not dropped."""
    text = "In the Phulpur bypoll, BJP's Satyajeet Kadam polled 77,426 votes."
    [c] = [c for c in claims_of(pipeline, text, date(2018, 3, 20)) if c.type == "votes"]
    assert (c.subject.kind, c.subject.name, c.subject.ids) == ("candidate", "Satyajeet Kadam", ())
    [v] = [v for v in verifier.verify(text, date(2018, 3, 20))["claims"] if v["type"] == "votes"]
    assert v["verdict"] == "NOT_ENOUGH_INFO"


def test_a_hindi_candidate_the_reference_does_not_know(pipeline):
    """"कांग्रेस की उम्मीदवार निर्मला गहतोडी की जमानत जब्त": the claim is about her (unknown to the
    reference), not about the Congress; and निर्मला is not the Nirmal seat."""
    text = "चंपावत चुनाव में कांग्रेस की उम्मीदवार निर्मला गहतोडी की जमानत जब्त हो गई।"
    ranks = [c for c in claims_of(pipeline, text, date(2022, 6, 3)) if c.type == "rank"]
    assert [(c.subject.kind, c.subject.text, c.deposit_lost) for c in ranks] == [("candidate", "निर्मला गहतोडी", True)]


def test_hindi_vote_share_and_turnout_claims(pipeline):
    [share] = claims_of(pipeline, "साल 2017 के विधानसभा चुनाव में नूरपुर में बीजेपी को 38.98 प्रतिशत वोट मिले थे.")
    assert (share.type, share.subject.name, share.number.value, share.number.percent) == ("vote_share", "BJP", 38.98, True)
    [turnout] = claims_of(pipeline, "नूरपुर में 2017 में 66.93 प्रतिशत मतदान हुआ था.")
    assert (turnout.type, turnout.subject, turnout.number.value) == ("turnout", None, 66.93)


def test_a_comma_list_of_places_is_one_claim_each_but_a_comma_also_closes_a_clause(pipeline):
    claims = claims_of(pipeline, "SP wins Kairana, Noorpur seats.", date(2018, 5, 31))
    assert sorted(brief(claims)) == [("outcome", "SP", "Kairana", "won"), ("outcome", "SP", "Noorpur", "won")]
    claims = claims_of(pipeline, "SP won Noorpur, BJP won Gorakhpur.", date(2018, 5, 31))
    assert sorted(brief(claims)) == [("outcome", "BJP", "Gorakhpur", "won"), ("outcome", "SP", "Noorpur", "won")]


def test_a_party_written_with_its_front_is_the_party(pipeline):
    [c] = claims_of(pipeline, "The opposition Congress-UDF retained the Noorpur Assembly constituency in Kairana.",
                    date(2018, 5, 31))
    assert (c.subject.name, c.constituency.name) == ("INC", "Noorpur")  # Kairana: where it lies


def test_a_candidate_the_reference_lacks_is_still_the_subject_when_the_text_marks_one(pipeline):
    claims = claims_of(pipeline, "Its nominee Uma Thomas won. Pathak polled 40,319 votes.", date(2022, 6, 3))
    assert ("outcome", "Uma Thomas", None, "won") in brief(claims)
    assert ("votes", "Pathak", None, None) in brief(claims)
    weekday = claims_of(pipeline, "Saturday bagged 40,319 votes.", date(2022, 6, 3))
    assert all(c.subject is None or c.subject.name != "Saturday" for c in weekday)


def test_a_danda_right_after_the_verb_still_ends_a_word(pipeline):
    """"।" lies in the Devanagari block; it must not read as a letter glued to जीती."""
    [c] = claims_of(pipeline, "नूरपुर में सपा जीती।", date(2018, 5, 31))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_seats_polled_or_contested_are_not_seats_won_and_a_pronoun_points_back_to_the_agent(pipeline):
    text = "विधानसभा चुनाव 2018 में सपा ने बीजेपी के साथ मिलकर 16 सीटों पर उम्मीदवार उतारे थे और इसमें से उसे 6 सीटों पर जीत मिली है."
    [c] = claims_of(pipeline, text, date(2018, 5, 31))
    assert (c.type, c.subject.name, c.number.value) == ("seats", "SP", 6)
    assert claims_of(pipeline, "यहां जानिए कि जिन 27 सीटों पर चुनाव हुए हैं, वहां कौन जीता।", date(2018, 5, 31)) == []


def test_a_seized_plot_is_not_a_seized_seat(pipeline):
    assert claims_of(pipeline, "बुजुर्ग ने बीजेपी नेता के भाई पर अपनी जमीन पर कब्जा कर लेने का आरोप लगाया।") == []
    [c] = claims_of(pipeline, "नूरपुर सीट पर सपा ने कब्जा कर लिया।", date(2018, 5, 31))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_predictions_and_legislators_ballots_are_not_claims(pipeline):
    for text in ("At the same time, BJP can get 7 percent votes.",
                 "यह कहा जा रहा है कि भाजपा को 10 प्रतिशत वोटों का नुकसान होने जा रहा है।",
                 "In the polls that witnessed cross-voting, Nathwani polled 28 votes.",
                 "उन्होंने कहा, विधानपरिषद चुनाव में बीजेपी ने 33 सीट पर जीत हासिल की."):
        assert claims_of(pipeline, text, date(2022, 6, 1)) == [], text


def test_won_or_lost_something_other_than_a_result_is_not_a_claim(pipeline):
    assert claims_of(pipeline, "Congress has lost the morality to be the Opposition party.", date(2022, 2, 19)) == []
    assert claims_of(pipeline, "The SP won the hearts of Noorpur voters.", date(2018, 5, 31)) == []
    [c] = claims_of(pipeline, "SP won the Noorpur seat.", date(2018, 5, 31))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_seats_won_by_a_party_take_the_party_after_by(pipeline):
    [c] = claims_of(pipeline, "The 11 seats won by the BSP in 2017 were in the west.", date(2018, 5, 31))
    assert (c.type, c.subject.name, c.number.value) == ("seats", "BSP", 11)


def test_a_vote_share_after_won_by_keeps_its_subject(pipeline):
    claims = claims_of(pipeline, "BJP won by a little over 33 per cent of votes.", date(2022, 3, 10))
    [share] = [c for c in claims if c.type == "vote_share"]
    assert (share.subject.name, share.number.value, share.number.qualifier) == ("BJP", 33, "more")


def test_a_states_round_of_bypolls_with_a_count_is_a_tally(pipeline):
    for text in ("उत्तर प्रदेश उपचुनाव में बीजेपी ने 4 में से तीन पर जीत दर्ज की",
                 "The BJP has bagged victory on three out of four seats in the Uttar Pradesh bypolls."):
        [c] = claims_of(pipeline, text, date(2018, 6, 26))
        assert (c.type, c.subject.name, c.number.value) == ("seats", "BJP", 3), text
        assert (c.hints.kind, c.hints.state) == ("bye", "Uttar Pradesh")
    # without a state or a count, a by-election result with no seat is not put forward
    assert claims_of(pipeline, "उपचुनाव में बीजेपी को लगातार हार मिली", date(2022, 6, 26)) == []


def test_a_count_of_winners_is_a_seat_tally(pipeline):
    [c] = claims_of(pipeline, "उत्तर प्रदेश में बसपा के पांच विधायक चुनाव जीते थे", date(2018, 5, 31))
    assert (c.type, c.subject.name, c.number.value) == ("seats", "BSP", 5)
    text = "Fifty-nine seats across 16 districts are going to polls today -- of which the SP had won only nine in 2017."
    [c] = claims_of(pipeline, text, date(2022, 2, 20))
    assert (c.type, c.subject.name, c.number.value) == ("seats", "SP", 9)
    assert c.part_of_state == "districts"   # a tally over part of a state: no record to check


def test_a_tally_over_part_of_a_state_is_not_enough_info(verifier):
    out = verifier.verify("In the Noorpur district, the SP had won 19 seats in 2017.", date(2018, 5, 31))
    [c] = [c for c in out["claims"] if c["type"] == "seats"]
    assert c["verdict"] == "NOT_ENOUGH_INFO" and "district" in c["explanation"]


def test_a_list_of_people_with_their_titles_between_them_all_lost(pipeline):
    text = "Naim Ul Hasan, former minister Avani Singh, currently chief minister of Uttar Pradesh, Mriganka Singh has also lost."
    subjects = {c.subject.name.upper() for c in claims_of(pipeline, text, date(2018, 5, 31)) if c.type == "outcome"}
    assert {"NAIM UL HASAN", "MRIGANKA SINGH"} <= subjects and len(subjects) == 3, subjects


def test_an_undated_claim_is_not_refuted_by_a_contest_decided_long_before_the_text(verifier):
    """Noorpur's latest contest on record is the May 2018 by-election. A year later, "BJP won
    Noorpur" with no year may report a newer poll the reference lacks: not called false."""
    late = verifier.verify("BJP won Noorpur.", date(2019, 6, 1))["claims"][0]
    assert late["verdict"] == "NOT_ENOUGH_INFO" and "not called false" in late["explanation"]
    assert late["evidence"]                               # the rows it was read against are still shown
    fresh = verifier.verify("BJP won Noorpur.", date(2018, 6, 2))["claims"][0]
    assert fresh["verdict"] == "REFUTED"                  # days after the count: the record speaks
    dated = verifier.verify("BJP won Noorpur in the 2018 by-election.", date(2019, 6, 1))["claims"][0]
    assert dated["verdict"] == "REFUTED"                  # the text names the election
    agrees = verifier.verify("SP won Noorpur.", date(2019, 6, 1))["claims"][0]
    assert agrees["verdict"] == "SUPPORTED"               # an old record can still agree


def test_a_margin_told_from_the_losers_side_is_the_winners_margin(pipeline):
    claims = claims_of(pipeline, "BJP's Mriganka Singh loses to RLD's Tabassum Hasan, trails behind by 44,618 votes.",
                       date(2018, 5, 31))
    [m] = [c for c in claims if c.type == "margin"]
    assert m.subject.text.startswith("Tabassum") and (m.outcome, m.number.value) == ("won", 44618)


def test_all_the_seats_is_a_tally_and_all_the_seats_of_a_place_is_part_of_a_state(pipeline):
    [c] = claims_of(pipeline, "उत्तर प्रदेश विधानसभा चुनाव 2017 में बीजेपी ने सभी सीटों पर कब्जा कर लिया", date(2018, 5, 31))
    assert (c.type, c.all_seats, c.part_of_state) == ("seats", True, None)
    [c] = claims_of(pipeline, "कैराना से कोई मंत्री नहीं बना, 2017 में बीजेपी ने जीती थीं सभी सीटें", date(2018, 5, 31))
    assert (c.type, c.part_of_state, c.constituency) == ("seats", "कैराना", None)


def test_a_count_of_seats_won_by_a_narrow_margin_is_one_margin_claim(pipeline):
    [c] = claims_of(pipeline, "UP: देखें 15 सीटें जहां BJP 2000 से कम वोटों के अंतर से जीती", date(2022, 3, 11))
    assert (c.type, c.subject.name, c.number.value, c.number.qualifier, c.seat_count.value) == (
        "margin", "BJP", 2000, "less", 15)
    assert c.hints.state == "Uttar Pradesh"   # "UP:" opens a headline's topic, not a dateline
    # the party that makes a claim is not what the claim is about
    [c] = claims_of(pipeline, "नतीजों के बीच सपा का दावा- 100 सीटों पर अंतर 500 वोटों से कम", date(2022, 3, 10))
    assert (c.type, c.subject, c.seat_count.value) == ("margin", None, 100)


def test_losing_an_election_said_as_a_noun_phrase_is_the_possessors_loss(pipeline):
    [c] = claims_of(pipeline, "लिटमस टेस्ट में AAP हुई पास, BJP के नूरपुर उपचुनाव हारने के 5 कारण", date(2018, 6, 2))
    assert brief([c]) == [("outcome", "BJP", "Noorpur", "lost")]
    # a dative subject still comes first: "तेजस्वी की पार्टी राजद को हार का सामना"
    [c] = claims_of(pipeline, "नूरपुर में अखिलेश यादव की पार्टी सपा को हार का सामना करना पड़ा", date(2018, 6, 2))
    assert (c.subject.name, c.outcome) == ("SP", "lost")
    # "चुनाव जीतने की कोशिश" is an attempt, not a result
    assert claims_of(pipeline, "बीजेपी नूरपुर चुनाव जीतने की कोशिश में है", date(2018, 6, 2)) == []


def test_legislators_ballots_and_nouns_of_winning_are_not_results(pipeline):
    for text in ("Gopakumar of BJP-led NDA won 35 and 3 votes respectively.",
                 "Ram received 30 votes in the election.",
                 "BJP's 2019 seat map matches its wins in Noorpur.",
                 "INDIA bloc leaders convene amidst recent election defeats."):
        assert claims_of(pipeline, text, date(2018, 6, 2)) == [], text
    [c] = claims_of(pipeline, "BJP won by a little over 33 per cent of votes.", date(2018, 6, 2))
    assert c.type == "vote_share"          # the share, not a second "BJP won"


def test_a_loose_name_pinned_by_its_party_and_seat_can_be_refuted(verifier):
    pinned = verifier.verify("RLD's Tabassum Hasan won Kairana by more than 60,000 votes.", date(2018, 6, 2))["claims"]
    [m] = [c for c in pinned if c["type"] == "margin"]
    assert m["verdict"] == "REFUTED" and "41,233" in m["explanation"]   # Tabassum Begum (RLD), by 41,233
    loose = verifier.verify("Tabassum Hasan won Kairana by more than 60,000 votes.", date(2018, 6, 2))["claims"]
    [m] = [c for c in loose if c["type"] == "margin"]
    assert m["verdict"] == "NOT_ENOUGH_INFO" and "loosely" in m["explanation"]


def test_a_run_of_wins_is_read_from_either_language(pipeline):
    [c] = claims_of(pipeline, "नूरपुर विधानसभा पर भाजपा लगातार पांच बार जीत हासिल कर चुकी है.", date(2018, 6, 2))
    assert (c.subject.name, c.constituency.name, c.streak) == ("BJP", "Noorpur", 5)
    [c] = claims_of(pipeline, "With three wins on the trot, SP pins hopes on Noorpur.", date(2018, 6, 2))
    assert (c.subject.name, c.constituency.name, c.streak, c.outcome) == ("SP", "Noorpur", 3, "won")


def test_a_bare_win_or_loss_phrase_with_nothing_to_pin_it_is_not_a_claim(pipeline):
    assert claims_of(pipeline, "बीजेपी की जीत पर जश्न मनाया गया", date(2018, 6, 2)) == []
    [c] = claims_of(pipeline, "नूरपुर में सपा की जीत पर जश्न मनाया गया", date(2018, 6, 2))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_a_hindi_name_the_reference_lacks_is_also_given_in_latin_letters(pipeline):
    [c] = [c for c in claims_of(pipeline, "नूरपुर चुनाव में कांग्रेस की उम्मीदवार निर्मला गहतोडी की जमानत जब्त हो गई",
                                date(2018, 6, 2)) if c.type == "rank"]
    assert (c.subject.text, c.subject.name) == ("निर्मला गहतोडी", "Nirmala Gahtodi")


def test_one_pass_finds_what_each_pattern_finds():
    """Patterns.trigger_scan / cue_scan: one pass gives each pattern's own matches."""
    from claims.triggers import _triggers_one_by_one, document_triggers
    from claims.patterns_loader import _CUE_NAMES, _cue_patterns, load

    texts = [
        "बीजेपी ने नूरपुर सीट जीती। सपा के नईमुल हसन ने 6,211 वोटों से हराया, पिछली बार हार गए थे।",
        "BJP won Noorpur by 6,211 votes; the SP lost, was trailing behind and came second in the bypoll.",
        "जीतीजीत हारहार won-won wonwon, lost.lost लोकसभा/विधानसभा उपचुनाव MLA",
        "",
    ]
    for lang in ("hi", "en"):
        pats = load(lang)
        words = {name: getattr(pats, name) for name in ("candidacy_words", "held_words", "time", "kind", "house",
                                                         "not_a_claim")}
        cue_patterns = _cue_patterns(words)
        for text in texts:
            got = [(t.id, a, b) for t, a, b in document_triggers(text, pats)]
            assert got == [(t.id, a, b) for t, a, b in _triggers_one_by_one(text, pats)]
            assert pats.cues(text) == {n for n, p in zip(_CUE_NAMES, cue_patterns) if p.search(text)}


def test_a_nukta_letter_matches_in_either_spelling(pipeline):
    from claims.patterns_loader import nukta_agnostic

    pattern = re.compile(nukta_agnostic("के ख\u093cिलाफ"))
    assert pattern.fullmatch("के \u0959िलाफ") and pattern.fullmatch("के ख\u093cिलाफ")
    for against in ("\u0959िलाफ", "ख\u093cिलाफ"):   # the rival named "के ख़िलाफ" is not a candidacy claim
        text = f"नूरपुर में सपा के नईमुल हसन ने बीजेपी की अवनि सिंह के {against} 5,662 वोटों के अंतर से सीट जीती।"
        assert not [c for c in claims_of(pipeline, text, date(2018, 6, 2)) if c.type == "candidacy"], against


def test_hindi_candidate_words_beside_a_result_and_participles_before_a_noun(pipeline):
    # the result says the candidacy: no second claim for "सपा के उम्मीदवार नईमुल हसन"
    claims = claims_of(pipeline, "सपा के उम्मीदवार नईमुल हसन ने नूरपुर में बीजेपी को हरा दिया है.", date(2018, 6, 2))
    assert [c.type for c in claims] == ["outcome"]
    # "7 बार हारे उम्मीदवार ने … जीत हासिल की": no loss claim, and no win carried to the party before
    text = "नूरपुर में बीजेपी ने दांव लगाया और 7 बार हारे उम्मीदवार ने 8वें प्रयास में जीत हासिल की"
    assert [c for c in claims_of(pipeline, text, date(2018, 6, 2)) if c.type == "outcome"] == []


def test_words_with_a_nukta_are_found_in_either_spelling(pipeline):
    for zila in ("ज़िले", "\u095bिले"):   # ज़ as letter + nukta, and as one code point
        text = f"उत्तर प्रदेश के इस {zila} में सपा ने 2017 में 4 सीटें जीती थीं"
        [c] = claims_of(pipeline, text, date(2018, 6, 2))
        assert c.part_of_state == zila, zila


def test_leading_a_party_to_victory_is_the_partys_win_and_the_leader_goes_on(pipeline):
    text = "Naim Ul Hasan, who led the SP to a famous victory in Noorpur but himself lost his seat, spoke today."
    got = sorted((c.subject.name.upper(), c.outcome) for c in claims_of(pipeline, text, date(2018, 6, 2)) if c.type == "outcome")
    assert ("SP", "won") in got and ("NAIM UL HASAN", "lost") in got
    assert claims_of(pipeline, "Modi led the BJP campaign in Kerala.", date(2018, 6, 2)) == []


def test_a_party_joined_or_a_partys_rebel_is_not_the_party_itself(pipeline):
    text = "Naim Ul Hasan had joined the SP in 2017 and contested from Noorpur, but lost the seat to a BJP rebel."
    claims = claims_of(pipeline, text, date(2018, 6, 2))
    assert {c.subject.name.upper() for c in claims} == {"NAIM UL HASAN"}
    assert all(c.opponent is None for c in claims)


def test_opening_an_account_is_at_least_one_seat_and_not_opening_it_none(pipeline):
    [c] = claims_of(pipeline, "उत्तर प्रदेश विधानसभा चुनाव 2017 में कांग्रेस का खाता भी नहीं खुला", date(2018, 6, 2))
    assert (c.type, c.subject.name, c.number.value, c.number.qualifier) == ("seats", "INC", 0, None)
    [c] = claims_of(pipeline, "उत्तर प्रदेश उपचुनाव में कांग्रेस का खुला खाता", date(2018, 6, 2))
    assert (c.type, c.number.value, c.number.qualifier) == ("seats", 0, "more")
    [c] = claims_of(pipeline, "The Congress opened its account in the 2017 Uttar Pradesh assembly election.", date(2018, 6, 2))
    assert (c.type, c.subject.name, c.number.qualifier) == ("seats", "INC", "more")


def test_a_sentence_opening_with_a_surname_and_an_apposition_names_the_winner(verifier):
    text = ("Hasan, a former BJP national vice-president who joined the SP, "
            "was elected MLA from the Noorpur constituency in the 2018 by-election.")
    [c] = verifier.verify(text, date(2018, 6, 2))["claims"]
    assert c["verdict"] == "SUPPORTED" and c["subject"]["name"].replace(" ", "").upper() == "NAIMULHASAN"
    assert c["match"]["score"] < 90        # one name word: a loose match, shown as such


def test_has_lost_an_election_is_checked_against_some_election_of_the_persons(verifier):
    [c] = verifier.verify("Mriganka Singh has lost a Lok Sabha election.", date(2022, 5, 30))["claims"]
    assert c["verdict"] == "SUPPORTED" and c["election"] == {"year": 2018, "kind": "bye", "house": "LS",
                                                              "state": "Uttar Pradesh"}
    [c] = verifier.verify("Mriganka Singh has lost the Lok Sabha election.", date(2022, 5, 30))["claims"]
    assert c["verdict"] == "NOT_ENOUGH_INFO"   # "the" election: the usual reading, and 2018 is too old for it


def test_knocked_down_defeats_and_a_party_name_without_apostrophe_marks_its_candidate(pipeline):
    text = "RLD's Tabassum Hasan knocked down the BJP in Kairana and defeated Mriganka Singh by 44,618 votes."
    got = {(c.type, c.subject.text, c.outcome) for c in claims_of(pipeline, text, date(2018, 6, 2))}
    assert ("outcome", "Tabassum Hasan", "won") in got and ("margin", "Tabassum Hasan", "won") in got
    [c] = claims_of(pipeline, "The Congress Partys Uma Devi won the Noorpur bypoll.", date(2018, 6, 2))
    assert (c.subject.text, c.subject.ids) == ("Uma Devi", ())


def test_who_is_both_mp_and_mla_is_a_held_seat_in_each_house(pipeline):
    claims = claims_of(pipeline, "SP is in talks to replace Naimul, who is now both Kairana MP and MLA, sources said.",
                       date(2022, 3, 13))
    held = sorted((c.subject.text, c.constituency.name, c.hints.house) for c in claims if c.outcome == "held")
    assert held == [("Naimul", "Kairana", "LS"), ("Naimul", "Kairana", "VS")]


def test_a_list_of_years_gives_one_claim_per_year_and_shikast_is_a_loss(pipeline):
    claims = claims_of(pipeline, "SP won Noorpur in 2012 and 2017.", date(2018, 6, 2))
    assert sorted((c.subject.name, c.hints.year) for c in claims) == [("SP", 2012), ("SP", 2017)]
    [c] = claims_of(pipeline, "नूरपुर उपचुनाव में बीजेपी को शिकस्त झेलनी पड़ी।", date(2018, 6, 2))
    assert (c.subject.name, c.outcome, c.constituency.name) == ("BJP", "lost", "Noorpur")


def test_a_headline_verb_first_is_about_the_one_named_right_after_it(pipeline):
    """"… के गढ़ नूरपुर में भी जीती सपा": SP won; the genitive before is whose stronghold it was."""
    claims = claims_of(pipeline, "लोकेंद्र सिंह के गढ़ नूरपुर में भी जीती सपा", date(2018, 6, 2))
    assert brief([c for c in claims if c.type == "outcome"]) == [("outcome", "SP", "Noorpur", "won")]
    # the genitive stays the subject of a noun of result: "सपा की जीत"
    [c] = claims_of(pipeline, "नूरपुर में सपा की जीत पर जश्न मनाया गया", date(2018, 6, 2))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_victories_is_a_win_and_beside_a_vote_figure_a_partys_win_is_a_seats(pipeline):
    claims = claims_of(pipeline, "The 2018 election saw SP win by over 6,000 votes, while BJP secured "
                                 "victories in 2017 and 2012.", date(2018, 6, 2))
    bjp = [c for c in claims if c.subject and c.subject.name == "BJP"]
    assert [(c.type, c.outcome, c.hints.year, c.seat_level) for c in bjp] == [
        ("outcome", "won", 2017, True), ("outcome", "won", 2012, True)]
    [alone] = claims_of(pipeline, "BJP secured victories in 2017.", date(2018, 6, 2))
    assert (alone.type, alone.outcome, alone.seat_level) == ("outcome", "won", False)


def test_a_margin_in_number_words(pipeline):
    """"beating X by over one lakh votes", "by six thousand votes": a margin, like "by 6,211"."""
    claims = claims_of(pipeline, "Naimul Hasan won Noorpur, beating BJP's Avani Singh by over six thousand votes.",
                       date(2018, 6, 1))
    [m] = [c for c in claims if c.type == "margin"]
    assert (m.subject.name, m.number.value, m.number.qualifier) == ("Naimul Hasan", 6000, "more")
    assert not [c for c in claims if c.type == "votes"]  # the votes are the margin's


def test_a_count_before_seat_and_win_is_a_tally(pipeline):
    """"बसपा सिर्फ एक सीट जीत पाई": BSP won one seat — a tally, not the win of the seat in focus."""
    [c] = claims_of(pipeline, "नूरपुर में सपा की जीत हुई. बसपा सिर्फ एक सीट जीत पाई.", date(2018, 6, 2))[1:]
    assert (c.type, c.subject.name, c.number.value, c.constituency) == ("seats", "BSP", 1, None)
    # "सीट जीती" with no count before it is still a seat won
    [c] = claims_of(pipeline, "नूरपुर में सपा ने सीट जीती.", date(2018, 6, 2))
    assert brief([c]) == [("outcome", "SP", "Noorpur", "won")]


def test_a_percent_sign_against_its_figure_opens_a_vote_share(pipeline):
    """"64.29% of the votes": the "%" follows a digit, which no word boundary separates."""
    for text in ("Naimul Hasan got 49.6% of the votes in Noorpur.", "नूरपुर में नईमुल हसन को 49.6% वोट मिले."):
        [c] = [c for c in claims_of(pipeline, text, date(2018, 6, 1)) if c.type == "vote_share"]
        assert (c.number.value, c.number.percent, c.constituency.name) == (49.6, True, "Noorpur"), text


def test_feminine_plural_verbs_and_the_place_past_an_aur(pipeline):
    """"नूरपुर से अवनी सिंह हारीं और कैराना से तबस्सुम हसन जीतीं": the -ीं forms are results (not
    names), and Kairana, past the "और", is the second clause's place, not the first's."""
    claims = claims_of(pipeline, "नूरपुर से अवनी सिंह हारीं और कैराना से तबस्सुम हसन जीतीं।", date(2018, 6, 1))
    assert [m.kind for m in pipeline("हारीं जीतीं गईं", date(2018, 6, 1))._.mentions] == []
    assert [(c.subject.text, c.constituency.name, c.outcome) for c in claims] == [
        ("अवनी सिंह", "Noorpur", "lost"), ("तबस्सुम", "Kairana", "won")]  # (the record: "Tabassum")


def test_hindi_counts_before_their_shared_noun(pipeline):
    """"भाजपा को 62, सपा को पांच और बसपा को दस सीटें": a tally for each party of the list."""
    claims = claims_of(pipeline, "भाजपा को 62, सपा को पांच और बसपा को दस सीटें मिली थीं।", date(2019, 6, 1))
    got = sorted((c.subject.name, c.number.value, c.hints.past) for c in claims if c.type == "seats")
    assert got == [("BJP", 62, True), ("BSP", 10, True), ("SP", 5, True)]


def test_a_list_of_tallies_reads_reduced_to_and_managed_just(pipeline):
    text = "The SP won 47 seats, while the BSP was reduced to 19 and the Congress managed just 7."
    got = sorted((c.subject.name, c.number.value) for c in claims_of(pipeline, text, date(2018, 6, 1))
                 if c.type == "seats")
    assert got == [("BSP", 19), ("INC", 7), ("SP", 47)]


def test_a_tally_of_a_states_seats_and_a_candidate_of_the_party(pipeline):
    """"won 37 of Uttar Pradesh's 80 seats": the tally is 37, not the house's 80; "X of the SP"
    is the SP's candidate X; "was restricted to 33" is a tally in a list."""
    text = "In 2017, the BJP won 312 of Uttar Pradesh's 403 seats, and the SP was restricted to 47."
    got = sorted((c.subject.name, c.number.value) for c in claims_of(pipeline, text, date(2018, 6, 1))
                 if c.type == "seats")
    assert got == [("BJP", 312), ("SP", 47)]
    [c] = [c for c in claims_of(pipeline, "Naimul Hasan of the SP defeated Avani Singh in Noorpur.", date(2018, 6, 1))
           if c.type == "outcome"]
    assert (c.subject.name, c.party.name, c.outcome) == ("Naimul Hasan", "SP", "won")


def test_ahead_in_a_count_is_a_tally_not_a_state_wide_lead(pipeline):
    """"the BJP leading in 48 of the 90 seats, with the Congress ahead in 37": the Congress's 37
    seats, not a claim that the Congress leads the state (which the final result would refute)."""
    claims = claims_of(pipeline, "Trends showed the SP leading in 47 of the 403 seats, with the BSP ahead in 19.",
                       date(2018, 6, 1))
    assert sorted((c.type, c.subject.name, c.number and c.number.value) for c in claims) == [
        ("seats", "BSP", 19), ("seats", "SP", 47)]
    assert [c.hints.leading for c in claims if c.subject.name == "BSP"] == [True]  # judged on the final count
