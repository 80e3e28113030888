"""The policy's number rules (verifier/judge/figures.py) at their edges."""
import pytest
from hypothesis import given, strategies as st

from judge_records import number
from verifier.judge.figures import effective_unit, figure_agrees

HAZAR_79 = number("79 हजार", 79000, 1000, exact=False)


@pytest.mark.parametrize("actual, ok", [
    (79172, True),    # rounds and truncates to 79k
    (79600, True),    # truncates to 79k
    (79499, True),    # rounds to 79k
    (79500, True),    # rounds to 80k, truncates to 79k
    (78500, True),    # rounds (half up) to 79k
    (78499, False),
    (80000, False),   # neither
    (80100, False),
    (69000, False),
])
def test_round_figure_rounded_or_truncated(actual, ok):
    assert figure_agrees(HAZAR_79, actual) is ok


def test_exact_figure_must_equal():
    n = number("57,271", 57271)
    assert figure_agrees(n, 57271)
    assert not figure_agrees(n, 57272)
    assert not figure_agrees(number("753", 753), 754)


def test_about_widens_to_one_unit():
    n = number("लगभग 79 हजार", 79000, 1000, exact=False, qualifier="about")
    assert figure_agrees(n, 78000)
    assert figure_agrees(n, 80000)
    assert not figure_agrees(n, 80001)
    assert not figure_agrees(n, 77999)


def test_more_and_less_are_strict():
    more = number("over 30,000", 30000, qualifier="more")
    assert figure_agrees(more, 30930)
    assert not figure_agrees(more, 30000)
    less = number("50 से कम", 50, qualifier="less")
    assert figure_agrees(less, 47, round_zeros=False)
    assert not figure_agrees(less, 50, round_zeros=False)


def test_lakh_with_decimals_uses_its_stated_unit():
    n = number("1.80 लाख", 180000, 1000, exact=False)
    assert not figure_agrees(n, 181513)   # rounds to 182k, truncates to 181k
    assert figure_agrees(n, 180499)
    assert figure_agrees(number("2.5 lakh", 250000, 10000, exact=False), 257000)


def test_percent_at_stated_decimals():
    assert figure_agrees(number("41.3%", 41.3, 0.1, percent=True), 41.27)
    assert figure_agrees(number("41.3%", 41.3, 0.1, percent=True), 41.39)
    assert not figure_agrees(number("12.84%", 12.84, 0.01, percent=True), 12.88)
    assert figure_agrees(number("33 per cent", 33, 1, percent=True, qualifier="more"), 33.31)
    assert figure_agrees(number("47%", 47, 1, percent=True), 46.95)


def test_trailing_zeros_make_a_round_vote_count_but_not_a_seat_count():
    n = number("13,800", 13800)
    assert effective_unit(n) == 100
    assert figure_agrees(n, 13897)
    assert not figure_agrees(n, 13999 + 1)
    seats = number("300", 300)
    assert not figure_agrees(seats, 325, round_zeros=False)
    assert figure_agrees(seats, 300, round_zeros=False)
    assert effective_unit(number("753", 753)) == 1


@given(st.integers(min_value=0, max_value=10**8), st.integers(min_value=0, max_value=10**8))
def test_exact_figures_agree_only_when_equal(stated, actual):
    n = number(str(stated), stated)
    if stated % 10 == 0 and stated >= 1000:
        return  # a round figure by the trailing-zeros reading
    assert figure_agrees(n, actual) is (stated == actual)


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999_999))
def test_round_thousands_agree_with_rounding_or_truncation(k, actual):
    n = number(f"{k} हजार", k * 1000, 1000, exact=False)
    expected = (actual // 1000 == k) or ((actual + 500) // 1000 == k)
    assert figure_agrees(n, actual) is expected
