"""Vote-count claims against real rows, including the tolerance edges of "79 हजार"."""
import dataclasses

import pytest

from judge_records import (
    LOKENDRA, NAIM_2017, NAGENDRA, candidate, claim, noorpur_2017, number, party, phulpur_2018, place, resolved,
    up_2022_tally, UP_VS_2022,
)
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

HAZAR_79 = number("79 हजार", 79000, 1000, exact=False)


def lokendra_with(votes: int):
    c = noorpur_2017()
    r = dataclasses.replace(LOKENDRA, votes=votes)
    c.rows = [r, *c.rows[1:]]
    return c, r


def test_seed_claim_in_hindi():
    c = noorpur_2017()
    cl = claim("votes", "hi", subject=candidate(LOKENDRA, "लोकेंद्र सिंह"), constituency=place(c, "नूरपुर"), number=HAZAR_79)
    j = judge(cl, resolved(c, [LOKENDRA]))
    assert j.verdict == SUPPORTED
    assert j.explanation.startswith("2017 उत्तर प्रदेश विधानसभा चुनाव, नूरपुर: लोकेंद्र सिंह (BJP) को 79,172 वोट मिले")
    assert "दावा '79 हजार' सही है" in j.explanation
    assert j.evidence == [{
        "election": {"year": 2017, "kind": "general", "house": "VS", "state": "Uttar Pradesh"},
        "constituency": "NOORPUR", "candidate": "LOKENDRA SINGH", "party": "BJP", "votes": 79172, "position": 1,
        "margin": 12736, "vote_share_pct": 38.98,
        "source": {"title": LOKENDRA.source.title, "url": LOKENDRA.source.url},
    }]


@pytest.mark.parametrize("votes, verdict", [(79499, SUPPORTED), (79500, SUPPORTED), (80000, REFUTED), (80100, REFUTED)])
def test_tolerance_edges(votes, verdict):
    c, r = lokendra_with(votes)
    j = judge(claim("votes", "hi", subject=candidate(r), number=HAZAR_79), resolved(c, [r]))
    assert j.verdict == verdict


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_refuted_gives_the_record_figure(lang):
    c = noorpur_2017()
    j = judge(claim("votes", lang, subject=candidate(NAIM_2017), number=number("69 thousand", 69000, 1000, False)),
              resolved(c, [NAIM_2017]))
    assert j.verdict == REFUTED
    assert "66,436" in j.explanation
    assert j.evidence and j.evidence[0]["votes"] == 66436


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_exact_and_qualified(lang):
    p = phulpur_2018()
    ok = judge(claim("votes", lang, subject=candidate(NAGENDRA), number=number("3,42,922", 342922)), resolved(p, [NAGENDRA]))
    assert ok.verdict == SUPPORTED
    assert ("3,42,922" if lang == "hi" else "342,922") in ok.explanation
    off = judge(claim("votes", lang, subject=candidate(NAGENDRA), number=number("342,923", 342923)), resolved(p, [NAGENDRA]))
    assert off.verdict == REFUTED
    over = judge(claim("votes", lang, subject=candidate(NAGENDRA), number=number("over 3 lakh", 300000, 100000, False, "more")),
                 resolved(p, [NAGENDRA]))
    assert over.verdict == SUPPORTED


@pytest.mark.parametrize("lang", ["en", "hi"])
def test_missing_votes_or_row_is_not_enough_info(lang):
    c, r = lokendra_with(None)
    j = judge(claim("votes", lang, subject=candidate(r), number=HAZAR_79), resolved(c, [r]))
    assert j.verdict == NOT_ENOUGH_INFO
    j = judge(claim("votes", lang, subject=party("RLD"), number=HAZAR_79), resolved(noorpur_2017(), [], ("INC",)))
    assert j.verdict == NOT_ENOUGH_INFO and j.evidence


def test_state_wide_votes_from_tally():
    t = up_2022_tally()
    j = judge(claim("votes", "en", subject=party("BSP"), number=number("1.19 crore", 11900000, 100000, False)),
              resolved(None, election=UP_VS_2022, tally=t))
    assert j.verdict == SUPPORTED
    assert j.evidence[0]["party"] == "BSP" and j.evidence[0]["constituency"] is None


def test_percent_figure_is_judged_as_vote_share():
    c = noorpur_2017()
    j = judge(claim("votes", "en", subject=candidate(LOKENDRA), number=number("39%", 39, 1, percent=True)), resolved(c, [LOKENDRA]))
    assert j.verdict == SUPPORTED
    assert "38.98%" in j.explanation
