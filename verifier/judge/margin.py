"""Winning-margin claims: "won by 58,206 votes", "753 वोटों के अंतर से हराया", "lost by 6,579".

Reading (POLICY.md, "Numbers" for the figure):

* The subject won: the margin is over the runner-up (the winner's ``margin`` field when the
  record has it, else winner's votes − runner-up's votes), or over the named opponent
  ("defeated B by N": the subject's votes − B's votes).
* The subject lost: the margin is the winner's votes − the subject's votes (the winner's
  ``margin`` field when the subject is the runner-up), or the named opponent's votes − the
  subject's when the opponent finished ahead ("lost to A by N"). "lost by 6,579",
  "trails by 9,333" are judged this way.
* The claim finder does not say which way a margin points ("won by" and "lost by" both arrive
  with ``claim.outcome`` None), so the figure is compared with the subject's own lead or
  deficit. Only an explicit direction that the record contradicts is refuted on that ground:
  ``claim.outcome == "won"`` for a subject who did not win ("X won by N" → REFUTED, X did not
  win), ``"lost"`` for one who won.
* No subject: the margin of the contest's winner ("the margin in C was N").
* "Leading by N" / "ahead by N" is judged on the final margin, and the explanation says so.
* A count of seats won by such a margin ("15 सीटें जहां BJP 2000 से कम वोटों के अंतर से जीती",
  ``claim.seat_count``): the contests of the state's election whose winner (of the subject's
  party, if one is named) won by a margin the figure allows, counted and compared exactly.
"""
from __future__ import annotations

from claims.model import Claim
from reference_db.store import Row
from verifier.judge import explain
from verifier.judge.evidence import close_contest_evidence, rows_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.subject import best_row, parties_of, same_party, subject_label
from verifier.judge.tallies import tally_label
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution


def _who(row: Row, lang: str, claim: Claim) -> str:
    return f"{explain.row_name(row, lang, claim)} ({explain.party_name(row.party, lang)})"


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang = claim.lang
    if claim.seat_count is not None:
        return _close_contests(claim, res)
    contest = res.contest
    if contest is None or claim.number is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    winner, runner = contest.winner, contest.runner_up
    opp = best_row(res.opponent_rows)
    considered = rows_evidence(contest, [winner, runner, *res.subject_rows, opp])
    if winner is None:
        return not_enough(claim, res, label, explain.say("ambiguous_winner", lang), considered)
    if claim.subject is None and not res.subject_rows:
        best = winner
    else:
        best = best_row(res.subject_rows)
        if best is None:
            return not_enough(claim, res, label, explain.say("no_row", lang, who=subject_label(claim, lang)), considered)
    for r in (best, winner):
        if r.votes is None and r.margin is None:
            reason = explain.say("missing_field", lang, what=explain.what("votes", lang), who=explain.row_name(r, lang, claim))
            return not_enough(claim, res, label, reason, considered, matched=best)
    lost_claim = claim.outcome == "lost"
    won_claim = claim.outcome in ("won", "held")
    stated = claim_text(claim)

    if best.id == winner.id:
        behind = opp if opp is not None and opp.id != winner.id else runner
        margin = _gap(winner, behind, winner.margin if behind is runner else None)
        if margin is None or behind is None:
            return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("votes", lang),
                                                             who=_who(behind or winner, lang, claim)), considered, matched=best)
        if lang == "hi":
            record = f"{_who(winner, lang, claim)} ने {_who(behind, lang, claim)} को {explain.fmt_int(margin, lang)} वोटों के अंतर से हराया"
        else:
            record = f"{_who(winner, lang, claim)} beat {_who(behind, lang, claim)} by {explain.fmt_int(margin, lang)} votes"
        if lost_claim:
            refusal = (f"{explain.row_name(best, lang, claim)} हारे नहीं, जीते" if lang == "hi"
                       else f"{explain.row_name(best, lang, claim)} won, not lost")
            body = [explain.sentence(record, refusal, explain.verdict_clause(False, stated, lang), lang=lang)]
            return finish(claim, res, REFUTED, label, body, rows_evidence(contest, [winner, behind]), matched=best)
        holds = figure_agrees(claim.number, margin)
        body = [explain.sentence(record, explain.verdict_clause(holds, stated, lang), lang=lang)]
        return finish(claim, res, SUPPORTED if holds else REFUTED, label, body,
                      rows_evidence(contest, [winner, behind]), matched=best)

    # The subject did not win.
    ahead = opp if opp is not None and opp.position is not None and best.position is not None \
        and opp.position < best.position else winner
    margin = _gap(ahead, best, winner.margin if (ahead.id == winner.id and runner is not None and best.id == runner.id) else None)
    if margin is None:
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("votes", lang),
                                                         who=_who(best, lang, claim)), considered, matched=best)
    if won_claim:
        if lang == "hi":
            record = (f"{_who(best, lang, claim)} नहीं जीते: {explain.fmt_int(best.votes, lang)} वोट, "
                      f"{explain.ordinal(best.position, lang)} स्थान, विजेता {_who(winner, lang, claim)} से "
                      f"{explain.fmt_int(_gap(winner, best, None) or margin, lang)} वोट पीछे")
        else:
            record = (f"{_who(best, lang, claim)} did not win: {explain.fmt_int(best.votes, lang)} votes, "
                      f"finished {explain.ordinal(best.position, lang)}, "
                      f"{explain.fmt_int(_gap(winner, best, None) or margin, lang)} behind the winner, {_who(winner, lang, claim)}")
        body = [explain.sentence(record, explain.verdict_clause(False, stated, lang), lang=lang)]
        return finish(claim, res, REFUTED, label, body, rows_evidence(contest, [winner, best]), matched=best)
    if lang == "hi":
        record = f"{_who(best, lang, claim)} को {_who(ahead, lang, claim)} से {explain.fmt_int(margin, lang)} वोटों के अंतर से हार मिली"
    else:
        record = f"{_who(best, lang, claim)} lost to {_who(ahead, lang, claim)} by {explain.fmt_int(margin, lang)} votes"
    holds = figure_agrees(claim.number, margin)
    body = [explain.sentence(record, explain.verdict_clause(holds, stated, lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body,
                  rows_evidence(contest, [winner, ahead, best]), matched=best)


def _gap(ahead: Row | None, behind: Row | None, recorded: int | None) -> int | None:
    """``ahead``'s lead over ``behind``: the record's margin field when given, else the
    difference of their votes (None when either count is missing)."""
    if recorded is not None:
        return recorded
    if ahead is None or behind is None or ahead.votes is None or behind.votes is None:
        return None
    return ahead.votes - behind.votes


def _close_contests(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    if tally is None or res.margins is None or claim.number is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    label = tally_label(res, lang)
    parties = parties_of(claim, res)
    mine = [m for m in res.margins if not parties or any(same_party(m[1] or "", p) for p in parties)]
    unknown = [m for m in mine if m[2] is None]
    counted = sorted((m for m in mine if m[2] is not None and figure_agrees(claim.number, m[2])), key=lambda m: m[2])
    who = (claim.subject.name if claim.subject is not None and claim.subject.name else "+".join(parties)) if parties else None
    bound = ("से कम" if claim.number.qualifier == "less" else "से अधिक") if lang == "hi" else (
        "under" if claim.number.qualifier == "less" else "over")
    figure = explain.fmt_int(claim.number.value, lang)
    listed = ", ".join(f"{name} {explain.fmt_int(m, lang)}" for name, _p, m, _c in counted[:20]) + (" …" if len(counted) > 20 else "")
    if lang == "hi":
        phrase = (f"{who} ने " if who else "") + f"{len(counted)} सीटें {figure} {bound} वोटों के अंतर से जीतीं" + (f" ({listed})" if listed else "")
    else:
        phrase = (f"{who} won " if who else "") + f"{len(counted)} seats by a margin {bound} {figure}" + (f" ({listed})" if listed else "")
    evidence = close_contest_evidence(tally, counted, res.election)
    if unknown:
        why = (f"{len(unknown)} सीटों का अंतर रिकॉर्ड में नहीं है, इसलिए गिनती पक्की नहीं" if lang == "hi"
               else f"the record lacks the margin of {len(unknown)} seats, so the count is not certain")
        return not_enough(claim, res, label, explain.sentence(phrase, why, lang=lang), evidence)
    holds = figure_agrees(claim.seat_count, len(counted), round_zeros=False)
    body = [explain.sentence(phrase, explain.verdict_clause(holds, claim.seat_count.text, lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, evidence)
