"""The policy's number rules (POLICY.md, "Numbers"), in one place.

Every judge that compares a stated figure with the record (votes, margin, vote share, turnout,
seats, deposit counts) calls :func:`figure_agrees`; none of them compares numbers itself.

The rules:

* An exact figure ("57,271", "753 votes") must equal the record.
* A round figure with unit ``u`` (the place of its last stated digit: "79 हजार" → 1,000,
  "2.5 lakh" → 10,000, "41.3%" → 0.1) agrees when the record, rounded (half up) **or**
  truncated to ``u``, equals it: 79,172 and 79,600 support "79 हजार", 80,100 does not; at the
  edges 79,499 (rounds to 79k) and 79,500 (truncates to 79k) support it, 80,000 does not.
* "about / nearly / लगभग / करीब" widens that to ±u.
* "more than / over / से ज्यादा" holds when the record is above the figure, "less than /
  under / से कम" when below.
* Percentages follow the same rule at their stated decimals.

One reading of our own, taken from how the gold sets were labelled: a vote count of a thousand
or more written out in digits with trailing zeros ("13,800 votes", "लगभग 6000 वोट") is a round
figure at its last non-zero digit (13,800 → unit 100). Figures with scale words already carry
their unit ("1.80 लाख" → 1,000) and are left alone.  Seat counts
are read as exact ("300 सीटें" is not 325), so callers judging seats pass
``round_zeros=False``.
"""
from __future__ import annotations

import math

from claims.model import NumberMention

# Float slack when a record's value is divided by a fractional unit (41.3 / 0.1 = 412.99999…).
_EPS = 1e-9


def _trailing_zero_unit(value: float) -> float:
    """10**k for the k trailing zeros of a whole number (13,800 → 100), else 1."""
    n = int(round(value))
    unit = 1
    while n and n % 10 == 0:
        n //= 10
        unit *= 10
    return float(unit)


def effective_unit(number: NumberMention, *, round_zeros: bool = True) -> float:
    """The unit the figure is judged at (see the module docstring)."""
    unit = float(number.unit or 1)
    if (
        round_zeros
        and number.exact
        and not number.percent
        and number.value >= 1000
        and float(number.value).is_integer()
    ):
        unit = max(unit, _trailing_zero_unit(number.value))
    return unit


def _steps(x: float, unit: float) -> float:
    """``x`` measured in units, with float noise removed."""
    q = x / unit
    r = round(q)
    return float(r) if abs(q - r) < 1e-6 else q


def rounded(actual: float, unit: float) -> float:
    """``actual`` rounded half up to a multiple of ``unit``."""
    return math.floor(_steps(actual, unit) + 0.5 + _EPS) * unit


def truncated(actual: float, unit: float) -> float:
    """``actual`` truncated (towards zero for positive figures) to a multiple of ``unit``."""
    return math.floor(_steps(actual, unit) + _EPS) * unit


def _same(a: float, b: float, unit: float) -> bool:
    return abs(a - b) < unit * 1e-6


def figure_agrees(number: NumberMention, actual: float, *, round_zeros: bool = True) -> bool:
    """Does the record's ``actual`` value agree with the stated ``number``?

    ``round_zeros`` (default True) reads "13,800 votes" as a round figure; pass False for
    counts that are read exactly (seats).
    """
    value = float(number.value)
    actual = float(actual)
    if number.qualifier == "more":
        return actual > value
    if number.qualifier == "less":
        return actual < value
    unit = effective_unit(number, round_zeros=round_zeros)
    if number.qualifier == "about" and abs(actual - value) <= unit * (1 + 1e-9):
        return True
    if number.exact and unit <= 1 and not number.percent:
        return _same(actual, value, 1e-6)
    return _same(rounded(actual, unit), value, unit) or _same(truncated(actual, unit), value, unit)
