"""Faults: a batch run SIGKILLed at several random points and resumed gives exactly the output of
an uninterrupted run; a ``verifier db import`` SIGKILLed mid-way leaves the reference as it was
and usable by ``verifier check`` and ``verifier serve``; a corrupt or missing reference is a
clear error naming the file, from the CLI and at server start.

The batch part uses a stand-in pipeline that takes a few milliseconds per document (the claim
finder's quality is not under test, the bookkeeping is) and a tiny real reference.  Kill points
come from a seeded RNG; the seed is in every failure message (``FAULT_SEED=… pytest …`` replays it).
"""
from __future__ import annotations

import csv
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from interface_helpers import HOLD_ENV, SEED, fake_pipeline, make_reference, ref_db, slow_cli  # noqa: F401
from verifier.interfaces.batch import run_batch
from verifier.interfaces.cli import cli

TESTS = Path(__file__).resolve().parent
VERIFIER = Path(sys.executable).with_name("verifier")
FAULT_SEED = int(os.environ.get("FAULT_SEED", str(time.time_ns() % 1_000_000)))
KILLS = 6

SLOW_CLI = slow_cli(0.01)


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def read_out(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_batch_killed_at_random_points_then_resumed(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    rng = random.Random(FAULT_SEED)
    n = 240
    docs = [{"id": f"d{i:04d}", "text": f"SP won Noorpur {i}. BJP lost. दावा {i}।", "as_of": "2018-05-31"}
            for i in range(n)]
    docs[rng.randrange(n)] = "{torn json"  # an error line among them must survive resuming too
    inp = tmp_path / "in.jsonl"
    inp.write_text("\n".join(d if isinstance(d, str) else json.dumps(d, ensure_ascii=False) for d in docs) + "\n",
                   encoding="utf-8")
    expected = tmp_path / "expected.jsonl"
    run_batch(inp, expected, ref_db, progress=False)

    out = tmp_path / "out.jsonl"
    points = sorted(rng.sample(range(1, n - 10), KILLS))
    where = f"FAULT_SEED={FAULT_SEED} kill points {points}"
    seen = []
    for k, point in enumerate(points):
        workers = "2" if k % 2 else "1"  # the pool path is killed too
        args = ["batch", str(inp), "--out", str(out), "--db", str(ref_db), "--no-progress", "--workers", workers]
        # documents from point + 2 chunks on never finish, so the kill always lands mid-run
        hold = {**os.environ, HOLD_ENV: str(min(point + 16, n - 1))}
        proc = subprocess.Popen([sys.executable, "-c", SLOW_CLI, *args] + (["--resume"] if k else []),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True,
                                env=hold)
        deadline = time.monotonic() + 60
        while lines(out) < point and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.002)
        assert proc.poll() is None, f"{where}: the run ended before kill {k}: {proc.stderr.read().decode()}"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        proc.stderr.close()
        seen.append(lines(out))
        assert seen[-1] < n, where
    final = subprocess.run([sys.executable, "-c", SLOW_CLI, "batch", str(inp), "--out", str(out), "--db",
                            str(ref_db), "--no-progress", "--resume"], capture_output=True, timeout=120)
    assert final.returncode == 0, (where, final.stderr.decode())
    got = [o["id"] for o in read_out(out)]
    want = [o["id"] for o in read_out(expected)]
    assert len(got) == n and got == want, where  # none missing, none doubled, in order
    assert out.read_bytes() == expected.read_bytes(), where
    assert "already done (resumed)" in final.stderr.decode()
    print(f"\nbatch: {KILLS} SIGKILLs ({where}); lines at each kill {seen}; resumed output identical")


# -- an import killed mid-way ------------------------------------------------------------------
def big_canonical_csv(path: Path, copies: int) -> int:
    """The bundled reference's rows, repeated under made-up constituency names: a long import."""
    from reference_db.build import BUNDLED_CSV

    with open(BUNDLED_CSV, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows, fields = list(reader), reader.fieldnames
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        for k in range(copies):
            for r in rows:
                w.writerow({**r, "constituency_name": f"{r['constituency_name']} FAULT {k}",
                            "constituency_no": str(10_000 + k), "pid": f"{r['pid']}-{k}" if r.get("pid") else ""})
    return copies * len(rows)


def dump(db: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_import_killed_mid_way_leaves_the_reference_usable_and_unchanged(tmp_path):
    if not VERIFIER.exists():
        pytest.skip(f"the verifier command is not installed beside {sys.executable}")
    rng = random.Random(FAULT_SEED)
    db = make_reference(tmp_path / "ref.db")
    before = dump(db)
    claim = "SP won Noorpur by 5,662 votes. नूरपुर में भाजपा हारी।"
    checked = CliRunner().invoke(cli, ["check", "--format", "json", "--as-of", "2018-06-01", "--db", str(db), "-"],
                                 input=claim)
    assert checked.exit_code == 0, checked.output
    rows = big_canonical_csv(tmp_path / "big.csv", copies=150)
    journal = Path(f"{db}-journal")
    proc = subprocess.Popen([str(VERIFIER), "db", "import", "canonical", str(tmp_path / "big.csv"), "--db", str(db),
                             "--no-progress"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not journal.exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(rng.uniform(0.05, 0.5))  # somewhere inside the transaction
    assert proc.poll() is None, f"the import of {rows} rows ended before it could be killed: {proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stderr.close()

    # the interfaces open it read-only; they must still see the reference as it was
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--as-of", "2018-06-01", "--db", str(db), "-"],
                                input=claim)
    assert result.exit_code == 0, (FAULT_SEED, journal.exists(), result.output)
    assert result.stdout == checked.stdout, FAULT_SEED  # the same answers as before the import
    assert dump(db) == before, FAULT_SEED
    # and a later import goes through
    again = subprocess.run([str(VERIFIER), "db", "import", "canonical", str(tmp_path / "big.csv"), "--db", str(db),
                            "--no-progress"], capture_output=True, timeout=300)
    assert again.returncode == 0, again.stderr.decode()


# -- a corrupt or missing reference ----------------------------------------------------------------
def corruptions(tmp_path: Path, good: Path) -> dict[str, Path]:
    data = good.read_bytes()
    out = {}
    for name, content in {
        "truncated_half": data[: len(data) // 2],
        "header_only": data[:100],
        "zeroed_pages": data[:4096] + b"\x00" * (len(data) - 4096),
        "garbage_after_header": data[:100] + os.urandom(len(data) - 100),
        "text_file": b"this is not a database\n" * 50,
    }.items():
        p = tmp_path / f"{name}.db"
        p.write_bytes(content)
        out[name] = p
    other = tmp_path / "other_schema.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t(x)")
    conn.commit()
    conn.close()
    out["other_schema"] = other
    out["missing"] = tmp_path / "missing.db"
    folder = tmp_path / "folder.db"
    folder.mkdir()
    out["folder"] = folder
    return out


@pytest.fixture
def broken_refs(tmp_path) -> dict[str, Path]:
    return corruptions(tmp_path, make_reference(tmp_path / "good.db"))


def test_check_and_batch_name_the_broken_file(broken_refs, tmp_path):
    inp = tmp_path / "in.jsonl"
    inp.write_text('{"id": "a", "text": "SP won Noorpur by 5,662 votes."}\n', encoding="utf-8")
    for name, db in broken_refs.items():
        for args in (["check", "--db", str(db), str(SEED)],
                     ["batch", str(inp), "--out", str(tmp_path / "o.jsonl"), "--db", str(db), "--no-progress"]):
            result = CliRunner().invoke(cli, args, catch_exceptions=True)
            assert result.exception is None or isinstance(result.exception, SystemExit), \
                (name, args[0], repr(result.exception))
            err = result.stderr.strip()
            assert result.exit_code != 0, (name, args[0], result.output)
            assert len(err.splitlines()) == 1 and "Traceback" not in err, (name, args[0], err)
            assert db.name in err, (name, args[0], err)


def test_server_start_names_the_broken_file(broken_refs):
    from reference_db.store import ReferenceUnavailable
    from verifier.interfaces.web import create_app

    for name, db in broken_refs.items():
        try:
            app = create_app(db=db)
        except ReferenceUnavailable as exc:
            assert db.name in str(exc), (name, str(exc))
            continue
        # opened (the first page looked fine): then every request must fail cleanly, not 500 with a trace
        client = app.test_client()
        r = client.get("/healthz")
        assert r.status_code >= 500 or r.status_code == 200, name
        pytest.fail(f"{name}: create_app accepted a broken reference (healthz {r.status_code})")


def test_installed_serve_exits_with_one_line_naming_the_file(broken_refs):
    if not VERIFIER.exists():
        pytest.skip(f"the verifier command is not installed beside {sys.executable}")
    for name in ("missing", "truncated_half", "folder"):
        db = broken_refs[name]
        proc = subprocess.run([str(VERIFIER), "serve", "--port", "0", "--db", str(db)], capture_output=True,
                              timeout=60)
        err = proc.stderr.decode().strip()
        assert proc.returncode in (1, 2), (name, err)  # 2: click's usage error for a folder
        assert len(err.splitlines()) == 1 and db.name in err and "Traceback" not in err, (name, err)


def test_reference_replaced_while_serving_fails_cleanly(tmp_path):
    """The file is truncated under a running app: requests answer 500 JSON (logged), never a
    traceback page, and the app comes back once the file is restored."""
    from verifier.interfaces.web import create_app

    db = make_reference(tmp_path / "live.db")
    good = db.read_bytes()
    app = create_app(db=db)
    client = app.test_client()
    assert client.get("/healthz").status_code == 200
    db.write_bytes(good[:100])
    r = client.post("/api/v1/verify", json={"text": "SP won Noorpur by 5,662 votes."})
    assert r.status_code in (200, 500) and r.is_json
    assert "Traceback" not in r.get_data(as_text=True)
    shutil.copyfile(tmp_path / "live.db", tmp_path / "broken-copy.db")
    db.write_bytes(good)
    assert client.get("/healthz").status_code == 200
