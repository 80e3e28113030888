"""Whatever the record holds (missing votes, positions, ties, empty contests), judging returns a
valid verdict, never raises, and cites evidence for every SUPPORTED/REFUTED."""
from hypothesis import given, settings, strategies as st

from claims.model import CLAIM_TYPES, ElectionHints
from judge_records import NOORPUR_VS, UP_VS_2017, claim, number, resolved, row
from reference_db.store import Contest
from verifier.judge import judge
from claims.model import Mention
from verifier.model import NOT_ENOUGH_INFO, VERDICTS, Tally

maybe_int = st.one_of(st.none(), st.integers(min_value=0, max_value=500_000))
rows_st = st.lists(
    st.tuples(maybe_int, st.one_of(st.none(), st.integers(min_value=1, max_value=5)),
              st.sampled_from(["BJP", "SP", "BSP", "IND", None]), maybe_int),
    max_size=5,
)
numbers_st = st.one_of(
    st.none(),
    st.builds(lambda v, u, q, p: number(str(v), v, u, u == 1, q, p),
              st.integers(min_value=0, max_value=400_000), st.sampled_from([1, 1000, 0.1]),
              st.sampled_from([None, "about", "more", "less"]), st.booleans()),
)


@settings(max_examples=300, deadline=None)
@given(rows_st, st.sampled_from(CLAIM_TYPES), st.sampled_from(["en", "hi"]), numbers_st,
       st.sampled_from([None, "won", "lost", "held"]), st.booleans(), st.integers(0, 4), st.booleans(),
       st.sampled_from([None, 1, 2, 3]), st.booleans())
def test_judging_any_record(spec, ctype, lang, num, outcome, as_party, pick, leading, rank, deposit):
    rows = [row(500 + i, 1, f"CAND {i}", p, v, pos, None, m) for i, (v, pos, p, m) in enumerate(spec)]
    contest = Contest(1, UP_VS_2017, NOORPUR_VS, 0, None, None, None, len(rows), rows)
    subj_rows = [rows[pick]] if rows and pick < len(rows) else []
    subject = (Mention("party", 0, 3, "BJP", ("BJP",), "BJP") if as_party
               else Mention("candidate", 0, 4, "CAND", tuple(r.id for r in subj_rows), "CAND"))
    cl = claim(ctype, lang, subject=subject, number=num, outcome=outcome, rank=rank, deposit_lost=deposit,
               hints=ElectionHints(leading=leading))
    for res in (resolved(contest, subj_rows, ("BJP",) if as_party else ()),
                resolved(None, tally=Tally("VS", 2017, "Uttar Pradesh", {"BJP": len(rows)}, len(rows) - 1)),
                resolved(None)):
        j = judge(cl, res)
        assert j.verdict in VERDICTS
        assert 0 <= j.confidence <= 1 and j.explanation
        assert j.verdict == NOT_ENOUGH_INFO or j.evidence
