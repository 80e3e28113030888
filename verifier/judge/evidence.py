"""Evidence objects in the contract's format (../shared/contract/README.md, CLAIM.evidence).

A row of a contest becomes ``{"election", "constituency", "candidate", "party", "votes",
"position", "margin", "vote_share_pct", "source"}``; a party's line in a seat tally becomes the
same shape with ``"constituency": None``, ``"candidate": None`` and ``"seats"`` /
``"total_seats"`` added.
"""
from __future__ import annotations

from typing import Iterable

from reference_db.store import Contest, Election, Row
from verifier.model import Tally

MARGINS_SOURCE = {"title": "Winning margins of the election's contests in the reference (position-1 rows)", "url": None}
TALLY_SOURCE = {"title": "Seat tally computed from the reference (position-1 rows per party)", "url": None}
UNKNOWN_SOURCE = {"title": "unknown source", "url": None}


def row_evidence(contest: Contest, row: Row) -> dict:
    """One candidate's row of one contest."""
    return {
        "election": contest.election.as_dict(),
        "constituency": contest.constituency.name,
        "candidate": row.candidate,
        "party": row.party,
        "votes": row.votes,
        "position": row.position,
        "margin": row.margin,
        "vote_share_pct": row.vote_share_pct,
        "source": row.source.as_dict() if row.source else dict(UNKNOWN_SOURCE),
    }


def rows_evidence(contest: Contest | None, rows: Iterable[Row | None]) -> list[dict]:
    """Several rows of one contest, each once, in finishing order."""
    if contest is None:
        return []
    seen: dict[int, Row] = {}
    for r in rows:
        if r is not None and r.id not in seen:
            seen[r.id] = r
    ordered = sorted(seen.values(), key=lambda r: (r.position is None, r.position or 0, -(r.votes or 0)))
    return [row_evidence(contest, r) for r in ordered]


def tally_election(tally: Tally, election: Election | None = None) -> dict:
    """The election a tally covers, as the contract writes it."""
    if election is not None:
        return election.as_dict()
    if tally.elections:
        return tally.elections[0].as_dict()
    return {"year": tally.year, "kind": "general", "house": tally.house, "state": tally.state}


def tally_evidence(tally: Tally, parties: Iterable[str], election: Election | None = None) -> list[dict]:
    """One evidence object per party: its seats (and votes, when the tally has them)."""
    out = []
    for p in dict.fromkeys(parties):
        out.append({
            "election": tally_election(tally, election),
            "constituency": None,
            "candidate": None,
            "party": p,
            "votes": tally.votes.get(p) if tally.votes else None,
            "position": None,
            "margin": None,
            "vote_share_pct": None,
            "seats": tally.seats.get(p, 0),
            "total_seats": tally.total_seats,
            "source": dict(TALLY_SOURCE),
        })
    return out


def close_contest_evidence(tally: Tally, contests: Iterable[tuple[str, str | None, int | None, int]],
                           election: Election | None = None) -> list[dict]:
    """One evidence object per counted contest: its winner's party and margin."""
    return [{
        "election": tally_election(tally, election),
        "constituency": name,
        "candidate": None,
        "party": party,
        "votes": None,
        "position": 1,
        "margin": margin,
        "vote_share_pct": None,
        "source": dict(MARGINS_SOURCE),
    } for name, party, margin, _cid in contests]
