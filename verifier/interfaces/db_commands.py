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


@db.command("build")
@DB_OPTION
def build_cmd(db_path: Path | None) -> None:
    """Build the bundled reference (curated official results) into the default path or --db."""
    from reference_db.build import build

    try:
        path, stats = build(db_path)
    except (ImportFailure, OSError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"built {path}: {stats.results_added} candidate rows, {stats.contests_added} contests, "
               f"{stats.elections_added} elections")


def _reference(db_path: Path | None):
    """Open the reference for reading: --db as given, else the default one (built if missing)."""
    from reference_db.build import ensure_default_db, recover
    from reference_db.store import Reference, ReferenceUnavailable

    try:
        if db_path is not None:
            recover(db_path)
        path = db_path if db_path is not None else ensure_default_db()
        return Reference(path)
    except (ReferenceUnavailable, ImportFailure, OSError) as exc:
        raise click.ClickException(str(exc)) from None


@db.command("stats")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def stats_cmd(db_path: Path | None, as_json: bool) -> None:
    """What the reference holds: elections, constituencies, candidates, years, sources."""
    import sqlite3

    ref = _reference(db_path)
    try:
        stats = ref.stats()
        stats["parties"] = ref.query("SELECT COUNT(*) FROM parties")[0][0]
        stats["aliases"] = {r[0]: r[1] for r in ref.query("SELECT kind, COUNT(*) FROM aliases GROUP BY kind")}
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{ref.path}: cannot read the reference ({exc})") from None
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2))
        return
    click.echo(f"reference: {ref.path}")
    for label in ("elections", "constituencies", "contests", "candidates", "parties"):
        click.echo(f"  {label:<15}{stats[label]:>10,}")
    click.echo(f"  {'aliases':<15}{sum(stats['aliases'].values()):>10,}  "
               + ", ".join(f"{k} {v}" for k, v in sorted(stats["aliases"].items())))
    click.echo("")
    click.echo(f"  {'house':<6}{'kind':<9}{'elections':>10}  years")
    for row in sorted(stats["by_house_kind"], key=lambda r: (r["house"], r["kind"])):
        click.echo(f"  {row['house']:<6}{row['kind']:<9}{row['elections']:>10}  {row['first_year']}–{row['last_year']}")
    click.echo("")
    click.echo(f"  sources ({len(stats['sources'])}):")
    for src in stats["sources"]:
        click.echo(f"    {src['title']}" + (f" <{src['url']}>" if src["url"] else ""))


@db.group("aliases")
def aliases_group() -> None:
    """Other names for parties, constituencies, candidates, alliances and states."""


@aliases_group.command("list")
@click.option("--kind", type=click.Choice(["party", "constituency", "candidate", "alliance", "state"]), default=None)
@DB_OPTION
@click.option("--json", "as_json", is_flag=True)
def aliases_list(kind: str | None, db_path: Path | None, as_json: bool) -> None:
    """List aliases (all, or one --kind)."""
    ref = _reference(db_path)
    sql = "SELECT kind, alias, canonical, lang FROM aliases" + (" WHERE kind = ?" if kind else "") + \
          " ORDER BY kind, canonical, alias"
    rows = [dict(kind=r[0], alias=r[1], canonical=r[2], lang=r[3]) for r in ref.query(sql, (kind,) if kind else ())]
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    for r in rows:
        click.echo(f"{r['kind']}\t{r['alias']}\t{r['canonical']}\t{r['lang'] or ''}")


@aliases_group.command("add")
@click.argument("kind", type=click.Choice(["party", "constituency", "candidate", "alliance", "state"]))
@click.argument("alias")
@click.argument("canonical")
@click.option("--lang", default=None, help="Language of the alias, e.g. hi or en.")
@DB_OPTION
def aliases_add(kind: str, alias: str, canonical: str, lang: str | None, db_path: Path | None) -> None:
    """Add ALIAS as another name for CANONICAL; it survives later imports and builds."""
    import sqlite3

    alias, canonical = alias.strip(), canonical.strip()
    if not alias or not canonical:
        raise click.UsageError("ALIAS and CANONICAL must not be empty")
    import sqlite_utils

    path = _reference(db_path).path
    try:
        db = sqlite_utils.Database(path)
        table = db["aliases"]
        before = table.count
        with db.conn:
            table.insert({"kind": kind, "alias": alias, "canonical": canonical, "lang": lang}, ignore=True)
        added = table.count - before
        db.close()
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"{path}: cannot write the alias ({exc})") from None
    click.echo(f"{'added' if added else 'already present'}: {kind} {alias!r} → {canonical!r} in {path}")
