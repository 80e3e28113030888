"""Claim patterns as data: ``claims/patterns/{hi,en}.json`` compiled once into regular expressions.

The JSON files hold every word list the claim finder uses (triggers per claim type, time words,
election-kind and house words, clause breaks, what is not a claim), so a linguist can extend a
language without touching code.
"""
from __future__ import annotations

import json
import re
import re._constants as _c  # the parse tree's opcodes (see first_chars)
import re._parser as _parser
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

# Word boundaries that also hold for Devanagari (where \b is unreliable around matras).
_L = r"(?<![\w\u0900-\u0963\u0966-\u097F])"
_R = r"(?![\w\u0900-\u0963\u0966-\u097F])"


# Nukta letters have two spellings in real text: one code point (ज़ U+095B) or letter + nukta
# (ज + U+093C). A pattern written either way matches both.
#: क़ ख़ ग़ ज़ ड़ ढ़ फ़ य़ as one code point → the same as letter + nukta (what NFC gives).
NUKTA_LETTERS = {chr(c): unicodedata.normalize("NFD", chr(c)) for c in range(0x0958, 0x0960)}
_NUKTA_FORMS = {**{pre: f"(?:{pre}|{dec})" for pre, dec in NUKTA_LETTERS.items()},
                **{dec: f"(?:{dec}|{pre})" for pre, dec in NUKTA_LETTERS.items()}}
_NUKTA_RE = re.compile("|".join(sorted(map(re.escape, _NUKTA_FORMS), key=len, reverse=True)))


def nukta_agnostic(pattern: str) -> str:
    """``pattern`` with each nukta letter matching both its spellings (not inside ``[...]``)."""
    out, depth, i = [], 0, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]" and depth:
            depth -= 1
        m = _NUKTA_RE.match(pattern, i) if not depth else None
        if m:
            out.append(_NUKTA_FORMS[m.group(0)])
            i = m.end()
            continue
        out.append(ch)
        i += 1
    return "".join(out)


def bounded(alternatives: str, flags: int = 0) -> re.Pattern:
    """``alternatives`` as whole words (in either script), nukta letters in either spelling.

    The pattern opens with a test of the letter a match can start with (:func:`first_chars`),
    where that can be told: Python's regex engine then spends a few nanoseconds on each other
    position of a text instead of testing the word boundary there first."""
    core = f"{_L}(?:{nukta_agnostic(alternatives)}){_R}"
    return re.compile(_first_char_test(core, flags) + core, flags)


def _first_char_test(pattern: str, flags: int) -> str:
    """``(?=[…])`` of the letters a match of ``pattern`` can start with, or "" where they are
    not known.  (Compiled with the pattern's own flags, the test follows its case rules.)"""
    first = first_chars(pattern, flags)
    if not first:
        return ""
    return "(?=[" + "".join(re.escape(c) for c in sorted(first)) + "])"


_ZERO_WIDTH = (_c.ASSERT, _c.ASSERT_NOT, _c.AT)
_FIRST_CHAR_TEST = re.compile(r"^\(\?=\[(?:\\.|[^\]\\])*\]\)")  # what _first_char_test writes


def first_chars(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of ``pattern`` can start with, or None where that cannot be told
    (a match may be empty, or start with a category such as ``\\w``, a negated class, any
    character …).  Read off the pattern's parse tree; an over-estimate is harmless (the scan
    just stops at more places), an under-estimate never happens: what is not understood is None."""
    try:
        first, can_be_empty = _first_of_sequence(_parser.parse(pattern, flags))
    except (_Unknown, re.error, RecursionError):
        return None
    return None if can_be_empty else frozenset(first)


class _Unknown(Exception):
    pass


def _first_of_sequence(items) -> tuple[set[str], bool]:
    """(first characters, whether the whole sequence can match the empty string)."""
    first: set[str] = set()
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # a lookaround or an anchor consumes nothing: the next item starts the match
        f, empty = _first_of_item(op, av)
        first |= f
        if not empty:
            return first, False
    return first, True


def _first_of_item(op, av) -> tuple[set[str], bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False
    if op is _c.IN:
        chars: set[str] = set()
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] <= 256:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            else:
                raise _Unknown(o)  # a negated class, a category, a wide range
        return chars, False
    if op is _c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown("(?i:…)")  # a case-blind part of a case-sensitive pattern
        return _first_of_sequence(av[-1])
    if op is _c.BRANCH:
        first, empty = set(), False
        for alternative in av[1]:
            f, e = _first_of_sequence(alternative)
            first |= f
            empty = empty or e
        return first, empty
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, _high, item = av
        f, e = _first_of_sequence(item)
        return f, e or low == 0
    if op is _c.ATOMIC_GROUP:
        return _first_of_sequence(av)
    raise _Unknown(op)


class OnePass:
    """Several patterns (with no groups of their own) looked for in one pass over a text.

    The combined pattern stops only at the positions where at least one of them matches, and
    there captures, in group ``i + 1``, the match ``patterns[i].match(text, pos)`` would give
    (a lookahead finds the same first-choice match as matching at that position).  Patterns
    with different flags go to separate passes.  A zero-width ``lead`` that every pattern starts
    with (the word-boundary lookbehind of :func:`bounded`) is tested once per position rather
    than once per pattern: that per-position test is most of what a search over a text costs.
    """

    def __init__(self, patterns: tuple[re.Pattern, ...], lead: str = _L):
        self.patterns = patterns
        by_flags: dict[int, list[int]] = {}
        for i, p in enumerate(patterns):
            if p.groups:
                raise ValueError(f"OnePass needs patterns without groups: {p.pattern!r}")
            by_flags.setdefault(p.flags, []).append(i)
        self._passes = [(self._combine([patterns[i].pattern for i in idx], flags, lead), idx)
                        for flags, idx in by_flags.items()]

    @staticmethod
    def _combine(patterns: list[str], flags: int, lead: str) -> re.Pattern:
        # Each pattern's first-letter test (see bounded) goes before the shared lead: a position
        # whose letter no pattern starts with is passed over there, and at the others each
        # pattern whose letter it is not is ruled out by one test (a case-blind pattern's own
        # alternatives cannot be ruled out letter by letter by the engine).
        tests = [m.group(0) if (m := _FIRST_CHAR_TEST.match(p)) else "" for p in patterns]
        patterns = [p[len(t):] for p, t in zip(patterns, tests)]
        if not all(p.startswith(lead) for p in patterns):
            lead = ""
        rest = [t + p[len(lead):] for p, t in zip(patterns, tests)]
        any_of = "|".join(f"(?:{p})" for p in rest)
        each = "".join(f"(?:(?=({p}))|)" for p in rest)
        return re.compile(_first_char_test(f"(?:{any_of})", flags) + f"{lead}(?={any_of}){each}", flags)

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(pattern index, start, end)`` for every position where a pattern matches (the
        overlapping ones too), by start and then pattern order."""
        found = []
        for scan, idx in self._passes:
            for m in scan.finditer(text):
                for g, i in enumerate(idx, 1):
                    if m.start(g) >= 0:
                        found.append((i, m.start(g), m.end(g)))
        if len(self._passes) > 1:
            found.sort(key=lambda x: (x[1], x[0]))
        return found

    def present(self, text: str) -> set[int]:
        """The indices of the patterns that occur in ``text`` (as ``patterns[i].search`` would say)."""
        return {i for i, _a, _b in self.matches(text)}


@dataclass(frozen=True)
class Trigger:
    id: str
    type: str
    regex: re.Pattern
    outcome: str | None = None
    defeat: bool = False
    passive: bool = False
    leading: bool = False
    needs_number: bool = False
    object_wins: bool = False  # "X led the BJP to victory": the claim is about the object


@dataclass(frozen=True)
class Patterns:
    lang: str
    triggers: tuple[Trigger, ...]
    candidacy_words: re.Pattern
    held_words: re.Pattern
    clause_breaks: re.Pattern
    coordination: re.Pattern
    time: dict[str, re.Pattern]
    kind: dict[str, re.Pattern]
    house: dict[str, re.Pattern]
    not_a_claim: re.Pattern
    negation: re.Pattern
    result_words: re.Pattern
    # all the triggers in one pass over a document (see claims.triggers.document_triggers)
    trigger_scan: OnePass
    # the words a sentence is read for besides its triggers, in one pass (see :meth:`cues`)
    cue_scan: OnePass

    def cues(self, text: str) -> frozenset[str]:
        """Which of the sentence-level word lists occur in ``text``, by name: ``"time.then"``,
        ``"kind.bye"``, ``"house.LS"``, ``"not_a_claim"``, ``"held_words"`` … (see :func:`_cue_patterns`);
        the same answers as searching each pattern, in one pass."""
        return frozenset(_CUE_NAMES[i] for i in self.cue_scan.present(text))

    @property
    def order(self) -> dict[str, int]:
        """Each trigger's place in the pattern file (ties between equal matches go to the first)."""
        return _order(self.lang)


_CUE_NAMES = ("time.last_year", "time.previous", "time.this_time", "time.then", "kind.bye", "kind.general",
              "house.LS", "house.VS", "not_a_claim", "held_words", "candidacy_words")


def _cue_patterns(words: dict) -> tuple[re.Pattern, ...]:
    """The patterns named in ``_CUE_NAMES``, in that order (``words``: the word-list fields of
    :class:`Patterns`)."""
    out = []
    for name in _CUE_NAMES:
        group, _, key = name.partition(".")
        out.append(words[group][key] if key else words[group])
    return tuple(out)


@lru_cache(maxsize=None)
def _order(lang: str) -> dict[str, int]:
    return {t.id: i for i, t in enumerate(load(lang).triggers)}


@lru_cache(maxsize=None)
def load(lang: str) -> Patterns:
    """The compiled patterns of one language (``hi`` or ``en``)."""
    raw = json.loads(resources.files("claims").joinpath("patterns", f"{lang}.json").read_text("utf-8"))
    flags = re.IGNORECASE if lang == "en" else 0
    triggers = tuple(
        Trigger(
            id=t["id"], type=t["type"], regex=bounded(t["regex"], flags), outcome=t.get("outcome"),
            defeat=t.get("defeat", False), passive=t.get("passive", False), object_wins=t.get("object_wins", False),
            leading=t.get("leading", False), needs_number=t.get("needs_number", False),
        )
        for t in raw["triggers"]
    )
    words = dict(
        candidacy_words=bounded(raw["candidacy_words"], flags),
        held_words=bounded(raw["held_words"], 0),
        clause_breaks=bounded("|".join(re.escape(w) for w in raw["clause_breaks"]), flags),
        coordination=bounded(raw["coordination"], flags),
        time={k: bounded(v, flags) for k, v in raw["time"].items()},
        kind={k: bounded(v, flags) for k, v in raw["kind"].items()},
        house={k: bounded(v, 0 if lang == "en" else flags) for k, v in raw["house"].items()},
        not_a_claim=bounded(raw["not_a_claim"], flags),
        negation=bounded(raw["negation"], flags),
        result_words=re.compile(f"(?:{nukta_agnostic(raw['result_words'])})", flags),
    )
    return Patterns(
        lang=lang,
        triggers=triggers,
        **words,
        trigger_scan=OnePass(tuple(t.regex for t in triggers)),
        cue_scan=OnePass(_cue_patterns(words)),
    )
