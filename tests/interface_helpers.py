"""Shared pieces for the interface tests (CLI, batch, API, web, browser).

``make_reference(path)`` writes a tiny but real reference (the 2018 Noorpur by-election) so the
interfaces open a genuine :class:`Reference`.  ``fake_verify_many`` stands in for the claim
pipeline: it returns one realistic contract CLAIM per sentence, cycling through the three
verdicts, so the interfaces can be tested independently of extraction quality.
"""
from __future__ import annotations

import re
import sqlite3
from datetime import date
from pathlib import Path

from reference_db import schema

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = Path(__file__).resolve().parents[1] / "examples" / "noorpur_bypoll_2018_hi.txt"

ELECTION = {"year": 2018, "kind": "bye", "house": "VS", "state": "Uttar Pradesh"}
SOURCE = {"title": "Election Commission of India, bye-election results 2018", "url": "https://eci.gov.in/"}
ROWS = [("NAIM UL HASAN", "SP", 94875, 1), ("AVANI SINGH", "BJP", 89213, 2), ("NAIM UL HASAN KHAN", "IND", 1160, 3)]
VERDICTS = ("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO")
SENTENCE = re.compile(r"[^.!?।\n]+[.!?।]?")


def make_reference(path: Path) -> Path:
    conn = sqlite3.connect(path)
    schema.create(conn)
    conn.execute("INSERT INTO sources(id, key, title, url) VALUES (1, 'eci:2018', ?, ?)", (SOURCE["title"], SOURCE["url"]))
    conn.execute("INSERT INTO elections(id, house, state, year, month, kind) VALUES (1, 'VS', 'Uttar Pradesh', 2018, 5, 'bye')")
    conn.execute("INSERT INTO constituencies(id, house, state, number, name) VALUES (1, 'VS', 'Uttar Pradesh', 22, 'Noorpur')")
    conn.execute("INSERT INTO contests(id, election_id, constituency_id, valid_votes) VALUES (1, 1, 1, 190122)")
    for name, party, votes, pos in ROWS:
        conn.execute(
            "INSERT INTO results(contest_id, candidate, party, votes, position, source_id) VALUES (1, ?, ?, ?, ?, 1)",
            (name, party, votes, pos),
        )
    conn.commit()
    conn.close()
    return path


def evidence() -> list[dict]:
    return [
        {"election": dict(ELECTION), "constituency": "Noorpur", "candidate": name, "party": party,
         "votes": votes, "position": pos, "source": dict(SOURCE)}
        for name, party, votes, pos in ROWS[:2]
    ]


def fake_claim(text: str, start: int, end: int, n: int) -> dict:
    verdict = VERDICTS[n % 3]
    lang = "hi" if re.search(r"[\u0900-\u097f]", text[start:end]) else "en"
    return {
        "text": text[start:end],
        "start": start,
        "end": end,
        "sentence": {"start": start, "end": end},
        "lang": lang,
        "type": "outcome",
        "subject": {"kind": "party", "text": "सपा" if lang == "hi" else "SP", "name": "SP"},
        "constituency": {"text": "नूरपुर", "name": "Noorpur", "state": "Uttar Pradesh", "house": "VS"},
        "election": None if verdict == "NOT_ENOUGH_INFO" else dict(ELECTION),
        "value": None,
        "verdict": verdict,
        "confidence": 0.9 if verdict != "NOT_ENOUGH_INFO" else 0.5,
        "explanation": {
            "SUPPORTED": "NAIM UL HASAN (SP) won Noorpur in the 2018 by-election with 94,875 votes.",
            "REFUTED": "The record says NAIM UL HASAN (SP) won Noorpur in 2018, not AVANI SINGH (BJP).",
            "NOT_ENOUGH_INFO": "The reference has no record that pins this claim to one contest.",
        }[verdict],
        "evidence": [] if verdict == "NOT_ENOUGH_INFO" else evidence(),
    }


def fake_claims(text: str, limit: int = 12) -> list[dict]:
    claims = []
    for m in SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            claims.append(fake_claim(text, start, end, len(claims)))
        if len(claims) == limit:
            break
    return claims


def fake_verify_many(self, docs) -> list[dict]:
    """Drop-in for ``Verifier.verify_many`` (monkeypatch it onto the class)."""
    return [
        {"id": doc_id, "as_of": (as_of or date.today()).isoformat(), "claims": fake_claims(text)}
        for doc_id, text, as_of in docs
    ]


# -- fixtures (import them by name into a test module) --------------------------------------
import pytest  # noqa: E402

from verifier.service import Verifier  # noqa: E402


@pytest.fixture
def ref_db(tmp_path) -> Path:
    """A tiny real reference file."""
    return make_reference(tmp_path / "reference.db")


@pytest.fixture
def fake_pipeline(monkeypatch):
    """Replace the claim pipeline with :func:`fake_verify_many` (forked workers inherit it)."""
    monkeypatch.setattr(Verifier, "verify_many", fake_verify_many)


HOLD_ENV = "VERIFIER_TEST_HOLD_FROM"


def slow_cli(seconds_per_doc: float) -> str:
    """Python source for ``python -c``: the real ``verifier`` CLI with the fake verifier slowed to
    ``seconds_per_doc``, so a batch run lasts long enough to be killed part-way.

    With ``VERIFIER_TEST_HOLD_FROM=N`` in its environment, a batch holding a document whose id
    number is N or more never returns: the run cannot finish before the test kills it, however
    loaded the machine (the race a kill test must not lose)."""
    tests = str(Path(__file__).resolve().parent)
    return f"""
import os, re, sys, time
sys.path.insert(0, {tests!r})
from interface_helpers import fake_verify_many
from verifier.service import Verifier
HOLD = int(os.environ.get({HOLD_ENV!r}, "-1"))
def number(doc_id):
    digits = re.sub(r"\\D", "", doc_id or "")
    return int(digits) if digits else -1
def slow(self, batch):
    batch = list(batch)
    if HOLD >= 0 and any(number(d[0]) >= HOLD for d in batch):
        time.sleep(3600)
    time.sleep({seconds_per_doc!r} * len(batch))
    return fake_verify_many(self, batch)
Verifier.verify_many = slow
from verifier.interfaces.cli import main
sys.argv[0] = "verifier"
main()
"""
