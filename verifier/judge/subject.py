"""Who a claim is about, as the judges need it: the parties it stands for, a name to show, and
whether a contest's record is clear enough to judge on."""
from __future__ import annotations

from functools import lru_cache

from claims.model import Claim
from reference_db.store import Contest, Row
from verifier.judge import explain
from verifier.model import Resolution


def parties_of(claim: Claim, res: Resolution) -> tuple[str, ...]:
    """The reference abbreviations the subject stands for: the resolver's
    ``res.subject_parties`` (an alliance's members), else a party mention's own ids."""
    if res.subject_parties:
        return tuple(res.subject_parties)
    if claim.subject is not None and claim.subject.kind == "party":
        return tuple(str(i) for i in claim.subject.ids) or ((claim.subject.name,) if claim.subject.name else ())
    return ()


def subject_label(claim: Claim, lang: str) -> str:
    """The subject as the claim is restated: a party's abbreviation, an alliance's name, a
    candidate's name as the claim wrote it."""
    s = claim.subject
    if s is None:
        return "?"
    if s.kind == "candidate":
        # The claim's own words: the record's spelling is given beside it by the match note.
        return s.text or explain.display_name(s.name)
    return s.name or s.text


@lru_cache(maxsize=8192)
def party_key(name: str) -> str:
    """A party's name or abbreviation compared letter for letter: "JD(U)" and "JDU" are one.
    (Cached: the judges compare every party of an election's tally, claim after claim.)"""
    return "".join(ch for ch in name.upper() if ch.isalnum())


def same_party(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return party_key(a) == party_key(b)


def in_parties(row: Row, parties: tuple[str, ...]) -> bool:
    return any(same_party(row.party, p) or same_party(row.party_full_name, p) for p in parties)


def clear_winner(contest: Contest) -> Row | None:
    """The one first-placed row, or None when the record is ambiguous (none, or two rows at
    position 1) — a contest we should not judge outcomes on."""
    return contest.winner


def ranked(rows: list[Row]) -> list[Row]:
    return sorted(rows, key=lambda r: (r.position is None, r.position or 0, -(r.votes or 0)))


def best_row(rows: list[Row]) -> Row | None:
    """The best-placed of the subject's rows (a party normally has one)."""
    r = ranked(rows)
    return r[0] if r else None
