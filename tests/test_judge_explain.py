"""Wording, evidence format and the dispatcher."""
import pytest

from judge_records import (
    LOKENDRA, NAGENDRA, UP_LS_2018_BYE, UP_VS_2022, candidate, claim, noorpur_2017, number, party, phulpur_2018,
    place, resolved, up_2022_tally,
)
from verifier.judge import JUDGES, judge
from verifier.judge import explain
from verifier.judge.evidence import row_evidence, tally_evidence
from verifier.model import VERDICTS
from claims.model import CLAIM_TYPES


@pytest.mark.parametrize("n, indian, western", [
    (0, "0", "0"), (753, "753", "753"), (5662, "5,662", "5,662"), (79172, "79,172", "79,172"),
    (303209, "3,03,209", "303,209"), (1966410, "19,66,410", "1,966,410"), (11873137, "1,18,73,137", "11,873,137"),
])
def test_digit_grouping(n, indian, western):
    assert explain.fmt_int(n, "hi") == indian
    assert explain.fmt_int(n, "en") == western


def test_election_labels():
    c = phulpur_2018()
    assert explain.election_label(UP_LS_2018_BYE, "en", contest=c) == "2018 Uttar Pradesh Lok Sabha by-election, Phulpur"
    hi = claim("outcome", "hi", constituency=place(c, "फूलपुर"))
    assert explain.election_label(UP_LS_2018_BYE, "hi", contest=c, claim=hi) == "2018 उत्तर प्रदेश लोकसभा उपचुनाव, फूलपुर"
    assert explain.election_label(None, "en", house="LS", year=2019) == "2019 Lok Sabha election (all India)"


def test_evidence_objects_follow_the_contract():
    c = noorpur_2017()
    e = row_evidence(c, LOKENDRA)
    assert set(e) >= {"election", "constituency", "candidate", "party", "votes", "position", "source"}
    assert set(e["source"]) == {"title", "url"}
    t = tally_evidence(up_2022_tally(), ["BJP", "BJP", "SP"], UP_VS_2022)
    assert [x["party"] for x in t] == ["BJP", "SP"]
    assert t[0]["constituency"] is None and t[0]["seats"] == 255 and t[0]["election"]["year"] == 2022


def test_every_claim_type_has_a_judge():
    assert set(JUDGES) == set(CLAIM_TYPES)
    with pytest.raises(ValueError):
        judge(claim("prediction", "en"), resolved(phulpur_2018()))


def test_verdicts_with_evidence_only():
    """SUPPORTED/REFUTED always cite rows; every judgement is a valid verdict with confidence in 0..1."""
    p = phulpur_2018()
    cases = [
        (claim("outcome", "en", subject=party("SP"), outcome="won"), resolved(p, [NAGENDRA], ("SP",))),
        (claim("votes", "hi", subject=candidate(NAGENDRA), number=number("3 लाख", 300000, 100000, False)), resolved(p, [NAGENDRA])),
        (claim("seats", "en", subject=party("BJP"), number=number("255", 255)), resolved(None, election=UP_VS_2022, tally=up_2022_tally())),
        (claim("turnout", "en", number=number("37%", 37, percent=True)), resolved(p)),
    ]
    for cl, res in cases:
        j = judge(cl, res)
        assert j.verdict in VERDICTS and 0 <= j.confidence <= 1
        assert j.verdict == "NOT_ENOUGH_INFO" or j.evidence


def test_confidence_falls_with_context_filled_fields():
    c = noorpur_2017()
    base = claim("votes", "hi", subject=candidate(LOKENDRA), number=number("79 हजार", 79000, 1000, False))
    ctx = claim("votes", "hi", subject=candidate(LOKENDRA), number=number("79 हजार", 79000, 1000, False),
                from_context={"constituency", "year"})
    a, b = judge(base, resolved(c, [LOKENDRA])), judge(ctx, resolved(c, [LOKENDRA]))
    assert a.verdict == b.verdict == "SUPPORTED"
    assert a.confidence == pytest.approx(0.95) and b.confidence < a.confidence


def test_resolver_note_keys_are_phrased_and_free_text_notes_kept():
    c = noorpur_2017()
    res = resolved(c, [LOKENDRA], notes=["bye_month_unknown", "Read 'here' as Noorpur."])
    j = judge(claim("votes", "en", subject=candidate(LOKENDRA), number=number("79,172", 79172)), res)
    assert "month" in j.explanation and "Read 'here' as Noorpur." in j.explanation
    assert "bye_month_unknown" not in j.explanation
