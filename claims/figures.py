"""Figures: which of a sentence's numbers a trigger states.

The number a votes, margin or share trigger needs is the nearest one in its window; a seats
phrase takes its tally, not the house total ("92 of the 117 seats"); a win verb may state a
count of winners ("AIMIM के पांच विधायक चुनाव जीते").
"""
from __future__ import annotations

import re

from claims.model import NumberMention
from claims.patterns_loader import with_first_char_test
from claims.sentence_input import SentenceInput
from claims.triggers import COUNT_AFTER, Hit


_OF_THESE = re.compile(r"में से\s*$")  # "X में से N": N of them
# "92 of the 117 seats", "37 of Uttar Pradesh's 80 seats", "31 out of a total of 41"
_OF_TOTAL_EN = re.compile(r"(?:of|out of)\s+(?:the\s+|a\s+)?(?:total\s+(?:of\s+)?)?(?:[A-Za-z][\w.\- ]{0,30}?['’]s?\s+)?$",
                          re.IGNORECASE)
_WINNERS_BEFORE = re.compile(r"\s+(?:विधायक|सांसद|उम्मीदवार|प्रत्याशी|MLAs|MPs|candidates|nominees)\s+(?:चुनाव\s+|have\s+|had\s+)?$")
_BARE_COUNT_AFTER = re.compile(r"\s+(?:only\s+|just\s+|a\s+mere\s+)?$")
_SEAT_NOUN = with_first_char_test(r"(?<![\w\u0900-\u0963\u0966-\u097F])(?:seats?|सीट|सीटें|सीटों)(?![\w\u0900-\u0963\u0966-\u097F])",
                                  re.IGNORECASE)


def nearest_number(s: SentenceInput, hit: Hit, lo: int, hi: int, percent: bool | None = None,
                    prefer: str = "left") -> NumberMention | None:
    best, dist = None, 10**9
    for n in s.numbers:
        if n.start < lo or n.end > hi:
            continue
        if percent is not None and n.percent != percent:
            continue
        d = hit.start - n.end if n.end <= hit.start else n.start - hit.end
        d = max(d, 0) + (0 if (n.end <= hit.start) == (prefer == "left") else 1)
        if d < dist:
            best, dist = n, d
    return best


def seat_number(s: SentenceInput, hit: Hit, lo: int, hi: int) -> NumberMention | None:
    """The tally of a seats phrase, not the total in "92 of the 117 seats" / "38 में से 37"."""
    inside = [n for n in s.numbers if hit.start <= n.start and n.end <= hit.end and not n.percent]
    if inside:  # "4 में से तीन पर": the trigger holds its own count
        return inside[-1]
    before = [n for n in s.numbers if lo <= n.start and n.end <= hit.start and not n.percent]
    if before:
        last = before[-1]
        prev = before[-2] if len(before) > 1 else None
        if prev is not None and _OF_TOTAL_EN.search(s.text[prev.end:last.start]):
            return prev
        if prev is not None and _OF_THESE.search(s.text[prev.end:last.start]):
            return last
        if hit.start - last.end <= 12:
            return last
    return nearest_number(s, hit, lo, hi, percent=False)


def winners_count(s: SentenceInput, hit: Hit) -> NumberMention | None:
    """A count of winners said with a win verb: "AIMIM के पांच विधायक चुनाव जीते" (five MLAs won),
    or a bare count after the verb where the sentence has already named seats ("59 seats … of
    which the SP had won only nine"). Not a year, not a percentage."""
    for n in s.numbers:
        if n.percent or 1900 <= n.value <= 2100:
            continue
        if n.end <= hit.start and _WINNERS_BEFORE.fullmatch(s.text[n.end:hit.start]):
            return n
        if n.start >= hit.end and _BARE_COUNT_AFTER.fullmatch(" " + s.text[hit.end:n.start]) \
                and not COUNT_AFTER.match(s.text[hit.end:min(s.end, n.end + 30)]) \
                and _SEAT_NOUN.search(s.text[s.start:hit.start]):
            return n
    return None
