"""The one entry point every interface calls: text in, the contract's document result out.

    v = Verifier(Reference(path))
    result = v.verify(text, as_of=date(2018, 5, 31), doc_id="seed")
    results = v.verify_many([(doc_id, text, as_of), ...])   # nlp.pipe underneath

The result is the "Document result" of ../shared/contract/README.md: ``{"id", "as_of",
"claims": [CLAIM, ...]}``.  Claims come out in text order; a claim about a candidate who stood in
two seats of the election becomes one CLAIM per seat.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_left
from datetime import date
from operator import attrgetter
from typing import Iterable

from claims.model import Claim
from claims.pipeline import ClaimPipeline
from reference_db.store import Reference
from verifier.judge import judge
from verifier.judge.explain import written_place
from verifier.model import NOT_ENOUGH_INFO, Judgement, Resolution
from verifier.resolve import Resolver

log = logging.getLogger(__name__)


def _number(v: float | None) -> int | float | None:
    if v is None:
        return None
    return int(v) if float(v).is_integer() else v


_THE_STATE = re.compile(r"\bthe state\b|\bin the state\b|राज्य में|प्रदेश में|सूबे में", re.IGNORECASE)


_START = attrgetter("start")


def _statewide(c: Claim) -> bool:
    """A party's tally or state-wide result, read in a state the text may not name."""
    return (c.constituency is None and c.type in ("seats", "outcome", "vote_share") and c.subject is not None
            and c.subject.kind in ("party", "alliance"))


class Verifier:
    def __init__(self, reference: Reference, pipeline: ClaimPipeline | None = None):
        self.reference = reference
        self.pipeline = pipeline if pipeline is not None else ClaimPipeline(reference)
        self.resolver = Resolver(reference)

    def verify(self, text: str, as_of: date | None = None, doc_id: str | None = None) -> dict:
        return self.verify_many([(doc_id, text, as_of)])[0]

    def verify_many(self, docs: Iterable[tuple[str | None, str, date | None]]) -> list[dict]:
        docs = [(doc_id, text, as_of or date.today()) for doc_id, text, as_of in docs]
        out = []
        for (doc_id, text, as_of), doc in zip(docs, self.pipeline.pipe([(t, a) for _, t, a in docs])):
            # the mentions by start, each sentence's found by bisection (a scan of every mention
            # per sentence made long documents quadratic)
            mentions = sorted(doc._.mentions or [], key=_START)
            starts = [m.start for m in mentions]
            by_sentence: dict[tuple[int, int], list] = {}
            claims: list[dict] = []
            tally_state: str | None = None  # the state an earlier tally of this text was read in
            # A sentence's seat-level claims are judged before its state-wide ones, so that "the
            # BJP returned to power in the state, Dhami lost in Khatima" can name the state.
            ordered = sorted(doc._.claims or [], key=lambda c: (c.sentence_start, _statewide(c)))
            seat_states: dict[tuple[int, int], set[str]] = {}
            for c in ordered:
                key = (c.sentence_start, c.sentence_end)
                if key not in by_sentence:  # once per sentence, not once per claim
                    by_sentence[key] = mentions[bisect_left(starts, key[0]):bisect_left(starts, key[1])]
                sent_mentions = by_sentence[key]
                if _statewide(c) and c.hints.state is None and c.hints.house != "LS":
                    here = seat_states.get(key, set())
                    if len(here) == 1 and _THE_STATE.search(text[key[0]:key[1]]):
                        c.hints.state = next(iter(here))  # "in the state": the one its seats are in
                        c.from_context.add("state")
                    elif tally_state:
                        # "AAP won 62 of the 70 seats, the remaining 8 went to BJP": the text is
                        # about the state its earlier tally was read in (context flows forward only)
                        c.hints.state = tally_state
                        c.from_context.add("state")
                for res, j in self._judge(c, as_of, sent_mentions):
                    claims.append(self.to_contract(text, c, res, j))
                    if res.tally is not None and res.tally.state and res.contest is None:
                        tally_state = res.tally.state
                    if res.contest is not None:
                        seat_states.setdefault(key, set()).add(res.contest.constituency.state)
            claims.sort(key=lambda c: (c["start"], c["end"]))
            out.append({"id": doc_id, "as_of": as_of.isoformat(), "claims": claims})
        return out

    def _judge(self, claim: Claim, as_of: date, sent_mentions) -> list[tuple[Resolution, Judgement]]:
        try:
            return [(res, judge(claim, res)) for res in self.resolver.resolve(claim, as_of, sent_mentions)]
        except Exception:  # one claim's fault must not lose the document's other claims
            log.exception("could not check claim %r", claim)
            msg = ("इस दावे की जाँच में आंतरिक त्रुटि हुई; इसे जाँचा नहीं जा सका।" if claim.lang == "hi"
                   else "This claim could not be checked because of an internal error.")
            return [(Resolution(unresolved=msg), Judgement(NOT_ENOUGH_INFO, 0.0, msg, []))]

    @staticmethod
    def to_contract(text: str, c: Claim, res: Resolution, j: Judgement) -> dict:
        subject = None
        if c.subject is not None:
            name = c.subject.name
            if c.subject.kind == "candidate" and res.subject_rows:
                name = res.subject_rows[0].candidate
            subject = {"kind": c.subject.kind, "text": c.subject.text, "name": name}
        constituency = None
        if res.contest is not None:
            cons = res.contest.constituency
            constituency = {"text": written_place(c, res.contest), "name": cons.name, "state": cons.state,
                            "house": cons.house}
        elif c.constituency is not None:
            constituency = {"text": c.constituency.text, "name": c.constituency.name, "state": None, "house": None}
        result = {
            "text": text[c.start:c.end],
            "start": c.start,
            "end": c.end,
            "sentence": {"start": c.sentence_start, "end": c.sentence_end},
            "lang": c.lang,
            "type": c.type,
            "subject": subject,
            "constituency": constituency,
            "election": res.election.as_dict() if res.election else None,
            "value": _number(c.number.value) if c.number else None,
            "verdict": j.verdict,
            "confidence": round(float(j.confidence), 3),
            "explanation": j.explanation,
            "evidence": j.evidence,
            # Added fields (the contract allows them): how the claim was read.
            "outcome": c.outcome,
            "from_context": sorted(c.from_context),
            "pattern": c.pattern,
        }
        if c.subject is not None and c.subject.kind == "candidate" and res.subject_rows:
            result["match"] = {"record": res.subject_rows[0].candidate, "score": round(res.match_score, 1)}
        return result
