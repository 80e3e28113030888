"""The ``verifier`` command: a click group grouped by noun (``verifier db import``,
``verifier check``, ``verifier batch``, ``verifier serve``).

A user's mistake (bad date, missing file, unreadable reference, undecodable text) ends the
command with one line on standard error and a non-zero exit code (2 for usage errors, 1 for
the rest), never a Python traceback.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

import click

from reference_db.store import ReferenceUnavailable
from verifier.interfaces.dates import BadDate, parse_as_of
from verifier.interfaces.limits import BadText, check_text


class OneLineErrors(click.Group):
    """A group whose errors are one line on stderr, usage errors included."""

    def main(self, args=None, prog_name=None, complete_var=None, standalone_mode=True, **extra):
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            rv = super().main(args, prog_name, complete_var, standalone_mode=False, **extra)
        except click.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "verifier"
            click.echo(f"{where}: error: {exc.format_message()} (see '{where} --help')", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"verifier: error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except ReferenceUnavailable as exc:
            click.echo(f"verifier: error: {exc}", err=True)
            sys.exit(1)
        except click.exceptions.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        sys.exit(rv if isinstance(rv, int) else 0)


@click.group(cls=OneLineErrors)
@click.version_option(package_name="election-verifier")
def cli() -> None:
    """Check claims about Indian election results against official results."""


def _register() -> None:
    from verifier.interfaces import db_commands

    cli.add_command(db_commands.db)


_register()


# -- shared options --------------------------------------------------------------------------
def _as_of(ctx, param, value: str | None) -> date | None:
    try:
        return parse_as_of(value)
    except BadDate as exc:
        raise click.BadParameter(str(exc)) from None


as_of_option = click.option(
    "--as-of", callback=_as_of, metavar="YYYY-MM-DD",
    help="When the text was published (relative dates like 'last year' are read against it).",
)
db_option = click.option(
    "--db", type=click.Path(dir_okay=False), default=None,
    help="The SQLite reference of results (default: the bundled reference).",
)


def _read_text(source: str) -> str:
    """The text of FILE, or of standard input for '-', as UTF-8 (a BOM is dropped)."""
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise click.ClickException(f"file not found: {source}") from None
    except IsADirectoryError:
        raise click.ClickException(f"{source} is a folder, not a text file (use 'verifier batch' for folders)") from None
    except OSError as exc:
        raise click.ClickException(f"cannot read {source}: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        name = "standard input" if source == "-" else source
        raise click.ClickException(
            f"{name} is not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "save it as UTF-8 and try again"
        ) from None


# -- commands --------------------------------------------------------------------------------
@cli.command()
@as_of_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
              help="A readable report, or the contract's document result as JSON.")
@db_option
@click.argument("source", metavar="[FILE | -]", default="-")
def check(as_of: date | None, fmt: str, db: str | None, source: str) -> None:
    """Check the claims in one text (FILE, or standard input with '-')."""
    from verifier.interfaces.reference import open_verifier
    from verifier.interfaces.report import text_report

    text = _read_text(source)
    try:
        check_text(text)
    except BadText as exc:
        raise click.ClickException(f"{'standard input' if source == '-' else source} {exc}") from None
    doc_id = None if source == "-" else Path(source).name
    verifier = open_verifier(db)
    try:
        result = verifier.verify(text, as_of=as_of, doc_id=doc_id)
    except sqlite3.DatabaseError as exc:
        raise click.ClickException(f"the reference {verifier.reference.path} cannot be read ({exc})") from None
    if fmt == "json":
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        click.echo(text_report(result))


@cli.command()
@click.argument("input_path", metavar="INPUT", type=click.Path())
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Where to write the results (JSON Lines, one per input document, in order).")
@db_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes to verify in; each opens the reference once.")
@click.option("--text-column", default="text", show_default=True, help="CSV input: the column holding the text.")
@click.option("--id-column", default="id", show_default=True,
              help="CSV input: the column holding the id (row numbers when absent).")
@as_of_option
@click.option("--resume", is_flag=True, help="Keep the complete lines of OUTPUT and do only the rest.")
@click.option("--progress/--no-progress", default=True, help="Show a progress bar on stderr.")
def batch(input_path: str, out: str, db: str | None, workers: int, text_column: str, id_column: str,
          as_of: date | None, resume: bool, progress: bool) -> None:
    """Check many documents: INPUT is JSON Lines ({"id", "text", "as_of"?} per line), a .csv file,
    or a folder of .txt files.  --as-of is the date for documents that give none."""
    from verifier.interfaces.batch import BatchError, run_batch
    from verifier.interfaces.reference import reference_path

    try:
        summary = run_batch(
            input_path, out, reference_path(db), workers=workers, resume=resume, text_column=text_column,
            id_column=id_column, default_as_of=as_of, progress=progress,
        )
    except BatchError as exc:
        raise click.ClickException(str(exc)) from None
    for line in summary.lines():
        click.echo(line, err=True)


@cli.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@db_option
@click.option("--threads", type=click.IntRange(min=1), default=4, show_default=True,
              help="Waitress worker threads.")
def serve(host: str, port: int, db: str | None, threads: int) -> None:
    """Serve the web page and the JSON API under waitress."""
    import waitress

    from verifier.interfaces.web import create_app

    app = create_app(db=db)
    click.echo(f"Serving on http://{host}:{port}/ (Ctrl-C to stop)", err=True)
    try:
        waitress.serve(app, host=host, port=port, threads=threads, ident="election-verifier")
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def main() -> None:
    cli()
