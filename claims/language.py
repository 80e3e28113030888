"""Which language a sentence is in, by its script: "hi" (Devanagari) or "en" (Latin).

Hindi news mixes Latin abbreviations and English words into Devanagari sentences ("RLD प्रत्याशी
तबस्सुम", "UP Election Result 2022: …"); those sentences are Hindi.  A sentence is "hi" when it has
Devanagari letters and either they outnumber the Latin letters, or its Devanagari words are at least
as many as its ordinary (not all-capital) Latin words — so abbreviations like BJP, MLA, RLD do not
pull a Hindi sentence over to English, while an English sentence quoting one Hindi word stays "en".

* ``detect_lang(text)``: that rule on any text (no letters at all → ``default``);
* ``pipeline_lang(text)``: which blank pipeline a whole document needs — "hi" if it has any
  Devanagari word (spaCy's Hindi tokenizer handles Latin words fine; the English one does not
  handle Devanagari punctuation);
* the ``election_language`` component: ``Span._.lang`` of every sentence (and of any span: the
  getter computes it for spans that are not sentences), after ``election_sentences``.
"""
from __future__ import annotations

import re
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span

from claims.doctext import doc_text
from claims.sentences import sentence_spans

__all__ = ["detect_lang", "pipeline_lang", "election_language"]

# Devanagari letters (independent vowels, consonants, nukta forms), not digits or dandas.
_DEVANAGARI_LETTER = "\u0904-\u0939\u0958-\u0961\u0972-\u097f"
_DEVANAGARI_WORD_RE = re.compile(rf"[{_DEVANAGARI_LETTER}][\u0900-\u0963\u0970-\u097f\u200c\u200d]*")
_DEVANAGARI_LETTER_RE = re.compile(rf"[{_DEVANAGARI_LETTER}]")
_LATIN_WORD_RE = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['\u2019][A-Za-z]+)?")
_HAS_DEVANAGARI_RE = re.compile(rf"[{_DEVANAGARI_LETTER}]")
# A letter a _LATIN_WORD_RE word can start with.  A single character class: searching for it
# skips quickly over the text, while a search for a pattern starting with a repeat ("[…]+") tries
# a match at every position.
_LATIN_LETTER_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")

_USER_DATA_KEY = "election_language.lang"


def detect_lang(text: str, default: str = "en") -> str:
    """ "hi" or "en" for a sentence, by script (see the module docstring); ``default`` if no letters."""
    if not isinstance(text, str):
        raise TypeError(f"detect_lang() needs a str, not {type(text).__name__}")
    if _HAS_DEVANAGARI_RE.search(text) is None:
        return "en" if _LATIN_LETTER_RE.search(text) else default  # a Latin letter: a Latin word
    latin_words = _LATIN_WORD_RE.findall(text)
    if not latin_words:
        return "hi"  # the common case, decided without counting
    latin_letters = sum(len(w) for w in latin_words)
    # Only whether the Devanagari letters reach that number matters: stop counting there.
    dev_letters = sum(1 for _ in islice(_DEVANAGARI_LETTER_RE.finditer(text), latin_letters))
    if dev_letters >= latin_letters:
        return "hi"
    dev_words = len(_DEVANAGARI_WORD_RE.findall(text))
    ordinary_latin = sum(1 for w in latin_words if not (w.isupper() and len(w) > 1))
    return "hi" if dev_words >= ordinary_latin else "en"


def pipeline_lang(text: str) -> str:
    """The blank spaCy pipeline a whole document needs: "hi" if it has any Devanagari word."""
    if not isinstance(text, str):
        raise TypeError(f"pipeline_lang() needs a str, not {type(text).__name__}")
    return "hi" if _HAS_DEVANAGARI_RE.search(text) else "en"


def _doc_default(doc: Doc) -> str:
    return doc.lang_ if doc.lang_ in ("hi", "en") else pipeline_lang(doc_text(doc))


def _get_span_lang(span: Span) -> str:
    stored = span.doc.user_data.get((_USER_DATA_KEY, span.start_char, span.end_char))
    if stored is not None:
        return stored
    return detect_lang(span.text, default=_doc_default(span.doc))


def sentence_lang(doc: Doc, start: int, end: int) -> str:
    """The language of the sentence at ``doc.text[start:end]`` (``Span._.lang`` without a Span)."""
    stored = doc.user_data.get((_USER_DATA_KEY, start, end))
    return stored if stored is not None else detect_lang(doc_text(doc)[start:end], default=_doc_default(doc))


def _set_span_lang(span: Span, value: str) -> None:
    if value not in ("hi", "en"):
        raise ValueError(f"Span._.lang must be 'hi' or 'en', not {value!r}")
    span.doc.user_data[(_USER_DATA_KEY, span.start_char, span.end_char)] = value


if not Span.has_extension("lang"):
    Span.set_extension("lang", getter=_get_span_lang, setter=_set_span_lang)


@Language.component("election_language")
def election_language(doc: Doc) -> Doc:
    """Sets ``Span._.lang`` ("hi"/"en") on every sentence; needs sentence boundaries.

    Without them (no ``election_sentences`` before it) the whole document is one sentence.
    A sentence with no letters (a bare figure) takes the pipeline's language.
    """
    default = _doc_default(doc)
    text = doc_text(doc)
    # Speed: most sentences of a Hindi text have no Latin letter, and then detect_lang needs only
    # to know whether they have a Devanagari one.  ``latin`` is the first Latin letter from
    # ``searched`` on, searched for again only once the sentences have passed it, so the text is
    # scanned about once; only the sentences holding a Latin letter go to detect_lang.
    user_data = doc.user_data
    searched = 0
    latin = _LATIN_LETTER_RE.search(text)
    for start, end in sentence_spans(doc):
        if start < searched or (latin is not None and latin.start() < start):
            searched = start
            latin = _LATIN_LETTER_RE.search(text, start)
        if latin is not None and latin.start() < end:
            lang = detect_lang(text[start:end], default=default)
        else:
            lang = "hi" if _HAS_DEVANAGARI_RE.search(text, start, end) else default
        user_data[(_USER_DATA_KEY, start, end)] = lang
    return doc
