"""The input of the per-sentence claim rules: one sentence of a document and what the earlier
pipeline components found in it (mentions, numbers, years, trigger matches, word-list cues)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from claims.model import Mention, NumberMention
from claims.patterns_loader import Patterns, Trigger

# The characters an ASCII letter matches under re.IGNORECASE: the letters themselves and the four
# others Python's case folding joins to them (İ ı → i, ſ → s, K Kelvin sign → k); what
# ``re.compile("[a-z]", re.IGNORECASE)`` matches, written out so that the search can skip ahead.
_LATIN = re.compile("[A-Za-z\u0130\u0131\u017f\u212a]")


@dataclass
class SentenceInput:
    text: str  # the whole document text
    start: int
    end: int
    lang: str
    mentions: list[Mention] = field(default_factory=list)  # in text order (by start)
    numbers: list[NumberMention] = field(default_factory=list)
    years: list[tuple[int, int, int]] = field(default_factory=list)
    # the document's trigger matches inside this sentence, ``(trigger, start, end)``, when the
    # caller searched the whole text once (see :func:`document_triggers`); None: search here
    trigger_matches: list[tuple[Trigger, int, int]] | None = None
    # which of the sentence-level word lists occur here (:meth:`Patterns.cues`), found on first use
    cues: frozenset[str] | None = None
    # whether the sentence holds a Latin letter (:meth:`latin`), found on first use
    has_latin: bool | None = None

    def has(self, pats: Patterns, cue: str) -> bool:
        """Whether the sentence holds a word of the named list (``"kind.bye"``, ``"not_a_claim"`` …):
        ``pats.kind["bye"].search(sentence)``, with every list looked for in one pass."""
        return cue in self.cue_names(pats)

    def cue_names(self, pats: Patterns) -> frozenset[str]:
        """The names of the word lists the sentence holds a word of (see :meth:`has`)."""
        if self.cues is None:
            self.cues = pats.cues(self.text[self.start:self.end])
        return self.cues

    def latin(self) -> bool:
        """Whether the sentence holds a letter of the Latin alphabet (in any case).  Where it does
        not, no English word can match anywhere in it, and the English-only rules are passed over."""
        if self.has_latin is None:
            self.has_latin = _LATIN.search(self.text, self.start, self.end) is not None
        return self.has_latin

    def latin_in(self, lo: int, hi: int) -> bool:
        """Whether ``text[lo:hi]`` holds a Latin letter: where it does not, no English word can
        match there.  (A stretch of a sentence with none is not searched.)"""
        if self.start <= lo and hi <= self.end and not self.latin():
            return False
        return _LATIN.search(self.text, lo, hi) is not None

    def may_hold(self, lo: int, hi: int, words: tuple[str, ...]) -> bool:
        """Whether ``text[lo:hi]`` may hold a match of an expression every match of which has a
        Latin letter or one of ``words`` (written as the expression writes them): a test far
        cheaper than the expression's search, to run before it."""
        if self.latin_in(lo, hi):
            return True
        for w in words:
            if self.text.find(w, lo, hi) >= 0:
                return True
        return False
