"""Seat-tally claims: "BJP won 273 seats in UP", "सपा गठबंधन को 125 सीटें", "NDA 273",
"BJP won a majority" / "बहुमत", "won all the seats" / "सभी सीटें".

The subject's seats are ``res.tally.seats`` for its party, or the sum over
``res.subject_parties`` for an alliance (``claim.subject`` None with ``subject_parties`` set is
an alliance tally). With a number, the count is compared **exactly** (seat counts have no
round-figure reading: "300 सीटें" is not 325) unless the claim qualifies it ("50 से भी कम",
"over 100"). Without a number the claim is about a majority: SUPPORTED when the subject holds
more than half of ``tally.total_seats``; a seats claim worded as a defeat ("SP lost the
election", ``claim.outcome == "lost"``) is judged as a state-wide outcome.
Counting-day wording ("leading in 91 seats") is judged on the final tally.
"""
from __future__ import annotations

from claims.model import Claim
from verifier.judge import explain, outcome
from verifier.judge.evidence import tally_evidence
from verifier.judge.figures import figure_agrees
from verifier.judge.tallies import majority_mark, seats_phrase, subject_seats, tally_label
from verifier.judge.verdict import claim_text, finish, not_enough
from verifier.model import REFUTED, SUPPORTED, Judgement, Resolution


def judge(claim: Claim, res: Resolution) -> Judgement:
    lang, tally = claim.lang, res.tally
    if tally is None:
        return not_enough(claim, res, explain.election_label(res.election, lang), explain.say("no_record", lang))
    if claim.number is None and claim.outcome == "lost":
        return outcome.judge(claim, res)
    label = tally_label(res, lang)
    s = subject_seats(claim, res, tally)
    if not s.known or tally.total_seats <= 0:
        return not_enough(claim, res, label, explain.say("no_row", lang, who=s.name or "?"))
    parties = [p for p, _ in s.breakdown] + ([s.rival[0]] if s.rival else [])
    evidence = tally_evidence(tally, parties, res.election if tally.state is not None else None)
    phrase = seats_phrase(s, lang)
    if claim.all_seats and claim.number is None:
        holds = s.seats == tally.total_seats
        stated = "सभी सीटें" if lang == "hi" else "all the seats"
    elif claim.number is not None:
        holds = figure_agrees(claim.number, s.seats, round_zeros=False)
        stated = claim_text(claim)
    else:
        holds = s.seats >= majority_mark(tally.total_seats)
        stated = "बहुमत" if lang == "hi" else "a majority"
    missing = (claim.seats_total or 0) - tally.total_seats
    if not holds and claim.number is not None and 0 < missing and abs(claim.number.value - s.seats) <= missing:
        # "202 of the 243 seats … the Mahagathbandhan was reduced to 35": the reference holds 241
        # of those 243 seats, and the two it lacks may be the difference
        missing_note = explain.say("seats_missing", lang, held=tally.total_seats, total=claim.seats_total)
        return not_enough(claim, res, label, f"{phrase}; {missing_note}", evidence)
    body = [explain.sentence(phrase, explain.verdict_clause(holds, stated, lang), lang=lang)]
    return finish(claim, res, SUPPORTED if holds else REFUTED, label, body, evidence, certainty=s.certainty)
