"""The one-page checker: paste text, optionally a date, Verify.

A plain form POST renders the whole result server-side (no JavaScript needed): the text with
each claim highlighted in its verdict's colour and labelled, and one card per claim.  The
verdict filter and the copy buttons in ``static/app.js`` only enhance it.
"""
from __future__ import annotations

import json
from datetime import date

from flask import Blueprint, current_app, render_template, request

from verifier.interfaces.claimreview import claim_reviews
from verifier.interfaces.report import election_words
from verifier.interfaces.web.fields import ApiError, verify_request
from verifier.interfaces.web.highlight import pieces, text_lang
from verifier.interfaces.web.i18n import LANGS, words
from verifier.interfaces.web.verify import verify

pages = Blueprint("pages", __name__)



@pages.app_template_filter("pretty_json")
def pretty_json(value) -> str:
    """Indented JSON as plain text (the template escapes it), Devanagari kept readable."""
    return json.dumps(value, ensure_ascii=False, indent=2)


@pages.app_template_filter("num")
def num(value) -> str:
    """A figure with thousands separators; a dash when the record has none."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "–"
    return f"{value:,}"


VERDICT_ORDER = ("SUPPORTED", "REFUTED", "NOT_ENOUGH_INFO")


def evidence_rows(claim: dict) -> list[dict]:
    """The claim's evidence rows with the winning ``margin`` on the winner's row: the row's own
    when the verifier gave one, else the difference from a runner-up shown beside it.  Other
    rows get none (a source's per-row "margin" over the next candidate reads as a winning
    margin in a column of that name)."""
    rows = [dict(r) for r in claim.get("evidence") or []]
    for r in rows:
        if r.get("position") != 1:
            r["margin"] = None
        elif r.get("margin") is None and r.get("votes") is not None:
            second = [o.get("votes") for o in rows
                      if o.get("position") == 2 and o.get("constituency") == r.get("constituency")
                      and o.get("election") == r.get("election") and o.get("votes") is not None]
            if len(second) == 1:
                r["margin"] = r["votes"] - second[0]
    return rows


def sources(claim: dict) -> list[dict]:
    """Distinct sources of the evidence; a link only for http(s) addresses."""
    seen: dict[tuple, dict] = {}
    for r in claim.get("evidence") or []:
        src = r.get("source") or {}
        url = src.get("url")
        if url and not str(url).lower().startswith(("http://", "https://")):
            url = None
        seen.setdefault((src.get("title"), url), {"title": src.get("title") or url or "source", "url": url})
    return list(seen.values())


def _lang() -> str:
    lang = request.args.get("lang") or request.form.get("lang")
    return lang if lang in LANGS else "en"


@pages.route("/", methods=["GET", "POST"])
def index():
    lang = _lang()
    ctx: dict = dict(lang=lang, t=words(lang), text="", as_of="", result=None, error=None,
                     today=date.today().isoformat(), verdicts=VERDICT_ORDER,
                     max_chars=current_app.config["MAX_TEXT_CHARS"])
    if request.method == "GET":
        return render_template("index.html", **ctx)
    text = (request.form.get("text") or "").replace("\r\n", "\n")
    as_of = request.form.get("as_of") or None
    ctx.update(text=text, as_of=as_of or "")
    try:
        req = verify_request(text, as_of)
    except ApiError as exc:
        ctx["error"] = exc.message
        return render_template("index.html", **ctx), exc.status
    result = verify(req)
    claims = result.get("claims", [])
    counts = {v: sum(1 for c in claims if c.get("verdict") == v) for v in VERDICT_ORDER}
    ctx.update(
        result=result,
        claims=claims,
        counts=counts,
        pieces=pieces(req.text, claims),
        doc_lang=text_lang(req.text),
        cards=[dict(claim=c, rows=evidence_rows(c), sources=sources(c), election=election_words(c.get("election")))
               for c in claims],
        payload={"claims": claims,
                 "claimreviews": claim_reviews(result, author=current_app.config["PUBLISHER_NAME"])},
    )
    return render_template("index.html", **ctx)
