"""Candidacy claims: "X was P's candidate in C", "BJP fielded Avani Singh", "RLD fielded a
candidate in Kairana".

Contract with the resolver (``verifier.resolve``):

* Candidate subject: ``res.subject_rows`` holds the candidate's row(s) in ``res.contest``;
  ``res.subject_parties`` holds the party the claim names for the candidate, as reference
  abbreviations (an alliance named as the sponsor → its member parties); empty when the
  claim names no party. ``claim.opponent`` is not used.
* Party or alliance subject: ``res.subject_rows`` holds the party's (members') rows in the
  contest, empty when it fielded no one.

Verdicts:

* Candidate with a row in the contest: SUPPORTED when no party is named or the row's party is
  one of ``res.subject_parties``; REFUTED when the row stands for another party (the
  explanation gives the record's party).
* Candidate without a row: NOT_ENOUGH_INFO (the name may be spelled past matching; never call
  a true claim false).
* Party with a row: SUPPORTED. Party without a row: REFUTED — the record lists every
  candidate of the contest — with lower confidence, since allies sometimes stand on each
  other's symbols.
"""
from __future__ import annotations

from claims.model import Claim
from verifier.judge import explain
from verifier.judge.evidence import rows_evidence
from verifier.judge.subject import in_parties, parties_of, ranked, subject_label
from verifier.judge.verdict import finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution

_WORDS = {
    "en": {"claim_party": "{s} was the {p} candidate", "claim": "{s} was a candidate",
           "fielded": "{s} fielded a candidate",
           "none": "no {s} candidate stood; the candidates were {names}"},
    "hi": {"claim_party": "{s} {p} के उम्मीदवार थे", "claim": "{s} उम्मीदवार थे",
           "fielded": "{s} ने उम्मीदवार उतारा",
           "none": "{s} का कोई उम्मीदवार नहीं था; उम्मीदवार थे: {names}"},
}


def _stood(row, lang: str, claim: Claim) -> str:
    name = explain.row_name(row, lang, claim)
    party = explain.party_name(row.party, lang)
    if not row.party or row.party.upper() == "IND":
        if lang == "hi":
            return f"{name} निर्दलीय उम्मीदवार थे ({explain.fmt_int(row.votes, lang)} वोट, {explain.ordinal(row.position, lang)} स्थान)"
        return f"{name} stood as an independent ({explain.fmt_int(row.votes, lang)} votes, finished {explain.ordinal(row.position, lang)})"
    if lang == "hi":
        return f"{name} {party} के उम्मीदवार थे ({explain.fmt_int(row.votes, lang)} वोट, {explain.ordinal(row.position, lang)} स्थान)"
    return f"{name} stood for {party} ({explain.fmt_int(row.votes, lang)} votes, finished {explain.ordinal(row.position, lang)})"


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang = claim.lang
    words = _WORDS["hi" if lang == "hi" else "en"]
    contest = res.contest
    if contest is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    label = explain.election_label(contest.election, lang, contest=contest, claim=claim)
    rows = ranked(res.subject_rows)
    subj = subject_label(claim, lang)

    if claim.subject is not None and claim.subject.kind in ("party", "alliance"):
        if rows:
            record = "; ".join(_stood(r, lang, claim) for r in rows)
            body = [explain.sentence(record, explain.verdict_clause(True, words["fielded"].format(s=subj), lang), lang=lang)]
            return finish(claim, res, SUPPORTED, label, body, rows_evidence(contest, rows), matched=rows[0])
        top = ranked(contest.rows)[:4]
        names = ", ".join(f"{explain.display_name(r.candidate)} ({explain.party_name(r.party, lang)})" for r in top)
        if len(contest.rows) > len(top):
            names += " …"
        record = words["none"].format(s=subj, names=names)
        body = [explain.sentence(record, explain.verdict_clause(False, words["fielded"].format(s=subj), lang), lang=lang)]
        return finish(claim, res, REFUTED, label, body, rows_evidence(contest, top), certainty=0.85)

    if not rows:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=subj),
                          rows_evidence(contest, [contest.winner, contest.runner_up]))
    named = parties_of(claim, res) if res.subject_parties else ()
    row = next((r for r in rows if in_parties(r, named)), rows[0]) if named else rows[0]
    record = _stood(row, lang, claim)
    if named:
        holds = in_parties(row, named)
        stated = words["claim_party"].format(s=subj, p="/".join(named))
    else:
        holds, stated = True, words["claim"].format(s=subj)
    body = [explain.sentence(record, explain.verdict_clause(holds, stated, lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, rows_evidence(contest, [row]), matched=row)
