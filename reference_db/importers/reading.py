"""Opening an input file for an importer: ``.csv`` or gzip-compressed (detected by its magic
bytes, whatever the name), UTF-8 only, ``,`` or ``;`` separated, with a tqdm bar over the bytes
read and every problem reported as :class:`ImportFailure` with the file name and line number."""
from __future__ import annotations

import csv
import gzip
import io
import itertools
import zlib
from pathlib import Path
from typing import Iterator

from tqdm import tqdm

from reference_db.importers.base import Fields, ImportFailure

_PROGRESS_EVERY = 4096


def _first_undecodable_line(path: Path, compressed: bool) -> tuple[int, str]:
    """Find the exact line a decoding error is on (the text layer decodes in chunks, so the
    reader's own line count runs behind)."""
    opener = gzip.open if compressed else open
    with opener(path, "rb") as fh:
        for n, raw in enumerate(fh, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                return n, f"byte {raw[exc.start:exc.start + 1]!r} at column {exc.start + 1}"
    return 0, ""


class CsvInput:
    """``with CsvInput(path) as f: f.require(...); for row in f: ...`` — rows are lists of cells,
    ``f.col`` maps a column name to its index, ``f.fields.line`` is the current line."""

    def __init__(self, path: str | Path, progress: bool = False):
        self.path = Path(path)
        self.name = str(path)
        self.fields = Fields(self.name)
        self.progress = progress
        self.col: dict[str, int] = {}

    def __enter__(self) -> "CsvInput":
        if not self.path.is_file():
            raise ImportFailure(self.name, None, "no such file")
        self._raw = self.path.open("rb")
        self.compressed = self._raw.read(2) == b"\x1f\x8b"
        self._raw.seek(0)
        stream = gzip.GzipFile(fileobj=self._raw, mode="rb") if self.compressed else self._raw
        self._text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
        try:
            first = self._text.readline()
        except UnicodeDecodeError:
            self._decode_failure()
        except (OSError, EOFError, zlib.error) as exc:
            raise ImportFailure(self.name, 1, f"cannot read compressed file ({exc})") from None
        if not first.strip():
            raise ImportFailure(self.name, 1, "empty file: expected a header line")
        delimiter = ";" if first.count(";") > first.count(",") else ","
        self._reader = csv.reader(itertools.chain([first], self._text), delimiter=delimiter)
        header = next(self._reader)
        self.header = [h.strip() for h in header]
        self.col = {h: i for i, h in enumerate(self.header) if h}
        self._bar = tqdm(total=self.path.stat().st_size, unit="B", unit_scale=True,
                         desc=self.path.name, disable=not self.progress, leave=False)
        return self

    def __exit__(self, *exc) -> None:
        self._bar.close()
        self._text.close()
        self._raw.close()

    def require(self, columns: tuple[str, ...]) -> None:
        missing = [c for c in columns if c not in self.col]
        if missing:
            raise ImportFailure(self.name, 1, f"missing required column(s): {', '.join(missing)} "
                                              f"(found: {', '.join(self.header)})")

    def _decode_failure(self) -> None:
        line, what = _first_undecodable_line(self.path, self.compressed)
        raise ImportFailure(self.name, line or None, f"not UTF-8 text ({what or 'undecodable bytes'}); "
                                                     "save the file as UTF-8") from None

    def __iter__(self) -> Iterator[list[str]]:
        reader, fields, width = self._reader, self.fields, len(self.header)
        raw, bar = self._raw, self._bar
        done = 0
        try:
            for n, row in enumerate(reader):
                fields.line = reader.line_num
                if len(row) != width:
                    if not row or (len(row) == 1 and not row[0].strip()):
                        continue
                    raise fields.fail(f"expected {width} fields, found {len(row)}")
                if n % _PROGRESS_EVERY == 0 and not bar.disable:
                    pos = raw.tell()
                    bar.update(pos - done)
                    done = pos
                yield row
        except UnicodeDecodeError:
            self._decode_failure()
        except csv.Error as exc:
            raise ImportFailure(self.name, reader.line_num, f"malformed CSV ({exc})") from None
        except (OSError, EOFError, zlib.error) as exc:
            raise ImportFailure(self.name, reader.line_num, f"cannot read compressed file ({exc})") from None
        bar.update(self.path.stat().st_size - done)
