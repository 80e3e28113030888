"""Shared pieces for the claim-finding and verification tests: the bundled reference (built once
per test session into a temporary folder) and a Verifier over it.

The bundled reference holds the 2018 Lok Sabha by-elections (Kairana, Phulpur, Gorakhpur,
Palghar, Bhandara-Gondiya, …), the 2018 Noorpur assembly by-election, Noorpur 2012 and 2017, and
the 2014 and 2019 Lok Sabha contests of those seats, so every example below is checkable
without ../shared/data.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from claims.pipeline import ClaimPipeline
from reference_db.build import build
from reference_db.store import Reference
from verifier.service import Verifier

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = Path(__file__).resolve().parents[1] / "examples" / "noorpur_bypoll_2018_hi.txt"


@pytest.fixture(scope="session")
def bundled(tmp_path_factory) -> Reference:
    path, _stats = build(tmp_path_factory.mktemp("bundled") / "reference.db")
    return Reference(path)


@pytest.fixture(scope="session")
def pipeline(bundled) -> ClaimPipeline:
    return ClaimPipeline(bundled)


@pytest.fixture(scope="session")
def verifier(bundled, pipeline) -> Verifier:
    return Verifier(bundled, pipeline)


def claims_of(pipeline: ClaimPipeline, text: str, as_of: date = date(2018, 6, 1)) -> list:
    return pipeline(text, as_of)._.claims


def brief(claims) -> list[tuple]:
    """(type, subject, constituency, outcome) of each claim, for readable assertions."""
    return [(c.type, c.subject.name if c.subject else None,
             c.constituency.name if c.constituency else None, c.outcome) for c in claims]
