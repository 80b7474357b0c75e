"""Change over time and across commissions on screen: the Dashboard's over-time chart and the network view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from commission.over_time import history

AS_OF = date(2026, 11, 22)  # the demo commission's own "today" (as conftest)


def test_dashboard_over_time_chart_shows_the_history(window, qtbot):
    card = window.dashboard.over_time
    snap = window.store.snapshot
    found = history(snap.data, AS_OF)
    assert card.history is None  # nothing worked out until the card is in view
    window.dashboard.scroll.ensureWidgetVisible(card)
    qtbot.waitUntil(lambda: card.history is not None and card.history.dates == found.dates)
    chart = card.chart
    last = found.dates[-12:]
    assert chart.dates == last
    assert chart.progress == [p.overall for p in found.points[-len(last) :]]
    assert chart.counts == [p.states for p in found.points[-len(last) :]]
    # the words carry it: a screen reader hears each date's figures, with the state words
    assert "22 November 2026" in chart.accessibleDescription()
    assert "on track" in chart.accessibleDescription()
    # one theme and one organisation, chosen: their own lines
    kinds = [card.chooser.itemData(i).split(":")[0] for i in range(card.chooser.count())]
    assert kinds.count("theme") == len(snap.data.themes) and "organisation" in kinds
    org = found.organisations[0]
    card.chooser.setCurrentIndex(card.chooser.findData(f"organisation:{org.ref}"))
    assert chart.progress == org.progress[-len(last) :] and chart.counts == org.states[-len(last) :]
    theme = found.themes[0]
    card.chooser.setCurrentIndex(card.chooser.findData(f"theme:{theme.ref}"))
    assert chart.progress == theme.progress[-len(last) :] and chart.counts == []


def test_over_time_follows_the_as_of_date(window, qtbot):
    from datetime import date

    window.dashboard.scroll.ensureWidgetVisible(window.dashboard.over_time)
    window.dashboard.set_as_of(date(2026, 1, 15))
    chart = window.dashboard.over_time.chart
    qtbot.waitUntil(lambda: bool(chart.dates) and chart.dates[-1] == date(2026, 1, 15))
    assert window.dashboard.over_time.history.dates[-2] == date(2025, 12, 31)


def test_network_screen_lists_every_commission_and_opens_one(window, ui_db, qtbot):
    from commission.demo_network import network_frames, network_plans
    from commission.reports.network import network_row
    from commission.services.importer import import_frames
    from commission.services.queries import list_commissions, load_commission_data
    from commission.ui.models import IdRole
    from commission.workbook.reader import sheets_from_frames

    plans = network_plans()
    for plan in (plans[0], plans[2]):
        import_frames(ui_db, sheets_from_frames(network_frames(plan)), source="test")
    window.store.reload_commissions(window.store.commission_id)
    screen = window.show_screen("network")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 3)
    commissions = list_commissions(ui_db)
    shown = {screen.model.rows[i].name: screen.model.rows[i] for i in range(3)}
    assert set(shown) == {c.name for c in commissions}
    for info in commissions:  # each row is what that commission's own figures say, as of the same date
        own = network_row(load_commission_data(ui_db, info.id), AS_OF)
        row = shown[info.name]
        assert (row.commitments, row.states, row.overall, row.panel_agreement) == (
            own.commitments,
            own.states,
            own.overall,
            own.panel_agreement,
        )
    assert "22 November 2026" in screen.subtitle.text()
    # the word is on screen with each count: the headers name the states
    headers = [screen.model.headerData(c, Qt.Orientation.Horizontal) for c in range(screen.model.columnCount())]
    assert {"done", "on track", "at risk", "overdue", "dropped"} <= set(headers)
    # choose one: its overdue list; open it: the dashboard of that commission
    other = next(c for c in commissions if c.id != window.store.commission_id and shown[c.name].commitments)
    view = screen.table
    row_index = next(r for r in range(3) if view.model().index(r, 0).data(IdRole) == other.id)
    view.setCurrentIndex(view.model().index(row_index, 0))
    assert screen.overdue_model.rowCount() == len(shown[other.name].overdue)
    screen.open_button.click()
    qtbot.waitUntil(lambda: window.store.snapshot is not None and window.store.snapshot.commission.id == other.id)
    assert window.current_screen() is window.dashboard


def test_a_commitments_milestones_added_marked_done_and_undone(window, qtbot):
    screen = window.show_screen("actions")
    snap = window.store.snapshot
    c02 = next(c for c in snap.data.commitments if c.ref == "C02")
    screen.show_record("commitment", c02.id)
    panel = screen.commitments.milestones

    def titles():
        return [(ms.title, panel.model.state(ms)) for ms in panel.model.rows]

    assert titles() == [
        ("Phone line open", "done"),
        ("Web form live", "missed"),
        ("Walk-in desks in three libraries", "planned"),
    ]
    state_column = [panel.model.index(r, panel.model.COL_STATE).data() for r in range(3)]
    assert state_column == ["done", "missed", "planned"]  # the word, not only the pill's colour
    assert "1 missed of 3" in screen.commitments.right_tabs.tabText(1)

    panel.title.setText("  Leaflets   printed ")
    panel.add()
    assert ("Leaflets printed", "planned") in titles()
    errors = []
    window.store.error.connect(errors.append)
    panel.title.setText("Leaflets printed")
    panel.add()  # the same title twice: a plain message, nothing added
    assert errors and "already has a milestone" in errors[-1]
    assert [t for t, _ in titles()].count("Leaflets printed") == 1

    row = next(i for i, ms in enumerate(panel.model.rows) if ms.title == "Web form live")
    panel.table.selectRow(row)
    panel.mark_done(date(2026, 11, 20))
    assert dict(titles())["Web form live"] == "done"
    window.undo_stack.undo()
    assert dict(titles())["Web form live"] == "missed"
    window.undo_stack.undo()  # and the added milestone goes
    assert "Leaflets printed" not in dict(titles())
    window.undo_stack.redo()
    assert "Leaflets printed" in dict(titles())
