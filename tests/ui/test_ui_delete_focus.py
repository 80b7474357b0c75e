"""After a Delete in a detail panel the row that took the deleted record's place is chosen (the next, or the
previous at the end) and the focus is on the list, never left on a Delete button: the tester's second Enter
deleted an unrelated pledge (the selection went to C00001 with the focus still on "Delete commitment").
After the undo, the record brought back is chosen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from commission.ui.models import IdRole
from commission.ui.widgets import current_id


def ids(view) -> list[int]:
    model = view.model()
    return [model.index(r, 0).data(IdRole) for r in range(model.rowCount())]


def commitments(window):
    tab = window.show_screen("actions").commitments
    window.show_screen("actions").tabs.setCurrentWidget(tab)
    return tab.table, tab.delete_button


def actions(window):
    screen = window.show_screen("actions")
    screen.tabs.setCurrentWidget(screen.actions)
    return screen.actions.table, screen.actions.delete_button


def sessions(window):
    screen = window.show_screen("sessions")
    return screen.table, screen.delete_button


def members(window):
    screen = window.show_screen("members")
    return screen.table, screen.delete_button


def organisations(window):
    screen = window.show_screen("members")
    screen.left_tabs.setCurrentIndex(1)
    return screen.organisations, screen.delete_organisation_button


def quotes(window):
    screen = window.show_screen("sessions")
    with_quotes = [
        s.id
        for s in window.store.snapshot.data.sessions
        if len(window.store.snapshot.quotes_by_session.get(s.id, [])) >= 3
    ]
    screen.show_record("session", with_quotes[0])
    screen.tabs.setCurrentIndex(2)
    return screen.quotes, screen.remove_quote


def insights(window):
    screen = window.show_screen("themes")
    screen.tree.setCurrentItem(screen.tree.topLevelItem(0))  # everything we heard
    return screen.insights, screen.delete_insight_button


LISTS = {f.__name__: f for f in (commitments, actions, sessions, members, organisations, quotes, insights)}


def choose(qtbot, view, row):
    view.setFocus()
    view.setCurrentIndex(view.model().index(row, 0))
    qtbot.wait(1)


def press(qtbot, button: QPushButton):
    assert button.isVisible() and button.isEnabled()
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)  # the keyboard's press, as Enter or Space on a focused button


@pytest.mark.parametrize("kind", list(LISTS))
def test_after_a_delete_the_next_row_is_chosen_with_the_focus_on_the_list(qtbot, window, kind):
    view, button = LISTS[kind](window)
    before = ids(view)
    assert len(before) >= 3
    choose(qtbot, view, 1)
    deleted = before[1]
    press(qtbot, button)
    assert deleted not in ids(view)
    assert current_id(view) == before[2]  # the next row, where the deleted one was
    assert QApplication.focusWidget() is view  # not the Delete button: another Enter deletes nothing
    assert not isinstance(QApplication.focusWidget(), QPushButton)

    last = ids(view)[-1]
    choose(qtbot, view, view.model().rowCount() - 1)
    press(qtbot, button)
    assert last not in ids(view)
    assert current_id(view) == ids(view)[-1]  # at the end: the previous row
    assert QApplication.focusWidget() is view

    window.undo_stack.undo()
    assert last in ids(view) and current_id(view) == last  # the record brought back is chosen
    window.undo_stack.undo()
    assert deleted in ids(view) and current_id(view) == deleted


def test_after_a_theme_is_deleted_the_theme_below_is_chosen_and_the_tree_has_the_focus(qtbot, window):
    screen = window.show_screen("themes")
    empty = window.editor.create("theme", {"commission_id": window.store.commission_id, "name": "Aaa empty"})
    assert empty is not None
    tree = screen.tree
    item = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount()) if tree.topLevelItem(i).text(0) == "Aaa empty"
    )
    below = tree.itemBelow(item).text(0)
    tree.setCurrentItem(item)
    press(qtbot, screen.delete_theme_button)
    assert window.store.snapshot.themes.get(empty["id"]) is None
    assert tree.currentItem().text(0) == below
    assert QApplication.focusWidget() is tree
    window.undo_stack.undo()
    assert tree.currentItem().text(0) == "Aaa empty"


def test_after_a_milestone_is_deleted_the_next_is_chosen_with_the_focus_on_the_list(qtbot, window):
    screen = window.show_screen("actions")
    tab = screen.commitments
    snap = window.store.snapshot
    commitment_id = max(snap.data.milestones_by_commitment, key=lambda c: len(snap.data.milestones_by_commitment[c]))
    screen.show_record("commitment", commitment_id)
    tab.right_tabs.setCurrentWidget(tab.milestones)
    panel = tab.milestones
    before = [ms.id for ms in panel.model.rows]
    assert len(before) >= 3
    choose(qtbot, panel.table, 1)
    press(qtbot, panel.delete_button)
    assert [ms.id for ms in panel.model.rows] == [before[0], before[2], *before[3:]]
    assert panel.chosen().id == before[2]
    assert QApplication.focusWidget() is panel.table
    window.undo_stack.undo()
    assert panel.chosen().id == before[1]


def test_after_an_outcome_is_deleted_the_next_is_chosen_with_the_focus_on_the_list(qtbot, window):
    screen = window.show_screen("value")
    table = screen.table

    def outcome_ids():
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())]

    before = outcome_ids()
    assert len(before) >= 3
    table.setFocus()
    table.selectRow(1)
    press(qtbot, screen.delete_button)
    assert outcome_ids() == [before[0], *before[2:]]
    assert screen.current_outcome() == before[2]
    assert QApplication.focusWidget() is table
    window.undo_stack.undo()
    assert screen.current_outcome() == before[1]
