"""Issue 10, items 6 and 7: the keyboard (Tab moves on, Ctrl+Z undoes typing first, Enter presses a focused
button, a date's day takes "31" as typed) and review mode and rounds (larger text, Change's prompt, the
reviewer list, closing a round with no answers)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_ui_reviews import press, start_round


def _focus(window):
    return QApplication.focusWidget() or window.focusWidget()


def test_tab_in_what_we_heard_moves_on(qtbot, window):
    themes = window.show_screen("themes")
    assert themes.statement.tabChangesFocus()
    themes.statement.setFocus()
    before = themes.statement.toPlainText()
    qtbot.keyClick(themes.statement, Qt.Key.Key_Tab)
    assert "\t" not in themes.statement.toPlainText() and themes.statement.toPlainText() == before


def test_ctrl_z_undoes_the_typing_then_the_stack(qtbot, window):
    sessions = window.show_screen("sessions")
    session_id = sessions.current_session()
    title = sessions.title_edit.text()
    sessions.title_edit.setFocus()
    sessions.title_edit.selectAll()
    qtbot.keyClicks(sessions.title_edit, "Renamed")
    sessions.title_edit.editingFinished.emit()
    assert window.store.snapshot.sessions[session_id].title == "Renamed"
    depth = window.undo_stack.index()
    sessions.title_edit.setFocus()
    qtbot.keyClicks(sessions.title_edit, " again")
    assert window.undo_action.isEnabled()
    for _ in range(10):  # Ctrl+Z: the unsaved typing in the box first, the stack untouched
        window.undo_action.trigger()
        assert window.undo_stack.index() == depth
        if not sessions.title_edit.isUndoAvailable():
            break
    assert sessions.title_edit.text() == "Renamed"  # back to what was saved, and no further
    window.undo_action.trigger()  # nothing unsaved left in the box: the stack
    assert window.undo_stack.index() == depth - 1
    assert window.store.snapshot.sessions[session_id].title == title


def test_a_date_day_takes_31_when_typed(qtbot, window):
    from commission.ui.widgets import DateEdit

    edit = DateEdit(date(2026, 3, 12))
    qtbot.addWidget(edit)
    edit.show()
    edit.setFocus()
    edit.setCurrentSection(edit.Section.DaySection)
    edit.lineEdit().setCursorPosition(1)  # clicked into the day, not selected
    qtbot.keyClicks(edit, "31")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # the typing ends (or Tab, or a click elsewhere)
    assert edit.date() == QDate(2026, 3, 31)


def test_review_mode_enter_on_close_and_the_change_prompt(qtbot, window):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and mode.isAncestorOf(QApplication.focusWidget()))
    assert "you don't have to" in mode.comment_label.text()
    press(qtbot, mode, Qt.Key.Key_2)  # Change
    assert "you don't have to" not in mode.comment_label.text()
    assert "What should change" in mode.comment_label.text()
    press(qtbot, mode, Qt.Key.Key_1)  # Agree again: the comment is optional again
    assert "you don't have to" in mode.comment_label.text()
    press(qtbot, mode, Qt.Key.Key_Right)
    press(qtbot, mode, Qt.Key.Key_A)
    press(qtbot, mode, Qt.Key.Key_Right)
    assert mode.pages.currentWidget() is mode.thanks and QApplication.focusWidget() is mode.close_button
    press(qtbot, mode, Qt.Key.Key_Return)  # Enter on the focused Close
    assert not mode.isVisible()


def test_review_mode_in_large_type_brings_the_answers_and_comment_into_view(qtbot, window, settings):
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    mode.resize(1024, 600)
    for _ in range(12):
        mode.change_size(+2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and mode.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, mode, Qt.Key.Key_2)
    qtbot.wait(50)  # the scroll follows once the words are laid out
    viewport = mode.scroll.viewport()
    top = mode.comment.mapTo(viewport, mode.comment.rect().topLeft()).y()
    assert 0 <= top < viewport.height()  # the comment box is on screen
    mode.close()


def test_review_mode_in_large_type_scrolls_to_what_the_keyboard_reaches(qtbot, window, settings):
    """A new item starts at its top; Tab to the comment box (or back to an answer) brings it into view."""
    screen, (first, _second) = start_round(qtbot, window, n_insights=1)
    mode = screen.start_review_mode(first.id)
    qtbot.waitExposed(mode)
    mode.resize(1024, 600)
    for _ in range(12):
        mode.change_size(+2)
    mode.show_item(0)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and mode.isAncestorOf(QApplication.focusWidget()))
    qtbot.wait(50)
    viewport = mode.scroll.viewport()
    assert mode.scroll.verticalScrollBar().value() == 0  # read from the top first

    def on_screen(widget) -> bool:
        top = widget.mapTo(viewport, widget.rect().topLeft()).y()
        return top >= 0 and top + min(widget.height(), 40) <= viewport.height()

    assert not on_screen(mode.comment), "the test needs the comment below the fold"
    mode.comment.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: on_screen(mode.comment))
    mode.scroll.verticalScrollBar().setValue(0)
    qtbot.wait(20)
    mode.answer_buttons["disagree"].setFocus(Qt.FocusReason.BacktabFocusReason)
    qtbot.waitUntil(lambda: on_screen(mode.answer_buttons["disagree"]))
    mode.close()


def test_reviewer_list_is_alphabetical_and_closing_with_no_answers_warns(qtbot, window):
    screen, _community = start_round(qtbot, window, n_insights=1)
    names = [screen.reviewer.itemText(i) for i in range(screen.reviewer.count())]
    assert names == sorted(names, key=str.casefold)
    widest = max(screen.reviewer.fontMetrics().horizontalAdvance(n) for n in names)
    assert screen.reviewer.minimumWidth() >= widest  # never cut off under the Start button
    screen.ask_close_round()
    box = screen.confirm_box
    assert "No one has answered yet" in box.informativeText()
    box.reject()
