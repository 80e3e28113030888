"""``verifier check`` (and the CLI's error discipline): JSON and text output, standard input,
and one-line errors without a traceback for every user mistake, in-process and through the
installed ``verifier`` command."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from interface_helpers import SEED, fake_pipeline, make_reference, ref_db  # noqa: F401 - fixtures
from verifier.interfaces.cli import cli

VERIFIER = Path(sys.executable).with_name("verifier")


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def test_check_json(ref_db, fake_pipeline, tmp_path):  # noqa: F811
    result = run("check", "--as-of", "2018-05-31", "--format", "json", "--db", str(ref_db), str(SEED))
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["as_of"] == "2018-05-31" and doc["id"] == SEED.name
    text = SEED.read_text(encoding="utf-8")
    assert doc["claims"] and all(text[c["start"]:c["end"]] == c["text"] for c in doc["claims"])


def test_check_text_report(ref_db, fake_pipeline):  # noqa: F811
    result = run("check", "--db", str(ref_db), input="SP won Noorpur. BJP won Noorpur. Who knows.")
    assert result.exit_code == 0
    out = result.stdout
    assert "3 claim(s) found" in out
    assert "[1] SUPPORTED" in out and "[2] REFUTED" in out and "[3] NOT_ENOUGH_INFO" in out
    assert "checked against: 2018 Uttar Pradesh Vidhan Sabha by-election, Noorpur" in out
    assert "NAIM UL HASAN" in out and "94,875" in out and "evidence:" in out


def test_check_stdin_dash_and_bom(ref_db, fake_pipeline):  # noqa: F811
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--db", str(ref_db), "-"],
                                input="\ufeffसपा जीती.".encode("utf-8"))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert doc["claims"][0]["text"] == "सपा जीती." and doc["claims"][0]["start"] == 0


def test_check_real_pipeline_structure(ref_db):  # noqa: F811 - whatever the pipeline finds
    result = run("check", "--format", "json", "--as-of", "2018-05-31", "--db", str(ref_db), str(SEED))
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    assert set(doc) >= {"id", "as_of", "claims"} and isinstance(doc["claims"], list)


@pytest.mark.parametrize("as_of,words", [
    ("2018-02-30", "not a valid date"),
    ("31/05/2018", "YYYY-MM-DD"),
    ("1949-01-01", "before 1950"),
    ((date.today() + timedelta(days=1)).isoformat(), "in the future"),
])
def test_bad_date_is_a_usage_error(ref_db, as_of, words):  # noqa: F811
    result = run("check", "--as-of", as_of, "--db", str(ref_db), str(SEED))
    assert result.exit_code == 2
    assert words in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_missing_file(ref_db, tmp_path):  # noqa: F811
    result = run("check", "--db", str(ref_db), str(tmp_path / "nope.txt"))
    assert result.exit_code == 1 and "file not found" in result.stderr and "nope.txt" in result.stderr


def test_invalid_utf8(ref_db, tmp_path):  # noqa: F811
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("Noorpur café".encode("latin-1"))
    result = run("check", "--db", str(ref_db), str(bad))
    assert result.exit_code == 1 and "not UTF-8" in result.stderr


@pytest.mark.parametrize("content", [None, b"garbage" * 200, b""])
def test_unusable_reference(tmp_path, content):
    db = tmp_path / "ref.db"
    if content is not None:
        db.write_bytes(content)
    result = run("check", "--db", str(db), str(SEED))
    assert result.exit_code == 1
    assert "ref.db" in result.stderr and len(result.stderr.strip().splitlines()) == 1


# -- through the installed command: never a traceback --------------------------------------
@pytest.fixture
def installed():
    if not VERIFIER.exists():
        pytest.skip(f"the verifier command is not installed beside {sys.executable}")
    return str(VERIFIER)


def _run_installed(installed, *args, input=None):
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    return subprocess.run([installed, *args], input=input, capture_output=True, env=env, timeout=120)


def test_installed_command_errors_are_one_line(installed, ref_db, tmp_path):  # noqa: F811
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00broken")
    corrupt = tmp_path / "corrupt.db"
    corrupt.write_bytes(b"x" * 4096)
    cases = [
        (["check", "--as-of", "2018-02-30", "--db", str(ref_db), str(SEED)], 2),
        (["check", "--db", str(ref_db), str(tmp_path / "missing.txt")], 1),
        (["check", "--db", str(ref_db), str(bad)], 1),
        (["check", "--db", str(corrupt), str(SEED)], 1),
        (["check", "--db", str(tmp_path / "absent.db"), str(SEED)], 1),
        (["check", "--format", "yaml", str(SEED)], 2),
        (["batch", str(tmp_path / "missing.jsonl"), "--out", str(tmp_path / "o.jsonl"), "--db", str(ref_db)], 1),
        (["batch", str(SEED), "--out", str(tmp_path / "o.jsonl"), "--db", str(ref_db), "--workers", "0"], 2),
        (["serve", "--db", str(corrupt)], 1),
    ]
    for args, code in cases:
        proc = _run_installed(installed, *args)
        err = proc.stderr.decode()
        assert proc.returncode == code, (args, err)
        assert "Traceback" not in err, (args, err)
        assert len(err.strip().splitlines()) == 1, (args, err)


def test_installed_check_reads_stdin(installed, ref_db):  # noqa: F811
    proc = _run_installed(installed, "check", "--format", "json", "--db", str(ref_db), "-",
                          input="नूरपुर में सपा जीती.".encode())
    assert proc.returncode == 0, proc.stderr.decode()
    doc = json.loads(proc.stdout)
    assert doc["id"] is None and isinstance(doc["claims"], list)
    assert date.fromisoformat(doc["as_of"]) == date.today()


# -- end to end: the real pipeline on the bundled reference (structure only) ---------------
def test_readme_first_command_on_the_bundled_reference():
    """``verifier check examples/noorpur_bypoll_2018_hi.txt --as-of 2018-05-31`` as the README
    runs it: the real Verifier, the bundled reference, every CLAIM field present."""
    result = run("check", "--format", "json", "--as-of", "2018-05-31", str(SEED))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["id"] == SEED.name and doc["as_of"] == "2018-05-31"
    text = SEED.read_text(encoding="utf-8")
    fields = {"text", "start", "end", "sentence", "lang", "type", "subject", "constituency", "election",
              "value", "verdict", "confidence", "explanation", "evidence"}
    for claim in doc["claims"]:
        assert fields <= set(claim)
        assert text[claim["start"]:claim["end"]] == claim["text"]
        assert claim["verdict"] in {"SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"}
    report = run("check", "--as-of", "2018-05-31", str(SEED))
    assert report.exit_code == 0 and f"{len(doc['claims'])} claim(s) found" in report.stdout


def test_serve_runs_the_app_under_waitress(installed, ref_db):  # noqa: F811
    import socket
    import time
    import urllib.request

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([installed, "serve", "--port", str(port), "--db", str(ref_db), "--threads", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    body, server = json.load(r), r.headers["Server"]
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read().decode()
                time.sleep(0.2)
        assert body["status"] == "ok" and body["reference"]["candidates"] == 3
        assert server == "election-verifier"  # waitress's ident, not Werkzeug's dev server
    finally:
        proc.terminate()
        proc.wait(timeout=10)
