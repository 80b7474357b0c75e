"""Change over time and across commissions on screen: the Dashboard's over-time chart and the network view."""

from __future__ import annotations

from datetime import date

from commission.over_time import history

AS_OF = date(2026, 11, 22)  # the demo commission's own "today" (as conftest)


def test_dashboard_over_time_chart_shows_the_history(window):
    card = window.dashboard.over_time
    snap = window.store.snapshot
    found = history(snap.data, AS_OF)
    assert card.history is not None and card.history.dates == found.dates
    chart = card.chart
    last = found.dates[-12:]
    assert chart.dates == last
    assert chart.progress == [p.overall for p in found.points[-len(last):]]
    assert chart.counts == [p.states for p in found.points[-len(last):]]
    # the words carry it: a screen reader hears each date's figures, with the state words
    assert "22 November 2026" in chart.accessibleDescription()
    assert "on track" in chart.accessibleDescription()
    # one theme and one organisation, chosen: their own lines
    kinds = [card.chooser.itemData(i).split(":")[0] for i in range(card.chooser.count())]
    assert kinds.count("theme") == len(snap.data.themes) and "organisation" in kinds
    org = found.organisations[0]
    card.chooser.setCurrentIndex(card.chooser.findData(f"organisation:{org.ref}"))
    assert chart.progress == org.progress[-len(last):] and chart.counts == org.states[-len(last):]
    theme = found.themes[0]
    card.chooser.setCurrentIndex(card.chooser.findData(f"theme:{theme.ref}"))
    assert chart.progress == theme.progress[-len(last):] and chart.counts == []


def test_over_time_follows_the_as_of_date(window, qtbot):
    from datetime import date

    window.dashboard.set_as_of(date(2026, 1, 15))
    qtbot.waitUntil(lambda: window.dashboard.over_time.chart.dates[-1] == date(2026, 1, 15))
    assert window.dashboard.over_time.history.dates[-2] == date(2025, 12, 31)
