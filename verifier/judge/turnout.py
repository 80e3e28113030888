"""Turnout claims: "turnout in C was 61%", "61 फीसदी मतदान".

The contest's ``turnout_pct`` against the figure at its stated decimals; a contest without a
recorded turnout (or a claim over a whole state, which the reference has no turnout for) is
NOT_ENOUGH_INFO. Evidence: the contest's winner's row (the contest the turnout belongs to).
"""
from __future__ import annotations

from claims.model import Claim
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang, contest = claim.lang, res.contest
    if contest is None or claim.number is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    place = explain.display_name(contest.constituency.name)
    cited = rows_evidence(contest, [contest.winner or (contest.rows[0] if contest.rows else None)])
    if contest.turnout_pct is None:
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("turnout", lang), who=place), cited)
    holds = figure_agrees(claim.number, contest.turnout_pct)
    record = (f"मतदान {explain.fmt_pct(contest.turnout_pct, lang)} रहा" if lang == "hi"
              else f"turnout was {explain.fmt_pct(contest.turnout_pct, lang)}")
    if contest.electors:
        record += (f" ({explain.fmt_int(contest.electors, lang)} मतदाता)" if lang == "hi"
                   else f" of {explain.fmt_int(contest.electors, lang)} electors")
    body = [explain.sentence(record, explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, cited)
