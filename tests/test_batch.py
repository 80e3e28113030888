"""``verifier batch``: JSON Lines, CSV and folder inputs, input order, error lines, worker
processes, and resuming a run killed at any point (SIGKILL) without a lost or doubled line."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from interface_helpers import HOLD_ENV, fake_pipeline, ref_db, slow_cli  # noqa: F401 - fixtures
from verifier.interfaces.batch import BatchError, finished_ids, run_batch
from verifier.interfaces.cli import cli

TESTS = Path(__file__).resolve().parent


def write_jsonl(path: Path, docs: list) -> Path:
    with open(path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write((d if isinstance(d, str) else json.dumps(d, ensure_ascii=False)) + "\n")
    return path


def read_out(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def docs(n: int) -> list[dict]:
    return [{"id": f"d{i:04d}", "text": f"SP won Noorpur {i}. BJP lost. दावा {i}।", "as_of": "2018-05-31"}
            for i in range(n)]


def test_jsonl_keeps_order_and_reports_bad_lines(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", [
        {"id": "a", "text": "SP won Noorpur."},
        "",
        "{not json",
        {"id": "b", "text": "BJP lost. SP won.", "as_of": "2018-05-31"},
        {"id": "c"},
        {"id": "d", "text": "x.", "as_of": "2018-02-30"},
        [1, 2],
        {"text": "no id."},
        {"id": 7, "text": "numeric id."},
    ])
    result = CliRunner().invoke(cli, ["batch", str(inp), "--out", str(tmp_path / "out.jsonl"), "--db", str(ref_db)])
    assert result.exit_code == 0, result.output
    out = read_out(tmp_path / "out.jsonl")
    assert [o["id"] for o in out] == ["a", None, "b", "c", "d", None, None, "7"]
    assert [("error" in o) for o in out] == [False, True, False, True, True, True, True, False]
    assert out[1]["line"] == 3 and "not valid JSON" in out[1]["error"]
    assert "missing text" in out[3]["error"] and "as_of" in out[4]["error"]
    assert len(out[2]["claims"]) == 2 and out[2]["as_of"] == "2018-05-31"
    assert "documents: 8 written" in result.stderr and "errors: 5" in result.stderr
    assert "claims: 4 (REFUTED 1, SUPPORTED 3)" in result.stderr and "docs/s" in result.stderr


def test_invalid_utf8_line_is_an_error_line(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(b'{"id": "a", "text": "ok."}\n{"id": "b", "text": "\xff"}\n{"id": "c", "text": "ok."}\n')
    run_batch(inp, tmp_path / "out.jsonl", ref_db, progress=False)
    out = read_out(tmp_path / "out.jsonl")
    assert [o.get("error", "").split(" (")[0] for o in out] == ["", "line 2 is not UTF-8 text", ""]


def test_csv_with_text_column(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = tmp_path / "in.csv"
    inp.write_text('id,body,as_of\nx1,"SP won Noorpur. BJP, too, lost.",2018-05-31\nx2,सपा जीती।,\n',
                   encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(inp), "--out", str(tmp_path / "o.jsonl"), "--db", str(ref_db),
                                      "--text-column", "body"])
    assert result.exit_code == 0, result.output
    out = read_out(tmp_path / "o.jsonl")
    assert [o["id"] for o in out] == ["x1", "x2"]
    assert out[0]["as_of"] == "2018-05-31" and len(out[0]["claims"]) == 2
    assert out[1]["claims"][0]["text"] == "सपा जीती।"


def test_csv_without_the_text_column_is_a_clear_error(tmp_path, ref_db):  # noqa: F811
    inp = tmp_path / "in.csv"
    inp.write_text("id,body\n1,x\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["batch", str(inp), "--out", str(tmp_path / "o.jsonl"), "--db", str(ref_db)])
    assert result.exit_code == 1 and "no column 'text'" in result.stderr and "body" in result.stderr


def test_folder_of_text_files(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    folder = tmp_path / "texts"
    folder.mkdir()
    (folder / "b.txt").write_text("SP won Noorpur.", encoding="utf-8")
    (folder / "a.txt").write_text("नूरपुर में सपा जीती। बीजेपी हारी।", encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\xff\xfe broken")
    (folder / "notes.md").write_text("ignored")
    result = CliRunner().invoke(cli, ["batch", str(folder), "--out", str(tmp_path / "o.jsonl"), "--db", str(ref_db),
                                      "--as-of", "2018-05-31"])
    assert result.exit_code == 0, result.output
    out = read_out(tmp_path / "o.jsonl")
    assert [o["id"] for o in out] == ["a.txt", "b.txt", "c.txt"]
    assert len(out[0]["claims"]) == 2 and out[0]["as_of"] == "2018-05-31"
    assert "not UTF-8" in out[2]["error"]


def test_two_workers_give_the_same_output_in_order(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", docs(60) + ["broken"] + docs(5))
    run_batch(inp, tmp_path / "one.jsonl", ref_db, workers=1, progress=False)
    summary = run_batch(inp, tmp_path / "two.jsonl", ref_db, workers=2, progress=False)
    assert (tmp_path / "one.jsonl").read_bytes() == (tmp_path / "two.jsonl").read_bytes()
    assert summary.documents == 66 and summary.errors == 1
    assert sum(summary.verdicts.values()) == 65 * 3


def test_a_failing_document_does_not_stop_the_run(tmp_path, ref_db, monkeypatch):  # noqa: F811
    from interface_helpers import fake_verify_many
    from verifier.service import Verifier

    def flaky(self, batch):
        batch = list(batch)
        if any("boom" in text for _, text, _ in batch):
            raise RuntimeError("pipeline bug")
        return fake_verify_many(self, batch)

    monkeypatch.setattr(Verifier, "verify_many", flaky)
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": "ok."}, {"id": "b", "text": "boom."},
                                               {"id": "c", "text": "fine."}])
    summary = run_batch(inp, tmp_path / "o.jsonl", ref_db, progress=False)
    out = read_out(tmp_path / "o.jsonl")
    assert [o["id"] for o in out] == ["a", "b", "c"] and "pipeline bug" in out[1]["error"]
    assert len(out[2]["claims"]) == 1 and summary.errors == 1


def test_resume_cuts_a_torn_line_and_finishes(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", docs(20))
    full = tmp_path / "full.jsonl"
    run_batch(inp, full, ref_db, progress=False)
    lines = full.read_bytes().splitlines(keepends=True)
    part = tmp_path / "part.jsonl"
    part.write_bytes(b"".join(lines[:7]) + lines[7][: len(lines[7]) // 2])  # killed mid-write
    summary = run_batch(inp, part, ref_db, resume=True, progress=False)
    assert part.read_bytes() == full.read_bytes()
    assert summary.skipped == 7 and summary.documents == 13


def test_resume_on_a_complete_output_does_nothing(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", docs(5))
    out = tmp_path / "o.jsonl"
    run_batch(inp, out, ref_db, progress=False)
    before = out.read_bytes()
    assert run_batch(inp, out, ref_db, resume=True, progress=False).documents == 0
    assert out.read_bytes() == before


def test_resume_refuses_another_inputs_output(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    out = tmp_path / "o.jsonl"
    run_batch(write_jsonl(tmp_path / "a.jsonl", docs(3)), out, ref_db, progress=False)
    other = write_jsonl(tmp_path / "b.jsonl", [{"id": "zzz", "text": "x."}] * 3)
    with pytest.raises(BatchError, match="not this input's output"):
        run_batch(other, out, ref_db, resume=True, progress=False)


def test_finished_ids_of_missing_output(tmp_path):
    assert finished_ids(tmp_path / "none.jsonl") == []


def test_without_resume_the_output_starts_over(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", docs(3))
    out = tmp_path / "o.jsonl"
    out.write_text("old junk\n")
    run_batch(inp, out, ref_db, progress=False)
    assert [o["id"] for o in read_out(out)] == ["d0000", "d0001", "d0002"]


# -- a real process, SIGKILLed twice, then resumed -----------------------------------------
SLOW_CLI = slow_cli(0.004)


def _start(args: list[str], log: Path, hold_from: int | None = None) -> subprocess.Popen:
    """The slowed CLI; with ``hold_from`` it never gets past that document, so it is killed mid-run."""
    env = {**os.environ, HOLD_ENV: str(hold_from)} if hold_from is not None else None
    return subprocess.Popen([sys.executable, "-c", SLOW_CLI, *args], stdout=subprocess.DEVNULL,
                            stderr=open(log, "wb"), start_new_session=True, env=env)


def _lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def test_sigkill_then_resume_matches_an_uninterrupted_run(tmp_path, ref_db, fake_pipeline):  # noqa: F811
    inp = write_jsonl(tmp_path / "in.jsonl", docs(150) + ["{torn json"] + docs(300)[151:])
    expected = tmp_path / "expected.jsonl"
    run_batch(inp, expected, ref_db, progress=False)
    out = tmp_path / "out.jsonl"
    args = ["batch", str(inp), "--out", str(out), "--db", str(ref_db)]
    for stop_at in (60, 180):
        proc = _start(args + (["--resume"] if stop_at > 60 else []), tmp_path / f"log{stop_at}", stop_at + 16)
        deadline = time.monotonic() + 60
        while _lines(out) < stop_at and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert proc.poll() is None, "the run finished before it could be killed"
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
        assert 0 < _lines(out) < 300
    proc = _start(args + ["--resume"], tmp_path / "log-final")
    assert proc.wait(timeout=120) == 0, (tmp_path / "log-final").read_text()
    got = read_out(out)
    assert [o["id"] for o in got] == [o["id"] for o in read_out(expected)]
    assert len({o["id"] for o in got if o["id"]}) == 299  # no duplicates
    assert out.read_bytes() == expected.read_bytes()
    assert "already done (resumed)" in (tmp_path / "log-final").read_text()
