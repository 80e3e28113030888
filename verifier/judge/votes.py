"""Vote-count claims: "Lokendra Singh got 79 thousand votes", "57,271 वोट प्राप्त कर".

The subject's row's votes are compared with the stated figure by the policy's number rules
(:func:`verifier.judge.figures.figure_agrees`). A party or alliance with several rows in the
contest is judged on each: all agree → SUPPORTED, none → REFUTED, some → NOT_ENOUGH_INFO.
Without a contest, a party's votes over a state come from ``res.tally.votes``.
A percentage ("got 41% of the votes") is a vote-share claim and is judged as one.
"""
from __future__ import annotations

from claims.model import Claim
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence, tally_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.subject import ranked, subject_label
from verifier.judge.tallies import subject_seats, tally_label
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang = claim.lang
    if claim.number is not None and claim.number.percent:
        from verifier.judge import vote_share
        return vote_share.judge(claim, res)
    if claim.number is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    if res.contest is None:
        return _state_wide(claim, res) if res.tally is not None else not_enough(
            claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))

    contest = res.contest
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    rows = ranked(res.subject_rows)
    considered = rows_evidence(contest, [*rows, contest.winner])
    if not rows:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=subject_label(claim, lang)),
                          rows_evidence(contest, [contest.winner, contest.runner_up]))
    if any(r.votes is None for r in rows):
        lacking = next(r for r in rows if r.votes is None)
        reason = explain.say("missing_field", lang, what=explain.what("votes", lang), who=explain.row_name(lacking, lang, claim))
        return not_enough(claim, res, label, reason, considered, matched=rows[0])
    agree = [figure_agrees(claim.number, r.votes) for r in rows]
    record = "; ".join(_votes_phrase(r, lang, claim) for r in rows)
    if all(agree) or not any(agree):
        holds = all(agree)
        body = [explain.sentence(record, explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
        return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, rows_evidence(contest, rows), matched=rows[0])
    return not_enough(claim, res, label, record, considered, matched=rows[0])


def _votes_phrase(row, lang: str, claim: Claim) -> str:
    name = explain.row_name(row, lang, claim)
    party = explain.party_name(row.party, lang)
    votes = explain.fmt_int(row.votes, lang)
    if lang == "hi":
        return f"{name} ({party}) को {votes} वोट मिले ({explain.ordinal(row.position, lang)} स्थान)"
    return f"{name} ({party}) got {votes} votes (finished {explain.ordinal(row.position, lang)})"


def _state_wide(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    label = tally_label(res, lang)
    s = subject_seats(claim, res, tally)
    votes = [(p, (tally.votes or {}).get(p)) for p, _ in s.breakdown]
    if not votes or any(v is None for _, v in votes):
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("votes", lang), who=s.name))
    total = sum(v for _, v in votes)
    holds = figure_agrees(claim.number, total)
    record = (f"{s.name} को {explain.fmt_int(total, lang)} वोट मिले" if lang == "hi"
              else f"{s.name} got {explain.fmt_int(total, lang)} votes")
    body = [explain.sentence(record, explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
    evidence = tally_evidence(tally, [p for p, _ in s.breakdown], res.election if tally.state else None)
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, evidence)
