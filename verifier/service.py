"""The one entry point every interface calls: text in, the contract's document result out.

    v = Verifier(Reference(path))
    result = v.verify(text, as_of=date(2018, 5, 31), doc_id="seed")
    results = v.verify_many([(doc_id, text, as_of), ...])   # nlp.pipe underneath

The result is the "Document result" of ../shared/contract/README.md: ``{"id", "as_of",
"claims": [CLAIM, ...]}``.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable

from reference_db.store import Reference


class Verifier:
    def __init__(self, reference: Reference):
        self.reference = reference

    def verify(self, text: str, as_of: date | None = None, doc_id: str | None = None) -> dict:
        return self.verify_many([(doc_id, text, as_of)])[0]

    def verify_many(self, docs: Iterable[tuple[str | None, str, date | None]]) -> list[dict]:
        # Placeholder until the claim pipeline and judging land (issues 3 and 4): finds nothing.
        out = []
        for doc_id, text, as_of in docs:
            out.append({"id": doc_id, "as_of": (as_of or date.today()).isoformat(), "claims": []})
        return out
