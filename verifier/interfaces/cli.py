"""The ``verifier`` command: a click group grouped by noun (``verifier db import``,
``verifier check``, ``verifier batch``, ``verifier serve``)."""
from __future__ import annotations

import click


@click.group()
@click.version_option(package_name="election-verifier")
def cli() -> None:
    """Check claims about Indian election results against official results."""


def _register() -> None:
    from verifier.interfaces import db_commands

    cli.add_command(db_commands.db)


_register()


def main() -> None:
    cli()
