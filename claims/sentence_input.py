"""The input of the per-sentence claim rules: one sentence of a document and what the earlier
pipeline components found in it (mentions, numbers, years, trigger matches, word-list cues)."""
from __future__ import annotations

from dataclasses import dataclass, field

from claims.model import Mention, NumberMention
from claims.patterns_loader import Patterns, Trigger


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

    def has(self, pats: Patterns, cue: str) -> bool:
        """Whether the sentence holds a word of the named list (``"kind.bye"``, ``"not_a_claim"`` …):
        ``pats.kind["bye"].search(sentence)``, with every list looked for in one pass."""
        if self.cues is None:
            self.cues = pats.cues(self.text[self.start:self.end])
        return cue in self.cues
