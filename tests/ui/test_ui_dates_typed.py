"""A date typed the way it is shown is that date, in every date field, from wherever the cursor was: the
tester's 15/11/2026 saved as 2026-11-02 (all selected) or 15/12/2026 (clicked into the day), and the
Dashboard's 01/01/2026 became 02/01/2026. A typed date that is not a date is refused, visibly."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from commission.ui.widgets import DateEdit, OptionalDate

SHOWN = date(2026, 12, 2)


@pytest.fixture
def field(qtbot):
    """A date field on screen with a box after it, so Tab leaves it as in a form."""
    host = QWidget()
    layout = QVBoxLayout(host)
    edit = DateEdit(SHOWN)
    after = QLineEdit()
    layout.addWidget(edit)
    layout.addWidget(after)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    yield edit
    host.close()


def select_all(qtbot, edit):
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)


def click_at(qtbot, edit, position):
    """Click into the text at this character, as a person would (the day at 1, the month at 4)."""
    line = edit.lineEdit()
    x = line.cursorRect().left() if position == 0 else 0
    for _ in range(2):
        line.setCursorPosition(position)
        x = line.cursorRect().center().x()
    line.setCursorPosition(0)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(x, line.height() // 2))
    assert line.cursorPosition() == position


STARTS = {
    "all selected": lambda qtbot, edit: select_all(qtbot, edit),
    "clicked into the day": lambda qtbot, edit: click_at(qtbot, edit, 1),
    "clicked into the month": lambda qtbot, edit: click_at(qtbot, edit, 4),
    "cursor at the end of the year": lambda qtbot, edit: edit.lineEdit().setCursorPosition(10),
}


@pytest.mark.parametrize("start", list(STARTS))
@pytest.mark.parametrize("typed", ["15/11/2026", "15-11-2026", "15.11.2026", "2026-11-15", "15112026"])
def test_a_whole_date_typed_is_that_date_wherever_the_cursor_was(qtbot, field, start, typed):
    STARTS[start](qtbot, field)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 11, 15)
    assert field.lineEdit().text() == "15/11/2026"
    assert field.refused is None


@pytest.mark.parametrize("start", ["all selected", "clicked into the day"])
def test_the_first_of_january_stays_the_first(qtbot, field, start):
    STARTS[start](qtbot, field)
    qtbot.keyClicks(field, "01/01/2026")
    assert field.value() == date(2026, 1, 1)


def test_a_part_typed_replaces_that_part(qtbot, field):
    click_at(qtbot, field, 1)
    qtbot.keyClicks(field, "20")
    assert field.lineEdit().text() == "20/12/2026"  # the month and year still on show while typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.value() == date(2026, 12, 20)
    click_at(qtbot, field, 4)
    qtbot.keyClicks(field, "3")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 3, 20)


@pytest.mark.parametrize("start", list(STARTS))
def test_a_date_that_is_not_a_date_is_refused_visibly(qtbot, field, start):
    changes = []
    field.dateChanged.connect(changes.append)
    STARTS[start](qtbot, field)
    qtbot.keyClicks(field, "31/02/2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == SHOWN and not changes  # not made into another date
    assert field.refused == "31/02/2026"
    assert field.lineEdit().text() == "31/02/2026"  # what was typed stays on show, marked, with a message
    assert field.property("refused") is True
    assert "31/02/2026 is not a date" in field.toolTip()
    field.setFocus()
    select_all(qtbot, field)
    qtbot.keyClicks(field, "28/02/2026")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert field.value() == date(2026, 2, 28) and field.refused is None and field.property("refused") is False


def test_an_optional_date_reads_a_typed_date_too(qtbot):
    optional = OptionalDate()
    qtbot.addWidget(optional)
    optional.show()
    optional.enabled.setChecked(True)
    optional.picker.setFocus()
    select_all(qtbot, optional.picker)
    qtbot.keyClicks(optional.picker, "15/11/2026")
    qtbot.keyClick(optional.picker, Qt.Key.Key_Return)
    assert optional.value() == date(2026, 11, 15)


def test_log_update_saves_the_date_typed_and_refuses_one_that_is_not(qtbot, window):
    screen = window.show_screen("actions")
    c07 = next(c for c in window.store.snapshot.data.commitments if c.ref == "C07")
    screen.show_record("commitment", c07.id)
    before = [u.id for u in window.store.snapshot.data.updates if u.commitment_id == c07.id]
    qtbot.mouseClick(screen.commitments.log_button, Qt.MouseButton.LeftButton)
    dialog = screen.commitments.update_dialog
    qtbot.waitExposed(dialog)
    dialog.date.setFocus()
    qtbot.waitUntil(dialog.date.hasFocus)
    qtbot.keyClicks(dialog.note, "Link workers in place.")

    dialog.date.setFocus()
    click_at(qtbot, dialog.date, 1)
    qtbot.keyClicks(dialog.date, "31/02/2026")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)  # Enter would have saved the old date
    assert dialog.isVisible() and dialog.date.refused == "31/02/2026"
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()  # Log update refused too: nothing saved
    assert [u.id for u in window.store.snapshot.data.updates if u.commitment_id == c07.id] == before

    select_all(qtbot, dialog.date)
    qtbot.keyClicks(dialog.date, "15/11/2026")
    qtbot.keyClick(dialog.date, Qt.Key.Key_Return)  # Enter takes the date and logs the update
    assert not dialog.isVisible()
    new = [u for u in window.store.snapshot.data.updates if u.commitment_id == c07.id and u.id not in before]
    assert [u.date for u in new] == [date(2026, 11, 15)]


def test_the_dashboard_as_of_date_typed_is_the_date_the_figures_are_at(qtbot, window):
    dashboard = window.show_screen("dashboard")
    dashboard.as_of.setFocus()
    qtbot.waitUntil(dashboard.as_of.hasFocus)
    select_all(qtbot, dashboard.as_of)
    qtbot.keyClicks(dashboard.as_of, "01/01/2026")
    qtbot.keyClick(dashboard.as_of, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.store.as_of == date(2026, 1, 1))
    assert QApplication.focusWidget() is dashboard.as_of or dashboard.as_of.isAncestorOf(QApplication.focusWidget())
