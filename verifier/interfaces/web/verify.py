"""The one call the page and the API make: the app's Verifier on a checked request.

Calls are serialised by a lock: waitress runs requests in threads, and the claim pipeline
(spaCy components with per-document state) is not promised to be thread-safe; the work is
CPU-bound under the GIL, so the lock costs little throughput.
"""
from __future__ import annotations

import threading

from flask import Flask, current_app

from verifier.interfaces.web.fields import VerifyRequest


def install(app: Flask, verifier) -> None:
    app.extensions["verifier"] = verifier
    app.extensions["verify_lock"] = threading.Lock()


def verify(req: VerifyRequest) -> dict:
    """The contract's document result for one request."""
    with current_app.extensions["verify_lock"]:
        return current_app.extensions["verifier"].verify(req.text, as_of=req.as_of, doc_id=req.doc_id)
