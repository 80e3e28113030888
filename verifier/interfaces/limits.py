"""What every interface (CLI, batch, web page, API) accepts as one text to check.

One rule everywhere: a text has something besides whitespace, is at most
:data:`MAX_TEXT_CHARS` characters (a long news article is a few tens of thousands; the claim
pipeline's cost grows with sentence length, so the limit also bounds one request's time), and is
valid Unicode — a JSON ``"\\ud800"`` escape can smuggle in an unpaired surrogate, which no
encoder (nor spaCy's tokenizer) accepts.
"""
from __future__ import annotations

MAX_TEXT_CHARS = 100_000


class BadText(ValueError):
    """A text no interface will check; ``code`` names the problem (the API's error code)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


def check_text(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    """``text`` itself when it can be checked, else :class:`BadText` saying why in words a user
    can act on (the caller names the text: "FILE", "'text'", "line 3")."""
    if not text.strip():
        raise BadText("missing_text", "is empty")
    if len(text) > limit:
        raise BadText("text_too_long", f"has {len(text):,} characters; the limit is {limit:,}")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise BadText("invalid_text", f"is not valid Unicode text (an unpaired surrogate at character {exc.start})") \
            from None
    return text
