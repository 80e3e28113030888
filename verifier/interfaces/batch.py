"""``verifier batch``: many documents in, one contract document result per line out.

Inputs: JSON Lines (``{"id", "text", "as_of"?}`` per line), CSV (a text column, an id column
and optionally an ``as_of`` column), or a folder of ``.txt`` files (id = the file name).
A document that cannot be read becomes ``{"id": ..., "line": n, "error": "..."}`` and the run
goes on.

The output is written so that a run killed at any moment (even SIGKILL) can be finished with
``resume=True`` without losing or duplicating a line: each line is written whole by one
unbuffered append, earlier output is never rewritten, and resuming first cuts a torn last line
(one without its newline), then checks that the finished lines are the input's first documents,
in order, and carries on after them.

With ``workers > 1`` documents go to a process pool in chunks; each worker opens its own
:class:`~verifier.service.Verifier` once, and results are written in input order.
"""
from __future__ import annotations

import csv
import json
import logging
import multiprocessing
import os
import sys
import time
from collections import Counter, deque
from dataclasses import dataclass, field
from datetime import date
from itertools import islice
from pathlib import Path
from typing import Iterable, Iterator

from tqdm import tqdm

from reference_db.store import Reference
from verifier.interfaces.dates import BadDate, parse_as_of
from verifier.interfaces.limits import BadText, check_text
from verifier.service import Verifier

log = logging.getLogger(__name__)

CHUNK = 8  # documents per verify_many call (spaCy pipes them together)


class BatchError(Exception):
    """The batch as a whole cannot run (unreadable input, an output that is not this input's)."""


@dataclass
class Doc:
    """One input document, or the reason it could not be read (``error``)."""

    id: str | None
    text: str | None = None
    as_of: date | None = None
    line: int | None = None  # line (JSONL), row (CSV) or position (folder), 1-based
    error: str | None = None


@dataclass
class Summary:
    documents: int = 0  # written in this run
    skipped: int = 0  # already complete in the output (resume)
    errors: int = 0
    verdicts: Counter = field(default_factory=Counter)
    seconds: float = 0.0

    def lines(self) -> list[str]:
        rate = self.documents / self.seconds if self.seconds > 0 else 0.0
        verdicts = ", ".join(f"{v} {n}" for v, n in sorted(self.verdicts.items())) or "none"
        out = [
            f"documents: {self.documents} written"
            + (f", {self.skipped} already done (resumed)" if self.skipped else ""),
            f"claims: {sum(self.verdicts.values())} ({verdicts})",
            f"errors: {self.errors}",
            f"time: {self.seconds:.1f} s ({rate:.1f} docs/s)",
        ]
        return out


# -- reading ---------------------------------------------------------------------------------
def _make_doc(id_, text, as_of, line: int, default_as_of: date | None) -> Doc:
    """Check one record's fields; any problem becomes an error Doc naming the line."""
    if id_ is not None and not isinstance(id_, (str, int)):
        return Doc(None, line=line, error=f"line {line}: id must be a string")
    id_ = None if id_ is None else str(id_)
    if id_ is None or id_ == "":
        return Doc(None, line=line, error=f"line {line}: missing id")
    if not isinstance(text, str):
        what = "missing text" if text is None else "text must be a string"
        return Doc(id_, line=line, error=f"line {line}: {what}")
    try:
        check_text(text)
    except BadText as exc:
        return Doc(id_, line=line, error=f"line {line}: the text {exc}")
    try:
        parsed = parse_as_of(as_of) if as_of not in (None, "") else default_as_of
    except BadDate as exc:
        return Doc(id_, line=line, error=f"line {line}: bad as_of: {exc}")
    return Doc(id_, text=text, as_of=parsed, line=line)


def _read_jsonl(path: Path, default_as_of: date | None) -> Iterator[Doc]:
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw.decode("utf-8-sig" if n == 1 else "utf-8"))
            except UnicodeDecodeError as exc:
                yield Doc(None, line=n, error=f"line {n} is not UTF-8 text ({exc.reason} at byte {exc.start})")
                continue
            except json.JSONDecodeError as exc:
                yield Doc(None, line=n, error=f"line {n} is not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            except (RecursionError, ValueError) as exc:  # nesting too deep; a number too long to read
                what = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                yield Doc(None, line=n, error=f"line {n} is not valid JSON ({what})")
                continue
            if not isinstance(obj, dict):
                yield Doc(None, line=n, error=f"line {n} is not a JSON object")
                continue
            yield _make_doc(obj.get("id"), obj.get("text"), obj.get("as_of"), n, default_as_of)


def _csv_rows(path: Path, text_column: str) -> tuple[csv.DictReader, object]:
    """An open reader over a CSV file whose header has ``text_column`` (and the file to close)."""
    f = open(path, encoding="utf-8-sig", newline="")
    try:
        reader = csv.DictReader(f)
        columns = reader.fieldnames or []
    except (UnicodeDecodeError, csv.Error) as exc:
        f.close()
        raise BatchError(f"{path}: cannot read the CSV header ({exc})") from None
    if text_column not in columns:
        f.close()
        raise BatchError(
            f"{path}: no column {text_column!r} (columns: {', '.join(columns) or 'none'}); "
            "name the text column with --text-column"
        )
    return reader, f


def _read_csv(path: Path, text_column: str, id_column: str, default_as_of: date | None) -> Iterator[Doc]:
    reader, f = _csv_rows(path, text_column)
    has_id = id_column in (reader.fieldnames or [])
    with f:
        n = 0
        while True:
            n += 1
            try:
                row = next(reader)
            except StopIteration:
                return
            except UnicodeDecodeError as exc:
                raise BatchError(f"{path}: row {n} is not UTF-8 text ({exc.reason}); the rest cannot be read") from None
            except csv.Error as exc:
                yield Doc(None, line=n, error=f"row {n}: {exc}")
                continue
            id_ = row.get(id_column) if has_id else str(n)
            yield _make_doc(id_, row.get(text_column), row.get("as_of"), n, default_as_of)


def _read_folder(path: Path, default_as_of: date | None) -> Iterator[Doc]:
    for n, file in enumerate(sorted(path.glob("*.txt")), 1):
        try:
            text = file.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            yield Doc(file.name, line=n, error=f"{file.name} is not UTF-8 text ({exc.reason} at byte {exc.start})")
            continue
        except OSError as exc:
            yield Doc(file.name, line=n, error=f"{file.name} cannot be read ({exc.strerror})")
            continue
        try:
            check_text(text)
        except BadText as exc:
            yield Doc(file.name, line=n, error=f"{file.name} {exc}")
            continue
        yield Doc(file.name, text=text, as_of=default_as_of, line=n)


def read_inputs(
    path: str | os.PathLike,
    *,
    text_column: str = "text",
    id_column: str = "id",
    default_as_of: date | None = None,
) -> Iterator[Doc]:
    """Every document of ``path`` in order: a folder of .txt files, a .csv file, or JSON Lines
    (any other file).  Raises :class:`BatchError` when the input as a whole is unusable."""
    p = Path(path)
    if p.is_dir():
        return _read_folder(p, default_as_of)
    if not p.is_file():
        raise BatchError(f"input not found: {p}")
    if p.suffix.lower() == ".csv":
        reader, f = _csv_rows(p, text_column)  # fail now, not on first next()
        f.close()
        return _read_csv(p, text_column, id_column, default_as_of)
    return _read_jsonl(p, default_as_of)


def count_inputs(path: str | os.PathLike, **kwargs) -> int:
    """How many documents :func:`read_inputs` will yield (for the progress bar's total)."""
    p = Path(path)
    if p.is_dir():
        return sum(1 for _ in p.glob("*.txt"))
    if p.suffix.lower() != ".csv":
        with open(p, "rb") as f:
            return sum(1 for raw in f if raw.strip())
    return sum(1 for _ in read_inputs(p, **kwargs))


# -- verifying -------------------------------------------------------------------------------
_worker_verifier: Verifier | None = None


def _init_worker(db_path: str) -> None:
    global _worker_verifier
    _worker_verifier = Verifier(Reference(db_path))


def _error_line(doc: Doc, message: str) -> dict:
    return {"id": doc.id, "line": doc.line, "error": message}


def verify_chunk(verifier: Verifier, chunk: list[Doc]) -> list[dict]:
    """Results for a chunk, in order.  A verifier failure on one document (a fault, not the
    user's) becomes that document's error line instead of stopping the run."""
    todo = [d for d in chunk if d.error is None]
    try:
        done = verifier.verify_many([(d.id, d.text, d.as_of) for d in todo])
    except Exception:  # noqa: BLE001 - isolate the document that fails, below
        done = []
        for d in todo:
            try:
                done.append(verifier.verify(d.text, d.as_of, d.id))
            except Exception as exc:  # noqa: BLE001
                log.exception("verifier failed on document %r", d.id)
                done.append(_error_line(d, f"internal error while verifying: {type(exc).__name__}: {exc}"))
    results = iter(done)
    out = []
    for d in chunk:
        if d.error is not None:
            out.append(_error_line(d, d.error))
        else:
            result = next(results)
            result["id"] = d.id
            out.append(result)
    return out


def _verify_in_worker(chunk: list[Doc]) -> list[dict]:
    assert _worker_verifier is not None
    return verify_chunk(_worker_verifier, chunk)


def _chunks(docs: Iterable[Doc], size: int) -> Iterator[list[Doc]]:
    it = iter(docs)
    while chunk := list(islice(it, size)):
        yield chunk


def _results(docs: Iterable[Doc], db_path: Path, workers: int) -> Iterator[list[dict]]:
    """Chunks of results in input order, computed here or in ``workers`` processes."""
    from verifier.interfaces.reference import open_verifier

    verifier = open_verifier(db_path)  # fails here, once, with a clear error naming the file
    if workers <= 1:
        for chunk in _chunks(docs, CHUNK):
            yield verify_chunk(verifier, chunk)
        return
    with multiprocessing.Pool(workers, initializer=_init_worker, initargs=(str(db_path),)) as pool:
        pending: deque = deque()
        for chunk in _chunks(docs, CHUNK):
            pending.append(pool.apply_async(_verify_in_worker, (chunk,)))
            if len(pending) >= workers * 4:  # bounded look-ahead keeps memory flat
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()


# -- writing ---------------------------------------------------------------------------------
def finished_ids(out: Path) -> list[str | None]:
    """The ids of the complete lines of an earlier run's output, after cutting a torn last line."""
    if not out.exists():
        return []
    data = out.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(out, "r+b") as f:
            f.truncate(cut)
    ids = []
    for n, raw in enumerate(data[:cut].splitlines(), 1):
        try:
            ids.append(json.loads(raw)["id"])
        except (ValueError, KeyError, TypeError):
            raise BatchError(f"{out}: line {n} is not a result line; cannot resume into this file") from None
    return ids


def _skip_finished(docs: Iterator[Doc], done: list[str | None], out: Path) -> Iterator[Doc]:
    """Check that the input starts with the finished ids, in order, and drop them."""
    for n, expected in enumerate(done, 1):
        doc = next(docs, None)
        if doc is None:
            raise BatchError(f"{out} has {len(done)} lines but the input only {n - 1} documents")
        if doc.id != expected:
            raise BatchError(
                f"{out} line {n} is for id {expected!r} but input document {n} is {doc.id!r}; "
                "it is not this input's output (run without --resume to start over)"
            )
    return docs


def _write_line(fd: int, result: dict) -> None:
    data = (json.dumps(result, ensure_ascii=False) + "\n").encode("utf-8")
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def run_batch(
    input_path: str | os.PathLike,
    out: str | os.PathLike,
    db_path: str | os.PathLike,
    *,
    workers: int = 1,
    resume: bool = False,
    text_column: str = "text",
    id_column: str = "id",
    default_as_of: date | None = None,
    progress: bool = True,
) -> Summary:
    """Verify every document of ``input_path`` into ``out`` (JSON Lines); see the module doc."""
    out = Path(out)
    started = time.perf_counter()
    read = dict(text_column=text_column, id_column=id_column, default_as_of=default_as_of)
    docs = read_inputs(input_path, **read)
    total = count_inputs(input_path, **read)
    done = finished_ids(out) if resume else []
    docs = _skip_finished(iter(docs), done, out)
    summary = Summary(skipped=len(done))
    flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if resume else os.O_TRUNC)
    try:
        fd = os.open(out, flags, 0o644)
    except OSError as exc:
        raise BatchError(f"cannot write {out}: {exc.strerror}") from None
    bar = tqdm(total=total, initial=len(done), unit="doc", file=sys.stderr, disable=not progress,
               dynamic_ncols=True)
    try:
        for results in _results(docs, Path(db_path), workers):
            for result in results:
                _write_line(fd, result)
                summary.documents += 1
                if "error" in result:
                    summary.errors += 1
                for claim in result.get("claims", []):
                    summary.verdicts[claim.get("verdict")] += 1
            bar.update(len(results))
    finally:
        bar.close()
        os.close(fd)
        summary.seconds = time.perf_counter() - started
    return summary
