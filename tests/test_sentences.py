"""claims.sentences: where Hindi and English news sentences end (and where they do not)."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import claims.sentences  # noqa: F401  (registers the component)
from claims.sentences import split_sentences


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("बीजेपी हारी। सपा जीती।", ["बीजेपी हारी।", "सपा जीती।"]),
        ("बीजेपी हारी।सपा जीती॥", ["बीजेपी हारी।", "सपा जीती॥"]),
        ("बीजेपी हारी. सपा जीती.", ["बीजेपी हारी.", "सपा जीती."]),
        ("Did BJP win? Yes! It won.", ["Did BJP win?", "Yes!", "It won."]),
        ("बहुमत हासिल किया है | तेजस्वी यादव जीते", ["बहुमत हासिल किया है |", "तेजस्वी यादव जीते"]),
        ("उपचुनाव में बीजेपी की लगातार हार\n\nपिछले कुछ समय में", ["उपचुनाव में बीजेपी की लगातार हार", "पिछले कुछ समय में"]),
        ("Headline without a stop\nBody text here.", ["Headline without a stop", "Body text here."]),
    ],
)
def test_boundaries(text, expected):
    assert sents(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "पंकज सिंह ने 1.80 लाख के मार्जिन से जीत दर्ज की",
        "As of noon, the BSP was leading in just five seats, its vote share 12.84%.",
        "From Amritsar Central seat, Minister O P Soni was trailing behind AAP's Ajay Gupta.",
        "B.C. Khanduri lost from Kotdwar.",
        "Dr. Jasbir Singh Sandhu won from Amritsar West.",
        "Mr. Badal and Smt. Kaur and Sh. Singh met.",
        "Booth No. 5 saw a re-poll.",
        "It was Congress vs. BJP in the seat.",
        "The BJP was leading in 15 seats, while the JD (U) was ahead in three and JD(U) in two.",
        "BJP swept U.P. in 2022 with allies.",
        "एम. के. स्टालिन की पार्टी जीती.",
        "डॉ. सिंह चुनाव जीते.",
        "The party won approx. 40 seats.",
        "Yogi Cabinet 2.0: उत्तर प्रदेश के विधानसभा चुनावों में शानदार जीत",
        "Visit aajtak.in for results.",
    ],
)
def test_no_break_at_decimals_initials_and_abbreviations(text):
    assert sents(text) == [text]


def test_also_read_starts_its_own_sentence():
    text = "पालघर में बीजेपी की जीत Also Read - यूपी: क्या फिर से अखिलेश के साथ आएंगे शिवपाल"
    assert sents(text) == ["पालघर में बीजेपी की जीत", "Also Read - यूपी: क्या फिर से अखिलेश के साथ आएंगे शिवपाल"]
    assert sents("BJP won. Also Read: Congress lost") == ["BJP won.", "Also Read: Congress lost"]
    assert sents("सपा जीती यह भी पढ़ें: बीजेपी हारी") == ["सपा जीती", "यह भी पढ़ें: बीजेपी हारी"]
    assert sents("सपा जीती ये भी पढ़ें - बीजेपी हारी") == ["सपा जीती", "ये भी पढ़ें - बीजेपी हारी"]
    assert sents("BJP won. ALSO READ | Congress lost") == ["BJP won.", "ALSO READ | Congress lost"]
    assert sents("He also read the results aloud.") == ["He also read the results aloud."]
    # The nukta may be one code point or two.
    assert sents("सपा जीती ये भी पढ\u093cें - बीजेपी हारी")[1].startswith("ये भी")


def test_quotations_are_not_cut_into_pieces():
    assert sents('He said "BJP won. We lost." The end.') == ['He said "BJP won. We lost."', "The end."]
    assert sents('"BJP won. We lost", he said. Next.') == ['"BJP won. We lost", he said.', "Next."]
    assert sents("उन्होंने कहा “हम जीते. वे हारे.” फिर चले गए.") == ["उन्होंने कहा “हम जीते. वे हारे.”", "फिर चले गए."]
    text = 'BJP won by a little over 33 per cent of votes, remaining votes got divided", Congress leader P Chidambaram said.'
    assert sents(text) == [text]


def test_ellipsis_inside_a_word_run_is_not_a_break():
    text = 'लिखा कि "12 वोटों से हार कुछ यूँ भी होती है....खुला खेल फिर भी कोई चुनौती नहीं..'
    assert sents(text) == [text]


def test_spans_are_stripped_ordered_and_cover_every_non_space_character():
    text = "  नई दिल्ली: सपा जीती.  \n\n Also Read - बीजेपी हारी \n"
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["नई दिल्ली: सपा जीती.", "Also Read - बीजेपी हारी"]
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    assert split_sentences("") == [] and split_sentences(" \n\t ") == []


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError):
        split_sentences(b"bytes")  # type: ignore[arg-type]


def test_component_sets_sentence_starts():
    for lang, text, expected in [
        ("hi", "नूरपुर में सपा जीती. पालघर में बीजेपी की जीत Also Read - यूपी: खबर\n\nअगली खबर", 4),
        ("en", "Dr. Jasbir Singh won by 1.80 lakh votes. BJP lost.\nHeadline", 3),
    ]:
        nlp = spacy.blank(lang)
        nlp.add_pipe("election_sentences")
        doc = nlp(text)
        got = [s.text.strip() for s in doc.sents]
        assert got == [text[s:e] for s, e in split_sentences(text)]
        assert len(got) == expected


def test_seed_article():
    seed = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "noorpur_bypoll_2018_hi.txt"
    if not seed.exists():
        pytest.skip("../shared/examples/noorpur_bypoll_2018_hi.txt is not present")
    text = seed.read_text(encoding="utf-8")
    got = sents(text)
    assert "साल 2017 के यूपी विधानसभा चुनाव में लोकेंद्र सिंह को यहां 79 हजार वोट मिले थे." in got
    assert "वहीं, नईमुल हसन को 66 हजार वोट मिले थे." in got
    assert "उपचुनाव में बीजेपी की लगातार हार" in got  # a headline: no full stop
    also_read = [s for s in got if s.startswith("Also Read")]
    assert len(also_read) == 3
    assert not any("Also Read" in s[1:] for s in got)  # never glued onto another sentence
