"""Shared helpers for the reference-database tests."""
from __future__ import annotations

import sqlite3
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "reference"
SHARED_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def dump(db: Path) -> list[str]:
    """Every row of every table, as text: two equal dumps mean an unchanged database."""
    conn = sqlite3.connect(db)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def contest_rows(db: Path, constituency: str, year: int, kind: str) -> list[tuple]:
    """``(candidate, party, party_full_name, votes, position, margin)`` of one contest, in order."""
    return rows(
        db,
        "SELECT r.candidate, r.party, r.party_full_name, r.votes, r.position, r.margin FROM results r "
        "JOIN contests c ON c.id = r.contest_id JOIN elections e ON e.id = c.election_id "
        "JOIN constituencies k ON k.id = c.constituency_id "
        "WHERE k.name = ? AND e.year = ? AND e.kind = ? ORDER BY r.position IS NULL, r.position, r.votes DESC",
        (constituency, year, kind),
    )
