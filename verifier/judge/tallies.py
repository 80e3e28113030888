"""Seat tallies as the judges read them: the subject's seats (an alliance's members added up),
the majority mark, the strongest rival, and how to say so."""
from __future__ import annotations

from dataclasses import dataclass, field

from claims.model import Claim
from verifier.judge import explain
from verifier.judge.subject import parties_of, same_party
from verifier.model import Resolution, Tally

# Independents are not a bloc: they never count as "the largest other party".
NOT_A_PARTY = {"IND", "NOTA", ""}


def majority_mark(total: int) -> int:
    """Seats needed for a majority: more than half."""
    return total // 2 + 1


def _lookup(table: dict[str, int], party: str) -> tuple[str, int] | None:
    if party in table:
        return party, table[party]
    for k, v in table.items():
        if same_party(k, party):
            return k, v
    return None


@dataclass
class SubjectSeats:
    name: str                       # what the explanation calls the subject (BJP, NDA, …)
    breakdown: list[tuple[str, int]]  # (party as the tally writes it, seats), known parties only
    seats: int
    rival: tuple[str, int] | None   # the largest party outside the subject
    total: int
    unseen: list[str] = field(default_factory=list)  # parties counted at 0 without evidence they stood

    @property
    def certainty(self) -> float:
        """Lower when the subject's count rests on parties the tally never saw."""
        return 0.8 if self.unseen else 1.0

    @property
    def known(self) -> bool:
        return bool(self.breakdown)

    @property
    def majority(self) -> bool:
        return self.total > 0 and self.seats >= majority_mark(self.total)

    @property
    def rival_majority(self) -> bool:
        return self.rival is not None and self.total > 0 and self.rival[1] >= majority_mark(self.total)


def subject_seats(claim: Claim, res: Resolution, tally: Tally) -> SubjectSeats:
    """The subject's seats in ``tally``: one party, or the sum over an alliance's members.

    A party counts as *known* to the election when the tally lists it with seats or votes;
    a party the tally does not know at all contributes nothing, and if no party of the
    subject is known the judges answer NOT_ENOUGH_INFO rather than "0 seats". A tally built
    without votes (the resolver only adds them for vote-share claims) cannot tell "contested,
    won nothing" from "unknown", so there every named party counts, with 0 seats when it has
    no first-placed row; ``SubjectSeats.unseen`` lists those, for a lower confidence.
    """
    parties = parties_of(claim, res)
    breakdown: list[tuple[str, int]] = []
    keys: set[str] = set()
    unseen: list[str] = []
    for p in parties:
        hit = _lookup(tally.seats, p)
        if hit is None and _lookup(tally.votes or {}, p) is not None:
            hit = (_lookup(tally.votes, p)[0], 0)  # contested, won nothing
        if hit is None and not tally.votes and tally.seats:
            hit = (p, 0)
            unseen.append(p)
        if hit is not None and hit[0] not in keys:
            keys.add(hit[0])
            breakdown.append(hit)
    rivals = [(p, n) for p, n in tally.seats.items() if p not in keys and (p or "").upper() not in NOT_A_PARTY]
    rival = max(rivals, key=lambda t: t[1]) if rivals else None
    if claim.subject is not None and claim.subject.kind in ("party", "alliance") and claim.subject.name:
        name = claim.subject.name
    elif len(parties) == 1:
        name = parties[0]
    else:
        name = "+".join(parties)
    return SubjectSeats(name, breakdown, sum(n for _, n in breakdown), rival, tally.total_seats, unseen)


def tally_label(res: Resolution, lang: str) -> str:
    t = res.tally
    if t is None:
        return explain.election_label(res.election, lang)
    if t.state is None:
        return explain.election_label(None, lang, house=t.house, year=t.year)
    election = res.election if res.election is not None else (t.elections[0] if t.elections else None)
    return explain.election_label(election, lang, state=t.state, house=t.house, year=t.year)


def seats_phrase(s: SubjectSeats, lang: str) -> str:
    """"BJP won 255 of 403 seats (majority: 202)" / "NDA (BJP 255 + ADS 12) को 403 में से 267
    सीटें मिलीं (बहुमत: 202)"."""
    name = s.name
    if len(s.breakdown) > 1:
        name += " (" + " + ".join(f"{p} {n}" for p, n in s.breakdown) + ")"
    mark = majority_mark(s.total)
    if lang == "hi":
        text = f"{name} को {s.total} में से {s.seats} सीटें मिलीं (बहुमत: {mark})"
        if s.rival:
            text += f"; बाकी में सबसे बड़ी पार्टी {s.rival[0]} को {s.rival[1]}"
        return text
    text = f"{name} won {s.seats} of {s.total} seats (majority: {mark})"
    if s.rival:
        text += f"; the largest other party, {s.rival[0]}, won {s.rival[1]}"
    return text
