"""The canonical importer, and what every import guarantees: idempotent, atomic, strict."""
from __future__ import annotations

import gzip
import shutil

import pytest

from reference_db.importers.base import ImportFailure
from reference_db.importers.run import import_files
from reference_db.store import Reference

from reference_helpers import FIXTURES, contest_rows, dump, rows

SMALL = FIXTURES / "canonical_small.csv"
BAD_VOTES = FIXTURES / "canonical_bad_votes.csv"


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ref.db"
    import_files("canonical", [SMALL], path)
    return path


def test_rows_land_in_the_normalised_tables(db):
    assert contest_rows(db, "Noorpur", 2017, "general")[:2] == [
        ("LOKENDRA SINGH", "BJP", "BHARATIYA JANATA PARTY", 79172, 1, 12736),
        ("NAIM UL HASAN", "SP", "SAMAJWADI PARTY", 66436, 2, 20534),
    ]
    # NOORPUR and Noorpur are one constituency; the by-election is its own contest.
    assert rows(db, "SELECT name, number, reservation FROM constituencies WHERE name = 'Noorpur'") == [("Noorpur", 24, "GEN")]
    assert contest_rows(db, "Noorpur", 2018, "bye")[0][:5] == ("Naimul Hasan", "SP", None, 94875, 1)
    assert rows(db, "SELECT poll_no FROM contests c JOIN elections e ON e.id = c.election_id WHERE e.kind = 'bye'") == [(1,)]
    # "nan" is pandas' missing number, read as missing rather than rejected.
    assert rows(db, "SELECT vote_share_pct FROM results WHERE candidate = 'GOHAR IQBAL'") == [(None,)]


def test_nota_never_ranks_and_those_below_it_move_up(db):
    got = contest_rows(db, "Andaman & Nicobar Islands", 2019, "general")
    assert [(c, p, pos) for c, p, _, _, pos, _ in got] == [
        ("KULDEEP RAI SHARMA", "INC", 1), ("VISHAL JOLLY", "BJP", 2), ("PARITOSH KUMAR HALDAR", "BSP", 3),
        ("NOTA", "NOTA", None),
    ]


def test_eci_party_names_map_to_the_tcpd_abbreviation(db):
    # Surat 2024: elected unopposed, no vote count; the ECI full name is kept beside the abbreviation.
    assert contest_rows(db, "Surat", 2024, "general") == [
        ("MUKESHKUMAR CHANDRAKAANT DALAL", "BJP", "Bharatiya Janata Party", None, 1, None)]


def test_read_api_sees_the_import(db):
    ref = Reference(db)
    noorpur = next(c for c in ref.constituencies() if c.name == "Noorpur")
    contests = ref.contests_of(noorpur.id)
    assert [(e.year, e.kind) for _, e, _ in contests] == [(2017, "general"), (2018, "bye")]
    bye = ref.contest(contests[1][0])
    assert bye.winner.candidate == "Naimul Hasan" and bye.winner.margin == 5662
    assert bye.winner.source.url == "https://lokdhaba.ashoka.edu.in"
    assert "Trivedi Centre for Political Data" in bye.winner.source.citation
    assert ref.seat_tally("LS", 2019) == {"INC": 1}


def test_importing_the_same_file_twice_changes_nothing(db):
    before = dump(db)
    stats = import_files("canonical", [SMALL], db)
    assert stats.results_added == 0 and stats.results_already_present == 10
    assert dump(db) == before


def test_gzip_input_gives_the_same_database(tmp_path, db):
    gz = tmp_path / "small.csv.gz"
    gz.write_bytes(gzip.compress(SMALL.read_bytes()))
    other = tmp_path / "other.db"
    import_files("canonical", [gz], other)
    assert rows(other, "SELECT candidate, party, votes, position FROM results ORDER BY id") == \
        rows(db, "SELECT candidate, party, votes, position FROM results ORDER BY id")


def test_a_bad_row_mid_file_leaves_the_database_exactly_as_before(db):
    before = dump(db)
    with pytest.raises(ImportFailure) as err:
        import_files("canonical", [BAD_VOTES], db)
    assert str(err.value).startswith(f"{BAD_VOTES}:4: ")
    assert "'votes'" in str(err.value) and "fifty thousand" in str(err.value)
    assert dump(db) == before


def test_a_bad_second_file_rolls_back_the_first(tmp_path, db):
    before = dump(db)
    good = tmp_path / "good.csv"
    shutil.copy(BAD_VOTES, good)
    good.write_text("\n".join(l for l in good.read_text().splitlines() if "fifty" not in l) + "\n")
    with pytest.raises(ImportFailure):
        import_files("canonical", [good, BAD_VOTES], db)
    assert dump(db) == before


def test_a_failed_import_into_a_new_file_leaves_no_file(tmp_path):
    target = tmp_path / "new.db"
    with pytest.raises(ImportFailure):
        import_files("canonical", [BAD_VOTES], target)
    assert list(tmp_path.iterdir()) == []


def test_missing_required_column_is_named(tmp_path):
    with pytest.raises(ImportFailure) as err:
        import_files("canonical", [FIXTURES / "canonical_missing_votes_column.csv"], tmp_path / "x.db")
    assert ":1: missing required column(s): votes" in str(err.value)


def test_wrong_encoding_names_the_line(tmp_path):
    latin1 = tmp_path / "latin1.csv"
    text = SMALL.read_text(encoding="utf-8").replace("GOHAR IQBAL", "GOHAR IQBÄL")
    latin1.write_bytes(text.encode("latin-1"))
    with pytest.raises(ImportFailure) as err:
        import_files("canonical", [latin1], tmp_path / "x.db")
    assert str(err.value).startswith(f"{latin1}:4: not UTF-8 text")


def test_ragged_row_and_bad_state_are_reported(tmp_path):
    ragged = tmp_path / "ragged.csv"
    lines = SMALL.read_text().splitlines()
    ragged.write_text("\n".join(lines[:3] + [lines[3] + ",extra"] + lines[4:]) + "\n")
    with pytest.raises(ImportFailure, match=r"ragged.csv:4: expected 26 fields, found 27"):
        import_files("canonical", [ragged], tmp_path / "x.db")
    badtype = tmp_path / "badtype.csv"
    badtype.write_text("\n".join(lines[:2] + [lines[2].replace(",AE,", ",ZZ,")]) + "\n")
    with pytest.raises(ImportFailure, match=r"badtype.csv:3: column 'election_type': expected GE or AE"):
        import_files("canonical", [badtype], tmp_path / "y.db")


def test_not_a_reference_is_refused_untouched(tmp_path):
    other = tmp_path / "other.db"
    import sqlite3
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    before = other.read_bytes()
    with pytest.raises(ImportFailure, match="not a verifier reference"):
        import_files("canonical", [SMALL], other)
    assert other.read_bytes() == before
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(ImportFailure, match="not a SQLite database"):
        import_files("canonical", [SMALL], junk)


def test_aliases_and_alliances_are_loaded(db):
    assert ("भाजपा", "BJP") in rows(db, "SELECT alias, canonical FROM aliases WHERE kind = 'party'")
    assert ("Bharatiya Janata Party", "BJP") in rows(db, "SELECT alias, canonical FROM aliases WHERE kind = 'party'")
    assert sorted(Reference(db).alliance_members("VS", "Uttar Pradesh", 2022, "SP+")) == ["RLD", "SBSP", "SP"]


KILL_MID_IMPORT = r"""
import os, signal, sys
from reference_db.importers import run
from reference_db.importers.base import ReferenceWriter

connect = run._connect
def small_cache(path, fresh):
    conn = connect(path, fresh)
    conn.execute("PRAGMA cache_size = 2")  # spill changed pages into the database file early
    return conn
run._connect = small_cache
finish = ReferenceWriter.finish
def finish_then_die(self):
    finish(self)
    os.kill(os.getpid(), signal.SIGKILL)  # everything written, nothing committed
ReferenceWriter.finish = finish_then_die
run.import_files("canonical", [sys.argv[1]], sys.argv[2])
"""


def test_a_kill_mid_import_leaves_the_database_as_before(tmp_path, db):
    import subprocess
    import sys

    from reference_db.build import recover

    before = dump(db)
    kill_input = tmp_path / "more.csv"  # new rows for every table: a 2012 contest of 400 candidates
    header, first = BAD_VOTES.read_text().splitlines()[:2]
    kill_input.write_text(header + "\n" + "\n".join(
        first.replace("LOKENDRA SINGH", f"CANDIDATE {i}").replace(",59000,1,", f",{1000 + i},{400 - i},")
        for i in range(400)) + "\n")
    proc = subprocess.run([sys.executable, "-c", KILL_MID_IMPORT, str(kill_input), str(db)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == -9, proc.stderr
    recover(db)
    assert dump(db) == before
    assert Reference(db).stats()["candidates"] == 10


# -- re-importing after the alias files changed ----------------------------------------------
ALIAS_HEADER = "kind,alias,canonical,lang\n"
STATES_CSV = ALIAS_HEADER + "state,Uttar Pradesh,Uttar Pradesh,en\n"
# Party codes written with a space are names to the importer and go through the party aliases.
RENORMALISED = (
    "source,source_file,election_type,is_bye,poll_no,state_name,year,month,assembly_no,constituency_no,"
    "constituency_name,constituency_type,candidate,sex,age,party,party_full_name,votes,position,vote_share_pct,"
    "valid_votes,electors,turnout_pct,margin,margin_pct,n_cand\n"
    "tcpd_ae_incumbency,x.csv,AE,0,0,Uttar Pradesh,2012,,16,24,NOORPUR,GEN,LOKENDRA SINGH,M,,BJP,,59000,1,,,,,2000,,\n"
    "tcpd_ae_incumbency,x.csv,AE,0,0,Uttar Pradesh,2012,,16,24,NOORPUR,GEN,RAM LAL,M,,JD (S),,57000,2,,,,,,,\n"
    "tcpd_ae_incumbency,x.csv,AE,0,0,Uttar Pradesh,2012,,16,24,NOORPUR,GEN,SHYAM LAL,M,,CPI (ML),,3000,3,,,,,,,\n"
)


def _alias_dir(path, party_lines: str):
    path.mkdir()
    (path / "parties.csv").write_text(ALIAS_HEADER + party_lines, encoding="utf-8")
    (path / "states.csv").write_text(STATES_CSV, encoding="utf-8")
    return path


def test_reimport_after_party_aliases_changed_adds_nothing_and_follows_the_aliases(tmp_path, monkeypatch):
    """A colleague adds aliases (``JD (S)`` → ``JD(S)``, ``CPI(ML)`` → ``CPI(ML)(L)``) and imports the
    same file again: no row is added, and the stored rows take the new party in place."""
    from reference_db import aliases

    src = tmp_path / "renormalised.csv"
    src.write_text(RENORMALISED, encoding="utf-8")
    db = tmp_path / "ref.db"
    monkeypatch.setattr(aliases, "ALIAS_DIR", _alias_dir(tmp_path / "old", "party,Bharatiya Janata Party,BJP,en\n"))
    first = import_files("canonical", [src], db)
    assert first.results_added == 3
    assert [r[1] for r in contest_rows(db, "Noorpur", 2012, "general")] == ["BJP", "JD (S)", "CPI (ML)"]

    monkeypatch.setattr(aliases, "ALIAS_DIR", _alias_dir(
        tmp_path / "new", "party,Bharatiya Janata Party,BJP,en\nparty,JD(S),JD(S),en\nparty,CPI(ML),CPI(ML)(L),en\n"))
    again = import_files("canonical", [src], db)
    assert again.results_added == 0
    assert again.results_already_present == 3 and again.results_party_updated == 2
    assert rows(db, "SELECT COUNT(*) FROM results") == [(3,)]
    assert [r[1] for r in contest_rows(db, "Noorpur", 2012, "general")] == ["BJP", "JD(S)", "CPI(ML)(L)"]
    parties = {r[0] for r in rows(db, "SELECT abbr FROM parties")}
    assert {"JD(S)", "CPI(ML)(L)"} <= parties and not parties & {"JD (S)", "CPI (ML)"}

    before = dump(db)
    third = import_files("canonical", [src], db)
    assert (third.results_added, third.results_party_updated) == (0, 0)
    assert dump(db) == before


def test_reimport_after_a_user_party_alias_adds_nothing(tmp_path):
    """An alias added to the database itself (``verifier db aliases add``) changes the
    normalisation too; the next import of the same file must still add nothing."""
    import sqlite3

    src = tmp_path / "renormalised.csv"
    src.write_text(RENORMALISED.replace("JD (S)", "Lok Hit Party"), encoding="utf-8")
    db = tmp_path / "ref.db"
    import_files("canonical", [src], db)
    assert contest_rows(db, "Noorpur", 2012, "general")[1][1] == "Lok Hit Party"
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO aliases(kind, alias, canonical, lang) VALUES ('party', 'Lok Hit Party', 'LHP', 'en')")
    conn.close()
    stats = import_files("canonical", [src], db)
    assert stats.results_added == 0 and stats.results_already_present == 3
    assert rows(db, "SELECT COUNT(*) FROM results") == [(3,)]
    assert contest_rows(db, "Noorpur", 2012, "general")[1][1] == "LHP"


def test_another_source_with_another_party_neither_duplicates_nor_overwrites(tmp_path):
    """The same candidate and votes from a second source is the row already there; its party stays
    the first source's (only a re-import from the same source re-normalises it)."""
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(RENORMALISED, encoding="utf-8")
    second.write_text(RENORMALISED.replace("x.csv", "y.csv").replace(",JD (S),", ",JDS,"), encoding="utf-8")
    db = tmp_path / "ref.db"
    import_files("canonical", [first], db)
    before = dump(db)
    stats = import_files("canonical", [second], db)
    assert (stats.results_added, stats.results_already_present, stats.results_party_updated) == (0, 3, 0)
    after = dump(db)
    assert [line for line in after if "INSERT INTO \"results\"" in line] == \
        [line for line in before if "INSERT INTO \"results\"" in line]
    assert rows(db, "SELECT party FROM results WHERE candidate = 'RAM LAL'") != [("JDS",)]
