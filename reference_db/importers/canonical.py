"""The canonical format: one row per candidate, the columns of the staged
``combined/candidates_unified.csv`` (data README §7).  It is also the project's own exchange
format: ``reference_db/bundled/reference.csv`` is written in it.

Required columns: ``election_type`` (GE/AE, or LS/VS), ``state_name``, ``year``,
``constituency_name``, ``candidate``, ``votes`` (may be empty, e.g. for an unopposed winner).
Every other column is optional.  Four optional columns name the row's source when ``source``
alone is not enough: ``source_title``, ``source_url``, ``source_citation``, ``source_licence``.
A number written ``nan`` (pandas' missing value) is read as missing.
"""
from __future__ import annotations

from pathlib import Path

from reference_db.importers.base import ReferenceWriter
from reference_db.importers.reading import CsvInput
from reference_db.importers.rows import CONTEST_COLUMNS, ROW_COLUMNS, SOURCE_COLUMNS, Layout, described_source, load

COLUMNS = CONTEST_COLUMNS + SOURCE_COLUMNS + ROW_COLUMNS


def read(path: str | Path, writer: ReferenceWriter, progress: bool = False) -> None:
    """Add every row of one canonical file to the writer's database."""
    path = Path(path)
    layout = Layout(
        columns={c: c for c in COLUMNS},
        source_of=lambda w, cells: described_source(w, path, *cells),
    )
    with CsvInput(path, progress) as f:
        load(f, writer, layout)
