"""claims.numbers: Indian grouping, scale and number words, qualifiers, percentages, years."""
from __future__ import annotations

import pytest
import spacy

import claims.numbers  # noqa: F401  (registers the components)
import claims.sentences  # noqa: F401
from claims.numbers import ordinal_value, parse_numbers, parse_years


def one(text: str):
    found = parse_numbers(text)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m


@pytest.mark.parametrize(
    "text, value",
    [
        ("3,03,209", 303209),
        ("57,271", 57271),
        ("17782 वोटों से आगे", 17782),
        ("93,780 votes", 93780),
        ("79,499", 79499),
        ("1,234,567", 1234567),
        ("६४,८५५ वोट", 64855),
    ],
)
def test_grouped_and_plain_digits_are_exact(text, value):
    m = one(text)
    assert (m.value, m.unit, m.exact, m.qualifier, m.percent) == (value, 1, True, None, False)


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("79 हजार वोट", 79000, 1000),
        ("66 हज़ार वोट", 66000, 1000),
        ("७९ हजार", 79000, 1000),
        ("2.5 lakh", 250000, 10000),
        ("1.80 लाख के मार्जिन", 180000, 1000),
        ("1.8 लाख", 180000, 10000),
        ("एक लाख", 100000, 100000),
        ("two lakh votes", 200000, 100000),
        ("ढाई लाख", 250000, 10000),
        ("डेढ़ लाख", 150000, 10000),
        ("साढ़े तीन लाख", 350000, 10000),
        ("42 thousand", 42000, 1000),
        ("3 crore", 30000000, 10000000),
        ("दो करोड़", 20000000, 10000000),
        ("1.2 million", 1200000, 100000),
        ("उन्यासी हजार", 79000, 1000),
        ("18 लाख वोट्स", 1800000, 100000),
    ],
)
def test_scale_words_make_round_figures(text, value, unit):
    m = one(text)
    assert m.value == pytest.approx(value)
    assert m.unit == pytest.approx(unit)
    assert m.exact is False


def test_compound_indian_figures_are_exact():
    m = one("बीजेपी को 42 हजार 142 वोट से जीत मिली")
    assert (m.text, m.value, m.unit, m.exact) == ("42 हजार 142", 42142, 1, True)
    m = one("1 लाख 3 हजार 390")
    assert (m.value, m.unit, m.exact) == (103390, 1, True)


@pytest.mark.parametrize(
    "word, value",
    [
        ("एक", 1), ("दो", 2), ("तीन", 3), ("चार", 4), ("पांच", 5), ("पाँच", 5), ("छह", 6), ("सात", 7),
        ("आठ", 8), ("नौ", 9), ("दस", 10), ("ग्यारह", 11), ("पंद्रह", 15), ("बीस", 20), ("पच्चीस", 25),
        ("तीस", 30), ("अड़तीस", 38), ("चालीस", 40), ("बयालीस", 42), ("पचास", 50), ("साठ", 60),
        ("सत्तर", 70), ("उन्यासी", 79), ("अस्सी", 80), ("नवासी", 89), ("नब्बे", 90), ("निन्यानवे", 99),
        ("सौ", 100), ("ढाई", 2.5), ("डेढ़", 1.5),
        ("one", 1), ("Nine", 9), ("fourteen", 14), ("twenty", 20), ("Fifty-nine", 59), ("twenty one", 21),
        ("ninety-nine", 99),
    ],
)
def test_number_words(word, value):
    m = one(f"{word} सीटें")
    assert m.value == value and m.text == word


def test_hindi_number_words_cover_1_to_100():
    from claims.numbers import _vocabulary

    values = {int(v) for v in _vocabulary().cardinals.values()}
    assert set(range(1, 100)) <= values


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("41.3%", 41.3, 0.1),
        ("its vote share 12.84%.", 12.84, 0.01),
        ("33 per cent of votes", 33, 1),
        ("33 percent", 33, 1),
        ("50.23 प्रतिशत", 50.23, 0.01),
        ("40 फीसदी वोट", 40, 1),
        ("64 फ़ीसदी", 64, 1),
    ],
)
def test_percentages(text, value, unit):
    m = one(text)
    assert m.percent is True and m.exact is False
    assert m.value == pytest.approx(value) and m.unit == pytest.approx(unit)


@pytest.mark.parametrize(
    "text, quoted, qualifier",
    [
        ("loses Jalalabad by over 30,000 votes", "over 30,000", "more"),
        ("won by more than 60,000 votes", "more than 60,000", "more"),
        ("BJP won by a little over 33 per cent of votes", "a little over 33 per cent", "more"),
        ("at least 5 seats", "at least 5", "more"),
        ("about 42 thousand votes", "about 42 thousand", "about"),
        ("nearly 2.5 lakh", "nearly 2.5 lakh", "about"),
        ("close to 900 votes", "close to 900", "about"),
        ("less than 2000 votes", "less than 2000", "less"),
        ("under 500 votes", "under 500", "less"),
        ("fewer than 10 seats", "fewer than 10", "less"),
        ("एक लाख से अधिक मतों से चुनाव जीत गए", "एक लाख से अधिक", "more"),
        ("10 हजार से ज्यादा वोट", "10 हजार से ज्यादा", "more"),
        ("10 हजार से ज़्यादा वोट", "10 हजार से ज़्यादा", "more"),
        ("10 हजार से ज्\u200dयादा वोट", "10 हजार से ज्\u200dयादा", "more"),
        ("सपा 50 से भी कम सीटों पर सिमट गई", "50 से भी कम", "less"),
        ("BJP 2000 से कम वोटों के अंतर से जीती", "2000 से कम", "less"),
        ("अंतर 500 वोटों से कम", "500 वोटों से कम", "less"),
        ("लगभग 6000 वोटों से हराया", "लगभग 6000", "about"),
        ("करीब 42 हजार वोट", "करीब 42 हजार", "about"),
        ("क़रीब 42 हजार वोट", "क़रीब 42 हजार", "about"),
        ("तकरीबन 3 लाख", "तकरीबन 3 लाख", "about"),
    ],
)
def test_qualifiers_extend_the_mention(text, quoted, qualifier):
    m = one(text)
    assert m.text == quoted
    assert m.qualifier == qualifier


def test_trailing_zeros_of_large_integers_are_round_but_seat_counts_are_exact():
    assert (one("13,800 votes").unit, one("13,800 votes").exact) == (100, False)
    assert one("लगभग 6000 वोटों से").unit == 1000
    assert one("93,780 votes").unit == 1  # one trailing zero: a plausible exact count
    assert (one("1,200 सीटें").unit, one("1,200 सीटें").exact) == (1, True)
    assert (one("300 सीटें").unit, one("300 सीटें").exact) == (1, True)


@pytest.mark.parametrize(
    "text, year",
    [
        ("in 2017", 2017),
        ("साल 2017 के यूपी विधानसभा चुनाव में", 2017),
        ("2017 के चुनाव में", 2017),
        ("UP Election Result 2022: उत्तर प्रदेश", 2022),
        ("(Uttar Pradesh Election Results 2022)", 2022),
        ("the 2017-18 budget", 2017),
        ("२०१९ में", 2019),
    ],
)
def test_years_are_not_numbers(text, year):
    assert parse_numbers(text) == []
    years = parse_years(text)
    assert [y for _, _, y in years] == [year]
    start, end, _ = years[0]
    assert text[start:end] in (str(year), "२०१९")


def test_year_like_figures_with_a_count_noun_are_numbers():
    assert parse_years("UP: देखें 15 सीटें जहां BJP 2000 से कम वोटों के अंतर से जीती") == []
    m = one("he got 1980 votes")
    assert m.value == 1980 and parse_years("he got 1980 votes") == []
    assert one("2,014 votes").value == 2014


def test_year_ranges_give_no_stray_numbers():
    assert parse_numbers("2017-18") == []
    assert [y for _, _, y in parse_years("between 2014–2019")] == [2014, 2019]


@pytest.mark.parametrize(
    "text",
    ["8वें प्रयास में", "15वीं राष्ट्रपति", "came 2nd", "Twenty20 had polled", "COVID-19 cases", "MP3", "aajtak.in"],
)
def test_no_numbers_from_inside_words_or_ordinals(text):
    assert parse_numbers(text) == []


def test_numbers_in_a_sentence_in_order():
    text = "AAP ने 70 में से 62 सीटें जीती, बाकि की 8 सीट बीजेपी ने अपने नाम की है।"
    assert [m.value for m in parse_numbers(text)] == [70, 62, 8]
    text = "Aditi Singh bagged 93,780 votes defeating Ram Pratap Yadav, who got 86,359 votes."
    assert [m.value for m in parse_numbers(text)] == [93780, 86359]


@pytest.mark.parametrize(
    "word, value",
    [
        ("second", 2), ("2nd", 2), ("दूसरे", 2), ("दूसरी", 2), ("दूसरा", 2), ("third", 3), ("3rd", 3),
        ("तीसरे", 3), ("तीसरी", 3), ("Third", 3), ("8वें", 8), ("15वीं", 15), ("पांचवीं", 5),
        ("सातवें", 7), ("छठी", 6), ("first", 1), ("पहली", 1), ("21st", 21), ("runner-up", 2),
    ],
)
def test_ordinal_value(word, value):
    assert ordinal_value(word) == value


@pytest.mark.parametrize("word", ["two", "दो", "seat", "", "   ", "8", "वें"])
def test_ordinal_value_rejects_non_ordinals(word):
    assert ordinal_value(word) is None


def test_bad_input_is_a_clear_error():
    with pytest.raises(TypeError):
        parse_numbers(None)  # type: ignore[arg-type]
    assert parse_numbers("") == [] and parse_years("") == []


def test_component_sets_doc_and_span_extensions():
    nlp = spacy.blank("hi")
    nlp.add_pipe("election_sentences")
    nlp.add_pipe("election_numbers")
    doc = nlp("साल 2017 में लोकेंद्र सिंह को 79 हजार वोट मिले थे. नईमुल हसन को 66 हजार वोट मिले थे.")
    assert [m.text for m in doc._.numbers] == ["79 हजार", "66 हजार"]
    assert [y for _, _, y in doc._.years] == [2017]
    sents = list(doc.sents)
    assert [[m.value for m in s._.numbers] for s in sents] == [[79000], [66000]]
    assert [[y for _, _, y in s._.years] for s in sents] == [[2017], []]


def test_seed_article_numbers():
    from pathlib import Path

    seed = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "noorpur_bypoll_2018_hi.txt"
    if not seed.exists():
        pytest.skip("../shared/examples/noorpur_bypoll_2018_hi.txt is not present")
    text = seed.read_text(encoding="utf-8")
    figures = [(m.text, m.value) for m in parse_numbers(text) if m.value >= 1000]
    assert figures == [("79 हजार", 79000), ("66 हजार", 66000)]
    assert [y for _, _, y in parse_years(text)] == [2014, 2017]
