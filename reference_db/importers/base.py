"""What every importer shares: the error type that names file and line, strict field parsing,
and :class:`ReferenceWriter`, which turns flat candidate rows into the normalised tables.

Importers only read their format and call :meth:`ReferenceWriter.add`; the writer owns the ids
(kept in in-memory dicts so 600k rows need no per-row SELECT), idempotence (a row already in the
database is skipped) and the small derived rules (NOTA never ranks, names normalised the same way
for every source).

A result row is identified by its contest, the candidate's name as the source wrote it and the
votes, never by its party: the party is normalised through the alias files (``JD (S)`` →
``JD(S)``), so a key that included it would make every row whose normalisation changed since the
last import look new, and re-importing the same file would add them again.  When such a row is
re-imported from the source it came from and the aliases now give another party, the stored row
takes the new party in place, so the reference follows the aliases.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from reference_db.aliases import NameTables, is_nota


class ImportFailure(Exception):
    """A file or row that cannot be imported.  ``str()`` is ``FILE:LINE: message``."""

    def __init__(self, file: str, line: int | None, message: str):
        self.file, self.line, self.message = file, line, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {message}")


@dataclass
class ImportStats:
    """What one import did; printed by the CLI and returned to callers."""

    rows_read: int = 0
    results_added: int = 0
    results_already_present: int = 0
    results_party_updated: int = 0   # already present, party re-normalised by changed aliases
    duplicate_rows_in_input: int = 0
    elections_added: int = 0
    constituencies_added: int = 0
    contests_added: int = 0
    unmapped_party_names: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def merge(self, other: "ImportStats") -> None:
        for name in ("rows_read", "results_added", "results_already_present", "results_party_updated",
                     "duplicate_rows_in_input", "elections_added", "constituencies_added", "contests_added"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for k, v in other.unmapped_party_names.items():
            self.unmapped_party_names[k] = self.unmapped_party_names.get(k, 0) + v

    def as_dict(self) -> dict:
        return dict(self.__dict__)


# -- strict field parsing --------------------------------------------------------------------
_INT_RE = re.compile(r"-?\d+")


class Fields:
    """Parses the cells of one row, raising :class:`ImportFailure` with file and line."""

    __slots__ = ("file", "line")

    def __init__(self, file: str):
        self.file = file
        self.line = 0

    def fail(self, message: str) -> ImportFailure:
        return ImportFailure(self.file, self.line, message)

    def int_(self, value: str, column: str, zero_is_missing: bool = False) -> int | None:
        if not value:
            return None
        try:
            n = int(value)
        except ValueError:
            n = self._slow_int(value, column)
            if n is None:
                return None
        return None if (zero_is_missing and n == 0) else n

    def _slow_int(self, value: str, column: str) -> int | None:
        value = value.strip().replace(",", "")
        if not value:
            return None
        if _INT_RE.fullmatch(value):
            return int(value)
        # "123.0" is a whole number written by a spreadsheet; anything else is an error.
        try:
            f = float(value)
        except ValueError:
            raise self.fail(f"column {column!r}: expected a whole number, got {value!r}") from None
        if not f.is_integer():
            raise self.fail(f"column {column!r}: expected a whole number, got {value!r}")
        return int(f)

    def float_(self, value: str, column: str, zero_is_missing: bool = False) -> float | None:
        if not value:
            return None
        try:
            f = float(value)
        except ValueError:
            raise self.fail(f"column {column!r}: expected a number, got {value!r}") from None
        if f != f:
            return None  # "nan": how pandas exports write a missing number
        if f in (float("inf"), float("-inf")):
            raise self.fail(f"column {column!r}: expected a number, got {value!r}")
        return None if (zero_is_missing and f == 0) else f

    def required(self, value: str, column: str) -> str:
        value = value.strip() if value else value
        if not value:
            raise self.fail(f"column {column!r} is empty")
        return value


# -- names -----------------------------------------------------------------------------------
_WORD_RE = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
_SPACES_RE = re.compile(r"\s+")
_RESERVED_SUFFIX_RE = re.compile(r"\s*\((SC|ST|GEN)\)\s*$", re.IGNORECASE)


def clean(value: str | None) -> str | None:
    """Trim and collapse runs of whitespace; ``None`` for an empty cell."""
    if not value:
        return None
    return " ".join(value.split()) or None


def title_case(name: str) -> str:
    """``BHANDARA - GONDIYA`` → ``Bhandara - Gondiya``: one case whatever case the source wrote the
    name in (``str.title`` would give ``Ram'S``); spacing is kept as given."""
    return _WORD_RE.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:].lower(), clean(name) or "")


def constituency_name(raw: str) -> tuple[str, str | None]:
    """The constituency's name without a ``(SC)``/``(ST)``/``(GEN)`` suffix, and the reservation that
    suffix gave (old TCPD rows write ``BAWAN(SC)``, newer ones ``Bawan`` with a type column)."""
    m = _RESERVED_SUFFIX_RE.search(raw)
    reservation = m.group(1).upper() if m else None
    if m:
        raw = raw[: m.start()]
    return title_case(raw), reservation


_HYPHEN_RE = re.compile(r"\s*-\s*")


def constituency_key(name: str) -> str:
    """Case and the spacing around hyphens do not make another constituency
    (``Bhandara - Gondiya`` = ``Bhandara-Gondiya``)."""
    return _HYPHEN_RE.sub("-", name.casefold())


# -- the writer ------------------------------------------------------------------------------
_SEX = {"M": "M", "MALE": "M", "F": "F", "FEMALE": "F", "O": "O", "T": "O", "TG": "O", "THIRD GENDER": "O"}
RESULT_COLUMNS = (
    "contest_id", "candidate", "party", "party_full_name", "votes", "position", "vote_share_pct",
    "margin", "margin_pct", "sex", "age", "source_id",
)
_BATCH = 20_000


class ReferenceWriter:
    """Adds candidate rows to an open reference database inside the caller's transaction."""

    def __init__(self, conn: sqlite3.Connection, names: NameTables):
        self.conn = conn
        self.names = names
        self.stats = ImportStats()
        self._sources: dict[str, int] = {r[1]: r[0] for r in conn.execute("SELECT id, key FROM sources")}
        self._elections: dict[tuple, int] = {
            tuple(r[1:]): r[0]
            for r in conn.execute("SELECT id, house, state, year, kind, assembly_no FROM elections")
        }
        self._election_month: dict[int, int | None] = {
            r[0]: r[1] for r in conn.execute("SELECT id, month FROM elections")
        }
        self._constituencies: dict[tuple, int] = {
            (r[1], r[2], constituency_key(r[3])): r[0]
            for r in conn.execute("SELECT id, house, state, name FROM constituencies")
        }
        # The newest year each existing constituency was contested: a constituency's number and
        # reservation follow its most recent delimitation, whatever order files are imported in.
        self._constituency_year: dict[int, int] = {
            r[0]: r[1] for r in conn.execute(
                "SELECT c.constituency_id, MAX(e.year) FROM contests c JOIN elections e "
                "ON e.id = c.election_id GROUP BY c.constituency_id")
        }
        self._constituency_update: dict[int, tuple[int, int | None, str | None]] = {}
        self._contests: dict[tuple, int] = {
            tuple(r[1:]): r[0] for r in conn.execute(
                "SELECT id, election_id, constituency_id, poll_no FROM contests")
        }
        # (contest_id, candidate, votes) -> ((id, party, source_id), ...) of the rows already
        # stored (almost always one; id None for a row added by this import).  See the module
        # docstring for why the party is not part of the key.
        self._results: dict[tuple, tuple[tuple, ...]] = {}
        for rid, contest_id, candidate, votes, party, source_id in conn.execute(
                "SELECT id, contest_id, candidate, votes, party, source_id FROM results ORDER BY id"):
            key = (contest_id, candidate, votes)
            self._results[key] = self._results.get(key, ()) + ((rid, party, source_id),)
        self._result_updates: dict[int, tuple[str | None, str | None]] = {}  # id -> (party, full name)
        self._replaced_parties: set[str] = set()
        self._parties: dict[str, str | None] = {r[0]: r[1] for r in conn.execute("SELECT abbr, full_name FROM parties")}
        self._party_updates: dict[str, str | None] = {}
        self._first_new_result_id = (conn.execute("SELECT MAX(id) FROM results").fetchone()[0] or 0) + 1
        self._new_keys: set[tuple] = set()
        self._names_seen: dict[str, tuple[str, str | None]] = {}
        self._nota_positions: dict[int, int] = {}
        self._pending: list[tuple] = []

    # -- ids -----------------------------------------------------------------------------------
    def source(self, key: str, title: str, url: str | None = None, citation: str | None = None,
               licence: str | None = None) -> int:
        sid = self._sources.get(key)
        if sid is None:
            sid = self.conn.execute(
                "INSERT INTO sources(key, title, url, citation, licence) VALUES (?, ?, ?, ?, ?)",
                (key, title, url, citation, licence),
            ).lastrowid
            self._sources[key] = sid
        return sid

    def election(self, house: str, state: str, year: int, kind: str, assembly_no: int | None,
                 month: int | None) -> int:
        key = (house, state, year, kind, assembly_no)
        eid = self._elections.get(key)
        if eid is None:
            eid = self.conn.execute(
                "INSERT INTO elections(house, state, year, month, kind, assembly_no) VALUES (?, ?, ?, ?, ?, ?)",
                (house, state, year, month, kind, assembly_no),
            ).lastrowid
            self._elections[key] = eid
            self._election_month[eid] = month
            self.stats.elections_added += 1
        elif month is not None and self._election_month.get(eid) is None:
            self.conn.execute("UPDATE elections SET month = ? WHERE id = ?", (month, eid))
            self._election_month[eid] = month
        return eid

    def constituency(self, house: str, state: str, raw_name: str, number: int | None,
                     reservation: str | None, year: int) -> int:
        parsed = self._names_seen.get(raw_name)
        if parsed is None:
            parsed = self._names_seen[raw_name] = constituency_name(raw_name)
        name, suffix_reservation = parsed
        reservation = (reservation or suffix_reservation or None)
        if reservation:
            reservation = reservation.upper()
        key = (house, state, constituency_key(name))
        cid = self._constituencies.get(key)
        if cid is None:
            cid = self.conn.execute(
                "INSERT INTO constituencies(house, state, number, name, reservation) VALUES (?, ?, ?, ?, ?)",
                (house, state, number, name, reservation),
            ).lastrowid
            self._constituencies[key] = cid
            self._constituency_year[cid] = -1
            self.stats.constituencies_added += 1
        self._note_constituency(cid, year, number, reservation)
        return cid

    def _note_constituency(self, cid: int, year: int, number: int | None, reservation: str | None) -> None:
        """Remember the newest number/reservation seen for a constituency in this import."""
        if year < self._constituency_year.get(cid, -1):
            return
        current = self._constituency_update.get(cid)
        if current is None or year > current[0]:
            self._constituency_update[cid] = (year, number, reservation)
        elif year == current[0]:
            self._constituency_update[cid] = (year, current[1] or number, current[2] or reservation)

    def contest(self, election_id: int, constituency_id: int, poll_no: int, valid_votes: int | None,
                electors: int | None, turnout_pct: float | None, n_cand: int | None) -> int:
        key = (election_id, constituency_id, poll_no)
        cid = self._contests.get(key)
        if cid is None:
            cid = self.conn.execute(
                "INSERT INTO contests(election_id, constituency_id, poll_no, valid_votes, electors, "
                "turnout_pct, n_cand) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (election_id, constituency_id, poll_no, valid_votes, electors, turnout_pct, n_cand),
            ).lastrowid
            self._contests[key] = cid
            self.stats.contests_added += 1
        return cid

    # -- rows ----------------------------------------------------------------------------------
    def party(self, party: str | None, full_name: str | None, party_is_name: bool) -> tuple[str | None, str | None]:
        """The abbreviation to store and the full name to keep beside it.

        Abbreviations (TCPD) are kept as written.  A party written as a name (ECI results pages:
        "Bharatiya Janata Party") is mapped to the same abbreviation through the party aliases and
        the name is kept as the full name; a name with no alias is kept as it is (the caller
        counts it with :meth:`note_unmapped`).
        """
        party, full_name = clean(party), clean(full_name)
        if party is None:
            return None, full_name
        if party_is_name:
            abbr = self.names.party_abbr(party)
            if abbr is None:
                return party, full_name or party
            return abbr, full_name or party
        return party, full_name

    def note_unmapped(self, party_name: str) -> None:
        self.stats.unmapped_party_names[party_name] = self.stats.unmapped_party_names.get(party_name, 0) + 1

    def add(self, contest_id: int, candidate: str, party: str | None, party_full_name: str | None,
            votes: int | None, position: int | None, vote_share_pct: float | None, margin: int | None,
            margin_pct: float | None, sex: str | None, age: int | None, source_id: int) -> None:
        """One candidate's row.  NOTA is stored with party ``NOTA`` and no position; when the
        source ranked NOTA among the candidates, those below it move up one place."""
        self.stats.rows_read += 1
        candidate = candidate.strip()  # as the source wrote it: evidence shows the official spelling
        if is_nota(candidate, party):
            party, party_full_name = "NOTA", "None of the Above"
            if position is not None:
                self._nota_positions[contest_id] = position
            position, margin, margin_pct = None, None, None
        key = (contest_id, candidate, votes)
        present = self._results.get(key)
        if present is not None:
            if key in self._new_keys:
                self.stats.duplicate_rows_in_input += 1
            else:
                self.stats.results_already_present += 1
                self._follow_party(present, party, party_full_name, source_id)
            return
        self._results[key] = ((None, party, source_id),)
        self._new_keys.add(key)
        self._note_party(party, party_full_name)
        sex = _SEX.get(sex.strip().upper()) if sex else None
        self._pending.append((contest_id, candidate, party, party_full_name, votes, position,
                              vote_share_pct, margin, margin_pct, sex, age, source_id))
        if len(self._pending) >= _BATCH:
            self._flush()

    def _note_party(self, party: str | None, party_full_name: str | None) -> None:
        """Make sure ``parties`` lists the abbreviation (with its full name when known)."""
        if party and party not in self._parties and party not in self._party_updates:
            self._party_updates[party] = party_full_name
        elif party and party_full_name and self._parties.get(party, "x") is None:
            self._party_updates[party] = party_full_name

    def _follow_party(self, present: tuple[tuple, ...], party: str | None, party_full_name: str | None,
                      source_id: int) -> None:
        """A row already stored is read again.  If no stored copy has the party the aliases now
        give, the aliases changed since it was imported: the copy from this same source takes the
        new party.  A copy from another source keeps its own (that source may be the better one)."""
        if any(p == party for _, p, _ in present):
            return
        for rid, old, sid in present:
            if rid is not None and sid == source_id and rid not in self._result_updates:
                self._result_updates[rid] = (party, party_full_name)
                if old:
                    self._replaced_parties.add(old)
                self._note_party(party, party_full_name)
                self.stats.results_party_updated += 1
                return

    def _flush(self) -> None:
        if self._pending:
            self.conn.executemany(
                f"INSERT INTO results({', '.join(RESULT_COLUMNS)}) VALUES ({', '.join('?' * len(RESULT_COLUMNS))})",
                self._pending,
            )
            self.stats.results_added += len(self._pending)
            self._pending.clear()

    def finish(self) -> ImportStats:
        """Write what is still buffered and the derived updates; the caller commits."""
        self._flush()
        if self._nota_positions:
            self.conn.executemany(
                "UPDATE results SET position = position - 1 WHERE contest_id = ? AND position > ? AND id >= ?",
                [(cid, pos, self._first_new_result_id) for cid, pos in self._nota_positions.items()],
            )
        if self._constituency_update:
            self.conn.executemany(
                "UPDATE constituencies SET number = COALESCE(?, number), reservation = COALESCE(?, reservation) "
                "WHERE id = ?",
                [(num, res, cid) for cid, (_, num, res) in self._constituency_update.items()],
            )
        if self._result_updates:
            self.conn.executemany(
                "UPDATE results SET party = ?, party_full_name = ? WHERE id = ?",
                [(party, full, rid) for rid, (party, full) in self._result_updates.items()],
            )
        for abbr, full in self._party_updates.items():
            self.conn.execute(
                "INSERT INTO parties(abbr, full_name) VALUES (?, ?) "
                "ON CONFLICT(abbr) DO UPDATE SET full_name = COALESCE(parties.full_name, excluded.full_name)",
                (abbr, full),
            )
        # A party spelling the aliases no longer produce, left with no row, leaves ``parties`` too.
        self.conn.executemany(
            "DELETE FROM parties WHERE abbr = ? AND NOT EXISTS (SELECT 1 FROM results WHERE party = ?)",
            [(abbr, abbr) for abbr in self._replaced_parties],
        )
        return self.stats
