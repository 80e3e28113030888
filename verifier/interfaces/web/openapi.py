"""The OpenAPI 3.1 description of the JSON API (served at ``/api/v1/openapi.json``).

Its schemas follow ``../shared/contract/README.md``: the document result, the CLAIM, the
evidence row, the error object, and the ClaimReview output.
"""
from __future__ import annotations

from verifier.interfaces.claimreview import BEST, WORST

NULLABLE_STR = {"type": ["string", "null"]}


def _error(description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _ok(schema_ref: str, description: str) -> dict:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": schema_ref}}}}


def openapi_document(max_chars: int) -> dict:
    election = {
        "type": ["object", "null"],
        "required": ["year", "kind", "house", "state"],
        "properties": {
            "year": {"type": "integer"},
            "kind": {"enum": ["general", "bye"]},
            "house": {"enum": ["LS", "VS"]},
            "state": {"type": "string"},
        },
    }
    text_param = {"name": "text", "in": "query", "required": True, "description": "the text to check",
                  "schema": {"type": "string", "minLength": 1, "maxLength": max_chars}}
    as_of_param = {"name": "as_of", "in": "query", "required": False,
                   "description": "publication date; relative dates are read against it",
                   "schema": {"type": "string", "format": "date"}}
    format_param = {"name": "format", "in": "query", "required": False,
                    "schema": {"enum": ["contract", "claimreview"], "default": "contract"}}
    errors = {
        "400": _error("malformed JSON, wrong field types, missing text, or a bad date"),
        "413": _error(f"text over {max_chars:,} characters, or a body over the size limit"),
        "415": _error("POST body not sent as application/json"),
        "500": _error("a fault in the server (never caused by what the client sent)"),
    }
    verify_responses = {
        "200": {"description": "the document result, or ClaimReview objects with format=claimreview",
                "content": {"application/json": {"schema": {"oneOf": [
                    {"$ref": "#/components/schemas/DocumentResult"},
                    {"type": "array", "items": {"$ref": "#/components/schemas/ClaimReview"}},
                ]}}}},
        **errors,
    }
    review_responses = {
        "200": {"description": "one ClaimReview per claim",
                "content": {"application/json": {"schema": {
                    "type": "array", "items": {"$ref": "#/components/schemas/ClaimReview"}}}}},
        **errors,
    }
    body = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/VerifyRequest"}}}}
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Election results verifier",
            "version": "1",
            "description": "Finds claims about Indian election results in Hindi or English text and "
                           "checks each against official results.",
        },
        "paths": {
            "/api/v1/verify": {
                "get": {"summary": "Verify a text given in the query string", "operationId": "verifyGet",
                        "parameters": [text_param, as_of_param, format_param], "responses": verify_responses},
                "post": {"summary": "Verify a text given as JSON", "operationId": "verifyPost",
                         "requestBody": body, "responses": verify_responses},
            },
            "/api/v1/claimreview": {
                "get": {"summary": "schema.org ClaimReview for each claim in a text", "operationId": "claimReviewGet",
                        "parameters": [text_param, as_of_param], "responses": review_responses},
                "post": {"summary": "schema.org ClaimReview for each claim in a JSON-posted text",
                         "operationId": "claimReviewPost", "requestBody": body, "responses": review_responses},
            },
            "/api/v1/openapi.json": {
                "get": {"summary": "This document", "operationId": "openapi",
                        "responses": {"200": {"description": "OpenAPI 3.1 document",
                                              "content": {"application/json": {"schema": {"type": "object"}}}}}},
            },
            "/healthz": {
                "get": {"summary": "Liveness, with a summary of the reference", "operationId": "health",
                        "responses": {"200": _ok("#/components/schemas/Health", "the server and reference are usable"),
                                      "500": _error("the reference cannot be read")}},
            },
        },
        "components": {"schemas": {
            "VerifyRequest": {
                "type": "object", "required": ["text"],
                "properties": {
                    "text": {"type": "string", "minLength": 1, "maxLength": max_chars},
                    "as_of": {"type": ["string", "null"], "format": "date",
                              "description": "YYYY-MM-DD, not before 1950 nor after today"},
                    "id": NULLABLE_STR,
                    "format": {"enum": ["contract", "claimreview"], "default": "contract"},
                },
            },
            "Error": {
                "type": "object", "required": ["error"],
                "properties": {"error": {"type": "object", "required": ["code", "message"], "properties": {
                    "code": {"type": "string", "examples": ["malformed_json", "unsupported_media_type",
                                                             "invalid_field", "missing_text", "bad_date",
                                                             "text_too_long", "payload_too_large", "not_found",
                                                             "method_not_allowed", "internal_error"]},
                    "message": {"type": "string"}}}},
            },
            "DocumentResult": {
                "type": "object", "required": ["id", "as_of", "claims"],
                "properties": {
                    "id": NULLABLE_STR,
                    "as_of": {"type": "string", "format": "date"},
                    "claims": {"type": "array", "items": {"$ref": "#/components/schemas/Claim"}},
                },
            },
            "Claim": {
                "type": "object",
                "required": ["text", "start", "end", "sentence", "lang", "type", "subject", "constituency",
                             "election", "value", "verdict", "confidence", "explanation", "evidence"],
                "properties": {
                    "text": {"type": "string"},
                    "start": {"type": "integer", "minimum": 0},
                    "end": {"type": "integer", "minimum": 0},
                    "sentence": {"type": "object", "required": ["start", "end"],
                                 "properties": {"start": {"type": "integer"}, "end": {"type": "integer"}}},
                    "lang": {"enum": ["hi", "en"]},
                    "type": {"enum": ["outcome", "votes", "margin", "rank", "candidacy", "vote_share",
                                      "turnout", "seats"]},
                    "subject": {"type": ["object", "null"], "properties": {
                        "kind": {"enum": ["party", "candidate", "alliance"]},
                        "text": {"type": "string"}, "name": {"type": "string"}}},
                    "constituency": {"type": ["object", "null"], "properties": {
                        "text": {"type": "string"}, "name": {"type": "string"}, "state": {"type": "string"},
                        "house": {"enum": ["LS", "VS"]}}},
                    "election": election,
                    "value": {"type": ["number", "null"]},
                    "verdict": {"enum": ["SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO"]},
                    "confidence": {"type": "number", "minimum": 0, "maximum": 1},
                    "explanation": {"type": "string"},
                    "evidence": {"type": "array", "items": {"$ref": "#/components/schemas/Evidence"}},
                },
            },
            "Evidence": {
                "type": "object",
                "required": ["election", "constituency", "candidate", "party", "votes", "position", "source"],
                "properties": {
                    "election": election,
                    "constituency": {"type": "string"},
                    "candidate": {"type": "string"},
                    "party": NULLABLE_STR,
                    "votes": {"type": ["integer", "null"]},
                    "position": {"type": ["integer", "null"]},
                    "source": {"type": "object", "required": ["title", "url"],
                               "properties": {"title": {"type": "string"}, "url": NULLABLE_STR}},
                },
            },
            "ClaimReview": {
                "type": "object",
                "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
                             "datePublished", "inLanguage", "isBasedOn"],
                "properties": {
                    "@context": {"const": "https://schema.org"},
                    "@type": {"const": "ClaimReview"},
                    "claimReviewed": {"type": "string"},
                    "reviewRating": {"type": "object", "required": ["ratingValue", "bestRating", "worstRating",
                                                                    "alternateName", "ratingExplanation"],
                                     "properties": {
                                         "@type": {"const": "Rating"},
                                         "ratingValue": {"type": "integer", "minimum": WORST, "maximum": BEST},
                                         "bestRating": {"const": BEST}, "worstRating": {"const": WORST},
                                         "alternateName": {"enum": ["True", "False", "Unverifiable"]},
                                         "ratingExplanation": {"type": "string"}}},
                    "itemReviewed": {"type": "object", "properties": {
                        "@type": {"const": "Claim"}, "appearance": {"type": "object"},
                        "datePublished": {"type": "string", "format": "date"}}},
                    "author": {"type": "object", "properties": {"@type": {"const": "Organization"},
                                                                "name": {"type": "string"}}},
                    "datePublished": {"type": "string", "format": "date"},
                    "inLanguage": {"type": "string"},
                    "isBasedOn": {"type": "array", "items": {"type": "object"}},
                },
            },
            "Health": {
                "type": "object", "required": ["status", "reference"],
                "properties": {"status": {"const": "ok"}, "reference": {"type": "object"}},
            },
        }},
    }
