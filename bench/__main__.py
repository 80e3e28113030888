"""``python -m bench``: run the benchmarks (``run``) or profile the hot paths (``profile``)."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from bench import report
from bench.runner import Config, quick, run

HERE = Path(__file__).resolve().parent


def _ints(ctx, param, value: str | None) -> tuple[int, ...] | None:
    if value is None:
        return None
    try:
        return tuple(int(x) for x in value.split(",") if x.strip())
    except ValueError:
        raise click.BadParameter(f"expected comma-separated whole numbers, not {value!r}") from None


@click.group()
def cli() -> None:
    """Benchmarks of the verifier (issue 6)."""


@cli.command("run")
@click.option("--quick", is_flag=True, help="Minimal sizes on the bundled reference (a smoke run).")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Canonical CSV to build the full reference from (default ../shared/data/combined/…).")
@click.option("--api-seconds", type=float, default=None, help="How long the API load runs (default 30).")
@click.option("--api-clients", type=int, default=None, help="Concurrent API clients (default 16).")
@click.option("--batch-docs", type=int, default=None, help="Documents in the batch corpus (default 10,000).")
@click.option("--seed-reps", type=int, default=None, help="Warm runs of the seed article (default 50).")
@click.option("--sizes", callback=_ints, default=None, help="Sentences per document (default 1,10,100,1000).")
@click.option("--lookup-rows", callback=_ints, default=None, help="Sampled reference sizes (default 10000,100000).")
@click.option("--work-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Keep the built references here (default: a temporary folder, removed after).")
@click.option("--out-dir", type=click.Path(file_okay=False, path_type=Path), default=HERE / "results",
              show_default=True, help="Where the JSON goes.")
@click.option("--results-md/--no-results-md", default=None,
              help="Rewrite bench/RESULTS.md (default: yes for a full run, no with --quick).")
def run_cmd(quick: bool, data, api_seconds, api_clients, batch_docs, seed_reps, sizes, lookup_rows, work_dir,
            out_dir: Path, results_md: bool | None) -> None:
    """Build the full reference, measure everything, print the table, write JSON (and RESULTS.md)."""
    cfg = _quick() if quick else Config()
    for name, value in (("data", data), ("api_seconds", api_seconds), ("api_clients", api_clients),
                        ("batch_docs", batch_docs), ("seed_reps", seed_reps), ("sizes", sizes),
                        ("lookup_rows", lookup_rows), ("work_dir", work_dir)):
        if value is not None:
            setattr(cfg, name, value)
    if not cfg.data.is_file():
        raise click.ClickException(f"{cfg.data} not found; pass --data or --quick (bundled reference)")
    command = "python -m bench " + " ".join(sys.argv[1:])
    result = run(cfg, command=command.strip())
    click.echo(report.table(result))
    write_md = (not quick) if results_md is None else results_md
    path = report.write(result, out_dir, HERE / "RESULTS.md" if write_md else None)
    click.echo(f"\nwrote {path}" + (f" and {HERE / 'RESULTS.md'}" if write_md else ""), err=True)


def _quick() -> Config:
    return quick()


@cli.command("profile")
@click.option("--db", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="Reference to profile against (e.g. the full one).")
@click.option("--seconds", type=float, default=10.0, show_default=True, help="Length of each profile.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=HERE / "PROFILE.md", show_default=True)
def profile_cmd(db: Path, seconds: float, out: Path) -> None:
    """Profile the warm path (pyinstrument, in-process) and the API path (py-spy on a loaded server)."""
    from bench.profiling import profile_all

    text = profile_all(db, seconds)
    out.write_text(text, encoding="utf-8")
    click.echo(text)
    click.echo(f"wrote {out}", err=True)


if __name__ == "__main__":
    cli()
