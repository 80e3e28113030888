"""The JSON API: the document result, ClaimReview output, OpenAPI, health, and every error a
client can cause answered with a 4xx and {"error": {"code", "message"}}."""
from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from interface_helpers import fake_pipeline, ref_db  # noqa: F401 - fixtures
from verifier.interfaces.web import create_app

CLAIM_FIELDS = {"text", "start", "end", "sentence", "lang", "type", "subject", "constituency", "election",
                "value", "verdict", "confidence", "explanation", "evidence"}
TEXT = "सपा ने नूरपुर सीट जीती. BJP lost Noorpur."


@pytest.fixture
def client(ref_db, fake_pipeline):  # noqa: F811
    return create_app(db=ref_db).test_client()


def assert_error(response, status: int, code: str) -> None:
    assert response.status_code == status, response.get_data(as_text=True)
    body = response.get_json()
    assert set(body) == {"error"} and body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]


def test_post_returns_the_document_result(client):
    r = client.post("/api/v1/verify", json={"text": TEXT, "as_of": "2018-05-31", "id": "d1"})
    assert r.status_code == 200
    body = r.get_json()
    assert body["id"] == "d1" and body["as_of"] == "2018-05-31"
    assert len(body["claims"]) == 2
    for claim in body["claims"]:
        assert CLAIM_FIELDS <= set(claim)
        assert TEXT[claim["start"]:claim["end"]] == claim["text"]
    assert "सपा" in r.get_data(as_text=True)  # UTF-8, not \u escapes


def test_get_with_query_string(client):
    r = client.get("/api/v1/verify", query_string={"text": TEXT, "as_of": "2018-05-31"})
    assert r.status_code == 200 and len(r.get_json()["claims"]) == 2


@pytest.mark.parametrize("path,extra", [("/api/v1/claimreview", {}), ("/api/v1/verify", {"format": "claimreview"})])
def test_claimreview_output(client, path, extra):
    r = client.get(path, query_string={"text": TEXT, "as_of": "2018-05-31", **extra})
    assert r.status_code == 200
    reviews = json.loads(r.get_data(as_text=True))
    assert len(reviews) == 2
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["claimReviewed"]
        rating = review["reviewRating"]
        assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
        assert rating["alternateName"] in {"True", "False", "Unverifiable"} and rating["ratingExplanation"]
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["datePublished"] == "2018-05-31"
        assert review["itemReviewed"]["appearance"]["text"]
        assert review["author"]["@type"] == "Organization" and review["author"]["name"]
        date.fromisoformat(review["datePublished"])
        assert review["inLanguage"] in {"hi", "en"}
    supported, refuted = reviews
    assert (supported["reviewRating"]["ratingValue"], refuted["reviewRating"]["ratingValue"]) == (3, 1)
    assert supported["isBasedOn"][0]["url"].startswith("https://")


def test_post_format_claimreview(client):
    r = client.post("/api/v1/verify", json={"text": TEXT, "format": "claimreview"})
    assert r.status_code == 200 and r.get_json()[0]["@type"] == "ClaimReview"


def test_openapi_document(client):
    doc = client.get("/api/v1/openapi.json").get_json()
    assert doc["openapi"].startswith("3.1")
    assert {"/api/v1/verify", "/api/v1/claimreview", "/healthz"} <= set(doc["paths"])
    assert {"get", "post"} <= set(doc["paths"]["/api/v1/verify"])
    text = json.dumps(doc)
    for ref in {part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]}:
        assert ref in doc["components"]["schemas"], ref
    assert CLAIM_FIELDS == set(doc["components"]["schemas"]["Claim"]["required"])
    assert {"400", "413", "415"} <= set(doc["paths"]["/api/v1/verify"]["post"]["responses"])


def test_healthz(client):
    r = client.get("/healthz")
    body = r.get_json()
    assert r.status_code == 200 and body["status"] == "ok"
    assert body["reference"]["candidates"] == 3 and body["reference"]["elections"] == 1


def test_security_headers_on_api(client):
    r = client.get("/healthz")
    assert "default-src 'self'" in r.headers["Content-Security-Policy"]
    assert r.headers["X-Content-Type-Options"] == "nosniff"


# -- errors --------------------------------------------------------------------------------
def test_malformed_json(client):
    assert_error(client.post("/api/v1/verify", data='{"text": "x"', content_type="application/json"), 400,
                 "malformed_json")


def test_wrong_content_type(client):
    assert_error(client.post("/api/v1/verify", data="text=x", content_type="application/x-www-form-urlencoded"),
                 415, "unsupported_media_type")
    assert_error(client.post("/api/v1/verify", data="x"), 415, "unsupported_media_type")


@pytest.mark.parametrize("body", [[1, 2], "text", 3, None])
def test_body_not_an_object(client, body):
    r = client.post("/api/v1/verify", data=json.dumps(body), content_type="application/json")
    assert_error(r, 400, "invalid_field" if body is not None else "malformed_json")


@pytest.mark.parametrize("body", [{"text": 5}, {"text": ["a"]}, {"text": "x", "as_of": 20180531},
                                  {"text": "x", "id": {"a": 1}}, {"text": "x", "format": "xml"},
                                  {"text": {"nested": True}}])
def test_wrong_field_types(client, body):
    assert_error(client.post("/api/v1/verify", json=body), 400, "invalid_field")


@pytest.mark.parametrize("body", [{}, {"as_of": "2018-05-31"}, {"text": ""}, {"text": "   \n"}])
def test_missing_text(client, body):
    assert_error(client.post("/api/v1/verify", json=body), 400, "missing_text")


def test_missing_text_get(client):
    assert_error(client.get("/api/v1/verify"), 400, "missing_text")
    assert_error(client.get("/api/v1/claimreview"), 400, "missing_text")


@pytest.mark.parametrize("as_of", ["2018-02-30", "31-05-2018", "2018/05/31", "yesterday", "1949-12-31",
                                   (date.today() + timedelta(days=1)).isoformat(), "2018-5-31"])
def test_bad_date(client, as_of):
    assert_error(client.post("/api/v1/verify", json={"text": TEXT, "as_of": as_of}), 400, "bad_date")
    assert_error(client.get("/api/v1/verify", query_string={"text": TEXT, "as_of": as_of}), 400, "bad_date")


def test_text_over_the_limit(client):
    assert_error(client.post("/api/v1/verify", json={"text": "क" * 100_001}), 413, "text_too_long")
    assert client.post("/api/v1/verify", json={"text": "क" * 100_000}).status_code == 200


def test_body_over_the_size_limit(client):
    r = client.post("/api/v1/verify", data=b'{"text": "' + b"x" * (1024 * 1024 + 1) + b'"}',
                    content_type="application/json")
    assert_error(r, 413, "payload_too_large")


def test_not_found_and_method_not_allowed(client):
    assert_error(client.get("/api/v1/nothing"), 404, "not_found")
    r = client.delete("/api/v1/verify")
    assert_error(r, 405, "method_not_allowed")
    assert "POST" in r.headers["Allow"]


def test_invalid_utf8_body(client):
    r = client.post("/api/v1/verify", data=b'{"text": "\xff\xfe"}', content_type="application/json")
    assert_error(r, 400, "malformed_json")


def test_server_fault_is_a_logged_json_500(ref_db, monkeypatch):  # noqa: F811
    from verifier.service import Verifier

    def broken(self, docs):
        raise RuntimeError("pipeline bug")

    monkeypatch.setattr(Verifier, "verify_many", broken)
    r = create_app(db=ref_db).test_client().post("/api/v1/verify", json={"text": TEXT})
    assert_error(r, 500, "internal_error")
    assert "pipeline bug" not in r.get_data(as_text=True)


def test_unusable_reference_fails_at_start(tmp_path):
    from reference_db.store import ReferenceUnavailable

    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(ReferenceUnavailable, match="bad.db"):
        create_app(db=bad)


def test_real_pipeline_on_the_bundled_reference():
    """The API over the real Verifier and the bundled reference: contract structure only."""
    client = create_app().test_client()
    text = (Path(__file__).resolve().parents[1] / "examples" / "noorpur_bypoll_2018_hi.txt").read_text(encoding="utf-8")
    body = client.post("/api/v1/verify", json={"text": text, "as_of": "2018-05-31"}).get_json()
    assert body["as_of"] == "2018-05-31"
    for claim in body["claims"]:
        assert CLAIM_FIELDS <= set(claim) and text[claim["start"]:claim["end"]] == claim["text"]
    reviews = client.post("/api/v1/claimreview", json={"text": text, "as_of": "2018-05-31"}).get_json()
    assert len(reviews) == len(body["claims"])
