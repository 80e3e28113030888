"""``verifier db …`` through click's CliRunner, and the bundled default reference."""
from __future__ import annotations

import json
import os
import time

import pytest
from click.testing import CliRunner

from reference_db import build as build_mod
from reference_db.store import Reference
from verifier.interfaces.cli import cli

from reference_helpers import FIXTURES, contest_rows


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def built(tmp_path, runner):
    db = tmp_path / "bundled.db"
    result = runner.invoke(cli, ["db", "build", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return db


def test_build_and_stats(built, runner):
    result = runner.invoke(cli, ["db", "stats", "--db", str(built), "--json"])
    assert result.exit_code == 0, result.output
    stats = json.loads(result.output)
    assert stats["candidates"] == 333
    kinds = {(r["house"], r["kind"]): (r["first_year"], r["last_year"]) for r in stats["by_house_kind"]}
    assert kinds == {("LS", "bye"): (2018, 2018), ("LS", "general"): (2014, 2019), ("VS", "bye"): (2018, 2018),
                     ("VS", "general"): (2012, 2017)}
    table = runner.invoke(cli, ["db", "stats", "--db", str(built)])
    assert table.exit_code == 0 and "candidates" in table.output and "Statistical Report" in table.output


def test_bundled_reference_holds_the_seed_facts(built):
    assert contest_rows(built, "Noorpur", 2017, "general")[:2] == [
        ("LOKENDRA SINGH", "BJP", "BHARATIYA JANATA PARTY", 79172, 1, 12736),
        ("NAIM UL HASAN", "SP", "SAMAJWADI PARTY", 66436, 2, 20534)]
    bye = contest_rows(built, "Noorpur", 2018, "bye")
    assert bye[0][1] == "SP" and bye[0][5] == 5662
    # All thirteen 2018 Lok Sabha by-polls, each citing the ECI and TCPD.
    ref = Reference(built)
    byes = [c for e in ref.elections(house="LS", year=2018, kind="bye") for c in ref.contests_in(e.id)]
    assert len(byes) == 13
    winner = ref.contest(byes[0]).winner
    assert winner.source.title.startswith("Election Commission of India") and "Trivedi Centre" in winner.source.citation


def test_user_alias_survives_import_and_rebuild(built, runner):
    add = runner.invoke(cli, ["db", "aliases", "add", "party", "साइकिल वाली पार्टी", "SP", "--lang", "hi", "--db", str(built)])
    assert add.exit_code == 0, add.output
    imp = runner.invoke(cli, ["db", "import", "canonical", str(FIXTURES / "canonical_small.csv"), "--db", str(built),
                              "--no-progress"])
    assert imp.exit_code == 0, imp.output
    assert runner.invoke(cli, ["db", "build", "--db", str(built)]).exit_code == 0
    listed = runner.invoke(cli, ["db", "aliases", "list", "--kind", "party", "--db", str(built), "--json"])
    assert {"kind": "party", "alias": "साइकिल वाली पार्टी", "canonical": "SP", "lang": "hi"} in json.loads(listed.output)


@pytest.mark.parametrize("args, message", [
    (["db", "import", "canonical", "{tmp}/missing.csv", "--db", "{tmp}/x.db"], "missing.csv: no such file"),
    (["db", "import", "canonical", str(FIXTURES / "canonical_bad_votes.csv"), "--db", "{tmp}/x.db", "--no-progress"],
     "canonical_bad_votes.csv:4: column 'votes'"),
    (["db", "stats", "--db", "{tmp}/nothing.db"], "reference database not found"),
    (["db", "aliases", "list", "--db", "{tmp}/nothing.db"], "reference database not found"),
    (["db", "import", "nosuchformat", "a.csv"], "Invalid value for 'FORMAT'"),
])
def test_user_mistakes_are_one_line_without_traceback(tmp_path, runner, args, message):
    result = runner.invoke(cli, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)


def test_ensure_default_db_builds_once_and_rebuilds_when_stale(tmp_path, monkeypatch):
    target = tmp_path / "default" / "reference.db"
    monkeypatch.setenv("VERIFIER_DB", str(target))
    assert build_mod.ensure_default_db() == target and target.is_file()
    first = target.stat().st_mtime_ns
    assert build_mod.ensure_default_db() == target
    assert target.stat().st_mtime_ns == first  # fresh: not rebuilt
    old = time.time() - 3600
    os.utime(target, (old, old))
    build_mod.ensure_default_db()
    assert target.stat().st_mtime_ns != first  # older than the bundled files: rebuilt
    assert [p.name for p in target.parent.iterdir()] == ["reference.db"]
