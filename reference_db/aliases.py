"""Other names for parties, states and alliances, kept as data files, and the lookups the
importers need from them.

* ``reference_db/data/aliases/*.csv`` (``kind, alias, canonical, lang``) are loaded into the
  ``aliases`` table at every import and build.  Loading only adds rows: an alias a user added with
  ``verifier db aliases add`` is never removed by a later import.
* ``reference_db/data/alliances.csv`` (``house, state, year, alliance, party``) fills ``alliances``.
* ``reference_db/data/state_codes.csv`` maps two-letter state codes (ECI results pages) to names;
  codes are not aliases (``AS``, ``OR`` would match ordinary English words in claims).
* ``reference_db/data/sources.json`` describes each known data source (title, url, citation,
  licence) by the ``source`` value the canonical format carries.
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
ALIAS_DIR = DATA_DIR / "aliases"
ALIAS_COLUMNS = ("kind", "alias", "canonical", "lang")
ALLIANCE_COLUMNS = ("house", "state", "year", "alliance", "party")
KINDS = ("party", "constituency", "candidate", "alliance", "state")

_KEY_PUNCT_RE = re.compile(r"[\s\-–—_.,()'’\"]+")


def name_key(name: str) -> str:
    """A lookup key that ignores case, spacing and punctuation (``Janata Dal  (United)`` and
    ``Janata Dal(United)`` meet).  Only ASCII punctuation and dashes are removed, so Devanagari
    vowel signs survive."""
    return _KEY_PUNCT_RE.sub(" ", name.casefold()).strip()


def is_nota(candidate: str | None, party: str | None) -> bool:
    """True for the 'None of the Above' row, however the source wrote it."""
    for value in (candidate, party):
        if value and value.lstrip()[:1] in ("N", "n") and name_key(value) in ("nota", "none of the above"):
            return True
    return False


@dataclass(frozen=True)
class Alias:
    kind: str
    alias: str
    canonical: str
    lang: str | None


def read_alias_file(path: Path) -> list[Alias]:
    """One alias CSV; a malformed file raises ``ValueError`` naming file and line."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = set(ALIAS_COLUMNS[:3]) - set(reader.fieldnames or ())
        if missing:
            raise ValueError(f"{path}: missing column(s) {', '.join(sorted(missing))}")
        out = []
        for row in reader:
            kind, alias, canonical = (row.get(c, "").strip() for c in ALIAS_COLUMNS[:3])
            if kind not in KINDS or not alias or not canonical:
                raise ValueError(f"{path}:{reader.line_num}: expected kind in {KINDS}, alias and canonical")
            out.append(Alias(kind, alias, canonical, (row.get("lang") or "").strip() or None))
        return out


def bundled_aliases(alias_dir: Path | None = None) -> list[Alias]:
    """Every alias in the data files (default: :data:`ALIAS_DIR`, read at call time), in
    file-name order."""
    out: list[Alias] = []
    for path in sorted((alias_dir if alias_dir is not None else ALIAS_DIR).glob("*.csv")):
        out.extend(read_alias_file(path))
    return out


def bundled_alliances(path: Path = DATA_DIR / "alliances.csv") -> list[tuple[str, str, int, str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        out = []
        for row in reader:
            try:
                out.append((row["house"].strip(), row["state"].strip(), int(row["year"]),
                            row["alliance"].strip(), row["party"].strip()))
            except (KeyError, ValueError, AttributeError):
                raise ValueError(f"{path}:{reader.line_num}: expected {', '.join(ALLIANCE_COLUMNS)}") from None
        return out


@lru_cache(maxsize=1)
def state_codes() -> dict[str, str]:
    with (DATA_DIR / "state_codes.csv").open(encoding="utf-8", newline="") as fh:
        return {row["code"].strip().upper(): row["state"].strip() for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def known_sources() -> dict[str, dict]:
    return json.loads((DATA_DIR / "sources.json").read_text(encoding="utf-8"))


def load_into(conn: sqlite3.Connection, alias_dir: Path | None = None) -> int:
    """Add the bundled aliases and alliances to a reference (never deletes).  Returns how many
    alias rows were new."""
    before = conn.total_changes
    conn.executemany(
        "INSERT OR IGNORE INTO aliases(kind, alias, canonical, lang) VALUES (?, ?, ?, ?)",
        [(a.kind, a.alias, a.canonical, a.lang) for a in bundled_aliases(alias_dir)],
    )
    added = conn.total_changes - before
    conn.executemany(
        "INSERT OR IGNORE INTO alliances(house, state, year, alliance, party) VALUES (?, ?, ?, ?, ?)",
        bundled_alliances(),
    )
    return added


class NameTables:
    """The lookups importers use: party names → abbreviation, state spellings → one name."""

    def __init__(self, aliases: list[Alias]):
        self._party: dict[str, str] = {}
        self._state: dict[str, str] = {}
        for a in aliases:
            table = self._party if a.kind == "party" else self._state if a.kind == "state" else None
            if table is not None:
                table.setdefault(name_key(a.alias), a.canonical)
                if a.kind == "state":
                    table.setdefault(name_key(a.canonical), a.canonical)

    @classmethod
    def for_connection(cls, conn: sqlite3.Connection | None = None) -> "NameTables":
        """The bundled aliases, plus those stored in the database (user additions)."""
        aliases = bundled_aliases()
        if conn is not None:
            aliases += [Alias(*r) for r in conn.execute("SELECT kind, alias, canonical, lang FROM aliases")]
        return cls(aliases)

    def party_abbr(self, name: str) -> str | None:
        return self._party.get(name_key(name))

    def state(self, name: str) -> str:
        """One spelling per state: ``Jammu_and_Kashmir``, ``NCT OF Delhi`` → ``Jammu & Kashmir``,
        ``Delhi``; a name with no alias keeps its words, with underscores read as spaces."""
        cleaned = re.sub(r"\s+", " ", name.replace("_", " ")).strip()
        return self._state.get(name_key(cleaned), cleaned)
