"""A document's text, built once.

``Doc.text`` joins every token's text each time it is read, and each claim component needs the
whole text: the pipeline keeps the string the doc was made from (:func:`remember_text`) and the
components read it with :func:`doc_text`, which computes ``doc.text`` once for a doc made
elsewhere.
"""
from __future__ import annotations

from spacy.tokens import Doc

_KEY = "claims.text"


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep ``text`` (the string the doc was made from) on the doc."""
    doc.user_data[_KEY] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The doc's text, computed at most once."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text
