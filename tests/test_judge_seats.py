"""Seat-tally claims: a party's count, an alliance's sum, a majority."""
import pytest

from claims.model import ElectionHints
from judge_records import UP_VS_2022, alliance, claim, hung_tally, number, party, resolved, up_2022_tally
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

LANGS = ["en", "hi"]


def tally_res(**kw):
    return resolved(None, election=UP_VS_2022, tally=up_2022_tally(), **kw)


@pytest.mark.parametrize("lang", LANGS)
def test_party_count(lang):
    assert judge(claim("seats", lang, subject=party("BJP"), number=number("255", 255)), tally_res()).verdict == SUPPORTED
    j = judge(claim("seats", lang, subject=party("BJP"), number=number("250", 250)), tally_res())
    assert j.verdict == REFUTED          # seat counts are exact: no round-figure reading of 250
    assert "255" in j.explanation and "403" in j.explanation
    assert j.evidence[0] == {**j.evidence[0], "party": "BJP", "seats": 255, "constituency": None}


@pytest.mark.parametrize("lang", LANGS)
def test_alliance_sum(lang):
    ok = judge(claim("seats", lang, subject=alliance("SP+", "सपा गठबंधन"), number=number("125", 125)),
               tally_res(parties=("SP", "RLD", "SBSP")))
    assert ok.verdict == SUPPORTED
    assert {e["party"] for e in ok.evidence} >= {"SP", "RLD", "SBSP"}
    bad = judge(claim("seats", lang, number=number("304", 304)), tally_res(parties=("SP", "RLD", "SBSP")))
    assert bad.verdict == REFUTED


@pytest.mark.parametrize("lang", LANGS)
def test_majority(lang):
    assert judge(claim("seats", lang, subject=party("BJP")), tally_res()).verdict == SUPPORTED
    j = judge(claim("seats", lang, subject=party("SP")), tally_res())
    assert j.verdict == REFUTED
    assert ("बहुमत" if lang == "hi" else "majority") in j.explanation
    hung = judge(claim("seats", lang, subject=party("BJP")), resolved(None, tally=hung_tally()))
    assert hung.verdict == REFUTED     # 20 of 40 is not more than half


def test_qualified_and_leading_counts():
    assert judge(claim("seats", "hi", subject=party("BSP"), number=number("5 से कम", 5, qualifier="less")), tally_res()).verdict == SUPPORTED
    j = judge(claim("seats", "en", subject=party("BSP"), number=number("five", 5), hints=ElectionHints(leading=True)), tally_res())
    assert j.verdict == REFUTED and "final result" in j.explanation


def test_party_that_won_nothing_counts_zero_but_unknown_party_is_not_enough_info():
    t = up_2022_tally()
    j = judge(claim("seats", "en", subject=party("AIMIM"), number=number("0", 0)), resolved(None, election=UP_VS_2022, tally=t))
    assert j.verdict == SUPPORTED        # AIMIM polled votes, won no seat
    j = judge(claim("seats", "en", subject=party("XYZ"), number=number("3", 3)), resolved(None, election=UP_VS_2022, tally=t))
    assert j.verdict == NOT_ENOUGH_INFO


def test_tally_without_votes_counts_a_seatless_party_as_zero_with_less_confidence():
    t = up_2022_tally()
    t.votes = {}
    j = judge(claim("seats", "en", subject=party("AIMIM"), number=number("2", 2)), resolved(None, election=UP_VS_2022, tally=t))
    assert j.verdict == REFUTED and j.confidence < 0.9


def test_defeat_worded_seat_claim_is_a_state_wide_outcome():
    j = judge(claim("seats", "hi", subject=party("SP"), outcome="lost"), tally_res())
    assert j.verdict == SUPPORTED


def test_no_tally_is_not_enough_info():
    assert judge(claim("seats", "en", subject=party("BJP"), number=number("255", 255)), resolved(None)).verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize("lang", LANGS)
def test_a_count_the_seats_missing_from_the_reference_could_make_up_is_not_refuted(lang):
    """The text counts 405 seats where the reference holds 403: a claim of 256 (the record: 255)
    may be right on the two seats the reference lacks; 260 cannot be."""
    near = judge(claim("seats", lang, subject=party("BJP"), number=number("256", 256), seats_total=405), tally_res())
    assert near.verdict == NOT_ENOUGH_INFO and "403" in near.explanation and "405" in near.explanation
    far = judge(claim("seats", lang, subject=party("BJP"), number=number("260", 260), seats_total=405), tally_res())
    assert far.verdict == REFUTED
    # the text's own size agreeing with the reference's leaves no room
    assert judge(claim("seats", lang, subject=party("BJP"), number=number("256", 256), seats_total=403),
                 tally_res()).verdict == REFUTED
