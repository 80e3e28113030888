"""Read access to the reference: the only place that knows the SQL behind a lookup.

The verifier opens the database read-only (``mode=ro``): no request can write to it.  Every value
that comes from a claim reaches SQLite as a bound parameter, never as SQL text.
"""
from __future__ import annotations

import os
import sqlite3
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator


class ReferenceUnavailable(Exception):
    """The reference database cannot be used (missing, corrupt, not a reference)."""


@dataclass(frozen=True)
class Source:
    title: str
    url: str | None = None
    citation: str | None = None
    licence: str | None = None

    def as_dict(self) -> dict:
        return {"title": self.title, "url": self.url}


@dataclass(frozen=True)
class Election:
    id: int
    house: str  # 'LS' | 'VS'
    state: str
    year: int
    month: int | None
    kind: str  # 'general' | 'bye'
    assembly_no: int | None

    def as_dict(self) -> dict:
        return {"year": self.year, "kind": self.kind, "house": self.house, "state": self.state}


@dataclass(frozen=True)
class Constituency:
    id: int
    house: str
    state: str
    number: int | None
    name: str
    reservation: str | None


@dataclass(frozen=True)
class Row:
    """One candidate's result in one contest."""

    id: int
    contest_id: int
    candidate: str
    party: str | None
    party_full_name: str | None
    votes: int | None
    position: int | None
    vote_share_pct: float | None
    margin: int | None
    margin_pct: float | None
    sex: str | None
    age: int | None
    source: Source | None


@dataclass
class Contest:
    """One constituency in one election, with every candidate's row (ordered by position)."""

    id: int
    election: Election
    constituency: Constituency
    poll_no: int
    valid_votes: int | None
    electors: int | None
    turnout_pct: float | None
    n_cand: int | None
    rows: list[Row] = field(default_factory=list)

    @property
    def winner(self) -> Row | None:
        ranked = [r for r in self.rows if r.position == 1]
        return ranked[0] if len(ranked) == 1 else None

    @property
    def runner_up(self) -> Row | None:
        ranked = [r for r in self.rows if r.position == 2]
        return ranked[0] if len(ranked) == 1 else None

    @property
    def total_votes(self) -> int | None:
        """Valid votes as the source gives them, else the sum of the candidates' votes."""
        if self.valid_votes:
            return self.valid_votes
        votes = [r.votes for r in self.rows if r.votes is not None]
        return sum(votes) if votes else None


DEFAULT_DB_ENV = "VERIFIER_DB"
CACHE_SIZE = 20_000  # contests kept in memory per open reference (a few MB at most)


def _deny_attach(action: int, arg1: str | None, *_rest) -> int:
    """Refuse to attach any database file (a temporary one, as VACUUM uses, has no file name)."""
    if action == sqlite3.SQLITE_ATTACH and arg1:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def default_db_path() -> Path:
    """Where ``verifier db build`` writes the bundled reference, and where the verifier looks."""
    env = os.environ.get(DEFAULT_DB_ENV)
    if env:
        return Path(env)
    data_home = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(data_home) / "election-verifier" / "reference.db"


class Reference:
    """A read-only view of one reference database file.

    Safe to share between threads: each thread gets its own SQLite connection.
    """

    def __init__(self, path: str | os.PathLike):
        self.path = Path(path)
        if not self.path.is_file():
            raise ReferenceUnavailable(f"reference database not found: {self.path}")
        self._local = threading.local()
        self._source_cache: dict[int, Source] = {}
        self._election_cache: dict[int, Election] = {}
        self._constituency_cache: dict[int, Constituency] = {}
        self._contest_cache: dict[int, Contest] = {}
        self._tally_cache: dict[tuple, dict[str, int]] = {}  # (what, house, year, state, kind)
        self._contests_of_cache: dict[int, list] = {}
        conn = self._conn()
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        except sqlite3.DatabaseError as exc:
            raise ReferenceUnavailable(f"{self.path} is not a readable SQLite database ({exc})") from None
        missing = {"elections", "constituencies", "contests", "results"} - tables
        if missing:
            raise ReferenceUnavailable(
                f"{self.path} is not a verifier reference (missing tables: {', '.join(sorted(missing))})"
            )

    # -- connections -------------------------------------------------------------------------
    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            uri = f"file:{self.path.resolve()}?mode=ro"
            try:
                conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
            except sqlite3.Error as exc:
                raise ReferenceUnavailable(f"cannot open reference {self.path}: {exc}") from None
            conn.row_factory = sqlite3.Row
            # Read-only twice over: the file is opened mode=ro, writes are refused, and no other
            # database can be attached (an attached file would be writable).
            conn.execute("PRAGMA query_only = ON")
            conn.set_authorizer(_deny_attach)
            self._local.conn = conn
        return conn

    def query(self, sql: str, params: tuple | dict = ()) -> list[sqlite3.Row]:
        return self._conn().execute(sql, params).fetchall()

    def fingerprint(self) -> str:
        """Changes whenever the file does: the key for caches built from it."""
        st = self.path.stat()
        return f"{self.path.resolve()}:{st.st_size}:{st.st_mtime_ns}"

    # -- small tables ------------------------------------------------------------------------
    def source(self, source_id: int | None) -> Source | None:
        if source_id is None:
            return None
        if source_id not in self._source_cache:
            r = self.query("SELECT title, url, citation, licence FROM sources WHERE id = ?", (source_id,))
            self._source_cache[source_id] = Source(*r[0]) if r else Source("unknown source")
        return self._source_cache[source_id]

    def election(self, election_id: int) -> Election:
        if election_id not in self._election_cache:
            r = self.query(
                "SELECT id, house, state, year, month, kind, assembly_no FROM elections WHERE id = ?",
                (election_id,),
            )[0]
            self._election_cache[election_id] = Election(*r)
        return self._election_cache[election_id]

    def constituency(self, constituency_id: int) -> Constituency:
        if constituency_id not in self._constituency_cache:
            r = self.query(
                "SELECT id, house, state, number, name, reservation FROM constituencies WHERE id = ?",
                (constituency_id,),
            )[0]
            self._constituency_cache[constituency_id] = Constituency(*r)
        return self._constituency_cache[constituency_id]

    def constituencies(self) -> list[Constituency]:
        return [
            Constituency(*r)
            for r in self.query("SELECT id, house, state, number, name, reservation FROM constituencies")
        ]

    def elections(
        self, house: str | None = None, state: str | None = None, year: int | None = None,
        kind: str | None = None,
    ) -> list[Election]:
        sql = "SELECT id, house, state, year, month, kind, assembly_no FROM elections WHERE 1=1"
        params: list = []
        for col, val in (("house", house), ("state", state), ("year", year), ("kind", kind)):
            if val is not None:
                sql += f" AND {col} = ?"
                params.append(val)
        return [Election(*r) for r in self.query(sql + " ORDER BY year, kind DESC", tuple(params))]

    def aliases(self, kind: str) -> list[tuple[str, str, str | None]]:
        """``(alias, canonical, lang)`` for one kind of name."""
        return [tuple(r) for r in self.query("SELECT alias, canonical, lang FROM aliases WHERE kind = ?", (kind,))]

    def parties(self) -> dict[str, str | None]:
        return {r[0]: r[1] for r in self.query("SELECT abbr, full_name FROM parties")}

    def alliance_members(self, house: str, state: str, year: int, alliance: str) -> list[str]:
        rows = self.query(
            "SELECT party FROM alliances WHERE house = ? AND year = ? AND alliance = ? AND state IN (?, '*')",
            (house, year, alliance, state),
        )
        return [r[0] for r in rows]

    def alliances_with(self, house: str, state: str, year: int, parties: tuple[str, ...]) -> dict[str, list[str]]:
        """The alliances of that election that list any of ``parties``, with all their members."""
        if not parties:
            return {}
        marks = ",".join("?" * len(parties))
        names = [r[0] for r in self.query(
            f"SELECT DISTINCT alliance FROM alliances WHERE house = ? AND year = ? AND state IN (?, '*') "
            f"AND party IN ({marks})", (house, year, state, *parties))]
        return {n: self.alliance_members(house, state, year, n) for n in names}

    # -- contests ----------------------------------------------------------------------------
    def contests_of(self, constituency_id: int) -> list[tuple[int, Election, int]]:
        """``(contest_id, election, poll_no)`` for one constituency, oldest first; in a year,
        the general election comes before that year's by-elections (whose month the data
        usually lacks).  Cached: the reference does not change while it is open."""
        hit = self._contests_of_cache.get(constituency_id)
        if hit is None:
            hit = self._contests_of(constituency_id)
            if len(self._contests_of_cache) < CACHE_SIZE:
                self._contests_of_cache[constituency_id] = hit
        return list(hit)

    def _contests_of(self, constituency_id: int) -> list[tuple[int, Election, int]]:
        rows = self.query(
            "SELECT c.id, c.election_id, c.poll_no FROM contests c WHERE c.constituency_id = ?",
            (constituency_id,),
        )
        out = [(r[0], self.election(r[1]), r[2]) for r in rows]
        out.sort(key=lambda t: (t[1].year, t[1].month or 0, t[1].kind == "bye", t[2]))
        return out

    def contest(self, contest_id: int) -> Contest:
        """One contest with all its rows (cached; callers must not modify it)."""
        hit = self._contest_cache.get(contest_id)
        if hit is None:
            hit = self._contest(contest_id)
            if len(self._contest_cache) < CACHE_SIZE:
                self._contest_cache[contest_id] = hit
        return hit

    def _contest(self, contest_id: int) -> Contest:
        c = self.query(
            "SELECT id, election_id, constituency_id, poll_no, valid_votes, electors, turnout_pct, n_cand "
            "FROM contests WHERE id = ?",
            (contest_id,),
        )[0]
        contest = Contest(
            id=c[0], election=self.election(c[1]), constituency=self.constituency(c[2]), poll_no=c[3],
            valid_votes=c[4], electors=c[5], turnout_pct=c[6], n_cand=c[7],
        )
        contest.rows = [
            Row(
                id=r[0], contest_id=r[1], candidate=r[2], party=r[3], party_full_name=r[4], votes=r[5],
                position=r[6], vote_share_pct=r[7], margin=r[8], margin_pct=r[9], sex=r[10], age=r[11],
                source=self.source(r[12]),
            )
            for r in self.query(
                "SELECT id, contest_id, candidate, party, party_full_name, votes, position, vote_share_pct, "
                "margin, margin_pct, sex, age, source_id FROM results WHERE contest_id = ? "
                "ORDER BY position IS NULL, position, votes DESC",
                (contest_id,),
            )
        ]
        return contest

    def contests_in(self, election_id: int) -> list[int]:
        return [r[0] for r in self.query("SELECT id FROM contests WHERE election_id = ?", (election_id,))]

    def candidate_rows(self) -> Iterator[tuple[int, str, int, int, str, str, str]]:
        """Every candidacy for building the name index:
        ``(result_id, candidate, contest_id, year, state, house, kind)``."""
        yield from self._conn().execute(
            "SELECT r.id, r.candidate, r.contest_id, e.year, e.state, e.house, e.kind "
            "FROM results r JOIN contests c ON c.id = r.contest_id JOIN elections e ON e.id = c.election_id"
        )

    def candidacies(self, result_ids: list[int]) -> list[tuple[int, int, str | None, int, int]]:
        """``(result_id, contest_id, party, election_id, poll_no)`` for the given result ids, in
        one query (a name's candidacies, to pin the contest a person is meant in)."""
        if not result_ids:
            return []
        marks = ",".join("?" * len(result_ids))
        return [tuple(r) for r in self.query(
            "SELECT r.id, r.contest_id, r.party, c.election_id, c.poll_no FROM results r "
            f"JOIN contests c ON c.id = r.contest_id WHERE r.id IN ({marks})", tuple(result_ids))]

    # -- tallies -----------------------------------------------------------------------------
    def seat_tally(self, house: str, year: int, state: str | None = None, kind: str = "general") -> dict[str, int]:
        key = ("seats", house, year, state, kind)
        if key not in self._tally_cache:
            self._tally_cache[key] = self._seat_tally(house, year, state, kind)
        return dict(self._tally_cache[key])

    def party_votes(self, house: str, year: int, state: str | None = None, kind: str = "general") -> dict[str, int]:
        key = ("votes", house, year, state, kind)
        if key not in self._tally_cache:
            self._tally_cache[key] = self._party_votes(house, year, state, kind)
        return dict(self._tally_cache[key])

    def _seat_tally(self, house: str, year: int, state: str | None = None, kind: str = "general") -> dict[str, int]:
        """Seats won (position 1) per party in one general election, in one state or (state
        None) across the country."""
        sql = (
            "SELECT r.party, COUNT(*) FROM results r JOIN contests c ON c.id = r.contest_id "
            "JOIN elections e ON e.id = c.election_id "
            "WHERE r.position = 1 AND e.house = ? AND e.year = ? AND e.kind = ?"
        )
        params: list = [house, year, kind]
        if state is not None:
            sql += " AND e.state = ?"
            params.append(state)
        return {r[0]: r[1] for r in self.query(sql + " GROUP BY r.party", tuple(params))}

    def _party_votes(self, house: str, year: int, state: str | None = None, kind: str = "general") -> dict[str, int]:
        """Votes per party in one general election (for vote-share claims over a state)."""
        sql = (
            "SELECT r.party, SUM(r.votes) FROM results r JOIN contests c ON c.id = r.contest_id "
            "JOIN elections e ON e.id = c.election_id WHERE e.house = ? AND e.year = ? AND e.kind = ?"
        )
        params: list = [house, year, kind]
        if state is not None:
            sql += " AND e.state = ?"
            params.append(state)
        return {r[0]: r[1] or 0 for r in self.query(sql + " GROUP BY r.party", tuple(params))}

    def winning_margins(self, house: str, year: int, state: str | None = None, kind: str = "general"
                        ) -> list[tuple[str, str | None, int | None, int]]:
        """``(constituency, winner's party, margin, contest id)`` for every contest of one general
        election: how many seats were won narrowly ("15 सीटें जहां BJP 2000 से कम वोटों से जीती")."""
        key = ("margins", house, year, state, kind)
        if key not in self._tally_cache:
            sql = ("SELECT k.name, r.party, r.margin, c.id FROM results r JOIN contests c ON c.id = r.contest_id "
                   "JOIN elections e ON e.id = c.election_id JOIN constituencies k ON k.id = c.constituency_id "
                   "WHERE r.position = 1 AND e.house = ? AND e.year = ? AND e.kind = ?")
            params: list = [house, year, kind]
            if state is not None:
                sql += " AND e.state = ?"
                params.append(state)
            self._tally_cache[key] = [tuple(r) for r in self.query(sql, tuple(params))]  # type: ignore[assignment]
        return list(self._tally_cache[key])  # type: ignore[arg-type]

    def assembly_wins(self) -> list[tuple[str, str, int, int]]:
        """``(party, state, year, seats won)`` for every assembly general election: where a
        party's seats lie, so a state party's tally can name its state."""
        key = ("wins",)
        if key not in self._tally_cache:
            self._tally_cache[key] = [tuple(r) for r in self.query(  # type: ignore[assignment]
                "SELECT r.party, e.state, e.year, COUNT(*) FROM results r JOIN contests c ON c.id = r.contest_id "
                "JOIN elections e ON e.id = c.election_id "
                "WHERE r.position = 1 AND e.house = 'VS' AND e.kind = 'general' AND r.party IS NOT NULL "
                "GROUP BY r.party, e.state, e.year")]
        return list(self._tally_cache[key])  # type: ignore[arg-type]

    def stats(self) -> dict:
        q = lambda sql: self.query(sql)[0][0]  # noqa: E731
        by = [
            dict(house=r[0], kind=r[1], elections=r[2], first_year=r[3], last_year=r[4])
            for r in self.query(
                "SELECT house, kind, COUNT(*), MIN(year), MAX(year) FROM elections GROUP BY house, kind"
            )
        ]
        return {
            "elections": q("SELECT COUNT(*) FROM elections"),
            "constituencies": q("SELECT COUNT(*) FROM constituencies"),
            "contests": q("SELECT COUNT(*) FROM contests"),
            "candidates": q("SELECT COUNT(*) FROM results"),
            "sources": [dict(title=r[0], url=r[1]) for r in self.query("SELECT title, url FROM sources")],
            "by_house_kind": by,
        }
