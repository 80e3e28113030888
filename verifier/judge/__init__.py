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
from verifier.judge.explain import election_label
from verifier.judge.subject import same_party
from verifier.model import NOT_ENOUGH_INFO, REFUTED, Judgement, Resolution

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
    j = fn(claim, res)
    if j.verdict == REFUTED and claim.subject is not None and claim.subject.kind == "candidate" \
            and not res.subject_rows and res.contest is not None:
        # A person the record of this contest does not name may be written differently there:
        # the record cannot say that they did not win (or did not poll N votes).
        label = election_label(res.election, claim.lang, contest=res.contest, claim=claim)
        name = claim.subject.text
        if claim.lang == "hi":
            text = f"{label}: इस मुकाबले के रिकॉर्ड में '{name}' नाम का कोई उम्मीदवार नहीं है, इसलिए दावे की जाँच नहीं हो सकती।"
        else:
            text = f"{label}: the record of this contest has no candidate named '{name}', so the claim cannot be checked against it."
        return _withheld(j, text)
    if j.verdict == REFUTED and _loose_name(claim, res):
        return _not_refuted_on_a_loose_name(claim, res, j)
    if j.verdict == REFUTED and res.stale_days is not None and res.stale_days > STALE_DAYS:
        return _not_refuted_on_an_old_contest(claim, res, j)
    return j


def _withheld(j: Judgement, explanation: str) -> Judgement:
    """A REFUTED verdict the record cannot stand behind, turned NOT_ENOUGH_INFO: the rows it
    was read against stay as evidence, and the explanation says why."""
    return Judgement(NOT_ENOUGH_INFO, min(j.confidence, 0.5), explanation, j.evidence)


# A text that names no year reports a result of its own days; a contest decided more than this
# long before it may not be the one it means (by-elections after 2021/2022 are missing from the
# reference): the record can agree with the claim, but not refute it.
STALE_DAYS = 90


def _not_refuted_on_an_old_contest(claim: Claim, res: Resolution, j: Judgement) -> Judgement:
    months = res.stale_days // 30
    if claim.lang == "hi":
        note = (f" दावे में साल नहीं है और रिकॉर्ड का यह चुनाव लेख से करीब {months} महीने पहले का है; लेख शायद किसी "
                f"बाद के चुनाव (जैसे उपचुनाव) की बात करता है जो संदर्भ में नहीं है, इसलिए दावे को गलत नहीं ठहराया गया।")
    else:
        note = (f" The text gives no year and this contest was decided about {months} months before it; the text may "
                f"report a later poll (a by-election) the reference lacks, so the claim is not called false.")
    return _withheld(j, j.explanation + note)


# A person named in the text whose record matched only loosely may be someone else: such a
# match can support a claim (the record agrees) but never refute it.
LOOSE_NAME = 90.0


def _loose_name(claim: Claim, res: Resolution) -> bool:
    """A loose name match, unless the party the text names beside the person is the party of the
    row matched in the named seat ("RLD's Tabassum Hasan … Kairana" is Tabassum Begum of the RLD):
    name, party and seat agreeing leave no one else it could be."""
    if not (claim.subject is not None and claim.subject.kind == "candidate" and bool(res.subject_rows)
            and res.match_score < LOOSE_NAME):
        return False
    row = res.subject_rows[0]
    pinned = (claim.party is not None and claim.constituency is not None and row.party is not None
              and any(same_party(row.party, p) for p in (*res.subject_parties, *(str(i) for i in claim.party.ids))))
    return not pinned


def _not_refuted_on_a_loose_name(claim: Claim, res: Resolution, j: Judgement) -> Judgement:
    row = res.subject_rows[0]
    if claim.lang == "hi":
        note = (f" नाम '{claim.subject.text}' रिकॉर्ड के '{row.candidate}' से केवल आंशिक रूप से मिला "
                f"({res.match_score:.0f}/100), इसलिए दावे को गलत नहीं ठहराया गया।")
    else:
        note = (f" The name '{claim.subject.text}' matched the record's '{row.candidate}' only loosely "
                f"({res.match_score:.0f}/100), so the claim is not called false.")
    return _withheld(j, j.explanation + note)


__all__ = ["judge", "JUDGES"]
