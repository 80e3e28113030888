"""Turning a one-row-per-candidate table into writer calls, whatever the table calls its columns.

The canonical and TCPD formats differ only in column names and in how the house is known, so
both are a :class:`Layout` read by :func:`load`.  The cells that describe the contest repeat on
every candidate's row; they are parsed once per distinct combination (~68k contests in the full
610k-row file), which is most of what makes the import fast.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from reference_db.aliases import name_key
from reference_db.importers.base import Fields, ReferenceWriter
from reference_db.importers.reading import CsvInput

HOUSES = {"GE": "LS", "LS": "LS", "AE": "VS", "VS": "VS"}

CONTEST_COLUMNS = (
    "election_type", "state_name", "year", "poll_no", "is_bye", "assembly_no", "month", "constituency_name",
    "constituency_no", "constituency_type", "valid_votes", "electors", "turnout_pct", "n_cand",
)
SOURCE_COLUMNS = ("source", "source_file", "source_title", "source_url", "source_citation", "source_licence")
ROW_COLUMNS = ("candidate", "party", "party_full_name", "votes", "position", "vote_share_pct", "margin",
               "margin_pct", "sex", "age")
REQUIRED = ("state_name", "year", "constituency_name", "candidate", "votes")

SourceOf = Callable[[ReferenceWriter, tuple], int]


@dataclass(frozen=True)
class Layout:
    """Where a format keeps each canonical field.

    ``columns`` maps a canonical name to the file's column (absent: the field is missing);
    ``house`` is fixed when the whole file is one house, else read from ``election_type``;
    ``source_of`` turns the row's :data:`SOURCE_COLUMNS` cells into a ``sources`` id."""

    columns: dict[str, str]
    source_of: SourceOf
    house: str | None = None


def load(f: CsvInput, writer: ReferenceWriter, layout: Layout) -> None:
    required = REQUIRED + (() if layout.house else ("election_type",))
    f.require(tuple(layout.columns.get(c, c) for c in required))
    fields = f.fields

    def index(name: str) -> int:
        # An absent optional column reads the empty cell appended to every row.
        return f.col.get(layout.columns.get(name, ""), -1)

    contest_idx = [index(c) for c in CONTEST_COLUMNS]
    source_idx = [index(c) for c in SOURCE_COLUMNS]
    (i_cand, i_party, i_full, i_votes, i_pos, i_share, i_margin, i_mpct, i_sex, i_age) = (
        index(c) for c in ROW_COLUMNS)
    contests: dict[tuple, int] = {}
    sources: dict[tuple, int] = {}
    parties: dict[tuple, tuple] = {}
    int_, float_ = fields.int_, fields.float_
    for row in f:
        row.append("")
        ckey = tuple([row[i] for i in contest_idx])
        contest = contests.get(ckey)
        if contest is None:
            contest = contests[ckey] = _contest(writer, fields, ckey, layout.house)
        skey = tuple([row[i] for i in source_idx])
        source = sources.get(skey)
        if source is None:
            source = sources[skey] = layout.source_of(writer, skey)
        pkey = (row[i_party], row[i_full])
        party = parties.get(pkey)
        if party is None:
            party = parties[pkey] = _party(writer, *pkey)
        if party[2]:
            writer.note_unmapped(party[2])
        candidate = row[i_cand]
        if not candidate or candidate.isspace():
            raise fields.fail(f"column {layout.columns.get('candidate', 'candidate')!r} is empty")
        writer.add(
            contest, candidate, party[0], party[1], int_(row[i_votes], "votes"), int_(row[i_pos], "position"),
            float_(row[i_share], "vote_share_pct"), int_(row[i_margin], "margin"),
            float_(row[i_mpct], "margin_pct"), row[i_sex], int_(row[i_age], "age"), source,
        )


def _party(writer: ReferenceWriter, party_raw: str, full_raw: str) -> tuple[str | None, str | None, str | None]:
    """``(party, full name, unmapped name or None)``.  A party written with spaces, or equal to its
    own full name, is a name (ECI style), not an abbreviation, and goes through the aliases."""
    is_name = " " in party_raw.strip() or (bool(full_raw.strip()) and name_key(full_raw) == name_key(party_raw))
    abbr, full = writer.party(party_raw, full_raw, party_is_name=is_name)
    unmapped = abbr if (is_name and abbr and writer.names.party_abbr(party_raw) is None) else None
    return abbr, full, unmapped


def _contest(writer: ReferenceWriter, fields: Fields, cells: tuple, fixed_house: str | None) -> int:
    (etype, raw_state, year, poll_no, is_bye, assembly_no, month, cname, cno, ctype, valid, electors, turnout,
     n_cand) = cells
    int_ = fields.int_
    house = fixed_house or HOUSES.get(etype.strip().upper())
    if house is None:
        raise fields.fail(f"column 'election_type': expected GE or AE, got {etype!r}")
    state = writer.names.state(fields.required(raw_state, "state_name"))
    year = int_(year, "year")
    if year is None:
        raise fields.fail("column 'year' is empty")
    poll = int_(poll_no, "poll_no") or 0
    kind = "bye" if (int_(is_bye, "is_bye") or poll > 0) else "general"
    election = writer.election(house, state, year, kind, int_(assembly_no, "assembly_no"), int_(month, "month"))
    constituency = writer.constituency(house, state, fields.required(cname, "constituency_name"),
                                       int_(cno, "constituency_no"), ctype.strip() or None, year)
    return writer.contest(
        election, constituency, poll, int_(valid, "valid_votes", zero_is_missing=True),
        int_(electors, "electors", zero_is_missing=True),
        fields.float_(turnout, "turnout_pct", zero_is_missing=True), int_(n_cand, "n_cand", zero_is_missing=True),
    )


def described_source(writer: ReferenceWriter, path: Path, source: str, source_file: str = "", title: str = "",
                     url: str = "", citation: str = "", licence: str = "") -> int:
    """A ``sources`` row per source file (and per cited document when the row names one), with
    the title, url, citation and licence of a known source (``reference_db/data/sources.json``)
    unless the row gives its own."""
    from reference_db.aliases import known_sources

    source = source.strip()
    known = known_sources().get(source, {})
    file_name = Path(source_file).name if source_file.strip() else path.name
    key = f"{source or 'canonical'}:{file_name}" + (f":{title.strip()}" if title.strip() else "")
    return writer.source(
        key,
        title.strip() or known.get("title") or f"{source or path.name}: {file_name}",
        url.strip() or known.get("url"),
        citation.strip() or known.get("citation"),
        licence.strip() or known.get("licence"),
    )
