"""Judging: a claim and the records it resolved to → a verdict with an explanation and evidence.

    from verifier.judge import judge
    judgement = judge(claim, resolution)   # verifier.model.Judgement

:func:`judge` answers NOT_ENOUGH_INFO for anything the resolver could not pin
(``res.unresolved``) and otherwise hands the claim to the module for its type
(``outcome``, ``votes``, ``margin``, ``rank``, ``candidacy``, ``vote_share``, ``turnout``,
``seats``), each of which follows ../shared/contract/POLICY.md. The number rules live in
:mod:`verifier.judge.figures`, the wording in :mod:`verifier.judge.explain`, the evidence
format in :mod:`verifier.judge.evidence`.
"""
from __future__ import annotations

from typing import Callable

from claims.model import Claim
from verifier.judge import candidacy, margin, outcome, rank, seats, turnout, vote_share, votes
from verifier.judge.confidence import confidence
from verifier.model import NOT_ENOUGH_INFO, Judgement, Resolution

JUDGES: dict[str, Callable[[Claim, Resolution], Judgement]] = {
    "outcome": outcome.judge,
    "votes": votes.judge,
    "margin": margin.judge,
    "rank": rank.judge,
    "candidacy": candidacy.judge,
    "vote_share": vote_share.judge,
    "turnout": turnout.judge,
    "seats": seats.judge,
}


def judge(claim: Claim, res: Resolution) -> Judgement:
    """The verdict on ``claim`` against the records in ``res``."""
    if res.unresolved:
        text = res.unresolved_hi if claim.lang == "hi" and res.unresolved_hi else res.unresolved
        return Judgement(NOT_ENOUGH_INFO, confidence(claim, res, NOT_ENOUGH_INFO), text, [])
    fn = JUDGES.get(claim.type)
    if fn is None:
        raise ValueError(f"unknown claim type {claim.type!r} (expected one of {', '.join(JUDGES)})")
    return fn(claim, res)


__all__ = ["judge", "JUDGES"]
