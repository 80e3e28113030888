"""Reading the ``as_of`` date ("published on") that every interface accepts.

One rule for the CLI, the batch reader, the web page and the API: an ISO date ``YYYY-MM-DD``
that exists, no earlier than 1950 (the first general election was 1951-52) and no later than
today (a text cannot be published in the future).  Empty means "not given".
"""
from __future__ import annotations

from datetime import date

EARLIEST = date(1950, 1, 1)


class BadDate(ValueError):
    """An ``as_of`` value that is not a usable date; the message says why, for the user."""


def parse_as_of(value: str | date | None, today: date | None = None) -> date | None:
    """``"2018-05-31"`` → ``date(2018, 5, 31)``; ``None`` / ``""`` → ``None``.

    Raises :class:`BadDate` for a malformed or impossible date (``2018-02-30``), a date before
    1950, or one after ``today``.
    """
    if value is None:
        return None
    if isinstance(value, date):
        parsed = value
        shown = value.isoformat()
    else:
        if not isinstance(value, str):
            raise BadDate(f"as_of must be a date string YYYY-MM-DD, not {type(value).__name__}")
        shown = value.strip()
        if not shown:
            return None
        if len(shown) != 10 or shown[4] != "-" or shown[7] != "-":
            raise BadDate(f"{shown!r} is not a date in the form YYYY-MM-DD")
        try:
            parsed = date.fromisoformat(shown)
        except ValueError as exc:
            raise BadDate(f"{shown!r} is not a valid date ({exc})") from None
    today = today or date.today()
    if parsed < EARLIEST:
        raise BadDate(f"{shown} is before {EARLIEST.year}; Indian election results start in 1951")
    if parsed > today:
        raise BadDate(f"{shown} is in the future (today is {today.isoformat()})")
    return parsed
