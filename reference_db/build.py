"""The bundled default reference: a few hundred curated rows shipped with the package
(``reference_db/bundled/reference.csv``, canonical format) and built into a SQLite file on demand.

:func:`ensure_default_db` is what ``verifier check``/``batch`` call when no ``--db`` is given: it
builds the bundle at :func:`reference_db.store.default_db_path` when the file is missing or older
than the bundled data, and returns the path.  A rebuild writes a new file beside the old one and
renames it into place, so a reader never sees a half-built reference; aliases a user added to
the old file are carried over.
"""
from __future__ import annotations

import os
import sqlite3
import tempfile
from pathlib import Path

from reference_db.aliases import ALIAS_DIR, DATA_DIR
from reference_db.importers.base import ImportStats
from reference_db.importers.run import import_files
from reference_db.store import default_db_path

BUNDLED_DIR = Path(__file__).resolve().parent / "bundled"
BUNDLED_CSV = BUNDLED_DIR / "reference.csv"


def bundled_inputs() -> list[Path]:
    """Every file a built reference depends on (its freshness is judged against these)."""
    return [BUNDLED_CSV, *sorted(ALIAS_DIR.glob("*.csv")), DATA_DIR / "alliances.csv", DATA_DIR / "sources.json"]


def _carry_user_aliases(old: Path, new: Path) -> None:
    if not old.is_file():
        return
    conn = sqlite3.connect(new)
    try:
        conn.execute("ATTACH DATABASE ? AS old", (str(old),))
        tables = {r[0] for r in conn.execute("SELECT name FROM old.sqlite_master WHERE type = 'table'")}
        if "aliases" in tables:
            conn.execute("INSERT OR IGNORE INTO aliases SELECT kind, alias, canonical, lang FROM old.aliases")
        conn.commit()
        conn.execute("DETACH DATABASE old")
    except sqlite3.DatabaseError:
        pass  # an unreadable old file has nothing to carry over
    finally:
        conn.close()


def build(db: str | os.PathLike | None = None, progress: bool = False) -> tuple[Path, ImportStats]:
    """(Re)build the bundled reference at ``db`` (default: the default path); returns the path and
    what the import did."""
    target = Path(db) if db is not None else default_db_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=target.name + ".", suffix=".building", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        stats = import_files("canonical", [BUNDLED_CSV], tmp, progress=progress)
        _carry_user_aliases(target, tmp)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target, stats


def is_stale(db: Path) -> bool:
    if not db.is_file():
        return True
    built = db.stat().st_mtime
    return any(p.stat().st_mtime > built for p in bundled_inputs() if p.exists())


def recover(db: Path) -> None:
    """Roll back what a killed import left in a rollback journal.  SQLite does this on the first
    read-write open; the verifier opens references read-only, which cannot, so call this first."""
    if Path(f"{db}-journal").exists() and db.is_file():
        conn = sqlite3.connect(db)
        try:
            conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        except sqlite3.DatabaseError:
            pass  # not ours to repair; Reference() will report it
        finally:
            conn.close()


def ensure_default_db() -> Path:
    """The default reference's path, built from the bundle first if missing or out of date."""
    path = default_db_path()
    recover(path)
    if is_stale(path):
        build(path)
    return path
