"""Sentence boundaries for Hindi and English election news, as a spaCy component.

A claim never spans two sentences, and the claim reader works one sentence at a time, so the
boundaries matter.  News text is not tidy: headlines have no full stop, "Also Read - …" link
lines are glued onto the end of a paragraph, Hindi uses both "।" and "." (and "|" as a danda),
and English figures, initials and titles are full of dots that end nothing ("1.80 लाख",
"B.C. Khanduri", "Dr. Jasbir Singh", "U.P.").  The rules:

* a sentence ends at a line break, and after ``।`` ``॥`` (always) or ``.`` ``?`` ``!`` ``|`` ``…``
  followed by a space or the end of the text (closing quotes and brackets stay with it);
* a "." does not end a sentence after a known abbreviation (data: ``patterns/sentences.json``),
  an initial ("O. P.", "B.C.", "एम."), inside a dotted abbreviation, or when the next word starts
  with a lower-case Latin letter;
* a sentence starts at "Also Read" / "यह भी पढ़ें" (the link line is a sentence of its own);
* no break inside a double-quoted passage on one line (``He said "BJP won. We lost." Then …``).

``split_sentences(text)`` gives the character spans; the ``election_sentences`` component sets
``token.is_sent_start`` from them, so ``doc.sents`` follows these rules, and keeps the
sentences' character offsets on ``doc._.sentence_spans`` (what ``doc.sents`` would give, without
walking every token again: the later components read them several times per document).
"""
from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IDX, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from claims.doctext import doc_text
from claims.patterns_loader import NUKTA_LETTERS

__all__ = ["split_sentences", "election_sentences", "sentence_spans"]

if not Doc.has_extension("sentence_spans"):
    Doc.set_extension("sentence_spans", default=None)


def sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of each sentence: the component's, or ``doc.sents``'."""
    spans = doc._.sentence_spans
    if spans is None:
        try:
            spans = [(s.start_char, s.end_char) for s in doc.sents]
        except ValueError:  # no boundaries set: the whole text is one sentence
            spans = [(0, len(doc_text(doc)))] if len(doc) else []
    return spans

_NUKTA = "\u093c"
_ZW = "\u200c\u200d"
# letter + nukta → the one code point (क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़) it may also be written as
_PRECOMPOSED = {dec: pre for pre, dec in NUKTA_LETTERS.items()}


def _norm(word: str) -> str:
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFC", word).replace(_NUKTA, "").translate({0x200C: None, 0x200D: None}).lower()


def _phrase_regex(phrase: str) -> str:
    """A pattern for a phrase that tolerates Unicode spelling variants of Devanagari.

    Nukta letters match precomposed or decomposed (and without the nukta), a virama may carry a
    zero-width joiner, and any run of spaces matches a space.
    """
    out: list[str] = []
    previous = ""
    for ch in unicodedata.normalize("NFC", phrase):
        if ch == _NUKTA:
            out.pop()
            composed = _PRECOMPOSED.get(previous + _NUKTA)
            alt = f"|{composed}" if composed else ""
            out.append(f"(?:{re.escape(previous)}{_NUKTA}?{alt})")
        elif ch.isspace():
            out.append(r"\s+")
        elif ch == "\u094d":
            out.append(f"\u094d[{_ZW}]?")
        else:
            out.append(re.escape(ch))
        previous = ch
    return "".join(out)


class _Rules:
    def __init__(self) -> None:
        data = json.loads((Path(__file__).resolve().parent / "patterns" / "sentences.json").read_text(encoding="utf-8"))
        self.abbreviations = {_norm(w) for w in data["abbreviations"]}
        self.before_digit = {_norm(w) for w in data["before_digit"]}
        self.initials = {_norm(w) for w in data["devanagari_initials"]}
        # Longest first so "यह भी पढ़ें" wins over shorter overlaps; a Latin phrase must start with a
        # capital ("Also Read", "ALSO READ"), so "he also read the results" is left alone.
        phrases = sorted(data["also_read"], key=len, reverse=True)
        alternatives = [
            f"{p[0].upper()}(?i:{_phrase_regex(p[1:])})" if p.isascii() else _phrase_regex(p) for p in phrases
        ]
        self.also_read = re.compile(
            rf"(?<![\w\u0900-\u0963])(?:{'|'.join(alternatives)})(?![\w\u0900-\u0963])"
            r"(?:\s*[-:|\u2013\u2014]+)?"  # its separator ("Also Read |") is no sentence end
        )


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules()


_LINE_BREAK_RE = re.compile(r"[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]+")
# A run of terminators, then closing quotes/brackets.
_TERMINATOR_RE = re.compile(r"(?:[.?!|\u2026\u0964\u0965])+[\"'\u201d\u2019)\]\u00bb]*")
_DANDAS = frozenset("\u0964\u0965")
# A quoted passage: an opening quote at a word's start, a closing quote at a word's end, one line.
_QUOTED_RE = re.compile(
    r"(?<![^\s(\[])\"(?=\S)[^\"\n]{1,400}(?<=\S)\"(?![^\s.,;:!?)\]\-\u2013\u2014])"
    r"|\u201c[^\u201c\u201d\n]{1,400}\u201d"
)
_DOTTED_ABBREV_RE = re.compile(r"(?:[A-Za-z]{1,3}\.)+[A-Za-z]{1,3}")
_WORD_OPENERS = "\"'\u201c\u2018([{"


def _quoted_passages(text: str) -> list[tuple[int, int]]:
    """Quoted passages (opening quote, closing quote): a quotation is not cut into pieces.

    ``He said "BJP won. We lost." The end.`` is two sentences, the first holding the whole quote,
    so a claim inside a quotation keeps its speaker.
    """
    return [(m.start(), m.end() - 1) for m in _QUOTED_RE.finditer(text)]


def _word_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and pos - start < 40 and not text[start - 1].isspace() and text[start - 1] not in _WORD_OPENERS:
        start -= 1
    return text[start:pos]


def _dot_ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the single "." at ``dot`` ends a sentence; ``after`` is where the next word starts."""
    rules = _rules()
    nxt = text[after] if after < len(text) else ""
    if "a" <= nxt <= "z":
        return False  # English sentences start with a capital: "approx. value", "e.g. the"
    word = _word_before(text, dot)
    if not word:
        return True
    key = _norm(word)
    if key in rules.abbreviations:
        return False
    if key in rules.before_digit and nxt.isdigit():
        return False
    if len(word) == 1 and word.isascii() and word.isupper():
        return False  # an initial: "O. P. Soni", "B. C."
    if _DOTTED_ABBREV_RE.fullmatch(word):
        return False  # "U.P", "B.C", "e.g"
    parts = key.split(".")
    if all(part in rules.initials for part in parts):
        return False  # "एम.", "एन.डी.ए."
    return True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order.

    Each span is stripped of surrounding whitespace; together they cover every non-space
    character of the text, and they never overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() needs a str, not {type(text).__name__}")
    cuts: set[int] = set()
    for m in _LINE_BREAK_RE.finditer(text):
        cuts.add(m.start())
        cuts.add(m.end())
    markers: list[tuple[int, int]] = []
    for m in _rules().also_read.finditer(text):
        cuts.add(m.start())
        markers.append((m.start(), m.end()))
    quoted = _quoted_passages(text) if ('"' in text or "\u201c" in text) else []
    n = len(text)
    for m in _TERMINATOR_RE.finditer(text):
        end = m.end()
        run = m.group()
        if run[0] in _DANDAS or run[-1] in _DANDAS:
            cuts.add(end)
            continue
        if end < n and not text[end].isspace():
            continue  # "1.80", "aajtak.in", "है....खुला"
        if any(qs < m.start() and end <= qe for qs, qe in quoted):
            continue
        if any(ms < m.start() < me for ms, me in markers):
            continue
        terminators = run.rstrip("\"'\u201d\u2019)]\u00bb")
        if terminators == ".":
            after = end
            while after < n and text[after].isspace() and text[after] not in "\n\r":
                after += 1
            if not _dot_ends_sentence(text, m.start(), after):
                continue
        cuts.add(end)
    bounds = sorted(c for c in cuts if 0 < c < n)
    spans: list[tuple[int, int]] = []
    prev = 0
    for cut in bounds + [n]:
        if cut <= prev:
            continue
        start, stop = prev, cut
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            spans.append((start, stop))
        prev = cut
    return spans


@Language.component("election_sentences")
def election_sentences(doc: Doc) -> Doc:
    """Sets ``token.is_sent_start`` from ``split_sentences(doc.text)``.

    Whitespace tokens between sentences stay with the sentence before them; a token that a
    boundary falls inside (rare: "है।कैराना" may be one token) starts the next sentence only if
    it starts after the boundary.
    """
    starts = [s for s, _ in split_sentences(doc_text(doc))]
    flags = numpy.full((len(doc), 1), -1, dtype="int32")  # -1: not a sentence start
    k = 0
    prev_idx = -1
    pending = True  # a sentence starts at the next non-space token
    attrs = doc.to_array([IDX, IS_SPACE]).tolist() if len(doc) else []
    firsts: list[int] = []  # the tokens flagged as sentence starts, in order
    for i, (idx, is_space) in enumerate(attrs):
        while k < len(starts) and starts[k] <= idx:
            if starts[k] > prev_idx:
                pending = True
            k += 1
        if pending and (i == 0 or not is_space):
            flags[i, 0] = 1
            firsts.append(i)
            pending = False
        prev_idx = idx
    if len(doc):
        # One array write: setting token.is_sent_start one by one re-checks the whole doc each time.
        doc.from_array([SENT_START], flags.astype("uint64"))
    # The same sentences as character offsets: a span runs from its first token to the end of
    # its last (trailing whitespace tokens included, as in doc.sents).
    spans = []
    for n, i in enumerate(firsts):
        j = firsts[n + 1] - 1 if n + 1 < len(firsts) else len(doc) - 1
        last = doc[j]
        spans.append((attrs[i][0], last.idx + len(last.text)))
    doc._.sentence_spans = spans
    return doc
