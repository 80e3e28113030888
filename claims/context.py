"""Document context: what earlier sentences say about the election and the place in focus.

POLICY.md, "Which election a claim is about", steps 1–4, as far as the words go (step 5, the
latest election on or before ``as_of``, needs the reference and is the resolver's):

1. an explicit year in the sentence;
2. a relative time against ``as_of``: "last year" / "पिछले साल" → the year before, "this time" /
   "इस बार" → ``as_of``'s year, "last time" / "पिछली बार" → the election before (left to the
   resolver as ``year_source='previous'``);
3. election-kind and house words (उपचुनाव → bye; लोकसभा → LS; विधानसभा → VS);
4. the document's context.  The document's focus is the election its first cue-bearing sentence
   is about (the seed article opens with the Noorpur by-election).  A sentence with no cue of its
   own is about that focus — except one that continues the previous sentence ("वहीं", "उस समय",
   "then", "meanwhile"), which inherits that sentence's election.  "यहां" / "here" / "इस सीट" is the
   constituency last named.  Context flows forward only: a sentence never borrows from later text.

Every field a claim takes from context is recorded in ``claim.from_context``.
"""
from __future__ import annotations

import re
from datetime import date

from claims.model import Claim, ElectionHints, Mention
from claims.patterns_loader import Patterns, nukta_agnostic, with_first_char_test

_CONTINUES = re.compile(
    r"^\W*(?:वहीं|वही|उस समय|उस वक्त|तब|तब भी|इस दौरान|इसके अलावा|साथ ही|then|meanwhile|at that time|"
    r"back then|in that election|also|similarly)(?![\w\u0900-\u0963\u0966-\u097F])",
    re.IGNORECASE,
)
_DATELINE = re.compile(r"^\s*:")
_CITY_STATE = re.compile(nukta_agnostic(r"delhi|दिल्ली|chandigarh|चंडीगढ़|puducherry|pondicherry|पुडुचेरी"), re.IGNORECASE)
_SEAT_WORD = with_first_char_test(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:सीट|seat|constituency|क्षेत्र)", re.IGNORECASE)


def copy_hints(h: ElectionHints) -> ElectionHints:
    """A copy of ``h`` field by field: what ``dataclasses.replace(h)`` gives, without its
    per-call field introspection (a few copies per sentence; tests/test_context.py checks that
    every field is copied)."""
    return ElectionHints(year=h.year, year_source=h.year_source, kind=h.kind, house=h.house, state=h.state,
                         leading=h.leading, fresh=h.fresh, past=h.past)


class DocumentContext:
    """Walks the sentences of one document in order, carrying the focus forward."""

    def __init__(self, as_of: date | None):
        self.as_of = as_of
        self.focus_hints: ElectionHints | None = None
        self.prev_hints: ElectionHints | None = None
        self.last_constituency: Mention | None = None
        self.states_named: set[str] = set()  # the states the text has named so far
        # the sentence whose claims are being placed, and what was searched for in it (see _holds)
        self._placing: str | None = None
        self._found: dict[re.Pattern, bool] = {}

    def sentence(self, doc_text: str, s0: int, s1: int, own: ElectionHints,
                 mentions: list[Mention]) -> ElectionHints:
        """The election hints for one sentence, after context; updates the focus."""
        h = copy_hints(own)
        has_time = own.year is not None or own.year_source is not None
        has_cue = has_time or own.kind is not None
        if own.year_source == "last_year" and self.as_of:
            h.year = self.as_of.year - 1
        elif own.year_source == "this_time" and self.as_of:
            h.year = self.as_of.year
        elif own.year_source == "then" and self.prev_hints is not None:
            h.year, h.kind = self.prev_hints.year, h.kind or self.prev_hints.kind
            h.house = h.house or self.prev_hints.house
            h.year_source = "context"
        if not has_time:
            continues = bool(_CONTINUES.match(doc_text[s0:s1]) and self.prev_hints)
            base = self.prev_hints if continues else self.focus_hints
            if base is not None and not (own.kind and base.kind and own.kind != base.kind):
                if own.kind is None or base.kind == own.kind:
                    h.year = base.year
                    h.year_source = "context" if base.year is not None else None
                h.kind = h.kind or base.kind
                # The house is not carried from the focus: it belongs to the place the focus
                # sentence named. A sentence that goes on from the one before and names no place
                # of its own goes on in its house ("… 2019 लोकसभा चुनाव में भाजपा ने 62 सीटें जीती
                # थीं। वहीं सपा को पांच सीटें मिली थीं।").
                if continues and not any(m.kind == "constituency" for m in mentions):
                    h.house = h.house or base.house
        # "नई दिल्ली:" / "New Delhi:" open a dateline, not a place the claim is about ("UP: देखें …"
        # is a headline's topic: only a state that is also a city stands as a dateline).
        states = [m for m in mentions if m.kind == "state" and not (
            _DATELINE.match(doc_text[m.end:m.end + 3]) and _CITY_STATE.search(m.text))]
        if states:
            h.state = states[0].ids[0] if states[0].ids else states[0].name
            self.states_named.add(h.state)
        elif len(self.states_named) == 1:
            # A sentence naming no state is about the one state the text has named; once it has
            # named two (a round-up: "In Punjab … In Uttar Pradesh …"), which one is open, and left
            # to the verifier's own rules (an earlier tally's state, a party's home state).
            h.state = next(iter(self.states_named))
        if self.focus_hints is None and (has_cue or own.house):
            self.focus_hints = copy_hints(h)
        self.prev_hints = h
        return h

    def place(self, claim: Claim, pats: Patterns, sentence_text: str) -> None:
        """Fill a missing constituency from "here" / "its seat" / the constituency in focus."""
        if claim.constituency is None and self.last_constituency is not None:
            wants_place = self._holds(pats.time["here"], sentence_text) or (
                claim.type in ("candidacy", "votes", "margin", "rank") or
                (claim.type == "outcome" and claim.subject is not None and claim.subject.kind == "candidate")
                or (claim.type == "outcome" and self._holds(_SEAT_WORD, sentence_text))
            )
            if wants_place:
                claim.constituency = self.last_constituency
                claim.from_context.add("constituency")

    def _holds(self, pattern: re.Pattern, sentence_text: str) -> bool:
        """``pattern.search(sentence_text)``, searched once per sentence and pattern (the claims of
        a sentence are placed one after another)."""
        if sentence_text != self._placing:
            self._placing, self._found = sentence_text, {}
        found = self._found.get(pattern)
        if found is None:
            found = self._found[pattern] = pattern.search(sentence_text) is not None
        return found

    def saw_constituencies(self, mentions: list[Mention]) -> None:
        consts = [m for m in mentions if m.kind == "constituency"]
        if consts:
            self.last_constituency = consts[-1]
