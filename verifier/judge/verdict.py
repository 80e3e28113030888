"""Assembling a :class:`~verifier.model.Judgement`: the judges' shared last step.

A judge decides the verdict and says what the record shows; :func:`finish` adds what every
explanation carries — the "leading" note, the resolver's notes, the loose-match note — and the
confidence.
"""
from __future__ import annotations

from claims.model import Claim
from reference_db.store import Row
from verifier.judge import explain
from verifier.judge.confidence import confidence
from verifier.model import NOT_ENOUGH_INFO, Judgement, Resolution


def claim_text(claim: Claim) -> str:
    """The figure or words the claim stated, for "the claim '79 हजार' holds"."""
    if claim.number is not None and claim.number.text:
        return claim.number.text
    return claim.pattern or claim.type


def finish(
    claim: Claim,
    res: Resolution,
    verdict: str,
    label: str,
    body: list[str],
    evidence: list[dict],
    *,
    matched: Row | None = None,
    certainty: float = 1.0,
) -> Judgement:
    """Build the judgement: ``label: body… [leading note] [notes] [match note]``.

    ``matched`` is the row the subject's name was matched to; when ``res.match_score`` < 100
    the explanation says which record was taken and how sure the match was.
    """
    lang = claim.lang
    extra: list[str] = []
    if claim.hints is not None and claim.hints.leading:
        extra.append(explain.say("leading", lang))
    for note in res.notes:
        text = explain.note_sentence(note, lang) if note else ""
        if text and text not in extra:
            extra.append(text)
    score = res.match_score if res.match_score is not None else 100.0
    if matched is not None and score < 100:
        extra.append(explain.say("match", lang, name=matched.candidate, score=int(round(score))))
    text = explain.compose(lang, label, *body, *extra)
    if verdict != NOT_ENOUGH_INFO and not evidence:
        # The contract: every SUPPORTED/REFUTED verdict cites rows. A judge that cannot cite
        # any has not earned a verdict.
        verdict = NOT_ENOUGH_INFO
    return Judgement(
        verdict=verdict,
        confidence=confidence(claim, res, verdict, certainty),
        explanation=text,
        evidence=evidence,
    )


def not_enough(claim: Claim, res: Resolution, label: str, reason: str, evidence: list[dict] | None = None,
               matched: Row | None = None) -> Judgement:
    """NOT_ENOUGH_INFO with one reason sentence (and the rows considered, if any)."""
    return finish(claim, res, NOT_ENOUGH_INFO, label, [explain.sentence(reason, lang=claim.lang)],
                  evidence or [], matched=matched)
