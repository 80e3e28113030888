"""Rank claims: stated position and lost deposits."""
import pytest

from judge_records import (
    ATIQ, GOHAR_2017, GOHAR_2018, KAUSHALENDRA, NAIM_2017, UP_VS_2022, candidate, claim, noorpur_2017, noorpur_2018,
    number, party, phulpur_2018, resolved, up_2022_tally,
)
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

LANGS = ["en", "hi"]


@pytest.mark.parametrize("lang", LANGS)
def test_position(lang):
    c = noorpur_2017()
    assert judge(claim("rank", lang, subject=party("SP"), rank=2), resolved(c, [NAIM_2017], ("SP",))).verdict == SUPPORTED
    j = judge(claim("rank", lang, subject=candidate(GOHAR_2017), rank=2), resolved(c, [GOHAR_2017]))
    assert j.verdict == REFUTED
    assert ("तीसरे" if lang == "hi" else "third") in j.explanation
    assert any(e["position"] == 2 for e in j.evidence)   # who was second, too


@pytest.mark.parametrize("lang", LANGS)
def test_deposit(lang):
    p = phulpur_2018()
    lost = judge(claim("rank", lang, subject=candidate(ATIQ), deposit_lost=True), resolved(p, [ATIQ]))
    assert lost.verdict == SUPPORTED              # 48,094 < 730,456 / 6
    kept = judge(claim("rank", lang, subject=candidate(KAUSHALENDRA), deposit_lost=True), resolved(p, [KAUSHALENDRA]))
    assert kept.verdict == REFUTED
    assert ("1,21,743" if lang == "hi" else "121,743") in kept.explanation


def test_deposit_without_valid_votes_uses_the_sum_of_rows():
    c = noorpur_2018()  # no valid_votes: total = 185,285
    assert judge(claim("rank", "en", subject=candidate(GOHAR_2018), deposit_lost=True), resolved(c, [GOHAR_2018])).verdict == SUPPORTED


def test_deposit_count_over_a_state_needs_the_tally_to_carry_it():
    t = up_2022_tally()
    cl = claim("rank", "hi", subject=party("AIMIM"), deposit_lost=True, number=number("37", 37))
    assert judge(cl, resolved(None, election=UP_VS_2022, tally=t)).verdict == NOT_ENOUGH_INFO
    t.deposits_lost = {"AIMIM": 37}
    assert judge(cl, resolved(None, election=UP_VS_2022, tally=t)).verdict == SUPPORTED
    t.deposits_lost = {"AIMIM": 36}
    assert judge(cl, resolved(None, election=UP_VS_2022, tally=t)).verdict == REFUTED


def test_subject_not_in_contest_is_not_enough_info():
    assert judge(claim("rank", "en", subject=party("RLD"), rank=2), resolved(noorpur_2018(), [], ("RLD",))).verdict == NOT_ENOUGH_INFO
