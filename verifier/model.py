"""What resolution hands to judging, and what judging hands back.

``verifier.resolve`` turns a :class:`claims.model.Claim` into a :class:`Resolution`: the one
election and contest the claim is about and the rows its subject matched.  ``verifier.judge``
turns claim + resolution into a :class:`Judgement`.  ``verifier.service`` turns both into the
contract's CLAIM object.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from reference_db.store import Contest, Election, Row

SUPPORTED, REFUTED, NOT_ENOUGH_INFO = "SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"
VERDICTS = (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)


@dataclass
class Tally:
    """Seats (and votes) per party in one general election over one state, or the country
    (``state`` None)."""

    house: str
    year: int
    state: str | None
    seats: dict[str, int]
    total_seats: int
    votes: dict[str, int] = field(default_factory=dict)
    elections: list[Election] = field(default_factory=list)


@dataclass
class Resolution:
    """The records a claim is judged against.

    ``election``: the election it was checked against (always set when anything resolved).
    ``contest``: the one contest, for a claim about a constituency (None for state-wide claims).
    ``subject_rows``: the rows of that contest that the subject is (a candidate's own row; a
    party's or alliance's contesting candidate's row; empty when the subject did not contest).
    ``subject_parties``: for a party/alliance subject, the reference abbreviations it stands for.
    ``match_score``: 0..100, how closely the subject's name matched its row (100 exact).
    ``opponent_rows``: the rows of a named opponent ("A defeated B").
    ``tally``: for seats / state-wide outcome / vote-share claims.
    ``bloc``: for a party's state-wide claim, the pre-poll alliance it contested in that
    election and its member parties (``("NDA", ("BJP", "JD(U)", …))``), from the reference's
    alliance table; None when it stood alone or the table does not say.
    ``stale_days``: for a claim that gives no year, kind or context, how long before the text the
    contest it was read against was decided (None otherwise): a text reporting a result of its
    own days may mean a later poll the reference lacks.
    ``margins``: for a count of narrowly won seats, every contest of the election as
    ``(constituency, winner's party, margin, contest id)``.
    ``history``: for a claim of consecutive wins, the seat's general-election contests up to the
    text's date, oldest first.
    ``notes``: sentences for the explanation where the verifier departs from the plain reading
    (e.g. "leading" judged on the final result, a by-election month the data lacks).
    ``unresolved``: when nothing could be pinned, why (becomes NOT_ENOUGH_INFO), in English;
    ``unresolved_hi`` the same in Hindi.
    """

    election: Election | None = None
    contest: Contest | None = None
    subject_rows: list[Row] = field(default_factory=list)
    subject_parties: tuple[str, ...] = ()
    match_score: float = 100.0
    opponent_rows: list[Row] = field(default_factory=list)
    tally: Tally | None = None
    bloc: tuple[str, tuple[str, ...]] | None = None
    stale_days: int | None = None
    margins: list[tuple[str, str | None, int | None, int]] | None = None
    history: list[Contest] | None = None
    notes: list[str] = field(default_factory=list)
    unresolved: str | None = None
    unresolved_hi: str | None = None


@dataclass
class Judgement:
    verdict: str
    confidence: float
    explanation: str
    evidence: list[dict] = field(default_factory=list)  # contract evidence objects
