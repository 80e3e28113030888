"""Hostile and broken input through ``verifier check`` and ``verifier batch`` over the real
pipeline and the bundled reference: a user's mistake is one line on stderr and a non-zero exit,
never a traceback; strange but valid text is checked (exit 0); a batch turns each bad document
into an error line and goes on.

``test_cli.py`` covers the error discipline for dates, missing files and unusable references;
this file adds the inputs of issue 7 (empty, 10 MB, one 100,000-character sentence, binary,
NUL, right-to-left and zero-width, emoji, mixed scripts, far-off dates, deep JSON).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from verifier.interfaces.cli import cli
from verifier.interfaces.limits import MAX_TEXT_CHARS

VERIFIER = Path(sys.executable).with_name("verifier")
LABELS = {"SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"}


def run(*args, input=None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


def one_line_error(result, code: int = 1) -> str:
    assert result.exit_code == code, (result.exit_code, result.output)
    err = result.stderr.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert result.stdout == ""
    return err


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


# -- mistakes: one line, non-zero exit ------------------------------------------------------------
@pytest.mark.parametrize("content,words", [
    (b"", "is empty"),
    (b"   \n\t\r\n  ", "is empty"),
    ("\u00a0\u3000\u2003\n".encode(), "is empty"),
    (b"\xef\xbb\xbf", "is empty"),  # a BOM and nothing else
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "not UTF-8"),
    (b"BJP won \xed\xa0\x80 Noorpur", "not UTF-8"),  # an encoded surrogate
    (b"\xff\xfeB\x00J\x00P\x00", "not UTF-8"),  # UTF-16
    (("x" * (MAX_TEXT_CHARS + 1)).encode(), "the limit is 100,000"),
])
def test_unusable_text_file(tmp_path, content, words):
    f = write(tmp_path, "in.txt", content)
    err = one_line_error(run("check", str(f)))
    assert words in err and "in.txt" in err


def test_ten_megabytes_is_refused_with_the_limit(tmp_path):
    f = write(tmp_path, "big.txt", "BJP won Noorpur by 6,211 votes. " * (10 * 1024 * 1024 // 32))
    err = one_line_error(run("check", "--format", "json", str(f)))
    assert "10,485,760 characters" in err and "100,000" in err


def test_empty_standard_input(tmp_path):
    err = one_line_error(run("check", "-", input=b""))
    assert "standard input" in err and "empty" in err


@pytest.mark.parametrize("as_of", ["2018-02-30", "9999-01-01", "0000-00-00", "2018-13-01", "١٩٩٩-٠١-٠١", "🗳️", ""])
def test_bad_dates(tmp_path, as_of):
    f = write(tmp_path, "in.txt", "SP won Noorpur.")
    if as_of == "":  # empty means "not given": checked against today
        assert run("check", "--as-of", as_of, str(f)).exit_code == 0
        return
    err = one_line_error(run("check", "--as-of", as_of, str(f)), code=2)
    assert "--as-of" in err


def test_a_folder_is_not_a_text(tmp_path):
    err = one_line_error(run("check", str(tmp_path)))
    assert "folder" in err


# -- strange but valid text: checked -------------------------------------------------------------
VALID = {
    "nul": "BJP won\x00 Noorpur\x00 by 6,211 votes.\x00",
    "rtl": "\u202eSP won Noorpur\u202c by \u200f6211\u200e votes. السلام BJP lost Kairana.",
    "zero_width": "स\u200dपा\u200c ने नू\u200bरपुर सी\u2060ट जीती\ufeff। BJP\u200b won\u200d Phulpur.",
    "emoji": "🗳️ BJP 🚩 won Noorpur 🎉 by 👍🏽 6211 votes 👨‍👩‍👧! सपा 😀 जीती।",
    "mixed_scripts": "नूरपुर में SP के Naim ul Hasan ने ৬২১১ ਵੋਟਾਂ से BJP को हराया; كيرانه ٣٠٠ votes.",
    "one_100k_sentence": ("lorem ipsum dolor sit amet consectetur " * 3000)[:MAX_TEXT_CHARS],
}


@pytest.mark.parametrize("name", list(VALID))
def test_strange_but_valid_text_is_checked(tmp_path, name):
    text = VALID[name]
    f = write(tmp_path, f"{name}.txt", text)
    result = run("check", "--format", "json", "--as-of", "2018-06-01", str(f))
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    for c in doc["claims"]:
        assert text[c["start"]:c["end"]] == c["text"] and c["verdict"] in LABELS
    report = run("check", "--as-of", "2018-06-01", str(f))  # the text report prints them too
    assert report.exit_code == 0 and f"{len(doc['claims'])} claim(s) found" in report.stdout


# -- batch: each bad document is an error line, the run goes on ---------------------------------
def test_batch_turns_each_bad_document_into_an_error_line(tmp_path):
    lines = [
        json.dumps({"id": "ok1", "text": "SP won Noorpur by 6,211 votes.", "as_of": "2018-06-01"}),
        json.dumps({"id": "empty", "text": ""}),
        json.dumps({"id": "blank", "text": " \n\u3000"}),
        json.dumps({"id": "huge", "text": "x" * (MAX_TEXT_CHARS + 1)}),
        '{"id": "surrogate", "text": "BJP \\ud800 won"}',
        "[" * 100_000 + "]" * 100_000,
        '{"id": "bignum", "text": "x", "as_of": ' + "1" * 5000 + "}",
        json.dumps({"id": "nul", "text": "BJP won\x00 Noorpur."}),
        json.dumps({"id": "date", "text": "SP won.", "as_of": "9999-01-01"}),
        json.dumps({"id": "date2", "text": "SP won.", "as_of": "2018-02-30"}),
        json.dumps({"id": ["x"], "text": "SP won."}),
        json.dumps({"id": "emoji", "text": "🗳️ BJP 🚩 won Noorpur"}, ensure_ascii=False),
        json.dumps({"id": "ok2", "text": "नूरपुर में सपा जीती।", "as_of": "2018-06-01"}, ensure_ascii=False),
    ]
    inp = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(inp), "--out", str(out), "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(got) == len(lines)
    errors = {(g["id"], g["line"]): g["error"] for g in got if "error" in g}
    assert [g["id"] for g in got if "error" not in g] == ["ok1", "nul", "emoji", "ok2"]
    assert "empty" in errors[("empty", 2)] and "empty" in errors[("blank", 3)]
    assert "limit is 100,000" in errors[("huge", 4)]
    assert "not valid Unicode" in errors[("surrogate", 5)]
    assert "nested too deeply" in errors[(None, 6)]
    assert "not valid JSON" in errors[(None, 7)]
    assert "as_of" in errors[("date", 9)] and "as_of" in errors[("date2", 10)]
    assert not any("internal error" in e for e in errors.values()), errors
    assert f"errors: {len(errors)}" in result.stderr


def test_batch_csv_with_a_field_over_the_csv_limit(tmp_path):
    inp = write(tmp_path, "in.csv", "id,text\na,SP won Noorpur.\nb,\"" + "x" * 200_000 + "\"\nc,BJP lost.\n")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(cli, ["batch", str(inp), "--out", str(out), "--no-progress"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert any("error" in g for g in got) and got[0]["id"] == "a"


# -- through the installed command: never a traceback --------------------------------------------
def test_installed_command_on_hostile_files(tmp_path):
    if not VERIFIER.exists():
        pytest.skip(f"the verifier command is not installed beside {sys.executable}")
    big = write(tmp_path, "big.txt", "भाजपा ने नूरपुर जीता " * 500_000)
    binary = write(tmp_path, "bin.txt", os.urandom(4096) + b"\xff")
    deep = write(tmp_path, "deep.jsonl", "[" * 100_000 + "]" * 100_000 + "\n")
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    for args, code in [(["check", str(big)], 1), (["check", str(binary)], 1), (["check", "-"], 1),
                       (["batch", str(deep), "--out", str(tmp_path / "o.jsonl"), "--no-progress"], 0)]:
        proc = subprocess.run([str(VERIFIER), *args], input=b"", capture_output=True, env=env, timeout=120)
        err = proc.stderr.decode()
        assert proc.returncode == code, (args, err)
        assert "Traceback" not in err, (args, err)
        if code:
            assert len(err.strip().splitlines()) == 1, (args, err)
