"""ECI results-site scrapes (github.com/thecont1/india-votes-data): the per-state
``results/{YEAR}Assembly-{ST}.csv`` files and the ``;``-separated GE 2024 archive file.

ECI pages give each candidate's EVM and postal votes and the party's full name, nothing else,
so this importer derives what the reference stores:

* votes = evm + postal (the archive file has the total already; "Uncontested" means elected
  unopposed: no votes, position 1);
* position = rank by votes among the candidates, NOTA excluded (NOTA keeps no position);
* margin (and margin %) on the winner's row = winner − runner-up;
* vote share = votes / all votes polled including NOTA, the ECI's own denominator;
* party = the abbreviation the party aliases give the full name (kept as written when none does).

Results files are assembly elections (house VS); the archive file is the 2024 Lok Sabha (LS).
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from reference_db.aliases import is_nota, state_codes
from reference_db.importers.base import ImportFailure, ReferenceWriter
from reference_db.importers.reading import CsvInput
from reference_db.importers.rows import described_source

RESULTS_COLUMNS = ("election_year", "election_type", "election_state", "constituency", "candidate", "party",
                   "evm_votes", "postal_votes")
ARCHIVE_COLUMNS = ("State", "Constituency", "Party", "Candidate", "Votes")
# Which Lok Sabha a general election elected (TCPD's Assembly_No), so the same election imported
# from TCPD, the canonical file or an ECI scrape is one ``elections`` row.
LOK_SABHA_NUMBER = {1952: 1, 1957: 2, 1962: 3, 1967: 4, 1971: 5, 1977: 6, 1980: 7, 1984: 8, 1985: 8, 1989: 9,
                    1991: 10, 1996: 11, 1998: 12, 1999: 13, 2004: 14, 2009: 15, 2014: 16, 2019: 17, 2024: 18}
_UNCONTESTED = re.compile(r"uncontest", re.IGNORECASE)
_YEAR_IN_NAME = re.compile(r"(?<!\d)(19|20)\d\d(?!\d)")


class _Candidate:
    __slots__ = ("line", "name", "party", "votes", "unopposed")

    def __init__(self, line: int, name: str, party: str, votes: int | None, unopposed: bool):
        self.line, self.name, self.party, self.votes, self.unopposed = line, name, party, votes, unopposed


def read(path: str | Path, writer: ReferenceWriter, progress: bool = False) -> None:
    """Add every row of one ECI results file (either layout) to the writer's database."""
    path = Path(path)
    contests: dict[tuple, list[_Candidate]] = defaultdict(list)
    meta: dict[tuple, dict] = {}
    with CsvInput(path, progress) as f:
        archive = "Votes" in f.col and "evm_votes" not in f.col
        f.require(ARCHIVE_COLUMNS if archive else RESULTS_COLUMNS)
        col, fields = f.col, f.fields
        if archive:
            m = _YEAR_IN_NAME.search(path.name)
            if not m:
                raise ImportFailure(f.name, None, "the GE archive file's name must contain its year (e.g. 2024_...)")
            archive_year = int(m.group(0))
        for row in f:
            if archive:
                state = writer.names.state(fields.required(row[col["State"]], "State"))
                year, house, number = archive_year, "LS", None  # 'Constituency ID' is not the PC number
                raw_votes = row[col["Votes"]].strip()
                unopposed = bool(_UNCONTESTED.match(raw_votes))
                votes = None if unopposed else fields.int_(raw_votes, "Votes")
                if votes is None and not unopposed:
                    raise fields.fail("column 'Votes' is empty")
            else:
                code = fields.required(row[col["election_state"]], "election_state").upper()
                state = state_codes().get(code) or writer.names.state(code)
                year = fields.int_(row[col["election_year"]], "election_year")
                etype = row[col["election_type"]].strip().casefold()
                if year is None:
                    raise fields.fail("column 'election_year' is empty")
                house = "VS" if etype.startswith("assembly") else "LS" if etype.startswith(("parliament", "lok")) else None
                if house is None:
                    raise fields.fail(f"column 'election_type': expected Assembly or Parliamentary, got {etype!r}")
                number = fields.int_(row[col["constituency_no"]], "constituency_no") if "constituency_no" in col else None
                evm = fields.int_(row[col["evm_votes"]], "evm_votes")
                postal = fields.int_(row[col["postal_votes"]], "postal_votes")
                if evm is None and postal is None:
                    raise fields.fail("columns 'evm_votes' and 'postal_votes' are both empty")
                votes, unopposed = (evm or 0) + (postal or 0), False
            cname = fields.required(row[col["Constituency" if archive else "constituency"]], "constituency")
            key = (house, state, year, cname.strip().casefold())
            meta.setdefault(key, {"name": cname, "number": number, "line": fields.line})
            contests[key].append(_Candidate(
                fields.line, fields.required(row[col["Candidate" if archive else "candidate"]], "candidate"),
                row[col["Party" if archive else "party"]], votes, unopposed))
    source = described_source(writer, path, "thecont1_eci", path.name)
    for key, candidates in contests.items():
        _add_contest(writer, key, meta[key], candidates, source)


def _add_contest(writer: ReferenceWriter, key: tuple, meta: dict, candidates: list[_Candidate], source: int) -> None:
    house, state, year, _ = key
    election = writer.election(house, state, year, "general",
                               LOK_SABHA_NUMBER.get(year) if house == "LS" else None, None)
    constituency = writer.constituency(house, state, meta["name"], meta["number"], None, year)
    polled = sum(c.votes or 0 for c in candidates) or None
    contest = writer.contest(election, constituency, 0, None, None, None,
                             sum(1 for c in candidates if not is_nota(c.name, c.party)))
    ranked = sorted((c for c in candidates if not is_nota(c.name, c.party)),
                    key=lambda c: (not c.unopposed, -(c.votes or 0)))
    position = {id(c): i for i, c in enumerate(ranked, start=1)}
    margin = None
    if len(ranked) >= 2 and ranked[0].votes is not None and ranked[1].votes is not None:
        margin = ranked[0].votes - ranked[1].votes
    for c in candidates:
        party, full = writer.party(c.party, None, party_is_name=True)
        if party and writer.names.party_abbr(c.party) is None:
            writer.note_unmapped(party)
        pos = position.get(id(c))
        is_winner = pos == 1
        writer.add(
            contest, c.name, party, full, c.votes, pos,
            round(100 * c.votes / polled, 2) if (polled and c.votes is not None) else None,
            margin if is_winner else None,
            round(100 * margin / polled, 2) if (is_winner and margin is not None and polled) else None,
            None, None, source,
        )
