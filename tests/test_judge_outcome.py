"""Outcome claims: won / lost / held / "A defeated B", in a contest and state-wide."""
import re

import pytest

from claims.model import ElectionHints
from judge_records import (
    AVNISH_2018, KAUSHALENDRA, LOKENDRA, NAGENDRA, NAIMUL_2018, UP_VS_2022, alliance, candidate, claim,
    hung_tally, noorpur_2017, noorpur_2018, party, phulpur_2018, place, resolved, up_2022_tally,
)
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Tally

DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LANGS = ["en", "hi"]


def in_lang(text: str, lang: str) -> bool:
    return bool(DEVANAGARI.search(text)) if lang == "hi" else not DEVANAGARI.search(text)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("outcome, verdict", [("won", SUPPORTED), ("held", SUPPORTED), ("lost", REFUTED)])
def test_party_outcome_in_a_contest(lang, outcome, verdict):
    c = phulpur_2018()
    j = judge(claim("outcome", lang, subject=party("SP", "सपा"), constituency=place(c, "फूलपुर"), outcome=outcome),
              resolved(c, [NAGENDRA], ("SP",)))
    assert j.verdict == verdict
    assert in_lang(j.explanation, lang)
    assert ("3,42,922" if lang == "hi" else "342,922") in j.explanation
    assert ("लोकसभा उपचुनाव" if lang == "hi" else "Lok Sabha by-election") in j.explanation
    assert {e["candidate"] for e in j.evidence} >= {NAGENDRA.candidate, KAUSHALENDRA.candidate}
    assert j.confidence > 0.9


@pytest.mark.parametrize("lang", LANGS)
def test_loser_lost_is_supported_and_refuted_claim_names_the_winner(lang):
    c = phulpur_2018()
    bjp = claim("outcome", lang, subject=party("BJP"), outcome="lost")
    assert judge(bjp, resolved(c, [KAUSHALENDRA], ("BJP",))).verdict == SUPPORTED
    j = judge(claim("outcome", lang, subject=party("BJP"), outcome="won"), resolved(c, [KAUSHALENDRA], ("BJP",)))
    assert j.verdict == REFUTED
    assert "Nagendra Pratap Singh Patel" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_a_defeated_b(lang):
    c = noorpur_2018()
    right = claim("outcome", lang, subject=candidate(NAIMUL_2018, "नईमुल हसन"), opponent=candidate(AVNISH_2018), outcome="won")
    assert judge(right, resolved(c, [NAIMUL_2018], opponent_rows=[AVNISH_2018])).verdict == SUPPORTED
    wrong = claim("outcome", lang, subject=candidate(AVNISH_2018), opponent=candidate(NAIMUL_2018), outcome="won")
    j = judge(wrong, resolved(c, [AVNISH_2018], opponent_rows=[NAIMUL_2018]))
    assert j.verdict == REFUTED
    assert any(e["position"] == 1 and e["candidate"] == "Naimul Hasan" for e in j.evidence)
    lost_to = claim("outcome", lang, subject=candidate(AVNISH_2018), opponent=candidate(NAIMUL_2018), outcome="lost")
    assert judge(lost_to, resolved(c, [AVNISH_2018], opponent_rows=[NAIMUL_2018])).verdict == SUPPORTED


def test_named_opponent_missing_from_contest_is_not_enough_info():
    c = noorpur_2018()
    cl = claim("outcome", "en", subject=candidate(NAIMUL_2018), opponent=party("INC"), outcome="won")
    j = judge(cl, resolved(c, [NAIMUL_2018], opponent_rows=[]))
    assert j.verdict == NOT_ENOUGH_INFO
    assert "INC" in j.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_party_that_fielded_no_one(lang):
    c = phulpur_2018()
    won = judge(claim("outcome", lang, subject=party("RLD"), outcome="won"), resolved(c, [], ("RLD",)))
    assert won.verdict == REFUTED and won.evidence and won.evidence[0]["position"] == 1
    lost = judge(claim("outcome", lang, subject=party("RLD"), outcome="lost"), resolved(c, [], ("RLD",)))
    assert lost.verdict == NOT_ENOUGH_INFO
    assert "RLD" in lost.explanation


def test_ambiguous_record_is_not_enough_info():
    c = noorpur_2017()
    c.rows = [LOKENDRA, LOKENDRA.__class__(**{**LOKENDRA.__dict__, "id": 999, "candidate": "TWIN", "party": "SP"})]
    j = judge(claim("outcome", "en", subject=party("BJP"), outcome="won"), resolved(c, [LOKENDRA], ("BJP",)))
    assert j.verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize("lang", LANGS)
def test_leading_claim_is_judged_on_final_result_and_says_so(lang):
    c = noorpur_2018()
    cl = claim("outcome", lang, subject=candidate(AVNISH_2018), outcome="won", hints=ElectionHints(leading=True))
    res = resolved(c, [AVNISH_2018])
    res.notes.append("leading")
    j = judge(cl, res)
    assert j.verdict == REFUTED
    note = "अंतिम नतीजे" if lang == "hi" else "Leading claims are judged against the final result"
    assert j.explanation.count(note) == 1
    plain = judge(claim("outcome", lang, subject=candidate(AVNISH_2018), outcome="won"), resolved(c, [AVNISH_2018]))
    assert j.confidence < plain.confidence


def test_loose_match_is_reported_and_lowers_confidence():
    c = noorpur_2018()
    cl = claim("outcome", "en", subject=candidate(AVNISH_2018, "Avani Singh", 87), outcome="lost")
    j = judge(cl, resolved(c, [AVNISH_2018], match_score=87))
    assert j.verdict == SUPPORTED
    assert "the claim 'Avani Singh lost' holds" in j.explanation
    assert "Matched 'Avnish Singh' in the record, 87/100" in j.explanation
    assert j.confidence < 0.9


@pytest.mark.parametrize("lang", LANGS)
def test_state_wide_outcome(lang):
    t = up_2022_tally()
    won = judge(claim("outcome", lang, subject=party("BJP"), outcome="won"), resolved(None, election=UP_VS_2022, tally=t))
    assert won.verdict == SUPPORTED
    assert all(e["constituency"] is None and "seats" in e for e in won.evidence)
    assert judge(claim("outcome", lang, subject=party("SP"), outcome="won"),
                 resolved(None, election=UP_VS_2022, tally=t)).verdict == REFUTED
    assert judge(claim("outcome", lang, subject=party("SP"), outcome="lost"),
                 resolved(None, election=UP_VS_2022, tally=t)).verdict == SUPPORTED
    nda = claim("outcome", lang, subject=alliance("NDA"), outcome="won")
    assert judge(nda, resolved(None, election=UP_VS_2022, tally=t, parties=("BJP", "ADS", "NINSHAD"))).verdict == SUPPORTED


def test_hung_house():
    """Goa 2022: BJP 20 of 40, the largest but short of a majority; INC 11."""
    j = judge(claim("outcome", "en", subject=party("BJP"), outcome="won"), resolved(None, tally=hung_tally()))
    assert j.verdict == NOT_ENOUGH_INFO
    assert "majority" in j.explanation
    assert judge(claim("outcome", "hi", subject=party("INC"), outcome="won"), resolved(None, tally=hung_tally())).verdict == REFUTED
    assert judge(claim("outcome", "en", subject=party("INC"), outcome="lost"), resolved(None, tally=hung_tally())).verdict == SUPPORTED


def bihar_2025_tally() -> Tally:
    """AE Bihar 2025: no party alone has a majority; the NDA, led by its largest party, does."""
    return Tally("VS", 2025, "Bihar", seats={"BJP": 89, "JD(U)": 85, "RJD": 25, "LJP(RV)": 19, "INC": 6, "HAMS": 5,
                                             "RLM": 4, "AIMIM": 5, "CPI(ML)(L)": 2, "CPM": 1, "BSP": 1},
                 total_seats=243)


NDA_2025 = ("NDA", ("BJP", "JD(U)", "LJP(RV)", "HAMS", "RLM"))


@pytest.mark.parametrize("lang", LANGS)
def test_a_party_won_the_state_when_the_front_it_led_won_a_majority(lang):
    t = bihar_2025_tally()
    j = judge(claim("outcome", lang, subject=party("BJP"), outcome="won"), resolved(None, tally=t, bloc=NDA_2025))
    assert j.verdict == SUPPORTED                   # NDA 202 of 243, BJP its largest party
    assert "202" in j.explanation and "NDA" in j.explanation
    assert {"BJP", "JD(U)", "LJP(RV)"} <= {e["party"] for e in j.evidence}
    lost = judge(claim("outcome", lang, subject=party("BJP"), outcome="lost"), resolved(None, tally=t, bloc=NDA_2025))
    assert lost.verdict == REFUTED
    # a smaller partner of the winning front: whether it "won" is a reading, never a refutation
    jdu = judge(claim("outcome", lang, subject=party("JD(U)"), outcome="won"), resolved(None, tally=t, bloc=NDA_2025))
    assert jdu.verdict == NOT_ENOUGH_INFO
    # without the front, the largest party short of a majority is not known to have won
    alone = judge(claim("outcome", lang, subject=party("BJP"), outcome="won"), resolved(None, tally=t))
    assert alone.verdict == NOT_ENOUGH_INFO
    assert judge(claim("outcome", lang, subject=party("RJD"), outcome="won"),
                 resolved(None, tally=t)).verdict == REFUTED


@pytest.mark.parametrize("lang", LANGS)
def test_unresolved_is_not_enough_info_in_the_claims_language(lang):
    res = resolved(None, unresolved="No record of that election.", unresolved_hi="उस चुनाव का रिकॉर्ड नहीं है।")
    j = judge(claim("outcome", lang, subject=party("SP"), outcome="won"), res)
    assert j.verdict == NOT_ENOUGH_INFO
    assert j.evidence == []
    assert j.explanation == ("उस चुनाव का रिकॉर्ड नहीं है।" if lang == "hi" else "No record of that election.")


def _history(winners: list[str]) -> list:
    """A seat's general elections, oldest first, won by ``winners`` in turn."""
    from judge_records import NOORPUR_VS, row
    from reference_db.store import Contest, Election

    out = []
    for k, party in enumerate(winners):
        year = 2002 + 5 * k
        e = Election(100 + k, "VS", "Uttar Pradesh", year, 2, "general", 14 + k)
        rows = [row(1000 + 2 * k, 200 + k, f"WINNER {k}", party, 50000, 1),
                row(1001 + 2 * k, 200 + k, f"RUNNER {k}", "XYZ", 40000, 2)]
        out.append(Contest(200 + k, e, NOORPUR_VS, 0, 90000, None, None, 2, rows))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_a_run_of_wins_is_supported_where_the_record_holds_it_and_never_refuted(lang):
    history = _history(["INC", "BJP", "BJP", "BJP", "SP"])      # 2002 INC, 2007-2017 BJP, 2022 SP
    three = claim("outcome", lang, subject=party("BJP"), outcome="won", streak=3)
    j = judge(three, resolved(history[-1], [], parties=("BJP",), history=history))
    assert j.verdict == SUPPORTED and "2007, 2012, 2017" in j.explanation
    assert [e["party"] for e in j.evidence] == ["BJP", "BJP", "BJP"]
    four = claim("outcome", lang, subject=party("BJP"), outcome="won", streak=4)
    j = judge(four, resolved(history[-1], [], parties=("BJP",), history=history))
    assert j.verdict == NOT_ENOUGH_INFO                  # at most 3 on record: redrawn seats hide runs


@pytest.mark.parametrize("lang", LANGS)
def test_a_persons_run_counts_only_the_contests_the_person_won(lang):
    from judge_records import NOORPUR_VS, candidate, row
    from reference_db.store import Contest, Election

    history = []
    for k, (first, second) in enumerate([("RAM DAS", "XYZ"), ("RAM DAS", "XYZ"), ("XYZ", "RAM DAS")]):
        e = Election(300 + k, "VS", "Uttar Pradesh", 2002 + 5 * k, 2, "general", 14 + k)
        rows = [row(3000 + 2 * k, 400 + k, first, "BJP" if first == "RAM DAS" else "SP", 50000, 1),
                row(3001 + 2 * k, 400 + k, second, "BJP" if second == "RAM DAS" else "SP", 40000, 2)]
        history.append(Contest(400 + k, e, NOORPUR_VS, 0, 90000, None, None, 2, rows))
    stood_last = history[-1].rows[1]                          # RAM DAS won 2002 and 2007, lost 2012
    three = claim("outcome", lang, subject=candidate(stood_last, "Ram Das"), outcome="won", streak=3)
    assert judge(three, resolved(history[-1], [stood_last], history=history)).verdict == NOT_ENOUGH_INFO
    two = claim("outcome", lang, subject=candidate(stood_last, "Ram Das"), outcome="won", streak=2)
    assert judge(two, resolved(history[-1], [stood_last], history=history)).verdict == SUPPORTED
