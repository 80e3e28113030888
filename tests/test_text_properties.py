"""Properties of the text components on any input: no exception, spans that slice the text exactly.

Examples are drawn both from all of Unicode and from a news-like alphabet (Devanagari, digits,
number words, qualifiers, terminators), where the interesting cases live.  Runs are kept small
(``max_examples`` 200); ``test_fuzz_100k`` (marked ``slow``) runs 100k when asked for.
"""
from __future__ import annotations

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import claims.language  # noqa: F401
import claims.numbers  # noqa: F401
import claims.sentences  # noqa: F401
from claims.language import detect_lang, pipeline_lang
from claims.numbers import ordinal_value, parse
from claims.sentences import split_sentences

PIECES = [
    "79", "हजार", "हज़ार", "लाख", "1.80", "3,03,209", "57,271", "2017", "2017-18", "७९", "एक", "ढाई", "साढ़े",
    "सवा", "सौ", "तीन", "उन्यासी", "अस्सी", "से", "भी", "ज्यादा", "ज्\u200dयादा", "कम", "अधिक", "लगभग", "करीब",
    "over", "more", "than", "a", "little", "about", "under", "lakh", "thousand", "crore", "per", "cent", "%",
    "प्रतिशत", "फीसदी", "वोट", "वोटों", "सीटें", "seats", "votes", "Fifty", "-", "nine", "twenty", "8वें",
    "Also Read", "यह भी पढ़ें", "Dr.", "B.C.", "U.P.", "No.", ".", "।", "॥", "|", "?", "!", "…", "....", '"', "“",
    "”", "'", "(", ")", ",", ":", "\n", "\n\n", " ", "  ", "\t", "\u00a0", "BJP", "सपा", "जीती", "the", "in",
]
news_like = st.lists(st.sampled_from(PIECES), max_size=40).map(lambda parts: " ".join(parts))
spaced = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)
any_text = st.text(max_size=300)
texts = st.one_of(news_like, spaced, any_text)

SMALL = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SMALL
@given(texts)
def test_numbers_and_years_slice_the_text(text):
    numbers, years = parse(text)
    last_end = 0
    for m in numbers:
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start : m.end] == m.text
        assert m.start >= last_end  # in order, no overlaps
        last_end = m.end
        assert m.unit > 0 and m.value >= 0
        assert m.qualifier in (None, "about", "more", "less")
    for start, end, year in years:
        assert 0 <= start < end <= len(text)
        assert 1950 <= year <= 2035


@SMALL
@given(texts)
def test_sentences_are_stripped_ordered_disjoint_and_cover_the_text(text):
    spans = split_sentences(text)
    prev_end = 0
    for start, end in spans:
        assert prev_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        prev_end = end
    covered = [False] * len(text)
    for start, end in spans:
        for i in range(start, end):
            covered[i] = True
    assert all(covered[i] for i, ch in enumerate(text) if not ch.isspace())


@SMALL
@given(texts)
def test_language_is_always_hi_or_en(text):
    assert detect_lang(text) in ("hi", "en")
    assert pipeline_lang(text) in ("hi", "en")


@SMALL
@given(st.one_of(st.sampled_from(PIECES), st.text(max_size=20)))
def test_ordinal_value_never_raises(word):
    value = ordinal_value(word)
    assert value is None or (isinstance(value, int) and value >= 0)


_PIPELINES: dict[str, spacy.language.Language] = {}


def _nlp(lang: str) -> spacy.language.Language:
    if lang not in _PIPELINES:
        nlp = spacy.blank(lang)
        for name in ("election_sentences", "election_language", "election_numbers"):
            nlp.add_pipe(name)
        _PIPELINES[lang] = nlp
    return _PIPELINES[lang]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(news_like, spaced, any_text))
def test_components_on_any_text(text):
    doc = _nlp(pipeline_lang(text))(text)
    for sent in doc.sents:
        assert sent._.lang in ("hi", "en")
    for m in doc._.numbers:
        assert doc.text[m.start : m.end] == m.text


@pytest.mark.slow
@settings(max_examples=100_000, deadline=None, suppress_health_check=list(HealthCheck))
@given(texts)
def test_fuzz_100k(text):
    test_numbers_and_years_slice_the_text.hypothesis.inner_test(text)
    test_sentences_are_stripped_ordered_disjoint_and_cover_the_text.hypothesis.inner_test(text)
