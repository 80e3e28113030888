"""Vote-share claims: "BJP got 41.3% of the votes in C", "सपा को 40 फीसदी वोट".

In a contest: the subject's row's ``vote_share_pct``, else its votes / the contest's valid
votes. Over a state (``res.tally``): the subject's votes (an alliance's members added up) /
all votes in ``tally.votes``. The figure is compared at its stated decimals
(:func:`verifier.judge.figures.figure_agrees`).
"""
from __future__ import annotations

from claims.model import Claim
from reference_db.store import Contest, Row
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence, tally_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.subject import ranked, subject_label
from verifier.judge.tallies import subject_seats, tally_label
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution


def row_share(contest: Contest, row: Row) -> float | None:
    """The row's share of the valid votes, in per cent."""
    if row.vote_share_pct is not None:
        return float(row.vote_share_pct)
    total = contest.total_votes
    if row.votes is None or not total:
        return None
    return row.votes * 100.0 / total


def _share_phrase(who: str, pct: float, lang: str) -> str:
    if lang == "hi":
        return f"{who} को {explain.fmt_pct(pct, lang)} वोट मिले"
    return f"{who} got {explain.fmt_pct(pct, lang)} of the votes"


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang = claim.lang
    if claim.number is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    if res.contest is None:
        if res.tally is not None:
            return _state_wide(claim, res)
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    contest = res.contest
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    rows = ranked(res.subject_rows)
    if not rows:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=subject_label(claim, lang)),
                          rows_evidence(contest, [contest.winner, contest.runner_up]))
    row = rows[0]
    share = row_share(contest, row)
    if share is None or len(rows) > 1:
        reason = explain.say("missing_field", lang, what=explain.what("vote_share", lang), who=explain.row_name(row, lang, claim))
        return not_enough(claim, res, label, reason, rows_evidence(contest, rows), matched=row)
    holds = figure_agrees(claim.number, share)
    who = f"{explain.row_name(row, lang, claim)} ({explain.party_name(row.party, lang)})"
    body = [explain.sentence(_share_phrase(who, share, lang), explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, rows_evidence(contest, [row]), matched=row)


def _state_wide(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    label = tally_label(res, lang)
    s = subject_seats(claim, res, tally)
    all_votes = sum(v or 0 for v in (tally.votes or {}).values())
    mine = [(tally.votes or {}).get(p) for p, _ in s.breakdown]
    if not s.known or not all_votes or any(v is None for v in mine):
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("vote_share", lang), who=s.name))
    share = sum(mine) * 100.0 / all_votes
    holds = figure_agrees(claim.number, share)
    record = _share_phrase(s.name, share, lang)
    record += (f" ({explain.fmt_int(sum(mine), lang)} / {explain.fmt_int(all_votes, lang)})")
    body = [explain.sentence(record, explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
    evidence = tally_evidence(tally, [p for p, _ in s.breakdown], res.election if tally.state else None)
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, evidence)
