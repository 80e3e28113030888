"""Stated numbers in Hindi and English news text: "79 हजार", "3,03,209", "2.5 lakh", "over 30,000".

Everything a claim may quote as a figure is read here, once, into ``claims.model.NumberMention``
(value, the unit of its last stated digit, whether it is exact, a qualifier, whether it is a
percentage), and every 4-digit year is set aside in ``doc._.years``.  POLICY.md "Numbers" is the
rule book; the vocabulary (number words, scale words, qualifiers, count nouns) is data, in
``claims/patterns/numbers_hi.json`` and ``numbers_en.json``.

How a figure's ``unit`` is read (the judge rounds or truncates the record to it):

* digits with decimals: ``10**-decimals`` ("2.5" → 0.1, "41.3%" → 0.1);
* digits with a scale word: the scale times the decimals' place ("79 हजार" → 1,000,
  "2.5 lakh" → 10,000, "1.80 लाख" → 1,000, "एक लाख" → 100,000);
* plain integers of 1,000 or more that end in two or more zeros are round figures: "13,800" →
  100, "लगभग 6000" → 1,000 ("93,780" stays exact) — but a seat count ("300 सीटें") is exact;
* compounds take the unit of their last part ("42 हजार 142" → 1, exact);
* percentages are never ``exact`` (a share is a rounded ratio) and keep ``10**-decimals``.

Years (1950–2035, four digits, no grouping) go to ``doc._.years`` unless they read as a count:
followed by a count noun ("2000 से कम वोटों", "1980 votes") or carrying a qualifier.

The scanner finds the whitespace-separated chunks that hold a digit or a number word, tokenizes a
few dozen characters around each (one precompiled regex), keeps the vocabulary's tokens and groups
neighbours separated by nothing but spaces; it never reads a number out of the inside of a word
("8वें", "Twenty20", "COVID-19").
"""
from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Iterator, NamedTuple

from spacy.language import Language
from spacy.tokens import Doc, Span

from claims.doctext import doc_text
from claims.model import NumberMention

__all__ = [
    "parse_numbers",
    "parse_years",
    "parse",
    "ordinal_value",
    "election_numbers",
    "YEAR_MIN",
    "YEAR_MAX",
]

YEAR_MIN, YEAR_MAX = 1950, 2035
_PATTERNS = Path(__file__).resolve().parent / "patterns"

# --------------------------------------------------------------------------- vocabulary


def _load(name: str) -> dict:
    return json.loads((_PATTERNS / name).read_text(encoding="utf-8"))


_NORM_TABLE = {0x093C: None, 0x200C: None, 0x200D: None, 0x0901: 0x0902}
_DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
_ALL_DIGITS = frozenset("0123456789०१२३४५६७८९")


def _norm(word: str) -> str:
    """A word's lookup key: lower case, NFC, no nukta / zero-width joiners, ँ read as ं."""
    if word.isascii():
        return word.lower()
    return unicodedata.normalize("NFC", word).translate(_NORM_TABLE).lower()


# Token kinds.
_DIGIT, _WORD, _FRAC, _MOD, _SCALE, _PCT, _ART, _FUNC = range(8)


@dataclass(frozen=True)
class _Lex:
    kind: int
    value: Decimal = Decimal(0)
    decimals: int = 0


def _phrases(groups: dict[str, list[str]]) -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for qualifier, phrases in groups.items():
        for phrase in phrases:
            key = tuple(_norm(w) for w in re.split(r"[\s\-]+", phrase.strip()) if w)
            out[key] = qualifier
    return out


def _decimals_of(value: float) -> int:
    text = repr(float(value)).rstrip("0").rstrip(".")
    return len(text.split(".")[1]) if "." in text else 0


class _Vocabulary:
    """Both languages' number words, merged: Hinglish text mixes them freely."""

    def __init__(self) -> None:
        hi, en = _load("numbers_hi.json"), _load("numbers_en.json")
        lex: dict[str, _Lex] = {}

        def add(word: str, entry: _Lex) -> None:
            lex.setdefault(_norm(word), entry)

        for data in (hi, en):
            for word, value in data["cardinals"].items():
                add(word, _Lex(_WORD, Decimal(str(value))))
            for word, value in data.get("fractions", {}).items():
                add(word, _Lex(_FRAC, Decimal(str(value)), _decimals_of(value)))
            for word, value in data.get("modifiers", {}).items():
                add(word, _Lex(_MOD, Decimal(str(value)), _decimals_of(value)))
            for word, value in data["scales"].items():
                add(word, _Lex(_SCALE, Decimal(str(value))))
        for word in en["articles"]:
            add(word, _Lex(_ART, Decimal(1)))

        self.percent: dict[tuple[str, ...], str] = _phrases({"%": hi["percent"] + en["percent"]})
        self.before = _phrases(_merge(hi["qualifiers_before"], en["qualifiers_before"]))
        self.after = _phrases(_merge(hi["qualifiers_after"], en["qualifiers_after"]))
        self.count_nouns = {_norm(w) for w in hi["count_nouns"] + en["count_nouns"]}
        self.seat_nouns = {_norm(w) for w in hi["seat_nouns"] + en["seat_nouns"]}
        self.year_cues = {_norm(w) for w in ("in", "since", "year", "साल", "वर्ष", "सन", "सन्")}
        self.standalone_scales = {_norm(w) for w in hi.get("standalone_scales", [])}
        self.tens = {_norm(w) for w in en["tens"]}
        self.units = {_norm(w) for w in en["units"]}
        # Words that only matter as parts of phrases (qualifiers, "per cent", nouns, year cues).
        for table in (self.percent, self.before, self.after):
            for phrase in table:
                for word in phrase:
                    lex.setdefault(word, _Lex(_FUNC))
        for word in self.count_nouns | self.seat_nouns | self.year_cues:
            lex.setdefault(word, _Lex(_FUNC))
        self.lex = lex
        # A phrase's first word (last word, for qualifiers before a figure): one set lookup rules
        # out most positions before the phrase tables are tried length by length.
        self.percent_first = {p[0] for p in self.percent if p}
        self.after_first = {p[0] for p in self.after if p}
        self.before_last = {p[-1] for p in self.before if p}
        self.max_before = max(len(p) for p in self.before)
        self.max_after = max(len(p) for p in self.after)
        self.max_percent = max(len(p) for p in self.percent)

        self.ordinals: dict[str, int] = {}
        for data in (hi, en):
            for word, value in data["ordinals"].items():
                self.ordinals[_norm(word)] = int(value)
        self.ordinal_suffixes = tuple(
            sorted({_norm(s) for s in hi["ordinal_suffixes"] + en["ordinal_suffixes"]}, key=len, reverse=True)
        )
        self.cardinals = {
            _norm(w): int(v) for data in (hi, en) for w, v in data["cardinals"].items() if float(v).is_integer()
        }


def _merge(*groups: dict[str, list[str]]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for group in groups:
        for key, values in group.items():
            out.setdefault(key, []).extend(values)
    return out


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    return _Vocabulary()


# --------------------------------------------------------------------------- tokens

_WORD_CHARS = r"\w\u0900-\u0963\u0966-\u097f\u200c\u200d"
_TOKEN_RE = re.compile(rf"[{_WORD_CHARS}]+(?:[.,][{_WORD_CHARS}]+)*|%")
_DIGITS_RE = re.compile(r"(?:[0-9]{1,3}(?:,[0-9]{2,3})*,[0-9]{3}|[0-9]+)(?:\.[0-9]+)?")
_LATIN_WORD_RE = re.compile(r"[A-Za-z]+")
_SPACE_RE = re.compile(r"\s*")
_PHRASE_GAP_RE = re.compile(r"\s*[-\u2013]?\s*")
_YEAR_RANGE_GAP = frozenset({"-", "\u2013", "\u2014", "/"})
_GAP_SPACES, _GAP_HYPHEN, _GAP_APART = range(3)  # what separates two neighbouring tokens


class _Tok(NamedTuple):
    # A NamedTuple, not a frozen dataclass: as immutable, and several times cheaper to build.
    start: int
    end: int
    norm: str
    kind: int
    value: Decimal
    decimals: int
    digits: str  # the ASCII digit string of a _DIGIT token ("303209.5"), else ""


_TOKEN_CACHE: dict[str, tuple[str, int, Decimal, int, str] | None] = {}
_TOKEN_CACHE_MAX = 50_000
_UNSEEN = object()  # not in _TOKEN_CACHE yet (None there means "no part of a number")


def _classify(raw: str) -> tuple[str, int, Decimal, int, str] | None:
    """What a raw token is to the number reader, or None when it is no part of a number."""
    hit = _TOKEN_CACHE.get(raw, _UNSEEN)
    if hit is not _UNSEEN:
        return hit
    result: tuple[str, int, Decimal, int, str] | None = None
    ascii_digits = raw.translate(_DEVANAGARI_DIGITS)
    if raw[0] in "0123456789०१२३४५६७८९":
        # No election figure has more than 15 digits; a longer run is not a number to read (and
        # int() of 4,300+ digits raises).
        if len(ascii_digits) <= 24 and _DIGITS_RE.fullmatch(ascii_digits):
            plain = ascii_digits.replace(",", "")
            decimals = len(plain.split(".")[1]) if "." in plain else 0
            result = (plain, _DIGIT, Decimal(plain), decimals, plain)
    else:
        norm = _norm(raw)
        lex = _vocabulary().lex.get(norm)
        if lex is not None:
            result = (norm, lex.kind, lex.value, lex.decimals, "")
    if len(_TOKEN_CACHE) < _TOKEN_CACHE_MAX:
        _TOKEN_CACHE[raw] = result
    return result


_ANCHOR_KINDS = frozenset({_DIGIT, _WORD, _FRAC, _MOD, _SCALE})
_ChunkTokens = tuple[tuple[int, int, tuple[str, int, Decimal, int, str]], ...]


class _ChunkCache:
    """What each distinct whitespace-separated chunk holds, read once: texts repeat their words
    and share most of them with other texts.  A token never spans whitespace, so a chunk's
    tokens do not depend on its neighbours."""

    def __init__(self) -> None:
        # The vocabulary's tokens in the chunk: (start, end, _classify(token)), relative to it.
        self.tokens: dict[str, _ChunkTokens] = {}
        self.with_tokens: set[str] = set()  # the chunks with at least one
        self.anchors: set[str] = set()  # the chunks holding a digit or a number word

    def learn(self, chunks: set[str] | list[str]) -> None:
        for chunk in chunks:
            found = tuple(
                (m.start(), m.end(), hit)
                for m in _TOKEN_RE.finditer(chunk)
                if (hit := _classify(m.group())) is not None
            )
            # The sets first: a chunk in ``tokens`` is complete, also to another thread.
            if found:
                self.with_tokens.add(chunk)
            if any(ch in _ALL_DIGITS for ch in chunk) or any(hit[1] in _ANCHOR_KINDS for _, _, hit in found):
                self.anchors.add(chunk)
            self.tokens[chunk] = found


_CHUNK_CACHE = _ChunkCache()


def _chunk_cache(chunks: set[str]) -> _ChunkCache:
    """The chunk cache, holding every one of ``chunks``.  Once full it is replaced by a new one
    (not emptied: a text being read in another thread keeps the one it has)."""
    global _CHUNK_CACHE
    cache = _CHUNK_CACHE
    new = chunks.difference(cache.tokens)
    if new:
        if len(cache.tokens) + len(new) > _TOKEN_CACHE_MAX:
            cache = _CHUNK_CACHE = _ChunkCache()
            new = chunks
        cache.learn(new)
    return cache


def _find_chunk(text: str, chunk: str, pos: int) -> int:
    """Where ``chunk`` next stands as a whole whitespace-separated chunk, from ``pos`` on (-1: nowhere)."""
    n, size = len(text), len(chunk)
    i = text.find(chunk, pos)
    while i != -1 and not ((i == 0 or text[i - 1].isspace()) and (i + size == n or text[i + size].isspace())):
        i = text.find(chunk, i + 1)
    return i


def _locate(text: str, chunks: list[str], wanted: set[str], pos: int = 0) -> Iterator[tuple[int, str]]:
    """``(start, chunk)`` for each chunk of ``chunks`` (``text[pos:].split()``, or the start of it)
    that is in ``wanted``, in text order.  Each is the first whole-chunk occurrence after the one
    before: the chunks in between are not wanted, so none of them is equal to it."""
    for chunk in filter(wanted.__contains__, chunks):
        pos = _find_chunk(text, chunk, pos)
        yield pos, chunk
        pos += len(chunk)


_WINDOW_BEFORE, _WINDOW_AFTER = 48, 64  # characters read around a number (qualifiers, nouns)


def _tokens(text: str) -> list[_Tok]:
    """The vocabulary's tokens near each digit or number word, in text order.

    Speed: most of a text has no number in it.  What each whitespace-separated chunk holds is
    cached per distinct chunk; the chunks holding a number are located with ``str.find``, and
    only the chunks within a few dozen characters of each are read.
    """
    chunks = text.split()
    distinct = set(chunks)
    cache = _chunk_cache(distinct)
    anchors = distinct & cache.anchors
    if not anchors:
        return []
    n = len(text)
    windows: list[list[int]] = []
    for start, chunk in _locate(text, chunks, anchors):
        lo, hi = max(start - _WINDOW_BEFORE, 0), min(start + len(chunk) + _WINDOW_AFTER, n)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    toks: list[_Tok] = []
    for lo, hi in windows:
        # Widen to whitespace so no chunk is cut in two.
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < n and not text[hi].isspace():
            hi += 1
        floor = toks[-1].end if toks else 0  # widened windows may overlap: no token twice
        for start, chunk in _locate(text, text[lo:hi].split(), cache.with_tokens, lo):
            for t_start, t_end, hit in cache.tokens[chunk]:
                if start + t_start >= floor:
                    toks.append(_Tok(start + t_start, start + t_end, *hit))
    return toks


# --------------------------------------------------------------------------- the reader


_ONE = Decimal(1)


@lru_cache(maxsize=64)
def _place(decimals: int) -> Decimal:
    """The place of the last of ``decimals`` decimal digits: 1, 0.1, 0.01, …"""
    return _ONE.scaleb(-decimals)


class _Term(NamedTuple):
    value: Decimal
    unit: Decimal
    scale: Decimal  # 1 when no scale word
    next: int  # index of the first token after the term


class _Reader:
    """One pass over one text's tokens, producing numbers and years."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.vocab = _vocabulary()
        self.toks = _tokens(text)
        self.norms = [t.norm for t in self.toks]  # for the phrase tables' keys
        self.gaps: list[int | None] = [None] * len(self.toks)  # _joined's answers, per token and the next
        self.numbers: list[NumberMention] = []
        self.years: list[tuple[int, int, int]] = []

    # -- adjacency
    def _joined(self, a: int, b: int, hyphen: bool = False) -> bool:
        """True when tokens a and b (b == a + 1) are separated by spaces only (or a hyphen)."""
        gap = self.gaps[a]
        if gap is None:  # worked out once per pair: the reader asks about most pairs repeatedly
            gap_start, gap_end = self.toks[a].end, self.toks[b].start
            if gap_start == gap_end or _SPACE_RE.fullmatch(self.text, gap_start, gap_end):
                gap = _GAP_SPACES
            elif _PHRASE_GAP_RE.fullmatch(self.text, gap_start, gap_end):
                gap = _GAP_HYPHEN
            else:
                gap = _GAP_APART
            self.gaps[a] = gap
        return gap == _GAP_SPACES or (hyphen and gap == _GAP_HYPHEN)

    def _phrase_at(
        self, i: int, table: dict[tuple[str, ...], str], longest: int, first_words: set[str]
    ) -> tuple[str, int] | None:
        """The longest phrase of ``table`` starting at token i: (value, index after it).

        ``first_words``: the first words of ``table``'s phrases."""
        norms = self.norms
        if norms[i] not in first_words:
            return None
        for length in range(min(longest, len(norms) - i), 0, -1):
            key = tuple(norms[i : i + length])
            if key in table and all(self._joined(k, k + 1, hyphen=True) for k in range(i, i + length - 1)):
                return table[key], i + length
        return None

    def _phrase_before(self, i: int) -> tuple[str, int] | None:
        """The longest qualifier ending right before token i: (qualifier, its first token)."""
        norms = self.norms
        if i == 0 or norms[i - 1] not in self.vocab.before_last:
            return None
        for length in range(min(self.vocab.max_before, i), 0, -1):
            first = i - length
            key = tuple(norms[first:i])
            if key in self.vocab.before and all(
                self._joined(k, k + 1, hyphen=(k + 1 < i)) for k in range(first, i)
            ):
                return self.vocab.before[key], first
        return None

    # -- terms
    def _term(self, k: int) -> _Term | None:
        """[modifier] number [scale...]: "79 हजार", "साढ़े तीन लाख", "a lakh", "Fifty-nine"."""
        toks, n = self.toks, len(self.toks)
        tok = toks[k]
        modifier: _Tok | None = None
        if tok.kind == _MOD:
            if k + 1 >= n or not self._joined(k, k + 1):
                return None
            modifier, k = tok, k + 1
            tok = toks[k]
        if tok.kind in (_DIGIT, _WORD, _FRAC):
            base, decimals = tok.value, tok.decimals
            k += 1
            if (
                tok.kind == _WORD
                and tok.norm in self.vocab.tens
                and k < n
                and toks[k].norm in self.vocab.units
                and self._joined(k - 1, k, hyphen=True)
            ):
                base += toks[k].value
                k += 1
        elif tok.kind == _SCALE and (modifier is not None or tok.norm in self.vocab.standalone_scales):
            base, decimals = Decimal(1), 0  # "सवा लाख", "सौ सीटें"
        elif tok.kind == _ART and k + 1 < n and toks[k + 1].kind == _SCALE and self._joined(k, k + 1):
            base, decimals = Decimal(1), 0  # "a lakh"
            k += 1
        else:
            return None
        if modifier is not None:
            base += modifier.value
            decimals = max(decimals, modifier.decimals)
        scale = _ONE
        if k < n and toks[k] is tok and tok.kind == _SCALE:  # the term starts with its scale
            scale, k = tok.value, k + 1
        while k < n and toks[k].kind == _SCALE and self._joined(k - 1, k):
            scale *= toks[k].value
            k += 1
        place = _place(decimals)
        unit = max(scale * place, _ONE) if scale > 1 else place
        return _Term(base * scale, unit, scale, k)

    # -- mentions
    def run(self) -> None:
        toks, n = self.toks, len(self.toks)
        i = 0
        while i < n:
            if toks[i].kind in (_DIGIT, _WORD, _FRAC, _MOD, _ART) or toks[i].norm in self.vocab.standalone_scales:
                i = max(self._mention(i), i + 1)  # always move on
            else:
                i += 1

    def _mention(self, i: int) -> int:
        toks, n, vocab = self.toks, len(self.toks), self.vocab
        first = self._term(i)
        if first is None:
            return i + 1
        # "COVID-19", "Sangrur-2": digits hyphenated onto a word are part of that word.
        if toks[i].kind == _DIGIT and self._glued_to_word(toks[i].start):
            return first.next
        terms = [first]
        k = first.next
        # Indian compounds: "42 हजार 142", "1 लाख 3 हजार 390", "two lakh fifty thousand".
        while terms[-1].scale > 1 and k < n and toks[k].kind in (_DIGIT, _WORD, _FRAC, _MOD):
            if not self._joined(k - 1, k):
                break
            term = self._term(k)
            if term is None or term.value >= terms[-1].scale or term.scale >= terms[-1].scale:
                break
            terms.append(term)
            k = term.next
        value = sum((t.value for t in terms), Decimal(0))
        unit = terms[-1].unit
        exact = unit <= 1  # every digit down to the units is stated
        start, end = toks[i].start, toks[k - 1].end

        # Percent: "41.3%", "33 per cent", "40 फीसदी".
        percent = False
        if k < n and self._joined(k - 1, k):
            hit = self._phrase_at(k, vocab.percent, vocab.max_percent, vocab.percent_first)
            if hit is not None:
                percent, k = True, hit[1]
                end = toks[k - 1].end

        single_digits = len(terms) == 1 and toks[i].kind == _DIGIT and terms[0].scale == 1 and first.next == i + 1
        year_text = single_digits and not percent and self._is_year_text(toks[i].digits)

        # Year ranges: "2017-18", "2014–2019".
        range_end: int | None = None
        if year_text and i + 1 < n:
            nxt = toks[i + 1]
            gap = self.text[toks[i].end : nxt.start]
            if gap in _YEAR_RANGE_GAP and nxt.kind == _DIGIT and len(nxt.digits) in (2, 4) and nxt.digits.isdigit():
                range_end = i + 1

        # Qualifiers: English before the figure, Hindi mostly after it.
        qualifier = None
        before = self._phrase_before(i)
        if before is not None:
            qualifier, q_first = before
            start = toks[q_first].start
        noun_after: str | None = None
        after_k = k
        if qualifier is None and k < n and self._joined(k - 1, k):
            hit = self._phrase_at(k, vocab.after, vocab.max_after, vocab.after_first)
            noun_skip = 0
            if hit is None and toks[k].norm in vocab.count_nouns and k + 1 < n and self._joined(k, k + 1):
                hit = self._phrase_at(k + 1, vocab.after, vocab.max_after, vocab.after_first)
                noun_skip = 1
            if hit is not None:
                qualifier, after_k = hit
                if noun_skip:
                    noun_after = toks[k].norm
                end = toks[after_k - 1].end
        if noun_after is None and after_k < n and self._joined(after_k - 1, after_k):
            if toks[after_k].norm in vocab.count_nouns:
                noun_after = toks[after_k].norm

        if year_text:
            reads_as_count = noun_after is not None or qualifier is not None
            if not reads_as_count or self._year_cue_before(i):
                self.years.append((toks[i].start, toks[i].end, int(toks[i].digits)))
                if range_end is not None:
                    nxt = toks[range_end]
                    if len(nxt.digits) == 4 and self._is_year_text(nxt.digits):
                        self.years.append((nxt.start, nxt.end, int(nxt.digits)))
                    return range_end + 1
                return i + 1

        # Round integers: "13,800" → unit 100; seat counts stay exact.
        if single_digits and not percent and "." not in toks[i].digits:
            digits = toks[i].digits
            if int(digits) >= 1000 and noun_after not in vocab.seat_nouns:
                zeros = len(digits) - len(digits.rstrip("0"))
                if zeros >= 2:  # one trailing zero is as likely an exact count ("93,780")
                    unit, exact = Decimal(10) ** zeros, False
        if percent:
            exact = False

        self.numbers.append(
            NumberMention(
                start=start,
                end=end,
                text=self.text[start:end],
                value=float(value),
                unit=float(unit),
                exact=bool(exact),
                qualifier=qualifier,
                percent=percent,
            )
        )
        return max(after_k, k)

    def _glued_to_word(self, pos: int) -> bool:
        """True for the "19" of "COVID-19": a hyphen right before, a letter right before that."""
        return pos >= 2 and self.text[pos - 1] in "-\u2013" and self.text[pos - 2].isalpha()

    @staticmethod
    def _is_year_text(digits: str) -> bool:
        return len(digits) == 4 and digits.isdigit() and YEAR_MIN <= int(digits) <= YEAR_MAX

    def _year_cue_before(self, i: int) -> bool:
        return i > 0 and self.toks[i - 1].norm in self.vocab.year_cues and self._joined(i - 1, i)


def parse(text: str) -> tuple[list[NumberMention], list[tuple[int, int, int]]]:
    """Numbers and years of a text in one pass: ``(numbers, years)``, both in text order."""
    if not isinstance(text, str):
        raise TypeError(f"parse() needs a str, not {type(text).__name__}")
    reader = _Reader(text)
    reader.run()
    return reader.numbers, reader.years


def parse_numbers(text: str) -> list[NumberMention]:
    """Every stated figure of ``text`` (not years, not ordinals), in text order."""
    return parse(text)[0]


def parse_years(text: str) -> list[tuple[int, int, int]]:
    """Every 4-digit year (1950–2035) of ``text`` that reads as a year: ``(start, end, year)``."""
    return parse(text)[1]


# --------------------------------------------------------------------------- ordinals

_ORDINAL_DIGITS_RE = re.compile(r"([0-9०-९]+)\s*[-]?\s*(\S*)")


def ordinal_value(word: str) -> int | None:
    """The position an ordinal word states: "second"/"2nd"/"दूसरे" → 2, "8वें" → 8, "पांचवीं" → 5.

    None when the word is not an ordinal (cardinals, ordinary words).
    """
    if not isinstance(word, str) or not word.strip():
        return None
    vocab = _vocabulary()
    norm = _norm(word.strip())
    if norm in vocab.ordinals:
        return vocab.ordinals[norm]
    m = _ORDINAL_DIGITS_RE.fullmatch(norm)
    if m is not None:
        suffix = m.group(2)
        if suffix in vocab.ordinal_suffixes:
            return int(m.group(1).translate(_DEVANAGARI_DIGITS))
        return None
    for suffix in vocab.ordinal_suffixes:  # "पांचवीं", "सातवें", "बीसवां"
        if norm.endswith(suffix) and len(norm) > len(suffix):
            stem = norm[: -len(suffix)]
            if stem in vocab.cardinals and not _LATIN_WORD_RE.fullmatch(stem):
                return vocab.cardinals[stem]
    return None


# --------------------------------------------------------------------------- spaCy


def _register_extensions() -> None:
    if not Doc.has_extension("numbers"):
        Doc.set_extension("numbers", default=None)
    if not Doc.has_extension("years"):
        Doc.set_extension("years", default=None)
    if not Span.has_extension("numbers"):
        Span.set_extension("numbers", getter=_span_numbers)
    if not Span.has_extension("years"):
        Span.set_extension("years", getter=_span_years)


def _span_numbers(span: Span) -> list[NumberMention]:
    """The document's numbers that lie inside this span (after ``election_numbers`` ran)."""
    numbers = span.doc._.numbers or []
    return [m for m in numbers if m.start >= span.start_char and m.end <= span.end_char]


def _span_years(span: Span) -> list[tuple[int, int, int]]:
    years = span.doc._.years or []
    return [y for y in years if y[0] >= span.start_char and y[1] <= span.end_char]


_register_extensions()


@Language.component("election_numbers")
def election_numbers(doc: Doc) -> Doc:
    """Sets ``doc._.numbers`` (NumberMention list) and ``doc._.years`` ((start, end, year) list).

    ``Span._.numbers`` / ``Span._.years`` give those inside a sentence or any other span.
    """
    doc._.numbers, doc._.years = parse(doc_text(doc))
    return doc
