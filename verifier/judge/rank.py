"""Rank claims: "came second", "finished third", "nearest rival" (= runner-up), "lost his
deposit".

* ``claim.rank``: the stated position against the row's ``position``. A party with several
  rows holds the rank when any of its rows does.
* ``claim.deposit_lost``: a candidate loses the deposit when polling less than one sixth of
  the contest's valid votes (``contest.total_votes``).
* A deposit count over a state ("lost deposits in 37 of 38 seats": a number and no contest) is
  judged when the resolver's tally carries per-party counts as ``tally.deposits_lost``
  (``dict[party, int]``) — an optional attribute this module reads if present — and is
  NOT_ENOUGH_INFO otherwise.
"""
from __future__ import annotations

from claims.model import Claim
from reference_db.store import Row
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence, tally_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.subject import parties_of, ranked, same_party, subject_label
from verifier.judge.tallies import tally_label
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution

_RANK_WORDS = {"en": "finished {o}", "hi": "{o} स्थान पर रहे"}
_DEPOSIT = {
    "en": {"lost": "{who} polled {votes} of {total} valid votes, under one sixth ({sixth}): deposit lost",
           "kept": "{who} polled {votes} of {total} valid votes, at least one sixth ({sixth}): deposit kept",
           "claim": "lost the deposit"},
    "hi": {"lost": "{who} को {total} वैध मतों में से {votes} वोट मिले, छठे हिस्से ({sixth}) से कम: जमानत जब्त",
           "kept": "{who} को {total} वैध मतों में से {votes} वोट मिले, छठे हिस्से ({sixth}) से अधिक: जमानत बची",
           "claim": "जमानत जब्त"},
}


def _lang(lang: str) -> str:
    return "hi" if lang == "hi" else "en"


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang = claim.lang
    if res.contest is None:
        if claim.deposit_lost and claim.number is not None and res.tally is not None:
            return _deposit_tally(claim, res)
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    contest = res.contest
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    rows = ranked(res.subject_rows)
    considered = rows_evidence(contest, [contest.winner, contest.runner_up, *rows])
    if not rows:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=subject_label(claim, lang)), considered)
    if claim.deposit_lost:
        return _deposit(claim, res, label, rows)
    if claim.rank is None:
        return not_enough(claim, res, label, explain.say("no_record", lang), considered, matched=rows[0])
    placed = [r for r in rows if r.position is not None]
    if not placed:
        reason = explain.say("missing_field", lang, what=explain.what("position", lang), who=explain.row_name(rows[0], lang, claim))
        return not_enough(claim, res, label, reason, considered, matched=rows[0])
    hit = next((r for r in placed if r.position == claim.rank), None)
    row = hit or placed[0]
    stated = _RANK_WORDS[_lang(lang)].format(o=explain.ordinal(claim.rank, lang))
    record = explain.row_phrase(row, lang, claim)
    body = [explain.sentence(record, explain.verdict_clause(hit is not None, stated, lang), lang=lang)]
    cited = [row, contest.winner] + ([] if hit else [r for r in contest.rows if r.position == claim.rank])
    return finish(claim, res, SUPPORTED if hit else REFUTED, label, body, rows_evidence(contest, cited), matched=row)


def _deposit(claim: Claim, res: Resolution, label: str, rows: list[Row]) -> Judgement:
    lang, contest = claim.lang, res.contest
    total = contest.total_votes
    considered = rows_evidence(contest, rows)
    if not total:
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("valid_votes", lang),
                                                         who=explain.display_name(contest.constituency.name)), considered)
    row = rows[0]
    if row.votes is None:
        return not_enough(claim, res, label, explain.say("missing_field", lang, what=explain.what("votes", lang),
                                                         who=explain.row_name(row, lang, claim)), considered, matched=row)
    lost = row.votes * 6 < total
    words = _DEPOSIT[_lang(lang)]
    record = words["lost" if lost else "kept"].format(
        who=f"{explain.row_name(row, lang, claim)} ({explain.party_name(row.party, lang)})",
        votes=explain.fmt_int(row.votes, lang), total=explain.fmt_int(total, lang),
        sixth=explain.fmt_int(total / 6, lang))
    body = [explain.sentence(record, explain.verdict_clause(lost, words["claim"], lang), lang=lang)]
    return finish(claim, res, SUPPORTED if lost else REFUTED, label, body, considered, matched=row)


def _deposit_tally(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    label = tally_label(res, lang)
    counts: dict[str, int] | None = getattr(tally, "deposits_lost", None)
    parties = parties_of(claim, res)
    if not counts or not parties:
        return not_enough(claim, res, label, explain.say("no_record", lang))
    found = [(k, v) for k, v in counts.items() if any(same_party(k, p) for p in parties)]
    if not found:
        return not_enough(claim, res, label, explain.say("no_row", lang, who="+".join(parties)))
    n = sum(v for _, v in found)
    holds = figure_agrees(claim.number, n, round_zeros=False)
    name = "+".join(k for k, _ in found)
    record = (f"{name} के {n} उम्मीदवारों की जमानत जब्त हुई" if lang == "hi"
              else f"{n} {name} candidates lost their deposits")
    body = [explain.sentence(record, explain.verdict_clause(holds, claim_text(claim), lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body,
                  tally_evidence(tally, [k for k, _ in found], res.election if tally.state else None))
