"""Candidacy claims: a candidate's party, a party that fielded someone."""
import pytest

from judge_records import AVNISH_2018, ATIQ, GOHAR_2018, NAIMUL_2018, candidate, claim, noorpur_2018, party, phulpur_2018, resolved
from verifier.judge import judge
from verifier.model import NOT_ENOUGH_INFO, REFUTED, SUPPORTED

LANGS = ["en", "hi"]


@pytest.mark.parametrize("lang", LANGS)
def test_candidate_of_the_named_party(lang):
    c = noorpur_2018()
    cl = claim("candidacy", lang, subject=candidate(AVNISH_2018, "अवनी सिह", 87))
    j = judge(cl, resolved(c, [AVNISH_2018], ("BJP",), match_score=87))
    assert j.verdict == SUPPORTED
    assert "Avnish Singh" in j.explanation and "87/100" in j.explanation
    assert j.evidence[0]["party"] == "BJP"


@pytest.mark.parametrize("lang", LANGS)
def test_candidate_of_another_party_is_refuted(lang):
    c = noorpur_2018()
    j = judge(claim("candidacy", lang, subject=candidate(NAIMUL_2018)), resolved(c, [NAIMUL_2018], ("BJP",)))
    assert j.verdict == REFUTED
    assert "SP" in j.explanation


def test_no_party_named_only_needs_the_row():
    assert judge(claim("candidacy", "en", subject=candidate(ATIQ)), resolved(phulpur_2018(), [ATIQ])).verdict == SUPPORTED


@pytest.mark.parametrize("lang", LANGS)
def test_party_fielded(lang):
    c = noorpur_2018()
    assert judge(claim("candidacy", lang, subject=party("LD")), resolved(c, [GOHAR_2018], ("LD",))).verdict == SUPPORTED
    j = judge(claim("candidacy", lang, subject=party("INC")), resolved(c, [], ("INC",)))
    assert j.verdict == REFUTED
    assert j.evidence and j.confidence < 0.9


def test_candidate_without_a_row_is_not_enough_info():
    j = judge(claim("candidacy", "en", subject=candidate(ATIQ)), resolved(noorpur_2018(), [], ("IND",)))
    assert j.verdict == NOT_ENOUGH_INFO
