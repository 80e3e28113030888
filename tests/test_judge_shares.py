"""Vote-share and turnout claims."""
import dataclasses

import pytest

from judge_records import (
    LOKENDRA, NAGENDRA, UP_VS_2022, candidate, claim, noorpur_2017, noorpur_2018, number, party, phulpur_2018, resolved,
    up_2022_tally,
)
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

LANGS = ["en", "hi"]


def pct(text, value, unit=1, qualifier=None):
    return number(text, value, unit, exact=True, qualifier=qualifier, percent=True)


@pytest.mark.parametrize("lang", LANGS)
def test_vote_share_in_a_contest(lang):
    c = noorpur_2017()
    assert judge(claim("vote_share", lang, subject=candidate(LOKENDRA), number=pct("39%", 39)), resolved(c, [LOKENDRA])).verdict == SUPPORTED
    assert judge(claim("vote_share", lang, subject=candidate(LOKENDRA), number=pct("38.9%", 38.9, 0.1)),
                 resolved(c, [LOKENDRA])).verdict == SUPPORTED   # 38.98 truncates to 38.9
    j = judge(claim("vote_share", lang, subject=candidate(LOKENDRA), number=pct("41.3%", 41.3, 0.1)), resolved(c, [LOKENDRA]))
    assert j.verdict == REFUTED
    assert "38.98" in j.explanation


def test_vote_share_computed_from_votes():
    c = phulpur_2018()
    w = dataclasses.replace(NAGENDRA, vote_share_pct=None)
    c.rows = [w, *c.rows[1:]]
    assert judge(claim("vote_share", "en", subject=party("SP"), number=pct("46.9%", 46.9, 0.1)),
                 resolved(c, [w], ("SP",))).verdict == SUPPORTED     # 342,922 / 730,456 = 46.95%


@pytest.mark.parametrize("lang", LANGS)
def test_state_wide_vote_share(lang):
    t = up_2022_tally()
    total = sum(t.votes.values())
    share = 38051721 * 100 / total
    ok = judge(claim("vote_share", lang, subject=party("BJP"), number=pct(f"{share:.1f}%", round(share, 1), 0.1)),
               resolved(None, election=UP_VS_2022, tally=t))
    assert ok.verdict == SUPPORTED
    bad = judge(claim("vote_share", lang, subject=party("BJP"), number=pct("30%", 30)), resolved(None, election=UP_VS_2022, tally=t))
    assert bad.verdict == REFUTED


def test_vote_share_without_figures_is_not_enough_info():
    c = noorpur_2018()
    row = c.rows[1]  # Avnish Singh: no vote share; the contest has no valid-votes total but rows sum
    r = dataclasses.replace(row, votes=None)
    c.rows = [c.rows[0], r, c.rows[2]]
    assert judge(claim("vote_share", "en", subject=candidate(r), number=pct("48%", 48)), resolved(c, [r])).verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize("lang", LANGS)
def test_turnout(lang):
    p = phulpur_2018()
    ok = judge(claim("turnout", lang, number=pct("37%", 37)), resolved(p))
    assert ok.verdict == SUPPORTED and ok.evidence
    bad = judge(claim("turnout", lang, number=pct("61%", 61)), resolved(p))
    assert bad.verdict == REFUTED
    assert "37.15" in bad.explanation
    none = judge(claim("turnout", lang, number=pct("61%", 61)), resolved(noorpur_2017()))
    assert none.verdict == NOT_ENOUGH_INFO
