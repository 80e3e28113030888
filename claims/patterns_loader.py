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
from typing import Iterator

# Word boundaries that also hold for Devanagari (where \b is unreliable around matras).
_L = r"(?<![\w\u0900-\u0963\u0966-\u097F])"
_R = r"(?![\w\u0900-\u0963\u0966-\u097F])"
# A character that may end a word: any but the Devanagari letters, marks and digits and the ASCII
# letters, digits and "_" (all of which _L counts as word characters), case-sensitively.  Every
# character _L lets a word follow is one of these; the engine can skip ahead to the next one.
_MAY_END_WORD = r"(?-i:[^\u0900-\u0963\u0966-\u097FA-Za-z0-9_])"


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


def with_first_char_test(pattern: str, flags: int = 0) -> re.Pattern:
    """``re.compile(pattern, flags)`` with the test of its first letter in front, as :func:`bounded`
    writes it: the same matches, and a search that passes over a position whose letter no match
    can start with before trying the pattern's lookbehind or its alternatives there."""
    return re.compile(_first_char_test(pattern, flags) + pattern, flags)


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
    character …): its one-character openings (:func:`first_openings`).  An over-estimate is
    harmless (the scan just stops at more places), an under-estimate never happens."""
    openings = first_openings(pattern, flags, 1)
    return None if openings is None else frozenset(openings)


class _Unknown(Exception):
    pass


def _class_chars(items) -> set[str]:
    """The characters a ``[…]`` class (its parse-tree items) matches; _Unknown for a negated
    class, a category or a wide range."""
    chars: set[str] = set()
    for o, a in items:
        if o is _c.LITERAL:
            chars.add(chr(a))
        elif o is _c.RANGE and a[1] - a[0] <= 256:
            chars.update(chr(x) for x in range(a[0], a[1] + 1))
        else:
            raise _Unknown(o)
    return chars


# The openings of a match (see first_openings): tuples of its first characters, None standing
# for a character that cannot be told.  An opening is complete once it holds as many characters
# as were asked for, or an unknown one: what follows it no longer matters.
_UNTOLD = (None,)
_MAX_OPENINGS = 4000
# How many first characters the opening test of a pass (see OnePass) reads at most.
OPENING_LENGTH = 5


def first_openings(pattern: str, flags: int = 0, length: int = 2) -> frozenset[str] | None:
    """The first ``length`` characters a match of ``pattern`` can start with, as strings, shorter
    where the match may end sooner or its next character cannot be told (a category, a negated
    class …); None where even the first cannot be told (see :func:`first_chars`) or the openings
    are too many to list.  Read off the parse tree like first_chars: an over-estimate, never an
    under-estimate."""
    try:
        openings = _openings_of_sequence(_parser.parse(pattern, flags), length)
    except (_Unknown, re.error, RecursionError):
        return None
    out = set()
    for o in openings:
        if not o or o[0] is None:
            return None  # a match may be empty, or its first character cannot be told
        out.add("".join(o[:o.index(None)] if None in o else o))
    return frozenset(out)


def _complete(o: tuple, length: int) -> bool:
    return len(o) >= length or (bool(o) and o[-1] is None)


def _then(heads: set[tuple], tails: set[tuple], length: int) -> set[tuple]:
    """The openings of a match of one part (``heads``) followed by another (``tails``)."""
    out = set()
    for h in heads:
        if _complete(h, length):
            out.add(h)
        else:
            out.update((h + t)[:length] for t in tails)
    if len(out) > _MAX_OPENINGS:
        raise _Unknown("too many openings")
    return out


def _openings_of_sequence(items, length: int) -> set[tuple]:
    openings = {()}
    for op, av in items:
        if all(_complete(o, length) for o in openings):
            break
        if op in _ZERO_WIDTH:
            continue  # a lookaround or an anchor consumes nothing
        openings = _then(openings, _openings_of_item(op, av, length), length)
    return openings


def _openings_of_item(op, av, length: int) -> set[tuple]:
    if op is _c.LITERAL:
        return {(chr(av),)}
    if op is _c.IN:
        try:
            chars = _class_chars(av)
        except _Unknown:
            return {_UNTOLD}  # a negated class, a category, a wide range: one character, untold
        return {(ch,) for ch in chars}
    if op in (_c.ANY, _c.NOT_LITERAL):
        return {_UNTOLD}
    if op is _c.SUBPATTERN:
        if av[1] & re.IGNORECASE:
            raise _Unknown("(?i:…)")  # a case-blind part of a case-sensitive pattern
        return _openings_of_sequence(av[-1], length)
    if op is _c.BRANCH:
        out: set[tuple] = set()
        for alternative in av[1]:
            out |= _openings_of_sequence(alternative, length)
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT):
        low, high, item = av
        one = _openings_of_sequence(item, length)
        out, run = set(), {()}
        # Past ``length`` repetitions more than the least, further ones open nothing new (an
        # opening is made by at most ``length`` of them).
        for n in range(min(high, low + length + 1) + 1):
            if n >= low:
                out |= run
            run = _then(run, one, length)
        return out
    if op is _c.ATOMIC_GROUP:
        return _openings_of_sequence(av, length)
    raise _Unknown(op)


def _opening_test(patterns: list[str], flags: int) -> str:
    """``(?=…)`` of the first few characters a match of any of ``patterns`` can start with ("" where
    not even the first is known), letter by letter: at a word start that opens none of them the
    pass moves on after a few letter comparisons, instead of trying each pattern there."""
    openings: set[str] = set()
    for p in patterns:
        # as many characters as can be listed (a long run of letter classes has too many openings)
        o = next(filter(None, (first_openings(p, flags, n) for n in range(OPENING_LENGTH, 0, -1))), None)
        if not o:
            return ""
        openings |= o
    return f"(?={_letter_tree(openings)})"


def _letter_tree(strings: set[str]) -> str:
    """An alternation that matches where one of ``strings`` starts, one letter at a time (a
    string that another one starts with makes the longer one moot)."""
    rests: dict[str, set[str]] = {}
    for s in strings:
        rests.setdefault(s[0], set()).add(s[1:])
    alternatives = []
    for c, after in sorted(rests.items()):
        if "" in after:
            alternatives.append(re.escape(c))
        elif all(len(a) == 1 for a in after):
            alternatives.append(re.escape(c) + "[" + "".join(re.escape(a) for a in sorted(after)) + "]")
        else:
            alternatives.append(f"{re.escape(c)}(?:{_letter_tree(after)})")
    return "|".join(alternatives)


class OnePass:
    """Several patterns (with no groups of their own) looked for in one pass over a text.

    The combined pattern stops only at the positions where at least one of them matches, and
    there captures, in group ``i + 1``, the match ``patterns[i].match(text, pos)`` would give
    (a lookahead finds the same first-choice match as matching at that position).  Patterns
    with different flags go to separate passes.  A zero-width ``lead`` that every pattern starts
    with (the word-boundary lookbehind of :func:`bounded`) is tested once per position rather
    than once per pattern: that per-position test is most of what a search over a text costs.
    Where it passes, the first few letters there are compared with those any pattern can start
    with (:func:`_opening_test`) before the patterns themselves are tried.
    """

    def __init__(self, patterns: tuple[re.Pattern, ...], lead: str = _L):
        self.patterns = patterns
        by_flags: dict[int, list[int]] = {}
        for i, p in enumerate(patterns):
            if p.groups:
                raise ValueError(f"OnePass needs patterns without groups: {p.pattern!r}")
            by_flags.setdefault(p.flags, []).append(i)
        combined = [(self._combine([patterns[i].pattern for i in idx], flags, lead), idx)
                    for flags, idx in by_flags.items()]
        self._passes = [(scan, idx) for (scan, _after_break), idx in combined]
        self._after_breaks = [after_break for (_scan, after_break), _idx in combined]

    @staticmethod
    def _combine(patterns: list[str], flags: int, lead: str) -> tuple[re.Pattern, re.Pattern | None]:
        """The pass over ``patterns``, and the same pass matched from the character before each
        position (see :meth:`_stops`; None where the patterns do not all start with the word
        boundary)."""
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
        at_position = (_first_char_test(f"(?:{any_of})", flags) + lead + _opening_test(rest, flags)
                       + f"(?={any_of}){each}")
        after_break = re.compile(_MAY_END_WORD + at_position, flags) if lead == _L else None
        return re.compile(at_position, flags), after_break

    def _stops(self, text: str) -> Iterator[tuple[re.Match, tuple[int, ...]]]:
        """The matches of each pass over ``text``, with the pattern indices of its groups: the
        same as ``scan.finditer(text)``, found faster where every pattern starts with the word
        boundary.  A word there starts at the start of the text or right after a character
        that may end a word (:data:`_MAY_END_WORD`); the engine skips ahead from one such
        character to the next instead of trying the pass at each position, and each match
        takes just that character, which is not part of any pattern's match."""
        for (scan, idx), after_break in zip(self._passes, self._after_breaks):
            if after_break is None:
                for m in scan.finditer(text):
                    yield m, idx
                continue
            first = scan.match(text)
            if first:
                yield first, idx
            for m in after_break.finditer(text):
                yield m, idx

    def matches(self, text: str) -> list[tuple[int, int, int]]:
        """``(pattern index, start, end)`` for every position where a pattern matches (the
        overlapping ones too), by start and then pattern order."""
        found = []
        for m, idx in self._stops(text):
            for g, matched in enumerate(m.groups(), 1):
                if matched is not None:  # (the patterns that match at this position)
                    found.append((idx[g - 1], m.start(g), m.end(g)))
        if len(self._passes) > 1:
            found.sort(key=lambda x: (x[1], x[0]))
        return found

    def present(self, text: str) -> set[int]:
        """The indices of the patterns that occur in ``text`` (as ``patterns[i].search`` would say)."""
        found: set[int] = set()
        for m, idx in self._stops(text):
            found.update(idx[g] for g, matched in enumerate(m.groups()) if matched is not None)
        return found


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
