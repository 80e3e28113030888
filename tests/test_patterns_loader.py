"""The claim patterns' first-character test: a speed-up that must never change what matches.

``bounded()`` opens each word-list pattern with ``(?=[…])``, the letters a match can start with,
read off the pattern's parse tree (``first_chars``); ``OnePass`` does the same for a whole pass.
Where the letters cannot be told, no test is added and the pattern is what it was.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.patterns_loader import _L, _R, bounded, first_chars, load, nukta_agnostic


def test_the_first_letters_of_a_word_list():
    assert first_chars("जीत|हार|BJP") == {"ज", "ह", "B"}
    assert first_chars("(?:won|lost)(?: by)?") == {"w", "l"}
    assert first_chars("[0-9]+ seats") == set("0123456789")
    assert first_chars("(?=x)won") == {"w"}  # a lookahead consumes nothing
    assert first_chars("(?:the\\s+)?seat") == {"t", "s"}  # an optional word: what follows it too


def test_what_cannot_be_told_gets_no_test():
    assert first_chars("x?") is None  # may match the empty string
    assert first_chars("\\w+ seats") is None  # a category
    assert first_chars("[^ ]+") is None  # a negated class
    assert first_chars(".votes") is None  # any character
    assert first_chars("(?i:won)") is None  # a case-blind part of a case-sensitive pattern
    assert bounded("x?").pattern == f"{_L}(?:x?){_R}"


def test_a_case_blind_pattern_tests_its_first_letter_case_blind():
    won = bounded("won|lost", re.IGNORECASE)
    assert won.pattern.startswith("(?=[lw])")
    assert won.search("BJP WON Noorpur") and won.search("Lost it")


def test_every_shipped_pattern_gets_a_test():
    for lang in ("hi", "en"):
        pats = load(lang)
        for t in pats.triggers:
            assert t.regex.pattern.startswith("(?=["), t.id
        for scan in (pats.trigger_scan, pats.cue_scan):
            for combined, _idx in scan._passes:
                assert combined.pattern.startswith("(?=[")


_PIECES = ["जीत", "हार", "हारे", "गए", "सपा", " ", "  ", ",", ".", "।", "ज़", "ज\u093c", "ी", "won", "WON", "Won",
           "lost", "BJP", "by", "-", "x", "7", "\u200d", "है", "थे", "क", "seats", "seat"]
_PATTERNS = ["जीत|हार(?:े|ी)?", "won|lost(?: by)?", "ज़ीत|हारे गए", "seats?|सीट", "(?:\\d+ )?seats", "[xX]|है"]


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=14).map("".join), st.sampled_from(_PATTERNS),
       st.sampled_from([0, re.IGNORECASE]))
def test_the_test_changes_no_match(text, words, flags):
    with_test = bounded(words, flags)
    without = re.compile(f"{_L}(?:{nukta_agnostic(words)}){_R}", flags)
    assert [m.span() for m in with_test.finditer(text)] == [m.span() for m in without.finditer(text)]


def test_the_openings_of_a_pattern():
    from claims.patterns_loader import first_openings

    assert first_openings("जीत|हार गए", 0, 2) == {"जी", "हा"}
    assert first_openings("won|wins?|lost", re.IGNORECASE, 3) == {"won", "win", "los"}
    assert first_openings("ab\\w+c", 0, 4) == {"ab"}  # past an untold character nothing is known
    assert first_openings("x?", 0, 2) is None


_SCAN_PIECES = _PIECES + ["जीत दर्ज", "हार गए", "won by", "lost to", "वोटों से", "सीटें जीतीं", "पिछले साल", "उपचुनाव",
                          "by-election", "MLA", "विधायक", "(", ")", "'", "é", "\n", "%", "2,345"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_SCAN_PIECES), max_size=16).map("".join))
def test_a_one_pass_scan_finds_what_each_pattern_finds(text):
    from claims.patterns_loader import _CUE_NAMES, _cue_patterns
    from claims.triggers import _triggers_one_by_one, document_triggers

    for lang in ("hi", "en"):
        pats = load(lang)
        got = [(t.id, a, b) for t, a, b in document_triggers(text, pats)]
        assert got == [(t.id, a, b) for t, a, b in _triggers_one_by_one(text, pats)]
        words = {name: getattr(pats, name) for name in ("candidacy_words", "held_words", "time", "kind", "house",
                                                         "not_a_claim")}
        assert pats.cues(text) == {n for n, p in zip(_CUE_NAMES, _cue_patterns(words)) if p.search(text)}
