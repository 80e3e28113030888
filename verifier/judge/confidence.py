"""How sure a verdict is, 0..1.

High (0.95) for a clear record matched by exact name; lower as the subject's name matched its
row more loosely (``res.match_score``), for counting-day ("leading") claims judged on the final
result, and for each field of the claim filled from earlier sentences (``claim.from_context``).
A NOT_ENOUGH_INFO verdict starts lower: it says the record cannot decide, which is itself a
judgement about a possibly incomplete resolution.
"""
from __future__ import annotations

from claims.model import Claim
from verifier.model import NOT_ENOUGH_INFO, Resolution

BASE = 0.95
BASE_NEI = 0.6
MATCH_WEIGHT = 0.8      # a match scored 87/100 costs 0.104
LEADING_PENALTY = 0.1
CONTEXT_PENALTY = 0.05  # per field filled from context
CONTEXT_CAP = 0.15


def confidence(claim: Claim, res: Resolution, verdict: str, certainty: float = 1.0) -> float:
    """``certainty`` (0..1) scales the base for judges that know their reading is looser
    (e.g. a party that fielded no one, a hung house)."""
    conf = (BASE_NEI if verdict == NOT_ENOUGH_INFO else BASE) * certainty
    score = res.match_score if res.match_score is not None else 100.0
    conf -= max(0.0, 100.0 - float(score)) / 100.0 * MATCH_WEIGHT
    if claim.hints is not None and claim.hints.leading:
        conf -= LEADING_PENALTY
    conf -= min(CONTEXT_CAP, CONTEXT_PENALTY * len(claim.from_context or ()))
    return round(min(0.99, max(0.05, conf)), 3)
