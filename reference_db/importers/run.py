"""Running an import: open (or create) the database, add every file in one transaction, and
leave the database exactly as it was if anything fails.

A database that does not exist yet is built as ``NAME.partial`` beside it and renamed into place
only when complete, so a reader never sees a half-written reference and a killed import leaves
nothing behind but a ``.partial`` file (removed by the next attempt).  An existing database gets
one ``BEGIN IMMEDIATE … COMMIT``: a failure or a kill rolls it back.
"""
from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path
from typing import Callable, Iterable

from reference_db import aliases, result_months, schema
from reference_db.importers import canonical, india_votes, tcpd
from reference_db.importers.base import ImportFailure, ImportStats, ReferenceWriter

Reader = Callable[..., None]

FORMATS: dict[str, Reader] = {
    "canonical": canonical.read,
    "tcpd": tcpd.read,
    "india-votes": india_votes.read,
}

_REFERENCE_TABLES = {"elections", "constituencies", "contests", "results"}


def _connect(path: Path, fresh: bool) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise ImportFailure(str(path), None, f"not a SQLite database ({exc})") from None
    if tables and not _REFERENCE_TABLES <= tables:
        conn.close()
        raise ImportFailure(str(path), None, "is a SQLite database but not a verifier reference "
                                             f"(it has tables {', '.join(sorted(tables))})")
    conn.execute("PRAGMA cache_size = -200000")
    conn.execute("PRAGMA temp_store = MEMORY")
    # A fresh file is thrown away on failure, so it needs no rollback journal; an existing
    # reference keeps SQLite's journal so a kill mid-import rolls back.
    conn.execute(f"PRAGMA journal_mode = {'OFF' if fresh else 'DELETE'}")
    conn.execute(f"PRAGMA synchronous = {'OFF' if fresh else 'NORMAL'}")
    conn.execute("PRAGMA foreign_keys = OFF")
    schema.create(conn)
    return conn


# Secondary indexes on results, built once after a bulk load into a fresh file rather than
# maintained row by row (the UNIQUE index stays: it is part of the table).
_DEFERRED_INDEXES = ("idx_results_contest", "idx_results_candidate")


def _fill(conn: sqlite3.Connection, fmt: str, files: list[Path], progress: bool, fresh: bool) -> ImportStats:
    conn.execute("BEGIN IMMEDIATE")
    try:
        if fresh:
            for name in _DEFERRED_INDEXES:
                conn.execute(f"DROP INDEX IF EXISTS {name}")
        aliases.load_into(conn)
        writer = ReferenceWriter(conn, aliases.NameTables.for_connection(conn))
        for path in files:
            FORMATS[fmt](path, writer, progress=progress)
        stats = writer.finish()
        result_months.fill_missing(conn)
        if fresh:
            # schema.create() runs executescript, which would COMMIT: recreate the two by hand.
            for stmt in schema.DDL.split(";"):
                if any(name in stmt for name in _DEFERRED_INDEXES):
                    conn.execute(stmt)
        conn.execute("COMMIT")
        return stats
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def import_files(fmt: str, files: Iterable[str | os.PathLike], db: str | os.PathLike,
                 progress: bool = False) -> ImportStats:
    """Import ``files`` (all in format ``fmt``) into the reference at ``db``, all or nothing.

    Raises :class:`ImportFailure` (``FILE:LINE: message``) for a bad format name, a missing or
    malformed file, or a database that is not a reference; the database is then unchanged.
    """
    if fmt not in FORMATS:
        raise ImportFailure(fmt, None, f"unknown format; expected one of {', '.join(FORMATS)}")
    files = [Path(f) for f in files]
    for f in files:
        if not f.is_file():
            raise ImportFailure(str(f), None, "no such file")
    db = Path(db)
    started = time.perf_counter()
    if db.exists() and db.stat().st_size > 0:
        conn = _connect(db, fresh=False)
        try:
            stats = _fill(conn, fmt, files, progress, fresh=False)
        finally:
            conn.close()
    else:
        db.parent.mkdir(parents=True, exist_ok=True)
        partial = db.with_name(db.name + ".partial")
        partial.unlink(missing_ok=True)
        conn = _connect(partial, fresh=True)
        try:
            stats = _fill(conn, fmt, files, progress, fresh=True)
            conn.execute("PRAGMA journal_mode = DELETE")
            conn.close()
            os.replace(partial, db)
        except BaseException:
            conn.close()
            partial.unlink(missing_ok=True)
            raise
    stats.seconds = round(time.perf_counter() - started, 2)
    return stats
