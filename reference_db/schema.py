"""The SQLite schema of the reference of official results.

One ordinary SQLite file that Datasette or the ``sqlite3`` shell can browse.  The shape:

* ``sources``        where a row came from (title, url, citation, licence).
* ``parties``        a party's abbreviation as the reference writes it (``BJP``, ``SP``, ``AAAP``)
                     and its full name.
* ``elections``      one poll of one house in one state in one year: house ``LS``/``VS``,
                     ``kind`` ``general``/``bye``, month where known, assembly (or Lok Sabha) number.
                     A Lok Sabha general election is one row per state, so state tallies are a
                     ``GROUP BY`` and national tallies add the states up.
* ``constituencies`` house, state, number, name, reservation (GEN/SC/ST).
* ``contests``       one constituency in one election (``poll_no`` > 0 is a by-poll), with the
                     totals the sources give (valid votes, electors, turnout).
* ``results``        one row per candidate: name, party, votes, position, vote share, margin,
                     sex, age, and the source it came from.
* ``aliases``        other names for a party, constituency or candidate (Hindi forms, full
                     names, transliterations): ``kind``, ``alias`` → ``canonical``.
* ``alliances``      which parties contested together in an election (for "NDA 273" claims).

Every statement here is idempotent (``IF NOT EXISTS``) so :func:`create` can run on any file.
"""
from __future__ import annotations

import sqlite3

SCHEMA_VERSION = 1

DDL = """
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);
CREATE TABLE IF NOT EXISTS sources (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,          -- e.g. 'tcpd_ge:TCPD_GE_All_States_2024-3-27.csv.gz'
    title TEXT NOT NULL,
    url TEXT,
    citation TEXT,
    licence TEXT
);
CREATE TABLE IF NOT EXISTS parties (
    abbr TEXT PRIMARY KEY,
    full_name TEXT
);
CREATE TABLE IF NOT EXISTS elections (
    id INTEGER PRIMARY KEY,
    house TEXT NOT NULL CHECK (house IN ('LS', 'VS')),
    state TEXT NOT NULL,
    year INTEGER NOT NULL,
    month INTEGER,
    kind TEXT NOT NULL CHECK (kind IN ('general', 'bye')),
    assembly_no INTEGER,
    UNIQUE (house, state, year, kind, assembly_no)
);
CREATE TABLE IF NOT EXISTS constituencies (
    id INTEGER PRIMARY KEY,
    house TEXT NOT NULL CHECK (house IN ('LS', 'VS')),
    state TEXT NOT NULL,
    number INTEGER,
    name TEXT NOT NULL,
    reservation TEXT,
    UNIQUE (house, state, name)
);
CREATE TABLE IF NOT EXISTS contests (
    id INTEGER PRIMARY KEY,
    election_id INTEGER NOT NULL REFERENCES elections(id),
    constituency_id INTEGER NOT NULL REFERENCES constituencies(id),
    poll_no INTEGER NOT NULL DEFAULT 0,
    valid_votes INTEGER,
    electors INTEGER,
    turnout_pct REAL,
    n_cand INTEGER,
    UNIQUE (election_id, constituency_id, poll_no)
);
CREATE TABLE IF NOT EXISTS results (
    id INTEGER PRIMARY KEY,
    contest_id INTEGER NOT NULL REFERENCES contests(id),
    candidate TEXT NOT NULL,
    party TEXT,
    party_full_name TEXT,
    votes INTEGER,
    position INTEGER,
    vote_share_pct REAL,
    margin INTEGER,
    margin_pct REAL,
    sex TEXT,
    age INTEGER,
    source_id INTEGER REFERENCES sources(id),
    -- A safety net only: importers treat (contest_id, candidate, votes) as a row's identity, since
    -- the party is alias-normalised and may change between imports (importers/base.py).
    UNIQUE (contest_id, candidate, party, votes)
);
CREATE TABLE IF NOT EXISTS aliases (
    kind TEXT NOT NULL CHECK (kind IN ('party', 'constituency', 'candidate', 'alliance', 'state')),
    alias TEXT NOT NULL,
    canonical TEXT NOT NULL,
    lang TEXT,
    PRIMARY KEY (kind, alias, canonical)
);
CREATE TABLE IF NOT EXISTS alliances (
    house TEXT NOT NULL,
    state TEXT NOT NULL,               -- '*' for every state of a Lok Sabha election
    year INTEGER NOT NULL,
    alliance TEXT NOT NULL,            -- 'NDA', 'UPA', 'INDIA', 'SP+'
    party TEXT NOT NULL,
    PRIMARY KEY (house, state, year, alliance, party)
);
CREATE INDEX IF NOT EXISTS idx_results_contest ON results(contest_id);
CREATE INDEX IF NOT EXISTS idx_results_candidate ON results(candidate);
CREATE INDEX IF NOT EXISTS idx_contests_constituency ON contests(constituency_id);
CREATE INDEX IF NOT EXISTS idx_contests_election ON contests(election_id);
CREATE INDEX IF NOT EXISTS idx_constituencies_name ON constituencies(name COLLATE NOCASE);
CREATE INDEX IF NOT EXISTS idx_elections_lookup ON elections(house, state, year, kind);
CREATE INDEX IF NOT EXISTS idx_aliases_alias ON aliases(alias);
"""


def create(conn: sqlite3.Connection) -> None:
    """Create every table and index that is missing, and record the schema version."""
    conn.executescript(DDL)
    conn.execute(
        "INSERT OR REPLACE INTO meta(key, value) VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
    )
