"""The claim pipeline: one blank spaCy pipeline per script, built once, run with ``nlp.pipe``.

    pipeline = ClaimPipeline(reference)
    for doc in pipeline.pipe([(text, as_of), ...]):
        doc._.claims   # list[claims.model.Claim]

Components, in order: ``election_sentences`` → ``election_language`` → ``election_numbers`` →
``election_entities`` (names found through the reference) → ``election_claims`` (patterns and
document context).  A document goes through ``spacy.blank("hi")`` when it has Devanagari words and
``spacy.blank("en")`` otherwise; language is still decided per sentence.
"""
from __future__ import annotations

from datetime import date
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

import claims.component  # noqa: F401  (registers election_claims)
import claims.language  # noqa: F401
import claims.numbers  # noqa: F401
import claims.sentences  # noqa: F401
from claims.doctext import remember_text
from claims.entities import EntityIndex
from claims.language import pipeline_lang
from reference_db.store import Reference


class ClaimPipeline:
    def __init__(self, reference: Reference, index: EntityIndex | None = None):
        self.reference = reference
        self.index = index if index is not None else EntityIndex.load(reference)
        self._nlp: dict[str, Language] = {}

    def nlp(self, lang: str) -> Language:
        if lang not in self._nlp:
            nlp = spacy.blank(lang)
            nlp.add_pipe("election_sentences")
            nlp.add_pipe("election_language")
            nlp.add_pipe("election_numbers")
            ents = nlp.add_pipe("election_entities")
            ents.set_index(self.index)
            nlp.add_pipe("election_claims")
            self._nlp[lang] = nlp
        return self._nlp[lang]

    def make_doc(self, text: str, as_of: date | None) -> Doc:
        doc = remember_text(self.nlp(pipeline_lang(text)).make_doc(text), text)
        doc._.as_of = as_of
        return doc

    def pipe(self, items: Iterable[tuple[str, date | None]], batch_size: int = 64) -> Iterator[Doc]:
        """Docs in input order; each script's documents go through ``nlp.pipe`` together."""
        items = list(items)
        docs: list[Doc | None] = [None] * len(items)
        by_lang: dict[str, list[int]] = {}
        for i, (text, _as_of) in enumerate(items):
            by_lang.setdefault(pipeline_lang(text), []).append(i)
        for lang, idx in by_lang.items():
            nlp = self.nlp(lang)
            made = []
            for i in idx:
                d = remember_text(nlp.make_doc(items[i][0]), items[i][0])
                d._.as_of = items[i][1]
                made.append(d)
            for i, d in zip(idx, nlp.pipe(made, batch_size=batch_size)):
                docs[i] = d
        for d in docs:
            assert d is not None
            yield d

    def __call__(self, text: str, as_of: date | None = None) -> Doc:
        return next(self.pipe([(text, as_of)]))
