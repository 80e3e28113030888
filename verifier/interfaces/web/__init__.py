"""The web page and the JSON API: a Flask application factory with two blueprints.

    app = create_app(db="reference.db")          # or create_app() for the bundled reference
    app = create_app(verifier=my_verifier)        # tests: any object with verify() / reference

``pages`` serves the one-page checker (works with JavaScript off), ``api`` the JSON API under
``/api/v1`` and ``/healthz``.  Security headers (a strict Content-Security-Policy without inline
scripts or styles, nosniff, Referrer-Policy, no framing) are set on every response.
"""
from __future__ import annotations

import os

from flask import Flask

from verifier.interfaces.limits import MAX_TEXT_CHARS
from verifier.interfaces.web.api import api, health
from verifier.interfaces.web.errors import register_error_handlers
from verifier.interfaces.web.pages import pages
from verifier.interfaces.web.security import add_security_headers
from verifier.interfaces.web.verify import install

MAX_CONTENT_LENGTH = 1024 * 1024


def create_app(db: str | os.PathLike | None = None, *, verifier=None, config: dict | None = None) -> Flask:
    """The application over the reference at ``db`` (the bundled one when None), or over a
    ready ``verifier``.  Raises :class:`reference_db.store.ReferenceUnavailable` at once when
    the reference cannot be opened, so ``verifier serve`` fails before it listens."""
    app = Flask(__name__)
    app.config.update(
        MAX_CONTENT_LENGTH=MAX_CONTENT_LENGTH,
        MAX_TEXT_CHARS=MAX_TEXT_CHARS,
        MAX_FORM_MEMORY_SIZE=MAX_CONTENT_LENGTH,
        PUBLISHER_NAME="Election Results Verifier",
    )
    app.config.update(config or {})
    app.json.ensure_ascii = False
    app.json.sort_keys = False
    if verifier is None:
        from verifier.interfaces.reference import open_verifier

        verifier = open_verifier(db)
    install(app, verifier)
    app.register_blueprint(pages)
    app.register_blueprint(api)
    app.register_blueprint(health)
    register_error_handlers(app)
    app.after_request(add_security_headers)
    return app
