"""Margin claims: won by N, lost by N, a loser said to be ahead."""
import pytest

from claims.model import ElectionHints
from judge_records import (
    ATIQ, AVNISH_2018, KAUSHALENDRA, LOKENDRA, NAGENDRA, NAIMUL_2018, candidate, claim, noorpur_2017, noorpur_2018,
    number, party, phulpur_2018, resolved,
)
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

LANGS = ["en", "hi"]


@pytest.mark.parametrize("lang", LANGS)
def test_winner_margin(lang):
    c = noorpur_2018()
    ok = judge(claim("margin", lang, subject=candidate(NAIMUL_2018), number=number("5,662", 5662)), resolved(c, [NAIMUL_2018]))
    assert ok.verdict == SUPPORTED
    assert {e["candidate"] for e in ok.evidence} == {"Naimul Hasan", "Avnish Singh"}
    bad = judge(claim("margin", lang, subject=candidate(NAIMUL_2018), number=number("6,662", 6662)), resolved(c, [NAIMUL_2018]))
    assert bad.verdict == REFUTED
    assert "5,662" in bad.explanation


@pytest.mark.parametrize("lang", LANGS)
def test_margin_computed_when_the_row_lacks_it(lang):
    c = phulpur_2018()
    import dataclasses
    w = dataclasses.replace(NAGENDRA, margin=None)
    c.rows = [w, *c.rows[1:]]
    j = judge(claim("margin", lang, subject=party("SP"), number=number("59 हजार", 59000, 1000, False)), resolved(c, [w], ("SP",)))
    assert j.verdict == SUPPORTED      # 342,922 − 283,462 = 59,460 truncates to 59k


@pytest.mark.parametrize("lang", LANGS)
def test_lost_by(lang):
    c = phulpur_2018()
    runner = claim("margin", lang, subject=candidate(KAUSHALENDRA), outcome="lost", number=number("59,460", 59460))
    assert judge(runner, resolved(c, [KAUSHALENDRA])).verdict == SUPPORTED
    third = claim("margin", lang, subject=candidate(ATIQ), outcome="lost", number=number("2,94,828", 294828))
    assert judge(third, resolved(c, [ATIQ])).verdict == SUPPORTED   # 342,922 − 48,094
    winner_said_lost = claim("margin", lang, subject=candidate(NAGENDRA), outcome="lost", number=number("59,460", 59460))
    assert judge(winner_said_lost, resolved(c, [NAGENDRA])).verdict == REFUTED


@pytest.mark.parametrize("lang", LANGS)
def test_loser_said_to_win_by_n_is_refuted_with_the_record(lang):
    c = noorpur_2018()
    cl = claim("margin", lang, subject=candidate(AVNISH_2018), number=number("623", 623), hints=ElectionHints(leading=True))
    j = judge(cl, resolved(c, [AVNISH_2018]))
    assert j.verdict == REFUTED
    assert "5,662" in j.explanation and "Naimul Hasan" in j.explanation
    assert ("अंतिम नतीजे" if lang == "hi" else "final result") in j.explanation


def test_margin_over_a_named_opponent():
    c = noorpur_2017()
    from judge_records import GOHAR_2017
    cl = claim("margin", "en", subject=candidate(LOKENDRA), opponent=candidate(GOHAR_2017), number=number("33,270", 33270))
    assert judge(cl, resolved(c, [LOKENDRA], opponent_rows=[GOHAR_2017])).verdict == SUPPORTED  # 79,172 − 45,902


def test_no_subject_row_is_not_enough_info():
    j = judge(claim("margin", "en", subject=party("INC"), number=number("5,662", 5662)), resolved(noorpur_2018(), [], ("INC",)))
    assert j.verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize("lang", LANGS)
def test_direction_of_an_unmarked_margin_follows_the_record(lang):
    """"trails by 5,662" / "lost by 5,662" arrive without an outcome: judged on the subject's deficit."""
    c = noorpur_2018()
    unmarked = claim("margin", lang, subject=candidate(AVNISH_2018), number=number("5,662", 5662))
    j = judge(unmarked, resolved(c, [AVNISH_2018]))
    assert j.verdict == SUPPORTED
    assert "Naimul Hasan" in j.explanation
    said_won = claim("margin", lang, subject=candidate(AVNISH_2018), outcome="won", number=number("5,662", 5662))
    assert judge(said_won, resolved(c, [AVNISH_2018])).verdict == REFUTED


def _narrow(res_margins):
    from judge_records import UP_VS_2022, up_2022_tally

    return resolved(None, election=UP_VS_2022, tally=up_2022_tally(), margins=res_margins)


MARGINS = [("Dhampur", "BJP", 203, 1), ("Kursi", "BJP", 217, 2), ("Chandpur", "SP", 234, 3),
           ("Moradabad", "BJP", 782, 4), ("Karhal", "SP", 67504, 5), ("Sirathu", "SP", 7337, 6)]


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_a_count_of_narrow_wins_counts_the_states_contests(lang):
    bjp = claim("margin", lang, subject=party("BJP"), number=number("2000 से कम", 2000, qualifier="less"),
                seat_count=number("3", 3))
    j = judge(bjp, _narrow(MARGINS))
    assert j.verdict == SUPPORTED and "Dhampur" in j.explanation and "Chandpur" not in j.explanation
    assert [e["constituency"] for e in j.evidence] == ["Dhampur", "Kursi", "Moradabad"]
    anyone = claim("margin", lang, number=number("500 से कम", 500, qualifier="less"), seat_count=number("100", 100))
    assert judge(anyone, _narrow(MARGINS)).verdict == REFUTED        # 3 seats, not 100
    missing = _narrow(MARGINS + [("Nakur", "BJP", None, 7)])
    assert judge(bjp, missing).verdict == NOT_ENOUGH_INFO            # an unknown margin could change the count
