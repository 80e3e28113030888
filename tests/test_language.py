"""claims.language: a sentence's language by script, Hinglish included."""
from __future__ import annotations

import pytest
import spacy

import claims.language  # noqa: F401  (registers the component)
import claims.sentences  # noqa: F401
from claims.language import detect_lang, pipeline_lang


@pytest.mark.parametrize(
    "text, lang",
    [
        ("नूरपुर में सपा जीती", "hi"),
        ("RLD प्रत्याशी तबस्सुम", "hi"),
        ("RLD प्रत्याशी तबस्सुम के पति-ससुर रह चुके हैं MP, बेटा है MLA…", "hi"),
        ("UP Election Result 2022: उत्तर प्रदेश विधानसभा चुनाव में BJP ने बहुमत हासिल कर लिया है।", "hi"),
        ("Meerut Election Result : सरधना में संगीत सोम को मिल रही कड़ी टक्\u200dकर, केवल 623 वोट से आगे", "hi"),
        ("Punjab Elections: आप ने रचा इतिहास", "hi"),
        ("BJP won Noorpur.", "en"),
        ("SAD chief Sukhbir Singh Badal loses Jalalabad by over 30,000 votes", "en"),
        ("The slogan 'अबकी बार' was popular with voters in the state", "en"),
        ("BJP MLA", "en"),
    ],
)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_no_letters_gives_the_default():
    assert detect_lang("12,345 — 67%") == "en"
    assert detect_lang("12,345", default="hi") == "hi"
    assert detect_lang("") == "en"


def test_pipeline_lang():
    assert pipeline_lang("Noorpur: SP won") == "en"
    assert pipeline_lang("Noorpur: SP won. नूरपुर में सपा जीती") == "hi"
    assert pipeline_lang("") == "en"
    with pytest.raises(TypeError):
        pipeline_lang(None)  # type: ignore[arg-type]


def test_component_sets_span_lang_per_sentence():
    text = "नूरपुर में सपा जीती.\nBJP lost Kairana to RLD.\nRLD प्रत्याशी तबस्सुम जीतीं\n12,345"
    nlp = spacy.blank(pipeline_lang(text))
    nlp.add_pipe("election_sentences")
    nlp.add_pipe("election_language")
    doc = nlp(text)
    assert [s._.lang for s in doc.sents] == ["hi", "en", "hi", "hi"]  # a bare figure takes the pipeline's


def test_span_lang_works_on_any_span_and_without_sentences():
    nlp = spacy.blank("en")
    nlp.add_pipe("election_language")  # no sentence boundaries: the whole text is one sentence
    doc = nlp("BJP won in Noorpur")
    assert doc[:]._.lang == "en"
    doc2 = spacy.blank("hi")("BJP नूरपुर में जीती")
    assert doc2[1:4]._.lang == "hi"
    with pytest.raises(ValueError):
        doc2[:]._.lang = "fr"
