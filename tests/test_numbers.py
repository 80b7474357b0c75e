"""One way to write a percentage (commission.numbers): halves round up, the app and every report alike."""

from decimal import ROUND_HALF_UP, Decimal

from hypothesis import given
from hypothesis import strategies as st

from commission.numbers import one_decimal, percent


def test_halves_round_up_not_to_even():
    assert percent(82.45) == "82.5%"
    assert percent(82.25) == "82.3%"  # round() gives 82.2: the half goes to even
    assert percent(0.25) == "0.3%"  # round() gives 0.2: binary 0.25 is exact, and even wins
    assert percent(82.5) == "82.5%"
    assert percent(2 / 3 * 100) == "66.7%"
    assert percent(50.0) == "50%" and percent(0) == "0%" and percent(100) == "100%"
    assert percent(None) == "\u2014" and percent(None, empty="") == ""
    assert one_decimal(0.25) == 0.3 and one_decimal(-0.0) == 0.0 and str(one_decimal(-0.0)) == "0.0"


def test_the_app_and_the_reports_share_the_function():
    from commission.reports import formatting, tracker

    assert formatting.one_decimal is one_decimal and tracker.one_decimal is one_decimal
    assert formatting.pct(82.25) == percent(82.25)


@given(st.decimals(min_value=0, max_value=100, places=2))
def test_percent_is_the_decimal_value_rounded_half_up(value):
    expected = value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    assert percent(float(value)) == f"{expected:.1f}".removesuffix(".0") + "%"
