"""The month results were declared, for general elections whose source gives none.

TCPD's assembly files carry no month, yet "which election does a results-day sentence mean"
turns on it: a result told as just happened in June 2022 cannot be the March 2022 assembly
result.  ``reference_db/data/result_months.csv`` holds the declaration month of recent assembly
general elections (each row says which ECI declaration it records); every import fills
``elections.month`` from it where the month is missing, and never overwrites a month a source gave.

The day is there too (:func:`declared_on`): a text dated 8 March 2022 was written before the
10 March count, so its "SP had won 47 seats" cannot be about the 2022 assembly. A Lok Sabha row
with state ``*`` stands for every state of that general election.
"""
from __future__ import annotations

import csv
import sqlite3
from datetime import date
from functools import lru_cache
from pathlib import Path

MONTHS_CSV = Path(__file__).resolve().parent / "data" / "result_months.csv"


def rows(path: Path = MONTHS_CSV) -> list[tuple[int, str, str, int, str]]:
    """``(month, house, state, year, kind)`` per line of the data file."""
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        out = []
        for r in reader:
            try:
                month = int(r["month"])
                if not 1 <= month <= 12:
                    raise ValueError
                out.append((month, r["house"].strip(), r["state"].strip(), int(r["year"]), r["kind"].strip()))
            except (KeyError, ValueError, AttributeError):
                raise ValueError(f"{path}:{reader.line_num}: expected house,state,year,kind,month (1-12),source") from None
        return out


def fill_missing(conn: sqlite3.Connection) -> int:
    """Set the month of the elections in the data file that have none; returns how many."""
    before = conn.total_changes
    conn.executemany(
        "UPDATE elections SET month = ? WHERE house = ? AND state = ? AND year = ? AND kind = ? AND month IS NULL",
        rows(),
    )
    return conn.total_changes - before


@lru_cache(maxsize=1)
def _declared(path: Path = MONTHS_CSV) -> dict[tuple[str, str, int, str], date]:
    out = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if (r.get("day") or "").strip():
                out[(r["house"], r["state"], int(r["year"]), r["kind"])] = date(int(r["year"]), int(r["month"]), int(r["day"]))
    return out


def declared_on(house: str, state: str, year: int, kind: str) -> date | None:
    """The day the result of that election was declared, where the data file knows it."""
    table = _declared()
    return table.get((house, state, year, kind)) or table.get((house, "*", year, kind))
