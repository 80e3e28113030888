"""Injection: SQL-meaningful text in claims never becomes SQL, the served reference is opened
read-only so no request can write to it, and HTML/JS in a claim is inert in the page and in the
ClaimReview output.

Each test works on a copy of the bundled reference in a temporary folder, so a failure cannot
harm the real one.
"""
from __future__ import annotations

import hashlib
import shutil
import sqlite3
import threading
from pathlib import Path

import pytest

from reference_db.store import Reference
from verifier.interfaces.web import create_app
from verifier.service import Verifier

SQL_MARKERS = ["'; DROP TABLE results;--", "\"; DELETE FROM contests; --", "%Noor%", "N_orpur", "zz%_zz",
               "' OR '1'='1", "Robert'); UPDATE results SET votes=0;--", "\\'", "%%", "__"]
PAYLOADS = [
    "Robert'); DROP TABLE results;-- won Noorpur by 5000 votes.",
    "'; DROP TABLE results;-- ने नूरपुर सीट 6,211 वोटों से जीती।",
    "BJP won \"; DELETE FROM contests; -- Noorpur by 6,211 votes.",
    "%Noor% में सपा जीती। N_orpur में BJP हारी। zz%_zz got 44.5% of the votes.",
    "Naim ul Hasan' OR '1'='1 won Noorpur. Avani Singh%%__ lost Kairana by 100% votes.",
    "Robert'); UPDATE results SET votes=0;-- Tabassum Hasan won Kairana in 2018 by 44,618 votes.",
    "\\' \\\" %_ SP won Phulpur; BJP lost Gorakhpur by 21,881 votes.",
]
HTML_PAYLOAD = ("<script>alert('x')</script> BJP won <img src=x onerror=alert(1)> Noorpur by 6,211 votes. "
                "</textarea><svg onload=alert(2)> सपा ने \"><iframe src=javascript:alert(3)> नूरपुर जीता।")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def ref_copy(tmp_path) -> Path:
    from reference_db.build import ensure_default_db

    copy = tmp_path / "reference.db"
    shutil.copyfile(ensure_default_db(), copy)
    return copy


class RecordingConnection:
    """Stands in for a ``sqlite3.Connection``: records every SQL text it is asked to run."""

    def __init__(self, conn: sqlite3.Connection, log: list[str]):
        self._conn, self._log = conn, log

    def execute(self, sql, *args):
        self._log.append(sql)
        return self._conn.execute(sql, *args)

    def executemany(self, sql, *args):
        self._log.append(sql)
        return self._conn.executemany(sql, *args)

    def __getattr__(self, name):
        return getattr(self._conn, name)


def test_claim_text_never_becomes_sql_text(ref_copy, monkeypatch):
    statements: list[str] = []
    writes: list[tuple] = []
    real_conn = Reference._conn

    def recording(self):
        conn = real_conn(self)

        def authorizer(action, *args):
            if action not in READ_ACTIONS:
                writes.append((action, *args))
            return sqlite3.SQLITE_OK

        conn.set_authorizer(authorizer)
        return RecordingConnection(conn, statements)

    monkeypatch.setattr(Reference, "_conn", recording)
    verifier = Verifier(Reference(ref_copy))
    results = verifier.verify_many([(f"p{i}", text, None) for i, text in enumerate(PAYLOADS)])
    claims = [c for r in results for c in r["claims"]]
    assert claims, "the payloads must make claims, or this test proves nothing"
    assert any(c["verdict"] != "NOT_ENOUGH_INFO" for c in claims), "the payloads must reach the records"
    assert statements, "the verifier must have queried the reference"
    for sql in statements:
        for marker in SQL_MARKERS:
            assert marker not in sql, (marker, sql)
    assert writes == []


READ_ACTIONS = {sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ, sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_PRAGMA,
                sqlite3.SQLITE_RECURSIVE, sqlite3.SQLITE_TRANSACTION}


def test_sql_text_through_the_api_leaves_the_file_byte_identical(ref_copy):
    before = sha256(ref_copy)
    client = create_app(db=ref_copy).test_client()
    for text in PAYLOADS:
        for r in (client.post("/api/v1/verify", json={"text": text, "id": text[:30], "as_of": "2018-06-01"}),
                  client.get("/api/v1/claimreview", query_string={"text": text}),
                  client.post("/", data={"text": text, "as_of": "2018-06-01"})):
            assert r.status_code == 200
    assert sha256(ref_copy) == before
    assert sorted(p.name for p in ref_copy.parent.iterdir()) == ["reference.db"]  # no journal, no WAL
    conn = sqlite3.connect(ref_copy)
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"results", "contests", "elections", "constituencies"} <= tables
    assert conn.execute("SELECT COUNT(*) FROM results WHERE votes = 0").fetchone()[0] == \
        sqlite3.connect(f"file:{ref_copy}?mode=ro", uri=True).execute(
            "SELECT COUNT(*) FROM results WHERE votes = 0").fetchone()[0]


@pytest.mark.parametrize("sql", [
    "DELETE FROM results", "DROP TABLE results", "UPDATE results SET votes = 0",
    "INSERT INTO aliases(kind, alias, canonical) VALUES ('party', 'x', 'y')", "CREATE TABLE evil(x)",
    "PRAGMA journal_mode = WAL", "VACUUM",
])
def test_the_served_reference_cannot_be_written(ref_copy, sql):
    before = sha256(ref_copy)
    app = create_app(db=ref_copy)
    reference = app.extensions["verifier"].reference
    with pytest.raises(sqlite3.OperationalError, match="readonly|read-only|read only"):
        reference.query(sql)
    # each waitress thread gets its own connection: read-only there too
    failures: list[Exception] = []

    def in_thread():
        try:
            reference.query(sql)
        except sqlite3.OperationalError as exc:
            failures.append(exc)

    t = threading.Thread(target=in_thread)
    t.start()
    t.join()
    assert len(failures) == 1
    assert sha256(ref_copy) == before
    assert app.test_client().get("/healthz").status_code == 200


@pytest.mark.parametrize("target", ["same", "new"])
def test_attach_cannot_get_round_read_only(ref_copy, tmp_path, target):
    reference = create_app(db=ref_copy).extensions["verifier"].reference
    before = sha256(ref_copy)
    path = ref_copy if target == "same" else tmp_path / "evil.db"
    with pytest.raises(sqlite3.DatabaseError):  # "not authorized" (OperationalError is a subclass)
        reference.query("ATTACH DATABASE ? AS other", (str(path),))
        reference.query("CREATE TABLE other.evil(x)")
        reference._conn().commit()
    assert sha256(ref_copy) == before


# -- HTML and JavaScript are data, never markup -------------------------------------------------
def test_html_in_claims_is_inert_in_claimreview_and_the_page():
    client = create_app().test_client()
    r = client.post("/api/v1/claimreview", json={"text": HTML_PAYLOAD, "as_of": "2018-06-01"})
    assert r.status_code == 200 and r.mimetype == "application/json"
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    reviews = r.get_json()
    assert reviews, "the payload must make claims, or this test proves nothing"
    quoted = [rv["claimReviewed"] for rv in reviews] + [rv["itemReviewed"]["appearance"]["text"] for rv in reviews]
    assert any("<img" in q or "<script" in q or "<iframe" in q for q in quoted), \
        "ClaimReview keeps the text as written (it is data in a JSON string)"

    page = client.post("/", data={"text": HTML_PAYLOAD, "as_of": "2018-06-01"})
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    for raw in ("<script>alert", "<img src=x", "<svg onload", "<iframe", "</textarea><svg"):
        assert raw not in html, raw
    assert "&lt;script&gt;" in html or "&lt;script" in html
    csp = page.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
