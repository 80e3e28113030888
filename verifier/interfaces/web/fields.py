"""Reading a verify request (API or form) into checked values, with the contract's errors."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from flask import current_app

from verifier.interfaces.dates import BadDate, parse_as_of
from verifier.interfaces.limits import BadText, check_text


class ApiError(Exception):
    """A client mistake: becomes ``{"error": {"code", "message"}}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


@dataclass
class VerifyRequest:
    text: str
    as_of: date | None
    doc_id: str | None = None


def verify_request(text, as_of, doc_id=None) -> VerifyRequest:
    """Check the fields of a verify request, whatever it came in (JSON body, query, form)."""
    if text is None:
        raise ApiError(400, "missing_text", "the request has no 'text' to verify")
    if not isinstance(text, str):
        raise ApiError(400, "invalid_field", f"'text' must be a string, not {_json_type(text)}")
    try:
        check_text(text, current_app.config["MAX_TEXT_CHARS"])
    except BadText as exc:
        raise ApiError(413 if exc.code == "text_too_long" else 400, exc.code, f"'text' {exc}") from None
    if as_of is not None and not isinstance(as_of, str):
        raise ApiError(400, "invalid_field", f"'as_of' must be a string YYYY-MM-DD, not {_json_type(as_of)}")
    if doc_id is not None and not isinstance(doc_id, str):
        raise ApiError(400, "invalid_field", f"'id' must be a string, not {_json_type(doc_id)}")
    try:
        parsed = parse_as_of(as_of)
    except BadDate as exc:
        raise ApiError(400, "bad_date", f"'as_of': {exc}") from None
    return VerifyRequest(text, parsed, doc_id)


def _json_type(value) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "an array", dict: "an object"}.get(
        type(value), type(value).__name__
    )
