"""The social return arithmetic (SPEC, Social value) against cases worked by hand."""

import pytest

from commission import sroi
from commission.errors import UserError
from commission.sroi import Outcome


def test_discounting_two_years_at_five_percent():
    o = Outcome("warmer homes", quantity=10, proxy=100, duration=2)
    # 1000 / 1.05 + 1000 / 1.05² = 952.3810 + 907.0295
    assert sroi.present_value(o, 0.05) == pytest.approx(1859.4104, abs=1e-4)


def test_duration_one_is_one_discounted_year():
    o = Outcome("one year", quantity=1, proxy=1000, duration=1)
    assert sroi.yearly_values(o) == [1000]
    assert sroi.present_value(o, 0.035) == pytest.approx(966.18357, abs=1e-5)
    assert sroi.present_value(o) == sroi.present_value(o, sroi.DEFAULT_RATE)


def test_drop_off_compounds_year_on_year():
    o = Outcome("confidence", quantity=10, proxy=100, duration=3, drop_off=0.5)
    assert sroi.yearly_values(o) == [1000, 500, 250]
    assert sroi.present_value(o, 0) == pytest.approx(1750)


@pytest.mark.parametrize(
    "field, value, expected",
    [
        ("deadweight", 0.2, 800),
        ("attribution", 0.25, 750),
        ("displacement", 0.1, 900),
    ],
)
def test_each_adjustment_takes_its_share_off(field, value, expected):
    o = Outcome("x", quantity=1, proxy=1000, duration=1, **{field: value})
    assert sroi.present_value(o, 0) == pytest.approx(expected)


def test_adjustments_multiply():
    o = Outcome("x", quantity=1, proxy=1000, duration=1, deadweight=0.2, attribution=0.25, displacement=0.1)
    assert sroi.present_value(o, 0) == pytest.approx(540)  # 1000 × 0.8 × 0.75 × 0.9


def test_ratio_is_total_present_value_over_investment():
    outcomes = [Outcome("a", 10, 100, 3, drop_off=0.5), Outcome("b", 1, 250, 1)]
    assert sroi.ratio(outcomes, 500, 0) == pytest.approx(4.0)  # (1750 + 250) / 500
    assert sroi.ratio_text(4.0) == "£4.00 for every £1"
    assert sroi.ratio_text(4.4349) == "£4.43 for every £1"


@pytest.mark.parametrize("investment", [0, -100, None])
def test_no_investment_is_refused_with_a_message(investment):
    with pytest.raises(sroi.NoInvestment, match="£") as caught:
        sroi.ratio([Outcome("a", 1, 1, 1)], investment)
    assert isinstance(caught.value, UserError) and "\n" not in str(caught.value)
    with pytest.raises(sroi.NoInvestment):
        sroi.sensitivity([Outcome("a", 1, 1, 1)], investment)


def test_sensitivity_table_worked_by_hand():
    # year 1: 1000 × 0.95 × 0.7 = 665; year 2: 665 × (1 − 0.95) = 33.25; rate 0; invested £100
    o = Outcome("x", quantity=1, proxy=1000, duration=2, deadweight=0.05, attribution=0.3, drop_off=0.95)
    rows = {r.key: r for r in sroi.sensitivity([o], 100, 0)}
    expected = {
        "base": 698.25,
        "deadweight+": 624.75,  # 0.15: 595 + 29.75
        "deadweight-": 735.0,  # 0.05 − 0.10 is clamped to 0: 700 + 35
        "attribution+": 598.5,  # 0.4: 570 + 28.5
        "attribution-": 798.0,  # 0.2: 760 + 38
        "drop_off+": 665.0,  # 0.95 + 0.10 is clamped to 1: nothing after year 1
        "drop_off-": 764.75,  # 0.85: 665 + 99.75
        "duration1": 665.0,
    }
    assert list(rows) == [key for key, _ in sroi.SENSITIVITY]
    for key, total in expected.items():
        assert rows[key].total == pytest.approx(total), key
        assert rows[key].ratio == pytest.approx(total / 100), key


def test_values_the_arithmetic_cannot_mean_are_refused():
    for bad in (
        Outcome("x", 1, 1, 1, deadweight=1.5),
        Outcome("x", -1, 1, 1),
        Outcome("x", 1, 1, 0),
        Outcome("x", 1, 1, 2.5),
    ):
        with pytest.raises(UserError):
            sroi.check_outcome(bad)
    with pytest.raises(UserError):
        sroi.ratio([], 100, 1.2)
