"""The contract's CLAIM as schema.org ``ClaimReview`` JSON-LD, for fact-checking publishers.

The rating scale is 1..3: ``REFUTED`` = 1 ("False"), ``NOT_ENOUGH_INFO`` = 2 ("Unverifiable"),
``SUPPORTED`` = 3 ("True"); ``alternateName`` carries the words, ``ratingExplanation`` the
verifier's explanation.  ``isBasedOn`` lists the official-results sources the evidence rows
came from.  Used by the JSON API (``format=claimreview``) and by the web page's copy button.
"""
from __future__ import annotations

from datetime import date

from verifier.interfaces.report import election_words

RATINGS = {
    "REFUTED": (1, "False"),
    "NOT_ENOUGH_INFO": (2, "Unverifiable"),
    "SUPPORTED": (3, "True"),
}
WORST, BEST = 1, 3
DEFAULT_AUTHOR = "Election Results Verifier"


def _sources(claim: dict) -> list[dict]:
    """The distinct sources of a claim's evidence rows, as schema.org Dataset objects."""
    seen: dict[tuple, dict] = {}
    for row in claim.get("evidence") or []:
        src = row.get("source") or {}
        title, url = src.get("title"), src.get("url")
        if not title and not url:
            continue
        item = {"@type": "Dataset", "name": title or url}
        if url:
            item["url"] = url
        seen.setdefault((title, url), item)
    return list(seen.values())


def claim_review(
    claim: dict,
    *,
    as_of: str | None = None,
    appearance_url: str | None = None,
    author: str = DEFAULT_AUTHOR,
    reviewed_on: date | None = None,
) -> dict:
    """One ClaimReview for one contract CLAIM.

    ``as_of``: the document's date (when the claim was published); ``appearance_url``: where
    the text appeared, when known; ``reviewed_on``: the review's date (today by default).
    """
    value, words = RATINGS[claim["verdict"]]
    appearance: dict = {"@type": "CreativeWork", "text": claim.get("text", "")}
    if appearance_url:
        appearance["url"] = appearance_url
    item: dict = {"@type": "Claim", "appearance": appearance}
    if as_of:
        item["datePublished"] = as_of
    if claim.get("election"):
        item["name"] = election_words(claim["election"])
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": claim.get("text", ""),
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST,
            "worstRating": WORST,
            "alternateName": words,
            "ratingExplanation": claim.get("explanation", ""),
        },
        "itemReviewed": item,
        "author": {"@type": "Organization", "name": author},
        "datePublished": (reviewed_on or date.today()).isoformat(),
        "inLanguage": claim.get("lang") or "en",
        "isBasedOn": _sources(claim),
    }
    if appearance_url:
        review["url"] = appearance_url
    return review


def claim_reviews(result: dict, **kwargs) -> list[dict]:
    """A ClaimReview for every claim of a contract document result, in the result's order."""
    return [claim_review(c, as_of=result.get("as_of"), **kwargs) for c in result.get("claims", [])]
