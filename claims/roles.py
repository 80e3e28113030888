"""Roles: which actors a trigger is about (its subjects) and against (its opponents).

A trigger's subject is the agent / dative / genitive the trigger wants (Hindi) or the nearest
actor before it (English; after it for passives).  Coordinated actors ("X, Y और Z हार गए") are
each a subject.
"""
from __future__ import annotations

import re

from claims.actors import Actor
from claims.sentence_input import SentenceInput
from claims.triggers import Hit


_PARENTHESIS = re.compile(r"\([^)]*\)")
_BEHIND_OR_AHEAD = re.compile(r"(?:behind|ahead of|over)$", re.IGNORECASE)
_GEN_LOSS = re.compile(r"\s*(?:के|की|का)\s+(?:[\u0900-\u0963\u0966-\u097F]+\s+){1,3}")
_COORD_GAP = re.compile(
    r"^\s*(?:,|और|तथा|एवं|and|&)?\s*(?:(?:पूर्व|सीएम|कैप्टन|मुख्यमंत्री|मंत्री|डॉ\.?|former|ex-|currently|current|sitting|"
    r"outgoing|then|deputy|CM|Dr\.?|Captain|minister|chief minister|of\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|,)\s*){0,6}$",
    re.IGNORECASE,
)


def _coordinated(s: SentenceInput, actors: list[Actor]) -> list[Actor]:
    """The run of actors ending with the last of ``actors`` joined by commas / and / और
    ("सीएम चन्नी, नवजोत सिंह सिद्धू, पूर्व सीएम कैप्टन अमरिंदर सिंह"), of one kind."""
    if not actors:
        return []
    run = [actors[-1]]
    places = [m for m in s.mentions if m.kind == "constituency"]
    for a in reversed(actors[:-1]):
        gap = s.text[a.end:run[0].start]
        for p in places:  # "आजम खान रामपुर और अखिलेश यादव करहल से": each with its own seat
            if a.end <= p.start and p.end <= run[0].start:
                gap = gap.replace(p.text, " ", 1)
        gap = _PARENTHESIS.sub("", gap)
        same_kind = a.head.kind == run[0].head.kind or {a.head.kind, run[0].head.kind} <= {"party", "alliance"}
        if same_kind and _COORD_GAP.match(gap):
            run.insert(0, a)
            continue
        break
    return run


def pick_subjects(s: SentenceInput, hit: Hit, left: list[Actor], right: list[Actor]) -> tuple[list[Actor], list[Actor]]:
    """(subjects, opponents) of one trigger."""
    t = hit.trigger
    if t.object_wins:  # "Dhami, who led the BJP to a second term": the BJP won
        return right[:1], []
    if s.lang == "hi":
        erg = [a for a in left if a.marker == "erg"]
        dat = [a for a in left if a.marker in ("dat",)]
        if t.defeat:
            subj = erg[-1:] or [a for a in left if a.marker not in ("dat", "abl")][-1:]
            opp = dat[-1:] if dat else []
            return subj, opp
        if t.type == "outcome" and t.outcome == "lost":
            # "BJP के राजेंद्र नगर उपचुनाव हारने के कारण": whose loss, right before the verb
            own = [a for a in left if a.marker == "gen" and _GEN_LOSS.fullmatch(s.text[a.end:hit.start])
                   and not any(b is not a and a.end <= b.start < hit.start for b in left)]
            cands = dat or own[-1:] or [a for a in left if a.marker not in ("erg", "gen", "abl")] or left or right[:1]
            return _coordinated(s, cands), []
        if t.type == "candidacy":
            # "बीजेपी ने चौहान की पत्नी अवनि सिंह को ही उम्मीदवार बनाया": the candidate is the one
            # made candidate (को), the party the one who made them (ने).
            chosen = [a for a in dat if a.head.kind == "candidate"][-1:]
            party = [a for a in erg if a.head.kind == "party"][-1:]
            if chosen:
                if party and chosen[0].party is None:
                    chosen[0].party = party[0].head
                    party[0].used = True
                return chosen, []
        if t.type in ("votes", "seats"):
            cands = dat or erg or left or right
            return _coordinated(s, cands)[-1:] if t.type == "votes" else cands[-1:], []
        loc = [a for a in left if a.marker == "loc"]
        cands = erg or [a for a in left if a.marker in ("gen", None)] or [a for a in left if a.marker != "loc"] \
            or right[:1]
        if (cands and all(a.marker == "gen" for a in cands) and right and right[0].marker is None
                and not s.text[hit.end:right[0].start].strip()):
            # A headline's verb first: "आजम खान के गढ़ रामपुर में भी जीती बीजेपी" — the one who won
            # stands right after the verb; the genitive before it is whose stronghold it was.
            cands = right[:1]
        return _coordinated(s, cands), loc[-1:] if t.type == "outcome" else []
    # English
    if t.passive:  # "B was defeated by A", "B lost C to A": a claim that B lost
        return left[-1:], right[:1]
    if t.defeat:
        return left[-1:], right[:1]
    cands = left or (right[:1] if t.type in ("outcome", "candidacy") and not t.leading else [])
    if t.leading and left and _BEHIND_OR_AHEAD.search(s.text[hit.start:hit.end]):
        return _coordinated(s, cands), right[:1]  # "Soni was trailing behind AAP's Ajay Gupta"
    return _coordinated(s, cands), []
