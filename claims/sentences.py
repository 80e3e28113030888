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
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import numpy
from spacy.attrs import IDX, SENT_START, SPACY
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
        # No "not after a letter" lookbehind here: ``_also_read_markers`` checks that, so the regex
        # starts with its phrases' first letters and the engine can skip ahead to them quickly.
        self.also_read = re.compile(
            rf"(?:{'|'.join(alternatives)})(?![\w\u0900-\u0963])"
            r"(?:\s*[-:|\u2013\u2014]+)?"  # its separator ("Also Read |") is no sentence end
        )


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    return _Rules()


# The characters str.splitlines() breaks at (and no others).
_LINE_BREAKS = "\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_TERMINATORS = ".?!|\u2026\u0964\u0965"
# A run of terminators, then closing quotes/brackets.
_TERMINATOR_RE = re.compile(rf"(?:[{re.escape(_TERMINATORS)}])+[\"'\u201d\u2019)\]\u00bb]*")
_WORD_CHAR_RE = re.compile(r"[\w\u0900-\u0963]")
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


# Speed: a regex search steps through the text a character at a time in the regex engine, many
# times slower than str.find and str.splitlines; the helpers below find their few positions with
# those and use a regex only at a known position (``pattern.match(text, pos)``).


def _line_break_cuts(text: str) -> list[int]:
    """Where each line break starts and ends (a run of blank lines may give several cuts).

    Extra cuts inside a run of line breaks change nothing: the pieces between them are blank.
    """
    cuts: list[int] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        pos += len(line)
        brk = len(line) - len(line.rstrip(_LINE_BREAKS))  # 0 for a last line without a break
        if brk:
            cuts.append(pos - brk)
            cuts.append(pos)
    return cuts


def _also_read_markers(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each "Also Read" / "यह भी पढ़ें" marker (with its separator).

    A marker must not continue a word: a hit right after a letter is skipped, and the search
    goes on from the next character (as a lookbehind in the regex would).
    """
    finder = _rules().also_read
    markers: list[tuple[int, int]] = []
    pos = 0
    while (m := finder.search(text, pos)) is not None:
        start = m.start()
        if start and _WORD_CHAR_RE.match(text, start - 1):
            pos = start + 1
        else:
            markers.append((start, m.end()))
            pos = m.end()
    return markers


def _terminator_runs(text: str) -> list[re.Match[str]]:
    """What ``_TERMINATOR_RE.finditer(text)`` gives: each run starts at the first terminator
    character after the previous run, so the runs are matched at those characters only."""
    hits: list[int] = []
    for ch in _TERMINATORS:
        i = text.find(ch)
        while i != -1:
            hits.append(i)
            i = text.find(ch, i + 1)
    hits.sort()
    runs: list[re.Match[str]] = []
    end = 0
    for i in hits:
        if i >= end:  # not inside the previous run
            m = _TERMINATOR_RE.match(text, i)
            runs.append(m)
            end = m.end()
    return runs


def _word_before(text: str, pos: int) -> str:
    start = pos
    while start > 0 and pos - start < 40 and not text[start - 1].isspace() and text[start - 1] not in _WORD_OPENERS:
        start -= 1
    return text[start:pos]


def _dot_ends_sentence(text: str, dot: int, after: int) -> bool:
    """Whether the single "." at ``dot`` ends a sentence; ``after`` is where the next word starts."""
    nxt = text[after] if after < len(text) else ""
    if "a" <= nxt <= "z":
        return False  # English sentences start with a capital: "approx. value", "e.g. the"
    word = _word_before(text, dot)
    if not word:
        return True
    verdict = _word_verdict(word)
    if verdict is None:
        return not nxt.isdigit()  # "No. 5", "Rs. 500"
    return verdict


@lru_cache(maxsize=4096)
def _word_verdict(word: str) -> bool | None:
    """Whether a "." after ``word`` ends a sentence: False after an abbreviation or an initial,
    None when it ends one unless a digit follows ("No. 5"), else True.  Cached per distinct word:
    the same few words end most sentences."""
    rules = _rules()
    key = _norm(word)
    if key in rules.abbreviations:
        return False
    if len(word) == 1 and word.isascii() and word.isupper():
        return False  # an initial: "O. P. Soni", "B. C."
    if _DOTTED_ABBREV_RE.fullmatch(word):
        return False  # "U.P", "B.C", "e.g"
    parts = key.split(".")
    if all(part in rules.initials for part in parts):
        return False  # "एम.", "एन.डी.ए."
    return None if key in rules.before_digit else True


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans ``(start, end)`` of the sentences of ``text``, in order.

    Each span is stripped of surrounding whitespace; together they cover every non-space
    character of the text, and they never overlap.
    """
    if not isinstance(text, str):
        raise TypeError(f"split_sentences() needs a str, not {type(text).__name__}")
    cuts = set(_line_break_cuts(text))
    markers = _also_read_markers(text)
    marker_starts = [ms for ms, _ in markers]
    cuts.update(marker_starts)
    quoted = _quoted_passages(text) if ('"' in text or "\u201c" in text) else []
    n = len(text)
    for m in _terminator_runs(text):
        end = m.end()
        run = m.group()
        if run[0] in _DANDAS or run[-1] in _DANDAS:
            cuts.add(end)
            continue
        if end < n and not text[end].isspace():
            continue  # "1.80", "aajtak.in", "है....खुला"
        start = m.start()
        if quoted and any(qs < start and end <= qe for qs, qe in quoted):
            continue
        if markers:
            # The marker starting last before this run is the only one that can hold it.
            k = bisect_left(marker_starts, start) - 1
            if k >= 0 and start < markers[k][1]:
                continue
        terminators = run.rstrip("\"'\u201d\u2019)]\u00bb")
        if terminators == ".":
            after = end
            while after < n and text[after].isspace() and text[after] not in "\n\r":
                after += 1
            if not _dot_ends_sentence(text, start, after):
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


_NOT_SENT_START = numpy.uint64(2**64 - 1)  # SENT_START -1 ("not a sentence start") as a uint64


@Language.component("election_sentences")
def election_sentences(doc: Doc) -> Doc:
    """Sets ``token.is_sent_start`` from ``split_sentences(doc.text)``.

    Whitespace tokens between sentences stay with the sentence before them; a token that a
    boundary falls inside (rare: "है।कैराना" may be one token) starts the next sentence only if
    it starts after the boundary.
    """
    text = doc_text(doc)
    starts = [s for s, _ in split_sentences(text)]
    n_tok = len(doc)
    if not n_tok:
        doc._.sentence_spans = []
        return doc
    # Speed: one array read of the token offsets (IS_SPACE or LENGTH columns would cost more
    # than the rest of this function), then work per sentence, not per token.  The text is the
    # tokens' texts, each followed by its whitespace (at most one space: the SPACY flag).
    attrs = doc.to_array([IDX, SPACY])
    idx = attrs[:, 0].tolist()
    idx.append(len(text))  # where a token after the last would start
    # A sentence start falls on (or, inside a token, before) the first token starting at or
    # after it; the sentence's first token is the first non-space one from there (token 0
    # always starts one).  Starts landing on the same first token are one sentence.  A token
    # starting right at a sentence start is no space token (sentences are stripped); any other
    # is one if its text and whitespace, up to the next token, are all whitespace.
    firsts = [0]
    for start in starts:
        i = bisect_left(idx, start, 0, n_tok)
        if i <= firsts[-1]:
            continue
        if idx[i] != start:
            while i < n_tok and text[idx[i] : idx[i + 1]].isspace():
                i += 1
            if i >= n_tok:
                break  # only whitespace tokens left
        firsts.append(i)
    # One array write: setting token.is_sent_start one by one re-checks the whole doc each time.
    flags = numpy.full((n_tok, 1), _NOT_SENT_START, dtype="uint64")
    flags[firsts] = 1
    doc.from_array([SENT_START], flags)
    # The same sentences as character offsets: a span runs from its first token to the end of
    # its last (trailing whitespace tokens included, as in doc.sents), which is where the next
    # sentence starts less the last token's whitespace.
    next_starts = [idx[i] for i in firsts[1:]] + [len(text)]
    last_spacy = attrs[[i - 1 for i in firsts[1:]] + [n_tok - 1], 1].tolist()
    doc._.sentence_spans = [(idx[i], stop - ws) for i, stop, ws in zip(firsts, next_starts, last_spacy)]
    return doc
