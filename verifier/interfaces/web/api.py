"""The JSON API: ``/api/v1/verify`` (document result, or ClaimReview with ``format=claimreview``),
``/api/v1/claimreview``, ``/api/v1/openapi.json`` and ``/healthz``."""
from __future__ import annotations

from flask import Blueprint, current_app, jsonify, request

from verifier.interfaces.claimreview import claim_reviews
from verifier.interfaces.web.fields import ApiError, VerifyRequest, verify_request
from verifier.interfaces.web.openapi import openapi_document
from verifier.interfaces.web.verify import verify as verify_doc

api = Blueprint("api", __name__, url_prefix="/api/v1")
health = Blueprint("health", __name__)

FORMATS = ("contract", "claimreview")


def _read() -> tuple[VerifyRequest, str]:
    """The request's fields from a JSON body (POST) or the query string (GET)."""
    if request.method == "POST":
        if not request.is_json:
            raise ApiError(415, "unsupported_media_type",
                           f"send the request as application/json, not {request.mimetype or 'no content type'}")
        try:
            body = request.get_json(silent=True)
        except RecursionError:  # json.loads raises it, not ValueError, for very deep nesting
            raise ApiError(400, "malformed_json", "the request body is nested too deeply") from None
        if body is None:
            raise ApiError(400, "malformed_json", "the request body is not valid JSON")
        if not isinstance(body, dict):
            raise ApiError(400, "invalid_field", "the request body must be a JSON object")
        fmt = body.get("format", request.args.get("format", "contract"))
        req = verify_request(body.get("text"), body.get("as_of"), body.get("id"))
    else:
        fmt = request.args.get("format", "contract")
        req = verify_request(request.args.get("text"), request.args.get("as_of") or None, request.args.get("id"))
    if fmt not in FORMATS:
        raise ApiError(400, "invalid_field", f"'format' must be one of {', '.join(FORMATS)}")
    return req, fmt


def _reviews(result: dict) -> list[dict]:
    return claim_reviews(result, author=current_app.config["PUBLISHER_NAME"])


@api.route("/verify", methods=["GET", "POST"])
def verify():
    req, fmt = _read()
    result = verify_doc(req)
    return jsonify(_reviews(result) if fmt == "claimreview" else result)


@api.route("/claimreview", methods=["GET", "POST"])
def claimreview():
    req, _ = _read()
    return jsonify(_reviews(verify_doc(req)))


@api.get("/openapi.json")
def openapi():
    return jsonify(openapi_document(current_app.config["MAX_TEXT_CHARS"]))


@health.get("/healthz")
def healthz():
    """ok, and a summary of the reference (counted once, then cached)."""
    verifier = current_app.extensions["verifier"]
    stats = current_app.extensions.get("reference_stats")
    if stats is None:
        full = verifier.reference.stats()
        stats = {k: full[k] for k in ("elections", "constituencies", "contests", "candidates", "by_house_kind")}
        stats["file"] = verifier.reference.path.name
        current_app.extensions["reference_stats"] = stats
    verifier.reference.query("SELECT 1")  # the file is still readable
    return jsonify({"status": "ok", "reference": stats})
