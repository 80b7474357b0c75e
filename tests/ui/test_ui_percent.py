"""The dashboard writes a percentage with the same digits as the report (issue: 82% beside 82.5%)."""

from commission.numbers import percent
from commission.reports.formatting import pct


def test_dashboard_and_report_show_the_same_digits(window):
    figures = window.store.snapshot.figures
    dashboard = window.dashboard
    dashboard.set_snapshot(window.store.snapshot)
    assert dashboard.overall.text() == pct(figures.overall) == percent(figures.overall)
    assert dashboard.agreement.text() == pct(figures.panel_agreement)
    from commission.ui import words

    assert words.percent is percent
