"""Result months: TCPD gives assembly polls no month; the import fills the declaration month of
recent general elections from reference_db/data/result_months.csv, and never overwrites one."""
from __future__ import annotations

import sqlite3

from reference_db import result_months
from tests.claims_helpers import bundled  # noqa: F401  (fixture)


def test_the_bundled_up_2017_assembly_election_gets_its_result_month(bundled):
    [e] = bundled.elections(house="VS", state="Uttar Pradesh", year=2017, kind="general")
    assert e.month == 3  # results declared 11 March 2017


def test_a_month_a_source_gave_is_kept(tmp_path):
    from reference_db import schema

    conn = sqlite3.connect(tmp_path / "r.db")
    schema.create(conn)
    conn.execute("INSERT INTO elections(house, state, year, month, kind) VALUES ('VS', 'Punjab', 2022, 2, 'general')")
    conn.execute("INSERT INTO elections(house, state, year, kind) VALUES ('VS', 'Goa', 2022, 'general')")
    assert result_months.fill_missing(conn) == 1
    months = dict(conn.execute("SELECT state, month FROM elections").fetchall())
    assert months == {"Punjab": 2, "Goa": 3}


def test_every_line_of_the_data_file_is_a_real_month():
    assert all(1 <= month <= 12 for month, *_ in result_months.rows())


def test_the_declaration_day_is_known_for_recent_general_elections():
    from datetime import date

    assert result_months.declared_on("VS", "Uttar Pradesh", 2022, "general") == date(2022, 3, 10)
    assert result_months.declared_on("LS", "Kerala", 2024, "general") == date(2024, 6, 4)  # '*': every state
    assert result_months.declared_on("VS", "Uttar Pradesh", 2022, "bye") is None
    assert result_months.declared_on("VS", "Uttar Pradesh", 1962, "general") is None
