"""Maintainer tool: extract the bundled default reference from the staged combined file.

    python -m reference_db.bundle ../shared/data/combined/candidates_unified.csv.gz

writes ``reference_db/bundled/reference.csv`` (canonical format, a few hundred curated rows) with
each row citing the official source of its election (the ECI report) plus TCPD, through whom the
numbers come.  Run it by hand when the selection below changes; nothing reads ``../shared/data``
at build or run time (``verifier db build`` only reads the bundled CSV).
"""
from __future__ import annotations

import csv
import gzip
import sys
from pathlib import Path

from reference_db.aliases import known_sources

BUNDLED_CSV = Path(__file__).resolve().parent / "bundled" / "reference.csv"

# What the bundle holds: (election_type, is_bye, state or None, years, constituency names or None
# for every constituency).  Names are compared upper-case, as TCPD writes them.
SELECTION = [
    ("GE", "1", None, {"2018"}, None),  # every 2018 Lok Sabha by-election
    ("AE", "0", "Uttar Pradesh", {"2012", "2017"}, {"NOORPUR"}),
    ("AE", "1", "Uttar Pradesh", {"2018"}, {"NOORPUR"}),
    ("GE", "0", None, {"2014", "2019"}, {"KAIRANA", "PHULPUR", "GORAKHPUR", "PALGHAR", "BHANDARA - GONDIYA"}),
]

LOK_SABHA_NO = {"2014": "16th", "2019": "17th"}
ECI_URL = "https://www.eci.gov.in/statistical-reports"


def selected(row: dict) -> bool:
    for etype, bye, state, years, names in SELECTION:
        if (row["election_type"] == etype and row["is_bye"] == bye and row["year"] in years
                and (state is None or row["state_name"] == state)
                and (names is None or row["constituency_name"].upper() in names)):
            return True
    return False


def official_source(row: dict) -> str:
    """The ECI publication an election's figures come from, named as the ECI names it."""
    year, state, name = row["year"], row["state_name"], row["constituency_name"].title()
    if row["is_bye"] == "1":
        house = "Parliamentary" if row["election_type"] == "GE" else "Assembly"
        return f"Election Commission of India: result of the {year} bye-election, {name} {house} Constituency, {state}"
    if row["election_type"] == "GE":
        return f"Election Commission of India: Statistical Report on General Election, {year} to the {LOK_SABHA_NO[year]} Lok Sabha"
    return f"Election Commission of India: Statistical Report on General Election, {year} to the Legislative Assembly of {state}"


def extract(combined: Path, out: Path = BUNDLED_CSV) -> int:
    with gzip.open(combined, "rt", encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        columns = list(reader.fieldnames or []) + ["source_title", "source_url", "source_citation", "source_licence"]
        rows = [r for r in reader if selected(r)]
    for r in rows:
        tcpd = known_sources()[r["source"]]
        r["source_title"] = official_source(r)
        r["source_url"] = ECI_URL
        r["source_citation"] = "Figures as compiled in: " + tcpd["citation"]
        r["source_licence"] = tcpd["licence"]
    rows.sort(key=lambda r: (r["election_type"], r["state_name"], r["constituency_name"], r["year"], r["is_bye"],
                             int(r["position"] or 999)))
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return len(rows)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: python -m reference_db.bundle PATH/TO/candidates_unified.csv.gz")
    print(f"{extract(Path(sys.argv[1]))} rows written to {BUNDLED_CSV}")
