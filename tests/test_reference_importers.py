"""The TCPD and ECI (india-votes) importers on small hand-written files."""
from __future__ import annotations

import gzip

import pytest

from reference_db.importers.base import ImportFailure
from reference_db.importers.run import import_files

from reference_helpers import FIXTURES, contest_rows, dump, rows


def test_tcpd_ge_and_ae(tmp_path):
    db = tmp_path / "ref.db"
    stats = import_files("tcpd", [FIXTURES / "TCPD_GE_small.csv", FIXTURES / "TCPD_AE_small.csv"], db)
    assert stats.results_added == 9
    assert rows(db, "SELECT house, state, year, kind, assembly_no, month FROM elections ORDER BY house, year") == [
        ("LS", "Uttar Pradesh", 2014, "general", 16, 5), ("LS", "Uttar Pradesh", 2018, "bye", 16, None),
        ("VS", "Andhra Pradesh", 1996, "bye", 10, None), ("VS", "Uttar Pradesh", 2018, "bye", 17, None),
    ]
    assert contest_rows(db, "Kairana", 2018, "bye")[:2] == [
        ("Tabassum Begum €", "RLD", None, 467881, 1, 41233), ("Mriganka Singh", "BJP", None, 426648, 2, 425034)]
    assert rows(db, "SELECT valid_votes, electors, turnout_pct, n_cand, poll_no FROM contests c JOIN elections e "
                    "ON e.id = c.election_id WHERE e.year = 2018 AND e.house = 'LS'") == [(910682, 1612989, 56.46, 12, 1)]
    # The reservation suffix is not part of the name; a sex column holding 'ST' is not a sex.
    assert rows(db, "SELECT name, reservation FROM constituencies WHERE state = 'Andhra Pradesh'") == [("Mulug", "ST")]
    assert rows(db, "SELECT sex FROM results WHERE candidate = 'Kaka Lingaiah'") == [(None,)]
    # Every row cites TCPD; one sources row per file.
    sources = rows(db, "SELECT key, url, citation FROM sources ORDER BY key")
    assert [s[0] for s in sources] == ["tcpd_ae_incumbency:TCPD_AE_small.csv", "tcpd_ge:TCPD_GE_small.csv"]
    assert all(s[1] == "https://lokdhaba.ashoka.edu.in" and s[2].startswith("Trivedi Centre for Political Data, "
                                                                            "Ashoka University. Lok Dhaba") for s in sources)


def test_tcpd_gzip_and_idempotence(tmp_path):
    gz = tmp_path / "TCPD_AE_small.csv.gz"
    gz.write_bytes(gzip.compress((FIXTURES / "TCPD_AE_small.csv").read_bytes()))
    db = tmp_path / "ref.db"
    import_files("tcpd", [gz], db)
    before = dump(db)
    import_files("tcpd", [gz], db)
    assert dump(db) == before
    assert contest_rows(db, "Noorpur", 2018, "bye")[0] == ("Naimul Hasan", "SP", None, 94875, 1, 5662)


def test_tcpd_file_that_says_neither_ge_nor_ae(tmp_path):
    unnamed = tmp_path / "results.csv"
    unnamed.write_bytes((FIXTURES / "TCPD_AE_small.csv").read_bytes())
    with pytest.raises(ImportFailure, match="cannot tell a GE"):
        import_files("tcpd", [unnamed], tmp_path / "x.db")


def test_tcpd_non_numeric_votes(tmp_path):
    bad = tmp_path / "TCPD_AE_bad.csv"
    bad.write_text((FIXTURES / "TCPD_AE_small.csv").read_text().replace(",89213,", ",89,213x,"))
    with pytest.raises(ImportFailure):
        import_files("tcpd", [bad], tmp_path / "x.db")
    bad.write_text((FIXTURES / "TCPD_AE_small.csv").read_text().replace(",89213,", ",8921three,"))
    with pytest.raises(ImportFailure, match=r"TCPD_AE_bad.csv:3: column 'votes': expected a whole number, got '8921three'"):
        import_files("tcpd", [bad], tmp_path / "x.db")


def test_india_votes_results_file(tmp_path):
    db = tmp_path / "ref.db"
    import_files("india-votes", [FIXTURES / "2024Assembly-MH.csv"], db)
    got = contest_rows(db, "Akkalkuwa", 2024, "general")
    # votes = evm + postal; NOTA has no position; margin on the winner's row only; ECI names → abbreviations.
    assert got == [
        ("AMSHYA FULJI PADVI", "SHS", "Shiv Sena", 72629, 1, 2904),
        ("ADV K C PADAVI", "INC", "Indian National Congress", 69725, 2, None),
        ("HINA VIJAYKUMAR GAVIT", "IND", "Independent", 40100, 3, None),
        ("NOTA", "NOTA", "None of the Above", 5071, None, None),
    ]
    assert rows(db, "SELECT DISTINCT house, state, year, kind FROM elections") == [("VS", "Maharashtra", 2024, "general")]
    assert rows(db, "SELECT number FROM constituencies WHERE name = 'Shahada'") == [(2,)]
    share = rows(db, "SELECT vote_share_pct, margin_pct FROM results WHERE candidate = 'AMSHYA FULJI PADVI'")[0]
    assert share == (round(100 * 72629 / (72629 + 69725 + 40100 + 5071), 2), round(100 * 2904 / 187525, 2))


def test_india_votes_archive_file(tmp_path):
    db = tmp_path / "ref.db"
    import_files("india-votes", [FIXTURES / "2024_Parliamentary_Elections_India.csv"], db)
    assert contest_rows(db, "Araku", 2024, "general") == [
        ("GUMMA THANUJA RANI", "YSRCP", "Yuvajana Sramika Rythu Congress Party", 477005, 1, 50580),
        ("KOTHAPALLI GEETHA", "BJP", "Bharatiya Janata Party", 426425, 2, None),
        ("NOTA", "NOTA", "None of the Above", 50470, None, None),
    ]
    assert contest_rows(db, "Surat", 2024, "general") == [
        ("MUKESHKUMAR CHANDRAKAANT DALAL", "BJP", "Bharatiya Janata Party", None, 1, None)]
    assert rows(db, "SELECT DISTINCT house, assembly_no, kind FROM elections") == [("LS", 18, "general")]


def test_india_votes_and_canonical_meet_in_one_contest(tmp_path):
    """The same election from two formats is one set of rows, not two."""
    db = tmp_path / "ref.db"
    import_files("canonical", [FIXTURES / "canonical_small.csv"], db)
    stats = import_files("india-votes", [FIXTURES / "2024_Parliamentary_Elections_India.csv"], db)
    assert stats.results_already_present == 1  # Surat
    assert len(contest_rows(db, "Surat", 2024, "general")) == 1


def test_india_votes_bad_votes(tmp_path):
    bad = tmp_path / "2024Assembly-XX.csv"
    bad.write_text((FIXTURES / "2024Assembly-MH.csv").read_text().replace(",69122,", ",n/a,"))
    with pytest.raises(ImportFailure, match=r"2024Assembly-XX.csv:3: column 'evm_votes'"):
        import_files("india-votes", [bad], tmp_path / "x.db")
    assert not (tmp_path / "x.db").exists()
