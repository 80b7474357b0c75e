"""Screens ask the Store and the Editor (issue 11): reads run on the runner's threads, never the GUI thread,
and resolving a review item is a step on the undo stack that Ctrl+Z takes back."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commission.services import edits
from commission.services import reviews as rv
from commission.services.review_views import round_view


def a_round_with_a_change(window):
    """A round of one insight that a reviewer wants changed (built by the services, as a test may)."""
    db, data = window.store.db, window.store.snapshot.data
    insight = next(i for i in data.insights if i.status == "draft")
    member = next(m for m in data.members if m.role == "community" and not m.erased)
    round_id = rv.create_round(db, data.commission.id, "Undo check", [("insight", insight.id)], [member.id])
    (item,) = round_view(db, round_id).items
    rv.record_answer(db, item.item_id, member.id, "change", "Say people, not cases")
    window.store.refresh()
    screen = window.show_screen("reviews")
    screen.reload(round_id)
    screen.select_item(item.item_id)
    return screen, insight, item.item_id


def statement(window, insight_id):
    return next(i for i in window.store.snapshot.data.insights if i.id == insight_id).statement


def test_new_words_for_a_review_item_are_undone_by_ctrl_z_and_redone(qtbot, window):
    screen, insight, item_id = a_round_with_a_change(window)
    window.undo_stack.clear()
    screen.resolve_with_text(item_id, "People are treated as cases, not as people", 1)
    assert window.undo_stack.count() == 1
    assert statement(window, insight.id) == "People are treated as cases, not as people"
    assert next(i for i in screen.view.items if i.item_id == item_id).resolution == "edited"

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z
    assert statement(window, insight.id) == insight.statement  # the record's words are back
    item = next(i for i in screen.view.items if i.item_id == item_id)
    assert (item.resolution, item.text_version, item.text) == ("open", 1, insight.statement)

    window.undo_stack.redo()
    assert statement(window, insight.id) == "People are treated as cases, not as people"
    assert next(i for i in screen.view.items if i.item_id == item_id).text_version == 2


def test_keeping_the_words_with_a_reason_is_one_undo_step(qtbot, window):
    screen, _insight, item_id = a_round_with_a_change(window)
    window.undo_stack.clear()
    screen.resolve_keeping(item_id, "The panel's own words from May")
    assert next(i for i in screen.view.items if i.item_id == item_id).resolution == "kept"
    assert window.undo_action.isEnabled()
    window.undo_action.trigger()
    assert next(i for i in screen.view.items if i.item_id == item_id).resolution == "open"
    assert not screen.view.items[0].resolution_note


def test_an_edit_answered_since_is_not_taken_back(qtbot, window):
    screen, insight, item_id = a_round_with_a_change(window)
    screen.resolve_with_text(item_id, "New words", 1)
    member = screen.view.reviewers[0].member_id
    rv.record_answer(window.store.db, item_id, member, "agree")  # an answer to the new words
    said: list[str] = []
    window.store.error.connect(said.append)
    window.undo_stack.undo()
    window.store.refresh()
    assert statement(window, insight.id) == "New words"  # refused, in words, and nothing changed
    assert any("already answered the new words" in s for s in said)


def recorded(monkeypatch, module, name):
    threads: list[threading.Thread] = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return threads


def test_the_consent_history_of_a_member_is_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch):
    threads = recorded(monkeypatch, edits, "consent_history")
    screen = window.show_screen("members")
    member = next(m for m in window.store.snapshot.data.members if not m.erased)
    screen.show_record("member", member.id)
    qtbot.waitUntil(lambda: bool(threads) and screen.history.count() > 0, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)


def test_an_update_found_by_search_is_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch):
    threads = recorded(monkeypatch, edits, "get")
    update = window.store.snapshot.data.updates[0]
    window.go_to("update", update.id)
    qtbot.waitUntil(lambda: bool(threads), timeout=10_000)
    threaded.runner.wait()
    assert threads[0] is not threading.main_thread()  # which commitment the update belongs to
    qtbot.waitUntil(lambda: window.current_screen() is window.screen("actions"), timeout=10_000)


def test_the_returns_card_and_the_rounds_are_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch):
    from commission.services import return_rounds

    status = recorded(monkeypatch, return_rounds, "round_status")
    rounds = recorded(monkeypatch, rv, "list_rounds")
    window.show_screen("reviews").reload()
    window.store.refresh()
    qtbot.waitUntil(lambda: bool(rounds), timeout=10_000)
    threaded.runner.wait()
    assert all(t is not threading.main_thread() for t in status + rounds)


def test_the_demo_is_built_by_a_job_off_the_gui_thread(qtbot, window, threaded, monkeypatch, tmp_path):
    from commission.services import demo

    assert window.open_path(tmp_path / "empty.db", create=True)
    threaded.runner.wait()
    assert window.store.commissions == []
    threads = recorded(monkeypatch, demo, "create_demo")
    window.load_demo()
    assert window.demo_progress is not None  # behind a progress bar, with Cancel
    qtbot.waitUntil(lambda: len(window.store.commissions) == 1, timeout=60_000)
    assert threads and threads[0] is not threading.main_thread()
    threaded.runner.wait()


def test_a_new_round_and_what_is_added_to_it_are_undone_step_by_step(qtbot, window):
    data = window.store.snapshot.data
    draft = [i for i in data.insights if i.status == "draft"][:2]
    members = [m for m in data.members if m.role == "community" and not m.erased][:2]
    screen = window.show_screen("reviews")
    window.undo_stack.clear()
    screen.create_round("Undo a round", [("insight", draft[0].id)], [members[0].id])
    round_id = screen.view.id
    assert screen.view.title == "Undo a round"
    status = {i.id: i.status for i in window.store.snapshot.data.insights}
    assert status[draft[0].id] == "in review"

    screen._open_add_items([], [])  # the dialog's choice, as the coordinator makes it:
    screen.add_dialog.values = lambda: [("insight", draft[1].id)]
    screen.add_dialog.accepted.emit()
    screen.add_reviewers()
    screen.add_dialog.values = lambda: [members[0].id, members[1].id]
    screen.add_dialog.accepted.emit()
    view = round_view(window.store.db, round_id)
    assert len(view.items) == 2 and len(view.reviewers) == 2
    assert window.undo_stack.count() == 3

    window.undo_stack.undo()  # the second reviewer is no longer asked
    assert [r.member_id for r in round_view(window.store.db, round_id).reviewers] == [members[0].id]
    window.undo_stack.undo()  # the added insight is out again, and a draft again
    assert len(round_view(window.store.db, round_id).items) == 1
    assert {i.id: i.status for i in window.store.snapshot.data.insights}[draft[1].id] == "draft"
    window.undo_stack.undo()  # and the round is gone
    assert all(r.id != round_id for r in rv.list_rounds(window.store.db, data.commission.id))
    assert {i.id: i.status for i in window.store.snapshot.data.insights}[draft[0].id] == "draft"
    window.undo_stack.redo()  # it comes back (under a new id)
    assert any(r.title == "Undo a round" for r in rv.list_rounds(window.store.db, data.commission.id))


def settled(store):
    """Every read the window asked for has run and been handed to its screen."""
    store.runner.wait()
    for _ in range(5):
        QApplication.processEvents()
    store.runner.wait()


def test_the_investment_is_saved_from_a_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch):
    read: list[tuple[str, threading.Thread]] = []
    real = edits.get

    def spy(db, kind, record_id):
        read.append((kind, threading.current_thread()))
        return real(db, kind, record_id)

    monkeypatch.setattr(edits, "get", spy)
    screen = window.show_screen("value")
    settled(threaded)
    window.undo_stack.clear()
    screen.investment.setText("100000")
    screen.investment.editingFinished.emit()
    qtbot.waitUntil(lambda: window.store.snapshot.commission.investment == 100000, timeout=10_000)
    threads = [thread for kind, thread in read if kind == "commission"]  # the row and its version, to edit
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    qtbot.waitUntil(lambda: window.store.snapshot.commission.investment == 81250, timeout=10_000)


def save_after_someone_else(qtbot, screen, ui_db):
    """A second coordinator saves the chosen session's title first; then I type mine and press Enter."""
    from commission.storage import open_database

    other = open_database(ui_db.path)
    try:
        edits.edit(other, "session", screen.current_session(), {"title": "Their title"}, actor="Alex Other")
    finally:
        other.dispose()
    screen.title_edit.setFocus()
    screen.title_edit.selectAll()
    qtbot.keyClicks(screen.title_edit, "My title")
    qtbot.keyClick(screen.title_edit, Qt.Key.Key_Return)


def test_who_saved_theirs_in_a_conflict_is_read_off_the_gui_thread(qtbot, window, threaded, monkeypatch, ui_db):
    from commission.ui import conflict

    threads = recorded(monkeypatch, conflict, "_last_saved")
    screen = window.show_screen("sessions")
    settled(threaded)
    save_after_someone_else(qtbot, screen, ui_db)
    qtbot.waitUntil(lambda: window.editor.conflict_dialog is not None, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    dialog = window.editor.conflict_dialog
    assert any("Alex Other" in label.text() for label in dialog.findChildren(type(screen.panel_title)))
    dialog.reject()
    settled(threaded)


def test_a_conflict_shows_both_versions_even_when_who_saved_theirs_cannot_be_read(qtbot, window, monkeypatch, ui_db):
    from commission.ui import conflict

    def unreadable(db, kind, record_id):
        raise OSError("the connection dropped")

    monkeypatch.setattr(conflict, "_last_saved", unreadable)
    screen = window.show_screen("sessions")
    save_after_someone_else(qtbot, screen, ui_db)
    dialog = window.editor.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    texts = [label.text() for label in dialog.findChildren(type(screen.panel_title))]
    assert "Saved by someone else" in texts and "Their title" in texts and "My title" in texts


def test_everything_held_about_a_member_is_written_off_the_gui_thread(qtbot, window, threaded, monkeypatch, tmp_path):
    from commission.services import rights

    threads = recorded(monkeypatch, rights, "export_member")
    screen = window.show_screen("members")
    settled(threaded)
    member = next(m for m in window.store.snapshot.data.members if not m.erased)
    screen.rights.export(member.id, tmp_path / "for them")
    qtbot.waitUntil(lambda: "Wrote" in screen.rights.last_message, timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert (tmp_path / "for them.xlsx").is_file()
    assert str(tmp_path / "for them.xlsx") in screen.rights.last_message
