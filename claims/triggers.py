"""Triggers: the result words of a sentence, filtered, and the window of text each one reads.

Each language's trigger expressions (``claims/patterns/*.json``) are found (once per document,
:func:`document_triggers`); overlapping matches keep the earliest and longest.  A trigger is
dropped where its words do not state a result: an outcome verb followed by a figure of votes or
seats ("won 92 seats", "bagged 96,176 votes") is a seats/votes phrase, not an outcome; "403
सीटों में" is a total, not a tally.  A trigger's window runs back to the previous verb-like
trigger or clause break, and on to the next one.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from claims.patterns_loader import Patterns, Trigger, load, nukta_agnostic
from claims.sentence_input import SentenceInput


# A news sentence states a handful of results; past this many triggers the rest of a sentence
# is not read (it keeps pathological input linear: one 100,000-character "sentence" of claims).
MAX_TRIGGERS = 40
COUNT_AFTER = re.compile(
    nukta_agnostic(r"^\s*(?:in|on|from|of|पर)?\s*(?:just|only|over|nearly|about|around|all|सभी|the)?\s*"
    r"(?:[\d०-९][\d०-९,.]*|[\w\u0900-\u0963\u0966-\u097F-]+)\s*(?:lakh|thousand|हजार|हज़ार|लाख)?\s*"
    r"(?:votes|seats|others|more|वोट|मत|सीट|अन्य)"), re.IGNORECASE)
# The words every Hindi match of COUNT_AFTER holds (its English matches hold Latin letters)
_COUNT_NOUNS_HI = ("वोट", "मत", "सीट", "अन्य")
_PARTICIPLE = re.compile(r"\s*(?:being|having|getting|\w+ing)\b", re.IGNORECASE)
_TOTAL_SEATS_HI = re.compile(r"^\s*(?:सीटों|सीट) (?:में|वाले|वाली)(?! जीत)")
# Clause boundaries: ":", ";", dandas, a dash, and a comma that opens a new clause ("won Kairana
# by N votes, and in Palghar the Shiv Sena candidate finished second").
STOP = re.compile(r"[:;|।॥]|\s(?:[-–—]|--)\s|,\s+(?:and|but|while|whereas|और|लेकिन|जबकि)\s")
_STOP_CHARS = re.compile(r"[:;|।॥,\-–—]")  # a character every STOP match holds: none, no break
_POLLED_OR_FIELDED = re.compile(
    nukta_agnostic(r"\s*(?:पर|में)\s+(?:[\u0900-\u0963\u0966-\u097F]+\s+){0,2}?(?:चुनाव|उपचुनाव|मतदान|वोटिंग|उम्मीदवार|प्रत्याशी)\s+"
    r"(?:हुए|हुआ|होंगे|होगा|होने|हो|उतारे|उतार|खड़े)(?![\u0900-\u0963\u0966-\u097F])"))
_SEAT_WORD_HI = re.compile(nukta_agnostic(r"सीट|सीटों|सीटें|क्षेत्र|गढ़|किला"))
_IN_A_COUNT = re.compile(r"\s+in\s+(?:just\s+|only\s+|over\s+|nearly\s+|about\s+)?", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+by\s+(?:[a-z]+\s+){0,3}[\d.]+\s*(?:per\s?cent|percent|%)", re.IGNORECASE)
_POSSESSIVE_NOUN = re.compile(r"\b(?:its|their|his|her|our|election|poll|recent)\s+$", re.IGNORECASE)
_SEATS_WON_BY = re.compile(r"seats?\s+won\s+by\b", re.IGNORECASE)
# What an English "won"/"lost" may take as its object when it reports a result
_OBJECT_AFTER = re.compile(r"\s+(?:the|its|his|her|their)\s+([A-Za-z]+)")
_RESULT_OBJECTS = {
    "seat", "seats", "election", "elections", "poll", "polls", "bypoll", "bypolls",
    "contest", "race", "constituency", "constituencies", "assembly", "state", "deposit", "majority", "mandate",
    "battle", "fight", "lok", "vidhan", "crucial", "prestigious", "key", "family", "home", "stronghold",
    "bastion", "pocket", "first", "second", "third", "last", "previous", "ward", "parliamentary", "segment",
    "reserved", "keenly", "closely", "remaining", "other", "rest", "lone", "only", "most", "maximum",
    "highest", "same", "sixth", "fifth", "fourth", "general", "upcoming", "people", "vote", "votes",
}
_SEIZED = re.compile(nukta_agnostic("कब्जा|कब्ज़ा"))
_PARTICIPLE_NOUN = re.compile(rf"\s+(?:{load('hi').candidacy_words.pattern}|विधायकों|सांसदों)(?:\s+(?:ने|को|की|का|के))?"
                              r"(?![\w\u0900-\u0963\u0966-\u097F])")
_STOP_RIGHT = re.compile(r"[:;|।॥]|\s(?:[-–—]|--)\s|,\s")


def document_triggers(text: str, pats: Patterns) -> list[tuple[Trigger, int, int]]:
    """Every trigger match in the whole text, by start (ties in pattern-file order): one search
    per document rather than one per pattern per sentence (a sentence keeps the matches inside
    it).  The same matches as ``t.regex.finditer(text)`` for each trigger, found in one pass."""
    found = []
    end_of_last = [0] * len(pats.triggers)  # finditer resumes after a trigger's previous match
    for i, a, b in pats.trigger_scan.matches(text):
        if a == b:
            return _triggers_one_by_one(text, pats)  # an empty match: finditer's own rules apply
        if a >= end_of_last[i]:
            found.append((pats.triggers[i], a, b))
            end_of_last[i] = b
    return found


def _triggers_one_by_one(text: str, pats: Patterns) -> list[tuple[Trigger, int, int]]:
    found = [(t, m.start(), m.end()) for t in pats.triggers for m in t.regex.finditer(text)]
    found.sort(key=lambda x: x[1])
    return found


@dataclass
class Hit:
    trigger: Trigger
    start: int
    end: int


def find_triggers(s: SentenceInput, pats: Patterns) -> list[Hit]:
    hits: list[Hit] = []
    if s.trigger_matches is not None:
        per: dict[str, int] = {}
        for t, a, b in s.trigger_matches:
            if s.start <= a and b <= s.end and per.get(t.id, 0) < MAX_TRIGGERS:
                per[t.id] = per.get(t.id, 0) + 1
                hits.append(Hit(t, a, b))
    else:
        seg = s.text[s.start:s.end]
        for t in pats.triggers:
            for n, m in enumerate(t.regex.finditer(seg)):
                if n >= MAX_TRIGGERS:
                    break
                hits.append(Hit(t, s.start + m.start(), s.start + m.end()))
    # "बसपा सिर्फ एक सीट जीत पाई": a count right before "सीट जीत" makes it a tally of seats (the
    # seats trigger at the same place speaks), not the win of the seat in focus.
    if s.lang == "hi" and s.numbers:
        hits = [h for h in hits if not (h.trigger.type == "outcome" and s.text.startswith("सीट", h.start)
                                        and any(0 <= h.start - n.end <= 1 and not n.percent for n in s.numbers))]
    # Earliest, then longest, then the order of the pattern file.
    order = pats.order
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), order[h.trigger.id]))
    kept: list[Hit] = []
    for h in hits:
        if kept and h.start < kept[-1].end:
            continue
        kept.append(h)
    kept = kept[:MAX_TRIGGERS]
    out = []
    for h in kept:
        t = h.trigger
        if t.needs_number and not any(
            -30 <= h.start - n.end <= 30 or 0 <= n.start - h.end <= 40 or (n.start >= h.start and n.end <= h.end)
            for n in s.numbers
        ):
            continue  # "सीट पर" with no figure is a place, not a tally
        if t.type == "votes" and any(k.trigger.type == "margin" and 0 <= h.start - k.start <= 60 for k in kept):
            continue  # "by a margin of 37,558 votes": the votes are the margin's
        if t.type == "outcome" and s.lang == "hi" and _PARTICIPLE_NOUN.match(s.text, h.end):
            continue  # "7 बार हारे उम्मीदवार": a participle describing a noun, not a result of its own
        if t.type == "outcome" and s.may_hold(h.end, min(s.end, h.end + 80), _COUNT_NOUNS_HI) \
                and COUNT_AFTER.match(s.text[h.end:min(s.end, h.end + 80)]):
            continue  # "won 92 seats", "bagged 96,176 votes": the seats/votes trigger speaks
        if t.type == "outcome" and s.lang == "en" and (m := _IN_A_COUNT.match(s.text, h.end)) \
                and any(n.start == m.end() and not n.percent for n in s.numbers):
            continue  # "with the Congress ahead in 37": a count of seats (the tally list reads it)
        if t.type == "outcome" and s.lang == "en" and _SHARE_AFTER.match(s.text, h.end):
            continue  # "BJP won by a little over 33 per cent of votes": the vote share speaks
        if t.type == "outcome" and s.lang == "en" and _POSSESSIVE_NOUN.search(s.text[max(s.start, h.start - 12):h.start]):
            continue  # "its wins", "recent election defeats": a noun, not a result
        if t.type == "outcome" and s.lang == "en" and _SEATS_WON_BY.search(s.text[max(s.start, h.start - 12):h.end + 4]):
            continue  # "the 41 seats won by AIADMK": the seats trigger speaks, its subject after "by"
        if t.type == "outcome" and s.lang == "en":
            obj = _OBJECT_AFTER.match(s.text, h.end, s.end)
            if obj and obj.group(1).lower() not in _RESULT_OBJECTS and not any(m.start == obj.start(1) for m in s.mentions):
                continue  # "Congress has lost the morality to …", "won the hearts of": not a result
        if t.type == "seats" and s.lang == "hi" and t.needs_number and not any(
                0 <= h.start - n.end <= 15 for n in s.numbers):
            continue  # Hindi states the figure before the noun: "92 सीटों पर", not "सीट को … चार"
        if t.type == "seats" and s.lang == "hi" and _TOTAL_SEATS_HI.match(s.text[h.start:min(s.end, h.start + 40)]):
            continue  # "403 सीटों में", "117 सीटों वाले": a total, not a tally
        if t.type == "seats" and _POLLED_OR_FIELDED.match(s.text[h.end:min(s.end, h.end + 50)]):
            continue  # "27 सीटों पर चुनाव हुए", "16 सीटों पर उम्मीदवार उतारे": seats polled or contested
        if _SEIZED.match(s.text, h.start) and not (
                _SEAT_WORD_HI.search(s.text[max(s.start, h.start - 40):h.start])
                or any(m.kind == "constituency" and 0 <= h.start - m.end <= 40 for m in s.mentions)):
            continue  # "जमीन पर कब्जा कर लिया": a seized plot, not a seat
        out.append(h)
    return out


CUTTING = ("outcome", "candidacy", "rank")


def window_start(s: SentenceInput, hits: list[Hit], idx: int, pats: Patterns) -> int:
    """Back to the previous verb-like trigger or clause break.  A figure phrase between a
    subject and its verb ("X ने Y को 11,468 वोट के अंतर से हरा दिया") does not cut the window."""
    prev = [h for h in hits[:idx] if h.trigger.type in CUTTING]
    lo = prev[-1].end if prev else s.start
    seg = s.text[lo:hits[idx].start]
    cut = lo
    if _STOP_CHARS.search(seg):
        for m in STOP.finditer(seg):
            cut = lo + m.end()
    for m in pats.clause_breaks.finditer(seg):
        if _PARTICIPLE.match(seg, m.end()):
            continue  # "quit as an MP after being elected MLA": the same subject goes on
        cut = max(cut, lo + m.end())
    return cut


def window_end(s: SentenceInput, hits: list[Hit], idx: int, pats: Patterns) -> int:
    nxt = [h for h in hits[idx + 1:] if h.trigger.type in CUTTING]
    hi = nxt[0].start if nxt else s.end
    seg = s.text[hits[idx].end:hi]
    pos = 0
    while True:
        m = _STOP_RIGHT.search(seg, pos)
        # a list of places runs on past its commas: "BJP wins Rampur, Azamgarh seats"
        if m and m.group(0).startswith(",") and any(
                c.start == hits[idx].end + m.end() for c in s.mentions if c.kind == "constituency") and any(
                c.end == hits[idx].end + m.start() for c in s.mentions if c.kind == "constituency"):
            pos = m.end()
            continue
        break
    end = hits[idx].end + m.start() if m else hi
    m2 = pats.clause_breaks.search(s.text[hits[idx].end:end])
    if m2:
        end = hits[idx].end + m2.start()
    return end
