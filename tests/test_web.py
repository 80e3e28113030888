"""The page through Flask's test client: JS-off form POST renders cards, escaping, headers,
the Hindi interface, and form errors."""
from __future__ import annotations

import re

import pytest

from interface_helpers import SEED, fake_pipeline, ref_db  # noqa: F401 - fixtures
from verifier.interfaces.web import create_app
from verifier.interfaces.web.highlight import Label, Piece, pieces, text_lang

PAYLOAD = 'BJP won Noorpur <script>window.pwned=1</script>. "><img src=x onerror=alert(1)> SP won & lost.'


@pytest.fixture
def client(ref_db, fake_pipeline):  # noqa: F811
    return create_app(db=ref_db).test_client()


def test_get_shows_the_form(client):
    r = client.get("/")
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert '<form class="check" method="post"' in html and 'name="text"' in html and 'name="as_of"' in html
    assert '<label for="text">' in html and '<label for="as_of">' in html
    assert 'name="viewport"' in html


def test_post_without_javascript_renders_highlights_and_cards(client):
    text = SEED.read_text(encoding="utf-8")
    r = client.post("/", data={"text": text, "as_of": "2018-05-31"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    cards = re.findall(r'<li class="card v-(\w+)" id="claim-(\d+)" data-verdict="(\w+)"', html)
    assert len(cards) == 12
    assert {c[2] for c in cards} == {"SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"}
    assert html.count('<mark class="hl') == 12
    # every highlight is followed by a text label, not colour alone
    assert re.search(r'<a class="tag v-refuted" href="#claim-2" data-claim="2">\[2 Refuted\]</a>', html)
    assert 'lang="hi"' in html
    assert "<caption>Evidence</caption>" in html and "94,875" in html
    assert "2018 Uttar Pradesh Vidhan Sabha by-election" in html
    assert 'href="https://eci.gov.in/"' in html
    # the margin column is filled for the winner shown with its runner-up
    assert "5,662" in html


def test_highlighted_text_reassembles_to_the_input(client):
    text = "SP won Noorpur. BJP lost it & more.\nThird line <b>x</b>."
    html = client.post("/", data={"text": text}).get_data(as_text=True)
    doc = html.split('<div class="doc" lang="en">', 1)[1].split("</div>", 1)[0]
    doc = re.sub(r'<a class="tag[^>]*>[^<]*</a>', "", doc)
    doc = re.sub(r"</?mark[^>]*>", "", doc)
    import html as htmllib

    assert htmllib.unescape(doc) == text


def test_user_text_is_escaped(client):
    html = client.post("/", data={"text": PAYLOAD}).get_data(as_text=True)
    assert "<script>window.pwned" not in html
    assert "<img src=x" not in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    # the JSON data block cannot be closed early by the text
    block = html.split('<script type="application/json" id="claim-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in block


def test_security_headers(client):
    r = client.post("/", data={"text": PAYLOAD})
    csp = r.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    assert r.headers["Referrer-Policy"]


def test_no_inline_scripts_or_styles(client):
    html = client.post("/", data={"text": PAYLOAD}).get_data(as_text=True)
    for tag in re.findall(r"<script[^>]*>", html):
        assert 'src="/static/' in tag or 'type="application/json"' in tag, tag
    assert "<style" not in html and " style=" not in html
    for tag in re.findall(r"<[a-zA-Z][^<>]*>", html):  # every real tag in the page
        assert not re.search(r"\son\w+\s*=", tag), tag


def test_static_files_are_served(client):
    assert client.get("/static/app.js").status_code == 200
    css = client.get("/static/style.css").get_data(as_text=True)
    assert "Noto Sans Devanagari" in css and "@media" in css


def test_hindi_interface(client):
    html = client.get("/?lang=hi").get_data(as_text=True)
    assert '<html lang="hi">' in html and "जाँचें" in html
    r = client.post("/?lang=hi", data={"text": "सपा जीती.", "lang": "hi"})
    assert "सही" in r.get_data(as_text=True)


@pytest.mark.parametrize("form,status,words", [
    ({"text": ""}, 400, "empty"),
    ({"text": "SP won.", "as_of": "2018-02-30"}, 400, "not a valid date"),
    ({"text": "x" * 100_001}, 413, "limit"),
])
def test_form_errors_render_the_page(client, form, status, words):
    r = client.post("/", data=form)
    html = r.get_data(as_text=True)
    assert r.status_code == status and 'role="alert"' in html and words in html
    assert 'name="text"' in html  # the form is still there, with what was typed
    if form["text"] and len(form["text"]) < 100:
        assert form["text"] in html


def test_no_claims_message(ref_db):  # noqa: F811 - the real (current) pipeline
    r = create_app(db=ref_db).test_client().post("/", data={"text": "Nothing about elections here."})
    assert r.status_code == 200


# -- the highlighter on its own ------------------------------------------------------------
def test_overlapping_claims_are_cut_at_every_boundary():
    text = "BJP lost Phulpur and Gorakhpur."
    claims = [{"start": 0, "end": 16, "verdict": "SUPPORTED"}, {"start": 0, "end": 30, "verdict": "REFUTED"}]
    out = pieces(text, claims)
    assert "".join(p.text for p in out if isinstance(p, Piece)) == text
    assert out[0] == Piece("BJP lost Phulpur", (1, 2), "MIXED", None)
    assert out[1] == Label(1, "SUPPORTED")
    assert out[2] == Piece(" and Gorakhpur", (2,), "REFUTED", None)
    assert Label(2, "REFUTED") in out


def test_bad_offsets_are_ignored():
    out = pieces("abc", [{"start": 2, "end": 9, "verdict": "REFUTED"}, {"start": "0", "end": 1}])
    assert out == [Piece("abc")]


def test_text_lang():
    assert text_lang("नूरपुर में सपा जीती") == "hi"
    assert text_lang("SP won Noorpur") == "en"


def test_margin_column_is_the_winning_margin_only():
    from verifier.interfaces.web.pages import evidence_rows

    e = {"year": 2018, "kind": "bye", "house": "VS", "state": "Uttar Pradesh"}
    rows = evidence_rows({"evidence": [
        {"election": e, "constituency": "Noorpur", "candidate": "A", "votes": 94875, "position": 1},
        {"election": e, "constituency": "Noorpur", "candidate": "B", "votes": 89213, "position": 2, "margin": 88016},
    ]})
    assert [r["margin"] for r in rows] == [5662, None]
    given = evidence_rows({"evidence": [{"candidate": "A", "votes": 10, "position": 1, "margin": 7}]})
    assert given[0]["margin"] == 7
