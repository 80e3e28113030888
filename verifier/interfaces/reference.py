"""Which reference the interfaces open: ``--db PATH`` when given, else the bundled default.

Opening problems (missing file, corrupt file, not a reference) surface as
:class:`reference_db.store.ReferenceUnavailable` with a message naming the file.
"""
from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from reference_db.store import Reference, ReferenceUnavailable
from verifier.service import Verifier


def reference_path(db: str | os.PathLike | None) -> Path:
    """The file to open: ``db`` itself, or the bundled reference (built on first use)."""
    if db is not None:
        from reference_db.build import recover

        recover(Path(db))  # roll back what a killed import left, before the read-only open
        return Path(db)
    try:
        from reference_db.build import ensure_default_db
    except ImportError as exc:  # the builder is not installed in this checkout
        raise ReferenceUnavailable(f"no --db given and the bundled reference cannot be built ({exc})") from None
    return Path(ensure_default_db())


def open_verifier(db: str | os.PathLike | None) -> Verifier:
    """A :class:`Verifier` over the reference at ``db`` (or the bundled default).  A file whose
    first page is fine but whose tables are damaged fails here, while the verifier reads it to
    build its name index, as :class:`ReferenceUnavailable` naming the file."""
    path = reference_path(db)
    if db is not None:
        from reference_db.build import recover

        recover(path)  # a killed import's rollback journal: read-only readers cannot roll it back
    try:
        return Verifier(Reference(path))
    except sqlite3.DatabaseError as exc:
        raise ReferenceUnavailable(f"{path} is not a readable reference ({exc})") from None
