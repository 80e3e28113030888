"""``verifier db …``: build, import into, inspect and extend the reference of official results.

Every command takes ``--db PATH`` (default: :func:`reference_db.store.default_db_path`).  A
user's mistake (missing file, malformed row, not a reference) is one line on stderr and exit
status 1, never a traceback.
"""
from __future__ import annotations

import json
from pathlib import Path

import click

from reference_db.importers.base import ImportFailure
from reference_db.importers.run import FORMATS, import_files
from reference_db.store import default_db_path

DB_OPTION = click.option(
    "--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
    help="Reference database file (default: $VERIFIER_DB or ~/.local/share/election-verifier/reference.db).",
)


def _db(path: Path | None) -> Path:
    return path if path is not None else default_db_path()


@click.group()
def db() -> None:
    """The reference database of official results."""


@db.command("import")
@click.argument("fmt", metavar="FORMAT", type=click.Choice(sorted(FORMATS)))
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@DB_OPTION
@click.option("--progress/--no-progress", default=True, help="Show a progress bar per file.")
@click.option("--json", "as_json", is_flag=True, help="Print the import summary as JSON.")
def import_cmd(fmt: str, files: tuple[Path, ...], db_path: Path | None, progress: bool, as_json: bool) -> None:
    """Import FILE(s) in FORMAT into the reference, all or nothing."""
    target = _db(db_path)
    try:
        stats = import_files(fmt, files, target, progress=progress)
    except ImportFailure as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{target}: {stats.rows_read:,} rows read, {stats.results_added:,} candidate rows added "
        f"({stats.results_already_present:,} already present, {stats.duplicate_rows_in_input:,} duplicate rows "
        f"in the input), {stats.elections_added:,} elections, {stats.constituencies_added:,} constituencies, "
        f"{stats.contests_added:,} contests added in {stats.seconds:.1f} s"
    )
    if stats.unmapped_party_names:
        top = sorted(stats.unmapped_party_names.items(), key=lambda kv: -kv[1])[:10]
        click.echo(
            f"{len(stats.unmapped_party_names)} party names have no abbreviation alias and were kept as "
            "written, e.g. " + "; ".join(f"{name} ({n})" for name, n in top),
            err=True,
        )
