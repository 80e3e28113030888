"""TCPD Lok Dhaba codebook CSVs (Trivedi Centre for Political Data, Ashoka University): the GE
download (``tcpd_ge/``) and the assembly files (``tcpd_ae_incumbency/``), ``.csv`` or ``.csv.gz``.

GE rows go to house ``LS`` and AE rows to ``VS``: the ``Election_Type`` column says which when
present ("Lok Sabha Election (GE)"), else the file name must contain ``GE`` or ``AE`` as a word.
``Poll_No`` > 0 is a by-election.  Optional columns may be missing (the AE files have no
``month``, ``Constituency_No``, ``Valid_Votes``, ``Electors``); ``State_Name`` writes spaces as
underscores.  Party abbreviations are kept as TCPD writes them.  Every row cites TCPD.
"""
from __future__ import annotations

import re
from pathlib import Path

from reference_db.importers.base import ImportFailure, ReferenceWriter
from reference_db.importers.reading import CsvInput
from reference_db.importers.rows import Layout, described_source, load

COLUMNS = {
    "state_name": "State_Name", "year": "Year", "month": "month", "poll_no": "Poll_No",
    "assembly_no": "Assembly_No", "constituency_name": "Constituency_Name", "constituency_no": "Constituency_No",
    "constituency_type": "Constituency_Type", "valid_votes": "Valid_Votes", "electors": "Electors",
    "turnout_pct": "Turnout_Percentage", "n_cand": "N_Cand", "candidate": "Candidate", "party": "Party",
    "votes": "Votes", "position": "Position", "vote_share_pct": "Vote_Share_Percentage", "margin": "Margin",
    "margin_pct": "Margin_Percentage", "sex": "Sex", "age": "Age",
}
SOURCES = {"LS": "tcpd_ge", "VS": "tcpd_ae_incumbency"}


def _house(f: CsvInput) -> str:
    if "Election_Type" in f.col:
        for row in f:  # peek at the first data row, then reopen
            etype = row[f.col["Election_Type"]]
            if "(GE)" in etype or "Lok Sabha" in etype:
                return "LS"
            if "(AE)" in etype or "Assembly" in etype:
                return "VS"
            raise f.fields.fail(f"column 'Election_Type': expected a Lok Sabha (GE) or Assembly (AE) election, "
                                f"got {etype!r}")
    words = set(re.split(r"[^A-Za-z]+", f.path.name.upper()))
    if "GE" in words and "AE" not in words:
        return "LS"
    if "AE" in words and "GE" not in words:
        return "VS"
    raise ImportFailure(f.name, 1, "cannot tell a GE (Lok Sabha) file from an AE (assembly) one: "
                                   "no Election_Type column and no GE/AE in the file name")


def read(path: str | Path, writer: ReferenceWriter, progress: bool = False) -> None:
    """Add every row of one TCPD file to the writer's database."""
    path = Path(path)
    with CsvInput(path) as f:
        house = _house(f)
    source = SOURCES[house]
    layout = Layout(columns=COLUMNS, house=house,
                    source_of=lambda w, cells: described_source(w, path, source, path.name))
    with CsvInput(path, progress) as f:
        load(f, writer, layout)
