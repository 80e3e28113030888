"""References for the bench: the full one imported from ../shared/data (timed), and smaller ones
sampled from the same file so lookup cost can be compared across reference sizes.

Samples keep whole contests (every candidate of a constituency's election), chosen in a fixed
random order, and first take the contests the seed article's evidence cites on the full
reference, so every size answers the same lookups and only the reference's size changes.
"""
from __future__ import annotations

import csv
import gzip
import io
import random
import re
import sys
from pathlib import Path

from bench.timing import run_process

_CONTEST_COLUMNS = ("election_type", "state_name", "year", "month", "is_bye", "poll_no",
                    "assembly_no", "constituency_no", "constituency_name")


def _key(text: str | None) -> str:
    return re.sub(r"[^0-9a-z]", "", (text or "").lower())


def _open_text(path: Path) -> io.TextIOBase:
    if path.suffix == ".gz":
        return io.TextIOWrapper(gzip.open(path, "rb"), encoding="utf-8", newline="")
    return path.open(encoding="utf-8", newline="")


def verifier_command() -> list[str]:
    """The installed ``verifier`` of this interpreter's environment."""
    exe = Path(sys.executable).with_name("verifier")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "verifier.interfaces.cli"]


def import_reference(csv_path: Path, db_path: Path, env: dict) -> dict:
    """``verifier db import canonical`` into a new file, as a whole process; wall and CPU time."""
    if db_path.exists():
        db_path.unlink()
    timed, proc = run_process([*verifier_command(), "db", "import", "canonical", str(csv_path),
                               "--db", str(db_path), "--no-progress", "--json"], env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"import of {csv_path} failed: {proc.stderr.strip()}")
    import json

    stats = json.loads(proc.stdout)
    return {"csv": str(csv_path), "db": str(db_path), "wall_s": round(timed.wall, 2),
            "cpu_s": round(timed.cpu, 2), "rows": stats.get("results_added"),
            "contests": stats.get("contests_added"), "db_mb": round(db_path.stat().st_size / 2**20, 1)}


def cited_keys(results: list[dict]) -> set[tuple[str, int, str]]:
    """``(state, year, constituency)`` keys of the evidence rows of some document results."""
    keys = set()
    for doc in results:
        for claim in doc.get("claims", []):
            for ev in claim.get("evidence") or []:
                el = ev.get("election") or {}
                if ev.get("constituency") and el.get("state") and el.get("year"):
                    keys.add((_key(el["state"]), int(el["year"]), _key(ev["constituency"])))
    return keys


def sample_csv(src: Path, dest: Path, n_rows: int, keep: set[tuple[str, int, str]], seed: int = 6) -> int:
    """Write to ``dest`` about ``n_rows`` rows of ``src``: whole contests, the ``keep`` ones first,
    then others in a fixed random order.  Returns the rows written."""
    with _open_text(src) as f:
        reader = csv.reader(f)
        header = next(reader)
        idx = [header.index(c) for c in _CONTEST_COLUMNS if c in header]
        st, yr, cn = header.index("state_name"), header.index("year"), header.index("constituency_name")
        sizes: dict[tuple, int] = {}
        priority: set[tuple] = set()
        for row in reader:
            k = tuple(row[i] for i in idx)
            sizes[k] = sizes.get(k, 0) + 1
            try:
                if (_key(row[st]), int(float(row[yr])), _key(row[cn])) in keep:
                    priority.add(k)
            except ValueError:
                pass
    order = list(sizes)
    random.Random(seed).shuffle(order)
    order.sort(key=lambda k: k not in priority)  # stable: kept contests first, then the shuffle
    chosen: set[tuple] = set()
    total = 0
    for k in order:
        if total >= n_rows:
            break
        chosen.add(k)
        total += sizes[k]
    with _open_text(src) as f, dest.open("w", encoding="utf-8", newline="") as out:
        reader, writer = csv.reader(f), csv.writer(out)
        writer.writerow(next(reader))
        for row in reader:
            if tuple(row[i] for i in idx) in chosen:
                writer.writerow(row)
    return total
